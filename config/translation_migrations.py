"""For the migrations that give texts a column per language (django-modeltranslation):
what was written before goes into the column of the site's language, which is where the
site reads it from now on."""

from django.conf import settings
from django.db.models import F


def copy_into_site_language(texts):
    """A RunPython function; texts is {"app_label.Model": ["field", ...]}."""

    def copy(apps, schema_editor):
        for label, fields in texts.items():
            model = apps.get_model(label)
            for field in fields:
                column = f"{field}_{settings.LANGUAGE_CODE}"
                model.objects.filter(**{f"{column}__isnull": True}).update(**{column: F(field)})

    return copy
