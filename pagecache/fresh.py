"""Values made for each request inside HTML that is kept for many: the CSP nonce and the
hidden form fields of settings.PAGE_CACHE_FRESH_FIELDS (the CSRF token, the tip form's
signed start time).

Kept pages and kept fragments hold placeholders in their place, filled in for the
request that shows them, so a form kept for everyone still carries this visitor's token.
"""

import re
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

NONCE = "@@pagecache:nonce@@"
# Hidden form fields whose value is made for each request: field name -> placeholder.
HIDDEN_INPUT = re.compile(
    r'(<input type="hidden" name="(?P<name>[\w-]+)" value=")(?P<value>[^"]*)(")'
)
# Splits kept HTML into text and the names of the placeholders between it.
PLACEHOLDER = re.compile(r"@@pagecache:(nonce|field:[\w-]+)@@")


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
        text = text.replace(str(nonce), NONCE)
    fields = fresh_fields()

    def placeholder(match):
        if match["name"] not in fields:
            return match[0]
        return f"{match[1]}@@pagecache:field:{match['name']}@@{match[4]}"

    return HIDDEN_INPUT.sub(placeholder, text)


def value_for(placeholder, request):
    """The value of one placeholder ("nonce" or "field:<name>") for this request."""
    if placeholder == "nonce":
        return str(request._csp_nonce)
    return fresh_fields()[placeholder.removeprefix("field:")](request)


def filled(text, request):
    """Kept HTML with its placeholders filled in for this request."""
    if "@@pagecache:" not in text:
        return text
    return PLACEHOLDER.sub(lambda match: value_for(match[1], request), text)
