"""The five catalogues are complete: every string the code and templates write is in each,
translated, none fuzzy; so is what locale-admin/ fills in for Django's admin and the
rich-text editor. (Whether the pages then show any English is checked by rendering them:
tests/test_languages.py.)"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.servers import PROJECT, manage, site_environment

LANGUAGES = ["nn", "nb", "sv", "da", "en"]
CATALOGUES = [PROJECT / "locale" / language / "LC_MESSAGES" / "django.po" for language in LANGUAGES]
ADMIN_CATALOGUES = sorted((PROJECT / "locale-admin").glob("*/LC_MESSAGES/*.po"))
# What makemessages reads: the code and templates, not what is installed or made.
NOT_SOURCES = {
    ".venv", "node_modules", "staticfiles", "media", "private-media", "backups",
    "locale", "locale-admin", ".git", "tests", "__pycache__", ".pytest_cache",
}  # fmt: skip


def gettext_tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: apt-get install gettext (.ci/run installs it)")
    return path


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory):
    """Every string of the sources, as makemessages collects it (django.pot), from a copy
    of the project so that the real catalogues are not touched."""
    copy = tmp_path_factory.mktemp("sources") / "project"
    shutil.copytree(PROJECT, copy, ignore=lambda folder, names: NOT_SOURCES & set(names))
    (copy / "locale").mkdir()
    env = site_environment("sqlite:///:memory:", DJANGO_DEBUG="true")
    manage("makemessages", "--locale", "nn", "--keep-pot", cwd=copy, env=env)
    return copy / "locale" / "django.pot"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=LANGUAGES)
def test_every_string_of_the_sources_is_translated_in_every_catalogue(source_strings, catalogue):
    assert catalogue.exists(), f"{catalogue} is missing: run make messages and translate it"
    # msgcmp counts a string missing, untranslated or fuzzy in the catalogue as missing.
    compared = subprocess.run(
        [gettext_tool("msgcmp"), str(catalogue), str(source_strings)],
        capture_output=True,
        text=True,
    )
    assert compared.returncode == 0, compared.stderr[-3000:]


def test_each_word_of_a_jinja2_template_is_written_where_makemessages_reads_it():
    """makemessages takes _("…") from a template only where it opens a {{ }}: written
    anywhere else (after `or`, inside {% if %}) it never reaches the catalogues, and the
    page shows it in English whatever its language."""
    misplaced = [
        f"{path.relative_to(PROJECT)}: {text[call.start() : call.start() + 60]}"
        for path in sorted((PROJECT / "templates" / "jinja2").rglob("*.html"))
        for text in [path.read_text()]
        for call in re.finditer(r"\b_\(", text)
        if not re.search(r"\{\{\s*$", text[: call.start()])
    ]
    assert misplaced == []


@pytest.mark.parametrize(
    "catalogue",
    CATALOGUES + ADMIN_CATALOGUES,
    ids=[str(path.relative_to(PROJECT)) for path in CATALOGUES + ADMIN_CATALOGUES],
)
def test_no_entry_is_empty_or_fuzzy_and_the_compiled_one_is_current(catalogue, tmp_path):
    compiled = tmp_path / "check.mo"
    checked = subprocess.run(
        [gettext_tool("msgfmt"), "--check", "--statistics", "-o", str(compiled), str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    statistics = checked.stderr.strip().splitlines()[-1]
    assert "fuzzy" not in statistics and "untranslated" not in statistics, statistics
    assert compiled.read_bytes() == catalogue.with_suffix(".mo").read_bytes(), (
        f"{catalogue.with_suffix('.mo')} is stale: run make messages"
    )


def test_the_admin_fills_exist_for_every_language_but_english():
    for language in ["nn", "nb", "sv", "da"]:
        folder = Path(PROJECT / "locale-admin" / language / "LC_MESSAGES")
        assert (folder / "django.po").exists() and (folder / "djangojs.po").exists(), language
