"""The CSRF token of a form on a page from the cache: Django's, made faster.

Most visitors of a cached page come without a CSRF cookie, so each hit draws a new
secret and a mask. Django's get_random_string() asks the system's random source once
per character (64 calls for a token), which was a third of the cost of a cached project
page. Here each string takes one call. The token has the form CsrfViewMiddleware checks
(a mask followed by the secret enciphered with it, as django.middleware.csrf makes it),
and the secret goes where Django looks for it, so the middleware sets the cookie.
"""

import secrets

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

# Random bytes from this value up are dropped, so that every character is equally likely;
# the rest become characters by one table lookup each, in C (bytes.translate).
_UNBIASED_LIMIT = 256 - 256 % len(CSRF_ALLOWED_CHARS)
_CHAR_OF_BYTE = bytes(
    ord(CSRF_ALLOWED_CHARS[byte % len(CSRF_ALLOWED_CHARS)]) for byte in range(256)
)
_DROPPED = bytes(range(_UNBIASED_LIMIT, 256))
_POSITION = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}


def random_string(length):
    """`length` characters drawn uniformly from CSRF_ALLOWED_CHARS."""
    drawn = b""
    while len(drawn) < length:
        drawn += secrets.token_bytes(2 * length).translate(_CHAR_OF_BYTE, _DROPPED)
    return drawn[:length].decode("ascii")


def masked(secret):
    """The secret as a form token: a fresh mask, then the secret shifted by it."""
    mask = random_string(len(secret))
    cipher = "".join(
        CSRF_ALLOWED_CHARS[(_POSITION[s] + _POSITION[m]) % len(CSRF_ALLOWED_CHARS)]
        for s, m in zip(secret, mask, strict=True)
    )
    return mask + cipher


def csrf_token(request):
    """What get_token() gives: the visitor's secret (a new one without a cookie, which
    CsrfViewMiddleware then sets as the cookie), masked afresh for this response."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = request.META["CSRF_COOKIE"] = random_string(CSRF_SECRET_LENGTH)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    return masked(secret)
