"""Numbers as people in the site's language write them, read back exactly.

A browser's number input does not know the site's language: in some, "83,1" typed into
one became 831. Decimal fields here are text inputs (with the decimal keyboard on phones)
read on the server by the language's own rules: its decimal separator, its thousands
separator (a space in Norwegian and Swedish, a point in Danish, a comma in English), and
spaces between groups of three. What cannot be read one way only is refused at the field
with an example, never saved as another number.
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.db import models
from django.utils.formats import get_format, number_format
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext_lazy as _

from config.written_once import written_once

SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def parse_number(text):
    """The Decimal a person wrote in the active language, or None if it cannot be read
    one way only. Both "83,1" and "83.1" are read as 83.1 where the language's thousands
    separator is neither; where it is one of them, it must stand between groups of three."""
    decimal = get_format("DECIMAL_SEPARATOR")
    thousands = get_format("THOUSAND_SEPARATOR")
    text = SPACES.sub(" ", str(text)).strip().replace("\u2212", "-")
    sign, text = ("-", text[1:].lstrip()) if text.startswith(("-", "+")) else ("", text)
    if text.startswith("+"):
        return None
    grouped = rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+" if thousands in ".," else None
    spaced = r"\d{1,3}(?: \d{3})+"
    whole_forms = [r"\d+", spaced] + ([grouped] if grouped else [])
    decimal_marks = {decimal} if thousands in ".," else {decimal, "."}
    for whole in whole_forms:
        for mark in decimal_marks:
            match = re.fullmatch(rf"({whole})(?:{re.escape(mark)}(\d+))?", text)
            if match:
                digits = re.sub(r"\D", "", match[1])
                fraction = match[2] or "0"
                try:
                    return Decimal(f"{sign}{digits}.{fraction}")
                except InvalidOperation:
                    return None
    return None


def format_number(value):
    """A number as residents read it: no trailing zeros, grouped thousands, the language's
    decimal separator ("1 234,5" in Norwegian)."""
    if value is None or value == "":
        return ""
    return _written_number(get_language(), Decimal(value))


# Each number is written once per language and process: a key figure's chart and table
# write each value, its axis and its target, some thirty on a project page, at 20 µs each.
# Equal numbers are written alike (trailing zeros go, and zero has no sign), so 6 and 6.00
# may share an entry; settings that change formats forget them.
@written_once()
def _written_number(language, value):
    if value.is_zero():
        value = abs(value)  # never "-0"
    # normalize() alone would turn 100 into 1E+2.
    plain = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return number_format(plain, force_grouping=True)


def with_unit(number, unit):
    """A number and its unit as the language writes them, never split over two lines:
    "83,1 %" in the Nordic languages, "83.1%" in English."""
    if unit == "%":
        # Translators: the percent sign after a number; write a no-break space where a
        # space goes, so the two are never split over two lines.
        return pgettext("percent", "%(number)s %%") % {"number": number}
    return f"{number}\N{NO-BREAK SPACE}{unit}"


def example_number():
    """1 234,5 as the active language writes it."""
    return number_format(Decimal("1234.5"), decimal_pos=1, force_grouping=True)


class LocalizedDecimalFormField(forms.DecimalField):
    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})
    default_error_messages = {
        "invalid": _("Write a number, for example %(example)s."),
    }

    def __init__(self, **kwargs):
        kwargs["localize"] = True
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        parsed = parse_number(value)
        if parsed is None or not parsed.is_finite():
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid", params={"example": example_number()}
            )
        return parsed

    def prepare_value(self, value):
        # A stored value as the person would have typed it; what they typed, as typed.
        return format_number(value) if isinstance(value, Decimal) else value

    def widget_attrs(self, widget):
        # No step or min/max attributes: the browser must not judge a text it cannot read.
        return {}


class LocalizedDecimalField(models.DecimalField):
    """A DecimalField whose forms read and show numbers in the site's language."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": LocalizedDecimalFormField, **kwargs})

    def deconstruct(self):
        # For migrations it is a plain DecimalField: the column is the same.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DecimalField", args, kwargs
