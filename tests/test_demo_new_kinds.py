"""The demo in each language has at least one of every kind of content issue 17 added, and a
resident finds each on a public page.

The demo's languages are written to nn's shape (demo/content/__init__.py), so every check
names its content by its place in the language's own module, not by a text: the same test
reads the Nynorsk, Bokmål, Swedish, Danish and English demo.
"""

import shutil
import tempfile
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import translation

from contacts.models import SteeringGroup
from demo import content
from events.models import Event
from pages.models import Page
from projects.models import Area, Document, Project, Strategy, Theme
from updates.models import StatusUpdate

LANGUAGES = ["nn", "nb", "sv", "da", "en"]


def plain(html):
    """Text as a resident reads it: tags gone, white space single."""
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def first_sentence(html):
    return plain(html).split(". ")[0]


def meetings(demo):
    return [m if isinstance(m, dict) else content.meeting(*m) for m in demo.EVENTS]


def members(demo):
    for _slug, _name, _kind, _description, group_members, _projects in demo.GROUPS:
        for member in group_members:
            yield member if isinstance(member, dict) else content.member(*member)


def documents(spec):
    return [d if isinstance(d, dict) else content.document(d[0], "other", pdf=d[1:]) for d in spec]


# What a language must have of nn's newer content, without its texts: counts, kinds,
# dates, numbers and which thing refers to which (by place, as slugs are in the language).
def shape(demo):
    def place(items, key=lambda item: item[0]):
        return {key(item): index for index, item in enumerate(items)}

    strategies = place(demo.STRATEGIES) if hasattr(demo, "STRATEGIES") else {}
    themes = place(demo.THEMES)
    areas = place(demo.AREAS)
    people = place(list(demo.PEOPLE), key=lambda key: key)
    projects = place(demo.PROJECTS, key=lambda spec: spec["slug"])
    pages = place(getattr(demo, "PAGES", []), key=lambda spec: spec["slug"])

    def document_shape(spec):
        return [(d["kind"], d["dated"], bool(d["url"]), bool(d["pdf"])) for d in documents(spec)]

    return {
        "names": content.check_newer(demo),
        "strategies": [(start, end) for _s, _n, _g, start, end in getattr(demo, "STRATEGIES", [])],
        "themes of strategies": [
            strategies.get(rest[0]) if rest else None for _s, _n, _d, *rest in demo.THEMES
        ],
        "site contacts": [
            (people[key], role, bool(own)) for key, role, own in getattr(demo, "SITE_CONTACTS", [])
        ],
        "news": [
            (
                item["when"],
                themes.get(item["theme"]),
                areas.get(item["area"]),
                [people[key] for key in item["authors"]],
                bool(item["byline"]),
                document_shape(item["documents"]),
            )
            for item in getattr(demo, "NEWS", [])
        ],
        "pages": [
            (
                pages.get(page["parent"]),
                themes.get(page["theme"]),
                page["in_menu"],
                [(kind, seed) for kind, seed, *_ in page["pictures"]],
                document_shape(page["documents"]),
                page["body"].count("<tr>"),
                page["body"].count("<th>"),
            )
            for page in getattr(demo, "PAGES", [])
        ],
        "site documents": document_shape(getattr(demo, "SITE_DOCUMENTS", [])),
        "projects": [
            (
                projects.get(spec.get("parent")),
                spec.get("weight", 1),
                spec.get("progress_from", "own"),
                spec["status"],
                spec["progress"],
                [themes[slug] for slug in spec["themes"]],
                [
                    (m["kind"], m["planned"], m["happened"], m["until"], bool(m["case_url"]))
                    for m in spec.get("milestones", [])
                ],
                # A language may count in its own currency (NOK, SEK, DKK) beside euro.
                [
                    (kind, amount, currency == "EUR", start, end)
                    for _s, kind, amount, currency, start, end in spec.get("funding", [])
                ],
                [
                    (kind, still[:2] if still else None)
                    for kind, _t, _u, still in spec.get("links", [])
                ],
                document_shape(spec.get("documents", [])),
                [
                    (u["when"], [people[key] for key in u["authors"]], bool(u["byline"]))
                    for u in spec["updates"]
                ],
            )
            for spec in demo.PROJECTS
        ],
        "meetings": [
            (
                m["days"],
                sorted(projects[slug] for slug in m["projects"]),
                m["audience"],
                people.get(m["organiser"]),
                bool(m["sign_up"]),
                m["sign_up_by"],
                bool(m["outcome"]),
                m["attendance"],
                document_shape(m["documents"]),
            )
            for m in meetings(demo)
        ],
        "group members": [
            (
                m["role"],
                bool(m["role_other"]),
                m["term_starts_on"],
                m["term_ends_on"],
                m["portrait"],
            )
            for m in members(demo)
        ],
        "key figures": [
            (
                kind,
                sorted(key for key, value in fields.items() if value not in ("", None)),
                fields.get("index_base_year"),
                [(day, value) for day, value, _note in values],
                [
                    (line_kind, [(day, value) for day, value, _note in line_values])
                    for _name, line_kind, line_values in (further[0] if further else [])
                ],
            )
            for kind, _slug, fields, values, *further in demo.INDICATORS
        ],
    }


NYNORSK_SHAPE = None


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_the_new_kinds_of_content_in_the_shape_of_nynorsk(language):
    global NYNORSK_SHAPE
    NYNORSK_SHAPE = NYNORSK_SHAPE or shape(content.for_language("nn"))
    written = shape(content.for_language(language))
    assert written["names"] == [], f"demo/content/{language}.py lacks {written['names']}"
    for part, nynorsk in NYNORSK_SHAPE.items():
        assert written[part] == nynorsk, f"{language}: {part} differ from nn's"


class NewKindsOnPublicPages(TestCase):
    """One language's demo, loaded once; each test looks for one new kind on a public
    page. Subclassed below for each language."""

    __test__ = False
    language = None

    @classmethod
    def setUpClass(cls):
        # Files written once for the class; the per-test media folder (conftest) comes later.
        cls.media = tempfile.mkdtemp()
        cls.addClassCleanup(shutil.rmtree, cls.media, ignore_errors=True)
        cls.enterClassContext(override_settings(MEDIA_ROOT=cls.media, LANGUAGE_CODE=cls.language))
        cls.enterClassContext(translation.override(cls.language))
        cls.demo = content.for_language(cls.language)
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        # Tiny pictures keep this quick; drawing and picture pipeline are the same at any size.
        with mock.patch("demo.loader.PICTURE_SIZE", (160, 100)):
            call_command("load_demo", language=cls.language, verbosity=0)

    def setUp(self):
        missing = content.check_newer(self.demo)
        assert not missing, f"demo/content/{self.language}.py lacks {', '.join(missing)}"

    def page(self, path):
        """The page at path as a resident gets it, parsed, with the class's files."""
        with self.settings(MEDIA_ROOT=self.media):
            response = self.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return BeautifulSoup(response.content, "html.parser")

    def assert_reads(self, page, *texts):
        read = " ".join(page.get_text(" ").split())
        for text in texts:
            assert plain(text) in read, f"{text!r} is not on the page"

    def news_item(self, about, *having):
        """The first item of NEWS about a "theme", an "area" or the whole "site" that has
        the keys given, with its update."""
        item = next(
            item
            for item in self.demo.NEWS
            if ("theme" if item["theme"] else "area" if item["area"] else "site") == about
            and all(item[key] for key in having)
        )
        return item, StatusUpdate.objects.get(project=None, title=item["title"])

    def person_name(self, key):
        return self.demo.PEOPLE[key][0]

    # News beyond projects

    def test_a_site_wide_update_is_in_the_news_and_on_the_overview(self):
        recent = next(
            item
            for item in self.demo.NEWS
            if not item["theme"] and not item["area"] and isinstance(item["when"], int)
        )
        self.assert_reads(self.page(reverse("projects:news")), recent["title"])
        self.assert_reads(self.page(reverse("projects:overview")), recent["title"])

    def test_an_update_names_its_authors_and_its_byline_on_its_page(self):
        item, update = self.news_item("site", "authors", "byline")
        page = self.page(update.get_absolute_url())
        names = [self.person_name(key) for key in item["authors"]]
        self.assert_reads(page, item["title"], *names, item["byline"])
        document = item["documents"][0]
        self.assert_reads(page, document["title"])

    def test_an_update_about_a_target_area_is_on_its_page(self):
        item, _update = self.news_item("theme")
        theme = Theme.objects.get(slug=item["theme"])
        self.assert_reads(self.page(theme.get_absolute_url()), item["title"])

    def test_an_update_about_an_area_is_on_its_page(self):
        item, _update = self.news_item("area")
        area = Area.objects.get(slug=item["area"])
        self.assert_reads(self.page(area.get_absolute_url()), item["title"])

    # Pages

    def test_a_page_has_its_address_its_picture_and_the_top_one_is_in_the_menu(self):
        top = next(spec for spec in self.demo.PAGES if spec["in_menu"])
        page = Page.objects.get(slug=top["slug"])
        shown = self.page(page.get_absolute_url())
        self.assert_reads(shown, top["title"], first_sentence(top["body"]))
        alt_text = top["pictures"][0][2]
        assert shown.find("img", alt=alt_text), "the page's picture is not shown"
        children = [spec for spec in self.demo.PAGES if spec["parent"] == top["slug"]]
        assert len(children) == 2
        self.assert_reads(shown, *(child["title"] for child in children))
        menu = self.page(reverse("projects:overview")).find("header")
        assert menu.find("a", href=page.get_absolute_url()), "the page is not in the menu"

    def test_a_page_has_its_document_and_its_table(self):
        spec = next(spec for spec in self.demo.PAGES if "<table" in spec["body"])
        shown = self.page(Page.objects.get(slug=spec["slug"]).get_absolute_url())
        table = shown.find("main").find("table")
        assert table, "the rich-text table is not on the page"
        header = BeautifulSoup(spec["body"], "html.parser").find("th").get_text()
        assert table.find("th", string=lambda text: text and header in text)
        self.assert_reads(shown, spec["documents"][0]["title"])

    def test_a_page_under_a_target_area_is_listed_on_it(self):
        spec = next(spec for spec in self.demo.PAGES if spec["theme"])
        theme = Theme.objects.get(slug=spec["theme"])
        page = Page.objects.get(slug=spec["slug"])
        shown = self.page(theme.get_absolute_url())
        assert shown.find("a", href=page.get_absolute_url()), "the page is not on its target area"

    # Contacts, strategies

    def test_the_site_contacts_are_on_the_contact_page_and_in_the_footer(self):
        names = [self.person_name(key) for key, _role, _own in self.demo.SITE_CONTACTS]
        own_words = [own for _key, role, own in self.demo.SITE_CONTACTS if role == "other"]
        assert own_words
        self.assert_reads(self.page(reverse("projects:contacts")), *names, *own_words)
        footer = self.page(reverse("projects:overview")).find("footer")
        self.assert_reads(footer, *names, *own_words)

    def test_the_second_strategy_is_on_the_goals_page_with_its_target_areas(self):
        slug, name, goal, _starts, _ends = self.demo.STRATEGIES[1]
        own_themes = [n for _s, n, _d, *rest in self.demo.THEMES if rest and rest[0] == slug]
        assert own_themes
        self.assert_reads(self.page(reverse("projects:themes")), name, *own_themes)
        strategy = Strategy.objects.get(slug=slug)
        self.assert_reads(self.page(strategy.get_absolute_url()), name, first_sentence(goal))

    # Plans, milestones, funding, links

    def project_with(self, key):
        spec = next(spec for spec in self.demo.PROJECTS if spec.get(key))
        return spec, self.page(Project.objects.get(slug=spec["slug"]).get_absolute_url())

    def test_a_plan_lists_its_actions(self):
        spec, shown = self.project_with("progress_from")
        actions = [s for s in self.demo.PROJECTS if s.get("parent") == spec["slug"]]
        assert len(actions) >= 3
        self.assert_reads(shown, *(action["title"] for action in actions))
        for action in actions:
            url = Project.objects.get(slug=action["slug"]).get_absolute_url()
            assert shown.find("a", href=url), action["slug"]

    def test_a_milestone_with_its_case_number_is_on_the_project_page(self):
        spec = next(
            s for s in self.demo.PROJECTS if any(m["case_number"] for m in s.get("milestones", []))
        )
        milestone = next(m for m in spec["milestones"] if m["case_number"])
        shown = self.page(Project.objects.get(slug=spec["slug"]).get_absolute_url())
        self.assert_reads(shown, milestone["title"], milestone["case_number"])
        assert shown.find("a", href=milestone["case_url"]), "no link to the case"

    def test_the_funding_is_a_table_on_the_project_page(self):
        spec = next(
            s for s in self.demo.PROJECTS if len({row[3] for row in s.get("funding", [])}) > 1
        )
        shown = self.page(Project.objects.get(slug=spec["slug"]).get_absolute_url())
        tables = " ".join(" ".join(t.get_text(" ").split()) for t in shown.find_all("table"))
        for source, _kind, _amount, currency, *_years in spec["funding"]:
            assert source in tables and currency in tables, source

    def test_the_project_links_and_the_video_still_are_on_the_project_page(self):
        spec, shown = self.project_with("links")
        for _kind, title, url, still in spec["links"]:
            self.assert_reads(shown, title)
            assert shown.find("a", href=url), url
            if still:
                assert shown.find("img", alt=still[2]), "no still picture for the video"

    # Documents

    def test_a_link_document_is_on_its_project_and_in_the_document_library(self):
        spec, document = next(
            (s, d)
            for s in self.demo.PROJECTS
            for d in documents(s.get("documents", []))
            if d["url"]
        )
        shown = self.page(Project.objects.get(slug=spec["slug"]).get_absolute_url())
        assert shown.find("a", href=document["url"]), "the link document is not on the project"
        library = self.page(reverse("projects:documents"))
        self.assert_reads(library, document["title"])
        assert library.find("a", href=document["url"])
        for site_document in self.demo.SITE_DOCUMENTS:
            self.assert_reads(library, site_document["title"])
        kinds = {d.kind_of_document for d in Document.objects.visible()}
        assert len(kinds) >= 5

    # Meetings

    def test_a_meeting_names_its_organiser_and_how_to_sign_up(self):
        spec = next(m for m in meetings(self.demo) if m["sign_up"])
        event = Event.objects.get(title=spec["title"])
        shown = self.page(event.get_absolute_url())
        self.assert_reads(shown, spec["title"], self.person_name(spec["organiser"]))
        assert shown.find("a", href=spec["sign_up"]), "no sign-up link"
        self.assert_reads(self.page(reverse("events:upcoming")), spec["title"])

    def test_a_held_meeting_of_two_projects_tells_what_came_out_of_it(self):
        spec = next(m for m in meetings(self.demo) if m["outcome"])
        assert len(spec["projects"]) == 2 and spec["attendance"]
        event = Event.objects.get(title=spec["title"])
        shown = self.page(event.get_absolute_url())
        self.assert_reads(shown, first_sentence(spec["outcome"]), str(spec["attendance"]))
        for slug in spec["projects"]:
            assert shown.find("a", href=Project.objects.get(slug=slug).get_absolute_url()), slug
        archive = self.page(reverse("events:archive"))
        self.assert_reads(archive, spec["title"], str(spec["attendance"]))
        assert archive.find("a", href=f"{event.get_absolute_url()}#event-outcome-title")
        with_documents = next(m for m in meetings(self.demo) if m["documents"])
        shown = self.page(Event.objects.get(title=with_documents["title"]).get_absolute_url())
        self.assert_reads(shown, with_documents["documents"][0]["title"])

    # Key figures, groups

    def test_a_key_figure_names_its_source_and_draws_its_further_series(self):
        _kind, _slug, fields, _values, further = next(i for i in self.demo.INDICATORS if len(i) > 4)
        shown = self.page(reverse("figures:index"))
        self.assert_reads(shown, fields["name"], fields["source"], first_sentence(fields["about"]))
        assert shown.find("a", href=fields["source_url"]), "no link to the source"
        self.assert_reads(shown, *(name for name, _line_kind, _values in further))

    def test_group_members_have_the_new_roles_and_their_terms(self):
        found = list(members(self.demo))
        deputy = next(m for m in found if m["role"] == "deputy")
        other = next(m for m in found if m["role"] == "other")
        termed = next(m for m in found if m["term_starts_on"] and m["term_ends_on"])
        term = f"{termed['term_starts_on'].year}–{termed['term_ends_on'].year}"
        shown = self.page(reverse("projects:groups"))
        self.assert_reads(shown, deputy["name"], other["name"], other["role_other"], term)
        assert any(m.portrait for g in SteeringGroup.objects.all() for m in g.members.all())
        with_portrait = next(m for m in found if m["portrait"] is not None)
        self.assert_reads(shown, with_portrait["name"])


for _code in LANGUAGES:
    _name = f"NewKindsOnPublicPages_{_code}"
    globals()[_name] = type(
        _name,
        (NewKindsOnPublicPages,),
        {
            "__test__": True,
            "language": _code,
            # One test process loads each language's demo once (make test: --dist loadgroup).
            "pytestmark": [pytest.mark.xdist_group(f"demo-{_code}")],
        },
    )
