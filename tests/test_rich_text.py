"""Rich text is cleaned by the editor's allow-list when saved, and shown from the copy made
then (tests/test_rich_text_stored.py); a value that reached the database another way (SQL,
an import) matches no copy and is cleaned as it is shown, so it is harmless on every page."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.apps import apps

from contacts.models import SteeringGroup
from events.models import Event
from figures.models import Indicator
from projects.models import Area, Phase, Project, SiteSettings, Strategy, Theme
from projects.richtext import RichTextField
from tests.base import NOW, make_area, make_group, make_phase, make_project, make_theme, make_update
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

ALLOWED = (
    '<p>Ope <strong>møte</strong> på <a href="https://example.org/plan">planen</a></p>'
    "<ul><li>Første punkt</li></ul>"
)
HOSTILE = (
    ALLOWED + '<script>alert("script")</script>'
    '<img src="x" onerror="alert(1)">'
    '<a href="javascript:alert(2)">Klikk her</a>'
    "<style>body { display: none }</style>"
    '<p onclick="alert(3)" style="color: red">Berre tekst</p>'
    '<iframe src="https://evil.example"></iframe>'
)


def written_past_the_editor(queryset, field):
    """As SQL, an import or an old version of the site would write it: no save(), no clean."""
    queryset.update(**{field: HOSTILE})


def assert_harmless_and_allowed_markup_kept(html):
    page = BeautifulSoup(html, "html.parser")
    texts = page.select(".rich-text")
    assert texts, "no rich text on the page"
    shown = "".join(str(text) for text in texts)
    for danger in ["<script", "onerror", "onclick", "javascript:", "<style", "<iframe", "style="]:
        assert danger not in shown
    assert "<strong>møte</strong>" in shown
    assert '<a href="https://example.org/plan">planen</a>' in shown
    assert "<li>Første punkt</li>" in shown
    assert "Klikk her" in shown and "Berre tekst" in shown  # the words stay, as text


@pytest.fixture
def project():
    return make_project("Ny skule", slug="ny-skule")


def test_a_projects_text_and_how_to_get_involved(client, project):
    for field in ["body", "how_to_get_involved"]:
        written_past_the_editor(Project.objects.filter(pk=project.pk), field)
    assert_harmless_and_allowed_markup_kept(client.get("/prosjekt/ny-skule/").text)


def test_a_phase_a_status_update_and_a_steering_group(client, project):
    make_phase(project)
    make_update(project)
    make_group(projects=[project])
    written_past_the_editor(Phase.objects.all(), "description")
    written_past_the_editor(StatusUpdate.objects.all(), "body")
    written_past_the_editor(SteeringGroup.objects.all(), "description")

    page = BeautifulSoup(client.get("/prosjekt/ny-skule/").text, "html.parser")

    for part in [".timeline__entry--phase", ".update", ".project__groups"]:
        assert_harmless_and_allowed_markup_kept(str(page.select_one(part)))
    assert_harmless_and_allowed_markup_kept(client.get("/aktuelt/").text)


def test_an_area_a_theme_and_a_meeting(client, project):
    make_area("Lidal", slug="lidal")
    make_theme("Bustader", slug="bustader")
    event = Event.objects.create(title="Ope møte", starts_at=NOW + timedelta(days=5), place="Her")
    written_past_the_editor(Area.objects.all(), "description")
    written_past_the_editor(Theme.objects.all(), "description")
    written_past_the_editor(Event.objects.all(), "description")

    for path in ["/omraade/lidal/", "/satsingsomraade/bustader/", "/satsingsomraade/"]:
        assert_harmless_and_allowed_markup_kept(client.get(path).text)
    assert_harmless_and_allowed_markup_kept(client.get(event.get_absolute_url()).text)


@pytest.mark.parametrize(
    ("field", "path"),
    [
        ("overview_intro", "/"),
        ("footer_contact", "/kontakt/"),
        ("about", "/om/"),
        ("privacy_extra", "/personvern/"),
        ("accessibility_known_issues", "/tilgjengelegheit/"),
    ],
)
def test_the_sites_own_texts(client, field, path):
    SiteSettings.objects.create()
    written_past_the_editor(SiteSettings.objects.all(), field)
    assert_harmless_and_allowed_markup_kept(client.get(path).text)


@pytest.mark.parametrize("path", ["/", "/satsingsomraade/", "its own page"])
def test_a_strategys_goal(client, path):
    strategy = Strategy.objects.create(name="Strategi", slug="strategi")
    written_past_the_editor(Strategy.objects.all(), "goal")
    if path == "its own page":
        path = strategy.get_absolute_url()
    assert_harmless_and_allowed_markup_kept(client.get(path).text)


def test_a_key_figures_longer_text(client, project):
    Indicator.objects.create(project=project, name="Folketal", unit="innbyggjarar")
    written_past_the_editor(Indicator.objects.all(), "about")
    for path in ["/noekkeltal/", "/prosjekt/ny-skule/"]:
        page = BeautifulSoup(client.get(path).text, "html.parser")
        assert_harmless_and_allowed_markup_kept(str(page.select_one(".indicator")))


def test_a_table_written_past_the_editor_is_harmless_and_kept_as_a_table(client, project):
    hostile_table = (
        '<table style="width: 2000px" onclick="alert(1)"><tr><th style="color: red">År</th></tr>'
        "<tr><td><script>alert(2)</script>2008</td></tr></table>"
    )
    Project.objects.filter(pk=project.pk).update(body=ALLOWED + hostile_table)
    page = BeautifulSoup(client.get("/prosjekt/ny-skule/").text, "html.parser")
    table = page.select_one(".rich-text .rich-table")
    assert "style=" not in str(table) and "onclick" not in str(table)
    assert "<script" not in str(table)
    assert (
        table.find("th", scope="col").get_text() == "År" and table.find("td").get_text() == "2008"
    )


def test_allowed_markup_written_through_the_editor_is_shown_unchanged(client, project):
    project.body = ALLOWED
    project.save()
    assert ALLOWED in client.get("/prosjekt/ny-skule/").text


def test_no_template_prints_rich_text_with_safe_or_its_copy_itself():
    names = {
        field.name
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, RichTextField)
    }
    printed_raw = re.compile(rf"\.({'|'.join(names)})\s*\|\s*safe\b")
    # A stored copy starts with its fingerprint, and is shown only after it is checked:
    # {{ project|rich_html:"body" }}, never {{ project.body_html }}.
    copy_printed = re.compile(rf"\.({'|'.join(names)})_html\b")
    root = Path(__file__).resolve().parent.parent
    templates = [*root.glob("templates/**/*.html"), *root.glob("*/templates/**/*.html")]
    offenders = [
        str(path)
        for path in templates
        if printed_raw.search(path.read_text()) or copy_printed.search(path.read_text())
    ]
    assert not offenders, "use |rich_html for rich text: " + ", ".join(offenders)
