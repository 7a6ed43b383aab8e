"""Every public page, in every language, is valid HTML by the Nu Html Checker (vnu.jar from
npm, run with Java); so is a page in a content language, with its switcher."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.pages import all_page_paths, load_demo

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# What is checked is the markup of pages: CI's run on PostgreSQL leaves it out.
# Outside a transaction, so that the demo can be copied back rather than loaded anew
# (tests/demo_snapshots.py).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.markup_only]

# One short run of the checker: Java's quick compiler only (half the time the optimising one
# takes to warm up for a run this short, same messages), with the deep stack the checker
# asks for.
JAVA_OPTIONS = ["-XX:TieredStopAtLevel=1", "-Xss16m"]


def validate(documents, folder):
    """Errors per document name, from one run of the checker over all of them."""
    files = {}
    for name, html in documents.items():
        path = folder / (name.replace(" ", "-").replace(":", "-") + ".html")
        path.write_text(html, encoding="utf-8")
        files[str(path.resolve())] = name
    result = subprocess.run(
        ["java", *JAVA_OPTIONS, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = {name: [] for name in documents}
    for message in messages:
        if message["type"] == "error" or message.get("subType") == "fatal":
            name = files.get(message.get("url", "").removeprefix("file:"), "?")
            errors.setdefault(name, []).append(
                f"line {message.get('lastLine')}: {message['message']}"
            )
    return errors


@pytest.fixture
def checker():
    if not VNU.exists() or not shutil.which("java"):
        message = "The Nu Html Checker needs `npm ci` (vnu-jar) and Java; .ci/run installs both."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.parametrize("language", ["nn", "nb", "sv", "da", "en"])
def test_every_public_page_is_valid_html(
    checker, client, monkeypatch, tmp_path, settings, language
):
    settings.LANGUAGE_CODE = language
    load_demo(monkeypatch)
    documents = {}
    for name, path in all_page_paths().items():
        response = client.get(path)
        documents[name] = response.text
    errors = validate(documents, tmp_path)
    assert errors == {name: [] for name in documents}


def test_a_page_in_a_content_language_is_valid_html(
    checker, client, monkeypatch, tmp_path, settings
):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]
    load_demo(monkeypatch)
    documents = {
        # Under the English prefix a Norwegian address leads to the English one.
        f"{language} {name}": client.get(f"{prefix}{path.removeprefix('/')}", follow=True).text
        for name, path in all_page_paths().items()
        for language, prefix in [("nn", "/"), ("en", "/en/")]
        if name in ("projects:overview", "projects:detail", "events:detail")
    }
    errors = validate(documents, tmp_path)
    assert errors == {name: [] for name in documents}


def test_the_checker_catches_broken_html(checker, client, tmp_path):
    broken = "<!doctype html><html lang=nn><title>x</title><p><div>nested</p></span>"
    errors = validate({"broken": broken}, tmp_path)
    assert errors["broken"]
