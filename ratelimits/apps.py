from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RateLimitsConfig(AppConfig):
    name = "ratelimits"
    verbose_name = _("Rate limits")

    def ready(self):
        from . import checks  # noqa: F401
