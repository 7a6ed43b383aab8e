"""Every public page, as the automatic checks visit it. A new public URL must be added here:
tests/browser/test_page_list.py fails until it is."""

import secrets

from django.core.management import call_command
from django.urls import reverse

from events.models import Event
from projects.models import Project, Theme
from tips.models import Tip


def a_receipt():
    """The receipt page of a tip, as its sender sees it."""
    tip = Tip.objects.create(
        message="Gatelyset ved skulen er ute.", submission_id=secrets.token_hex(10)
    )
    return f"{reverse('tips:sent')}?kvittering={tip.receipt}"


# URL name -> how to get a path for it from the demo content.
PUBLIC_PAGES = {
    "projects:overview": lambda: reverse("projects:overview"),
    "projects:detail": lambda: Project.objects.get(slug="heim-til-fjorden").get_absolute_url(),
    "projects:accessibility": lambda: reverse("projects:accessibility"),
    "projects:news": lambda: reverse("projects:news"),
    "projects:area": lambda: reverse("projects:area", args=["lidal"]),
    "projects:themes": lambda: reverse("projects:themes"),
    "projects:theme": lambda: Theme.objects.order_by("position").first().get_absolute_url(),
    "projects:groups": lambda: reverse("projects:groups"),
    "projects:contacts": lambda: reverse("projects:contacts"),
    "projects:about": lambda: reverse("projects:about"),
    "events:upcoming": lambda: reverse("events:upcoming"),
    "events:archive": lambda: reverse("events:archive"),
    "events:detail": lambda: Event.objects.upcoming().first().get_absolute_url(),
    "figures:index": lambda: reverse("figures:index"),
    "tips:send": lambda: reverse("tips:send"),
    "tips:sent": a_receipt,
    "tips:privacy": lambda: reverse("tips:privacy"),
}
# Pages that are not a URL name of their own, but residents can land on.
EXTRA_PAGES = {
    "not found": lambda: reverse("projects:detail", args=["finst-ikkje"]),
    "project with everything": lambda: Project.objects.get(
        slug="sosial-utviklingsstrategi"
    ).get_absolute_url(),
}


# Pages with a form, and how to send it so that it shows its validation errors: the axe
# check visits each again in that state. tests/browser/test_page_list.py fails if a public
# page has a form that is missing here.
def send_empty_tip(page):
    page.get_by_role("button", name="Send tipset").click()
    page.wait_for_load_state()


def filter_to_nothing(page):
    search = page.locator("#id_q")
    if search.count():
        search.fill("finst ikkje noko slikt")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()


FORM_PAGES = {
    "projects:overview": filter_to_nothing,
    "projects:news": filter_to_nothing,
    "tips:send": send_empty_tip,
    "projects:detail": send_empty_tip,
    "project with everything": send_empty_tip,
}


def load_demo(monkeypatch):
    # Small pictures keep it quick; the pages are the same. The Nynorsk demo whatever the
    # site's language: the pages above name its slugs.
    monkeypatch.setattr("demo.loader.PICTURE_SIZE", (480, 300))
    call_command("load_demo", language="nn", verbosity=0)


def all_page_paths():
    return {name: path() for name, path in (PUBLIC_PAGES | EXTRA_PAGES).items()}
