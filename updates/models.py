"""Dated status updates: what residents read to know where a project stands."""

from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from config.addresses import address_of
from projects import text_search
from projects.images import CleanImageField, PictureMixin, dated_upload_path
from projects.models import Status, in_page_language, search_config
from projects.rich_html import RenderedRichTextField
from projects.richtext import RichTextField


class StatusUpdateQuerySet(models.QuerySet):
    def visible(self, now=None):
        """Published updates whose time has come. Drafts and scheduled ones stay hidden."""
        return self.filter(is_published=True, published_at__lte=now or timezone.now())

    def public(self, now=None):
        """What residents read: visible updates of a published project, or of no project
        (a target area, an area, or the whole site)."""
        return self.visible(now).filter(Q(project__isnull=True) | Q(project__is_published=True))

    def search(self, text, fields=("title", "body")):
        """Updates with the words in these fields: on PostgreSQL by full-text search in the
        page's language (stemmed, accents folded), elsewhere every word in one of them,
        ignoring case. The overview's search looks in updates this way (ProjectQuerySet.
        search), the news page also in the update's project's name."""
        text = text_search.searched_text(text)
        if connection.vendor == "postgresql":
            config = search_config()
            document = SearchVector(*(in_page_language(name) for name in fields), config=config)
            query = SearchQuery(text, config=config, search_type="websearch")
            return self.annotate(document=document).filter(document=query)
        found = self
        for word in text.split():
            if text_search.is_indexed(found, word):
                found = found.filter(text_search.word_in(found, fields, word))
            else:
                found = found.filter(
                    reduce(or_, (Q(**{f"{name}__icontains": word}) for name in fields))
                )
        return found

    def of_visible_projects(self):
        return self.public()

    def about_site(self):
        """News about the development work as a whole: of no project, target area or area."""
        return self.filter(project__isnull=True, theme__isnull=True, area__isnull=True)

    def about_kind(self, kind):
        """Updates about one kind of thing (an About value): projects, target areas, areas,
        or the development work as a whole."""
        if kind == About.SITE:
            return self.about_site()
        return self.filter(**{f"{kind}__isnull": False})

    def about_theme(self, theme_id, with_projects=False):
        """Updates about a target area; with_projects, about its projects too."""
        from projects.models import Project

        about = Q(theme_id=theme_id)
        if with_projects:
            about |= Q(project__in=Project.objects.filter(themes=theme_id).values("pk"))
        return self.filter(about)

    def about_area(self, area):
        """What happens in an area: updates about it or an area inside it (a municipality
        includes its villages), and about the projects filed under any of them. Residents
        of a village look there for everything that goes on in it, projects most of all."""
        return self.about_areas(area.with_descendant_ids())

    def about_areas(self, area_ids):
        """Updates about any of these areas, and about the projects filed under any of them."""
        from projects.models import Project

        project_filed_there = Project.areas.through.objects.filter(
            project=OuterRef("project_id"), area__in=area_ids
        )
        return self.filter(Q(area__in=area_ids) | Exists(project_filed_there))

    def scheduled(self, now=None):
        """Published updates whose time has not come yet."""
        return self.filter(is_published=True, published_at__gt=now or timezone.now())

    def drafts(self):
        return self.filter(is_published=False)


class About(models.TextChoices):
    """What an update can be about; which of project, theme and area is set says which."""

    PROJECT = "project", _("a project")
    THEME = "theme", _("a target area")
    AREA = "area", _("an area (a municipality or a village)")
    SITE = "site", _("the development work as a whole")


def next_publication(now):
    """When the next scheduled update appears (the page cache keeps pages no longer)."""
    return (
        StatusUpdate.objects.scheduled(now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


class StatusUpdate(models.Model):
    """A dated report on a project, a target area, an area, or the development work as a
    whole; on a project it can also move the project's status and progress."""

    project = models.ForeignKey(
        "projects.Project",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="updates",
        verbose_name=_("project"),
        help_text=_(
            "Leave project, target area and area empty for news about the development work "
            "as a whole."
        ),
    )
    theme = models.ForeignKey(
        "projects.Theme",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="updates",
        verbose_name=_("target area"),
        help_text=_("For news about a whole target area rather than one project."),
    )
    area = models.ForeignKey(
        "projects.Area",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="updates",
        verbose_name=_("area"),
        help_text=_("For news about a municipality or a village rather than one project."),
    )
    authors = models.ManyToManyField(
        "contacts.ContactPerson",
        verbose_name=_("written by"),
        blank=True,
        related_name="authored_updates",
        help_text=_("Contact persons who wrote it, named under the update."),
    )
    byline = models.CharField(
        _("written by (free text)"),
        max_length=200,
        blank=True,
        help_text=_("Other authors, e.g. “Projekt SLUS”. Shown after the contact persons."),
    )
    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(_("text"), blank=True)
    body_html = RenderedRichTextField("body")
    published_at = models.DateTimeField(
        _("date"),
        default=timezone.now,
        help_text=_("Residents see the update from this time. A future time schedules it."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Untick to keep it as a draft that only you can see."),
    )
    new_status = models.CharField(
        _("project status"),
        max_length=20,
        choices=Status.choices,
        blank=True,
        help_text=_("Set the project's status from this update on. Leave empty to keep it."),
    )
    new_progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Set the project's progress from this update on. Leave empty to keep it."),
    )
    source_tip = models.ForeignKey(
        "tips.Tip",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="status_updates",
        verbose_name=_("from the tip"),
        help_text=_("The resident's tip this update was made from."),
    )
    is_resident_report = models.BooleanField(
        _("a resident's report"),
        default=False,
        help_text=_("Shown to residents as reported by a resident."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = StatusUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        get_latest_by = "published_at"
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        indexes = [
            # A project's visible updates, newest first: its page, its current status, and
            # the search's look into each project's updates. With is_published in it, no
            # planner prefers update_public below for that look, which reads every public
            # update once per project (a search took minutes at 10,000 projects).
            models.Index(
                fields=["project", "is_published", "-published_at"], name="update_project_visible"
            ),
            # A target area's own news, newest first: without it SQLite walks every public
            # update by date to find a target area's few (18 ms at 10,000 updates).
            models.Index(
                fields=["theme", "is_published", "-published_at"], name="update_theme_visible"
            ),
            # The latest updates across all projects on the overview.
            models.Index(fields=["-published_at"], name="update_newest"),
            # Counting the public ones (the news page's pages) from the index alone: the
            # rows themselves hold every language's text, and reading them cost 5x more.
            models.Index(fields=["is_published", "published_at", "project"], name="update_public"),
        ]
        constraints = [
            models.CheckConstraint(
                # At most one of project, target area and area.
                condition=Q(project__isnull=True, theme__isnull=True)
                | Q(project__isnull=True, area__isnull=True)
                | Q(theme__isnull=True, area__isnull=True),
                name="update_about_one_thing",
                violation_error_message=_(
                    "An update is about one project, one target area or one area: choose one."
                ),
            ),
            models.CheckConstraint(
                condition=Q(new_progress__isnull=True)
                | Q(new_progress__gte=0, new_progress__lte=100),
                name="update_progress_0_to_100",
                violation_error_message=_("Progress must be between 0 and 100 %."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return address_of("projects:update", self.pk)

    @property
    def subject(self):
        """What the update is about: its project, target area or area; None for the site."""
        return self.project or self.theme or self.area

    @property
    def written_by(self):
        """Who signs it: its authors' names (prefetch "authors"), then the free byline."""
        return [author.name for author in self.authors.all()] + (
            [self.byline] if self.byline else []
        )

    @property
    def about(self):
        """The kind of thing it is about (an About value)."""
        if self.project_id:
            return About.PROJECT
        if self.theme_id:
            return About.THEME
        if self.area_id:
            return About.AREA
        return About.SITE

    def clean(self):
        super().clean()
        if sum(bool(owner) for owner in (self.project_id, self.theme_id, self.area_id)) > 1:
            raise ValidationError(
                {
                    "theme": _(
                        "An update is about one project, one target area or one area: "
                        "empty the others."
                    )
                }
            )
        if not self.project_id and (self.new_status or self.new_progress is not None):
            raise ValidationError(
                {"new_status": _("Only an update about a project can change a status.")}
            )

    @property
    def is_scheduled(self):
        return self.is_published and self.published_at > timezone.now()

    @property
    def is_visible(self):
        return self.is_published and self.published_at <= timezone.now()


class StatusUpdateImage(PictureMixin):
    """A picture attached to a status update."""

    update = models.ForeignKey(
        StatusUpdate,
        on_delete=models.CASCADE,
        related_name="images",
        verbose_name=_("status update"),
    )
    image = CleanImageField(_("picture"), upload_to=dated_upload_path("updates"))
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("Describe what the picture shows for those who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("photographer"), max_length=150, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")

    def __str__(self):
        return self.alt_text
