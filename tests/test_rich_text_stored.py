"""Rich text is cleaned and rendered once, when it is saved, and its copy stored beside it
(projects/rich_html.py): the copy always equals rendering its text, in every language and
through every way the site writes texts; pages show it without cleaning anything again,
and never show a copy that was not made from the text as it is now."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from modeltranslation.translator import NotRegistered, translator

import projects.rich_html
from contacts.models import SteeringGroup
from events.models import Event
from figures.models import Indicator
from pages.models import Page
from projects.models import Project, SiteSettings, Strategy
from projects.rich_html import (
    FINGERPRINT,
    RenderedRichTextField,
    copy_matches,
    rich_html,
    rich_html_in_two,
    stored_copies,
    stored_copy,
)
from projects.richtext import RichTextField, render_rich_text, render_rich_text_in_two
from tests.admin_forms import project_form
from tests.base import (
    NOW,
    make_area,
    make_group,
    make_phase,
    make_process_leader,
    make_project,
    make_theme,
    make_update,
)
from tests.hostile import assert_no_markup_from_the_attacker
from tests.test_demo import load
from tests.test_spreadsheet import (
    confirm,
    edited,
    export,
    file_of,
    lines_of,
    nn_status,
    upload_file,
)
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

LANGUAGES = list(settings.MODELTRANSLATION_LANGUAGES)

TABLE = (
    "<table><tr><td>År</td><td>Tal</td></tr><tr><td>2008</td><td>2 310</td></tr></table>"
    "<p>Talet har gått ned.</p>"
)
HOSTILE = '<p onclick="alert(1)">Hei</p><script>alert(2)</script>'


def every_copy_and_its_source():
    """(row, language, source as stored, copy as stored) of every rich text of every row."""
    for model in apps.get_models():
        for field in stored_copies(model):
            for row in model._base_manager.all():
                for language in LANGUAGES:
                    yield (
                        f"{model._meta.label} {row.pk} {field.source} ({language})",
                        language,
                        getattr(row, f"{field.source}_{language}") or "",
                        getattr(row, f"{field.name}_{language}") or "",
                    )


def assert_every_copy_is_its_source_rendered():
    checked = 0
    for where, language, source, copy in every_copy_and_its_source():
        if not source:
            assert copy == "", where
            continue
        with translation.override(language):
            rendered = render_rich_text(source)
        assert copy_matches(source, copy), where
        assert copy[FINGERPRINT:] == rendered, where
        checked += 1
    assert checked, "no rich text to check"


def rendering_fails():
    """Rendering rich text fails the test: wrap the making of pages whose copies are current."""
    return mock.patch.object(
        projects.rich_html, "render_rich_text", side_effect=AssertionError("rendered again")
    )


# Random HTML, hostile included: scripts, event attributes, styles, tables with and without
# headers and captions, nested lists, character references, tags left open.
words = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "&amp;",
            "&nbsp;",
            "&lt;b&gt;",
            "&#169;",
            "&#x1F600;",
            "&bogus;",
            "& ",
            '"',
            "Tabell 2: Folketal",
            "Table:",
            "År",
            "\u202e",
        ]
    ),
)
ATTRIBUTES = [
    ' onclick="alert(1)"',
    " onmouseover=alert(2)",
    ' style="color: red"',
    ' class="x"',
    ' colspan="1"',
    ' colspan="3"',
    ' rowspan="99999"',
    ' scope="col"',
    ' scope="javascript:x"',
    ' href="https://example.org/?a=1&b=2"',
    ' href="javascript:alert(3)"',
    ' href="mailto:post@example.org"',
    ' start="3"',
    ' title="t>"',
]
TAGS = [
    *["p", "h1", "h2", "h3", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote"],
    *["table", "thead", "tbody", "tr", "td", "th", "caption", "colgroup"],
    *["script", "style", "iframe", "div", "span"],
]
VOIDS = ["<br>", '<img src="x" onerror="alert(4)">', "<hr>", '<col style="width: 9px">']


def element(children):
    closed = st.builds(
        lambda tag, attributes, inside: f"<{tag}{''.join(attributes)}>{''.join(inside)}</{tag}>",
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(ATTRIBUTES), max_size=3),
        st.lists(children, max_size=4),
    )
    left_open = st.builds(
        lambda tag, inside: f"<{tag}>{''.join(inside)}", st.sampled_from(TAGS), st.lists(children)
    )
    return closed | left_open


html = st.lists(
    st.recursive(words | st.sampled_from(VOIDS), element, max_leaves=25), max_size=6
).map("".join)
TABLES = [
    TABLE,
    "<p>Tabell 1: Folketal</p><table><tr><th>År</th></tr><tr><td>1</td></tr></table>",
    "<table><tr><th>År</th><th>Tal</th></tr><tr><th>2008</th><td>5</td></tr></table>",
    "<table><tr><td><table><tr><td>Indre</td></tr><tr><td>1</td></tr></table></td></tr></table>",
]
texts = st.one_of(
    st.just(""), html, st.sampled_from(TABLES), st.sampled_from(TABLES).map(str.upper)
)


@pytest.fixture
def rows():
    project = make_project("Ny skule", slug="ny-skule")
    return {
        "project": (project, "body"),
        "update": (make_update(project), "body"),
        "site": (SiteSettings.objects.create(), "footer_contact"),
    }


@hypothesis_settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    which=st.sampled_from(["project", "update", "site"]),
    sources=st.lists(texts, min_size=5, max_size=5),
)
def test_the_stored_copy_is_its_text_rendered_in_every_language(rows, which, sources):
    row, field = rows[which]
    for language, source in zip(LANGUAGES, sources, strict=True):
        setattr(row, f"{field}_{language}", source)
    row.save()
    row = type(row).objects.get(pk=row.pk)

    for language in LANGUAGES:
        source = getattr(row, f"{field}_{language}") or ""
        copy = getattr(row, f"{field}_html_{language}") or ""
        with translation.override(language):
            rendered = render_rich_text(source)
            assert copy[FINGERPRINT:] == rendered
            assert bool(copy) == bool(source)  # so the copy falls back when its text does
            assert_no_markup_from_the_attacker(rendered)
            # As a page in this language shows it: the text, or the site language's
            # where it has none, rendered in the language it is written in; from the copy.
            written_in = language if source else settings.LANGUAGE_CODE
            with translation.override(written_in):
                expected = render_rich_text(getattr(row, field))
                expected_in_two = render_rich_text_in_two(getattr(row, field))
            with mock.patch.object(projects.rich_html, "render_rich_text") as render:
                assert rich_html(row, field) == expected
                assert rich_html_in_two(row, field) == expected_in_two
            render.assert_not_called()


def test_a_page_made_from_current_copies_renders_no_rich_text_again(client):
    project = make_project("Ny skule", slug="ny-skule", body=TABLE, how_to_get_involved=TABLE)
    make_update(project, body=TABLE)
    make_phase(project, description=TABLE)
    make_group(projects=[project], description=TABLE)
    Indicator.objects.create(project=project, name="Folketal", unit="innbyggjarar", about=TABLE)
    event = Event.objects.create(
        title="Ope møte", starts_at=NOW + timedelta(days=5), place="Her", description=TABLE
    )
    page = Page.objects.create(title="Om", slug="om-oss", body=TABLE, is_published=True)

    for path in [
        "/prosjekt/ny-skule/",
        "/aktuelt/",
        event.get_absolute_url(),
        page.get_absolute_url(),
    ]:
        with rendering_fails():
            shown = BeautifulSoup(client.get(path).text, "html.parser")
        assert shown.select(".rich-text .rich-table th[scope=col]"), path


def test_the_page_shows_exactly_what_rendering_the_text_shows(client):
    project = make_project("Ny skule", slug="ny-skule", body=TABLE)
    page = client.get("/prosjekt/ny-skule/").text
    with translation.override("nn"):
        rendered = render_rich_text(project.body)
    assert f'<div class="rich-text project__body">{rendered}</div>' in page
    assert (
        '<div class="rich-table" role="region" tabindex="0" aria-label="Tabell: År, Tal">' in page
    )


def test_a_text_changed_past_save_is_shown_as_it_is_now_cleaned(client):
    project = make_project("Ny skule", slug="ny-skule", body="<p>Gamal tekst</p>")
    Project.objects.filter(pk=project.pk).update(body="<p>Ny tekst</p>" + HOSTILE)

    body = BeautifulSoup(client.get("/prosjekt/ny-skule/").text, "html.parser").select_one(
        ".project__body"
    )
    assert "Ny tekst" in body.text and "Gamal tekst" not in body.text
    assert "<script" not in str(body) and "onclick" not in str(body)


@pytest.mark.parametrize("copy", ["as SQL writes it", "made from another text", "with another key"])
def test_a_copy_not_made_from_the_text_as_it_is_is_never_shown(client, settings, copy):
    project = make_project("Ny skule", slug="ny-skule", body="<p>Tekst</p>")
    if copy == "as SQL writes it":
        written = "0" * FINGERPRINT + HOSTILE
    elif copy == "made from another text":
        written = stored_copy(HOSTILE.replace("<script", "<p"), "nn")
    else:
        settings.SECRET_KEY = "another key " * 5
        written = stored_copy("<p>Tekst</p>", "nn").replace("Tekst", "Endra tekst")
        settings.SECRET_KEY = "the site's own key " * 5
    Project.objects.filter(pk=project.pk).update(body_html=written)

    body = BeautifulSoup(client.get("/prosjekt/ny-skule/").text, "html.parser").select_one(
        ".project__body"
    )
    assert str(body.p) == "<p>Tekst</p>" and "Endra" not in body.text
    assert "alert" not in str(body) and "Hei" not in body.text


def test_copies_made_with_the_previous_secret_key_are_shown_until_made_again(settings):
    settings.SECRET_KEY = "the key before " * 5
    project = make_project("Ny skule", slug="ny-skule", body=TABLE)
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = "the new key " * 5, ["the key before " * 5]
    project = Project.objects.get(pk=project.pk)

    with mock.patch.object(projects.rich_html, "render_rich_text") as render:
        rich_html(project, "body")
    render.assert_not_called()
    settings.SECRET_KEY_FALLBACKS = []
    with mock.patch.object(projects.rich_html, "render_rich_text", return_value="") as render:
        rich_html(project, "body")
    render.assert_called_once()


@pytest.fixture
def with_english(settings):
    settings.CONTENT_LANGUAGES = ["en"]
    settings.LANGUAGES = [("nn", "Nynorsk"), ("en", "English")]


def test_each_language_has_its_own_copy_and_an_untranslated_one_falls_back(client, with_english):
    project = make_project("Ny skule", slug="ny-skule", body=TABLE, title_en="New school")

    def region(path):
        with rendering_fails():
            page = BeautifulSoup(client.get(path).text, "html.parser")
        text = page.select_one(".project__body")
        return text.get("lang"), text.select_one(".rich-table")["aria-label"]

    # Untranslated: the Nynorsk text and its copy, marked as Nynorsk, its table too.
    assert region("/en/projects/ny-skule/") == ("nn", "Tabell: År, Tal")
    project.body_en = TABLE.replace("År", "Year").replace("Tal", "Number")
    project.save()
    assert region("/en/projects/ny-skule/") == (None, "Table: Year, Number")
    assert region("/prosjekt/ny-skule/") == (None, "Tabell: År, Tal")


# Every way the site itself writes rich text keeps the copies current.


def test_the_admin_form_keeps_the_copies_current(client):
    client.force_login(make_process_leader())
    response = client.post(
        "/admin/projects/project/add/",
        project_form(body=TABLE + HOSTILE, how_to_get_involved="<p>Kom på møtet</p>"),
    )
    assert response.status_code == 302, response.content[:2000]
    assert Project.objects.get().body_html_nn
    assert_every_copy_is_its_source_rendered()


def test_the_spreadsheet_import_keeps_the_copies_current(client):
    client.force_login(make_process_leader())
    project = make_project("Ny skule i Nedre Li", status="planned")
    lines = edited(
        lines_of("csv", export(client, "csv").content), project, status=nn_status("ongoing")
    )
    confirm(client, upload_file(client, "csv", file_of("csv", lines)))

    assert StatusUpdate.objects.get().body_html_nn
    assert_every_copy_is_its_source_rendered()


def test_the_demo_and_its_generated_projects_have_current_copies():
    load(projects=3)  # generated projects and their updates go in with bulk_create

    assert Project.objects.filter(slug__startswith="generert-prosjekt-").count() == 3
    assert_every_copy_is_its_source_rendered()


def test_rebuilding_makes_copies_current_after_texts_written_past_save():
    project = make_project("Ny skule", slug="ny-skule", body="<p>Gamal</p>")
    Project.objects.filter(pk=project.pk).update(body=TABLE)
    Strategy.objects.create(name="Strategi", slug="strategi", goal="<p>Mål</p>")
    Strategy.objects.update(goal_en="<p>Goal</p>")

    out = StringIO()
    call_command("rebuild_rich_text", stdout=out)

    assert "projects.Project: 1 row(s) made again." in out.getvalue()
    assert "projects.Strategy: 1 row(s) made again." in out.getvalue()
    assert_every_copy_is_its_source_rendered()
    out = StringIO()
    call_command("rebuild_rich_text", stdout=out)
    assert "projects.Project: 0 row(s)" in out.getvalue()


def test_every_rich_text_field_has_a_stored_copy_translated_as_it_is():
    def translated(model, name):
        try:
            return name in translator.get_options_for_model(model).all_fields
        except NotRegistered:
            return False

    for model in apps.get_models():
        sources = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, RichTextField) and not hasattr(field, "language")
        ]
        copies = {field.source: field for field in stored_copies(model)}
        for name in sources:
            assert name in copies, f"{model.__name__}.{name} has no {name}_html"
            assert translated(model, name) == translated(model, f"{name}_html"), (
                f"{model.__name__}.{name}_html is not registered for translation as {name} is"
            )
            assert isinstance(copies[name], RenderedRichTextField)
            assert not copies[name].editable


BEFORE_THE_COPIES = [
    ("projects", "0012_activity_on_the_project_row"),
    ("updates", "0004_news_beyond_projects"),
    ("contacts", "0003_site_contacts_and_free_roles"),
    ("events", "0004_meetings_in_full"),
    ("figures", "0005_key_figures_in_full"),
    ("pages", "0002_process_leader_permissions"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.fixture
def site_before_the_copies(transactional_db):
    migrate(BEFORE_THE_COPIES)
    yield MigrationExecutor(connection).loader.project_state(BEFORE_THE_COPIES).apps
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_the_migration_makes_the_copies_of_the_texts_a_site_has(site_before_the_copies):
    old = site_before_the_copies
    project = old.get_model("projects", "Project").objects.create(
        title_nn="Ny skule", slug="ny-skule", body_nn=TABLE, body_en="<p>English</p>"
    )
    old.get_model("pages", "Page").objects.create(title_nn="Om", slug="om", body_nn="<p>Om</p>")

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    project = Project.objects.get(pk=project.pk)
    assert project.body_html_nn and project.body_html_en and not project.body_html_sv
    assert Page.objects.get().body_html_nn
    assert_every_copy_is_its_source_rendered()


def test_areas_themes_and_groups_made_in_code_have_current_copies():
    make_area("Lidal", slug="lidal", description="<p>Ei bygd</p>")
    make_theme("Bustader", slug="bustader", description=TABLE)
    SteeringGroup.objects.create(name="Gruppa", slug="gruppa", description="<p>Styrer</p>")
    assert_every_copy_is_its_source_rendered()
