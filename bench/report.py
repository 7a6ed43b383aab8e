"""What `make bench` prints: its tables, then each budget with PASS or FAIL (SKIP where a
budget needs what was not measured). tests/test_bench.py reads this output."""

import os

from .peer import HOW_TO_GIVE

# Budgets from issues 6 and 20.
IN_PROCESS_MAX_MS = 8.0
GROWTH_MAX = 1.20  # at the larger comparison size, against --projects
PAGE_CACHE_SHARE = 0.80
FRAGMENTS_SHARE = 0.40
NOTHING_KEPT_PEER_TIMES = 5.0
HTML_MAX = 50 * 1024
CSS_MAX = 30 * 1024
JS_BEYOND_HTMX_MAX = 5 * 1024
FIRST_VISIT_MAX = 300 * 1024
RENDITION_MAX = 150 * 1024

SERVED_MODES = ("page cache", "without front", "fragments only", "nothing kept", "logged in")
PEER_LABEL = "bakerydemo home page"


def print_report(report, pages, leader_pages, arguments):
    sizes = report["sizes"]
    print()
    print(
        f"Framdrift benchmark: {report['database']}, {serving_description(report)}, "
        f"wrk with {arguments.connections} connections for {arguments.seconds} s per URL, "
        f"{' and '.join(str(size) for size in sizes)} projects, on {os.cpu_count()} cores."
    )
    built = "; ".join(
        f"{what} {seconds:.0f} s" + per_project(what, seconds)
        for what, seconds in report["build_seconds"].items()
    )
    print(f"Built in: {built}.")
    print()
    print_in_process(report, pages)
    print()
    print_served(report, pages, leader_pages)
    print()
    print_edit(report["edit"])
    print()
    print_queries_and_bytes(report, pages, leader_pages)
    print()
    print("First visit on a phone (bytes sent, text compressed):")
    for name, visit in report["first_visit"].items():
        sent = visit["sent"]
        parts = ", ".join(f"{kind} {size}" for kind, size in sent.items())
        print(f"  {name}: {sum(sent.values())} in all ({parts})")
    count, largest = report["renditions"]
    biggest = ", ".join(f"{path.name} {size}" for size, path in largest)
    print(f"Picture renditions: {count}; largest: {biggest}")
    print()
    print("Budgets:")
    for verdict, text in budgets(report, pages, leader_pages):
        print(f"  {verdict}  {text}")
    print(f"static file: {report['static_path']}")


def per_project(what, seconds):
    count = what.split()[0]
    return f" ({seconds / int(count):.2f} s each)" if count.isdigit() and int(count) else ""


def serving_description(report):
    gunicorns = f"gunicorn with {report['workers']} workers"
    if not report["behind_nginx"]:
        return gunicorns
    count = report["app_servers"]
    servers = "1 app server" if count == 1 else f"{count} app servers"
    each = " each" if count > 1 else ""
    return f"{servers} ({gunicorns}{each}) behind nginx, page cache in Redis"


def print_in_process(report, pages):
    sizes = report["sizes"]
    print(
        "Made in the process, nothing kept (PAGE_CACHE=false FRAGMENT_CACHE=false, DEBUG off): "
        f"Django's WSGI handler with all middleware, {report['requests']} requests per page "
        f"after {report['warm_up']} to warm up, in ms."
    )
    header = f"{'page':<34}" + "".join(
        f" {f'median ({size})':>15} {f'p90 ({size})':>12}" for size in sizes
    )
    if len(sizes) > 2:
        header += f" {f'{sizes[2]}/{sizes[1]}':>11}"
    print(header)
    print("-" * len(header))
    for page in pages:
        if not page.timed:
            continue
        line = f"{page.label:<34}" + "".join(
            f" {page.in_process[size][0]:>15.1f} {page.in_process[size][1]:>12.1f}"
            for size in sizes
        )
        if len(sizes) > 2:
            line += f" {growth(page, sizes):>10.2f}x"
        print(line)
    if len(sizes) < 3:
        print(
            "The check at 10,000 projects (at most 20 % slower than at "
            f"{sizes[1]}) needs a second size: "
            'make bench BENCH_ARGS="--compare-projects 10000".'
        )


def growth(page, sizes):
    return page.in_process[sizes[2]][0] / page.in_process[sizes[1]][0]


def print_served(report, pages, leader_pages):
    peer = report["peer"]
    print(
        "Served: page cache = whole pages and their pieces kept (production's way); without "
        "front = the same with PAGE_CACHE_FRONT=false (pages from the cache through Django's "
        "request handling); fragments only = PAGE_CACHE=false; nothing kept = PAGE_CACHE=false "
        "FRAGMENT_CACHE=false; "
        "logged in = the process leader's session cookie, served as in production (the page "
        "cache never answers a session; fragments are kept), the admin measured with wrk too"
        + ("; peer = bakerydemo, served the same way." if peer else ".")
        + " vs static: each page against the static file served by the same server just "
        "before and just after it (their mean; the static file's row is the median of its "
        "runs in that mode)."
        + (
            " The health check (/health/app/: one query, no page) is the floor: the "
            "fastest any page could be served where Django answers every request."
            if floor_of(report)
            else ""
        )
    )
    print()
    header = (
        f"{'URL':<34} {'mode':<14} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'errors':>6} {'vs static':>9} {'vs peer':>8}"
    )
    print(header)
    print("-" * len(header))
    for mode in SERVED_MODES:
        static = report["static"].get(mode)
        rows = [("static CSS file", static, static["rps"])] if static else []
        rows += [
            (page.label, page.runs[mode], static_beside(page, mode, report))
            for page in [*pages, *floor_of(report), *leader_pages]
            if mode in page.runs
        ]
        for name, result, static_rps in rows:
            print(served_row(name, mode, result, static_rps, peer))
    if peer:
        print(served_row(PEER_LABEL, "peer", peer, report["static"]["page cache"]["rps"], peer))
        print(
            f"Peer: bakerydemo from {peer['checkout']}, set up in {peer['setup_seconds']:.0f} s "
            f"(venv, migrations, its demo data); its home page {peer['bytes']} bytes."
        )
    else:
        print(f"Peer: skipped. To measure the Wagtail demo's home page beside ours: {HOW_TO_GIVE}.")


def floor_of(report):
    """[the health check's Page] where the bench loaded it (bench.__main__.floor_page)."""
    return [report["floor"]] if report.get("floor") else []


def floor_share(report, mode):
    """The health check's share of the static file in a mode, or None if not loaded."""
    floor = report.get("floor")
    if floor is None or mode not in floor.runs:
        return None
    return floor.runs[mode]["rps"] / static_beside(floor, mode, report)


def static_beside(page, mode, report):
    """The static file's req/s that a page's share is of: as the page was loaded, or
    (logged in, where the page cache has no say) the page cache's row."""
    if mode in page.static_rps:
        return page.static_rps[mode]
    return report["static"].get(mode, report["static"]["page cache"])["rps"]


def served_row(name, mode, result, static_rps, peer):
    share = result["rps"] / static_rps if static_rps else 0.0
    times = f"{result['rps'] / peer['rps']:.1f}x" if peer and peer["rps"] else "-"
    return (
        f"{name:<34} {mode:<14} {result['rps']:>9.0f} {result['p50']:>8.1f} "
        f"{result['p95']:>8.1f} {result['p99']:>8.1f} {result['errors']:>6} "
        f"{share:>8.0%} {times:>8}"
    )


def print_edit(edit):
    print(
        f"First page after an edit in admin (page cache on): the process leader saves the "
        f"project's change form while {edit['visitors']} visitors load the overview, one "
        f"request after another, for {edit['seconds']} s ({edit['answers']} answers)."
    )
    made = "made afresh" if edit["first_afresh"] else "from the cache"
    print(f"  saving the change form:                 {edit['saving_ms']:8.1f} ms")
    print(f"  the overview from the cache, before:    {edit['cached_ms']:8.1f} ms")
    print(f"  the first overview after the save:      {edit['first_ms']:8.1f} ms ({made})")
    if edit["cached_after_ms"] is None:
        print(
            f"  back at full speed: not within {edit['seconds']} s "
            f"({edit['made_afresh']} overviews made afresh)"
        )
        return
    print(
        f"  back at full speed after:               {edit['back_after_ms']:8.1f} ms "
        f"(from the click on save until the last of {edit['made_afresh']} overviews made "
        "afresh; every answer after it from the cache)"
    )
    print(f"  the overview from the cache, after:     {edit['cached_after_ms']:8.1f} ms")


def print_queries_and_bytes(report, pages, leader_pages):
    sizes = report["sizes"]
    largest = sizes[-1]
    print(
        "SQL queries with nothing kept (the most a page costs), and HTML bytes with "
        f"{largest} projects (the process leader's pages with {sizes[1]}, as served):"
    )
    header = (
        f"{'URL':<34}"
        + "".join(f" {f'queries ({size} projects)':>24}" for size in sizes)
        + f" {'HTML bytes':>11} {'gzipped':>8}"
    )
    print(header)
    print("-" * len(header))
    for page in pages:
        print(
            f"{page.label:<34}"
            + "".join(f" {page.queries[size]:>24}" for size in sizes)
            + f" {page.raw_bytes[largest]:>11} {page.gzip_bytes[largest]:>8}"
        )
    for page in leader_pages:
        print(
            f"{page.label:<34}"
            + "".join(f" {'-':>24}" for _size in sizes)
            + f" {page.raw_bytes['served']:>11} {'-':>8}"
        )


def budgets(report, pages, leader_pages):
    """(PASS, FAIL or SKIP, what was measured against what is allowed) for each budget."""
    sizes = report["sizes"]
    large = sizes[1]
    results = []

    def check(ok, text):
        results.append(("PASS" if ok else "FAIL", text))

    timed = [page for page in pages if page.timed]
    for page in timed:
        median = page.in_process[large][0]
        check(
            median <= IN_PROCESS_MAX_MS,
            f"{page.label} made in the process: median {median:.1f} ms with {large} projects "
            f"(at most {IN_PROCESS_MAX_MS:.0f} ms)",
        )
    if len(sizes) > 2:
        for page in timed:
            ratio = growth(page, sizes)
            check(
                ratio <= GROWTH_MAX,
                f"{page.label} made in the process with {sizes[2]} projects: median "
                f"{page.in_process[sizes[2]][0]:.1f} ms, {ratio:.2f}x the {large} projects' "
                f"{page.in_process[large][0]:.1f} ms (at most {GROWTH_MAX:.2f}x)",
            )

    by_label = {page.label: page for page in pages}
    for mode, share in (("page cache", PAGE_CACHE_SHARE), ("fragments only", FRAGMENTS_SHARE)):
        for label in ("overview", "project page"):
            rps = by_label[label].runs[mode]["rps"]
            static = static_beside(by_label[label], mode, report)
            # Beside it, how far a request Django answers can reach at all in the mode.
            floor = floor_share(report, mode)
            reach = "" if floor is None else f"; the health check reaches {floor:.0%}"
            check(
                rps >= share * static,
                f"{label}, {mode}: {rps:.0f} req/s is {rps / static:.0%} of the static "
                f"file's {static:.0f} (at least {share:.0%}{reach})",
            )
    peer = report["peer"]
    for label in ("overview", "project page"):
        rps = by_label[label].runs["nothing kept"]["rps"]
        if peer:
            times = rps / peer["rps"] if peer["rps"] else float("inf")
            check(
                times >= NOTHING_KEPT_PEER_TIMES,
                f"{label}, nothing kept: {rps:.0f} req/s is {times:.1f}x the peer's home page's "
                f"{peer['rps']:.0f} (at least {NOTHING_KEPT_PEER_TIMES:.0f}x)",
            )
        else:
            results.append(
                (
                    "SKIP",
                    f"{label}, nothing kept: {rps:.0f} req/s, at least "
                    f"{NOTHING_KEPT_PEER_TIMES:.0f}x the peer's home page: no peer (BENCH_PEER)",
                )
            )

    runs = [run for page in [*pages, *leader_pages] for run in page.runs.values()]
    errors = sum(run["errors"] for run in [*runs, *report["static"].values()])
    check(errors == 0, f"errors at {report['connections']} connections: {errors} (none allowed)")

    largest = sizes[-1]
    for page in pages:
        size = page.raw_bytes[largest]
        check(
            size <= HTML_MAX,
            f"size of {page.label}: {size} bytes with {largest} projects (at most {HTML_MAX})",
        )
    # The admin's pages are Django's (its change form carries every inline's forms): they
    # are weighed in the table, not held to a budget meant for the site's own pages.
    for page in leader_pages:
        if page.path.startswith(f"/{report['admin_url']}"):
            continue
        size = page.raw_bytes["served"]
        check(
            size <= HTML_MAX,
            f"size of {page.label}: {size} bytes with {large} projects (at most {HTML_MAX})",
        )

    for name, visit in report["first_visit"].items():
        check(
            visit["css_raw"] <= CSS_MAX,
            f"{name}: CSS {visit['css_raw']} bytes (at most {CSS_MAX})",
        )
        check(
            visit["js_beyond_htmx_raw"] <= JS_BEYOND_HTMX_MAX,
            f"{name}: JavaScript beyond htmx {visit['js_beyond_htmx_raw']} bytes "
            f"(at most {JS_BEYOND_HTMX_MAX})",
        )
        total = sum(visit["sent"].values())
        check(
            total <= FIRST_VISIT_MAX,
            f"{name}: first visit {total} bytes (at most {FIRST_VISIT_MAX})",
        )
    _count, renditions = report["renditions"]
    biggest = renditions[0][0] if renditions else 0
    check(
        biggest <= RENDITION_MAX,
        f"largest picture rendition {biggest} bytes (at most {RENDITION_MAX})",
    )
    # Never more than with the demo alone; fewer is no growth (the overview asks for a
    # plan's sub-projects only while a plan is among its first cards).
    grown = [
        page.label
        for page in pages
        if any(page.queries[size] > page.queries[sizes[0]] for size in sizes[1:])
    ]
    listed = ", ".join(str(size) for size in sizes[1:])
    check(
        not grown,
        f"SQL queries per page no more with {listed} projects than with the demo's {sizes[0]}"
        + (f": more on {', '.join(grown)}" if grown else ""),
    )
    return results
