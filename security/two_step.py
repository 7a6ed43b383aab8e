"""Two-step login: whom it is required for, who has it, and checking a code."""

from django.conf import settings
from django.db import transaction
from django_otp import devices_for_user, user_has_device


def is_required_for(user):
    """Whether the settings make two-step login required for this staff user."""
    if not (user.is_active and user.is_staff):
        return False
    return settings.ADMIN_REQUIRE_2FA_FOR_STAFF or (
        user.is_superuser and settings.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS
    )


def has_device(user):
    """Whether the user has turned two-step login on (remembered for the request)."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_has_two_step_device"):
        user._has_two_step_device = user_has_device(user)
    return user._has_two_step_device


def normalise(code):
    return "".join((code or "").split())


def check_code(user, code):
    """(device, throttled): the user's device that accepts the code, or None; throttled is
    true when a device refused to check because of recent wrong codes."""
    code = normalise(code)
    throttled = False
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            allowed, _details = device.verify_is_allowed()
            if not allowed:
                throttled = True
            elif device.verify_token(code):
                return device, False
    return None, throttled
