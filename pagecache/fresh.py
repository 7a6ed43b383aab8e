"""Values made for each request inside HTML that is kept for many: the CSP nonce and the
hidden form fields of settings.PAGE_CACHE_FRESH_FIELDS (the CSRF token, the tip form's
signed start time).

Kept pages and kept fragments hold placeholders in their place, filled in for the
request that shows them, so a form kept for everyone still carries this visitor's token.

A placeholder carries a mark derived from SECRET_KEY, which no page ever shows: text
that residents or the process leader write (a search, a tip, a title) cannot make one,
so it is shown as written and never filled in.
"""

import re
from functools import cache

from django.conf import settings
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string

# Hidden form fields whose value is made for each request: field name -> placeholder.
HIDDEN_INPUT = re.compile(
    r'(<input type="hidden" name="(?P<name>[\w-]+)" value=")(?P<value>[^"]*)(")'
)


@cache
def _mark(secret_key):
    return salted_hmac(
        "pagecache.fresh.placeholder", "mark", secret=secret_key, algorithm="sha256"
    ).hexdigest()[:24]


def placeholder_mark():
    """This deployment's mark; a new SECRET_KEY (and so every key) gives a new one."""
    return _mark(settings.SECRET_KEY)


def placeholder(name):
    """The placeholder for "nonce" or "field:<name>"."""
    return f"@@{placeholder_mark()}:{name}@@"


@cache
def _pattern(mark, field_names):
    names = "|".join(["nonce", *(f"field:{re.escape(name)}" for name in field_names)])
    return re.compile(rf"@@{mark}:({names})@@")


def placeholder_pattern():
    """Splits kept HTML into text and the names of the placeholders between it: only this
    deployment's mark, and only names that have a value."""
    return _pattern(placeholder_mark(), tuple(sorted(settings.PAGE_CACHE_FRESH_FIELDS)))


@cache
def _functions(paths):
    return {name: import_string(path) for name, path in paths}


def fresh_fields():
    """Field name -> function (request) -> the field's value for that request."""
    return _functions(tuple(settings.PAGE_CACHE_FRESH_FIELDS.items()))


def with_placeholders(text, request):
    """The HTML made for this request, with its per-request values as placeholders."""
    nonce = getattr(request, "_csp_nonce", None)
    if nonce:  # only true once a template used it
        text = text.replace(str(nonce), placeholder("nonce"))
    fields = fresh_fields()

    def field_placeholder(match):
        if match["name"] not in fields:
            return match[0]
        return f"{match[1]}{placeholder('field:' + match['name'])}{match[4]}"

    return HIDDEN_INPUT.sub(field_placeholder, text)


def value_for(name, request):
    """The value of one placeholder ("nonce" or "field:<name>") for this request."""
    if name == "nonce":
        return str(request._csp_nonce)
    return fresh_fields()[name.removeprefix("field:")](request)


def filled(text, request):
    """Kept HTML with its placeholders filled in for this request."""
    if f"@@{placeholder_mark()}:" not in text:
        return text
    return placeholder_pattern().sub(lambda match: value_for(match[1], request), text)
