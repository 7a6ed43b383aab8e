"""Shared test setup: small builders with fixed dates, and pictures made in memory."""

import io
from datetime import UTC, date, datetime, timedelta
from importlib import import_module
from types import SimpleNamespace

from django.apps import apps as global_apps
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from PIL import Image

from contacts.models import ContactPerson, GroupMember, ProjectContact, SteeringGroup
from projects.middleware import forget_what_is_known
from projects.models import Area, Phase, Project, ProjectImage, Theme
from updates.models import StatusUpdate, StatusUpdateImage

# A fixed moment so tests do not depend on the day they run.
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = date(2026, 6, 15)


def jpeg_bytes(width=800, height=600, color=(30, 120, 90), exif=None):
    """A real JPEG; exif maps EXIF tag numbers to values (e.g. 0x0112 orientation)."""
    image = Image.new("RGB", (width, height), color)
    buffer = io.BytesIO()
    if exif:
        data = image.getexif()
        for tag, value in exif.items():
            data[tag] = value
        image.save(buffer, "JPEG", exif=data)
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def jpeg_file(folder, name="photo.jpg", **image_options):
    """A JPEG on disk, for a browser to upload."""
    path = folder / name
    path.write_bytes(jpeg_bytes(**image_options))
    return path


def upload(name="photo.jpg", content=None, content_type="image/jpeg", **image_options):
    return SimpleUploadedFile(name, content or jpeg_bytes(**image_options), content_type)


def ascii_slug(name):
    """As the admin's slug field would accept it: "Øvre Li" -> "ovre-li"."""
    name = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return slugify(name)


def make_area(name="Nedre Li", kind=Area.Kind.VILLAGE, parent=None, **fields):
    slug = fields.pop("slug", ascii_slug(name))
    return Area.objects.create(name=name, slug=slug, kind=kind, parent=parent, **fields)


def make_theme(name="Attraktive bygder", position=1, **fields):
    slug = fields.pop("slug", ascii_slug(name))
    return Theme.objects.create(name=name, slug=slug, position=position, **fields)


def make_project(title="Ny skule i Nedre Li", is_published=True, **fields):
    slug = fields.pop("slug", title.lower().replace(" ", "-"))
    fields.setdefault("summary", f"Kort om {title}.")
    fields.setdefault("status", "ongoing")
    return Project.objects.create(title=title, slug=slug, is_published=is_published, **fields)


def make_update(project, title="Byggjestart", published_at=None, **fields):
    return StatusUpdate.objects.create(
        project=project,
        title=title,
        published_at=published_at or NOW - timedelta(days=1),
        **fields,
    )


def make_project_image(project, alt_text="Skulen sett frå vegen", **fields):
    fields.setdefault("image", upload())
    return ProjectImage.objects.create(project=project, alt_text=alt_text, **fields)


def make_update_image(update, alt_text="Gravemaskin på tomta", **fields):
    fields.setdefault("image", upload())
    return StatusUpdateImage.objects.create(update=update, alt_text=alt_text, **fields)


def make_contact(name="Kari Nordmann", project=None, role="project_leader", **fields):
    fields.setdefault("email", "kari@example.org")
    fields.setdefault("phone", "+47 555 01 234")
    person = ContactPerson.objects.create(name=name, **fields)
    if project is not None:
        ProjectContact.objects.create(project=project, person=person, role=role)
    return person


def make_group(name="Styringsgruppa", projects=(), members=(), **fields):
    slug = fields.pop("slug", name.lower().replace(" ", "-"))
    group = SteeringGroup.objects.create(name=name, slug=slug, **fields)
    group.projects.set(projects)
    for position, (member_name, role, represents) in enumerate(members):
        GroupMember.objects.create(
            group=group, name=member_name, role=role, represents=represents, position=position
        )
    return group


def make_phase(project, name="Fase 1", starts_on=date(2002, 1, 1), **fields):
    return Phase.objects.create(project=project, name=name, starts_on=starts_on, **fields)


def process_leader_group():
    """The group migration 0002 makes; tests on a flushed database (live-server and browser
    tests) run that migration's code again to get it back."""
    group = Group.objects.filter(name="Process leader").first()
    if group is None:
        editor = SimpleNamespace(connection=connection)
        import_module("projects.migrations.0002_process_leader_group").create_process_leader_group(
            global_apps, editor
        )
        for app in ["tips", "events", "figures", "history", "nudges", "pages"]:
            try:
                grants = import_module(f"{app}.migrations.0002_process_leader_permissions")
            except ModuleNotFoundError:
                continue
            grants.grant(global_apps, editor)
        group = Group.objects.get(name="Process leader")
    return group


def make_process_leader(username="prosessleiar", password="Hemmeleg-passord-42"):
    """A staff user in the Process leader group, as the demo login is."""
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(process_leader_group())
    return user


def nothing_kept():
    """No page or piece kept from the last (pagecache/fragments.py), and the question
    whether a scheduled update is due asked again: the next page costs the most it can."""
    for cache in caches.all():
        cache.clear()
    forget_what_is_known()


def made_afresh(client, url, **request):
    """The page made wholly afresh (nothing_kept). Returns the response and its SQL
    queries."""
    nothing_kept()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **request)
    return response, len(queries)
