"""Rich text written by the process leader: a small, safe set of HTML."""

import functools

from django_prose_editor.fields import ProseEditorField, create_sanitizer

# What the editor offers, and so what the sanitiser lets through: paragraphs,
# headings below the page title, lists, links, emphasis and quotes.
RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "History": True,
}


@functools.cache
def _sanitizer():
    return create_sanitizer(RICH_TEXT_EXTENSIONS)


def sanitize_rich_text(html):
    """HTML cleaned by the same allow-list as the field's, for cleaning again as it is shown."""
    return _sanitizer()(html)


class RichTextField(ProseEditorField):
    """HTML from the admin editor, cleaned by an allow-list on every save, whatever saved it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", RICH_TEXT_EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = self.sanitize(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value
