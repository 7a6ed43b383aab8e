"""The "Process leader" group: everything about projects, updates and people, nothing more."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Process leader"
APPS = ["projects", "updates", "contacts"]
# The site's one settings record is edited, never added or removed.
EXCLUDED = ["add_sitesettings", "delete_sitesettings"]


def create_process_leader_group(apps, schema_editor):
    db = schema_editor.connection.alias
    # Django makes permissions after the last migration of a run, so on a fresh database
    # they do not exist yet: make them now from the models as they are at this point.
    for label in APPS:
        create_permissions(global_apps.get_app_config(label), apps=apps, using=db, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(db).get_or_create(name=GROUP_NAME)
    group.permissions.set(
        Permission.objects.using(db)
        .filter(content_type__app_label__in=APPS)
        .exclude(codename__in=EXCLUDED)
    )


def remove_process_leader_group(apps, schema_editor):
    db = schema_editor.connection.alias
    apps.get_model("auth", "Group").objects.using(db).filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("projects", "0001_initial"),
        ("updates", "0001_initial"),
        ("contacts", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_process_leader_group, remove_process_leader_group),
    ]
