"""Queries built and compiled once per process, then run with each request's values.

Building a queryset (each lookup resolved, the query cloned at every step,
django-modeltranslation rewriting each field's name) and compiling it to SQL costs this
machine about a millisecond a query; running the SQL of a page's queries takes a tenth of
that. A page made afresh runs the same queries every time, differing only in the time, the
language and a few keys. So the hottest are built once per language and shape from
stand-in values, as config.addresses reverses an address once, and afterwards their SQL
runs with the request's own values, read as the queryset would read them.

A prepared query must get everything it depends on through its arguments. It is built twice
from the same stand-ins on first use: anything that differs between the two (a
timezone.now() inside, say), or a query run while building it again, refuses it, in the
tests as in production.
"""

from datetime import UTC, date, datetime, timedelta
from functools import partial
from operator import itemgetter
from weakref import ref as weak_ref

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import connections
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    NamedValuesListIterable,
    QuerySet,
    ValuesIterable,
    ValuesListIterable,
    get_related_populators,
)
from django.utils.translation import get_language
from modeltranslation.manager import (
    FallbackFlatValuesListIterable,
    FallbackNamedValuesListIterable,
    FallbackValuesListIterable,
)

# More shapes than this (a few of every language) and the compiled queries start afresh.
MOST_SHAPES = 64
# Stand-ins: values no request's argument would hold. Strings from Unicode's private use
# area; times and days in 1901.
_STAND_IN_TIME = datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)
_STAND_IN_DAY = date(1901, 2, 3)
_STAND_IN_NUMBER = -7_314_159_265_000


def _stand_in(value, number):
    """The number-th stand-in for an argument of value's type."""
    if isinstance(value, datetime):
        return _STAND_IN_TIME + timedelta(microseconds=number)
    if isinstance(value, date):
        return _STAND_IN_DAY + timedelta(days=number)
    if isinstance(value, int):
        return _STAND_IN_NUMBER - number
    if isinstance(value, str):
        return f"\ue000{number}\ue001"
    raise TypeError(f"a prepared query takes times, days, numbers and strings, not {value!r}")


def _is_kept_as_is(value):
    """Arguments that are part of the query's shape rather than stand-ins: booleans and
    None change the SQL itself (IS NULL), and True stands for 1 in many queries."""
    return value is None or isinstance(value, bool)


def _padded(keys):
    """A list of keys for an `__in` lookup, its length brought to a power of two by
    repeating its last key: the same set, and lists of any length share a few shapes."""
    if not keys:
        return keys
    length = 1 << (len(keys) - 1).bit_length()
    return [*keys, *[keys[-1]] * (length - len(keys))]


def _shape(arguments, fixed):
    shape = []
    for name, value in sorted(arguments.items()):
        if name in fixed or _is_kept_as_is(value):
            shape.append((name, value))
        elif isinstance(value, (list, tuple)):
            shape.append((name, type(value[0]).__name__ if value else "", len(value)))
        else:
            shape.append((name, type(value).__name__))
    return tuple(shape)


class _Compiled:
    """One shape of a prepared query: its SQL, its parameters with the slots the arguments
    go into, and what turns a row into what the queryset would have given."""

    def __init__(self, queryset, counted=False):
        self.alias = queryset.db
        query = queryset.query
        compiler = query.get_compiler(self.alias)
        self.sql, params = compiler.as_sql()
        self.params = list(params)
        self.slots = []
        self.compiler = compiler
        if counted:
            # As Django counts a sliced queryset: the query's rows, counted around it.
            self.sql = f"SELECT COUNT(*) FROM ({self.sql}) counted"
            self.converters = []
            self.make = _count_of
            return
        fields = [selected[0] for selected in compiler.select[: compiler.col_count]]
        if compiler.has_composite_fields(fields):
            raise ImproperlyConfigured("a prepared query cannot read composite keys")
        self.converters = compiler.get_converters(fields)
        self.make = _reader(queryset, compiler)

    def run(self, arguments):
        params = self.params.copy()
        for position, name, index, adapt in self.slots:
            value = arguments[name] if index is None else arguments[name][index]
            params[position] = adapt(value)
        with connections[self.alias].cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        return self.make(rows)


def _reader(queryset, compiler):
    """What turns rows of the compiled query into what iterating the queryset gives."""
    query = queryset.query
    reads = queryset._iterable_class
    if reads is ModelIterable:
        if queryset._prefetch_related_lookups or queryset._known_related_objects:
            raise ImproperlyConfigured("a prepared query of objects reads their rows alone")
        return partial(_as_objects, compiler, queryset.db, queryset._fetch_mode)
    if reads in (NamedValuesListIterable, FallbackNamedValuesListIterable) or not issubclass(
        reads, (ValuesIterable, ValuesListIterable, FlatValuesListIterable)
    ):
        raise ImproperlyConfigured("a prepared query reads objects, values or unnamed value lists")
    # The columns as the query selects them, and as the queryset gives them back.
    selected = list(query.selected or [])
    selected = selected or [*query.extra_select, *query.values_select, *query.annotation_select]
    given = list(getattr(queryset, "original_fields", None) or queryset._fields or selected)
    given += [name for name in query.annotation_select if name not in given]
    if getattr(queryset, "translation_fields", None):
        # django-modeltranslation works out a text named without its language (title, not
        # title_nn) in Python, row by row.
        raise ImproperlyConfigured(
            "a prepared query reads a translated text by its column's name (title_nn), or as "
            'in_page_language("title")'
        )
    order = itemgetter(*(selected.index(name) for name in given))
    if len(given) == 1:
        order = partial(_one_of, order)
    if issubclass(reads, (FlatValuesListIterable, FallbackFlatValuesListIterable)):
        return partial(_as_first_values, order)
    if issubclass(reads, ValuesListIterable) or issubclass(reads, FallbackValuesListIterable):
        return partial(_as_tuples, order)
    return partial(_as_values, order, given)


def _count_of(rows):
    return rows[0][0]


def _one_of(order, row):
    return (order(row),)


def _as_values(order, names, rows):
    return [dict(zip(names, order(row), strict=True)) for row in rows]


def _as_tuples(order, rows):
    return [order(row) for row in rows]


def _as_first_values(order, rows):
    return [order(row)[0] for row in rows]


def _as_objects(compiler, alias, fetch_mode, rows):
    """Model objects of rows, as ModelIterable makes them: each with the objects of its
    select_related() and its annotations."""
    select, klass_info = compiler.select, compiler.klass_info
    model_fields = slice(klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1)
    names = [selected[0].target.attname for selected in select[model_fields]]
    from_db = partial(klass_info["model"].from_db, fetch_mode=fetch_mode)
    populators = get_related_populators(klass_info, select, alias, fetch_mode)
    annotations = compiler.annotation_col_map.items()
    objects, peers = [], []
    for row in rows:
        obj = from_db(alias, names, row[model_fields])
        if fetch_mode.track_peers:
            peers.append(weak_ref(obj))
            obj._state.peers = peers
        for populator in populators:
            populator.populate(row, obj)
        for name, position in annotations:
            setattr(obj, name, row[position])
        objects.append(obj)
    return objects


class _Empty:
    """A shape whose query matches nothing (an empty list of keys): Django runs no SQL."""

    def __init__(self, counted):
        self.counted = counted

    def run(self, arguments):
        return 0 if self.counted else []


class Prepared:
    """A query compiled once per language and shape.

    `build(**arguments)` returns a queryset of values(), values_list() or model objects
    (with select_related() and annotations, but no prefetches: those are prepared queries
    of their own, see as_prefetched). A translated text is read by its column's own name
    (title_nn), or as in_page_language("title").

    Calling the prepared query with the same keywords returns list(build(**arguments)), or
    with counted=True build(**arguments).count(), counted as Django counts a sliced
    queryset (the query's rows, counted around it).
    Arguments are times, days, numbers, strings, lists of those (keys for an `__in`
    lookup), booleans and None (both part of the shape). Each must reach the SQL as a
    parameter as given: one the query transforms (a `__contains` string, a time moved by a
    day) is refused on first use. Those named in `fixed` (a slice's length, say, which
    Django writes into the SQL) are part of the shape too, so they take few values.
    """

    def __init__(self, build, fixed=(), counted=False):
        self.build = build
        self.fixed = frozenset(fixed)
        self.counted = counted
        self._compiled = {}
        _every_prepared.append(self)

    def __call__(self, **arguments):
        arguments = {
            name: _padded(value) if isinstance(value, (list, tuple)) else value
            for name, value in arguments.items()
        }
        key = (get_language(), _shape(arguments, self.fixed))
        compiled = self._compiled.get(key)
        if compiled is None:
            if len(self._compiled) >= MOST_SHAPES:
                self._compiled.clear()
            compiled = self._compiled[key] = self._compile(arguments)
        return compiled.run(arguments)

    def forget(self):
        self._compiled.clear()

    def _compile(self, arguments):
        stand_ins, wanted = {}, []
        number = 0
        for name, value in arguments.items():
            if name in self.fixed or _is_kept_as_is(value):
                stand_ins[name] = value
            elif isinstance(value, (list, tuple)):
                stand_ins[name] = [_stand_in(item, number + i) for i, item in enumerate(value)]
                wanted += [(name, i, item) for i, item in enumerate(stand_ins[name])]
                number += len(value)
            else:
                stand_ins[name] = _stand_in(value, number)
                wanted.append((name, None, stand_ins[name]))
                number += 1
        try:
            compiled = _Compiled(self.build(**stand_ins), self.counted)
            # Built from what it is given alone: a query run while building it (the areas
            # inside an area, say) would be answered once and kept for ever. The first
            # build may open the connection or ask what the database can do, once.
            with connections[compiled.alias].execute_wrapper(_no_query_while_building):
                again = _Compiled(self.build(**stand_ins), self.counted)
        except EmptyResultSet:
            return _Empty(self.counted)
        if (compiled.sql, compiled.params) != (again.sql, again.params):
            raise ImproperlyConfigured(
                f"{self.build.__qualname__} builds a different query each time from the "
                "same arguments: pass it what it depends on (the time, say)"
            )
        connection = connections[compiled.alias]
        for name, index, stand_in in wanted:
            found = False
            for adapt in _adapters(stand_in, connection):
                form = adapt(stand_in)
                for position, param in enumerate(compiled.params):
                    if type(param) is type(form) and param == form:
                        compiled.slots.append((position, name, index, adapt))
                        found = True
                if found:
                    break
            if not found or str(stand_in) in compiled.sql:
                raise ImproperlyConfigured(
                    f"{self.build.__qualname__} does not pass its argument {name!r} to the "
                    "database as given, so it cannot be prepared"
                )
        return compiled


def _no_query_while_building(execute, sql, params, many, context):
    raise ImproperlyConfigured(
        "a prepared query ran a query while it was built; pass what it read as an argument"
    )


def _adapters(value, connection):
    """The forms a value may take among a compiled query's parameters: as given, or as the
    database's field adapts it (SQLite writes times as text)."""
    yield _as_given
    if isinstance(value, datetime):
        yield connection.ops.adapt_datetimefield_value
    elif isinstance(value, date):
        yield connection.ops.adapt_datefield_value


def _as_given(value):
    return value


_every_prepared = []


def _forget_all(**kwargs):
    # A setting a test changes (the content languages, say) may change what a query reads.
    for prepared in _every_prepared:
        prepared.forget()


setting_changed.connect(_forget_all)


def as_prefetched(instance, name, objects, to_attr=None):
    """Put objects (read by a prepared query) where prefetch_related(name) would put them,
    so that instance.<name>.all() gives them without a query, or, with to_attr, where
    Prefetch(name, to_attr=to_attr) would (a list). Each object of a reverse foreign key
    knows instance as its own, as after prefetch_related."""
    manager = getattr(instance, name)
    objects = list(objects)
    if hasattr(manager, "prefetch_cache_name"):  # many-to-many
        cache_name = manager.prefetch_cache_name
    else:  # the other end of a foreign key
        cache_name = manager.field.remote_field.cache_name
        for obj in objects:
            manager.field.set_cached_value(obj, instance)
    if to_attr:
        setattr(instance, to_attr, objects)
        return
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[cache_name] = PrefetchedRelation.holding(
        instance, name, cache_name, manager, objects
    )


class PrefetchedRelation:
    """The queryset of a relation whose objects are already read, as prefetch_related
    leaves it: its objects without a query, and anything asked of it beyond them (a
    filter, say) asks the database about this instance's alone.

    The relation's own queryset is only built when something asks more than its objects:
    building it took 80 µs a relation, some twenty on a project page (django-modeltranslation
    rewrites its ordering each time), where pages only list the objects. Until then it is
    a bare QuerySet of the relation's class holding the objects; on first use beyond them
    it becomes that queryset, of its class, with the objects kept.
    """

    _relation = None  # (instance, name, cache name) until built

    # One subclass of each relation's QuerySet class: (owner's class, name) -> subclass.
    _classes = {}

    @classmethod
    def holding(cls, instance, name, cache_name, manager, objects):
        key = (type(instance), name)
        if (lazy_class := cls._classes.get(key)) is None:
            # The manager gives what is prefetched, if anything is: not that one's class.
            getattr(instance, "_prefetched_objects_cache", {}).pop(cache_name, None)
            built_class = type(manager.get_queryset())
            lazy_class = cls._classes[key] = type(
                f"Prefetched{built_class.__name__}", (cls, built_class), {}
            )
        queryset = object.__new__(lazy_class)
        QuerySet.__init__(queryset, model=manager.model)
        # What django-modeltranslation's QuerySet reads of itself before building anything.
        queryset._rewrite, queryset._populate = True, None
        queryset._result_cache = objects
        queryset._prefetch_done = True
        queryset._relation = (instance, name, cache_name)
        return queryset

    def _build(self):
        """Become the relation's own queryset, keeping the objects."""
        instance, name, cache_name = self._relation
        prefetched = instance._prefetched_objects_cache
        prefetched.pop(cache_name, None)  # else the manager would give this back
        try:
            built = getattr(instance, name).get_queryset()
        finally:
            prefetched[cache_name] = self
        objects = self._result_cache
        self.__dict__.clear()
        self.__dict__.update(built.__dict__)
        self.__class__ = type(built)
        self._result_cache = objects
        self._prefetch_done = True

    @property
    def query(self):
        self._build()
        return self.query

    @query.setter
    def query(self, value):
        self._build()
        self.query = value

    def _chain(self):
        self._build()
        return self._chain()

    def _clone(self):
        self._build()
        return self._clone()

    def __getstate__(self):
        self._build()
        return self.__getstate__()

    def __reduce__(self):
        self._build()
        return self.__reduce__()


def as_prefetched_among(owners, name, objects):
    """Objects of the other end of a foreign key (read by a prepared query for all the
    owners at once), each put on its own owner as as_prefetched(owner, name, …) would:
    every owner gets its list, empty where none is its own."""
    if not owners:
        return
    link = getattr(type(owners[0]), name).field.attname
    by_owner = {owner.pk: [] for owner in owners}
    for obj in objects:
        by_owner[getattr(obj, link)].append(obj)
    for owner in owners:
        as_prefetched(owner, name, by_owner[owner.pk])
