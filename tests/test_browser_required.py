"""Without a browser, `make test` says loudly that the browser tests did not run; in CI
it refuses to pass."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_browser_tests(**env):
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/browser/test_journeys.py"],
        cwd=ROOT,
        env=os.environ | {"CHROMIUM": "/nonexistent/chromium"} | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_chromium_the_last_lines_say_the_browser_tests_did_not_run():
    env = {"CI": ""}
    result = run_browser_tests(**env)
    last_lines = result.stdout.strip().splitlines()[-4:]
    assert "BROWSER TESTS DID NOT RUN" in "\n".join(last_lines)
    assert "no Chromium at /nonexistent/chromium" in "\n".join(last_lines)


def test_without_chromium_ci_fails():
    result = run_browser_tests(CI="true")
    assert result.returncode != 0
    assert "in CI the browser tests must run" in result.stdout + result.stderr
