from .models import SiteSettings


def site(request):
    """The site's own texts and name for every template; one query, cached per request."""
    if not hasattr(request, "_site_settings"):
        request._site_settings = SiteSettings.load()
    return {"site_settings": request._site_settings}
