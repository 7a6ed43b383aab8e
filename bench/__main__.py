"""`make bench`: how fast the site answers, served as production serves it.

Builds a throwaway database (SQLite, or a new database on the PostgreSQL server that
DATABASE_URL names) with the demo content plus generated projects, serves it with
gunicorn (DEBUG off, whitenoise, collected static files), loads each page with wrk from a
separate process, and prints a table, the bytes a phone loads, the SQL queries per page at
both sizes, and each budget with pass or fail. Timing is never asserted in the tests.

With --app-servers 2 (or --behind-nginx) the site runs as several app servers run it: that
many gunicorns on the one database, Redis as their shared page cache, and the sample nginx
configuration (deploy/nginx/framdrift.conf) in front, which wrk then loads.
"""

import argparse
import gzip
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .nginx import nginx
from .servers import PROJECT, gunicorn, manage, redis, site_environment

LUA_REPORT = Path(__file__).with_name("report.lua")
DEMO_PROJECT = "heim-til-fjorden"
# Budgets from issue 6.
CACHED_SHARE = 0.60
UNCACHED_SHARE = 0.15
OVERVIEW_HTML_MAX = 50 * 1024
CSS_MAX = 30 * 1024
JS_BEYOND_HTMX_MAX = 5 * 1024
FIRST_VISIT_MAX = 300 * 1024
RENDITION_MAX = 150 * 1024
PHONE_PICTURE_WIDTH = 720  # a 360 px wide phone at device pixel ratio 2


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=int(os.environ.get("BENCH_PROJECTS", 1000)))
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
    arguments = parser.parse_args(argv)
    if arguments.app_servers < 1:
        parser.error("--app-servers must be at least 1")
    arguments.behind_nginx = arguments.behind_nginx or arguments.app_servers > 1
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
    queries: dict = field(default_factory=dict)
    raw_bytes: int = 0
    gzip_bytes: int = 0
    runs: dict = field(default_factory=dict)


def pages_to_measure(site):
    """The URLs of issue 6, found in the demo content."""
    pages = [
        Page("overview", "/"),
        Page("overview by area and status", f"/?area={site['village']}&status=ongoing"),
        Page("search", "/?q=kaia"),
        Page("project page", f"/prosjekt/{DEMO_PROJECT}/"),
        Page("news", "/aktuelt/"),
        Page("tip form", "/tips/"),
    ]
    pages += [Page(f"feed {path}", path) for path in site["feeds"]]
    return pages


SITE_FACTS = """
import json
from django.urls import reverse, NoReverseMatch
from projects.models import Area
feeds = []
for name in ["events:feed"]:
    try:
        feeds.append(reverse(name))
    except NoReverseMatch:
        pass
village = Area.objects.filter(kind="village", projects__isnull=False).order_by("name").first()
print(json.dumps({"village": village.slug, "feeds": feeds}))
"""

# Counted the way a page is made afresh: a test client, the page cache's questions included.
COUNT_QUERIES = """
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.core.cache import caches
counts = {}
for path in json.loads(sys.argv[-1] if False else %r):
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = Client(HTTP_HOST="127.0.0.1").get(path)
    assert response.status_code == 200, (path, response.status_code)
    counts[path] = len(queries)
print(json.dumps(counts))
"""


def count_queries(paths, env):
    output = manage("shell", "--no-imports", "-c", COUNT_QUERIES % json.dumps(paths), env=env)
    return json.loads(output.strip().splitlines()[-1])


def project_count(env):
    code = "from projects.models import Project; print(Project.objects.count())"
    return int(manage("shell", "--no-imports", "-c", code, env=env).strip().splitlines()[-1])


# Load


def wrk(url, seconds, connections):
    """wrk's results for one URL: requests per second, latency percentiles, errors."""
    threads = max(1, min(2, connections))
    done = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA_REPORT),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result for {url}:\n{done.stdout}\n{done.stderr}")
    values = dict(item.split("=") for item in line.split()[1:])
    numbers = {key: int(value) for key, value in values.items()}
    seconds_taken = numbers["duration_us"] / 1_000_000
    errors = sum(numbers[key] for key in ("connect", "read", "write", "status", "timeout"))
    return {
        "rps": numbers["requests"] / seconds_taken if seconds_taken else 0.0,
        "p50": numbers["p50"] / 1000,
        "p95": numbers["p95"] / 1000,
        "p99": numbers["p99"] / 1000,
        "errors": errors,
        "requests": numbers["requests"],
    }


# Bytes


class PageAssets(HTMLParser):
    """What a browser fetches for a page: stylesheets, scripts, icons, eager pictures."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.scripts, self.icons, self.pictures = [], [], [], []
        self._webp = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = attrs.get("rel", "")
        if tag == "link" and rel == "stylesheet" and attrs.get("media", "all") != "print":
            self.stylesheets.append(attrs["href"])
        elif tag == "link" and rel == "icon":
            self.icons.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "source" and attrs.get("type") == "image/webp":
            self._webp = attrs.get("srcset")
        elif tag == "img":
            if attrs.get("loading") != "lazy":
                self.pictures.append(phone_candidate(self._webp or attrs.get("srcset") or ""))
            self._webp = None


def phone_candidate(srcset):
    """The srcset candidate a phone at 360 px and ratio 2 takes."""
    candidates = []
    for item in srcset.split(","):
        parts = item.split()
        if len(parts) == 2 and parts[1].endswith("w"):
            candidates.append((int(parts[1][:-1]), parts[0]))
    if not candidates:
        return None
    candidates.sort()
    wide_enough = [url for width, url in candidates if width >= PHONE_PICTURE_WIDTH]
    return wide_enough[0] if wide_enough else candidates[-1][1]


def fetch(url, compressed=False):
    headers = {"Accept-Encoding": "gzip"} if compressed else {}
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def first_visit(base_url, path):
    """Bytes over the wire for a phone's first visit, text compressed as served."""
    html = fetch(base_url + path)
    assets = PageAssets()
    assets.feed(html.decode())
    css = sum(len(fetch(base_url + href)) for href in assets.stylesheets)
    js_sizes = {src: len(fetch(base_url + src)) for src in assets.scripts}
    sent = {
        "html": len(gzip.compress(html)),
        "css": sum(len(fetch(base_url + href, True)) for href in assets.stylesheets),
        "js": sum(len(fetch(base_url + src, True)) for src in assets.scripts),
        "icons": sum(len(fetch(base_url + href, True)) for href in assets.icons),
        "images": sum(len(fetch(base_url + url)) for url in assets.pictures if url),
    }
    js_beyond_htmx = sum(size for src, size in js_sizes.items() if "htmx" not in src)
    return {"sent": sent, "css_raw": css, "js_beyond_htmx_raw": js_beyond_htmx}


def largest_renditions(media_root, top=3):
    files = [
        path
        for path in Path(media_root).rglob("*")
        if path.is_file() and path.suffix.lower() in {".webp", ".jpg", ".jpeg", ".png"}
    ]
    # Originals kept for the process leader are not renditions a page loads: renditions
    # live under renditions/ as <name>-<width>.<format> (projects/images.py).
    renditions = [
        path for path in files if "renditions" in path.parts and re.search(r"-\d+\.\w+$", path.name)
    ]
    sizes = sorted(((path.stat().st_size, path) for path in renditions), reverse=True)
    return len(renditions), sizes[:top]


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
            database_url, database_name = stack.enter_context(throwaway_database(workdir))
            extra = {}
            if arguments.behind_nginx:
                # Several app servers share what each has made; nginx serves media.
                extra = {"REDIS_URL": stack.enter_context(redis(workdir))}
            return measure(arguments, workdir, database_url, database_name, extra)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def measure(arguments, workdir, database_url, database_name, extra):
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
        LOG_LEVEL="WARNING",
        **extra,
    )
    say(f"Building a throwaway {database_name} database in {workdir} …")
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", env=env)
    # The Nynorsk demo, whatever the site's language: the pages measured name its slugs.
    manage("load_demo", "--language", "nn", env=env)
    site = json.loads(manage("shell", "--no-imports", "-c", SITE_FACTS, env=env).splitlines()[-1])
    pages = pages_to_measure(site)
    small = project_count(env)
    for page, count in zip(
        pages, count_queries([p.path for p in pages], env).values(), strict=True
    ):
        page.queries[small] = count

    say(f"Generating {arguments.projects} projects (updates, pictures, groups, contacts) …")
    manage("load_demo", "--language", "nn", "--projects", str(arguments.projects), env=env)
    large = project_count(env)
    for page, count in zip(
        pages, count_queries([p.path for p in pages], env).values(), strict=True
    ):
        page.queries[large] = count

    static_path = None
    report = {
        "database": database_name,
        "workers": arguments.workers,
        "app_servers": arguments.app_servers,
        "behind_nginx": arguments.behind_nginx,
        "connections": arguments.connections,
        "projects": (small, large),
    }
    for cache_on in (True, False):
        server_env = env | {"PAGE_CACHE": "true" if cache_on else "false"}
        label = "cache on" if cache_on else "cache off"
        with serving(server_env, arguments, workdir / "media") as base_url:
            if static_path is None:
                assets = PageAssets()
                assets.feed(fetch(base_url + "/").decode())
                static_path = assets.stylesheets[0]
                for page in pages:
                    body = fetch(base_url + page.path)
                    page.raw_bytes, page.gzip_bytes = len(body), len(gzip.compress(body))
                report["first_visit"] = {
                    "overview": first_visit(base_url, "/"),
                    "project page": first_visit(base_url, pages[3].path),
                }
            measured = pages if cache_on else [pages[0], pages[3]]
            static = wrk(base_url + static_path, arguments.seconds, arguments.connections)
            report.setdefault("static", {})[label] = static
            for page in measured:
                # Warm: the first request of each page fills the cache.
                fetch(base_url + page.path)
                page.runs[label] = wrk(
                    base_url + page.path, arguments.seconds, arguments.connections
                )
                say(f"  {label}: {page.label} done")
    report["renditions"] = largest_renditions(workdir / "media")
    print_report(report, pages, static_path, arguments)
    return report


def say(text):
    print(text, flush=True)


def print_report(report, pages, static_path, arguments):
    small, large = report["projects"]
    print()
    print(
        f"Framdrift benchmark: {report['database']}, {serving_description(report)}, "
        f"wrk with {arguments.connections} connections for {arguments.seconds} s per URL, "
        f"{large} projects, on {os.cpu_count()} cores."
    )
    print(
        "cache on: the page cache and fragments; cache off: the page cache off (PAGE_CACHE=false), "
        "fragments on."
    )
    print()
    header = (
        f"{'URL':<34} {'cache':<9} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'errors':>6} {'vs static':>9}"
    )
    print(header)
    print("-" * len(header))
    for label in ("cache on", "cache off"):
        static = report["static"][label]
        rows = [("static CSS file", static)] + [
            (page.label, page.runs[label]) for page in pages if label in page.runs
        ]
        for name, result in rows:
            share = result["rps"] / static["rps"] if static["rps"] else 0.0
            print(
                f"{name:<34} {label:<9} {result['rps']:>9.0f} {result['p50']:>8.1f} "
                f"{result['p95']:>8.1f} {result['p99']:>8.1f} {result['errors']:>6} "
                f"{share:>8.0%}"
            )
    print()
    header = (
        f"{'URL':<34} {f'queries ({small} projects)':>22} {f'queries ({large} projects)':>24} "
        f"{'HTML bytes':>11} {'gzipped':>8}"
    )
    print(header)
    print("-" * len(header))
    for page in pages:
        print(
            f"{page.label:<34} {page.queries[small]:>22} {page.queries[large]:>24} "
            f"{page.raw_bytes:>11} {page.gzip_bytes:>8}"
        )
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
    for ok, text in budgets(report, pages):
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")
    print(f"static file: {static_path}")


def serving_description(report):
    gunicorns = f"gunicorn with {report['workers']} workers"
    if not report["behind_nginx"]:
        return gunicorns
    count = report["app_servers"]
    servers = "1 app server" if count == 1 else f"{count} app servers"
    each = " each" if count > 1 else ""
    return f"{servers} ({gunicorns}{each}) behind nginx, page cache in Redis"


def budgets(report, pages):
    by_label = {page.label: page for page in pages}
    results = []
    for label, share, cache in (
        ("overview", CACHED_SHARE, "cache on"),
        ("project page", CACHED_SHARE, "cache on"),
        ("overview", UNCACHED_SHARE, "cache off"),
        ("project page", UNCACHED_SHARE, "cache off"),
    ):
        static = report["static"][cache]["rps"]
        rps = by_label[label].runs[cache]["rps"]
        results.append(
            (
                rps >= share * static,
                f"{label}, {cache}: {rps:.0f} req/s is {rps / static:.0%} of the static "
                f"file's {static:.0f} (at least {share:.0%})",
            )
        )
    errors = sum(run["errors"] for page in pages for run in page.runs.values())
    errors += sum(run["errors"] for run in report["static"].values())
    results.append(
        (errors == 0, f"errors at {report['connections']} connections: {errors} (none allowed)")
    )
    overview = by_label["overview"]
    results.append(
        (
            overview.raw_bytes <= OVERVIEW_HTML_MAX,
            f"overview HTML {overview.raw_bytes} bytes (at most {OVERVIEW_HTML_MAX})",
        )
    )
    for name, visit in report["first_visit"].items():
        results.append(
            (
                visit["css_raw"] <= CSS_MAX,
                f"{name}: CSS {visit['css_raw']} bytes (at most {CSS_MAX})",
            )
        )
        results.append(
            (
                visit["js_beyond_htmx_raw"] <= JS_BEYOND_HTMX_MAX,
                f"{name}: JavaScript beyond htmx {visit['js_beyond_htmx_raw']} bytes "
                f"(at most {JS_BEYOND_HTMX_MAX})",
            )
        )
        total = sum(visit["sent"].values())
        results.append(
            (
                total <= FIRST_VISIT_MAX,
                f"{name}: first visit {total} bytes (at most {FIRST_VISIT_MAX})",
            )
        )
    _count, largest = report["renditions"]
    biggest = largest[0][0] if largest else 0
    results.append(
        (
            biggest <= RENDITION_MAX,
            f"largest picture rendition {biggest} bytes (at most {RENDITION_MAX})",
        )
    )
    equal = all(len(set(page.queries.values())) == 1 for page in pages)
    results.append((equal, "SQL queries per page the same at both sizes"))
    return results


def main(argv=None):
    if shutil.which("wrk") is None:
        sys.exit("The benchmark needs wrk, the HTTP load generator: apt-get install wrk")
    arguments = parse_arguments(argv)
    if arguments.behind_nginx:
        for program, package in (("nginx", "nginx"), ("redis-server", "redis-server")):
            if shutil.which(program) is None:
                sys.exit(f"Several app servers need {program}: apt-get install {package}")
    os.chdir(PROJECT)
    report = run(arguments)
    return report


if __name__ == "__main__":
    main()
