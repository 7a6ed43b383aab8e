from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from . import two_step


def code_input():
    return forms.TextInput(
        attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 10}
    )


# For one who is logged in already and checks a code (set-up, turning it off).
CODE_ERRORS = {
    "code_wrong": _(
        "The code from the authenticator app is not right. Codes change every 30 seconds: "
        "type the one the app shows now."
    ),
    "code_throttled": _(
        "Too many wrong codes in a row. Wait a minute and try again with the code the app "
        "shows then."
    ),
}
# Every failed login says the same, so that no answer tells whether the user name exists.
LOGIN_FAILED = _("The user name or password is not right.")


class AdminLoginForm(AdminAuthenticationForm):
    """The admin login's first step: user name and password. For a user with two-step login
    the view then asks for the code (LoginCodeForm) before logging them in."""

    error_messages = AdminAuthenticationForm.error_messages | {
        "invalid_login": LOGIN_FAILED,
        "inactive": LOGIN_FAILED,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django sets the user name's max_length after the field is made, so it is not
        # enforced; an overlong name would reach django-axes' varchar(255) audit row.
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))

    def needs_code(self):
        return two_step.has_device(self.get_user())


class LoginCodeForm(forms.Form):
    """The login's second step, for a user with two-step login: the code from the app."""

    # Named as django-otp names it, so django-axes keeps it out of its records too
    # (AXES_SENSITIVE_PARAMETERS).
    otp_token = forms.CharField(
        label=_("Code from the authenticator app"), max_length=12, widget=code_input()
    )

    def __init__(self, *args, user, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["otp_token"].widget.attrs["autofocus"] = True
        self.user = user
        self.request = request

    def clean_otp_token(self):
        code = two_step.normalise(self.cleaned_data["otp_token"])
        # Asked first: a wrong code now makes the device wait for the next one.
        waiting = two_step.is_waiting(self.user)
        device = two_step.check_code(self.user, code)
        if device is None:
            # Counted like a wrong password, so django-axes locks out code guessing too.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": self.user.get_username()},
                request=self.request,
            )
            reason = "code_throttled" if waiting else "code_wrong"
            raise ValidationError(CODE_ERRORS[reason], code=reason)
        # django-otp marks the session as verified when Django logs the user in.
        self.user.otp_device = device
        return code


class CodeForm(forms.Form):
    """A code from the app, checked against one device (turning it off) or the key of a
    set-up attempt (two_step.SetUpAttempt, which checks a code the same way)."""

    code = forms.CharField(
        label=_("The 6-digit code the app shows"), max_length=12, widget=code_input()
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = two_step.normalise(self.cleaned_data["code"])
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise ValidationError(CODE_ERRORS["code_throttled"], code="code_throttled")
        if not self.device.verify_token(code):
            raise ValidationError(CODE_ERRORS["code_wrong"], code="code_wrong")
        return code
