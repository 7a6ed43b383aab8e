"""The Jinja2 environment for the public pieces made most often: a project's card and the
overview's latest updates (templates/jinja2/).

Eighteen cards are most of an overview made afresh, and Django's template language spent
three quarters of a millisecond on each (docs/speed.md). Jinja2 compiles a template to
Python and renders the same card in a fraction of that, with the same helpers as the Django
templates (projects/templatetags) and the same catalogues.

Written so its HTML is byte for byte what Django's template language would write:
- every {{ }} is escaped as Django's conditional_escape does it (finalize), so quotes come
  out as Django writes them and anything Django calls safe stays as it is;
- a name the template gets wrong fails loudly (StrictUndefined) instead of printing nothing;
- the words are written {{ _("…") }}, which makemessages reads from these files as well.
"""

from datetime import date

from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext
from jinja2 import Environment, StrictUndefined

from config.numbers import format_number, with_unit
from config.written_once import written_once

from .rich_html import rich_html
from .templatetags.framdrift import escaped, picture, progress_bar, status_badge
from .templatetags.languages import shown_in


def with_values(message, **values):
    """A translated message with its values put in, escaped, as {% blocktranslate %} does."""
    return mark_safe(message % {name: escaped(value) for name, value in values.items()})


def shown_date(day):
    """A day as the page's language writes it (DATE_FORMAT). A time of day leaves it as it
    is: DATE_FORMAT writes only the day."""
    if not isinstance(day, date):
        return date_format(day, "DATE_FORMAT")
    return _written_date(get_language(), date(day.year, day.month, day.day))


# Each day is written once per language and process: formatting one took 20 µs, and a news
# page shows twenty, an overview eighteen, a key figure's table one a row. The language is
# the one active, which date_format reads; settings that change formats forget them.
@written_once()
def _written_date(language, day):
    return date_format(day, "DATE_FORMAT")


def shown_time(moment):
    """A date and time as the page's language writes it (DATETIME_FORMAT)."""
    return date_format(moment, "DATETIME_FORMAT")


def year_of(day):
    """A date's year as Django's date filter writes it ("Y"), or "" for no date."""
    return f"{day.year:04d}" if day else ""


class PageEnvironment(Environment):
    """Jinja2's environment, with each template's globals a plain dict. Jinja2 gives each a
    ChainMap over the environment's, which every render copied key by key in Python: some
    40 µs, most of what a small template cost (a project page renders a dozen). The
    globals are all set when the environment is made, before any template is loaded."""

    def make_globals(self, d):
        return {**self.globals, **(d or {})}


def environment(**options):
    options.update(
        autoescape=False,
        finalize=escaped,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env = PageEnvironment(**options)
    env.globals.update(
        _=gettext,
        picture=picture,
        shown_date=shown_date,
        shown_time=shown_time,
        progress_bar=progress_bar,
        status_badge=status_badge,
        # Rich text as residents read it, and lang="nn" where a text is not translated.
        rich_html=lambda obj, field: mark_safe(rich_html(obj, field)),
        shown_in=shown_in,
        year_of=year_of,
        # Numbers as the page's language writes them: "12,5", "45 %".
        plain_number=format_number,
        with_unit=with_unit,
    )
    env.filters.update(with_values=with_values, capfirst=capfirst)
    return env
