"""The "Process leader" group: everything about projects, updates and people, nothing more."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Process leader"
APPS = ["projects", "updates", "contacts"]
# The site's one settings record is edited, never added or removed.
EXCLUDED = ["add_sitesettings", "delete_sitesettings"]


def create_process_leader_group(apps, schema_editor):
    # Permissions are normally made after all migrations; on a fresh database make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label__in=APPS).exclude(
            codename__in=EXCLUDED
        )
    )


def remove_process_leader_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


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
