"""The read-only JSON API (/api/v1/) and what every machine-readable response shares.

What it promises:
- Only what the pages show: the rows are those of the open datasets (opendata.datasets),
  made from the pages' own querysets. Staff get no more than anyone else.
- The overview's filters, from the overview's own form (projects.filters.ProjectFilter):
  a project list filtered by status, area (the areas inside it too), target area or a
  search has exactly the overview's projects. Unfiltered, the API lists every published
  project, sub-projects too, where the overview lists top-level ones.
- Bad input gets a 400 with a JSON message naming the parameter; a page past the last a
  404; nothing a client sends causes a 500.
- CORS open to every origin for GET and HEAD (preflight answered); no credentials.
- Never stale: each body is kept under the content generation (pagecache.fragments
  .remembered), which every change renews and which time-based changes (a scheduled
  update going live) retire; an ETag lets clients ask again for a 304.
"""

import re
from functools import wraps
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from config.addresses import absolute_url
from pagecache.fragments import remembered
from projects.context_processors import site
from projects.filters import ProjectFilter
from projects.models import Area, Project, Theme
from projects.richtext import plain_lines

from .datasets import AREAS, EVENTS, FUNDING, PROJECTS, THEMES, UPDATES
from .formats import JSON_CONTENT_TYPE, etag_of, json_bytes
from .licences import licence_of

# The datasets the API serves as lists of their own, each at its name (api/v1/projects/).
SERVED_BY_API = [PROJECTS, UPDATES, EVENTS, AREAS, THEMES]

PAGE_SIZE = 50
SLUG = re.compile(r"[-\w]{1,200}")
HEADER_NAMES = re.compile(r"[^A-Za-z0-9!#$%&'*+.^_`|~, -]")
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
# Preflight answers are kept by browsers this long (seconds).
PREFLIGHT_MAX_AGE = 86400


class ApiError(Exception):
    """A request the API refuses, answered as JSON: {"error": message, "parameters": ...}."""

    def __init__(self, status, message, parameters=None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameters = parameters or {}

    def response(self):
        data = {"error": str(self.message)}
        if self.parameters:
            data["parameters"] = self.parameters
        return HttpResponse(json_bytes(data), content_type=JSON_CONTENT_TYPE, status=self.status)


def site_licence(request):
    return licence_of(site(request)["site_settings"])


def open_to_every_origin(response):
    # "*" and no credentials: nothing here depends on who asks.
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag, Link, Content-Language"
    return response


def preflight(request):
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    # Any header a GET may carry (none changes the answer), named as header names are.
    if asked := HEADER_NAMES.sub("", request.headers.get("Access-Control-Request-Headers", "")):
        response["Access-Control-Allow-Headers"] = asked[:500]
    response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    response["Allow"] = ALLOWED_METHODS
    return response


def machine_readable(view):
    """For every API and file address: GET and HEAD, an OPTIONS preflight, other methods
    refused with a 405, ApiError answered as JSON, CORS and the licence's Link header."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = preflight(request)
        elif request.method not in ("GET", "HEAD"):
            response = ApiError(405, _("Only GET, HEAD and OPTIONS are answered here.")).response()
            response["Allow"] = ALLOWED_METHODS
        else:
            try:
                response = view(request, *args, **kwargs)
            except ApiError as error:
                response = error.response()
            response["Link"] = site_licence(request).link_header()
        return open_to_every_origin(response)

    # Nothing here changes anything, so a POST needs no token to be told so (405).
    return csrf_exempt(answer)


def kept_response(request, name, make, *vary_on, content_type=JSON_CONTENT_TYPE):
    """A response whose body make() returns as bytes, kept under the content generation
    with its ETag (a 304 when a client's copy is current: ConditionalGetMiddleware)."""

    def body_and_etag():
        body = make()
        return body, etag_of(body)

    body, etag = remembered(request, name, body_and_etag, *vary_on)
    response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    # Anyone may keep a copy, and asks again before using it: never stale.
    patch_cache_control(response, public=True, no_cache=True)
    return response


def kept_json(request, name, make):
    """JSON made by make() (plain data), kept per address (path and query)."""
    return kept_response(request, name, lambda: json_bytes(make()), request.get_full_path())


# Pagination


def page_number(request):
    given = request.GET.get("page", "1")
    if not (given.isascii() and given.isdigit()) or len(given) > 9 or int(given) < 1:
        raise ApiError(
            400,
            _("The page must be a whole number from 1."),
            {"page": [_("Not a page number.")]},
        )
    return int(given)


def address_with(request, **changes):
    query = request.GET.copy()
    for name, value in changes.items():
        query[name] = value
    return absolute_url(f"{request.path}?{urlencode(sorted(query.lists()), doseq=True)}")


def paginated(request, queryset, dataset):
    """One page (PAGE_SIZE rows) of a list: {count, next, previous, licence, results}."""
    number = page_number(request)
    paginator = Paginator(queryset, PAGE_SIZE)
    if number > paginator.num_pages:  # num_pages is 1 for an empty list
        raise ApiError(
            404,
            _("There is no page %(number)s: the last page is %(last)s.")
            % {"number": number, "last": paginator.num_pages},
        )
    page = paginator.page(number)
    return {
        "count": paginator.count,
        "next": address_with(request, page=number + 1) if page.has_next() else None,
        "previous": address_with(request, page=number - 1) if page.has_previous() else None,
        "licence": site_licence(request).as_json(),
        "results": dataset.rows_of(page.object_list),
    }


def unpaginated(request, dataset):
    rows = dataset.rows()
    return {
        "count": len(rows),
        "licence": site_licence(request).as_json(),
        "results": rows,
    }


# Filters


def filtered_projects(request):
    """Published projects as the overview's filters choose them: 400 for a value the
    overview's form would not take (it leaves those out; a program should be told)."""
    filters = ProjectFilter(request.GET, request=request)
    form = filters.form
    if not form.is_valid():
        raise ApiError(
            400,
            _("Some filters have values that are not allowed."),
            {name: [str(message) for message in errors] for name, errors in form.errors.items()},
        )
    # Sub-projects too: a program asks for what it needs, and each names its part_of.
    return filters.apply(Project.objects.visible(), top_level=False)


def one_by_slug(queryset, parameter, request):
    """The object whose slug the parameter gives, or None without one; 400 for a slug
    of nothing residents see."""
    slug = request.GET.get(parameter, "")
    if not slug:
        return None
    # Only what a slug can be reaches the database (a NUL would not, on PostgreSQL).
    found = SLUG.fullmatch(slug) and queryset.filter(slug=slug).first()
    if not found:
        raise ApiError(
            400,
            _("Nothing public has the short name given for “%(parameter)s”.")
            % {"parameter": parameter},
            {parameter: [_("Unknown short name.")]},
        )
    return found


# Endpoints


@machine_readable
def index(request):
    """What there is: the endpoints, the datasets and the metadata, as addresses."""

    def make():
        return {
            "licence": site_licence(request).as_json(),
            "documentation": absolute_url(reverse("opendata:page")) + "#api",
            "dcat": absolute_url(reverse("opendata:api:dcat")),
            "endpoints": {
                dataset.name: absolute_url(reverse(f"opendata:api:{dataset.name}"))
                for dataset in SERVED_BY_API
            },
        }

    return kept_json(request, "api-index", make)


@machine_readable
def projects(request):
    def make():
        return paginated(request, filtered_projects(request), PROJECTS)

    return kept_json(request, "api-projects", make)


@machine_readable
def project(request, slug):
    def make():
        found = PROJECTS.objects_of(PROJECTS.queryset().filter(slug=slug))
        if not found:
            raise ApiError(404, _("No published project has this short name."))
        found = found[0]
        sub_projects = Project.objects.visible().filter(parent=found).order_by("title", "pk")
        funding = FUNDING.queryset().filter(project=found)
        return PROJECTS.row(found) | {
            "text": plain_lines(found.body),
            "how_to_get_involved": plain_lines(found.how_to_get_involved),
            "sub_projects": [sub_project.slug for sub_project in sub_projects],
            "funding": FUNDING.rows_of(funding),
            "updates": address_with_query(reverse("opendata:api:updates"), project=found.slug),
            "licence": site_licence(request).as_json(),
        }

    return kept_json(request, "api-project", make)


def address_with_query(path, **query):
    return absolute_url(f"{path}?{urlencode(query)}")


@machine_readable
def updates(request):
    """Published status updates, newest first; ?project=, ?theme= (its projects' news
    too) and ?area= (the areas inside it and their projects' news too), as the news page."""

    def make():
        found = UPDATES.queryset()
        if project := one_by_slug(Project.objects.visible(), "project", request):
            found = found.filter(project=project)
        if theme := one_by_slug(Theme.objects.visible(), "theme", request):
            found = found.about_theme(theme.pk, with_projects=True)
        if area := one_by_slug(Area.objects.all(), "area", request):
            found = found.about_area(area)
        return paginated(request, found, UPDATES)

    return kept_json(request, "api-updates", make)


@machine_readable
def events(request):
    """Published meetings, newest first; ?project= for those of one project."""

    def make():
        found = EVENTS.queryset()
        if project := one_by_slug(Project.objects.visible(), "project", request):
            found = found.filter(projects=project)
        return paginated(request, found, EVENTS)

    return kept_json(request, "api-events", make)


@machine_readable
def areas(request):
    return kept_json(request, "api-areas", lambda: unpaginated(request, AREAS))


@machine_readable
def themes(request):
    return kept_json(request, "api-themes", lambda: unpaginated(request, THEMES))
