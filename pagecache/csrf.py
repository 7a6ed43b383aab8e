"""The CSRF token of a form on a page from the cache: Django's, made faster.

Most visitors of a cached page come without a CSRF cookie, so each hit draws a new
secret and a mask. Django's get_random_string() asks the system's random source once
per character (64 calls for a token), which was a third of the cost of a cached project
page. Here each string takes one call. The token has the form CsrfViewMiddleware checks
(a mask followed by the secret enciphered with it, as django.middleware.csrf makes it),
and the secret goes where Django looks for it (request.META["CSRF_COOKIE"]). The cookie
is then set by send_cookie(), as CsrfViewMiddleware sets it, from attributes written once.
"""

import operator
import secrets
import time
from functools import cache, lru_cache

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date

# Random bytes from this value up are dropped, so that every character is equally likely;
# the rest become characters by one table lookup each, in C (bytes.translate).
_UNBIASED_LIMIT = 256 - 256 % len(CSRF_ALLOWED_CHARS)
_CHAR_OF_BYTE = bytes(
    ord(CSRF_ALLOWED_CHARS[byte % len(CSRF_ALLOWED_CHARS)]) for byte in range(256)
)
_DROPPED = bytes(range(_UNBIASED_LIMIT, 256))
# Character -> its position in CSRF_ALLOWED_CHARS, and a sum of two positions -> the
# character at that sum modulo their number: masking with bytes.translate, in C.
_POSITION_OF_CHAR = bytes.maketrans(
    CSRF_ALLOWED_CHARS.encode(), bytes(range(len(CSRF_ALLOWED_CHARS)))
)
_CHAR_OF_SUM = bytes(
    ord(CSRF_ALLOWED_CHARS[total % len(CSRF_ALLOWED_CHARS)]) for total in range(256)
)


def random_string(length):
    """`length` characters drawn uniformly from CSRF_ALLOWED_CHARS."""
    drawn = b""
    while len(drawn) < length:
        drawn += secrets.token_bytes(2 * length).translate(_CHAR_OF_BYTE, _DROPPED)
    return drawn[:length].decode("ascii")


def masked(secret):
    """The secret as a form token: a fresh mask, then the secret shifted by it."""
    mask = random_string(len(secret))
    sums = map(
        operator.add,
        secret.encode().translate(_POSITION_OF_CHAR),
        mask.encode().translate(_POSITION_OF_CHAR),
    )
    return mask + bytes(sums).translate(_CHAR_OF_SUM).decode("ascii")


def csrf_token(request):
    """What get_token() gives: the visitor's secret (a new one without a cookie, which
    CsrfViewMiddleware then sets as the cookie), masked afresh for this response."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = request.META["CSRF_COOKIE"] = random_string(CSRF_SECRET_LENGTH)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    return masked(secret)


@cache
def _cookie_with_attributes(name, domain, path, secure, httponly, samesite):
    # Made by Django's own set_cookie, so the attributes are written as Django writes them.
    response = HttpResponse()
    response.set_cookie(
        name, "", domain=domain, path=path, secure=secure, httponly=httponly, samesite=samesite
    )
    return response.cookies[name]


@lru_cache(maxsize=1)
def _expires(second, max_age):
    return http_date(second + max_age)


def send_cookie(request, response):
    """What CsrfViewMiddleware.process_response does for a page from the cache whose form
    has a token: the visitor's secret as the CSRF cookie (new or renewed), and Vary: Cookie.
    The cookie's attributes (the CSRF_COOKIE_* settings) are written once per process and
    copied, and its expiry once a second: Django's set_cookie writes each of them for each
    response, which was an eighth of what a project page from the cache cost."""
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return response
    name, max_age = settings.CSRF_COOKIE_NAME, settings.CSRF_COOKIE_AGE
    cookie = _cookie_with_attributes(
        name,
        settings.CSRF_COOKIE_DOMAIN,
        settings.CSRF_COOKIE_PATH,
        settings.CSRF_COOKIE_SECURE,
        settings.CSRF_COOKIE_HTTPONLY,
        settings.CSRF_COOKIE_SAMESITE,
    ).copy()
    secret = request.META["CSRF_COOKIE"]
    cookie.set(name, secret, secret)
    if max_age is not None:
        cookie["expires"] = _expires(int(time.time()), max_age)
        cookie["max-age"] = int(max_age)
    response.cookies[name] = cookie
    patch_vary_headers(response, ("Cookie",))
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    return response
