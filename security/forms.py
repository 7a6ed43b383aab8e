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


CODE_ERRORS = {
    "code_missing": _(
        "Two-step login is on for this account: type the 6-digit code from the "
        "authenticator app as well."
    ),
    "code_wrong": _(
        "The code from the authenticator app is not right. Codes change every 30 seconds: "
        "type the one the app shows now."
    ),
    "code_throttled": _(
        "Too many wrong codes in a row. Wait a minute and try again with the code the app "
        "shows then."
    ),
}


class AdminLoginForm(AdminAuthenticationForm):
    """The admin login, with the code from the authenticator app for those who have one."""

    otp_token = forms.CharField(
        label=_("Code from the authenticator app (if you have set up two-step login)"),
        required=False,
        max_length=12,
        widget=code_input(),
    )

    error_messages = AdminAuthenticationForm.error_messages | CODE_ERRORS

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
        problem = "code_missing" if not two_step.normalise(code) else None
        if problem is None:
            device, throttled = two_step.check_code(user, code)
            if device is not None:
                # django-otp marks the session as verified when Django logs the user in.
                user.otp_device = device
                return
            problem = "code_throttled" if throttled else "code_wrong"
        # Counted like a wrong password, so django-axes locks out code guessing too.
        user_login_failed.send(
            sender=__name__,
            credentials={"username": user.get_username()},
            request=self.request,
        )
        raise ValidationError(self.error_messages[problem], code=problem)


class CodeForm(forms.Form):
    """A code from the app, checked against one device (setting it up, or turning it off)."""

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
