"""The kept changes themselves are reversion's Revision and Version rows; this app adds
only a name for them in the admin."""

from django.utils.translation import gettext_lazy as _
from reversion.models import Revision


class KeptChange(Revision):
    """A change of public content: when, by whom, and the objects it kept."""

    class Meta:
        proxy = True
        ordering = ["-date_created", "-pk"]
        verbose_name = _("kept change")
        verbose_name_plural = _("all changes")
