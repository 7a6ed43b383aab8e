"""Create or reset the demo process leader's login and print it."""

import secrets

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand

USERNAME = "prosessleiar"


class Command(BaseCommand):
    help = "Create or reset the demo process-leader login (not a superuser) and print it."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, url, **options):
        password = secrets.token_urlsafe(12)
        user, _created = User.objects.get_or_create(username=USERNAME)
        user.first_name, user.last_name = "Demo", "Prosessleiar"
        user.email = "prosessleiar@example.org"
        user.is_staff = True
        user.is_superuser = False
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name="Process leader")])
        self.stdout.write(
            "\n"
            "  Demo login for the process leader (not a superuser):\n"
            f"    address:   {url}\n"
            f"    user name: {USERNAME}\n"
            f"    password:  {password}\n"
        )
