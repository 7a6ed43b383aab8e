"""Static files as production serves them: whitenoise's hashed names and compressed copies,
with every stylesheet minified first (settings.STORAGES["staticfiles"]).

The sources in static/ stay readable, and DEBUG's runserver serves them as they are. Only
collectstatic minifies, before hashing: the hashed name is the hash of the minified content,
and Django still rewrites url() references inside it to hashed names."""

import rcssmin
from django.conf import settings
from django.core.files.base import ContentFile
from whitenoise.storage import CompressedManifestStaticFilesStorage


class MinifiedSheets:
    """A stand-in for the storage a file was found in: it gives the minified text of its
    stylesheets to the hashing, which reads each file from where it was found."""

    def __init__(self, sheets):
        self.sheets = sheets

    def open(self, path, mode="rb"):
        return ContentFile(self.sheets[path], name=path)


class MinifiedManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    # Templates name a few dozen files; more names than this are not remembered.
    REMEMBERED_URLS = 512

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.remembered_urls = {}

    def url(self, name, force=False):
        """The file's hashed address, found once per process: the manifest is read when the
        process starts and does not change under it, and a page names its sheets and
        scripts many times ({% static %} costs about 15 µs each otherwise)."""
        if settings.DEBUG and not force:
            return super().url(name, force)
        url = self.remembered_urls.get(name)
        if url is None:
            url = super().url(name, force)
            if len(self.remembered_urls) < self.REMEMBERED_URLS:
                self.remembered_urls[name] = url
        return url

    def post_process(self, paths, dry_run=False, **options):
        if not dry_run:
            paths = self.with_minified_sheets(paths)
        yield from super().post_process(paths, dry_run=dry_run, **options)

    def with_minified_sheets(self, paths):
        sheets = {}
        for name, (storage, path) in paths.items():
            if name.endswith(".css"):
                with storage.open(path) as source:
                    sheets[name] = rcssmin.cssmin(source.read().decode()).encode()
                # The copy under its own name too, so that every served copy is minified.
                self.delete(name)
                self._save(name, ContentFile(sheets[name]))
        minified = MinifiedSheets(sheets)
        return {
            name: (minified, name) if name in sheets else found for name, found in paths.items()
        }
