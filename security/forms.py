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
# Every failed login says the same, so that no answer tells that the password was right.
LOGIN_FAILED = _(
    "The user name, password or code is not right. Codes from the authenticator app change "
    "every 30 seconds: type the one the app shows now."
)


class AdminLoginForm(AdminAuthenticationForm):
    """The admin login, with the code from the authenticator app for those who have one."""

    otp_token = forms.CharField(
        label=_("Code from the authenticator app (if you have set up two-step login)"),
        required=False,
        max_length=12,
        widget=code_input(),
    )

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

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and two_step.has_device(user):
            self.check_code(user, cleaned_data.get("otp_token"))
        return cleaned_data

    def check_code(self, user, code):
        # Missing, wrong, or refused while the device waits after wrong codes: all alike.
        device = two_step.check_code(user, code) if two_step.normalise(code) else None
        if device is not None:
            # django-otp marks the session as verified when Django logs the user in.
            user.otp_device = device
            return
        # Counted like a wrong password, so django-axes locks out code guessing too.
        user_login_failed.send(
            sender=__name__,
            credentials={"username": user.get_username()},
            request=self.request,
        )
        raise self.get_invalid_login_error()


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
