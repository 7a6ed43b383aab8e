"""Two-step login: whom it is required for, who has it, checking a code, and setting it up."""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import devices_for_user, user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex


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
    """The user's confirmed device that accepts the code, or None (also while a device
    waits after recent wrong codes: it then refuses to check)."""
    code = normalise(code)
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(code):
                return device
    return None


def is_waiting(user):
    """Whether the user's device refuses codes for now, after recent wrong ones."""
    return any(
        not device.verify_is_allowed()[0] for device in devices_for_user(user, confirmed=True)
    )


SET_UP_SESSION_KEY = "two_step_set_up"
# Wrong codes that end a set-up attempt: the next one starts with a new key.
SET_UP_WRONG_CODE_LIMIT = 5


class SetUpAttempt:
    """A new key waiting for the first code the app makes from it.

    It lives in this session only, never in a device row, so no other session of the user
    (someone who once had the password, say) sees it or can confirm it. It ends after
    TWO_STEP_SETUP_MINUTES or SET_UP_WRONG_CODE_LIMIT wrong codes. Only a right code makes
    the device. For CodeForm it checks a code as a device does, but with no database
    row: django-otp's TOTPDevice.verify_token() would save the unsaved device.
    """

    def __init__(self, request, user, key, started, wrong_codes=0):
        self.request = request
        self.started = started
        self.wrong_codes = wrong_codes
        # Unsaved, for django-otp's defaults (step, digits, tolerance) and app address.
        self.device = TOTPDevice(user=user, key=key, name=_("Authenticator app"), confirmed=True)

    @classmethod
    def start(cls, request, user):
        attempt = cls(request, user, key=random_hex(20), started=time.time())
        attempt.remember()
        return attempt

    @classmethod
    def current(cls, request, user):
        """(attempt, ended): this session's attempt, or a new one. ended says why an
        earlier one of this session was dropped: "expired", "wrong_codes" or None."""
        stored = request.session.get(SET_UP_SESSION_KEY)
        if not isinstance(stored, dict) or stored.get("user") != str(user.pk):
            return cls.start(request, user), None
        attempt = cls(request, user, stored["key"], stored["started"], stored["wrong_codes"])
        if attempt.has_expired():
            return cls.start(request, user), "expired"
        if attempt.is_used_up():
            return cls.start(request, user), "wrong_codes"
        return attempt, None

    def remember(self):
        self.request.session[SET_UP_SESSION_KEY] = {
            "user": str(self.device.user_id),
            "key": self.device.key,
            "started": self.started,
            "wrong_codes": self.wrong_codes,
        }

    def has_expired(self):
        age = time.time() - self.started
        # A start in the future (the clock set back) counts as expired too.
        return not 0 <= age <= settings.TWO_STEP_SETUP_MINUTES * 60

    def is_used_up(self):
        return self.wrong_codes >= SET_UP_WRONG_CODE_LIMIT

    @property
    def bin_key(self):
        return self.device.bin_key

    @property
    def config_url(self):
        return self.device.config_url

    def verify_is_allowed(self):
        if self.has_expired() or self.is_used_up():
            return False, None
        return True, None

    def verify_token(self, code):
        device = self.device
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        try:
            verified = totp.verify(int(code), device.tolerance)
        except ValueError:
            verified = False
        if verified:
            # The code just used is spent: the first login needs a later one.
            device.last_t = totp.t()
            if getattr(settings, "OTP_TOTP_SYNC", True):
                device.drift = totp.drift
            return True
        self.wrong_codes += 1
        self.remember()
        return False

    def confirm(self):
        """Save the device the right code was made with, and end the attempt. None if the
        user already has a device (confirmed meanwhile in another session)."""
        self.request.session.pop(SET_UP_SESSION_KEY, None)
        device = self.device
        with transaction.atomic():
            # One confirmation at a time per user, so two sessions cannot both add one.
            get_user_model().objects.select_for_update().filter(pk=device.user_id).first()
            if TOTPDevice.objects.filter(user_id=device.user_id, confirmed=True).exists():
                return None
            device.set_last_used_timestamp(commit=False)
            device.save()
        return device


LOGIN_SESSION_KEY = "two_step_login"
# The code must follow the password within this many minutes, with at most this many
# wrong codes; after either the login starts again from the user name and password.
LOGIN_CODE_MINUTES = 5
LOGIN_WRONG_CODE_LIMIT = 3


class PendingLogin:
    """A user whose password was right, waiting for the code from their app.

    Kept in this session only and signed with the session's key, so it cannot be made up
    or carried to another session; it names the backend that checked the password and the
    password's hash, so a password changed meanwhile ends it. Nobody is logged in until
    the code is right.
    """

    salt = "framdrift.two-step-login"

    def __init__(self, request, user_id, backend, auth_hash, next_url, started, wrong_codes=0):
        self.request = request
        self.user_id = user_id
        self.backend = backend
        self.auth_hash = auth_hash
        self.next_url = next_url
        self.started = started
        self.wrong_codes = wrong_codes

    @classmethod
    def start(cls, request, user, next_url):
        pending = cls(
            request, user.pk, user.backend, user.get_session_auth_hash(), next_url, time.time()
        )
        pending.remember()
        return pending

    @classmethod
    def current(cls, request):
        """(pending, ended): this session's pending login or None, and why an earlier one
        was dropped: "expired", "wrong_codes" or None."""
        stored = request.session.get(LOGIN_SESSION_KEY)
        if not stored:
            return None, None
        try:
            data = signing.loads(stored, salt=cls.salt + str(request.session.session_key))
        except signing.BadSignature:
            cls.end(request)
            return None, None
        pending = cls(request, **data)
        if pending.has_expired():
            cls.end(request)
            return None, "expired"
        return pending, None

    @staticmethod
    def end(request):
        request.session.pop(LOGIN_SESSION_KEY, None)

    def remember(self):
        session = self.request.session
        if session.session_key is None:
            session.save()  # a key to bind the pending login to
        data = {
            "user_id": self.user_id,
            "backend": self.backend,
            "auth_hash": self.auth_hash,
            "next_url": self.next_url,
            "started": self.started,
            "wrong_codes": self.wrong_codes,
        }
        session[LOGIN_SESSION_KEY] = signing.dumps(data, salt=self.salt + session.session_key)

    def has_expired(self):
        age = time.time() - self.started
        return not 0 <= age <= LOGIN_CODE_MINUTES * 60

    def count_wrong_code(self):
        """Note a wrong code; True when that was the last one allowed (the login ends)."""
        self.wrong_codes += 1
        if self.wrong_codes >= LOGIN_WRONG_CODE_LIMIT:
            self.end(self.request)
            return True
        self.remember()
        return False

    def user(self):
        """The user, if still active and with the password that was typed."""
        user = get_user_model()._default_manager.filter(pk=self.user_id, is_active=True).first()
        if user is None or user.get_session_auth_hash() != self.auth_hash:
            return None
        return user
