"""Every public page, as the automatic checks visit it. A new public URL must be added here:
tests/browser/test_page_list.py fails until it is."""

from django.core.management import call_command

from events.models import Event
from projects.models import Project, Theme

# URL name -> how to get a path for it from the demo content.
PUBLIC_PAGES = {
    "projects:overview": lambda: "/",
    "projects:detail": lambda: Project.objects.get(slug="heim-til-fjorden").get_absolute_url(),
    "projects:accessibility": lambda: "/tilgjengelegheit/",
    "projects:news": lambda: "/aktuelt/",
    "projects:area": lambda: "/omraade/lidal/",
    "projects:themes": lambda: "/satsingsomraade/",
    "projects:theme": lambda: Theme.objects.order_by("position").first().get_absolute_url(),
    "projects:groups": lambda: "/grupper/",
    "projects:contacts": lambda: "/kontakt/",
    "projects:about": lambda: "/om/",
    "events:upcoming": lambda: "/moete/",
    "events:archive": lambda: "/moete/arkiv/",
    "events:detail": lambda: Event.objects.upcoming().first().get_absolute_url(),
    "figures:index": lambda: "/noekkeltal/",
    "tips:send": lambda: "/tips/",
    "tips:sent": lambda: "/tips/sendt/",
    "tips:privacy": lambda: "/personvern/",
}
# Pages that are not a URL name of their own, but residents can land on.
EXTRA_PAGES = {
    "not found": lambda: "/prosjekt/finst-ikkje/",
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
    # Small pictures keep it quick; the pages are the same.
    monkeypatch.setattr("projects.demo.loader.PICTURE_SIZE", (480, 300))
    call_command("load_demo", verbosity=0)


def all_page_paths():
    return {name: path() for name, path in (PUBLIC_PAGES | EXTRA_PAGES).items()}
