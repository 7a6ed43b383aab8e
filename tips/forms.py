"""The tip form residents fill in, with the defences a bot trips over and a person does not."""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from projects.models import Project

from .models import Tip

# Control characters other than tab and line breaks have no place in a tip.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e]")
FILL_TIME_SALT = "tips.form.started"


def without_control_characters(value):
    return CONTROL_CHARACTERS.sub("", value)


def signed_start_time():
    return signing.dumps(time.time(), salt=FILL_TIME_SALT)


def start_time_for(request):
    """The form's start time for a page served from the page cache."""
    return signed_start_time()


class TipForm(forms.ModelForm):
    """A tip: only the message is required; an email only when an answer is wanted."""

    # A field people never see or fill in; bots fill in everything.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)
    started = forms.CharField(widget=forms.HiddenInput)

    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=40,
        validators=[
            RegexValidator(
                r"^\+?[0-9 ()\-.]{5,39}$",
                _("Write a phone number with digits, for example 555 12 345."),
            )
        ],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    class Meta:
        model = Tip
        fields = [
            "project",
            "message",
            "name",
            "email",
            "phone",
            "wants_answer",
            "wants_to_help",
            "photo",
            "photo_may_be_published",
        ]
        labels = {
            "project": _("Which project is it about?"),
            "message": _("Your tip"),
            "name": _("Name"),
            "email": _("Email"),
            "wants_answer": _("I would like an answer"),
            "wants_to_help": _("I would like to get involved in this project"),
            "photo": _("Photo"),
            "photo_may_be_published": _("You may publish the photo with my tip"),
        }
        help_texts = {
            "message": _("What has happened, or what do you know? At most 5,000 characters."),
            "email": _("Needed only if you would like an answer."),
            "photo": _(
                "Optional. JPEG, PNG, WebP or GIF. We remove the location and camera details."
            ),
            "name": "",
        }
        error_messages = {
            "message": {"required": _("Write your tip.")},
            "project": {"invalid_choice": _("Choose a project from the list.")},
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, project=None, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        self.fields["project"].queryset = Project.objects.visible().order_by("title")
        self.fields["project"].empty_label = _("None in particular")
        self.fields["project"].required = False
        self.fields["photo"].required = False
        if project is not None:
            # On a project's page the project is given, not chosen.
            self.fields["project"].widget = forms.HiddenInput()
            self.initial["project"] = project.pk
        else:
            self.fields["wants_to_help"].label = _("I would like to get involved")
        if not self.is_bound or "started" in self.errors:
            self.initial["started"] = signed_start_time()
        privacy = reverse("tips:privacy")
        self.consent = format_html(
            _("We keep what you send only to follow up your tip. {link}"),
            link=format_html('<a href="{}">{}</a>', privacy, _("How we handle personal data")),
        )

    def clean_message(self):
        message = without_control_characters(self.cleaned_data["message"]).strip()
        if not message:
            raise forms.ValidationError(_("Write your tip."), code="required")
        return message

    def clean_name(self):
        return " ".join(without_control_characters(self.cleaned_data["name"]).split())

    def clean_phone(self):
        return " ".join(self.cleaned_data["phone"].split())

    def clean_started(self):
        """The form must have been open a few seconds, and not for days."""
        try:
            started = signing.loads(
                self.cleaned_data["started"],
                salt=FILL_TIME_SALT,
            )
            elapsed = time.time() - float(started)
        except (signing.BadSignature, TypeError, ValueError):
            elapsed = None
        if elapsed is None or elapsed > settings.TIP_FORM_MAX_AGE_SECONDS:
            raise forms.ValidationError(
                _("The form was open for a long time. Check your tip and send it again."),
                code="expired",
            )
        if elapsed < settings.TIP_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was quick! Check your tip and send it again."), code="too_fast"
            )
        return self.cleaned_data["started"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wants_answer") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error(
                "email",
                forms.ValidationError(_("Give an email so we can answer you."), code="needed"),
            )
        if not cleaned.get("photo"):
            cleaned["photo_may_be_published"] = False
        return cleaned

    @property
    def is_honeypot_filled(self):
        return bool(self.data.get(self.add_prefix("website")))

    @property
    def fields_with_errors(self):
        """The visible fields with an error, for the summary above the form."""
        return [field for field in self.visible_fields() if field.errors]

    @property
    def fill_time_error(self):
        """The start-time error, shown above the form since its field is hidden."""
        return self.errors.get("started")
