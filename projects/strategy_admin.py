"""Strategies in the editor: each with its goal, its period and its target areas.

A strategy's target areas are edited as themes (each names its strategy); the strategy's
form lists them with links, and a link to add one already placed in it.
"""

from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .form_rules import EndsAfterStartForm
from .models import Strategy
from .translated_admin import TranslatedTextsAdmin


class StrategyForm(EndsAfterStartForm):
    dates_constraint = "strategy_ends_after_start"


@admin.register(Strategy)
class StrategyAdmin(TranslatedTextsAdmin):
    form = StrategyForm
    list_display = [
        "name",
        "starts_on",
        "ends_on",
        "target_area_count",
        "project_count",
        "is_published",
        "position",
    ]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fields = [
        "name",
        "slug",
        "goal",
        ("starts_on", "ends_on"),
        "target_areas",
        "is_published",
        "position",
    ]
    readonly_fields = ["target_areas"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                theme_count=Count("themes", distinct=True),
                project_count=Count("themes__projects", distinct=True),
            )
        )

    @admin.display(description=_("target areas"), ordering="theme_count")
    def target_area_count(self, strategy):
        return strategy.theme_count

    @admin.display(description=_("projects"), ordering="project_count")
    def project_count(self, strategy):
        return strategy.project_count

    @admin.display(description=_("target areas"))
    def target_areas(self, strategy):
        if not strategy or not strategy.pk:
            return _("Save the strategy first; then add its target areas here.")
        themes = strategy.themes.order_by("position", "name")
        listed = format_html_join(
            "",
            '<li><a href="{}">{}</a></li>',
            (
                (reverse("admin:projects_theme_change", args=[theme.pk]), theme.name)
                for theme in themes
            ),
        )
        add = format_html(
            '<a class="addlink" href="{}?{}">{}</a>',
            reverse("admin:projects_theme_add"),
            urlencode({"strategy": strategy.pk}),
            _("Add a target area to this strategy"),
        )
        if not listed:
            return format_html("<p>{}</p><p>{}</p>", _("No target areas yet."), add)
        return format_html('<ul class="strategy-themes">{}</ul><p>{}</p>', listed, add)
