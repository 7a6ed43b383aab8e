"""Template tags for the public pages: pictures, status badges, progress bars, rich text."""

from django import template
from django.utils.safestring import mark_safe

from config.numbers import with_unit
from projects.models import Partner, Status
from projects.richtext import render_rich_text

register = template.Library()


@register.inclusion_tag("includes/_picture.html")
def picture(image, sizes="100vw", lazy=True, alt=None):
    """A stored picture as <picture>: WebP and JPEG renditions, width, height and alt.

    Lazy by default, since most pictures sit below the fold; pass lazy=False for the
    first one a resident sees. alt overrides the picture's own alt text (contact photos
    have none of their own). Renders nothing for an empty or unprocessed picture.
    """
    if image is None or not image.width or not getattr(image, image.picture_field):
        return {"image": None}
    return {
        "image": image,
        "sizes": sizes,
        "lazy": lazy,
        "alt": getattr(image, "alt_text", "") if alt is None else alt,
    }


@register.inclusion_tag("projects/_status.html")
def status_badge(value):
    """A status as icon and text, so it never rests on colour alone."""
    return {"status": value, "label": Status(value).label}


@register.inclusion_tag("projects/_progress.html")
def progress_bar(value):
    """Progress as text ("40 %") with a bar beside it; nothing when it cannot be said."""
    return {"progress": value}


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


@register.filter
def rich_text(value):
    """Rich text from the admin, cleaned by the editor's allow-list again as it is shown.

    It was cleaned when saved, but text can reach the database another way (SQL, an
    import, a migration, an older version of the site): |safe would then print a script.
    Tables get their header cells' scope, a caption and a region that scrolls sideways
    (projects/richtext.py).
    """
    return mark_safe(render_rich_text(str(value or "")))
