"""News about a target area, an area or the development work as a whole, not one project:
the model's rules, the update form, where residents read it, and what they never see."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape

from projects.models import Project
from tests.admin_forms import inline_rows
from tests.base import (
    NOW,
    make_area,
    make_process_leader,
    make_project,
    make_theme,
    make_update,
)
from updates.models import StatusUpdate

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/updates/statusupdate/add/"


def in_nynorsk(text, **params):
    """A text as residents and the process leader read it, translated or not yet."""
    with translation.override("nn"):
        return escape(translation.gettext(text) % params)


@pytest.fixture
def leader_client():
    client = Client()
    client.force_login(make_process_leader())
    return client


def news_form(about, **fields):
    now = timezone.localtime() - timedelta(minutes=5)
    data = {
        "about": about,
        "project": "",
        "theme": "",
        "area": "",
        "title": "Dei prioriterte innsatsområda er no fastsette",
        "body": "<p>Kommunestyret vedtok fire innsatsområde.</p>",
        "new_status": "",
        "new_progress": "",
        "byline": "",
        "published_at_0": now.strftime("%Y-%m-%d"),
        "published_at_1": now.strftime("%H:%M:%S"),
        "is_published": "on",
    }
    data |= fields
    data |= inline_rows("images", []) | inline_rows("documents", [])
    return data


def texts(html, selector):
    return [
        tag.get_text(" ", strip=True) for tag in BeautifulSoup(html, "html.parser").select(selector)
    ]


def site_update(title="Årsstatus for alt bygdearbeid", **fields):
    return make_update(None, title=title, **fields)


# The model's rules


def test_an_update_about_two_things_is_refused_at_the_target_area_field():
    update = StatusUpdate(project=make_project(), theme=make_theme(), title="To ting")

    with pytest.raises(ValidationError) as refused:
        update.full_clean()

    assert "theme" in refused.value.message_dict


def test_only_an_update_about_a_project_can_change_a_status():
    for kind in ({"theme": make_theme()}, {"area": make_area()}, {}):
        update = StatusUpdate(title="Ny status", new_status="ongoing", **kind)
        with pytest.raises(ValidationError) as refused:
            update.full_clean()
        assert list(refused.value.message_dict) == ["new_status"]


def test_each_update_knows_what_it_is_about():
    theme, area, project = make_theme(), make_area(), make_project()

    about = {
        update.title: update.about
        for update in [
            make_update(project, title="Prosjekt"),
            make_update(None, title="Tema", theme=theme),
            make_update(None, title="Område", area=area),
            site_update(title="Heile"),
        ]
    }

    assert about == {"Prosjekt": "project", "Tema": "theme", "Område": "area", "Heile": "site"}
    assert list(StatusUpdate.objects.about_kind("site").values_list("title", flat=True)) == [
        "Heile"
    ]


def test_a_project_s_status_and_activity_ignore_news_about_anything_else():
    theme, area = make_theme(), make_area()
    project = make_project(status="planned")
    project.themes.add(theme)
    project.areas.add(area)
    # Saved without the form's checks: even a status on such an update moves no project.
    for fields in ({"theme": theme}, {"area": area}, {}):
        make_update(None, title="Anna nytt", new_status="completed", new_progress=90, **fields)

    shown = Project.objects.get(pk=project.pk)

    assert shown.last_update_at is None
    assert (shown.current_status, shown.current_progress) == ("planned", None)
    assert shown.last_activity_at == shown.created_at


# The update form


def test_the_process_leader_posts_news_about_the_whole_development_work(leader_client):
    response = leader_client.post(ADD_URL, news_form("site"), follow=True)

    update = StatusUpdate.objects.get()
    assert (update.project, update.theme, update.area) == (None, None, None)
    assert in_nynorsk("Residents see it on the news page and on the front page.") in response.text
    assert f'href="{update.get_absolute_url()}"' in response.text
    # With no project to go back to, Save leads to the list of updates.
    assert response.redirect_chain[0][0] == "/admin/updates/statusupdate/"
    resident = Client()
    assert update.title in resident.get("/aktuelt/").text
    latest = resident.get("/").text
    assert update.title in latest[latest.index('id="latest-updates"') :]


def test_news_about_a_target_area_is_posted_and_shown_on_its_page(leader_client):
    theme = make_theme("Bustad")

    response = leader_client.post(ADD_URL, news_form("theme", theme=theme.pk))

    assert response.status_code == 302
    # Back to the target area the update is about.
    assert response["Location"] == f"/admin/projects/theme/{theme.pk}/change/"
    update = StatusUpdate.objects.get()
    assert update.theme == theme and update.project is None
    page = Client().get(theme.get_absolute_url()).text
    assert texts(page, ".subject-news .update__title") == [update.title]


def test_a_target_area_left_unnamed_is_asked_for_at_its_field(leader_client):
    response = leader_client.post(ADD_URL, news_form("theme"))

    errors = response.context["adminform"].form.errors
    assert errors["theme"] == [in_nynorsk("Choose the target area the update is about.")]
    assert not StatusUpdate.objects.exists()
    assert "Dei prioriterte innsatsområda er no fastsette" in response.text


def test_a_project_named_for_news_about_an_area_is_refused_at_the_project_field(leader_client):
    area, project = make_area(), make_project()

    response = leader_client.post(ADD_URL, news_form("area", area=area.pk, project=project.pk))

    errors = response.context["adminform"].form.errors
    assert list(errors) == ["project"]
    assert not StatusUpdate.objects.exists()


def test_a_status_on_news_about_the_whole_work_is_refused_at_the_status(leader_client):
    response = leader_client.post(ADD_URL, news_form("site", new_status="ongoing"))

    errors = response.context["adminform"].form.errors
    assert errors["new_status"] == [
        in_nynorsk("Only an update about a project can change a status.")
    ]
    assert not StatusUpdate.objects.exists()


def test_the_form_opened_for_an_area_has_it_chosen(leader_client):
    area = make_area()

    page = BeautifulSoup(leader_client.get(f"{ADD_URL}?area={area.pk}").text, "html.parser")

    assert page.select_one("input[name=about]:checked")["value"] == "area"
    assert page.select_one("select[name=area] option[selected]")["value"] == str(area.pk)


def test_after_saving_the_process_leader_goes_back_where_the_form_was_opened(leader_client):
    response = leader_client.post(f"{ADD_URL}?next=/admin/", news_form("site"))
    assert response["Location"] == "/admin/"


def test_the_list_shows_what_each_update_is_about_and_filters_by_it(leader_client):
    make_update(make_project("Ny skule"), title="Om skulen")
    make_update(None, title="Om bustad", theme=make_theme("Bustad"))
    site_update(title="Om alt")

    listed = leader_client.get("/admin/updates/statusupdate/").text
    only_themes = leader_client.get("/admin/updates/statusupdate/?about=theme").text

    assert "Bustad" in listed and "Ny skule" in listed
    assert in_nynorsk("The development work as a whole") in listed
    assert "Om bustad" in only_themes
    assert "Om skulen" not in only_themes and "Om alt" not in only_themes


def test_the_start_page_lists_drafts_and_scheduled_news_by_what_they_are_about(leader_client):
    site_update(title="Utkast om alt", is_published=False)
    make_update(
        None,
        title="Planlagt om Lidal",
        area=make_area("Lidal"),
        published_at=timezone.now() + timedelta(days=3),
    )

    page = leader_client.get("/admin/").text

    assert "Utkast om alt" in page and "Planlagt om Lidal" in page
    assert in_nynorsk("The development work as a whole") in page and "Lidal ·" in page


# Where residents read it


def test_the_news_page_says_what_each_update_is_about(client):
    theme, area = make_theme("Bustad"), make_area("Lidal")
    make_update(make_project("Ny skule"), title="Om skulen")
    make_update(None, title="Om bustad", theme=theme)
    make_update(None, title="Om Lidal", area=area)
    site_update(title="Om alt")

    abouts = texts(client.get("/aktuelt/").text, ".news-item__about")

    whole = in_nynorsk("The development work as a whole")
    assert abouts[0] == whole  # the newest first: all were made a day ago, the last wins
    assert any(about.endswith("Ny skule") for about in abouts)
    assert any(about.endswith("Bustad") for about in abouts)
    assert any(about.endswith("Lidal") for about in abouts)


def test_the_news_page_filters_by_what_the_news_is_about(client):
    theme = make_theme("Bustad")
    housing = make_project("Nye bustader")
    housing.themes.add(theme)
    make_update(housing, title="Om bustadene")
    make_update(make_project("Ny skule"), title="Om skulen")
    make_update(None, title="Om bustad", theme=theme)
    site_update(title="Om alt")

    def titles(query):
        return texts(client.get(f"/aktuelt/?{query}").text, ".update__title")

    assert titles("about=site") == ["Om alt"]
    assert sorted(titles("theme=bustad")) == ["Om bustad", "Om bustadene"]
    assert titles("about=theme&theme=bustad") == ["Om bustad"]
    assert sorted(titles("about=project")) == ["Om bustadene", "Om skulen"]


def test_the_news_filter_finds_a_project_s_news_by_its_name_not_in_a_list_of_projects(client):
    # A list of every project grew the page with each one (tests/test_news_filter.py).
    make_update(make_project("Ny skule"), title="Om skulen")
    make_update(make_project("Kaia"), title="Om kaia")
    make_update(make_project("Berre kladd"), title="Kladd", is_published=False)

    assert not texts(client.get("/aktuelt/").text, "select[name=project] option")
    assert texts(client.get("/aktuelt/?q=skule").text, ".news-item .update__title") == ["Om skulen"]


def test_an_area_page_shows_the_news_of_the_area_the_areas_in_it_and_its_projects(client):
    municipality = make_area("Vik", kind="municipality")
    village = make_area("Lidal", parent=municipality)
    project = make_project("Ny skule i Lidal")
    project.areas.add(village)
    make_update(None, title="Om Vik", area=municipality)
    make_update(None, title="Om Lidal", area=village)
    make_update(project, title="Om skulen")
    make_update(None, title="Om Nabobygda", area=make_area("Nabobygda"))
    make_update(make_project("Anna prosjekt"), title="Om noko anna")

    shown = texts(client.get(municipality.get_absolute_url()).text, ".subject-news .update__title")

    assert sorted(shown) == ["Om Lidal", "Om Vik", "Om skulen"]
    in_village = client.get(village.get_absolute_url()).text
    assert sorted(texts(in_village, ".subject-news .update__title")) == ["Om Lidal", "Om skulen"]


def test_a_target_area_page_shows_its_own_news_and_links_to_the_rest(client):
    theme = make_theme("Bustad")
    make_update(None, title="Om Kultur", theme=make_theme("Kultur", slug="kultur"))
    for day in range(7):
        make_update(
            None, title=f"Bustad {day}", theme=theme, published_at=NOW - timedelta(days=day + 1)
        )

    page = client.get(theme.get_absolute_url()).text

    assert texts(page, ".subject-news .update__title") == [f"Bustad {day}" for day in range(5)]
    more = BeautifulSoup(page, "html.parser").select_one(".subject-news__more a")["href"]
    assert texts(client.get(more).text, ".update__title") == [f"Bustad {d}" for d in range(7)]


def test_pages_without_news_show_no_empty_news_section(client):
    theme, area = make_theme(), make_area()
    assert "subject-news" not in client.get(theme.get_absolute_url()).text
    assert "subject-news" not in client.get(area.get_absolute_url()).text


# What residents never see


@pytest.fixture
def hidden_news():
    """A draft, a scheduled update and one of an unpublished project, all about things a
    resident can open."""
    theme, area = make_theme("Bustad"), make_area("Lidal")
    secret = make_project("Hemmeleg", is_published=False)
    secret.areas.add(area)
    secret.themes.add(theme)
    return [
        make_update(None, title="Kladd om bustad", theme=theme, is_published=False),
        make_update(
            None, title="Planlagt om Lidal", area=area, published_at=timezone.now() + timedelta(1)
        ),
        make_update(secret, title="Om det hemmelege"),
        site_update(title="Kladd om alt", is_published=False),
    ]


def test_hidden_news_is_on_no_public_page(client, hidden_news):
    pages = ["/", "/aktuelt/", "/aktuelt/?theme=bustad", "/aktuelt/?area=lidal"]
    pages += [hidden_news[0].theme.get_absolute_url(), hidden_news[1].area.get_absolute_url()]
    for url in pages:
        text = client.get(url).text
        for update in hidden_news:
            assert update.title not in text, url


def test_the_page_of_hidden_news_is_not_found_for_residents_but_shown_to_staff(client, hidden_news):
    leader = Client()
    leader.force_login(make_process_leader())
    for update in hidden_news:
        assert client.get(update.get_absolute_url()).status_code == 404
        preview = leader.get(update.get_absolute_url())
        assert preview.status_code == 200 and update.title in preview.text
        assert "update--hidden" in preview.text or "banner--preview" in preview.text
    # After a look by staff, residents still get "not found" (nothing kept for them).
    assert client.get(hidden_news[0].get_absolute_url()).status_code == 404


def test_an_update_s_page_has_its_crumbs_what_it_is_about_and_its_documents(client):
    from projects.models import Document

    theme = make_theme("Bustad")
    update = make_update(None, title="Innsatsområda er fastsette", theme=theme)
    Document.objects.create(
        update=update, title="Vedtaket i kommunestyret", url="https://example.org/vedtak"
    )
    Document.objects.create(
        update=update, title="Utkastet", url="https://example.org/utkast", is_published=False
    )

    page = client.get(update.get_absolute_url()).text

    assert texts(page, ".breadcrumbs li")[-2:] == [in_nynorsk("News"), update.title]
    about = BeautifulSoup(page, "html.parser").select_one(".news-item__about a")
    assert about["href"] == theme.get_absolute_url()
    assert texts(page, "h1") == [update.title]
    assert "Vedtaket i kommunestyret" in page and "Utkastet" not in page
