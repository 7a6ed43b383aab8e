"""Turn two-step login off for a user who has lost their phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Turn two-step login off for a user who lost the phone with the authenticator app. "
        "They log in with the password alone and can set it up again (or must, if required)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"There is no user {username!r}.") from None
        removed, _details = TOTPDevice.objects.filter(user=user).delete()
        if removed:
            self.stdout.write(f"Two-step login is off for {username}.")
        else:
            self.stdout.write(f"{username} had no two-step login.")
