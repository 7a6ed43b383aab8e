"""What Django has no setting for: a Permissions-Policy header, and a cap on the size of
a request body; and Django's Content-Security-Policy header, written out once."""

from django.conf import settings
from django.http import HttpResponse
from django.middleware import csp
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
        return self.process_response(request, self.get_response(request))

    def process_response(self, request, response):
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


# Stands for the nonce in a policy written out once; no directive's value holds it.
NONCE_STAND_IN = "\x00nonce\x00"


class ContentSecurityPolicyMiddleware(csp.ContentSecurityPolicyMiddleware):
    """Django's, but the site's own policy (settings.SECURE_CSP) is written out once per
    process and only this response's nonce put in, rather than the whole header built
    for every response: about a tenth of what a page from the page cache costs. Views
    with a policy of their own (the admin's, the embeds') are left to Django."""

    policy = None  # settings.SECURE_CSP when its headers were written
    headers = {}  # with a nonce or without -> the header

    def process_response(self, request, response):
        policy = settings.SECURE_CSP
        if policy and not hasattr(response, "_csp_config"):
            header = str(csp.CSP.HEADER_ENFORCE)
            if header not in response:
                # A nonce no template used is not made now (LazyNonce), as in Django's.
                nonce = csp.get_nonce(request)
                written = self.header_for(policy, with_nonce=bool(nonce))
                if nonce:
                    written = written.replace(NONCE_STAND_IN, str(nonce))
                response.headers[header] = written
        return super().process_response(request, response)

    def header_for(self, policy, with_nonce):
        if policy is not self.policy:  # the first response, or a policy set anew (tests do)
            self.headers = {
                nonce_used: csp.build_policy(policy, NONCE_STAND_IN if nonce_used else None)
                for nonce_used in (True, False)
            }
            self.policy = policy
        return self.headers[with_nonce]
