"""How forms render their fields (settings.FORM_RENDERER).

Django ships each of its widget and form templates twice, for its own template language
and for Jinja2, and keeps the two alike. The Jinja2 copies render a select with ten options
in a third of the time, and every page made afresh with a form pays it: the overview's
filters, a project's tip form, the news and meeting lists. So Django's own templates are
taken from Jinja2; any other name a widget asks for (the admin's widgets, this project's,
those of the libraries it uses) is found as before, by Django's default renderer.
"""

from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist


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
