"""robots.txt and sitemap.xml (an index of the sections' files), at the root where search
engines look for them.

robots.txt lets search engines read everything residents can, except pages made for one
person (a follower's own pages, the receipt for a tip). It never names the admin's
address: ADMIN_URL is kept unguessable on purpose, and robots.txt is public.
"""

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import get_script_prefix, reverse
from django.views.decorators.http import require_safe

from config.addresses import absolute_url
from config.languages import addresses_in

from .sitemaps import SITEMAPS, section_files

# Pages for one person: every follower's page starts with the follow page's address
# (/folg/, /folg/dine/…), and the receipt for a tip.
PERSONAL_PAGES = ["follows:follow", "tips:sent"]


@require_safe
@x_robots_tag
def sitemap_index(request):
    """Django's own index view builds the files' addresses from the request's Host: a page
    the page cache keeps for everyone takes them from SITE_URL (feeds.sitemaps)."""
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": [SitemapIndexItem(address) for address in section_files()]},
        content_type="application/xml",
    )


@require_safe
def sitemap_section(request, section):
    """One section's file, or one of its pages (?p=2): a 404 past the last."""
    return sitemap_view(request, SITEMAPS, section=section)


@require_safe
def robots_txt(request):
    site_prefix = getattr(request, "site_script_prefix", None) or get_script_prefix()
    disallowed, sitemaps = [], []
    for language, _name in settings.LANGUAGES:
        with addresses_in(language, site_prefix):
            disallowed += [reverse(name) for name in PERSONAL_PAGES]
            sitemaps.append(absolute_url(reverse("feeds:sitemap")))
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in dict.fromkeys(disallowed)),
        # Last: parsers that take the first rule that matches still see the ones above.
        "Allow: /",
        "",
        *(f"Sitemap: {address}" for address in sitemaps),
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
