"""The Process leader group may read the list of all kept changes (who published what)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Process leader"
CODENAMES = ["view_keptchange"]


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    # Permissions are made after the last migration of a run; make them now.
    create_permissions(global_apps.get_app_config("history"), apps=apps, using=db, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(db).get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.using(db).filter(
            content_type__app_label="history", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    db = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.using(db).filter(name=GROUP_NAME).first()
    if group:
        group.permissions.remove(
            *Permission.objects.using(db).filter(content_type__app_label="history")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("projects", "0002_process_leader_group"),
        ("history", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
