"""One QuerySet class per translated model's QuerySet class, not one per queryset.

django-modeltranslation (0.20) gives a translated model's querysets its own behaviour by
mixing MultilingualQuerySet into their class: `multilingual_queryset_factory` defines that
class anew (`class NewClass(old_cls, MultilingualQuerySet)`) every time a manager makes a
queryset of a custom QuerySet class, as ours are. Defining a class costs about a tenth of a
millisecond on this machine; a project page made afresh makes some twenty such querysets
(each of its relations, as prefetch_related does). The class made depends on nothing but
the QuerySet class it is made from, so the first is kept and given again. Installed at
start by projects.apps (keep_one_class_per_queryset_class).
"""

import functools

from modeltranslation import manager

_make_class = manager.multilingual_queryset_factory


@functools.cache
def _class_for(queryset_class):
    return _make_class(queryset_class, instantiate=False)


def multilingual_queryset_factory(old_cls, instantiate=True):
    """modeltranslation's factory, with the class it makes for old_cls kept. At module level,
    so that a pickled queryset (MultilingualQuerySet.__reduce__ names it) finds it again."""
    new_class = _class_for(old_cls)
    return new_class() if instantiate else new_class


def keep_one_class_per_queryset_class():
    manager.multilingual_queryset_factory = multilingual_queryset_factory
