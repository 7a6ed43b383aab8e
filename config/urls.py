import posixpath

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path

from config.media_storages import PUBLIC_MEDIA_FOLDERS
from security.views import csp_report


def favicon(request):
    # Browsers ask for /favicon.ico on pages without an icon link, such as the admin.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


urlpatterns = [
    path("favicon.ico", favicon),
    path(settings.ADMIN_URL, admin.site.urls),
    # Not a page (and so unnamed, outside tests/browser/pages.py): browsers post to it.
    path(settings.CSP_REPORT_URL.lstrip("/"), csp_report),
    path("i18n/", include("django.conf.urls.i18n")),
    # /health/ and /health/app/, for monitoring and the load balancer.
    path("", include("operations.urls")),
    path("", include("projects.urls")),
    path("", include("tips.urls")),
    path("", include("follows.urls")),
    path("", include("events.urls")),
    path("", include("figures.urls")),
    path("", include("opendata.urls")),
    path("", include("embeds.urls")),
    path("", include("pages.urls")),
    path("", include("feeds.urls")),
]


def serve_media(request, path):
    """Public media, where no web server in front serves it: only the folders anybody may
    read (the same list the public bucket's policy opens). Documents go out through their
    download view, which checks that they are published; the rest is not there."""
    name = posixpath.normpath(path).lstrip("/")
    if name.split("/", 1)[0] not in PUBLIC_MEDIA_FOLDERS:
        raise Http404
    try:
        if not default_storage.exists(name):
            raise Http404
        response = FileResponse(default_storage.open(name))
    except (OSError, SuspiciousFileOperation, ValueError):
        # A name the storage cannot even look up (too long, a folder) is simply not there.
        raise Http404 from None
    response["X-Content-Type-Options"] = "nosniff"
    return response


if settings.SERVE_MEDIA:
    # In production a web server in front usually serves media (docs/deploying.md).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]
