"""Areas, themes and the projects residents follow, with their pictures, documents and phases."""

import colorsys
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import connection, models, transaction
from django.db.models import Exists, F, OuterRef, Q, TextField, Value
from django.db.models.functions import Coalesce, ExtractYear, NullIf, TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from config.addresses import absolute_url, address_of
from config.numbers import LocalizedDecimalField, with_unit
from config.prepared import Prepared
from config.subqueries import count_of
from embeds.origins import allowed_origins, origin_problems

from . import text_search
from .documents import document_content_type, document_kind, validate_document
from .images import CleanImageField, PictureMixin, dated_upload_path
from .rich_html import RenderedRichTextField
from .richtext import RichTextField
from .trees import is_under_itself
from .uploads import no_orphan_files

# PostgreSQL text-search configurations per language: the language's stemmer after
# unaccent, so "kafe" finds "kafé" (migration 0007). There is no Nynorsk stemmer; the
# Norwegian (Bokmål-based) one serves Nynorsk reasonably.
SEARCH_CONFIGS = {
    "nn": "framdrift_norwegian",
    "nb": "framdrift_norwegian",
    "sv": "framdrift_swedish",
    "da": "framdrift_danish",
    "en": "framdrift_english",
}


DEFAULT_ACCENT = "#0b5a4a"


def relative_luminance(colour):
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    lighter, darker = sorted([relative_luminance(first), relative_luminance(second)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# The page background in dark mode (static/css/site.css; the admin's is a shade darker).
DARK_PAPER = "#121816"
# How clearly the accent's dark-mode variant stands out on that background.
DARK_MODE_CONTRAST = 8.0


def as_hex(red, green, blue):
    return "#" + "".join(f"{int(channel * 255 + 0.5):02x}" for channel in (red, green, blue))


def lighter_for_dark_mode(colour):
    """The accent as dark mode shows it (links, the header): same hue and saturation,
    lighter until it reads at DARK_MODE_CONTRAST:1 on the dark background.
    static/admin/js/accent_colour.js shows the same in its preview."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    for step in range(0, 101, 2):
        candidate = as_hex(*colorsys.hls_to_rgb(hue, max(lightness, step / 100), saturation))
        if contrast_ratio(candidate, DARK_PAPER) >= DARK_MODE_CONTRAST:
            return candidate
    return "#ffffff"


def darker(colour, share=0.25):
    """The colour with that share of black mixed in: hover and the admin's breadcrumbs."""
    return "#" + "".join(
        f"{int(int(colour[i : i + 2], 16) * (1 - share) + 0.5):02x}" for i in (1, 3, 5)
    )


def in_page_language(field):
    """A translated text (projects/translation.py) as the page shows it: in the page's
    language, or in the site's where it has no translation."""
    site_column = f"{field}_{settings.LANGUAGE_CODE}"
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return F(site_column)
    return Coalesce(
        NullIf(F(f"{field}_{language}"), Value("")), F(site_column), output_field=TextField()
    )


def columns_in_page_language(language, *fields):
    """The columns of translated fields that text_in_page_language reads: each field's in
    `language` and in the site's, to read with .values()."""
    codes = sorted({language, settings.LANGUAGE_CODE})
    return [f"{field}_{code}" for field in fields for code in codes]


def text_in_page_language(row, field, language):
    """(text, language it is in) of a translated text read with .values() (a row with the
    field's column in `language` and in the site's): as in_page_language, and "" for the
    language where it is the page's own, else the site's language (for its lang mark)."""
    text = row[f"{field}_{language}"]
    if text or language == settings.LANGUAGE_CODE:
        return text or "", ""
    fallback = row[f"{field}_{settings.LANGUAGE_CODE}"]
    return (fallback, settings.LANGUAGE_CODE) if fallback else ("", "")


def untranslated_language(obj, field):
    """The site's language where obj's text `field` is shown in it for want of a
    translation into the page's language (for its lang mark), else "": as
    text_in_page_language says it of a text read with .values()."""
    language = get_language()
    if language == settings.LANGUAGE_CODE or obj is None:
        return ""
    if getattr(obj, f"{field}_{language}", None) or not getattr(obj, field, None):
        return ""
    return settings.LANGUAGE_CODE


def search_config():
    """The configuration of the language pages are shown in."""
    return SEARCH_CONFIGS.get(get_language(), "simple")


class SiteSettings(models.Model):
    """The one record of texts that frame the whole site."""

    site_name = models.CharField(_("site name"), max_length=100, default="Framdrift")
    tagline = models.CharField(
        _("tagline"),
        max_length=200,
        blank=True,
        help_text=_("One line under the site name, e.g. who runs the development work."),
    )
    overview_intro = RichTextField(
        _("introduction on the front page"),
        blank=True,
        help_text=_("A few sentences residents read first on the overview of all projects."),
    )
    overview_intro_html = RenderedRichTextField("overview_intro")
    footer_contact = RichTextField(
        _("contact in the footer"),
        blank=True,
        help_text=_(
            "Address, switchboard phone and email of the municipality, shown on every page."
        ),
    )
    footer_contact_html = RenderedRichTextField("footer_contact")

    class Conformance(models.TextChoices):
        FULL = "full", _("fully compliant with WCAG 2.2 level AA")
        PARTIAL = "partial", _("partially compliant with WCAG 2.2 level AA")
        NONE = "none", _("not compliant with WCAG 2.2 level AA")

    accessibility_conformance = models.CharField(
        _("conformance"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_(
            "How well the site meets the accessibility requirements, after the last check."
        ),
    )
    accessibility_known_issues = RichTextField(
        _("known accessibility issues"),
        blank=True,
        help_text=_("What does not work for everyone yet, and what you do about it."),
    )
    accessibility_known_issues_html = RenderedRichTextField("accessibility_known_issues")
    accessibility_checked_on = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("The date of the last check of the site's accessibility."),
    )
    accessibility_contact_email = models.EmailField(
        _("email for accessibility problems"),
        blank=True,
        help_text=_("Where residents report a problem with the site's accessibility."),
    )
    accessibility_complaint_url = models.URLField(
        _("where to complain"),
        blank=True,
        default="https://www.uutilsynet.no/",
        help_text=_(
            "The supervising authority residents can complain to if they get no answer "
            "(in Norway uutilsynet.no, in Sweden digg.se, in Denmark digst.dk)."
        ),
    )

    logo = CleanImageField(
        _("logo"),
        upload_to=dated_upload_path("site"),
        blank=True,
        help_text=_("Shown beside the site name: the municipality's crest, PNG or JPEG."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[
            RegexValidator(
                r"^#[0-9a-fA-F]{6}$", _("Write the colour as # and six hex digits, e.g. #0b5a4a.")
            )
        ],
        help_text=_(
            "The colour of the header, buttons and links. It must be dark enough for white "
            "text on it and for links on white (contrast at least 4.5:1)."
        ),
    )
    about = RichTextField(
        _("about the development work"),
        blank=True,
        help_text=_("The page “About”: why the development work is done, by whom, and how."),
    )
    about_html = RenderedRichTextField("about")
    privacy_extra = RichTextField(
        _("more about privacy"),
        blank=True,
        help_text=_(
            "Shown at the end of the privacy page: who is responsible for the data, "
            "the data protection officer, anything the municipality adds."
        ),
    )
    privacy_extra_html = RenderedRichTextField("privacy_extra")

    class DataLicence(models.TextChoices):
        CC_BY_4 = "CC-BY-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
        CC0 = "CC0-1.0", _("Creative Commons Zero (CC0 1.0): no rights reserved")
        NLOD_2 = "NLOD-2.0", _("Norwegian Licence for Open Government Data (NLOD 2.0)")

    open_data_licence = models.CharField(
        _("licence for open data"),
        max_length=20,
        choices=DataLicence.choices,
        default=DataLicence.CC_BY_4,
        help_text=_("The terms on which anyone may reuse the data on the open-data page."),
    )
    embed_origins = models.TextField(
        _("sites that may embed"),
        blank=True,
        help_text=_(
            "The addresses of the sites that may show the embeddable project lists and "
            "cards, one per line, e.g. https://www.example-kommune.no. Other sites cannot."
        ),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.site_name

    def save(self, *args, **kwargs):
        self.pk = 1  # there is only ever one
        with no_orphan_files(self):
            super().save(*args, **kwargs)

    @property
    def has_own_accent(self):
        return self.accent_colour.lower() != DEFAULT_ACCENT

    @property
    def accent(self):
        """The accent colour, or the default if what is stored is not a colour (a value
        from before the check, say): it is written into style sheets."""
        if re.fullmatch(r"#[0-9a-fA-F]{6}", self.accent_colour or ""):
            return self.accent_colour.lower()
        return DEFAULT_ACCENT

    @property
    def accent_darker(self):
        return darker(self.accent)

    @property
    def accent_on_dark(self):
        return lighter_for_dark_mode(self.accent)

    def clean(self):
        super().clean()
        errors = {}
        if re.fullmatch(r"#[0-9a-fA-F]{6}", self.accent_colour or ""):
            ratio = contrast_ratio(self.accent_colour, "#ffffff")
            if ratio < 4.5:
                errors["accent_colour"] = _(
                    "This colour is too light: white text on it has a contrast of "
                    "%(ratio)s:1, and at least 4.5:1 is needed. Choose a darker one."
                ) % {"ratio": number_format(round(ratio, 1), 1)}
        # Each line that is not a site's address, named, with how to write it.
        if problems := origin_problems(self.embed_origins):
            errors["embed_origins"] = [
                _("Line %(number)s, “%(line)s”: %(problem)s.")
                % {"number": number, "line": line, "problem": problem}
                for number, line, problem in problems
            ]
        if errors:
            raise ValidationError(errors)

    @property
    def embedding_origins(self):
        """The sites that may show the embeddable pages in a frame, from embed_origins."""
        return allowed_origins(self.embed_origins)

    @classmethod
    def load(cls):
        """The record, or unsaved defaults until the process leader first saves it. Read
        by every page made afresh, through a query compiled once (config/prepared.py)."""
        found = _the_site_settings()
        return found[0] if found else cls(pk=1)


_the_site_settings = Prepared(lambda: SiteSettings.objects.filter(pk=1))


class Area(models.Model):
    """A region, a municipality or a village; nested, so a village sits under its municipality."""

    class Kind(models.TextChoices):
        REGION = "region", _("region")
        MUNICIPALITY = "municipality", _("municipality")
        VILLAGE = "village", _("village")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("short name in the address"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.VILLAGE)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The municipality a village belongs to, or the region of a municipality."),
    )
    description = RichTextField(_("description"), blank=True)
    description_html = RenderedRichTextField("description")

    class Meta:
        ordering = ["name"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address_of("projects:area", self.slug)

    def with_descendant_ids(self):
        """This area's id and those of every area inside it, from one small query."""
        children = {}
        for area_id, parent_id in Area.objects.values_list("pk", "parent_id"):
            children.setdefault(parent_id, []).append(area_id)
        found, waiting = [], [self.pk]
        while waiting:
            area_id = waiting.pop()
            found.append(area_id)
            waiting.extend(children.get(area_id, []))
        return found

    def clean(self):
        if is_under_itself(self):
            raise ValidationError({"parent": _("An area cannot be part of itself.")})


class StrategyQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(is_published=True)

    def with_target_areas(self):
        """Each strategy's target areas as shown_themes, counting their published projects,
        in one query however many strategies there are."""
        return self.prefetch_related(
            models.Prefetch(
                "themes", queryset=Theme.objects.with_project_count(), to_attr="shown_themes"
            )
        )


class Strategy(models.Model):
    """A development strategy or campaign with its overall goal, its period and its target
    areas (themes); its projects are those of its target areas. A municipality may run
    several at once, e.g. a move-here campaign beside a social development strategy."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("short name in the address"), max_length=150, unique=True)
    goal = RichTextField(
        _("overall goal"),
        blank=True,
        help_text=_("The overall goal of the strategy that its target areas serve."),
    )
    goal_html = RenderedRichTextField("goal")
    starts_on = models.DateField(_("start date"), null=True, blank=True)
    ends_on = models.DateField(_("end date"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Strategies are listed from the lowest number.")
    )
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Only published strategies are public.")
    )

    objects = StrategyQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="strategy_ends_after_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address_of("projects:strategy", self.slug)

    def projects(self):
        """Its projects: the published projects of its target areas, sub-projects too."""
        return Project.objects.visible().in_strategy(self)


class ThemeQuerySet(models.QuerySet):
    def visible(self):
        """Target areas residents see: those of a published strategy, or of none."""
        return self.filter(
            Q(strategy__isnull=True) | Q(strategy__in=Strategy.objects.visible().values("pk"))
        )

    def with_project_count(self):
        """Annotate project_count: the published projects in each, sub-projects too."""
        return self.annotate(
            project_count=models.Count("projects", filter=Q(projects__is_published=True))
        ).order_by("position", "name")  # a grouped query does not use Meta.ordering


class Theme(models.Model):
    """A prioritised target area of the municipality's development strategy."""

    strategy = models.ForeignKey(
        Strategy,
        verbose_name=_("strategy"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="themes",
        help_text=_("The strategy this target area belongs to."),
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name in the address"), max_length=120, unique=True)
    description = RichTextField(_("description"), blank=True)
    description_html = RenderedRichTextField("description")
    position = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Themes are listed from the lowest number.")
    )

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address_of("projects:theme", self.slug)


class Status(models.TextChoices):
    IDEA = "idea", _("idea")
    PLANNED = "planned", _("planned")
    ONGOING = "ongoing", _("ongoing")
    PAUSED = "paused", _("paused")
    COMPLETED = "completed", _("completed")
    CANCELLED = "cancelled", _("cancelled")


# Statuses for which silence means something has stalled.
ACTIVE_STATUSES = (Status.IDEA, Status.PLANNED, Status.ONGOING, Status.PAUSED)


class ProjectQuerySet(models.QuerySet):
    def visible(self):
        """What residents may see: published projects."""
        return self.filter(is_published=True)

    def refresh_activity(self, now=None):
        """Work out again the status, progress and last activity residents see and keep
        them on the rows (projects/activity.py): for what wrote rows in bulk."""
        from .activity import refresh_projects

        return refresh_projects(self.values_list("pk", flat=True), now)

    def with_status(self, status):
        """By the status residents see."""
        return self.filter(current_status=status)

    def top_level(self):
        """Projects that are not part of a project residents see: what the overview lists
        when nothing is filtered. A sub-project of an unpublished plan stands on its own."""
        return self.filter(~Exists(Project.objects.visible().filter(pk=OuterRef("parent_id"))))

    def with_sub_project_count(self):
        """Annotate sub_project_count: how many sub-projects (a plan's actions) residents
        see in each, counted inside the same query."""
        return self.annotate(
            sub_project_count=count_of(Project.objects.visible().filter(parent=OuterRef("pk")))
        )

    def in_strategy(self, strategy):
        """In any target area of the strategy (each project once)."""
        in_its_themes = Project.themes.through.objects.filter(
            project=OuterRef("pk"), theme__strategy=strategy
        )
        return self.filter(Exists(in_its_themes))

    def in_area(self, area):
        """Filed under the area or any area inside it: a municipality includes its villages."""
        return self.in_areas(area.with_descendant_ids())

    def in_areas(self, area_ids):
        """Filed under any of these areas (each project once)."""
        filed_there = Project.areas.through.objects.filter(
            project=OuterRef("pk"), area__in=area_ids
        )
        return self.filter(Exists(filed_there))

    def search(self, text, now=None):
        """Projects matching the words, in their texts or in their visible status updates.

        PostgreSQL: full-text search with the site language's stemming, ranked (annotated
        as `rank`). Elsewhere: every word must appear somewhere, ignoring case.
        """
        text = text_search.searched_text(text)
        if not text:
            return self
        now = now or timezone.now()
        if connection.vendor == "postgresql":
            return self.search_stemmed(text, now)
        from updates.models import StatusUpdate

        matches = Q()
        for word in text.split():
            if text_search.is_indexed(self, word):
                # From the index's rows: the projects and updates with the word, never
                # every project looked through.
                matches &= self._indexed_match(
                    text_search.project_term(word), text_search.news_term(word), now
                )
                continue
            in_updates = StatusUpdate.objects.visible(now).filter(project=OuterRef("pk"))
            matches &= (
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(body__icontains=word)
                | Exists(in_updates.search(word))
            )
        return self.filter(matches)

    def search_stemmed(self, text, now):
        """PostgreSQL's full-text search for the text as a resident types it (websearch),
        ranked. The text reaches the database as it is given: a prepared query's argument."""
        from updates.models import StatusUpdate

        config = search_config()
        query = SearchQuery(text, config=config, search_type="websearch")
        document = (
            SearchVector(in_page_language("title"), weight="A", config=config)
            + SearchVector(in_page_language("summary"), weight="B", config=config)
            + SearchVector(in_page_language("body"), weight="C", config=config)
        )
        updates = StatusUpdate.objects.visible(now).filter(project=OuterRef("pk"))
        return self.annotate(document=document, rank=SearchRank(document, query)).filter(
            Q(document=query) | Exists(updates.search(text))
        )

    def search_indexed(self, in_projects, in_news, now):
        """SQLite: each term (text_search.search_terms) in the project's texts or in one of
        its visible updates, found through the indexes. The terms reach the database as
        they are given, so that this is a prepared query's (a term repeated changes
        nothing: the same rows match)."""
        matches = Q()
        for in_project, in_update in zip(in_projects, in_news, strict=True):
            matches &= self._indexed_match(in_project, in_update, now)
        return self.filter(matches)

    @staticmethod
    def _indexed_match(in_project, in_update, now):
        """A Q: one FTS5 term in the project's texts, or the other in one of its visible
        updates (text_search.project_term, news_term)."""
        from updates.models import StatusUpdate

        with_news = text_search.projects_with_terms(StatusUpdate, in_update, now)
        return Q(pk__in=text_search.rows_matching(Project, in_project)) | Q(pk__in=with_news)

    def stale(self, now=None):
        """Active projects with no visible status update for STALE_AFTER_DAYS days."""
        cutoff = (now or timezone.now()) - timedelta(days=settings.STALE_AFTER_DAYS)
        return self.filter(current_status__in=ACTIVE_STATUSES, last_activity_at__lt=cutoff)


# How many levels of sub-projects a plan's progress follows down: far more than any plan
# has, and a stop should the data ever hold a loop that clean() would have refused.
MAX_PLAN_DEPTH = 10


def attach_computed_progress(projects, depth=0):
    """Give each project whose progress follows its sub-projects its computed_progress:
    the (weighted) mean of the effective progress of its published sub-projects that give
    one, or None if none does.

    One query for all the projects' sub-projects (with the status and progress residents
    see), however many there are; another only for a level below whose progress follows
    its own sub-projects in turn. Sub-projects already prefetched as shown_sub_projects
    are used as they are.
    """
    following = [
        project
        for project in projects
        if project.follows_sub_projects and "computed_progress" not in project.__dict__
    ]
    if not following:
        return
    sub_projects = {
        project.pk: project.shown_sub_projects
        for project in following
        if hasattr(project, "shown_sub_projects")
    }
    to_fetch = [project.pk for project in following if project.pk not in sub_projects]
    if to_fetch:
        for sub_project in Project.objects.visible().filter(parent__in=to_fetch):
            sub_projects.setdefault(sub_project.parent_id, []).append(sub_project)
    below = [sub_project for found in sub_projects.values() for sub_project in found]
    if depth < MAX_PLAN_DEPTH:
        attach_computed_progress(below, depth + 1)
    else:
        for sub_project in below:
            sub_project.__dict__.setdefault("computed_progress", None)
    for project in following:
        project.computed_progress = project.progress_of(sub_projects.get(project.pk, []))


class Project(models.Model):
    """A local development project, as residents follow it. It may be part of another
    (an action of a village's plan, a campaign inside a programme): a sub-project."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("short name in the address"),
        max_length=200,
        unique=True,
        help_text=_("Part of the project's web address. Changing it breaks links people shared."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences shown on the project's card in the overview."),
    )
    body = RichTextField(_("text"), blank=True)
    body_html = RenderedRichTextField("body")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("How far the project has come, 0 to 100. Leave empty if it cannot be said."),
    )
    status_changed_at = models.DateTimeField(
        _("status set"),
        default=timezone.now,
        editable=False,
        help_text=_("When status or progress was last set on the project itself."),
    )

    class ProgressSource(models.TextChoices):
        OWN = "own", _("set by hand")
        MEAN = "mean", _("the mean of its sub-projects")
        WEIGHTED = "weighted", _("the weighted mean of its sub-projects")

    progress_from = models.CharField(
        _("progress from"),
        max_length=10,
        choices=ProgressSource.choices,
        default=ProgressSource.OWN,
        help_text=_(
            "Set progress by hand, or let it follow the progress of the project's published "
            "sub-projects (weighted by each one's weight)."
        ),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sub_projects",
        help_text=_(
            "The plan or project this is an action of, e.g. a village's local development plan."
        ),
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "How much this sub-project counts in its parent's weighted progress, 1 to 100."
        ),
    )
    starts_on = models.DateField(_("start date"), null=True, blank=True)
    ends_on = models.DateField(_("end date"), null=True, blank=True)
    areas = models.ManyToManyField(
        Area, verbose_name=_("areas"), blank=True, related_name="projects"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="projects"
    )
    lead_organisation = models.CharField(_("lead organisation"), max_length=200, blank=True)
    how_to_get_involved = RichTextField(
        _("how to get involved"),
        blank=True,
        help_text=_(
            "What residents can do: meetings to come to, whom to call, what help is needed."
        ),
    )
    how_to_get_involved_html = RenderedRichTextField("how_to_get_involved")
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published projects are public.")
    )
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured projects are shown first.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    # What residents see, worked out from the project and its status updates whenever
    # either changes, and when a scheduled update's time comes (projects/activity.py).
    current_status = models.CharField(
        _("status residents see"),
        max_length=20,
        choices=Status.choices,
        default=Status.PLANNED,
        editable=False,
    )
    current_progress = models.PositiveSmallIntegerField(
        _("progress residents see"), null=True, editable=False
    )
    current_status_since = models.DateTimeField(
        _("status residents see, since"), default=timezone.now, editable=False
    )
    last_update_at = models.DateTimeField(_("last status update"), null=True, editable=False)
    last_activity_at = models.DateTimeField(
        _("last activity"), default=timezone.now, editable=False
    )
    activity_due_at = models.DateTimeField(
        _("next scheduled status update"), null=True, editable=False, db_index=True
    )

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            # The overview's order: a page of cards is the first rows of this index. It
            # holds what every list of public projects asks of a row as well, so that
            # counting them reads the index alone (a project's row, with its texts in five
            # languages, is many times larger), and SQLite, which plans without statistics,
            # still takes this index for a page of cards over one holding those columns.
            models.Index(
                F("is_featured").desc(),
                F("last_activity_at").desc(),
                F("is_published"),
                F("parent"),
                name="project_overview_order",
            ),
            # Filtering by status, and the count of each status read from the index alone.
            models.Index(fields=["current_status", "is_published"], name="project_current_status"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__gte=0, progress__lte=100),
                name="project_progress_0_to_100",
                violation_error_message=_("Progress must be between 0 and 100 %."),
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="project_ends_after_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read without loading deferred fields, so .only()/.defer() querysets stay cheap.
        self._status_as_loaded = (self.__dict__.get("status"), self.__dict__.get("progress"))

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        adding = self._state.adding
        status_set = (self.status, self.progress) != self._status_as_loaded
        if self.pk and status_set:
            self.status_changed_at = timezone.now()
        super().save(*args, **kwargs)
        # Read without loading deferred fields, so .only()/.defer() querysets stay cheap.
        self._status_as_loaded = (self.__dict__.get("status"), self.__dict__.get("progress"))
        if adding or status_set:
            from .activity import refresh_projects

            for name, value in refresh_projects([self.pk]).get(self.pk, {}).items():
                setattr(self, name, value)

    def get_absolute_url(self):
        return address_of("projects:detail", self.slug)

    def clean(self):
        super().clean()
        # Nesting is allowed to any depth, but never in a circle.
        if is_under_itself(self):
            message = _("A project cannot be part of itself or of one of its own sub-projects.")
            raise ValidationError({"parent": message})

    @property
    def effective_status(self):
        """The status residents see."""
        return self.current_status

    @property
    def effective_progress(self):
        """The progress residents see: computed from the sub-projects if the process leader
        chose so, else the project's own (or a later status update's)."""
        if self.follows_sub_projects:
            return self.computed_progress
        return self.current_progress

    @property
    def follows_sub_projects(self):
        return self.progress_from != self.ProgressSource.OWN

    @cached_property
    def computed_progress(self):
        """Found here only if not attached in bulk (attach_computed_progress): then for
        this project and those loaded with it (models.FETCH_PEERS), as the admin's list."""
        peers = [peer() for peer in self._state.peers]
        attach_computed_progress([self, *(peer for peer in peers if peer not in (None, self))])
        return self.__dict__["computed_progress"]

    def progress_of(self, sub_projects):
        """The mean, or weighted mean, of the sub-projects' progress; None if none has one."""
        measured = [
            (sub_project.effective_progress, sub_project.weight)
            for sub_project in sub_projects
            if sub_project.effective_progress is not None
        ]
        if not measured:
            return None
        if self.progress_from == self.ProgressSource.WEIGHTED:
            total = sum(progress * weight for progress, weight in measured)
            count = sum(weight for _progress, weight in measured)
        else:
            total, count = sum(progress for progress, _weight in measured), len(measured)
        return int(total / count + 0.5)  # whole per cent, halves up

    @property
    def visible_parent(self):
        """The project it is part of, if residents may see that one."""
        return self.parent if self.parent_id and self.parent.is_published else None

    @property
    def effective_status_since(self):
        return self.current_status_since

    @property
    def last_changed_at(self):
        """When residents last got news: the project edited or a status update published."""
        last_update = self.last_update_at
        return max(self.updated_at, last_update) if last_update else self.updated_at

    def get_effective_status_display(self):
        return Status(self.effective_status).label

    def is_stale(self, now=None):
        if self.effective_status not in ACTIVE_STATUSES:
            return False
        cutoff = (now or timezone.now()) - timedelta(days=settings.STALE_AFTER_DAYS)
        return self.last_activity_at < cutoff


class Partner(models.Model):
    """An organisation taking part in a project besides the lead organisation."""

    class Sector(models.TextChoices):
        PUBLIC = "public", _("public")
        PRIVATE = "private", _("private")
        VOLUNTARY = "voluntary", _("voluntary")

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="partners", verbose_name=_("project")
    )
    name = models.CharField(_("name"), max_length=200)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    website = models.URLField(_("website"), blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class ProjectImage(PictureMixin):
    """A picture of a project; one of them is the cover shown on its card."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="images", verbose_name=_("project")
    )
    image = CleanImageField(_("picture"), upload_to=dated_upload_path("projects"))
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the picture shows for those who cannot see it, "
            "e.g. “Volunteers paint the old school in Nedre Li”."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(
        _("photographer"), max_length=150, blank=True, help_text=_("Who took the picture.")
    )
    is_cover = models.BooleanField(
        _("cover picture"), default=False, help_text=_("Shown on the project's card.")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")
        constraints = [
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(is_cover=True),
                name="one_cover_picture_per_project",
                violation_error_message=_("A project can have only one cover picture."),
            )
        ]

    def __str__(self):
        return self.alt_text


def one_of(owners, foreign_key):
    """Whether a row's foreign key points at one of `owners`: looked up by primary key for
    each row asked about. `foreign_key__in=owners` instead reads all of them for every query
    (on SQLite, 100,000 visible updates for a document library of twelve documents)."""
    return Exists(owners.filter(pk=OuterRef(f"{foreign_key}_id")))


class DocumentQuerySet(models.QuerySet):
    def visible(self, now=None):
        """Documents residents may see: published, and of nothing or of something they may
        see (a published project, a visible status update, a published meeting or page)."""
        from events.models import Event
        from pages.models import Page
        from updates.models import StatusUpdate

        # Each owner as a subquery on the document's own column: no joins, so no document
        # is counted twice, and one query however many owners there are.
        public_owner = (
            Q(project__isnull=True, update__isnull=True, event__isnull=True, page__isnull=True)
            | one_of(Project.objects.visible(), "project")
            | one_of(StatusUpdate.objects.public(now), "update")
            | one_of(Event.objects.published(), "event")
            | one_of(Page.objects.visible(), "page")
        )
        return self.filter(is_published=True).filter(public_owner)

    def with_owners(self):
        """With what each belongs to (and an update's project), for lists that name it."""
        return self.select_related("project", "update__project", "event", "page")

    def with_shown_date(self):
        """shown_on: the document's own date, else the day it was added."""
        return self.alias(shown_on=Coalesce("dated", TruncDate("added_at")))

    def newest_first(self):
        return self.with_shown_date().order_by(F("shown_on").desc(), "-added_at", "-pk")

    def in_year(self, year):
        return self.with_shown_date().filter(shown_on__year=year)

    def years(self):
        """The years these documents are from, newest first."""
        return (
            self.with_shown_date()
            .annotate(year=ExtractYear("shown_on"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )

    def of_project(self, project):
        """A project's documents with those of its status updates and meetings."""
        from events.models import Event

        meetings = Event.objects.filter(projects=project).values("pk")
        return self.filter(Q(project=project) | Q(update__project=project) | Q(event__in=meetings))

    def projects(self):
        """The published projects these documents are of (as of_project finds them)."""
        from events.models import Event

        meetings = Event.objects.filter(pk__in=self.values("event")).values("projects")
        return Project.objects.visible().filter(
            Q(pk__in=self.values("project"))
            | Q(pk__in=self.values("update__project"))
            | Q(pk__in=meetings)
        )


def documents_prefetch(to_attr="shown_documents"):
    """For anything with documents (a project, a status update, a meeting, a page): its
    published documents in one query however many owners there are. Use as
    .prefetch_related(documents_prefetch()) and read owner.shown_documents (a list)."""
    return models.Prefetch(
        "documents", queryset=Document.objects.filter(is_published=True), to_attr=to_attr
    )


class Document(models.Model):
    """A plan, minutes, a decision or a report residents can read: a file uploaded here, or
    a link to it elsewhere (the records system, another site). It belongs to a project, a
    status update, a meeting, a page, or to the development work as a whole."""

    class Kind(models.TextChoices):
        PLAN = "plan", _("plan")
        DECISION = "decision", _("decision")
        CONSULTATION = "consultation", _("consultation")
        AGENDA = "agenda", _("agenda")
        MINUTES = "minutes", _("minutes")
        REPORT = "report", _("report")
        OTHER = "other", _("other")

    project = models.ForeignKey(
        Project,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("project"),
    )
    update = models.ForeignKey(
        "updates.StatusUpdate",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("status update"),
    )
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("meeting"),
    )
    page = models.ForeignKey(
        "pages.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("page"),
    )
    title = models.CharField(_("title"), max_length=200)
    kind_of_document = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER
    )
    file = models.FileField(
        _("file"),
        upload_to=dated_upload_path("documents"),
        validators=[validate_document],
        blank=True,
        help_text=_("PDF, Word, Excel, PowerPoint or OpenDocument. Or give a link instead."),
    )
    url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_(
            "Where the document is, if not uploaded here: e.g. the case in the records system."
        ),
    )
    dated = models.DateField(
        _("date"), null=True, blank=True, help_text=_("The document's own date, if it has one.")
    )
    description = models.CharField(
        _("short description"),
        max_length=300,
        blank=True,
        help_text=_("One sentence on what residents find in it."),
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Untick to hide it from residents.")
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [models.Index(fields=["-dated"], name="document_newest")]
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="document_file_or_link",
                violation_error_message=_("Upload a file or give a link, not both."),
            ),
            models.CheckConstraint(
                # At most one owner: NULLs count 0, set keys 1.
                condition=Q(project__isnull=True, update__isnull=True, event__isnull=True)
                | Q(project__isnull=True, update__isnull=True, page__isnull=True)
                | Q(project__isnull=True, event__isnull=True, page__isnull=True)
                | Q(update__isnull=True, event__isnull=True, page__isnull=True),
                name="document_has_one_owner",
                violation_error_message=_(
                    "A document belongs to one project, status update, meeting or page."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # Checked however it is saved (admin, demo loader, shell), as pictures are.
            validate_document(self.file)
        self.size = self.file.size if self.file else 0
        with no_orphan_files(self):
            super().save(*args, **kwargs)

    OWNER_FIELDS = ("project", "update", "event", "page")

    def clean(self):
        super().clean()
        if self.file and self.url:
            raise ValidationError({"url": _("Upload a file or give a link, not both.")})
        if not self.file and not self.url:
            raise ValidationError({"file": _("Upload a file or give a link.")})
        owners = [name for name in self.OWNER_FIELDS if getattr(self, f"{name}_id")]
        if len(owners) > 1:
            # Beside each owner after the first: those are the ones to empty.
            message = _("A document belongs to one project, status update, meeting or page.")
            raise ValidationError(dict.fromkeys(owners[1:], message))

    @property
    def is_link(self):
        return not self.file

    @property
    def owner(self):
        return self.project or self.update or self.event or self.page

    @property
    def owner_field(self):
        """The name of the field it belongs through ("project", …), or "" for the site."""
        return next((name for name in self.OWNER_FIELDS if getattr(self, f"{name}_id")), "")

    @property
    def link_domain(self):
        """Where a link goes, e.g. “einnsyn.no”: residents see it before they leave the site."""
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")

    @property
    def address(self):
        """The full address, for paper: the link, or the download on this site."""
        return self.url if self.is_link else absolute_url(self.get_download_url())

    @property
    def shown_on(self):
        """Its own date, else the day it was added: how the library orders it."""
        return self.dated or (self.added_at and timezone.localdate(self.added_at))

    @property
    def kind(self):
        """A name residents know, such as “PDF” or “Word”."""
        if not self.file:
            return ""
        return document_kind(PurePosixPath(self.file.name).suffix)

    @property
    def content_type(self):
        return document_content_type(PurePosixPath(self.file.name).suffix)

    @property
    def download_name(self):
        """The name residents' browsers save it under: the title, not the stored name."""
        stem = slugify(self.title, allow_unicode=True) or slugify(_("document"))
        return f"{stem}{PurePosixPath(self.file.name).suffix.lower()}"

    def get_download_url(self):
        """Where residents open it: the download, or the link."""
        if not self.file:
            return self.url
        return reverse("projects:document", args=[self.pk, self.download_name])


class Phase(models.Model):
    """A stage of a project, e.g. the first phase of a campaign, 2002 to 2004."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="phases", verbose_name=_("project")
    )
    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"), null=True, blank=True)
    description = RichTextField(_("description"), blank=True)
    description_html = RenderedRichTextField("description")

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="phase_ends_after_start",
                violation_error_message=_("A phase cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.name

    def is_current(self, today=None):
        today = today or timezone.localdate()
        return self.starts_on <= today and (self.ends_on is None or today <= self.ends_on)


class Milestone(models.Model):
    """A dated step of a project: a decision, a consultation, an opening."""

    class Kind(models.TextChoices):
        DECISION = "decision", _("decision")
        CONSULTATION = "consultation", _("consultation")
        OPENING = "opening", _("opening")
        OTHER = "other", _("other")

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("project")
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("E.g. “Adopted by the municipal council” or “Out on consultation”."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DECISION)
    planned_on = models.DateField(
        _("planned date"), null=True, blank=True, help_text=_("When it is expected.")
    )
    happened_on = models.DateField(
        _("actual date"),
        null=True,
        blank=True,
        help_text=_("When it happened. Leave empty until it has."),
    )
    until = models.DateField(
        _("until"),
        null=True,
        blank=True,
        help_text=_("For a consultation: the last day to give a statement."),
    )
    description = models.CharField(_("short description"), max_length=300, blank=True)
    case_url = models.URLField(
        _("link to the case"),
        max_length=500,
        blank=True,
        help_text=_("The case in the municipality's records (eInnsyn, the meeting portal)."),
    )
    case_number = models.CharField(
        _("case number"), max_length=50, blank=True, help_text=_("E.g. 2024/1234.")
    )

    class Meta:
        ordering = ["project", Coalesce("happened_on", "planned_on").asc(), "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_on__isnull=False) | Q(happened_on__isnull=False),
                name="milestone_has_a_date",
                violation_error_message=_("Give a planned or an actual date."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def date(self):
        """The date it is shown at: when it happened, else when it is planned."""
        return self.happened_on or self.planned_on

    @property
    def has_happened(self):
        return self.happened_on is not None

    def clean(self):
        super().clean()
        errors = web_address_errors(self, "case_url")
        if not self.planned_on and not self.happened_on:
            errors["planned_on"] = _("Give a planned or an actual date.")
        if self.until and self.date and self.until < self.date:
            errors["until"] = _(
                "The last day for statements cannot be before the consultation starts."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_consultation(self):
        return self.kind == self.Kind.CONSULTATION

    def is_open_for_statements(self, today=None):
        """A consultation residents can answer today: it has begun, its last day has not passed."""
        return self.consultation_state(today) == "open"

    def consultation_state(self, today=None):
        """For a consultation with a last day: "coming", "open" or "closed"; else None."""
        if not self.is_consultation or self.until is None:
            return None
        today = today or timezone.localdate()
        if today > self.until:
            return "closed"
        return "open" if self.date <= today else "coming"

    def state(self, today=None):
        """What residents read beside it: "open" while a consultation takes statements,
        "done" once it happened, else "planned" (also when its date has passed without
        an actual date: nobody has said it happened)."""
        if self.is_open_for_statements(today):
            return "open"
        return "done" if self.has_happened else "planned"

    @property
    def case_web_url(self):
        """The link to the case: only an http(s) address, whatever was stored."""
        return web_address_or_empty(self.case_url)


def web_address_errors(instance, field):
    """{field: message} if the field holds an address that is not http(s), else {}. Only
    those are links on the site: never "javascript:", nor the ftp:// a URL field accepts."""
    url = getattr(instance, field)
    if url and not web_address_or_empty(url):
        return {field: _("Give a web address starting with https:// or http://.")}
    return {}


def web_address_or_empty(url):
    """The address if it is an http(s) one, else "": what the public pages link to."""
    try:
        return url if url and urlsplit(url).scheme.lower() in ("http", "https") else ""
    except ValueError:
        return ""


def domain_of(url):
    """The site an address leads to, as people say it: "youtube.com", not "www.youtube.com"."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def money(amount, currency):
    """An amount in the site's language with its ISO currency code, never split over two
    lines: "1 200 000 NOK" (Nynorsk), "1,200,000 NOK" (English); öre and cents only where
    there are some: "1 200,50 NOK"."""
    amount = Decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    return with_unit(number_format(amount, decimal_pos=places, force_grouping=True), currency)


class FundingQuerySet(models.QuerySet):
    def of_visible_projects(self):
        """Funding residents may see: that of published projects."""
        return self.filter(project__in=Project.objects.visible().values("pk"))

    def totals(self, *by):
        """Sums per currency (and per each field named in `by`), added up in the
        database. Amounts in different currencies are never added together."""
        return (
            self.order_by()
            .values(*by, "currency")
            .annotate(total=models.Sum("amount"))
            .order_by(*by, "currency")
        )


class Funding(models.Model):
    """Money for a project from one source: a grant, the municipality's own budget."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("the municipality")
        REGION = "region", _("county or region")
        STATE = "state", _("the state")
        EU = "eu", _("EU")
        PRIVATE = "private", _("business")
        FOUNDATION = "foundation", _("foundation or association")
        OTHER = "other", _("other")

    class Currency(models.TextChoices):
        NOK = "NOK", "NOK"
        SEK = "SEK", "SEK"
        DKK = "DKK", "DKK"
        EUR = "EUR", "EUR"

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="funding", verbose_name=_("project")
    )
    source = models.CharField(
        _("source"), max_length=200, help_text=_("Who gives the money, e.g. Tillväxtverket.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    amount = LocalizedDecimalField(
        _("amount"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.NOK
    )
    from_year = models.PositiveSmallIntegerField(
        _("from year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2200)],
    )
    to_year = models.PositiveSmallIntegerField(
        _("to year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2200)],
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = FundingQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("funding")
        verbose_name_plural = _("funding")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="funding_not_negative",
                violation_error_message=_("The amount cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(to_year__isnull=True)
                | Q(from_year__isnull=True)
                | Q(to_year__gte=F("from_year")),
                name="funding_ends_after_start",
                violation_error_message=_("The last year cannot be before the first."),
            ),
        ]

    def __str__(self):
        return self.source

    def clean(self):
        super().clean()
        # On the field, not at the top of the row: the database's rule says the same.
        if self.from_year and self.to_year and self.to_year < self.from_year:
            raise ValidationError({"to_year": _("The last year cannot be before the first.")})

    @property
    def amount_shown(self):
        return money(self.amount, self.currency)

    @property
    def period(self):
        """The years it covers as residents read them: from and to, one year, or none."""
        first, last = self.from_year, self.to_year
        if first and last:
            return str(first) if first == last else f"{first}–{last}"
        if first:
            return _("from %(year)s") % {"year": first}
        if last:
            return _("until %(year)s") % {"year": last}
        return ""

    @classmethod
    def currency_order(cls, currency):
        """Currencies in the order of the choices (NOK first), unknown ones last."""
        values = list(cls.Currency.values)
        return values.index(currency) if currency in values else len(values)

    @classmethod
    def totals_of(cls, rows):
        """Totals per currency of rows already fetched (a project's prefetched funding),
        as [{"currency", "total", "shown"}]: never a sum across currencies."""
        sums = {}
        for row in rows:
            sums[row.currency] = sums.get(row.currency, Decimal(0)) + row.amount
        return [
            {"currency": currency, "total": total, "shown": money(total, currency)}
            for currency, total in sorted(
                sums.items(), key=lambda item: cls.currency_order(item[0])
            )
        ]


class ProjectLink(models.Model):
    """The project's own places elsewhere: its website, social media, a video. Shown as
    links, never embedded, so no other site loads anything on the page."""

    class Kind(models.TextChoices):
        WEBSITE = "website", _("website")
        FACEBOOK = "facebook", _("Facebook")
        INSTAGRAM = "instagram", _("Instagram")
        LINKEDIN = "linkedin", _("LinkedIn")
        VIDEO = "video", _("video")
        OTHER = "other", _("other")

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="links", verbose_name=_("project")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WEBSITE)
    title = models.CharField(
        _("title"), max_length=200, help_text=_("What residents find there, e.g. “flytthit.no”.")
    )
    url = models.URLField(_("address"), max_length=500)
    still = CleanImageField(
        _("still picture"),
        upload_to=dated_upload_path("links"),
        blank=True,
        help_text=_("For a video: a picture from it, shown with the link."),
    )
    still_alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the still picture shows, for those who cannot see it."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        stored = (
            ProjectLink.objects.filter(pk=self.pk).values_list("still", flat=True).first()
            if self.pk
            else None
        )
        with no_orphan_files(self):
            super().save(*args, **kwargs)
        if stored and stored != self.still.name:
            # Replaced or cleared: the old still goes too, once the change is kept for good.
            storage = self.still.storage
            transaction.on_commit(lambda: storage.delete(stored))

    def delete(self, *args, **kwargs):
        name, storage = self.still.name, self.still.storage
        result = super().delete(*args, **kwargs)
        if name:
            transaction.on_commit(lambda: storage.delete(name))
        return result

    def clean(self):
        super().clean()
        errors = web_address_errors(self, "url")
        if self.still and not self.still_alt_text.strip():
            errors["still_alt_text"] = _("Describe the still picture for those who cannot see it.")
        if errors:
            raise ValidationError(errors)

    @property
    def web_url(self):
        """The address to link to: only an http(s) one, whatever was stored."""
        return web_address_or_empty(self.url)

    @property
    def domain(self):
        return domain_of(self.url)

    @property
    def is_video(self):
        return self.kind == self.Kind.VIDEO

    def still_size(self):
        """(width, height) of the stored still, or None if there is none or it cannot be
        read (a missing file must not break the project page)."""
        if not self.still:
            return None
        try:
            return self.still.width, self.still.height
        except (OSError, ValueError):
            return None
