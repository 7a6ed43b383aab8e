from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = _("Login security")
    default = True

    def ready(self):
        from . import checks  # noqa: F401


class FramdriftAdminConfig(admin_apps.AdminConfig):
    """Django's admin with our site class, so every `admin.site.register` uses it."""

    default = False
    default_site = "security.admin_site.FramdriftAdminSite"
