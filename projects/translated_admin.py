"""The admin of texts a content language may translate (the */translation.py modules).

With the site's language alone, each text is its one field, as if nothing were
translatable (it is stored in the site language's column). With
content languages (CONTENT_LANGUAGES), each text has a field per language in use,
labelled with the language and shown as tabs (static/admin/js/language_tabs.js); the
columns of languages not in use never appear.
"""

from django.conf import settings
from django.utils.text import capfirst
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from history.admin import HistoryAdminMixin

from .kept_uploads import KeepsUploadsMixin


def languages_in_use():
    return [code for code, _name in settings.LANGUAGES]


class TranslatedTexts:
    class Media:
        js = ["admin/js/language_tabs.js"]
        css = {"all": ["admin/css/language_tabs.css"]}

    def __init__(self, *args, **kwargs):
        # modeltranslation points prepopulated fields at a language's field when made.
        self.declared_prepopulated_fields = dict(type(self).prepopulated_fields)
        super().__init__(*args, **kwargs)

    def get_prepopulated_fields(self, request, obj=None):
        if self.one_language:
            return self.declared_prepopulated_fields
        return super().get_prepopulated_fields(request, obj)

    @property
    def one_language(self):
        return len(languages_in_use()) == 1

    def unused_fields(self):
        in_use = [] if self.one_language else languages_in_use()
        return {
            field.name
            for fields in self.trans_opts.all_fields.values()
            for field in fields
            if field.language not in in_use
        }

    def replace_orig_field(self, option):
        if self.one_language:
            return option  # the field of each text, as without translations
        replaced = super().replace_orig_field(option)
        if not replaced:
            return replaced
        unused = self.unused_fields()
        kept = []
        for item in replaced:
            if isinstance(item, (list, tuple)):
                item = type(item)(name for name in item if name not in unused)
                if item:
                    kept.append(item)
            elif item not in unused:
                kept.append(item)
        return kept

    def _patch_fieldsets(self, fieldsets):
        # modeltranslation rewrites the class's own fieldsets in place; a copy keeps them
        # as declared for the next request (which may have other languages in use).
        return [
            (name, {**options, "fields": self.replace_orig_field(options["fields"])})
            if "fields" in options
            else (name, options)
            for name, options in fieldsets
        ]

    def _exclude_original_fields(self, exclude=None):
        if self.one_language:
            return (*(exclude or ()), *sorted(self.unused_fields()))
        return (*super()._exclude_original_fields(exclude), *sorted(self.unused_fields()))

    def patch_translation_field(self, db_field, field, request, **kwargs):
        if self.one_language:
            return
        super().patch_translation_field(db_field, field, request, **kwargs)
        original = getattr(db_field, "translated_field", None)
        if original is None:
            return
        label = capfirst(original.verbose_name)
        if len(languages_in_use()) > 1:
            label = f"{label} ({settings.SITE_LANGUAGES[db_field.language]})"
        field.label = label


class TranslatedTextsAdmin(HistoryAdminMixin, KeepsUploadsMixin, TranslatedTexts, TranslationAdmin):
    pass


class TranslatedTextsTabularInline(KeepsUploadsMixin, TranslatedTexts, TranslationTabularInline):
    pass


class TranslatedTextsStackedInline(KeepsUploadsMixin, TranslatedTexts, TranslationStackedInline):
    pass
