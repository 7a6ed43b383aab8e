"""`make bench`: how fast the site answers, made in the process and served as production
serves it.

Builds a throwaway database (SQLite, or a new database on the PostgreSQL server that
DATABASE_URL names) with the demo content, then with generated projects, and measures:

- made in the process, nothing kept (PAGE_CACHE=false FRAGMENT_CACHE=false, DEBUG off):
  each page's median and p90 through Django's WSGI handler, its SQL queries and HTML
  bytes, at every size built (bench/inprocess.py);
- served by gunicorn (DEBUG off, whitenoise, collected static files), loaded by wrk from
  a separate process: with the page cache, with fragments only, with nothing kept; a
  logged-in process leader's pages and the admin; the first page after the process
  leader saves a project (bench/leader.py);
- with BENCH_PEER, the Wagtail demo's home page served the same way (bench/peer.py).

It prints tables, the bytes a phone loads and each budget with pass or fail (bench/report.py).
Timing is never asserted in the tests.

With --app-servers 2 (or --behind-nginx) the site runs as several app servers run it: that
many gunicorns on the one database, Redis as their shared page cache, and the sample nginx
configuration (deploy/nginx/framdrift.conf) in front, which wrk then loads.
"""

import argparse
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
import urllib.parse
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .inprocess import run_in_process
from .leader import first_page_after_an_edit, log_in, make_process_leader
from .load import PageAssets, fetch, first_visit, largest_renditions, wrk
from .nginx import nginx
from .peer import Peer, PeerUnusable, measure_peer
from .report import print_report
from .servers import PROJECT, gunicorn, manage, redis, site_environment

DEMO_PROJECT = "heim-til-fjorden"
# Served four ways: whole pages kept (production's default), the same through Django's
# request handling (the page cache's front off: what the front saves), only their pieces
# kept, nothing kept (every page made from the database, as the in-process medians are).
MODES = {
    "page cache": {"PAGE_CACHE": "true", "FRAGMENT_CACHE": "true"},
    "without front": {"PAGE_CACHE": "true", "FRAGMENT_CACHE": "true", "PAGE_CACHE_FRONT": "false"},
    "fragments only": {"PAGE_CACHE": "false", "FRAGMENT_CACHE": "true"},
    "nothing kept": {"PAGE_CACHE": "false", "FRAGMENT_CACHE": "false"},
}
NOTHING_KEPT = MODES["nothing kept"]


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=int(os.environ.get("BENCH_PROJECTS", 1000)))
    parser.add_argument(
        "--compare-projects",
        type=int,
        default=int(os.environ.get("BENCH_COMPARE_PROJECTS", 0)) or None,
        metavar="M",
        help="after the served rows, build up to M generated projects and make the pages in "
        "the process again, to compare with --projects (e.g. 10000: at most 20%% slower)",
    )
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 10)))
    parser.add_argument(
        "--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", 32))
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("BENCH_WORKERS", (os.cpu_count() or 1) + 1)),
        help="gunicorn worker processes per app server (default: cores + 1)",
    )
    parser.add_argument(
        "--app-servers",
        type=int,
        default=int(os.environ.get("BENCH_APP_SERVERS", 1)),
        help="gunicorn app servers; more than one run behind nginx and share Redis",
    )
    parser.add_argument(
        "--behind-nginx",
        action="store_true",
        help="nginx and Redis in front of the app server(s) even when there is one",
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=50,
        help="requests per page made in the process, after --warm-up (default: 50)",
    )
    parser.add_argument(
        "--warm-up", type=int, default=5, help="requests per page before those timed (default: 5)"
    )
    arguments = parser.parse_args(argv)
    if arguments.app_servers < 1:
        parser.error("--app-servers must be at least 1")
    if arguments.requests < 1 or arguments.warm_up < 0:
        parser.error("--requests must be at least 1 and --warm-up at least 0")
    if arguments.compare_projects is not None and arguments.compare_projects <= arguments.projects:
        parser.error("--compare-projects must be more than --projects")
    arguments.behind_nginx = arguments.behind_nginx or arguments.app_servers > 1
    arguments.peer = os.environ.get("BENCH_PEER") or None
    return arguments


# The throwaway database


@contextmanager
def throwaway_database(workdir):
    """A database URL for a new, empty database, removed afterwards."""
    given = os.environ.get("DATABASE_URL", "")
    if not given.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{workdir / 'bench.sqlite3'}", "SQLite"
        return
    import psycopg

    name = f"framdrift_bench_{os.getpid()}"
    parts = urllib.parse.urlsplit(given)
    with psycopg.connect(given, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urllib.parse.urlunsplit(parts._replace(path=f"/{name}")), "PostgreSQL"
    finally:
        with psycopg.connect(given, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# Pages


@dataclass
class Page:
    label: str
    path: str
    # Loaded by wrk with the page cache on (the others are only counted and weighed).
    loaded: bool = True
    # Timed in the process at every size (the five pages of issue 20).
    timed: bool = False
    # By number of projects: SQL queries, HTML bytes raw and gzipped, in-process times.
    queries: dict = field(default_factory=dict)
    raw_bytes: dict = field(default_factory=dict)
    gzip_bytes: dict = field(default_factory=dict)
    in_process: dict = field(default_factory=dict)
    # By mode: wrk's results, and the static file's req/s as the page was loaded (load()).
    runs: dict = field(default_factory=dict)
    static_rps: dict = field(default_factory=dict)


def pages_to_measure(site):
    """The URLs of issues 6 and 20, found in the demo content."""
    pages = [
        Page("overview", "/", timed=True),
        Page("overview by area and status", f"/?area={site['village']}&status=ongoing", timed=True),
        Page("search", "/?q=kaia", timed=True),
        Page("project page", site["project_path"], timed=True),
        Page("news", "/aktuelt/", timed=True),
        Page("tip form", "/tips/"),
    ]
    pages += [Page(f"feed {path}", path, loaded=loaded) for path, loaded in site["feeds"]]
    return pages


def floor_page():
    """The least a request Django answers costs here: the app server's health check (one
    query, no template, no page) through the same middleware as every page. Loaded beside
    the pages in the modes where Django answers every request (without front, fragments
    only, nothing kept), it is how fast any page could be served in such a mode on this
    machine, whatever the page does."""
    return Page("health check, the floor", "/health/app/", loaded=False)


def logged_in_pages(site):
    """What the process leader loads, logged in: the site (fragments, staff previews; the
    page cache never answers a session) and the admin at the large size."""
    admin = f"/{site['admin_url']}"
    change = f"{admin}projects/project/{site['project_id']}/change/"
    return [
        Page("overview, process leader", "/"),
        Page("project page, process leader", site["project_path"]),
        Page("admin project list", f"{admin}projects/project/"),
        Page("admin project change form", change),
    ]


SITE_FACTS = """
import json
from django.conf import settings
from django.urls import reverse, NoReverseMatch
from projects.models import Area, Project
project = Project.objects.get(slug=%r)
feeds = []
# The calendar is loaded under wrk as before; the news and project feeds are weighed.
for name, args, loaded in [
    ("events:feed", [], True),
    ("feeds:news_rss", [], False),
    ("feeds:news_atom", [], False),
    ("feeds:project_rss", [project.slug], False),
]:
    try:
        feeds.append((reverse(name, args=args), loaded))
    except NoReverseMatch:
        pass
village = Area.objects.filter(kind="village", projects__isnull=False).order_by("name").first()
print(json.dumps({
    "village": village.slug,
    "feeds": feeds,
    "project_id": project.pk,
    "project_path": project.get_absolute_url(),
    "admin_url": settings.ADMIN_URL,
}))
"""


def measure_in_process(env, pages, arguments):
    """Queries, bytes and (for the timed pages) medians, nothing kept; returns the number
    of projects they were measured at."""
    results = run_in_process(
        env | NOTHING_KEPT,
        {page.label: page.path for page in pages},
        [page.label for page in pages if page.timed],
        arguments.requests,
        arguments.warm_up,
    )
    size = results.pop("projects")
    for page in pages:
        result = results[page.label]
        page.queries[size] = result["queries"]
        page.raw_bytes[size] = result["bytes"]
        page.gzip_bytes[size] = result["gzip_bytes"]
        if page.timed:
            page.in_process[size] = (result["median_ms"], result["p90_ms"])
    return size


def generate(env, count):
    """Generated projects 1..count (those not there yet); returns the seconds it took."""
    started = time.monotonic()
    manage("load_demo", "--language", "nn", "--projects", str(count), env=env, timeout=6 * 3600)
    return time.monotonic() - started


# The servers


@contextmanager
def serving(env, arguments, media_root):
    """The site as the benchmark loads it: one gunicorn, or (behind_nginx) app_servers
    gunicorns behind the sample nginx configuration. Yields the base URL."""
    with ExitStack() as stack:
        servers = [
            stack.enter_context(gunicorn(env, workers=arguments.workers))
            for _ in range(arguments.app_servers)
        ]
        if not arguments.behind_nginx:
            yield servers[0]
            return
        upstreams = [server.removeprefix("http://") for server in servers]
        yield stack.enter_context(nginx(upstreams, media_root))


# The run


def run(arguments):
    workdir = Path(tempfile.mkdtemp(prefix="framdrift-bench-"))
    try:
        with ExitStack() as stack:
            peer = None
            if arguments.peer:
                # First: a peer that cannot be set up stops the run before the long part.
                say(f"Setting up the peer, bakerydemo from {arguments.peer} …")
                peer = Peer(arguments.peer, workdir, arguments.workers, say=say)
                peer.set_up()
            database_url, database_name = stack.enter_context(throwaway_database(workdir))
            extra = {}
            if arguments.behind_nginx:
                # Several app servers share what each has made; nginx serves media.
                extra = {"REDIS_URL": stack.enter_context(redis(workdir))}
            return measure(arguments, workdir, database_url, database_name, extra, peer)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def measure(arguments, workdir, database_url, database_name, extra, peer):
    env = site_environment(
        database_url,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        # Required in production; nothing is mailed during the benchmark.
        SITE_URL="http://127.0.0.1",
        DEFAULT_FROM_EMAIL="framdrift@localhost",
        SMTP_HOST="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_COOKIES="false",
        DJANGO_HSTS_SECONDS="0",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        PRIVATE_MEDIA_ROOT=str(workdir / "private-media"),
        # Media from the app itself: in production a web server in front serves it.
        DJANGO_SERVE_MEDIA="true",
        # X-Page-Cache: hit or miss, read by the first page after an edit.
        PAGE_CACHE_HEADER="true",
        LOG_LEVEL="WARNING",
        **extra,
    )
    report = {
        "database": database_name,
        "workers": arguments.workers,
        "app_servers": arguments.app_servers,
        "behind_nginx": arguments.behind_nginx,
        "connections": arguments.connections,
        "seconds": arguments.seconds,
        "requests": arguments.requests,
        "warm_up": arguments.warm_up,
        "build_seconds": {},
        "static": {},
    }
    say(f"Building a throwaway {database_name} database in {workdir} …")
    started = time.monotonic()
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", env=env)
    # The Nynorsk demo, whatever the site's language: the pages measured name its slugs.
    manage("load_demo", "--language", "nn", env=env)
    report["build_seconds"]["the demo"] = time.monotonic() - started
    facts = SITE_FACTS % DEMO_PROJECT
    site = json.loads(manage("shell", "--no-imports", "-c", facts, env=env).splitlines()[-1])
    pages = pages_to_measure(site)
    leader_pages = logged_in_pages(site)
    report["admin_url"] = site["admin_url"]
    small = measure_in_process(env, pages, arguments)
    say(f"  the demo ({small} projects) built and measured in the process")

    say(f"Generating {arguments.projects} projects (updates, pictures, groups, contacts) …")
    seconds = generate(env, arguments.projects)
    large = measure_in_process(env, pages, arguments)
    report["build_seconds"][f"{arguments.projects} generated projects"] = seconds
    say(f"  {arguments.projects} generated projects built in {seconds:.0f} s and measured")
    report["sizes"] = [small, large]
    password = make_process_leader(env)

    floor = report["floor"] = floor_page()
    for mode, mode_env in MODES.items():
        with serving(env | mode_env, arguments, workdir / "media") as base_url:
            if mode == "page cache":
                serve_with_the_page_cache(
                    base_url, pages, leader_pages, password, site, arguments, report
                )
            else:
                loaded = [page for page in pages if page.label in ("overview", "project page")]
                load(base_url, mode, [*loaded, floor], arguments, report)
    report["renditions"] = largest_renditions(workdir / "media")

    report["peer"] = None
    if peer:
        say("Serving the peer, bakerydemo's home page …")
        report["peer"] = measure_peer(peer, arguments.seconds, arguments.connections)
        report["peer"] |= {"setup_seconds": peer.setup_seconds, "checkout": peer.checkout}

    if arguments.compare_projects:
        count = arguments.compare_projects
        say(f"Generating up to {count} projects, to make the pages again at that size …")
        more = count - arguments.projects
        # Made again at the first size just before: the two sizes are compared a few
        # minutes apart, not across the whole run (the machine's other work changes).
        measure_in_process(env, pages, arguments)
        seconds = generate(env, count)
        report["build_seconds"][f"{more} more generated projects"] = seconds
        report["sizes"].append(measure_in_process(env, pages, arguments))
        say(f"  {more} more built in {seconds:.0f} s, measured in the process")
    print_report(report, pages, leader_pages, arguments)
    return report


def serve_with_the_page_cache(base_url, pages, leader_pages, password, site, arguments, report):
    """Production's way: the first visit's bytes, every page under wrk, then the process
    leader's pages and the admin, then the first page after the leader saves a project."""
    assets = PageAssets()
    assets.feed(fetch(base_url + "/").decode())
    report["static_path"] = assets.stylesheets[0]
    project_page = next(page for page in pages if page.label == "project page")
    report["first_visit"] = {
        "overview": first_visit(base_url, "/"),
        "project page": first_visit(base_url, project_page.path),
    }
    load(base_url, "page cache", [page for page in pages if page.loaded], arguments, report)

    browser = log_in(base_url, f"/{site['admin_url']}", password)
    cookie = browser.cookie_header()
    for page in leader_pages:
        answer = browser.get(page.path)
        if answer.status != 200:
            raise RuntimeError(f"{page.path}, logged in, answered {answer.status}")
        page.raw_bytes["served"] = len(answer.body)
        page.runs["logged in"] = wrk(
            base_url + page.path, arguments.seconds, arguments.connections, headers=[cookie]
        )
        say(f"  logged in: {page.label} done")

    say("  the process leader saves a project; residents load the overview …")
    change_form = leader_pages[-1].path
    visitors = arguments.workers * arguments.app_servers + 1
    report["edit"] = first_page_after_an_edit(
        browser, change_form, base_url + "/", visitors, max(1, min(arguments.seconds, 3))
    )


def load(base_url, mode, pages, arguments, report):
    """Each page under wrk, between two runs of the static file on the same server: a
    page's share of the static file is of those two runs' mean. The machine's speed drifts
    over the minutes a mode takes (a page measured a minute after the static file was seen
    at 68 % in one run and 88 % in the next), so each page is held to the static file as
    the machine was while the page was loaded."""

    def static_file():
        return wrk(base_url + report["static_path"], arguments.seconds, arguments.connections)

    before = static_file()
    static_runs = [before]
    for page in pages:
        # Warm: the first request of each page fills what the mode keeps.
        fetch(base_url + page.path)
        page.runs[mode] = wrk(base_url + page.path, arguments.seconds, arguments.connections)
        after = static_file()
        static_runs.append(after)
        page.static_rps[mode] = (before["rps"] + after["rps"]) / 2
        before = after
        say(f"  {mode}: {page.label} done")
    report["static"][mode] = static_file_row(static_runs)


def static_file_row(runs):
    """The static file's row of a mode: its median run, with the errors of all of them."""
    median = sorted(runs, key=lambda run: run["rps"])[len(runs) // 2]
    return median | {"errors": sum(run["errors"] for run in runs), "runs": len(runs)}


def say(text):
    print(text, flush=True)


def main(argv=None):
    if shutil.which("wrk") is None:
        sys.exit("The benchmark needs wrk, the HTTP load generator: apt-get install wrk")
    arguments = parse_arguments(argv)
    if arguments.behind_nginx:
        for program, package in (("nginx", "nginx"), ("redis-server", "redis-server")):
            if shutil.which(program) is None:
                sys.exit(f"Several app servers need {program}: apt-get install {package}")
    os.chdir(PROJECT)
    try:
        return run(arguments)
    except PeerUnusable as error:
        sys.exit(f"BENCH_PEER: {error}")


if __name__ == "__main__":
    main()
