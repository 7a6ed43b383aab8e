"""Before, an unfinished set-up of two-step login kept its key in an unconfirmed device row,
shown to every session of the user: someone who saw it could log in with it once the user
confirmed it. Set-ups now keep their key in the session; remove the rows of old ones."""

from django.db import migrations


def remove_unconfirmed_devices(apps, schema_editor):
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    TOTPDevice.objects.using(schema_editor.connection.alias).filter(confirmed=False).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [
        migrations.RunPython(remove_unconfirmed_devices, migrations.RunPython.noop),
    ]
