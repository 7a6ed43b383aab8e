from pagecache.fragments import remembered

from .models import SiteSettings


def site(request):
    """The site's own texts and name for every template: one query when they change,
    kept per request and as a fragment until then."""
    if not hasattr(request, "_site_settings"):
        request._site_settings = remembered(request, "site-settings", SiteSettings.load)
    return {"site_settings": request._site_settings}
