"""What a page's <head> tells other programs: its feeds (<link rel="alternate">), its
canonical address, and the Open Graph and social-card tags a shared link is shown with.

The rules:
- The same for every visitor (the page cache keeps pages for everyone): built from the
  page's own context, the page's title and description blocks, and SITE_URL; never from
  the request's Host or anything of one visitor.
- Texts go into attributes as plain text, escaped by the template: a title cannot break
  out of its attribute whatever it holds.
- The card's picture is the project's cover (else its first picture) on a project page,
  the update's first picture on an update page, otherwise the site's logo.
"""

from django import template
from django.template.base import NodeList
from django.template.loader_tags import BlockNode
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from config.addresses import absolute_url, address_of
from config.jinja2_pieces import rendered
from config.prepared import Prepared
from pagecache.fragments import remembered
from projects.cards import CARD_PICTURE_ORDER
from projects.images import RENDITION_WIDTHS
from projects.models import Area, Project, ProjectImage, Theme
from projects.richtext import plain_line
from updates.models import StatusUpdate

from ..sharing import absolute_file_url, open_graph_locale, webcal_url

register = template.Library()

RSS = "application/rss+xml"
ATOM = "application/atom+xml"
# Social media show cards about 1200 pixels wide: the largest rendition.
CARD_PICTURE_WIDTH = RENDITION_WIDTHS[-1]
# As the meetings' pages cut their description.
DESCRIPTION_WORDS = 30


@register.simple_tag
def webcal(url_name):
    """A calendar feed's address for subscribing: {% webcal "events:feed" %}."""
    return webcal_url(reverse(url_name))


@register.simple_tag(takes_context=True)
def head_metadata(context):
    """The page's <title> and description, feeds, canonical address and social-card tags,
    rendered by Jinja2 (templates/jinja2/includes/social_meta.html): on every page."""
    return rendered("includes/social_meta.html", page_metadata(context))


def page_metadata(context):
    request = context.get("request")
    site_settings = context.get("site_settings")
    site_name = site_settings.site_name if site_settings else ""
    address = canonical_address(request)
    subjects = feed_subjects(context)
    picture = card_picture(context, request)
    update = context.get("update")
    is_update_page = isinstance(update, StatusUpdate)
    # The page's title and description blocks, rendered once here for <title>, the
    # description and the shared link's card alike.
    title = block_text(context, "title") or site_name
    tagline = site_tagline(site_settings)
    description = block_text(context, "description") or tagline
    return {
        "document_title": title,
        "meta_description": description,
        "canonical": address,
        # Kept like a fragment: addresses and titles, the same on every page
        # about the same things.
        "feeds": remembered(
            request,
            "page-feeds",
            lambda: page_feeds(subjects, site_name),
            *(subject.pk if subject else "" for subject in subjects),
        ),
        "site_name": site_name,
        "title": page_title(title, site_name),
        "description": page_description(context, description, tagline),
        "kind": "article" if is_update_page else "website",
        "published_time": is_update_page and timezone.localtime(update.published_at).isoformat(),
        "locale": open_graph_locale(),
        "picture": picture,
        "card": "summary_large_image" if picture.get("is_large") else "summary",
    }


def block_text(context, name):
    """The page's own block `name` as plain text, as its template fills it; "" if it does
    not."""
    return plain_line(BlockNode(name, NodeList()).render(context))


def site_tagline(site_settings):
    """What a page without a description of its own is described by."""
    return (site_settings.tagline or site_settings.site_name) if site_settings else ""


def page_description(context, description, tagline):
    """The page's description for a shared link's card; where the page has none of its own
    (the site's tagline), the start of the text of what the page is about."""
    if description and description != tagline:
        return description
    for name, field in (("update", "body"), ("area", "description"), ("theme", "description")):
        text = getattr(context.get(name), field, "") if context.get(name) else ""
        if isinstance(text, str) and text:
            return Truncator(plain_line(text)).words(DESCRIPTION_WORDS) or description
    return description


def page_title(title, site_name):
    """The page's title without the site's name after it (og:site_name says that)."""
    for separator in (" – ", " | "):
        if site_name and title.endswith(f"{separator}{site_name}") and title != site_name:
            return title.removesuffix(f"{separator}{site_name}")
    return title


def canonical_address(request):
    """The page's own address from SITE_URL: the path, and the page number of a long
    list (other queries filter or sort the same page)."""
    if request is None:
        return absolute_url("/")
    page = request.GET.get("page", "")
    if page.isdigit() and page.lstrip("0") not in ("", "1"):
        return absolute_url(f"{request.path}?page={page.lstrip('0')}")
    return absolute_url(request.path)


def feeds_of(url_name_start, slug, title):
    """The RSS and Atom feeds of url_name_start ("project", "news"), of one slug or none."""
    return [
        {
            "type": kind,
            "title": f"{title} ({label})",
            "url": address_of(f"feeds:{url_name_start}_{suffix}", slug),
        }
        for kind, label, suffix in ((RSS, "RSS", "rss"), (ATOM, "Atom", "atom"))
    ]


def feed_subjects(context):
    """The project, area and target area whose news the page offers as feeds besides all
    news (None for each it has not), as far as residents see them: a staff preview of a
    draft has no feed."""
    project, area, theme = context.get("project"), context.get("area"), context.get("theme")
    return (
        project if isinstance(project, Project) and project.is_published else None,
        area if isinstance(area, Area) else None,
        theme
        if isinstance(theme, Theme) and (theme.strategy is None or theme.strategy.is_published)
        else None,
    )


def page_feeds(subjects, site_name):
    """All news on every page; a project's, an area's or a target area's on its page."""
    project, area, theme = subjects
    feeds = []
    if project:
        feeds += feeds_of("project", project.slug, _("News about %(name)s") % {"name": project})
    if area:
        feeds += feeds_of("area", area.slug, _("News from %(name)s") % {"name": area})
    if theme:
        feeds += feeds_of("theme", theme.slug, _("News about %(name)s") % {"name": theme})
    return feeds + feeds_of("news", None, _("All news from %(site)s") % {"site": site_name})


def picture_card(picture):
    """A stored picture as the card's image: the rendition nearest the card's width."""
    if not picture or not picture.width:
        return {}
    url = picture.rendition_url(CARD_PICTURE_WIDTH)
    width = min(picture.width, CARD_PICTURE_WIDTH)
    return {
        "url": absolute_file_url(url),
        "width": width,
        "height": max(1, round(picture.height * width / picture.width)),
        "alt": picture.alt_text,
        "is_large": True,
    }


# On every project page made afresh: prepared (config/prepared.py).
_project_pictures = Prepared(
    lambda project_id: ProjectImage.objects.filter(project_id=project_id).order_by(
        *CARD_PICTURE_ORDER
    )[:1]
)


def project_picture(project_id):
    return picture_card(next(iter(_project_pictures(project_id=project_id)), None))


def card_picture(context, request):
    project, update = context.get("project"), context.get("update")
    if isinstance(project, Project):
        # Kept like a fragment: one query only when the page is made afresh.
        picture = remembered(
            request, "card-picture", lambda: project_picture(project.pk), project.pk
        )
        if picture:
            return picture
    if isinstance(update, StatusUpdate):
        # The update page's card has its pictures already (updates.cards).
        card = context.get("update_card")
        images = card.images if card is not None else update.images.all()
        picture = picture_card(next(iter(images), None))
        if picture:
            return picture
    site_settings = context.get("site_settings")
    if site_settings and site_settings.logo:
        return {"url": absolute_file_url(site_settings.logo.url), "alt": site_settings.site_name}
    return {}
