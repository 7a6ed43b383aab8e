from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from config.translated_querysets import keep_one_class_per_queryset_class

        from . import signals  # noqa: F401

        keep_one_class_per_queryset_class()
