"""Forms render Django's own widget templates from their Jinja2 copies (config/forms.py):
what residents and the process leader get must be what Django's template language gave,
field for field, but for the spaces between tags and how a quote is escaped (&quot; or
&#34;, the same to a browser)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.forms import Select
from django.forms.renderers import DjangoTemplates
from django.template.backends.django import DjangoTemplates as DjangoTemplatesBackend
from django.template.backends.jinja2 import Jinja2 as Jinja2Backend
from django.test import RequestFactory
from django.utils.translation import gettext_lazy

from config.forms import FormRenderer, PlainSelect
from follows.forms import FollowForm
from projects.filters import NewsFilter, ProjectFilter
from tests.base import make_area, make_project
from tips.forms import TipForm

pytestmark = pytest.mark.django_db


def rendered_fields(form, renderer):
    """Every field as a page shows it: its label, its widget and its errors, as a browser
    reads them (entities read, runs of spaces as one)."""
    form.renderer = renderer
    parts = []
    for field in form:
        parts += [str(field.label_tag()), str(field), str(field.errors)]
    html = str(BeautifulSoup("".join(parts), "html.parser"))
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html)).strip()


def forms_residents_fill_in():
    village = make_area("Nedre Li")
    project = make_project("Ny skule i Nedre Li")
    make_project("Badeplass ved fjorden")
    chosen = RequestFactory().get("/", {"status": "ongoing", "area": village.slug, "q": '<b>"'})
    return {
        "the overview's filters": ProjectFilter(chosen.GET, request=chosen).form,
        "the news filters": NewsFilter(chosen.GET, request=chosen).form,
        "a tip form sent with mistakes": TipForm(
            data={"project": project.pk, "message": "", "email": "not an address"}
        ),
        "a follow form sent empty": FollowForm(data={}),
    }


def test_each_form_shows_the_same_fields_choices_and_errors_as_before():
    shown = {}
    for name, form in forms_residents_fill_in().items():
        before = rendered_fields(form, DjangoTemplates())
        shown[name] = rendered_fields(form, FormRenderer())

        assert shown[name] == before, name
    # Not alike by accident: the chosen values and the errors are there.
    assert "selected" in shown["the overview's filters"]
    assert "&lt;b&gt;" in shown["the news filters"]
    assert 'class="errorlist"' in shown["a tip form sent with mistakes"]
    assert 'aria-invalid="true"' in shown["a follow form sent empty"]


def test_django_s_own_templates_come_from_jinja2_and_any_other_from_django():
    renderer = FormRenderer()

    select = renderer.get_template("django/forms/widgets/select.html")
    admin_widget = renderer.get_template("admin/widgets/foreign_key_raw_id.html")
    asked_again = renderer.get_template("admin/widgets/foreign_key_raw_id.html")

    assert isinstance(select.backend, Jinja2Backend)
    assert isinstance(admin_widget.backend, DjangoTemplatesBackend)
    assert isinstance(asked_again.backend, DjangoTemplatesBackend)


HOSTILE = '<b>"Ola\'s" & co</b>'


@pytest.mark.parametrize(
    ("choices", "value", "attrs"),
    [
        ([("", "Alle"), ("ongoing", "Pågår"), ("done", "Ferdig")], "ongoing", {"id": "id_status"}),
        ([("", "Alle"), ("ongoing", "Pågår")], "", {"id": "id_status", "aria-invalid": "true"}),
        ([("", "Alle"), ("ongoing", "Pågår")], "nothing-like-it", None),
        ([], None, {"id": "id_empty"}),
        ([(1, "Ein"), (2, "To")], 2, {"id": "id_year", "data-x": 0, "required": True}),
        ([(HOSTILE, HOSTILE)], HOSTILE, {"id": "id_x", "title": HOSTILE, "hidden": False}),
        (
            [("", "Alle"), ("Kommunar", [("li", "Nedre Li"), ("dal", "Dalen")]), ("x", "Anna")],
            "dal",
            {"id": "id_area"},
        ),
        ([("", gettext_lazy("Title"))], "", {"id": "id_sort"}),
    ],
    ids=["chosen", "none chosen", "unknown value", "empty", "numbers", "hostile", "groups", "lazy"],
)
def test_a_plain_select_writes_exactly_what_djangos_templates_write(choices, value, attrs):
    expected = Select(choices=choices).render("area", value, attrs, renderer=FormRenderer())
    written = PlainSelect(choices=choices).render("area", value, attrs)

    assert written == expected
    assert "<b>" not in written


def test_the_filter_forms_write_their_lists_without_templates():
    for name, form in forms_residents_fill_in().items():
        if "filters" in name:
            lists = [field for field in form if isinstance(field.field.widget, Select)]
            assert lists and all(isinstance(field.field.widget, PlainSelect) for field in lists)
