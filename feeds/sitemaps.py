"""sitemap.xml: every page residents can see, for search engines.

Each section lists what the pages show through the models' own visibility querysets
(never a filter of its own), at absolute addresses from SITE_URL; one or two queries a
section file, however many there are. The sitemap of a content language
(/en/sitemap.xml) lists the same pages at that language's addresses.

sitemap.xml is an index (sitemaps.org's sitemapindex) of the sections' files, each of at
most ADDRESSES_PER_FILE addresses: /sitemap-projects.xml, /sitemap-updates.xml?p=2, and
so on. However many projects and updates there are, every one is listed, and no request
makes more than one file's worth: with 10,000 projects the single file of 50,000
addresses took 7 s to make afresh.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from config.addresses import absolute_url
from events.models import Event
from pages.models import Page
from projects.models import Area, Project, Strategy, Theme
from updates.models import StatusUpdate

from .sharing import site_address_parts

# Pages of their own, not about one thing; by URL name.
SITE_PAGES = [
    "projects:overview",
    "projects:news",
    "projects:themes",
    "projects:areas",
    "opendata:page",
    "projects:documents",
    "projects:funding",
    "projects:groups",
    "projects:contacts",
    "projects:about",
    "projects:accessibility",
    "figures:index",
    "events:upcoming",
    "events:archive",
    "tips:send",
    "tips:privacy",
]


# Addresses in one section file: a file made afresh in well under a second.
ADDRESSES_PER_FILE = 1_000


class SiteSitemap(Sitemap):
    """Addresses start with SITE_URL, not with the Host of the request: the sitemap is
    kept by the page cache for everyone."""

    limit = ADDRESSES_PER_FILE

    def get_protocol(self, protocol=None):
        return site_address_parts()[0]

    def get_domain(self, site=None):
        return site_address_parts()[1]


class SitePagesSitemap(SiteSitemap):
    limit = len(SITE_PAGES)

    def items(self):
        return SITE_PAGES

    def location(self, name):
        return reverse(name)


class ProjectSitemap(SiteSitemap):
    def items(self):
        return Project.objects.visible().order_by("pk")

    def lastmod(self, project):
        # Its own text, or its newest update, whichever changed last.
        return max(filter(None, [project.updated_at, project.last_update_at]))


class AreaSitemap(SiteSitemap):
    def items(self):
        return Area.objects.order_by("pk")


class ThemeSitemap(SiteSitemap):
    def items(self):
        return Theme.objects.visible().order_by("pk")


class StrategySitemap(SiteSitemap):
    def items(self):
        return Strategy.objects.visible().order_by("pk")


class PageSitemap(SiteSitemap):
    def items(self):
        return Page.objects.visible().order_by("pk")

    def lastmod(self, page):
        return page.updated_at


class UpdateSitemap(SiteSitemap):
    def items(self):
        return StatusUpdate.objects.public().order_by("-published_at", "-pk")

    def lastmod(self, update):
        # A scheduled update was last saved before it became public.
        return max(update.published_at, update.updated_at)


class EventSitemap(SiteSitemap):
    def items(self):
        return Event.objects.published().order_by("-starts_at", "-pk")

    def lastmod(self, event):
        return event.updated_at


SITEMAPS = {
    "site": SitePagesSitemap,
    "projects": ProjectSitemap,
    "areas": AreaSitemap,
    "themes": ThemeSitemap,
    "strategies": StrategySitemap,
    "pages": PageSitemap,
    "updates": UpdateSitemap,
    "events": EventSitemap,
}


def section_files():
    """The address of every section's file, in the order of SITEMAPS: one query (a count)
    a section, and none for a section with nothing in it."""
    files = []
    for section, sitemap_class in SITEMAPS.items():
        address = absolute_url(reverse("feeds:sitemap_section", kwargs={"section": section}))
        paginator = sitemap_class().paginator
        pages = paginator.num_pages if paginator.count else 0
        files += [address if page == 1 else f"{address}?p={page}" for page in range(1, pages + 1)]
    return files
