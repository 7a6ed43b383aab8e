"""robots.txt and sitemap.xml, at the root where search engines look for them.

robots.txt lets search engines read everything residents can, except pages made for one
person (a follower's own pages, the receipt for a tip). It never names the admin's
address: ADMIN_URL is kept unguessable on purpose, and robots.txt is public.
"""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.http import HttpResponse
from django.urls import NoReverseMatch, get_resolver, get_script_prefix, reverse
from django.views.decorators.http import require_safe

from config.addresses import absolute_url
from config.languages import addresses_in

from .sitemaps import SITEMAPS

# URL namespaces of pages for one person, reached from a link in their email.
PERSONAL_NAMESPACES = ["follows"]
# Single pages for one person.
PERSONAL_PAGES = ["tips:sent"]


@require_safe
def sitemap(request):
    return sitemap_view(request, SITEMAPS)


def fixed_start(route):
    """The part of a route before its first variable, up to a slash: "folg/" of
    "folg/stadfest/<str:token>/"."""
    fixed = route.split("<", 1)[0]
    return fixed[: fixed.rfind("/") + 1]


def common_start(routes):
    """The path segments every route starts with ("folg/"), or "" if they share none."""
    segments = [fixed_start(route).split("/")[:-1] for route in routes]
    shared = []
    for parts in zip(*segments, strict=False):
        if len(set(parts)) != 1:
            break
        shared.append(parts[0])
    return "".join(f"{part}/" for part in shared)


def namespace_start(namespace):
    """Where every address of a URL namespace starts, in the language active; None if the
    namespace is not there or its addresses share no start (then none is disallowed,
    rather than a page residents read)."""
    found = get_resolver().namespace_dict.get(namespace)
    if found is None:
        return None
    _prefix, resolver = found
    start = common_start([str(pattern.pattern) for pattern in resolver.url_patterns])
    return f"{get_script_prefix()}{start}" if start else None


def personal_paths():
    paths = [namespace_start(namespace) for namespace in PERSONAL_NAMESPACES]
    for name in PERSONAL_PAGES:
        try:
            paths.append(reverse(name))
        except NoReverseMatch:
            continue
    return [path for path in paths if path]


@require_safe
def robots_txt(request):
    site_prefix = getattr(request, "site_script_prefix", None) or get_script_prefix()
    disallowed, sitemaps = [], []
    for language, _name in settings.LANGUAGES:
        with addresses_in(language, site_prefix):
            disallowed += personal_paths()
            sitemaps.append(absolute_url(reverse("feeds:sitemap")))
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in dict.fromkeys(disallowed)),
        # Last: parsers that take the first rule that matches still see the ones above.
        "Allow: /",
        "",
        *(f"Sitemap: {address}" for address in sitemaps),
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
