"""config/translated_querysets.py: a translated model's querysets share one class per
QuerySet class (django-modeltranslation made a new one for each), and are as multilingual,
and as picklable, as django-modeltranslation makes them."""

import pickle

import pytest
from django.utils import translation
from modeltranslation.manager import MultilingualQuerySet

from projects.models import Project, ProjectQuerySet
from tests.base import make_project

pytestmark = pytest.mark.django_db


def test_querysets_of_a_translated_model_and_of_its_relations_share_one_class():
    project = make_project("Ny kai", slug="kai")

    made = {type(Project.objects.all()), type(Project.objects.visible())}
    made.add(type(Project.objects.all()))
    assert len(made) == 1
    (made,) = made
    assert issubclass(made, ProjectQuerySet) and issubclass(made, MultilingualQuerySet)
    assert type(project.documents.all()) is type(project.documents.all())
    assert type(project.themes.all()) is type(project.themes.all())


def test_a_text_named_without_its_language_is_still_the_page_language_s(english_too):
    make_project("Ny kai", slug="kai", title_en="New quay")

    with translation.override("en"):
        assert list(Project.objects.filter(title="New quay").values_list("slug", flat=True)) == [
            "kai"
        ]
        assert list(Project.objects.order_by("title").values_list("title", flat=True)) == [
            "New quay"
        ]
    assert list(Project.objects.filter(title="Ny kai").values_list("slug", flat=True)) == ["kai"]


def test_a_pickled_queryset_comes_back_with_its_rows():
    make_project("Ny kai", slug="kai")
    queryset = Project.objects.visible().filter(slug="kai")
    list(queryset)

    again = pickle.loads(pickle.dumps(queryset))

    assert [project.slug for project in again] == ["kai"]
    assert type(again) is type(queryset)
