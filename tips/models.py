"""Tips from residents: saved first, then handled by the process leader, then forgotten."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from config.media_storages import PrivateFileSystemStorage, get_private_storage
from projects.images import CleanImageField, dated_upload_path
from projects.uploads import no_orphan_files

# Named by migration 0001, from before private media could be kept in a bucket.
PrivateStorage = PrivateFileSystemStorage


RECEIPT_SALT = "tips.receipt"


class TipQuerySet(models.QuerySet):
    def new(self):
        return self.filter(state=Tip.State.NEW)

    def due_for_purge(self, now=None):
        """Handled longer ago than the retention time, and still holding personal data."""
        cutoff = (now or timezone.now()) - timedelta(days=settings.TIP_RETENTION_DAYS)
        return self.filter(handled_at__lt=cutoff, personal_data_erased_at__isnull=True)

    def from_resident(self, email):
        return self.filter(email__iexact=email.strip())

    def with_receipt(self, receipt):
        """The tip a receipt (Tip.receipt) was given for, or None."""
        try:
            submission_id = signing.loads(receipt or "", salt=RECEIPT_SALT)
        except signing.BadSignature:
            return None
        return self.select_related("project").filter(submission_id=submission_id).first()


class Tip(models.Model):
    class State(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")
        PUBLISHED = "published", _("published")
        SPAM = "spam", _("rejected as spam")

    HANDLED = (State.ANSWERED, State.PUBLISHED, State.SPAM)

    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tips",
        verbose_name=_("project"),
    )
    message = models.TextField(_("message"), max_length=5000)
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    wants_answer = models.BooleanField(_("wants an answer"), default=False)
    wants_to_help = models.BooleanField(_("wants to get involved"), default=False)
    photo = CleanImageField(
        _("photo"), upload_to=dated_upload_path("tips"), storage=get_private_storage, blank=True
    )
    photo_may_be_published = models.BooleanField(_("photo may be published"), default=False)
    client_hash = models.CharField(_("client (hashed)"), max_length=64, blank=True, editable=False)
    # From the form's token: the same form sent twice stores one tip (tips.forms).
    submission_id = models.CharField(
        _("submission"), max_length=40, unique=True, null=True, blank=True, editable=False
    )

    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.NEW, db_index=True
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Only staff see these.")
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True, editable=False)
    notified_at = models.DateTimeField(
        _("process leader told"), null=True, blank=True, editable=False
    )
    confirmed_at = models.DateTimeField(
        _("confirmation sent"), null=True, blank=True, editable=False
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased"), null=True, blank=True, editable=False
    )

    objects = TipQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("tip")
        verbose_name_plural = _("tips")

    def __str__(self):
        words = self.message.split()
        excerpt = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        return excerpt or str(_("(empty)"))

    def save(self, *args, **kwargs):
        self.track_handling()
        with no_orphan_files(self):
            super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.photo:
            self.photo.delete(save=False)
        return super().delete(*args, **kwargs)

    @property
    def reference(self):
        """What the resident's receipt shows, to quote if they call: e.g. "3F9A-0C2B"."""
        code = (self.submission_id or f"{self.pk:08d}")[:8].upper()
        return f"{code[:4]}-{code[4:]}"

    @property
    def receipt(self):
        """A signed value for the address of the receipt page; it names no person."""
        return signing.dumps(self.submission_id, salt=RECEIPT_SALT)

    @property
    def is_handled(self):
        return self.state in self.HANDLED

    def track_handling(self):
        """Date the handling when the tip leaves the inbox; undo it if it goes back."""
        if self.is_handled and self.handled_at is None:
            self.handled_at = timezone.now()
        elif not self.is_handled:
            self.handled_at = None

    def mark_published(self, user):
        """A status update made from the tip is public: the tip is handled."""
        if self.state != self.State.PUBLISHED:
            self.state = self.State.PUBLISHED
            self.handled_by = self.handled_by or user
            self.save()

    def personal_data(self):
        """What this tip holds about the person who sent it, for an export on request."""
        return {
            "received": self.created_at.isoformat(),
            "project": self.project.title if self.project else None,
            "message": self.message,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "wants_answer": self.wants_answer,
            "wants_to_get_involved": self.wants_to_help,
            "photo": bool(self.photo),
            "photo_may_be_published": self.photo_may_be_published,
            "state": self.get_state_display(),
            "personal_data_erased": (
                self.personal_data_erased_at.isoformat() if self.personal_data_erased_at else None
            ),
        }

    def erase_personal_data(self):
        """Forget who sent the tip and their photo; the message stays for the record.
        Spam holds nothing worth keeping and goes entirely."""
        if self.state == self.State.SPAM:
            self.delete()
            return
        if self.photo:
            self.photo.delete(save=False)
        self.name = self.email = self.phone = self.client_hash = ""
        self.wants_answer = self.photo_may_be_published = False
        self.personal_data_erased_at = timezone.now()
        self.save()
