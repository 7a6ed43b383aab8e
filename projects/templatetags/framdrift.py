"""Template tags for the public pages: pictures, status badges, progress bars (rich text:
projects/templatetags/rich_html.py)."""

import html

from django import template
from django.template.defaultfilters import filesizeformat
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext, ngettext, npgettext, pgettext

from config.addresses import address_of
from config.jinja2_pieces import rendered
from config.numbers import with_unit
from config.written_once import written_once
from projects.models import Partner, Status

register = template.Library()


def escaped(value):
    """What Django's conditional_escape writes, without the wrapping that checks for lazy
    strings (str() reads one) and makes a SafeString: a card calls it some thirty times."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


# The three tags below are on every card and update: small enough to be written here
# rather than rendered from a template each, which cost a third of a card's time.


@register.simple_tag
def picture(image, sizes="100vw", lazy=True, alt=None, widest=None):
    """A stored picture as <picture>: WebP and JPEG renditions, width, height and alt.

    Lazy by default, since most pictures sit below the fold; pass lazy=False for the
    first one a resident sees. alt overrides the picture's own alt text (contact photos
    have none of their own). widest leaves out renditions wider than a picture shown
    small ever needs. Renders nothing for an empty or unprocessed picture.
    """
    if image is None or not image.width or not getattr(image, image.picture_field):
        return ""
    # Every browser in use reads the WebP renditions' srcset; the <img> is the fallback for
    # one that reads no <source>, and needs no srcset of its own (it was a tenth of a page).
    # Written with escaped() rather than format_html, whose checks for lazy text took a
    # third of the 18 cards' pictures: the same HTML.
    alt = getattr(image, "alt_text", "") if alt is None else alt
    return mark_safe(
        f'<picture><source type="image/webp" srcset="{escaped(image.srcset("webp", widest))}" '
        f'sizes="{escaped(sizes)}"><img src="{escaped(image.fallback_url)}" '
        f'width="{int(image.width)}" height="{int(image.height)}" alt="{escaped(alt)}"'
        f'{' loading="lazy"' if lazy else ""} decoding="async"></picture>'
    )


@register.simple_tag
def status_badge(value):
    """A status as icon and text, so it never rests on colour alone."""
    return _status_badges(get_language()).get(value) or _status_badge(value)


def _status_badge(value):
    return format_html(
        '<span class="status status--{}"><svg class="status__icon" aria-hidden="true" '
        'focusable="false" width="16" height="16"><use href="{}#{}"></use></svg>{}</span>',
        value,
        static("img/status.svg"),
        value,
        capfirst(Status(value).label),
    )


# A news page shows twenty badges, an overview eighteen, and each took 20 µs to write: the
# badge of each status is written once per language and process. Only the icon's address
# (the static files' settings) and the labels' language decide it.
@written_once()
def _status_badges(language):
    return {status.value: _status_badge(status.value) for status in Status}


@register.simple_tag
def progress_bar(value):
    """Progress as text ("40 %") with a bar beside it; nothing when it cannot be said. The
    text carries the value; the bar only draws it, so screen readers hear it once."""
    if value is None:
        return ""
    return format_html(
        '<p class="progress"><span class="progress__label">{}</span> '
        '<progress max="100" value="{}" aria-hidden="true">{}</progress></p>',
        gettext("Progress: %(progress)s %%") % {"progress": value},
        value,
        with_unit(value, "%"),
    )


@register.filter
def by_sector(partners):
    """Partners grouped as (sector label, partners), public, private, then voluntary."""
    partners = list(partners)
    groups = [
        (sector.label, [partner for partner in partners if partner.sector == sector])
        for sector in Partner.Sector
    ]
    return [(label, members) for label, members in groups if members]


@register.filter
def percent(value):
    """45 -> "45 %" (Nordic) or "45%" (English)."""
    return with_unit(value, "%")


@register.simple_tag
def gallery(images, section_class, section_id=""):
    """A gallery section of pictures in order, the first wide; nothing without pictures.
    section_id gives it an id for a jump link."""
    return rendered(
        "projects/_pictures.html",
        {"images": images, "section_class": section_class, "section_id": section_id},
    )


@register.simple_tag
def project_links(project):
    """The project's own places elsewhere, its links prefetched: each a plain link, a
    video a link with its still picture, never an embedded player."""
    return rendered("projects/_links.html", {"links": project.links.all()})


@register.simple_tag
def status_links(counts, chosen, oob=False):
    """The overview's links by status ([{status, label, count}]), chosen marked as the
    current one; oob=True for htmx to swap them beside the results."""
    return rendered(
        "projects/_status_links.html",
        {
            "counts": [
                item | {"counted": npgettext("counted", "project", "projects", item["count"])}
                for item in counts
            ],
            "chosen": chosen,
            "oob": oob,
            "overview": address_of("projects:overview"),
            "all_label": pgettext("statuses", "All"),
            "icons": static("img/status.svg"),
        },
    )


@register.simple_tag
def on_this_page(project, upcoming_events):
    """A jump link to each section a project's page shows, in the page's order."""
    return rendered(
        "projects/_on_this_page.html", {"project": project, "upcoming_events": upcoming_events}
    )


@register.simple_tag
def project_facts(project):
    """A project's facts in short (when, where, who leads, with whom, towards which goals)
    and the link to follow it; its areas, themes and partners prefetched."""
    return rendered(
        "projects/_facts.html",
        {
            "project": project,
            "by_sector": by_sector,
            "follow_page": address_of("follows:follow"),
        },
    )


@register.simple_tag
def document_section(
    documents,
    heading_id="documents-title",
    heading_level=2,
    section_id="",
    all_documents_of=None,
    show_owner=False,
    list_only=False,
    fold_long=False,
):
    """Documents as residents see them (published ones, fetched with
    documents_prefetch()): a section with its heading, or with list_only the list alone.
    section_id is for a jump link to it; all_documents_of (a project) links to its
    documents in the library; show_owner names what each belongs to; fold_long puts all
    but the first five behind "Show all", open when printed."""
    count = len(documents) if fold_long else 0
    return rendered(
        "projects/_documents.html",
        {
            "documents": documents,
            "heading_id": heading_id,
            "heading_level": heading_level,
            "section_id": section_id,
            "all_documents_of": all_documents_of,
            "show_owner": show_owner,
            "list_only": list_only,
            "fold_long": fold_long,
            "show_all": ngettext(
                "Show all %(counter)s document", "Show all %(counter)s documents", count
            )
            % {"counter": count},
            "library": address_of("projects:documents"),
            "file_size": filesizeformat,
            "localtime": template_localtime,
        },
    )
