"""The admin login's two steps, two-step login set-up, the lockout page, and the log of
blocked content (CSP reports)."""

import json
import logging
from base64 import b32encode
from functools import wraps

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_cool_off, get_lockout_response
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import login as auth_login
from django.contrib.auth.views import LoginView, redirect_to_login
from django.db.models import Max, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from ratelimits.clients import client_address
from ratelimits.limits import count_and_check

from . import two_step
from .forms import CodeForm, LoginCodeForm

csp_logger = logging.getLogger("framdrift.csp")


def staff_only(view):
    """For a logged-in staff user, verified by a code or not: the admin's own check would
    send someone who must first set up two-step login round in a circle."""

    @wraps(view)
    def wrapper(request, *args, site, **kwargs):
        user = request.user
        if not (user.is_active and user.is_staff):
            return redirect_to_login(request.get_full_path(), reverse(f"{site.name}:login"))
        return view(request, *args, site=site, **kwargs)

    return never_cache(wrapper)


class PasswordStepLoginView(LoginView):
    """The admin login's first step. A user with two-step login is not logged in yet: the
    right password sends them on to the code (login_code)."""

    site = None

    def form_valid(self, form):
        if form.needs_code():
            two_step.PendingLogin.start(self.request, form.get_user(), self.get_success_url())
            return redirect(f"{self.site.name}:login_code")
        two_step.PendingLogin.end(self.request)
        return super().form_valid(form)

    def form_invalid(self, form):
        # A new try with the password starts the login again.
        two_step.PendingLogin.end(self.request)
        return super().form_invalid(form)


@never_cache
@sensitive_post_parameters("otp_token")
@csrf_protect
@require_http_methods(["GET", "POST"])
def login_code(request, site):
    """The login's second step: the code from the app, for the user whose password was
    right in this session a few minutes ago (two_step.PendingLogin)."""
    pending, ended = two_step.PendingLogin.current(request)
    user = pending.user() if pending else None
    if user is None:
        if ended == "expired":
            messages.error(request, login_ended_message("expired"))
        return redirect(f"{site.name}:login")
    credentials = {"username": user.get_username()}
    if not AxesProxyHandler.is_allowed(request, credentials):
        two_step.PendingLogin.end(request)
        return get_lockout_response(request, None, credentials)
    form = LoginCodeForm(
        request.POST if request.method == "POST" else None, user=user, request=request
    )
    if form.is_valid():
        two_step.PendingLogin.end(request)
        auth_login(request, user, backend=pending.backend)
        return redirect(pending.next_url)
    if form.is_bound:
        if pending.count_wrong_code():
            messages.error(request, login_ended_message("wrong_codes"))
            return redirect(f"{site.name}:login")
        # The wrong code comes back cleared, ready for the one the app shows now.
        form.data = form.data.copy()
        form.data["otp_token"] = ""
    context = site.each_context(request) | {
        "title": _("Log in"),
        "form": form,
        "wrong_codes_left": two_step.LOGIN_WRONG_CODE_LIMIT - pending.wrong_codes,
    }
    return render(request, "security/login_code.html", context)


def login_ended_message(reason):
    if reason == "expired":
        return ngettext(
            "The code was not typed within %(minutes)d minute. Log in again with your user "
            "name and password.",
            "The code was not typed within %(minutes)d minutes. Log in again with your user "
            "name and password.",
            two_step.LOGIN_CODE_MINUTES,
        ) % {"minutes": two_step.LOGIN_CODE_MINUTES}
    return _("Too many wrong codes. Log in again with your user name and password.")


def grouped(key):
    """The secret as the app asks for it when typed in: base32, in groups of four."""
    text = b32encode(key).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_svg(config_url):
    # segno draws with SVG attributes only (no style), so the page's CSP allows it.
    svg = segno.make(config_url, error="m").svg_inline(
        scale=5, dark="#000", light="#fff", svgclass="two-step__qr", title=_("QR code")
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


@staff_only
def two_step_page(request, site):
    """Turn two-step login on (scan, then confirm with a code) or off (confirm with a code)."""
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        return set_up(request, site, user)
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        TOTPDevice.objects.filter(user=user).delete()
        messages.success(request, _("Two-step login is off. You log in with your password only."))
        return redirect(f"{site.name}:two_step")
    context = site.each_context(request) | {
        "title": _("Two-step login"),
        "device": device,
        "form": form,
        "required": two_step.is_required_for(user),
    }
    return render(request, "security/two_step.html", context)


def set_up(request, site, user):
    # A new key for each attempt, kept in this session only, never in a shared device row
    # (unconfirmed rows from before are ignored): see two_step.SetUpAttempt.
    attempt, ended = two_step.SetUpAttempt.current(request, user)
    # A code typed for an attempt that has ended is not checked against the new key.
    posted = request.POST if request.method == "POST" and not ended else None
    form = CodeForm(posted, device=attempt)
    if form.is_valid():
        device = attempt.confirm()
        if device is None:
            return redirect(f"{site.name}:two_step")
        otp_login(request, device)
        messages.success(
            request,
            _("Two-step login is on. From now on you type a code from the app when you log in."),
        )
        return redirect(f"{site.name}:index")
    if attempt.is_used_up():
        attempt, ended = two_step.SetUpAttempt.start(request, user), "wrong_codes"
        form = CodeForm(device=attempt)
    context = site.each_context(request) | {
        "title": _("Set up two-step login"),
        "form": form,
        "qr_svg": qr_svg(attempt.config_url),
        "secret": grouped(attempt.bin_key),
        "ended": ended,
        "set_up_minutes": settings.TWO_STEP_SETUP_MINUTES,
        "required": two_step.is_required_for(user),
    }
    return render(request, "security/two_step.html", context)


def locked_out(request, original_response=None, credentials=None):
    """The page django-axes shows instead of logging in, while the account or client is
    locked out (AXES_LOCKOUT_CALLABLE)."""
    username = get_client_username(request, credentials)
    address = getattr(request, "axes_ip_address", None) or client_address(request)
    last_failure = AccessAttempt.objects.filter(
        Q(username=username) | Q(ip_address=address)
    ).aggregate(last=Max("attempt_time"))["last"]
    until = timezone.localtime((last_failure or timezone.now()) + get_cool_off(request))
    # The hour as the Nordic languages write it (14:05), with the date if not today.
    try_again_at = f"{until:%H:%M}"
    if until.date() != timezone.localdate():
        try_again_at = f"{formats.date_format(until, 'DATE_FORMAT')} {try_again_at}"
    context = admin.site.each_context(request) | {
        "title": _("Login locked for a while"),
        "try_again_at": try_again_at,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "contact": settings.ADMIN_SUPPORT_CONTACT,
    }
    return render(request, "security/locked_out.html", context, status=429)


# Content Security Policy reports

REPORT_TYPES = ("application/csp-report", "application/reports+json", "application/json")
MAX_REPORT_BYTES = 16 * 1024
FIELDS = {
    # ours: (report-uri name, Reporting API name), in the order of the log line
    "directive": ("effective-directive", "effectiveDirective"),
    "blocked": ("blocked-uri", "blockedURL"),
    "document": ("document-uri", "documentURL"),
    "source": ("source-file", "sourceFile"),
    "line": ("line-number", "lineNumber"),
    "sample": ("script-sample", "sample"),
}


def violations(data):
    """The violations in a report-uri body ({"csp-report": {...}}) or a Reporting API body
    ([{"type": "csp-violation", "body": {...}}, ...]), as dicts of FIELDS."""
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        yield {ours: data["csp-report"].get(old) for ours, (old, _new) in FIELDS.items()}
    elif isinstance(data, list):
        for report in data[:20]:
            if isinstance(report, dict) and isinstance(report.get("body"), dict):
                body = report["body"]
                yield {ours: body.get(new) for ours, (_old, new) in FIELDS.items()}


def printable(value, limit=200):
    text = "" if value is None else str(value)
    return "".join(ch if ch.isprintable() else "?" for ch in text[:limit])


@csrf_exempt
@require_POST
def csp_report(request):
    """Log what the Content Security Policy blocked, one line per violation."""
    if request.content_type not in REPORT_TYPES:
        return HttpResponse(status=415)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return HttpResponse(status=400)
    if length > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    body = request.read(MAX_REPORT_BYTES + 1)
    if len(body) > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        data = json.loads(body)
    except ValueError:
        return HttpResponse(status=400)
    # A flood of reports from one client must not flood the log.
    if count_and_check("csp-report", request, "60/m"):
        return HttpResponse(status=204)
    for violation in violations(data):
        csp_logger.warning(
            "CSP violation: %s blocked %s on %s (%s:%s) %s",
            *(printable(violation[name]) for name in FIELDS),
        )
    return HttpResponse(status=204)
