"""A header Django has no setting for."""

from django.conf import settings


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
