"""`make bench` runs end to end on a small data set. Its output is read, its timings are not
judged: speed is the benchmark's business, not the test suite's."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from bench.nginx import nginx_command
from bench.servers import PROJECT

# Small enough for the suite: 4 connections to 2 workers, one second per URL.
WORKLOAD = ("--connections", "4", "--workers", "2")

# The bench runs once, in one test process, for all the tests that read its output (make
# test: --dist loadgroup); otherwise each process that got one of them would run it again.
pytestmark = pytest.mark.xdist_group("bench")


@pytest.fixture(scope="module")
def bench_output():
    if shutil.which("wrk") is None:
        message = "wrk is missing (apt-get install wrk); .ci/run installs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        env["DATABASE_URL"] = os.environ["DATABASE_URL"]
    done = subprocess.run(
        [sys.executable, "-m", "bench", *("--projects", "3", "--seconds", "1"), *WORKLOAD],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def table_rows(output):
    """The load table: (URL, cache) -> numbers as printed."""
    rows = {}
    pattern = re.compile(
        r"^(?P<url>.+?)\s+(?P<cache>cache on|cache off)\s+(?P<rps>\d+)\s+(?P<p50>[\d.]+)"
        r"\s+(?P<p95>[\d.]+)\s+(?P<p99>[\d.]+)\s+(?P<errors>\d+)\s+(?P<share>\d+)%$"
    )
    for line in output.splitlines():
        if match := pattern.match(line):
            rows[match["url"], match["cache"]] = match.groupdict()
    return rows


def test_the_bench_loads_every_page_the_issue_names_with_and_without_the_page_cache(bench_output):
    rows = table_rows(bench_output)
    cached = {url for url, cache in rows if cache == "cache on"}
    assert cached >= {
        "static CSS file",
        "overview",
        "overview by area and status",
        "search",
        "project page",
        "news",
        "tip form",
        "feed /moete/kalender.ics",
    }
    assert {url for url, cache in rows if cache == "cache off"} == {
        "static CSS file",
        "overview",
        "project page",
    }
    for row in rows.values():
        assert int(row["rps"]) > 0
        assert float(row["p50"]) <= float(row["p95"]) <= float(row["p99"])
    # Each page is compared with the static file served in the same run.
    assert rows["static CSS file", "cache on"]["share"] == "100"
    assert "gunicorn with 2 workers" in bench_output


def test_the_bench_counts_queries_at_both_sizes_and_the_bytes_a_phone_loads(bench_output):
    sizes = re.search(r"queries \((\d+) projects\)\s+queries \((\d+) projects\)", bench_output)
    assert sizes
    assert int(sizes[2]) == int(sizes[1]) + 3
    overview = re.search(r"^overview\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", bench_output, re.M)
    assert overview
    queries_small, queries_large, raw, gzipped = map(int, overview.groups())
    assert queries_small == queries_large
    assert 0 < gzipped < raw
    assert re.search(r"overview: \d+ in all \(html \d+, css \d+, js \d+", bench_output)
    renditions = re.search(
        r"Picture renditions: (\d+); largest: \S+-\d+\.(webp|jpg) \d+", bench_output
    )
    assert renditions
    assert int(renditions[1]) > 0


def test_the_bench_prints_every_budget_with_pass_or_fail(bench_output):
    budgets = re.findall(r"^  (PASS|FAIL)  (.+)$", bench_output, re.M)
    texts = [text for _verdict, text in budgets]
    expected = [
        r"overview, cache on: \d+ req/s is \d+% of the static file's \d+ \(at least 60%\)",
        r"project page, cache on: .* \(at least 60%\)",
        r"overview, cache off: .* \(at least 15%\)",
        r"project page, cache off: .* \(at least 15%\)",
        r"errors at 4 connections: \d+ \(none allowed\)",
        r"overview HTML \d+ bytes \(at most 51200\)",
        r"overview: CSS \d+ bytes \(at most 30720\)",
        r"overview: JavaScript beyond htmx \d+ bytes \(at most 5120\)",
        r"overview: first visit \d+ bytes \(at most 307200\)",
        r"largest picture rendition \d+ bytes \(at most 153600\)",
        r"SQL queries per page the same at both sizes",
    ]
    for pattern in expected:
        assert any(re.fullmatch(pattern, text) for text in texts), pattern
    # What holds on any machine, fast or slow: no errors, and queries that do not grow.
    passed = [text for verdict, text in budgets if verdict == "PASS"]
    assert "SQL queries per page the same at both sizes" in passed
    assert "errors at 4 connections: 0 (none allowed)" in passed


def test_the_bench_runs_the_sample_nginx_configuration_in_front_of_several_app_servers(tmp_path):
    """`make bench BENCH_ARGS="--app-servers 2"` renders deploy/nginx/framdrift.conf for its
    app servers; this fails when the sample changes in a way the bench does not follow."""
    if shutil.which("nginx") is None:
        message = "nginx is missing (apt-get install nginx); .ci/run installs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    upstreams = ["127.0.0.1:18001", "127.0.0.1:18002"]
    nginx_command(tmp_path, upstreams, 18000, tmp_path / "media")  # runs nginx -t
    config = (tmp_path / "nginx.conf").read_text()
    for upstream in upstreams:
        # Each with the sample's own fail-over options.
        assert re.search(rf"^\s*server {re.escape(upstream)} max_fails=\S+[^;]*;$", config, re.M)
    assert "listen 127.0.0.1:18000;" in config
