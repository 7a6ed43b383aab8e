"""Pages of their own: how the municipality works, background, a method; a small tree the
process leader orders, placed in the menu or under a target area."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from config.addresses import address_of
from projects.images import CleanImageField, PictureMixin, dated_upload_path
from projects.rich_html import RenderedRichTextField
from projects.richtext import RichTextField
from projects.trees import is_under_itself


class PageQuerySet(models.QuerySet):
    def visible(self):
        """Published pages whose every parent is published too, so a hidden section hides
        what is under it."""
        return self.filter(is_published=True).exclude(pk__in=self.hidden_below())

    @staticmethod
    def hidden_below():
        """Ids of published pages under an unpublished one, from one small query."""
        rows = list(Page.objects.values_list("pk", "parent_id", "is_published"))
        parent_of = {pk: parent for pk, parent, _published in rows}
        published = {pk for pk, _parent, is_published in rows if is_published}
        hidden = []
        for pk in published:
            ancestor, seen = parent_of.get(pk), set()
            while ancestor is not None and ancestor not in seen:
                if ancestor not in published:
                    hidden.append(pk)
                    break
                seen.add(ancestor)
                ancestor = parent_of.get(ancestor)
        return hidden

    def in_menu(self):
        """Published pages at the top of the tree marked for the menu. Nothing is above a
        page at the top to hide it, so this is visible() for them, in one query."""
        return self.filter(is_published=True, in_menu=True, parent__isnull=True)

    def under_theme(self, theme):
        """The visible pages a target area lists: those placed under it."""
        return self.visible().filter(theme=theme)

    def ancestors_of(self, page):
        """The pages above `page` from the top down, from one query however deep it sits."""
        # The texts are left behind: only titles and addresses are shown on the way up.
        pages = self.select_related("theme").defer("body", "summary", "theme__description")
        by_pk = {above.pk: above for above in pages}
        found, pk, seen = [], page.parent_id, {page.pk}
        while pk in by_pk and pk not in seen:
            seen.add(pk)
            found.insert(0, by_pk[pk])
            pk = by_pk[pk].parent_id
        return found


class Page(models.Model):
    """A free-standing page: title, text, pictures and documents."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("short name in the address"),
        max_length=200,
        unique=True,
        help_text=_("Part of the page's web address. Changing it breaks links people shared."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence shown where the page is listed."),
    )
    body = RichTextField(_("text"), blank=True)
    body_html = RenderedRichTextField("body")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("under the page"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Leave empty for a page at the top of the tree."),
    )
    theme = models.ForeignKey(
        "projects.Theme",
        verbose_name=_("under the target area"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pages",
        help_text=_("Listed on that target area's page."),
    )
    in_menu = models.BooleanField(
        _("in the menu"),
        default=False,
        help_text=_("Shown in the site's main menu (pages at the top of the tree only)."),
    )
    position = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Pages are listed from the lowest number.")
    )
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published pages are public.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return address_of("pages:page", self.slug)

    def clean(self):
        super().clean()
        if is_under_itself(self):
            raise ValidationError({"parent": _("A page cannot be under itself.")})
        if self.in_menu and self.parent_id:
            raise ValidationError(
                {"in_menu": _("Only a page at the top of the tree can be in the menu.")}
            )


class PageImage(PictureMixin):
    """A picture on a page."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="images", verbose_name=_("page")
    )
    image = CleanImageField(_("picture"), upload_to=dated_upload_path("pages"))
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("Describe what the picture shows for those who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(
        _("photographer"), max_length=150, blank=True, help_text=_("Who took the picture.")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")

    def __str__(self):
        return self.alt_text
