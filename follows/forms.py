"""The forms a resident fills in to follow by email, and to choose how often mail comes."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Follower, normalised_email

FREQUENCY_CHOICES = [
    (Follower.Frequency.AT_ONCE, _("As it happens: one email for each piece of news")),
    (Follower.Frequency.DAILY, _("Daily digest: at most one email a day")),
    (Follower.Frequency.WEEKLY, _("Weekly digest: at most one email a week")),
]


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("How often would you like email?"),
        choices=FREQUENCY_CHOICES,
        initial=Follower.Frequency.AT_ONCE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how often you would like email."),
            "invalid_choice": _("Choose one of the three."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)


class FollowForm(FrequencyForm):
    """An address and how often: no account, no password. What is followed comes from the
    page's address (?project=, ?area=, ?theme= or nothing for the whole site)."""

    # A field people never see or fill in; bots fill in everything (as on the tip form).
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write your email address."),
            "invalid": _("Write an email address like name@example.org."),
            "max_length": _("An email address has at most 254 characters."),
        },
    )

    field_order = ["email", "frequency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent = format_html(
            _("We keep your address only while you follow something. {link}"),
            link=format_html(
                '<a href="{}">{}</a>', reverse("tips:privacy"), _("How we handle personal data")
            ),
        )

    def clean_email(self):
        return normalised_email(self.cleaned_data["email"])

    @property
    def fields_with_errors(self):
        """The visible fields with an error, for the summary above the form."""
        return [field for field in self.visible_fields() if field.errors]
