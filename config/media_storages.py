"""Where uploaded files are kept: on this server's disk (MEDIA_ROOT, PRIVATE_MEDIA_ROOT), or
in two buckets of S3-compatible object storage that every app server shares
(MEDIA_STORAGE=s3, through django-storages). settings.STORAGES picks the classes.

- "default": public media (pictures, their renditions, documents). On S3 its URLs are
  MEDIA_URL + the name, as on disk: S3_MEDIA_URL, or /media/ that the web server proxies to
  the bucket. Documents are there too, but the bucket policy opens only the pictures'
  folders (docs/deploying.md): documents go out through the app's download view.
- "private": residents' photos from tips and files kept across a form error. No URL at
  all: staff get them through the app's permission-checked views, which stream them.

Code reaches media only through Django's storage API, never through paths, so the same code
runs on either. The bucket classes are in config/s3_storages.py: boto3 is loaded only where
they are used.
"""

import os
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, empty

NO_URL = "Private files have no public URL; staff see them through the admin."
# The folders of the public bucket anybody may read (its policy, docs/deploying.md): the
# pictures and their renditions. Not documents/: those go out through the app, which
# checks that they are published (projects.views.document_download).
PUBLIC_MEDIA_FOLDERS = [
    "contacts", "links", "members", "pages", "projects", "renditions", "site", "updates",
]  # fmt: skip


@deconstructible
class PrivateFileSystemStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT (or a folder in it), which has no URL: nobody reaches
    them from outside, and only the site's own account can read them on the server (files
    0600, folders 0700). The folder is read from the settings at each use, so tests can
    point it elsewhere."""

    def __init__(self, folder=""):
        self.folder = folder
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property
    def base_location(self):
        return Path(settings.PRIVATE_MEDIA_ROOT) / self.folder

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError(NO_URL)

    def within(self, folder):
        """The same storage, rooted in a folder of its own."""
        return PrivateFileSystemStorage(str(PurePosixPath(self.folder, folder)))


def s3_options(bucket):
    """django-storages' options for one bucket, from the S3_* environment variables."""
    return {
        "bucket_name": bucket,
        "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("S3_REGION") or "us-east-1",
        "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
        # Path-style addresses (endpoint/bucket/key) work with every S3-compatible server.
        "addressing_style": "path",
        "signature_version": "s3v4",
        # Who may read is the bucket's business (policy, public access block); no ACL is
        # sent with each file, which buckets with ACLs disabled (AWS's default) refuse.
        "default_acl": None,
        # As on disk: a name already taken gets a suffix, nothing is overwritten unseen.
        "file_overwrite": False,
        "querystring_auth": False,
    }


def s3_storages(public_bucket, private_bucket):
    """settings.STORAGES' "default" and "private" with media on object storage."""
    return {
        "default": {
            "BACKEND": "config.s3_storages.PublicS3Storage",
            "OPTIONS": s3_options(public_bucket),
        },
        "private": {
            "BACKEND": "config.s3_storages.PrivateS3Storage",
            # Never used for a URL (it has none), but signed if ever it were.
            "OPTIONS": s3_options(private_bucket) | {"querystring_auth": True},
        },
    }


class PrivateStorage(LazyObject):
    """storages["private"] as it is configured at the moment (tests change the settings);
    on disk under PRIVATE_MEDIA_ROOT where STORAGES names no "private"."""

    def _setup(self):
        if "private" in settings.STORAGES:
            self._wrapped = storages["private"]
        else:
            self._wrapped = PrivateFileSystemStorage()


private_storage = PrivateStorage()


def get_private_storage():
    """For a FileField's storage=: a callable, so migrations name it, not its settings."""
    return private_storage


@receiver(setting_changed)
def forget_private_storage(setting, **kwargs):
    if setting == "STORAGES":
        private_storage._wrapped = empty
