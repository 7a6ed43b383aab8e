"""Admin forms that put a model's rule beside the field it is about, rather than at the
top of the form (where a database constraint alone would report it)."""

from django import forms
from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


def constraint_named(model, name):
    return next(c for c in model._meta.constraints if c.name == name)


class EndsAfterStartForm(forms.ModelForm):
    """Puts a check constraint on start and end dates next to the end date, where it belongs.

    The constraint alone reports at the top of the form; with the error on the
    field, Django skips the constraint, so the message is not shown twice.
    """

    dates_constraint = ""
    date_fields = ("starts_on", "ends_on")

    def clean(self):
        cleaned_data = super().clean()
        start_field, end_field = self.date_fields
        starts_on, ends_on = cleaned_data.get(start_field), cleaned_data.get(end_field)
        if starts_on and ends_on and ends_on < starts_on:
            constraint = constraint_named(self._meta.model, self.dates_constraint)
            self.add_error(end_field, constraint.get_violation_error_message())
        return cleaned_data


class ErrorsBesideTranslatedFields(forms.ModelForm):
    """A model's error about a translated text ("still_alt_text", "role_other") goes beside
    the site language's field where the form shows one field per language: Django would
    otherwise find no field of that name and fail."""

    def _update_errors(self, errors):
        for name in list(getattr(errors, "error_dict", {})):
            own = build_localized_fieldname(name, settings.LANGUAGE_CODE)
            if name not in self.fields and own in self.fields:
                errors.error_dict.setdefault(own, []).extend(errors.error_dict.pop(name))
        super()._update_errors(errors)
