"""Create or reset the demo process leader's login and print it."""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.content import NoDemoContent, for_language

GROUP_NAME = "Process leader"


class Command(BaseCommand):
    help = (
        "Create or reset the demo process-leader login (not a superuser) and print it; "
        "its name is the demo's in the site's language (LANGUAGE_CODE)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            help="The admin address to print with the login (default: SITE_URL and ADMIN_URL).",
        )

    @transaction.atomic
    def handle(self, *args, url, **options):
        url = url or f"{settings.SITE_URL}/{settings.ADMIN_URL}"
        try:
            login = for_language(settings.LANGUAGE_CODE).LOGIN
        except NoDemoContent as error:
            raise CommandError(str(error)) from None
        try:
            group = Group.objects.get(name=GROUP_NAME)
        except Group.DoesNotExist:
            raise CommandError(f"The {GROUP_NAME!r} group is missing: run migrate first.") from None
        password = secrets.token_urlsafe(12)
        user, _created = User.objects.get_or_create(username=login["username"])
        user.first_name, user.last_name = login["first_name"], login["last_name"]
        user.email = login["email"]
        user.is_staff = True
        user.is_superuser = False
        user.is_active = True
        user.set_password(password)
        user.save()
        # Reset means reset: the group's permissions and nothing given on the side.
        user.groups.set([group])
        user.user_permissions.clear()
        self.stdout.write(
            "\n"
            "  Demo login for the process leader (not a superuser):\n"
            f"    address:   {url}\n"
            f"    user name: {login['username']}\n"
            f"    password:  {password}\n"
        )
