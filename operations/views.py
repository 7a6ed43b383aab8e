"""The health URLs (operations/health.py says what each checks)."""

import logging

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.log import log_response
from django.views.decorators.http import require_safe

from . import health

logger = logging.getLogger(__name__)


def answer(request, checks):
    body = health.report(checks)
    response = JsonResponse(body, status=200 if body["status"] == "ok" else 503)
    # Each poll must see the site as it is now, never a copy kept on the way.
    patch_cache_control(response, no_store=True)
    if body["status"] != "ok":
        # One warning naming what failed, instead of Django's "Service Unavailable" error.
        log_response(
            "Health check %s failing: %s",
            request.path,
            ", ".join(body["failing"]),
            response=response,
            request=request,
            logger=logger,
            level="warning",
        )
    return response


@require_safe
def site_health(request):
    """For monitoring: everything the site needs to work in full."""
    return answer(request, health.all_checks())


@require_safe
def app_health(request):
    """For the load balancer: whether this app server can serve."""
    return answer(request, health.app_checks())
