"""How forms render their fields (settings.FORM_RENDERER).

Django ships each of its widget and form templates twice, for its own template language
and for Jinja2, and keeps the two alike. The Jinja2 copies render a select with ten options
in a third of the time, and every page made afresh with a form pays it: the overview's
filters, a project's tip form, the news and meeting lists. So Django's own templates are
taken from Jinja2; any other name a widget asks for (the admin's widgets, this project's,
those of the libraries it uses) is found as before, by Django's default renderer.
"""

from django.forms import Select
from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist
from django.utils.safestring import mark_safe
from markupsafe import escape


class FormRenderer(DjangoTemplates):
    def __init__(self):
        self.jinja2 = Jinja2()
        # Names no Jinja2 template has: asked once, not on every render.
        self.only_in_django = set()

    def get_template(self, template_name):
        if template_name not in self.only_in_django:
            try:
                return self.jinja2.get_template(template_name)
            except TemplateDoesNotExist:
                self.only_in_django.add(template_name)
        return super().get_template(template_name)


def _attributes(attrs):
    """HTML attributes as django/forms/widgets/attrs.html writes them: True as the bare
    name, False left out, anything else as name="value"."""
    return "".join(
        f" {name}" if value is True else f' {name}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(Select):
    """A <select> written out in Python, character for character as Django's own templates
    (select.html, with select_option.html and attrs.html for each option) write it
    (tests/test_form_renderer.py holds it to them).

    The filter forms of the overview and the news are on every such page made afresh,
    and their lists took three template renders per option: some 0.1 ms a list and 0.02
    ms an option, a millisecond and more a page. What each option says and whether it is
    selected still come from Django (Select.get_context)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{escape(widget["name"])}"{_attributes(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{escape(group_name)}">')
            parts += [
                f'\n  <option value="{escape(option["value"])}"{_attributes(option["attrs"])}>'
                f"{escape(option['label'])}</option>"
                for option in options
            ]
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))
