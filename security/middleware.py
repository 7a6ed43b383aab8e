"""What Django has no setting for: a Permissions-Policy header, and a cap on the size of
a request body."""

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string


def permissions_policy(features):
    """{"camera": [], "clipboard-write": ["self"]} -> 'camera=(), clipboard-write=(self)'."""
    return ", ".join(f"{name}=({' '.join(origins)})" for name, origins in features.items())


class PermissionsPolicyMiddleware:
    """Turns off the browser features the site does not use, on every response (static
    files too: it runs before whitenoise answers)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.policy)
        return response


class RequestSizeLimitMiddleware:
    """Refuses a request whose body is larger than the site ever needs, with a 413 page,
    before a byte of it is read: Django would otherwise write an uploaded file of any size
    to disk before a form could refuse it. The admin's limit is higher (several pictures
    and documents at once). A body without a Content-Length is never read by Django."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads nothing of a body whose length it cannot read
        limit = self.limit_for(request.path)
        if length > limit:
            page = render_to_string("413.html", {"limit": filesizeformat(limit)})
            response = HttpResponse(page, status=413)
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)

    def limit_for(self, path):
        if path.startswith(f"/{settings.ADMIN_URL}"):
            return settings.ADMIN_REQUEST_MAX_BYTES
        return settings.REQUEST_MAX_BYTES
