from django.urls import path
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "feeds"


def feeds_of(page, name, feed):
    """A page's feeds at its own address and rss/ or atom/: /prosjekt/ny-skule/rss/.
    The page's address is the msgid projects/urls.py translates, so each language has its
    feed beside its page without a translation of its own."""
    return [
        path(format_lazy("{}rss/", page), feed(), name=f"{name}_rss"),
        path(format_lazy("{}atom/", page), feed(Atom1Feed), name=f"{name}_atom"),
    ]


urlpatterns = [
    *feeds_of(_("news/"), "news", feeds.UpdatesFeed),
    *feeds_of(_("projects/<slug:slug>/"), "project", feeds.ProjectUpdatesFeed),
    *feeds_of(_("areas/<slug:slug>/"), "area", feeds.AreaUpdatesFeed),
    *feeds_of(_("target-areas/<slug:slug>/"), "theme", feeds.ThemeUpdatesFeed),
    # Where search engines look for them: at the root, the same in every language.
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots"),
]
