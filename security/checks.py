"""Deployment checks (`manage.py check --deploy`) for settings Django does not know."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.http.request import validate_host


@register(Tags.security, deploy=True)
def site_url_is_the_public_address(app_configs, **kwargs):
    """SITE_URL starts every absolute link the site writes: it must be the address
    residents use, served over HTTPS."""
    address = urlsplit(settings.SITE_URL)
    problems = []
    if not validate_host(address.hostname or "", settings.ALLOWED_HOSTS):
        problems.append(
            Warning(
                f"SITE_URL ({settings.SITE_URL}) is not an address of this site: its host is "
                "not in DJANGO_ALLOWED_HOSTS.",
                hint="Set SITE_URL to the site's public address, e.g. https://framdrift.example.no",
                id="framdrift.W001",
            )
        )
    if settings.SECURE_SSL_REDIRECT and address.scheme != "https":
        problems.append(
            Warning(
                f"SITE_URL ({settings.SITE_URL}) is not an https:// address, though the site "
                "is served over HTTPS: links in emails and calendars would go to plain HTTP.",
                hint="Set SITE_URL to https://<the site's host>",
                id="framdrift.W002",
            )
        )
    return problems
