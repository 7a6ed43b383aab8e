"""The storages of media in buckets of S3-compatible object storage (MEDIA_STORAGE=s3;
config/media_storages.py says which is which)."""

from pathlib import PurePosixPath
from urllib.parse import urljoin

from django.conf import settings
from django.utils.deconstruct import deconstructible
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from config.media_storages import NO_URL


@deconstructible
class PublicS3Storage(S3Storage):
    """The public bucket; a file's URL is MEDIA_URL + its name, never signed."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(clean_name(name)).lstrip("/"))


@deconstructible
class PrivateS3Storage(S3Storage):
    """The private bucket, which gives no access without the site's keys."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError(NO_URL)

    def within(self, folder):
        args, kwargs = self._constructor_args
        location = str(PurePosixPath(self.location or "", folder))
        return PrivateS3Storage(*args, **(kwargs | {"location": location}))
