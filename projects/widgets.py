"""Form widgets of the project admin that need more than Django's own."""

from django import forms
from django.template.loader import render_to_string

from .models import DARK_MODE_CONTRAST, DARK_PAPER, DEFAULT_ACCENT


class AccentColourInput(forms.TextInput):
    """The accent colour as hex text (still typeable) beside the browser's colour picker,
    with a live preview of the header and links in light and dark mode and their
    contrast (static/admin/js/accent_colour.js). The model's clean() has the last word."""

    # The text input is drawn with Django's form templates, the rest with the site's.
    frame_template_name = "admin/widgets/accent_colour.html"

    class Media:
        css = {"all": ["admin/css/accent_colour.css"]}
        js = ["admin/js/accent_colour.js"]

    def __init__(self, attrs=None):
        super().__init__(
            {
                "size": 8,
                "maxlength": 7,
                "spellcheck": "false",
                "autocomplete": "off",
                "class": "accent-colour__text",
                **(attrs or {}),
            }
        )

    def render(self, name, value, attrs=None, renderer=None):
        text_input = super().render(name, value, attrs, renderer)
        return render_to_string(
            self.frame_template_name,
            {
                "text_input": text_input,
                "default": DEFAULT_ACCENT,
                "dark_paper": DARK_PAPER,
                # A plain number for the script, whatever the language's decimal mark.
                "dark_contrast": str(DARK_MODE_CONTRAST),
            },
        )
