"""The tip form residents fill in, with the defences a bot trips over and a person does not."""

import base64
import hashlib
import hmac
import re
import secrets
import time
from functools import cache

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from projects.filters import SORTS
from projects.models import Project

from .models import Tip

# Control characters other than tab and line breaks have no place in a tip.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e]")
FORM_TOKEN_SALT = "tips.form.token"


def without_control_characters(value):
    return CONTROL_CHARACTERS.sub("", value)


def cleaned_message(value):
    return without_control_characters(value or "").strip()


def new_form_token(issued_at=None):
    """A signed token for one tip form: when it was handed out (in milliseconds), and an id
    that the tip sent with it keeps (Tip.submission_id), so that sending the same form again
    stores nothing new and one token never stores two tips."""
    issued_at = time.time() if issued_at is None else issued_at
    return signed_form_value(f"{round(issued_at * 1000)}-{secrets.token_hex(10)}")


@cache
def _form_token_mac(secret_key):
    # The HMAC that signing.Signer(salt=FORM_TOKEN_SALT) makes for each value, with its key
    # derived once per process rather than for every token: a page from the cache makes
    # one token for each visitor, and Django's way took 15 µs of it, this one 3.
    key = hashlib.sha256(f"{FORM_TOKEN_SALT}signer{secret_key}".encode()).digest()
    return hmac.new(key, digestmod=hashlib.sha256)


def signed_form_value(value):
    """Exactly what signing.Signer(salt=FORM_TOKEN_SALT).sign(value) gives, so the Signer
    checks it (with SECRET_KEY_FALLBACKS too)."""
    mac = _form_token_mac(settings.SECRET_KEY).copy()
    mac.update(value.encode())
    signature = base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()
    return f"{value}:{signature}"


def form_token_for(request):
    """The form token for a page served from the page cache."""
    return new_form_token()


def read_form_token(token):
    """(when it was handed out, in seconds since the epoch; its id), or raises
    signing.BadSignature or ValueError for a token this site did not sign."""
    value = signing.Signer(salt=FORM_TOKEN_SALT).unsign(token)
    issued_ms, submission_id = value.split("-")
    return int(issued_ms) / 1000, submission_id


def submission_id_of(token):
    """The id in a form token that has been open long enough and not too long; raises
    ValidationError (with the resident's message) otherwise."""
    try:
        issued_at, submission_id = read_form_token(token or "")
        elapsed = time.time() - issued_at
    except (signing.BadSignature, TypeError, ValueError):
        elapsed = submission_id = None
    if elapsed is None or elapsed > settings.TIP_FORM_MAX_AGE_SECONDS:
        raise forms.ValidationError(
            _("The form was open for a long time. Check your tip and send it again."),
            code="expired",
        )
    if elapsed < settings.TIP_MIN_FILL_SECONDS:
        raise forms.ValidationError(
            _("That was quick! Check your tip and send it again."), code="too_fast"
        )
    return submission_id


# More projects than this and the tip form lists those with the latest news.
TIP_FORM_PROJECTS = 50
LIVELIEST_FIRST = SORTS[""]


class TipForm(forms.ModelForm):
    """A tip: only the message is required; an email only when an answer is wanted."""

    # A field people never see or fill in; bots fill in everything.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)
    form_token = forms.CharField(widget=forms.HiddenInput)

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

    def __init__(self, *args, project=None, photo_set_aside=False, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        # True when the form came back before its photo was looked at (a form token refused).
        self.photo_set_aside = photo_set_aside
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
            self.offer_the_liveliest_projects()
        self.submission_id = None
        if not self.is_bound:
            self.initial["form_token"] = new_form_token()
        privacy = reverse("tips:privacy")
        self.consent = format_html(
            _("We keep what you send only to follow up your tip. {link}"),
            link=format_html('<a href="{}">{}</a>', privacy, _("How we handle personal data")),
        )

    def offer_the_liveliest_projects(self):
        """The list to choose from: every project, or where there are more than a phone's
        list can sensibly hold, those with the latest news (any project may still be sent,
        as a project's own page sends its own)."""
        field = self.fields["project"]
        offered = list(
            Project.objects.visible()
            .order_by(*LIVELIEST_FIRST)
            .values_list("pk", "title")[: TIP_FORM_PROJECTS + 1]
        )
        if len(offered) > TIP_FORM_PROJECTS:
            offered = offered[:TIP_FORM_PROJECTS]
            field.help_text = _(
                "The list holds the projects with the latest news. Not there? Choose “None in "
                "particular” and name the project in your tip, or send it from the project's "
                "own page."
            )
        # The same one query for the list however many projects there are.
        field.widget.choices = [
            ("", field.empty_label),
            *sorted(offered, key=lambda choice: choice[1].casefold()),
        ]

    def clean_message(self):
        message = cleaned_message(self.cleaned_data["message"])
        if not message:
            raise forms.ValidationError(_("Write your tip."), code="required")
        return message

    def clean_name(self):
        return " ".join(without_control_characters(self.cleaned_data["name"]).split())

    def clean_phone(self):
        return " ".join(self.cleaned_data["phone"].split())

    def clean_form_token(self):
        """The form must have been open a few seconds, and not for hours."""
        self.submission_id = submission_id_of(self.cleaned_data["form_token"])
        return self.cleaned_data["form_token"]

    def add_error(self, field, error):
        super().add_error(field, error)
        if field == "form_token":
            # The form goes back with a token that can be sent.
            self.data = self.data.copy()
            self.data[self.add_prefix("form_token")] = new_form_token()

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
        """The form token's error, shown above the form since its field is hidden."""
        return self.errors.get("form_token")

    @property
    def photo_to_choose_again(self):
        """A photo was sent but the form comes back: browsers forget the chosen file."""
        if self.photo_set_aside:
            return True
        return bool(self.files.get("photo") and not self.errors.get("photo"))
