"""The sites that may show the embeddable pages in a frame (SiteSettings.embed_origins).

Each line is one origin: https://, a host name and perhaps a port, nothing after it (http
only for a site on this machine, for trying it out). The origins go into the
Content-Security-Policy header's frame-ancestors, so only what is certainly an origin
ever reaches it: a stored line that is not one (written before the check, or from the
shell) is left out rather than trusted.
"""

import re

from django.utils.translation import gettext_lazy as _

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
# One host name label: letters, digits and hyphens, not starting or ending with a hyphen.
LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
HOST = re.compile(rf"{LABEL}(\.{LABEL})*")
PORT = re.compile(r"[1-9][0-9]{0,4}")
WHOLE_ADDRESS = _(
    "write the whole address, starting with https://, e.g. https://www.example-kommune.no"
)


class NotAnOrigin(ValueError):
    """A line that is not an origin, with the sentence that tells the process leader why."""


def ascii_host(host):
    """A host name as browsers compare it: a name with æ, ø or å in its xn-- form."""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return host.lower()


def origin_from_line(line):
    """The origin a line names, normalised (lower case, no trailing slash), or
    NotAnOrigin saying what is wrong with it."""
    text = line.strip()
    scheme, separator, rest = text.partition("://")
    scheme = scheme.lower()
    if not separator or scheme not in ("http", "https") or not rest:
        raise NotAnOrigin(WHOLE_ADDRESS)
    netloc, *after = re.split(r"(?=[/?#])", rest, maxsplit=1)
    if after and after[0] != "/":
        raise NotAnOrigin(
            _("only the site's address, with nothing after the name: %(origin)s")
            % {"origin": f"{scheme}://{netloc}"}
        )
    host, colon, port = netloc.rpartition(":") if not netloc.endswith("]") else (netloc, "", "")
    if not colon:
        host, port = netloc, ""
    host = ascii_host(host)
    if (colon and not (PORT.fullmatch(port) and int(port) <= 65535)) or not (
        host in LOCAL_HOSTS or HOST.fullmatch(host)
    ):
        raise NotAnOrigin(WHOLE_ADDRESS)
    if scheme == "http" and host not in LOCAL_HOSTS:
        raise NotAnOrigin(_("it must start with https://"))
    return f"{scheme}://{host}{colon}{port}"


def origin_problems(text):
    """[(line number, line, what is wrong)] for the lines of `text` that are not origins."""
    problems = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            origin_from_line(line)
        except NotAnOrigin as problem:
            problems.append((number, line.strip(), str(problem)))
    return problems


def allowed_origins(text):
    """The origins `text` lists, once each and in its order; lines that are not origins
    (and blank ones) are left out."""
    origins = []
    for line in (text or "").splitlines():
        try:
            origin = origin_from_line(line)
        except NotAnOrigin:
            continue
        if origin not in origins:
            origins.append(origin)
    return origins
