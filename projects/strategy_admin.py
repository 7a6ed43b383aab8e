"""Strategies in the editor: each with its goal, its period and its target areas."""

from django.contrib import admin

from .models import Strategy
from .translated_admin import TranslatedTextsAdmin


@admin.register(Strategy)
class StrategyAdmin(TranslatedTextsAdmin):
    list_display = ["name", "starts_on", "ends_on", "is_published", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "goal", ("starts_on", "ends_on"), "is_published", "position"]
