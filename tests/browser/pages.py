"""Every public page, as the automatic checks visit it. A new public URL must be added here:
tests/browser/test_page_list.py fails until it is."""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from contacts.models import SteeringGroup
from demo.content import for_language
from events.models import Event
from figures.models import Indicator
from follows.links import confirm_url, manage_url, unsubscribe_url
from follows.models import Follow, Follower
from pages.models import Page
from projects.models import Project, Strategy, Theme
from tests import demo_snapshots
from tips.models import Tip
from updates.models import StatusUpdate


def a_receipt():
    """The receipt page of a tip, as its sender sees it."""
    tip = Tip.objects.create(
        message="Gatelyset ved skulen er ute.", submission_id=secrets.token_hex(10)
    )
    return f"{reverse('tips:sent')}?kvittering={tip.receipt}"


def a_follower():
    """A resident who follows a demo project and has asked to follow all news as well,
    not confirmed yet: their own page shows both."""
    project = Project.objects.get(slug=demo_slug("heim-til-fjorden"))
    now = timezone.now()
    follower, _ = Follower.objects.get_or_create(
        email="folgjar@example.org", defaults={"confirmed_at": now}
    )
    Follow.objects.get_or_create(follower=follower, project=project, defaults={"confirmed_at": now})
    Follow.objects.get_or_create(follower=follower, project=None, area=None, theme=None)
    return follower


def a_follow_link(url):
    """The path of a link from a follower's email."""
    return urlsplit(url).path


def a_confirmation_link():
    """The link in a new sign-up's confirmation email (the sign-up waiting for it)."""
    follower, _ = Follower.objects.get_or_create(email="ny.folgjar@example.org")
    follow, _ = Follow.objects.update_or_create(
        follower=follower, project=None, area=None, theme=None, defaults={"confirmed_at": None}
    )
    return a_follow_link(confirm_url(follower, [follow]))


# URL name -> how to get a path for it from the demo content.
PUBLIC_PAGES = {
    "projects:overview": lambda: reverse("projects:overview"),
    "projects:detail": lambda: Project.objects.get(
        slug=demo_slug("heim-til-fjorden")
    ).get_absolute_url(),
    "projects:accessibility": lambda: reverse("projects:accessibility"),
    "projects:news": lambda: reverse("projects:news"),
    # News of the development work as a whole if the demo has some, else any update.
    "projects:update": lambda: (
        StatusUpdate.objects.public().about_site().first() or StatusUpdate.objects.public().first()
    ).get_absolute_url(),
    "projects:area": lambda: reverse("projects:area", args=[demo_area_slug("lidal")]),
    "projects:areas": lambda: reverse("projects:areas"),
    "projects:themes": lambda: reverse("projects:themes"),
    "projects:theme": lambda: Theme.objects.order_by("position").first().get_absolute_url(),
    "projects:strategy": lambda: Strategy.objects.visible().first().get_absolute_url(),
    "projects:groups": lambda: reverse("projects:groups"),
    "projects:contacts": lambda: reverse("projects:contacts"),
    "projects:about": lambda: reverse("projects:about"),
    "pages:page": lambda: Page.objects.visible().first().get_absolute_url(),
    "projects:funding": lambda: reverse("projects:funding"),
    "projects:documents": lambda: reverse("projects:documents"),
    "events:upcoming": lambda: reverse("events:upcoming"),
    "events:archive": lambda: reverse("events:archive"),
    "events:detail": lambda: Event.objects.upcoming().first().get_absolute_url(),
    "figures:index": lambda: reverse("figures:index"),
    # Open data (issue 18); its files and API are not HTML (tests/test_open_data.py).
    "opendata:page": lambda: reverse("opendata:page"),
    "tips:send": lambda: reverse("tips:send"),
    "tips:sent": a_receipt,
    "tips:privacy": lambda: reverse("tips:privacy"),
    # Following by email (issue 18): the form, and the pages of the links in the emails.
    "follows:follow": lambda: (
        f"{reverse('follows:follow')}?project={demo_slug('heim-til-fjorden')}"
    ),
    "follows:sent": lambda: reverse("follows:sent"),
    "follows:confirm": a_confirmation_link,
    "follows:manage": lambda: a_follow_link(manage_url(a_follower())),
    "follows:unsubscribe": lambda: a_follow_link(unsubscribe_url(a_follower())),
    # What other sites show in a frame (issue 18, embeds/).
    "embeds:projects": lambda: reverse("embeds:projects"),
    "embeds:project": lambda: reverse("embeds:project", args=[demo_slug("heim-til-fjorden")]),
    "embeds:area": lambda: reverse("embeds:area", args=[demo_area_slug("lidal")]),
    "embeds:theme": lambda: reverse(
        "embeds:theme", args=[Theme.objects.visible().order_by("position").first().slug]
    ),
}
# Pages that are not a URL name of their own, but residents can land on.
EXTRA_PAGES = {
    "not found": lambda: reverse("projects:detail", args=["finst-ikkje"]),
    "project with everything": lambda: Project.objects.get(
        slug=demo_slug("sosial-utviklingsstrategi")
    ).get_absolute_url(),
    "meeting with its outcome": lambda: (
        Event.objects.past().exclude(outcome="").first().get_absolute_url()
    ),
    "sub-project": lambda: (
        Project.objects.visible().filter(parent__isnull=False).first().get_absolute_url()
    ),
}


# Pages with a form, and how to send it so that it shows its validation errors: the axe
# check visits each again in that state. tests/browser/test_page_list.py fails if a public
# page has a form that is missing here.
def send_empty_tip(page):
    page.locator("form.tip-form button[type=submit]").click()
    page.wait_for_load_state()


def send_empty_follow(page):
    page.locator("form.follow-form button[type=submit]").click()
    page.wait_for_load_state()


def press_the_button(page):
    """The one button of a page a follower's link opens (confirm, stop all emails)."""
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def save_how_often(page):
    page.locator("form.follow-form button[type=submit]").click()
    page.wait_for_load_state()


def filter_to_nothing(page):
    folded = page.locator("details.filter-disclosure:not([open]) > summary")
    if folded.count():  # the overview's filters, folded on a phone
        folded.click()
    search = page.locator("#id_q")
    if search.count():
        search.fill("qqqq zzzz")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()


FORM_PAGES = {
    "projects:overview": filter_to_nothing,
    "projects:news": filter_to_nothing,
    "projects:documents": filter_to_nothing,
    "tips:send": send_empty_tip,
    "follows:follow": send_empty_follow,
    "follows:confirm": press_the_button,
    "follows:manage": save_how_often,
    "follows:unsubscribe": press_the_button,
    "projects:detail": send_empty_tip,
    "project with everything": send_empty_tip,
    "sub-project": send_empty_tip,
}


def load_demo(monkeypatch):
    """The demo of the site's language. Small pictures keep it quick; the pages are the same."""
    monkeypatch.setattr("demo.loader.PICTURE_SIZE", (480, 300))
    demo_snapshots.load_demo(settings.LANGUAGE_CODE)


# The demo is written to one shape in every language (demo/content): a page is named by
# its place in the Nynorsk original.
def demo_slug(nynorsk_slug):
    index = [project["slug"] for project in for_language("nn").PROJECTS].index(nynorsk_slug)
    return for_language(settings.LANGUAGE_CODE).PROJECTS[index]["slug"]


def demo_area_slug(nynorsk_slug):
    index = [area[0] for area in for_language("nn").AREAS].index(nynorsk_slug)
    return for_language(settings.LANGUAGE_CODE).AREAS[index][0]


def admin_pages():
    """The admin pages the process leader uses, by address."""
    project = Project.objects.get(slug=demo_slug("heim-til-fjorden"))
    pages = [reverse("admin:index"), reverse("admin:two_step")]
    for model in [Project, StatusUpdate, Event, Indicator]:
        label = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages += [reverse(f"{label}_changelist"), reverse(f"{label}_add")]
    for name in ["tips_tip", "contacts_contactperson", "contacts_steeringgroup"]:
        pages.append(reverse(f"admin:{name}_changelist"))
    pages.append(reverse("admin:projects_project_change", args=[project.pk]))
    pages.append(reverse("admin:projects_project_history", args=[project.pk]))
    pages.append(reverse("admin:projects_sitesettings_change", args=[1]))
    # Strategies and their target areas (issue 17).
    pages.append(reverse("admin:projects_strategy_change", args=[Strategy.objects.first().pk]))
    # Pages of their own and the site's contacts (issue 17).
    pages += [reverse("admin:pages_page_changelist"), reverse("admin:pages_page_add")]
    pages.append(reverse("admin:pages_page_change", args=[Page.objects.first().pk]))
    pages.append(reverse("admin:contacts_sitecontact_changelist"))
    # The process leader's tools of issue 16.
    pages += [reverse("admin:projects_project_import"), reverse("admin:projects_project_export")]
    pages.append(reverse("admin:history_keptchange_changelist"))
    pages.append(reverse("admin:nudges_digestpreference_changelist"))
    pages.append(reverse("admin:nudges_digestschedule_change", args=[1]))
    update = StatusUpdate.objects.filter(project=project).first()
    pages.append(reverse("admin:updates_statusupdate_change", args=[update.pk]))
    group = project.steering_groups.first() or SteeringGroup.objects.first()
    pages.append(reverse("admin:contacts_steeringgroup_change", args=[group.pk]))
    tip = Tip.objects.first() or Tip.objects.create(
        message="Gatelyset ved skulen er ute.\nDet er mørkt om morgonen.",
        project=project,
        submission_id=secrets.token_hex(10),
    )
    pages.append(reverse("admin:tips_tip_change", args=[tip.pk]))
    # A held meeting: its report open, with projects, organiser and documents (issue 17).
    held = Event.objects.past().exclude(outcome="").first() or Event.objects.first()
    pages.append(reverse("admin:events_event_change", args=[held.pk]))
    return pages


def all_page_paths():
    return {name: path() for name, path in (PUBLIC_PAGES | EXTRA_PAGES).items()}
