from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the site: backups and their checks."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        # Registers the deployment checks of settings (check --deploy).
        from . import checks  # noqa: F401
