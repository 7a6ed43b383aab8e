from django.conf import settings
from django.contrib import admin
from django.http import Http404, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.static import serve

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


def serve_media(request, path, document_root):
    try:
        return serve(request, path, document_root)
    except OSError:
        # A name the file system cannot even look up (too long, say) is simply not there.
        raise Http404 from None


if settings.SERVE_MEDIA:
    # In production a web server in front usually serves media; see the README.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}),
    ]
