"""RSS and Atom feeds of the news residents read, for feed readers.

The rules:
- A feed holds what the pages show and nothing else: StatusUpdate.objects.public() (no
  drafts, nothing scheduled before its time, nothing of an unpublished project). An
  unpublished project, a target area of an unpublished strategy or an unknown address is
  a 404, as its page is.
- All news; one project's; an area's (as its page: the area, the areas inside it, and
  the projects filed under any of them); a target area's (its own news and its
  projects').
- Addresses in a feed are absolute and start with SITE_URL, never the request's Host:
  the page cache keeps feeds for everyone.
- Times are Europe/Oslo (TIME_ZONE), the language the page's (the site's own at
  addresses without a language prefix).
- A feed costs the same few queries however many updates and projects there are.
"""

from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from config.addresses import absolute_url, site_host
from projects.context_processors import site
from projects.models import Area, Project, Theme
from projects.richtext import sanitize_rich_text
from updates.models import StatusUpdate

# A feed reader keeps what it has read: the newest few are enough to catch up.
UPDATES_IN_A_FEED = 30


@dataclass
class FeedSubject:
    """What a feed is about: named (None for all news), the page it mirrors, its updates
    (before visibility), and the feed's own address."""

    name: str | None
    page_url: str
    updates: Any
    feed_url: str
    site_name: str


class UpdatesFeed(Feed):
    """All news, newest first; RSS unless told Atom. Subclasses say what the feed is about
    in get_object()."""

    def __init__(self, feed_type=Rss201rev2Feed):
        self.feed_type = feed_type

    def subject(self, request, name, page_url, updates):
        return FeedSubject(
            name=name,
            page_url=page_url,
            updates=updates,
            # Its own address as SITE_URL names it: the path is the one reverse() gives.
            feed_url=absolute_url(request.path),
            site_name=site(request)["site_settings"].site_name,
        )

    def get_object(self, request):
        return self.subject(request, None, reverse("projects:news"), StatusUpdate.objects.all())

    def title(self, subject):
        if subject.name is None:
            return _("News from %(site)s") % {"site": subject.site_name}
        return f"{subject.name} – {subject.site_name}"

    def description(self, subject):
        if subject.name is None:
            return _("The latest status updates from %(site)s.") % {"site": subject.site_name}
        return _("The latest status updates about %(subject)s from %(site)s.") % {
            "subject": subject.name,
            "site": subject.site_name,
        }

    def subtitle(self, subject):
        return self.description(subject)

    def link(self, subject):
        return absolute_url(subject.page_url)

    def feed_url(self, subject):
        return subject.feed_url

    def feed_guid(self, subject):
        return self.feed_url(subject)

    def items(self, subject):
        shown = (
            subject.updates.public()
            .select_related("project", "theme", "area")
            .prefetch_related("authors")
        )
        return list(shown[:UPDATES_IN_A_FEED])

    def item_title(self, update):
        # As written: feed readers escape it themselves (Atom's title is text).
        return update.title

    def item_description(self, update):
        return sanitize_rich_text(update.body)

    def item_link(self, update):
        return absolute_url(update.get_absolute_url())

    def item_guid(self, update):
        # Stays the same when an address or the site's language changes (RFC 4151).
        return f"tag:{site_host()},{update.created_at:%Y-%m-%d}:update-{update.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, update):
        return timezone.localtime(update.published_at)

    def item_updateddate(self, update):
        return timezone.localtime(max(update.published_at, update.updated_at))

    def item_author_name(self, update):
        return ", ".join(update.written_by) or None

    def item_categories(self, update):
        """What it is about, and the status it gave its project."""
        categories = [str(update.subject)] if update.subject else []
        if update.new_status:
            categories.append(update.get_new_status_display())
        return categories


class ProjectUpdatesFeed(UpdatesFeed):
    def get_object(self, request, slug):
        project = get_object_or_404(Project.objects.visible(), slug=slug)
        return self.subject(
            request, project.title, project.get_absolute_url(), project.updates.all()
        )


class AreaUpdatesFeed(UpdatesFeed):
    def get_object(self, request, slug):
        area = get_object_or_404(Area, slug=slug)
        updates = StatusUpdate.objects.about_area(area)
        return self.subject(request, area.name, area.get_absolute_url(), updates)


class ThemeUpdatesFeed(UpdatesFeed):
    def get_object(self, request, slug):
        theme = get_object_or_404(Theme.objects.visible(), slug=slug)
        # Its page shows its own news; who follows a target area wants its projects' too.
        updates = StatusUpdate.objects.about_theme(theme.pk, with_projects=True)
        return self.subject(request, theme.name, theme.get_absolute_url(), updates)
