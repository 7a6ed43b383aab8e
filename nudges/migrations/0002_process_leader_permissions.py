"""The Process leader group sets when the weekly email goes out (everyone sets their own
choice under My reminders, without a permission)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Process leader"
CODENAMES = ["change_digestschedule", "view_digestschedule"]


def grant(apps, schema_editor):
    db = schema_editor.connection.alias
    # Permissions are made after the last migration of a run; make them now.
    create_permissions(global_apps.get_app_config("nudges"), apps=apps, using=db, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(db).get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.using(db).filter(
            content_type__app_label="nudges", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    db = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.using(db).filter(name=GROUP_NAME).first()
    if group:
        group.permissions.remove(
            *Permission.objects.using(db).filter(content_type__app_label="nudges")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("projects", "0002_process_leader_group"),
        ("nudges", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
