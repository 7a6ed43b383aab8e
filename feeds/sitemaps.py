"""sitemap.xml: every page residents can see, for search engines.

Each section lists what the pages show through the models' own visibility querysets
(never a filter of its own), at absolute addresses from SITE_URL; one or two queries a
section, however many there are. The sitemap of a content language (/en/sitemap.xml)
lists the same pages at that language's addresses.

It is one file, and the protocol allows at most 50,000 addresses in one: each section
lists at most its `limit` (ADDRESSES_AT_MOST in all), the news and meetings newest first.
Search engines find older news from the news pages.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

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


class SiteSitemap(Sitemap):
    """Addresses start with SITE_URL, not with the Host of the request: the sitemap is
    kept by the page cache for everyone."""

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
    limit = 10_000

    def items(self):
        return Project.objects.visible().order_by("pk")

    def lastmod(self, project):
        # Its own text, or its newest update, whichever changed last.
        return max(filter(None, [project.updated_at, project.last_update_at]))


class AreaSitemap(SiteSitemap):
    limit = 2_000

    def items(self):
        return Area.objects.order_by("pk")


class ThemeSitemap(SiteSitemap):
    limit = 500

    def items(self):
        return Theme.objects.visible().order_by("pk")


class StrategySitemap(SiteSitemap):
    limit = 100

    def items(self):
        return Strategy.objects.visible().order_by("pk")


class PageSitemap(SiteSitemap):
    limit = 2_000

    def items(self):
        return Page.objects.visible().order_by("pk")

    def lastmod(self, page):
        return page.updated_at


class UpdateSitemap(SiteSitemap):
    limit = 30_000

    def items(self):
        return StatusUpdate.objects.public().order_by("-published_at", "-pk")

    def lastmod(self, update):
        # A scheduled update was last saved before it became public.
        return max(update.published_at, update.updated_at)


class EventSitemap(SiteSitemap):
    limit = 5_000

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

# What one sitemap file may hold (sitemaps.org): the sections' limits stay within it.
ADDRESSES_AT_MOST = 50_000
