"""The Process leader group keeps the new kinds of content (issue 17): pages, strategies,
milestones, funding, project links, the site's own contacts and key figures' series."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Process leader"
MODELS = {
    "pages": ["page", "pageimage"],
    "projects": ["strategy", "milestone", "funding", "projectlink"],
    "contacts": ["sitecontact"],
    "figures": ["line"],
}


def permissions(apps, db):
    Permission = apps.get_model("auth", "Permission")
    for app_label, model_names in MODELS.items():
        yield from Permission.objects.using(db).filter(
            content_type__app_label=app_label, content_type__model__in=model_names
        )


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    # Permissions are made after the last migration of a run; make them now.
    for app_label in MODELS:
        create_permissions(
            global_apps.get_app_config(app_label), apps=apps, using=db, verbosity=0
        )
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.using(db).get_or_create(name=GROUP_NAME)
    group.permissions.add(*permissions(apps, db))


def revoke(apps, schema_editor):
    db = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    group = Group.objects.using(db).filter(name=GROUP_NAME).first()
    if group:
        group.permissions.remove(*permissions(apps, db))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0001_initial"),
        ("projects", "0010_content_model"),
        ("contacts", "0003_site_contacts_and_free_roles"),
        ("figures", "0005_key_figures_in_full"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
