"""The snippet the process leader pastes into the municipality's main site, shown read-only
on the change forms of projects, areas and target areas (projects/admin.py): the address
of the embeddable page, the <iframe> code with a Copy button, and which sites may show it."""

from django import forms
from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from config.addresses import absolute_url
from projects.models import SiteSettings, Theme

from .views import area_heading, theme_heading

# Frames cannot take their height from the page inside them (from another site, not
# without a script on that site), so the snippet sets one; the frame scrolls beyond it.
CARD_HEIGHT = 400
LIST_HEIGHT = 640

EMBED_FIELD = "embed_snippet"


def iframe_snippet(url, title, height):
    """The code to paste into another site's page to show `url` there."""
    return format_html(
        '<iframe src="{}" title="{}" width="100%" height="{}" loading="lazy" '
        'style="border:0"></iframe>',
        url,
        title,
        height,
    )


class Embeddable:
    """One embeddable page of an object: what it shows, its address and its frame's height."""

    def __init__(self, label, path, title, height, note=""):
        self.label = label
        self.url = absolute_url(path)
        self.title = title
        self.height = height
        self.note = note

    @property
    def snippet(self):
        return iframe_snippet(self.url, self.title, self.height)


def allowed_sites_note(site_settings):
    """Which sites may show the pages, or that none may yet, with the way to change it."""
    link = format_html(
        '<a href="{}">{}</a>',
        reverse("admin:projects_sitesettings_change", args=[1]),
        _("Sites that may embed, in the site settings"),
    )
    origins = site_settings.embedding_origins
    if not origins:
        return format_html(
            '<p class="embed-snippet__warning"><strong>{}</strong> {} {}</p>',
            _("No other site may show it yet."),
            _("First add your main site's address, e.g. https://www.example-kommune.no, under:"),
            link,
        )
    return format_html(
        '<p>{}</p><ul class="embed-snippet__sites">{}</ul><p>{}</p>',
        _("These sites may show it:"),
        format_html_join("", "<li>{}</li>", ([origin] for origin in origins)),
        format_html(_("To add or remove one: {link}."), link=link),
    )


class EmbedSnippetMixin:
    """For the ModelAdmin of something with embeddable pages (embeddables(obj)): a fieldset
    "Embed on your own site" at the end of its change form, read-only."""

    def embeddables(self, obj, site_name):
        raise NotImplementedError

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, EMBED_FIELD] if obj is not None else fields

    def get_fieldsets(self, request, obj=None):
        # Without fields or fieldsets of its own, an admin lists every read-only field in
        # its first fieldset: the snippet goes only in its own, last.
        fieldsets = [
            (name, options | {"fields": [f for f in options["fields"] if f != EMBED_FIELD]})
            for name, options in super().get_fieldsets(request, obj)
        ]
        if obj is None:
            return fieldsets
        return [
            *fieldsets,
            (gettext_lazy("Embed on your own site"), {"fields": [EMBED_FIELD]}),
        ]

    @property
    def media(self):
        return super().media + forms.Media(
            js=["admin/js/embed_snippet.js"], css={"all": ["admin/css/embed_snippet.css"]}
        )

    @admin.display(description=gettext_lazy("Show it on another site"))
    def embed_snippet(self, obj):
        site_settings = SiteSettings.load()
        pieces = [
            format_html(
                "<p>{}</p>",
                _(
                    "Paste the code into a page of the municipality's main site (in its "
                    "editor's HTML or embed block). The frame always shows what this site "
                    "shows now, and only what is published."
                ),
            ),
            allowed_sites_note(site_settings),
        ]
        try:
            embeddables = self.embeddables(obj, site_settings.site_name)
        except NoReverseMatch:
            # A short name stored past the form's check (from the shell, say) has no address.
            return _(
                "Its short name in the address has characters an address cannot have: "
                "correct it and save first."
            )
        for index, embeddable in enumerate(embeddables):
            pieces.append(self.embeddable_html(obj, index, embeddable))
        return format_html_join("", "{}", ([piece] for piece in pieces))

    def embeddable_html(self, obj, index, embeddable):
        code_id = f"embed-code-{obj._meta.model_name}-{obj.pk}-{index}"
        return format_html(
            '<div class="embed-snippet">'
            '<h3 class="embed-snippet__label">{label}</h3>{note}'
            '<p>{address_label} <a href="{url}" target="_blank" rel="noopener">{url}</a> '
            "({new_tab})</p>"
            '<label for="{id}">{code_label}</label>'
            '<textarea id="{id}" class="embed-snippet__code" rows="5" readonly '
            'spellcheck="false">{code}</textarea>'
            '<p class="embed-snippet__actions">'
            '<button type="button" class="button embed-snippet__copy" data-copy-from="{id}" '
            'data-copied="{copied}" data-copy-failed="{copy_failed}" hidden>{copy}</button> '
            '<span class="embed-snippet__status" role="status"></span></p>'
            "</div>",
            label=embeddable.label,
            note=format_html('<p class="embed-snippet__warning">{}</p>', embeddable.note)
            if embeddable.note
            else "",
            address_label=_("Address:"),
            url=embeddable.url,
            new_tab=_("opens in a new tab"),
            id=code_id,
            code_label=_("Code to paste"),
            # The code as text to copy, not as a frame on this page.
            code=escape(embeddable.snippet),
            copy=_("Copy the code"),
            copied=_("Copied. Paste it into your site's page."),
            copy_failed=_("Could not copy: select the code and copy it yourself."),
        )


class ProjectEmbedMixin(EmbedSnippetMixin):
    def embeddables(self, project, site_name):
        card = Embeddable(
            _("This project's card"),
            reverse("embeds:project", args=[project.slug]),
            f"{project.title} – {site_name}",
            CARD_HEIGHT,
            note=""
            if project.is_published
            else _("The card shows once the project is published; until then the frame is empty."),
        )
        every_project = Embeddable(
            _("The list of all projects"),
            reverse("embeds:projects"),
            f"{_('Projects')} – {site_name}",
            LIST_HEIGHT,
        )
        return [card, every_project]


class AreaEmbedMixin(EmbedSnippetMixin):
    def embeddables(self, area, site_name):
        return [
            Embeddable(
                _("The list of this area's projects"),
                reverse("embeds:area", args=[area.slug]),
                f"{area_heading(area)} – {site_name}",
                LIST_HEIGHT,
            )
        ]


class ThemeEmbedMixin(EmbedSnippetMixin):
    def embeddables(self, theme, site_name):
        shown = Theme.objects.visible().filter(pk=theme.pk).exists()
        return [
            Embeddable(
                _("The list of this target area's projects"),
                reverse("embeds:theme", args=[theme.slug]),
                f"{theme_heading(theme)} – {site_name}",
                LIST_HEIGHT,
                note=""
                if shown
                else _(
                    "The list shows once its strategy is published; until then the frame is empty."
                ),
            )
        ]
