"""The people behind the projects: contact persons, the site's own contacts, and steering
groups with their members."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from projects.images import CleanImageField, PictureMixin, dated_upload_path
from projects.rich_html import RenderedRichTextField
from projects.richtext import RichTextField


class ContactPerson(PictureMixin):
    """Someone residents can call or write to about a project."""

    name = models.CharField(_("name"), max_length=150)
    job_title = models.CharField(_("title"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    phone = models.CharField(_("direct phone"), max_length=30, blank=True)
    mobile = models.CharField(_("mobile"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    photo = CleanImageField(_("photo"), upload_to=dated_upload_path("contacts"), blank=True)
    picture_field = "photo"

    class Meta:
        ordering = ["name"]
        indexes = [
            # The contacts page a page at a time by name: read in order, no sort of everyone.
            models.Index(fields=["name", "id"], name="contact_person_by_name"),
        ]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @staticmethod
    def tel_href(number):
        """A tel: link target: digits and a leading plus only."""
        digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""

    @property
    def phone_href(self):
        return self.tel_href(self.phone)

    @property
    def mobile_href(self):
        return self.tel_href(self.mobile)


class ContactRole(models.TextChoices):
    PROJECT_LEADER = "project_leader", _("project leader")
    PROCESS_LEADER = "process_leader", _("process leader")
    COORDINATOR = "coordinator", _("coordinator")
    CONTACT = "contact", _("contact person")
    PRESS = "press", _("press contact")
    ADVISER = "adviser", _("adviser")
    OTHER = "other", _("other (write it)")


class RoleNameMixin:
    """A role from the list, or the process leader's own words for it ("other")."""

    @property
    def role_name(self):
        if self.role == "other" and self.role_other:
            return self.role_other
        return self.get_role_display()

    def clean(self):
        super().clean()
        if self.role == "other" and not self.role_other.strip():
            raise ValidationError({"role_other": _("Write the role, or choose one from the list.")})


class ProjectContact(RoleNameMixin, models.Model):
    """A contact person's role in one project."""

    Role = ContactRole

    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.CASCADE,
        related_name="contacts",
        verbose_name=_("project"),
    )
    person = models.ForeignKey(
        ContactPerson,
        on_delete=models.CASCADE,
        related_name="project_roles",
        verbose_name=_("contact person"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.CONTACT)
    role_other = models.CharField(
        _("other role"), max_length=100, blank=True, help_text=_("If the role is “other”.")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("project contact")
        verbose_name_plural = _("project contacts")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "person", "role"],
                name="one_role_per_person_per_project",
                violation_error_message=_("This person already has this role in the project."),
            )
        ]

    def __str__(self):
        return f"{self.person.name}: {self.role_name}"


class SiteContact(RoleNameMixin, models.Model):
    """A contact person for the development work as a whole, on the contact page and in
    the footer, e.g. the municipality's rural-district contacts."""

    Role = ContactRole

    person = models.ForeignKey(
        ContactPerson,
        on_delete=models.CASCADE,
        related_name="site_roles",
        verbose_name=_("contact person"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.PROCESS_LEADER
    )
    role_other = models.CharField(
        _("other role"), max_length=100, blank=True, help_text=_("If the role is “other”.")
    )
    in_footer = models.BooleanField(
        _("in the footer"), default=True, help_text=_("Also shown at the foot of every page.")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("contact for the whole site")
        verbose_name_plural = _("contacts for the whole site")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "role"],
                name="one_site_role_per_person",
                violation_error_message=_("This person already has this role."),
            )
        ]

    def __str__(self):
        return f"{self.person.name}: {self.role_name}"


class SteeringGroup(models.Model):
    """A group that steers or advises one or more projects."""

    class Kind(models.TextChoices):
        STEERING_GROUP = "steering_group", _("steering group")
        ADVISORY_BOARD = "advisory_board", _("advisory board")
        JUNIOR_ADVISORY_BOARD = "junior_advisory_board", _("junior advisory board")
        NETWORK = "network", _("network")
        WORKING_GROUP = "working_group", _("working group")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in the address"), max_length=200, unique=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=Kind.choices, default=Kind.STEERING_GROUP
    )
    description = RichTextField(_("description"), blank=True)
    description_html = RenderedRichTextField("description")
    projects = models.ManyToManyField(
        "projects.Project",
        verbose_name=_("projects"),
        related_name="steering_groups",
        blank=True,
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("steering group")
        verbose_name_plural = _("steering groups")

    def __str__(self):
        return self.name

    @property
    def shows_terms(self):
        """Whether any member has a term to show (read from the prefetched members)."""
        return any(member.term_starts_on or member.term_ends_on for member in self.members.all())


class GroupMember(RoleNameMixin, PictureMixin):
    """A member of a steering group, and whom they represent. Contact details are optional."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("chair")
        DEPUTY_CHAIR = "deputy_chair", _("deputy chair")
        MEMBER = "member", _("member")
        DEPUTY = "deputy", _("deputy member")
        SECRETARY = "secretary", _("secretary")
        OBSERVER = "observer", _("observer")
        ADVISER = "adviser", _("adviser")
        OTHER = "other", _("other (write it)")

    group = models.ForeignKey(
        SteeringGroup,
        on_delete=models.CASCADE,
        related_name="members",
        verbose_name=_("group"),
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    role_other = models.CharField(
        _("other role"), max_length=100, blank=True, help_text=_("If the role is “other”.")
    )
    term_starts_on = models.DateField(_("member from"), null=True, blank=True)
    term_ends_on = models.DateField(
        _("member until"), null=True, blank=True, help_text=_("The end of the term, if known.")
    )
    portrait = CleanImageField(
        _("portrait"),
        upload_to=dated_upload_path("members"),
        blank=True,
        help_text=_("Only with the member's consent."),
    )
    picture_field = "portrait"
    represents = models.CharField(
        _("represents"),
        max_length=200,
        blank=True,
        help_text=_("E.g. business, the associations, youth, or a village."),
    )
    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        help_text=_("Only if the member's contact details may be public."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(
                fields=["group"],
                condition=Q(role="chair"),
                name="one_chair_per_group",
                violation_error_message=_("A group can have only one chair."),
            ),
            models.CheckConstraint(
                condition=Q(term_ends_on__isnull=True)
                | Q(term_starts_on__isnull=True)
                | Q(term_ends_on__gte=F("term_starts_on")),
                name="member_term_ends_after_start",
                violation_error_message=_("The term cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.name
