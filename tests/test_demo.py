"""The demo content: a realistic region, loaded once however often the command runs."""

import shutil
import tempfile
from datetime import timedelta
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from contacts.models import (
    ContactPerson,
    GroupMember,
    ProjectContact,
    SiteContact,
    SteeringGroup,
)
from demo import content, pictures
from events.models import Event
from figures.models import Indicator, Line, Measurement
from pages.models import Page, PageImage
from projects.documents import validate_document
from projects.models import (
    Area,
    Document,
    Funding,
    Milestone,
    Partner,
    Phase,
    Project,
    ProjectImage,
    ProjectLink,
    SiteSettings,
    Strategy,
    Theme,
)
from tips.models import Tip
from updates.models import StatusUpdate, StatusUpdateImage

MODELS = [
    Event,
    Indicator,
    Line,
    Measurement,
    Strategy,
    SiteContact,
    Milestone,
    Funding,
    ProjectLink,
    Page,
    PageImage,
    Tip,
    Area,
    Theme,
    Project,
    Partner,
    Phase,
    ProjectImage,
    Document,
    StatusUpdate,
    StatusUpdateImage,
    ContactPerson,
    ProjectContact,
    SteeringGroup,
    GroupMember,
]
MAIN_PROJECTS = [
    "heim-til-fjorden",
    "sosial-utviklingsstrategi",
    "utviklingsplan-nedre-li",
    "utviklingsplan-berg",
    "utviklingsplan-holmane",
]


def load(**options):
    # Tiny pictures keep this quick; drawing and picture pipeline are the same at any size.
    with mock.patch("demo.loader.PICTURE_SIZE", (160, 100)):
        out = StringIO()
        call_command("load_demo", stdout=out, **options)
    return out.getvalue()


def snapshot():
    """Everything a rerun could duplicate or change, in comparable form."""
    return {
        "counts": {model.__name__: model.objects.count() for model in MODELS},
        "projects": list(
            Project.objects.values_list("slug", "status", "progress", "updated_at", "is_published")
        ),
        "updates": list(StatusUpdate.objects.values_list("title", "published_at", "updated_at")),
        "site": list(SiteSettings.objects.values()),
        "strategies": list(Strategy.objects.values()),
        "documents": list(Document.objects.values_list("title", "dated", "file", "url")),
        "meetings": list(Event.objects.values_list("title", "starts_at", "registration_deadline")),
    }


@pytest.mark.xdist_group("demo-region")
class DemoRegionTests(TestCase):
    """The loaded region, checked once: loading it is the slow part."""

    @classmethod
    def setUpClass(cls):
        # Files written once for the class; the per-test media folder (conftest) comes later.
        cls.media = tempfile.mkdtemp()
        cls.addClassCleanup(shutil.rmtree, cls.media, ignore_errors=True)
        cls.enterClassContext(override_settings(MEDIA_ROOT=cls.media))
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        cls.output = load()

    def test_it_says_what_it_created(self):
        assert self.output.startswith("Demo content created:")
        assert "16 projects" in self.output
        assert len(self.output.splitlines()) <= 2

    def test_three_municipalities_of_one_region_each_have_villages(self):
        region = Area.objects.get(kind="region")
        municipalities = Area.objects.filter(kind="municipality")
        assert municipalities.count() == 3
        assert {m.parent for m in municipalities} == {region}
        for municipality in municipalities:
            assert municipality.children.filter(kind="village").exists()
        assert Area.objects.filter(kind="village").count() >= 5

    def test_the_site_has_its_texts_and_a_fictional_address(self):
        site = SiteSettings.load()
        assert site.site_name == "Framdrift i Fjordregionen"
        assert "<p>" in site.overview_intro
        assert "@example.org" in site.footer_contact
        assert "+47 555" in site.footer_contact

    def test_seven_themes_come_in_order_with_descriptions_in_two_strategies(self):
        themes = list(Theme.objects.all())
        assert [t.position for t in themes] == [1, 2, 3, 4, 5, 6, 7]
        assert all("<p>" in t.description for t in themes)
        strategy, plan = Strategy.objects.visible()
        assert strategy.goal.startswith("<p>Fjordregionen skal vere ein stad")
        assert [t.strategy for t in themes] == [strategy] * 5 + [plan] * 2
        assert strategy.starts_on < strategy.ends_on and plan.starts_on < plan.ends_on

    def test_the_plan_for_nedre_li_has_four_weighted_actions_that_make_its_progress(self):
        plan = Project.objects.get(slug="utviklingsplan-nedre-li")
        actions = list(plan.sub_projects.all())
        assert len(actions) == 4
        assert plan.progress_from == "weighted"
        weighted = sum(a.progress * a.weight for a in actions) / sum(a.weight for a in actions)
        assert weighted == plan.progress == 55
        assert {a.status for a in actions} == {"ongoing", "completed"}
        assert all(a.updates.exists() and a.contacts.exists() for a in actions)

    def test_news_beyond_projects_is_signed_and_about_a_theme_an_area_or_everything(self):
        news = StatusUpdate.objects.filter(project__isnull=True)
        assert news.filter(theme__isnull=False).exists()
        assert news.filter(area__isnull=False).exists()
        assert news.about_site().count() >= 2
        signed = news.about_site().filter(authors__isnull=False).exclude(byline="").distinct()
        assert signed.get().authors.count() == 2
        assert news.about_site().filter(documents__isnull=False).exists()

    def test_the_campaign_has_two_phases_partners_of_every_sector_and_results(self):
        campaign = Project.objects.get(slug="heim-til-fjorden")
        first, second = campaign.phases.all()
        assert (first.starts_on.year, first.ends_on.year) == (2002, 2004)
        assert second.starts_on.year == 2004
        assert second.ends_on is None
        assert {p.sector for p in campaign.partners.all()} == {"public", "private", "voluntary"}
        assert "<strong>412</strong> familiar" in campaign.body
        assert campaign.areas.get().kind == "region"

    def test_the_strategy_has_an_advisory_board_of_17_and_a_junior_board(self):
        strategy = Project.objects.get(slug="sosial-utviklingsstrategi")
        board = strategy.steering_groups.get(kind="advisory_board")
        members = list(board.members.all())
        assert len(members) == 17
        assert [m.role for m in members].count("chair") == 1
        assert [m.role for m in members].count("secretary") == 1
        assert len({m.represents for m in members}) == 17
        junior = strategy.steering_groups.get(kind="junior_advisory_board")
        assert all("klasse" in m.name for m in junior.members.all())
        assert "Fjordregionen skal vere ein stad" in strategy.body
        assert strategy.themes.count() == 5

    def test_three_villages_have_their_own_development_plan(self):
        plans = Project.objects.filter(slug__contains="utviklingsplan")
        assert plans.count() == 3
        assert {plan.areas.get().kind for plan in plans} == {"village"}
        assert len({plan.areas.get().parent for plan in plans}) == 3

    def test_updates_span_the_years_and_some_move_status_or_progress(self):
        years = set(StatusUpdate.objects.values_list("published_at__year", flat=True))
        assert {2021, 2022, 2023, 2024, 2025, 2026} <= years
        assert StatusUpdate.objects.exclude(new_status="").count() >= 10
        assert StatusUpdate.objects.filter(new_progress__isnull=False).count() >= 10
        recent = timezone.now() - timedelta(days=30)
        assert StatusUpdate.objects.visible().filter(published_at__gte=recent).exists()

    def test_a_draft_a_scheduled_update_and_an_unpublished_project_stay_hidden(self):
        draft = StatusUpdate.objects.get(is_published=False)
        scheduled = StatusUpdate.objects.get(published_at__gt=timezone.now())
        for hidden in (draft, scheduled):
            page = self.client.get(hidden.project.get_absolute_url())
            assert page.status_code == 200
            self.assertNotContains(page, hidden.title)
        unpublished = Project.objects.get(is_published=False)
        assert self.client.get(unpublished.get_absolute_url()).status_code == 404

    def test_residents_see_every_status(self):
        statuses = {p.effective_status for p in Project.objects.visible()}
        assert statuses == {"idea", "planned", "ongoing", "paused", "completed", "cancelled"}
        for project in Project.objects.visible():
            assert project.effective_status == project.status, project.slug
            assert project.effective_progress == project.progress, project.slug

    def test_main_projects_have_two_to_four_described_pictures_and_one_cover(self):
        for slug in MAIN_PROJECTS:
            images = list(ProjectImage.objects.filter(project__slug=slug))
            assert 2 <= len(images) <= 4, slug
            assert [image.is_cover for image in images].count(True) == 1
            assert all(len(image.alt_text) > 20 and image.credit for image in images)
            assert all(image.width == 160 and image.height == 100 for image in images)
        assert StatusUpdateImage.objects.count() >= 5
        assert not StatusUpdateImage.objects.filter(alt_text="").exists()

    def test_contact_persons_are_fictional_and_have_a_role_in_a_project(self):
        people = ContactPerson.objects.all()
        assert people.count() >= 5
        for person in people:
            assert person.email.endswith("@example.org")
            assert all(n.startswith("+47 555 ") for n in (person.phone, person.mobile) if n)
            assert person.photo
            assert person.project_roles.exists()
        assert ProjectContact.objects.filter(role="process_leader").exists()

    def test_documents_are_real_pdfs_or_links_with_a_kind_and_a_date(self):
        documents = Document.objects.exclude(file="")
        assert documents.count() >= 2
        assert not Document.objects.filter(dated__isnull=True).exists()
        assert len(set(Document.objects.values_list("kind_of_document", flat=True))) >= 5
        links = Document.objects.filter(file="")
        assert links.count() >= 2
        assert all(
            link.url.startswith("https://") and ".example.org/" in link.url for link in links
        )
        assert Document.objects.filter(
            **dict.fromkeys(["project", "update", "event", "page"])
        ).exists()
        for owner in ["project", "update", "event", "page"]:
            assert Document.objects.filter(**{f"{owner}__isnull": False}).exists(), owner
        for document in documents:
            with self.settings(MEDIA_ROOT=self.media), document.file.open("rb") as handle:
                data = handle.read()
            validate_document(ContentFile(data, name="check.pdf"))
            assert document.size == len(data)
            assert data.rstrip().endswith(b"%%EOF")

    def test_the_inbox_has_tips_in_several_states_from_fictional_residents(self):
        tips = Tip.objects.all()
        assert {tip.state for tip in tips} >= {"new", "in_progress", "answered"}
        assert all(tip.email.endswith("@example.org") for tip in tips if tip.email)

    def test_the_overview_and_every_public_project_page_answer(self):
        overview = self.client.get("/")
        self.assertContains(overview, "Framdrift i Fjordregionen")
        for project in Project.objects.visible():
            self.assertContains(self.client.get(project.get_absolute_url()), project.title)


@pytest.mark.django_db
def test_running_it_again_adds_and_changes_nothing():
    load()
    before = snapshot()

    output = load()

    assert snapshot() == before
    assert "nothing added" in output


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nn", "nb", "sv", "da", "en"])
def test_loading_a_language_twice_adds_nothing_the_second_time(settings, language):
    settings.LANGUAGE_CODE = language
    assert load(language=language).startswith("Demo content created:")
    before = snapshot()

    output = load(language=language)

    assert snapshot() == before
    assert "nothing added" in output
    assert Project.objects.count() == len(content.for_language(language).PROJECTS)


def refused(language):
    """The error of loading the demo in a language, after checking it loaded nothing."""
    empty = snapshot()
    with pytest.raises(CommandError) as error:
        load(language=language)
    assert snapshot() == empty
    assert not Project.objects.exists() and not SiteSettings.objects.exists()
    return str(error.value)


@pytest.mark.django_db
def test_an_unknown_language_is_refused_and_nothing_is_loaded():
    assert refused("xx") == (
        "There is no language 'xx' for the demo: choose one of nn, nb, sv, da, en."
    )


@pytest.mark.django_db
def test_a_language_whose_demo_is_not_written_is_refused_and_nothing_is_loaded(settings):
    # A language the site could speak with no content module, as nb, sv, da and en were.
    settings.SITE_LANGUAGES = settings.SITE_LANGUAGES | {"fi": "Finnish"}
    assert refused("fi") == (
        "Demo content in Finnish (fi) is not written yet: demo/content/fi.py is missing."
    )


def written_languages():
    folder = Path(content.__file__).parent
    return [code for code in content.languages() if (folder / f"{code}.py").exists()]


@pytest.mark.parametrize("language", written_languages())
def test_every_written_language_has_the_whole_shape_and_its_references_hold(language):
    demo = content.for_language(language)
    assert content.check(demo) == []
    areas = {slug for slug, *_ in demo.AREAS}
    themes = {slug for slug, *_ in demo.THEMES}
    projects = {spec["slug"] for spec in demo.PROJECTS}
    seen_areas = set()
    for slug, _name, kind, parent, _description in demo.AREAS:
        assert kind in {"region", "municipality", "village"}
        assert parent is None or parent in seen_areas, slug  # each after its parent
        seen_areas.add(slug)
    kinds = set(pictures.SCENES)
    for spec in demo.PROJECTS:
        assert set(spec["areas"]) <= areas and set(spec["themes"]) <= themes, spec["slug"]
        assert {key for key, _role in spec["contacts"]} <= set(demo.PEOPLE), spec["slug"]
        drawn = spec["pictures"] + [u["picture"] for u in spec["updates"] if u["picture"]]
        assert {kind for kind, *_ in drawn} <= kinds, spec["slug"]
        assert all(len(alt_text) > 20 for _kind, _seed, alt_text, *_ in drawn), spec["slug"]
    for slug, *_rest, project_slugs in demo.GROUPS:
        assert set(project_slugs) <= projects, slug
    assert {tip[0] for tip in demo.TIPS} - {None} <= projects
    meetings = [m if isinstance(m, dict) else content.meeting(*m) for m in demo.EVENTS]
    assert {slug for m in meetings for slug in m["projects"]} <= projects
    assert {m["organiser"] for m in meetings} - {None} <= set(demo.PEOPLE)
    owners = {"project": projects, "theme": themes}
    assert all(slug in owners[kind] for kind, slug, *_ in demo.INDICATORS)
    assert set(demo.LOGIN) == {"username", "first_name", "last_name", "email"}
    # The newer names (content.NEWER_NAMES), where a language has them.
    strategies = {slug for slug, *_ in getattr(demo, "STRATEGIES", [])}
    assert {rest[0] for _slug, _name, _text, *rest in demo.THEMES if rest} <= strategies
    earlier = set()
    for spec in demo.PROJECTS:
        assert spec.get("parent") is None or spec["parent"] in earlier, spec["slug"]
        earlier.add(spec["slug"])
    assert {key for key, *_ in getattr(demo, "SITE_CONTACTS", [])} <= set(demo.PEOPLE)
    for item in getattr(demo, "NEWS", []):
        assert item["theme"] is None or item["theme"] in themes, item["title"]
        assert item["area"] is None or item["area"] in areas, item["title"]
        assert set(item["authors"]) <= set(demo.PEOPLE), item["title"]
    pages = set()
    for page in getattr(demo, "PAGES", []):
        assert page["parent"] is None or page["parent"] in pages, page["slug"]
        assert page["theme"] is None or page["theme"] in themes, page["slug"]
        assert not (page["in_menu"] and page["parent"]), page["slug"]
        pages.add(page["slug"])


@pytest.mark.django_db
def test_generated_projects_come_complete_and_only_the_missing_ones_are_added():
    output = load(projects=3)

    generated = Project.objects.filter(slug__startswith="generert-prosjekt-")
    assert sorted(generated.values_list("slug", flat=True)) == [
        "generert-prosjekt-0001",
        "generert-prosjekt-0002",
        "generert-prosjekt-0003",
    ]
    for project in generated:
        assert project.updates.count() == 10
        assert project.images.count() == 4
        assert project.images.filter(is_cover=True).count() == 1
        assert not project.images.filter(alt_text="").exists()
        assert project.steering_groups.get().members.count() == 12
        assert project.contacts.count() == 2
    assert "Generated projects: 3 added" in output

    before = snapshot()
    assert "0 added, 3 already there" in load(projects=3)
    assert snapshot() == before

    assert "1 added, 3 already there" in load(projects=4)
    assert Project.objects.filter(slug__startswith="generert-prosjekt-").count() == 4
