"""Adding several members to a steering group at once: typed as lines, or chosen from the
contact persons."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import ContactPerson, GroupMember


@dataclass
class MemberLine:
    """One line of "Add several members", read."""

    number: int
    name: str
    role: str = GroupMember.Role.MEMBER
    represents: str = ""
    role_other: str = ""


def role_words():
    """The words a role may be written as: its code, and its name in each of the site's
    languages (a member list pasted from a Swedish or Danish page, or the English names a
    process leader may know from elsewhere). "Other" is not a word: a role that is not in
    the list is written as itself."""
    words = {}
    for language in [*settings.SITE_LANGUAGES, translation.get_language()]:
        with translation.override(language):
            for role in GroupMember.Role:
                if role != GroupMember.Role.OTHER:
                    words[str(role.label).casefold()] = role.value
    words |= {
        role.value.replace("_", " "): role.value
        for role in GroupMember.Role
        if role != GroupMember.Role.OTHER
    }
    return words


def read_member_lines(text):
    """The members of "Add several members" and, for lines it cannot read, the errors
    ("Line 3: …"). Each line is "name; role; represents", "name; represents",
    "name, represents" or just the name; blank lines are skipped. A role that is not in
    the list ("name; treasurer; represents") is kept as the member's own role ("other")."""
    words = role_words()
    members, errors = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        member, error = read_member_line(number, line, words)
        if error:
            errors.append(error)
        else:
            members.append(member)
    return members, errors


def read_member_line(number, line, words):
    separator = ";" if ";" in line else ","
    name, *rest = (part.strip() for part in line.split(separator))
    role, role_other = GroupMember.Role.MEMBER, ""
    if rest and rest[0].casefold() in words:
        role = words[rest.pop(0).casefold()]
    elif rest and rest[-1].casefold() in words:
        role = words[rest.pop().casefold()]
    elif separator == ";" and len(rest) > 1 and rest[0]:
        # "name; role; represents": the middle part is a role, if not one of the list's,
        # then in the process leader's own words.
        role, role_other = GroupMember.Role.OTHER, rest.pop(0)
    elif separator == ";" and len(rest) > 1:
        rest.pop(0)  # "name; ; represents": no role given, so a member
    represents = f"{separator} ".join(part for part in rest if part)
    if not name:
        return None, line_error(number, _("The name is missing."))
    for field, value in (("name", name), ("represents", represents), ("role_other", role_other)):
        limit = GroupMember._meta.get_field(field).max_length
        if len(value) > limit:
            return None, line_error(
                number,
                _("“%(field)s” is longer than %(limit)s characters.")
                % {"field": GroupMember._meta.get_field(field).verbose_name, "limit": limit},
            )
    return MemberLine(number, name, role, represents, role_other), None


def line_error(number, message):
    return forms.ValidationError(
        gettext("Line %(number)s: %(message)s") % {"number": number, "message": message},
        code="member_line",
    )


class AddMembersForm(forms.Form):
    """Below the group's member table: several members typed at once, and contact persons
    chosen as members. Made and checked by the members' formset (MembersFormSet)."""

    lines = forms.CharField(
        label=_("Add several members"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_(
            "One member per line: name; role; whom they represent. The role and whom they "
            "represent may be left out, e.g. “Kari Nordmann; chair; the business "
            "association” or “Ola Dahl, the youth council”. A role not in the list is "
            "kept in your words."
        ),
    )
    contact_persons = forms.ModelMultipleChoiceField(
        queryset=ContactPerson.objects.all(),
        label=_("Add contact persons as members"),
        required=False,
        help_text=_("Search by name. Their contact details are then shown with the group."),
    )

    def __init__(self, *args, group, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        self.group = group
        field = self.fields["contact_persons"]
        # The same search as the contact person of a member row.
        field.widget = AutocompleteSelectMultiple(
            GroupMember._meta.get_field("contact_person"), admin_site, choices=field.choices
        )

    def clean_lines(self):
        members, errors = read_member_lines(self.cleaned_data["lines"])
        if errors:
            raise forms.ValidationError(errors)
        return members

    def clean_contact_persons(self):
        persons = self.cleaned_data["contact_persons"]
        if self.group.pk:
            already = self.group.members.filter(contact_person__in=persons)
            errors = [
                forms.ValidationError(
                    _("%(name)s is already a member of this group."), params={"name": member.name}
                )
                for member in already
            ]
            if errors:
                raise forms.ValidationError(errors)
        return persons

    def new_members(self):
        """The members to add, unsaved, in the order given: the lines, then the persons."""
        typed = [
            GroupMember(
                name=line.name,
                role=line.role,
                role_other=line.role_other,
                represents=line.represents,
            )
            for line in self.cleaned_data["lines"]
        ]
        chosen = [
            GroupMember(name=person.name, represents=person.organisation, contact_person=person)
            for person in self.cleaned_data["contact_persons"]
        ]
        return typed + chosen

    def chair_lines(self):
        return [
            line
            for line in self.cleaned_data.get("lines", [])
            if line.role == GroupMember.Role.CHAIR
        ]
