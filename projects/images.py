"""Safe handling of uploaded pictures, shared by every model that stores one.

Every upload is decoded by Pillow within limits, turned the right way up, and
re-encoded without any metadata (EXIF, GPS, XMP, ICC comments), so nothing a
phone wrote into the file reaches the public. If any step fails, the upload is
refused: a file is never kept as it came (fail closed). Renditions in a few
widths are made once, at save time, in WebP with a JPEG fallback.
"""

import io
import uuid
import warnings
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .uploads import no_orphan_files

# The widths residents' browsers choose from through srcset.
RENDITION_WIDTHS = (320, 640, 960, 1280)
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


@deconstructible
class dated_upload_path:
    """upload_to: prefix/YYYY/MM/<random>.<ext>, never the uploader's own file name."""

    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, instance, filename):
        extension = PurePosixPath(filename).suffix.lower() or ".bin"
        return f"{self.prefix}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"

    def __eq__(self, other):
        return isinstance(other, dated_upload_path) and other.prefix == self.prefix


def _open_within_limits(uploaded):
    """Open an upload with Pillow, refusing what is not an image or is too large."""
    size = getattr(uploaded, "size", None)
    if size is not None and size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The picture is too large (%(size)s). The limit is %(limit)s."),
            code="image_too_large",
            params={
                "size": filesizeformat(size),
                "limit": filesizeformat(settings.IMAGE_MAX_BYTES),
            },
        )
    uploaded.seek(0)
    data = uploaded.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            # Checked before any pixel is decoded, so a decompression bomb costs nothing.
            if image.width * image.height > settings.IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _(
                        "The picture has too many pixels (%(width)s × %(height)s). "
                        "Make it smaller than %(limit)s megapixels and try again."
                    ),
                    code="image_too_many_pixels",
                    params={
                        "width": image.width,
                        "height": image.height,
                        "limit": f"{settings.IMAGE_MAX_PIXELS / 1_000_000:g}",
                    },
                )
            if image.format not in ACCEPTED_FORMATS:
                raise ValidationError(
                    _("This kind of picture is not supported. Use JPEG, PNG, WebP or GIF."),
                    code="image_format",
                )
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The picture has too many pixels. Make it smaller and try again."),
            code="image_too_many_pixels",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(
            _("The file is not a picture, or it is damaged. Upload a JPEG, PNG or WebP picture."),
            code="not_an_image",
        ) from None
    return image


def _flatten(image):
    """Upright, in RGB or RGBA, with nothing but the pixels left."""
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if has_alpha else "RGB")
    # A fresh image carries no info dict, EXIF, XMP or ICC profile from the upload.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def clean_image_upload(uploaded):
    """Validate an upload and return it re-encoded without metadata, as a ContentFile.

    Raises ValidationError with a message for the person who uploaded it.
    """
    image = _open_within_limits(uploaded)
    try:
        image = _flatten(image)
        buffer = io.BytesIO()
        if image.mode == "RGBA":
            image.save(buffer, "PNG", optimize=True)
            extension = "png"
        else:
            image.save(buffer, "JPEG", quality=88, optimize=True, progressive=True)
            extension = "jpg"
    except (OSError, ValueError) as error:
        raise ValidationError(
            _("The picture could not be processed. Try another file."), code="image_processing"
        ) from error
    name = PurePosixPath(getattr(uploaded, "name", "") or "picture").stem or "picture"
    return ContentFile(buffer.getvalue(), name=f"{name}.{extension}")


def validate_image_upload(uploaded):
    """Form and model validator: raises ValidationError if the upload would be refused."""
    if getattr(uploaded, "_committed", False):
        return  # already stored, and so already cleaned
    clean_image_upload(uploaded)
    uploaded.seek(0)


class CleanImageField(models.ImageField):
    """An ImageField whose stored file is always the cleaned, metadata-free version.

    Cleaning happens in pre_save, so every way of saving (admin, forms, the demo
    loader, the shell) stores the same safe file.
    """

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            cleaned = clean_image_upload(file.file)
            file.save(cleaned.name, cleaned, save=False)
        return file

    def formfield(self, **kwargs):
        # No limit on the uploaded file's name: it is never kept (see dated_upload_path), and
        # a resident's long file name is no reason to refuse the photo.
        return super().formfield(**{"form_class": CleanImageFormField, "max_length": None} | kwargs)


class CleanImageFormField(forms.FileField):
    """A file field that accepts only what clean_image_upload accepts, with its reasons."""

    widget = forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"})

    def to_python(self, data):
        uploaded = super().to_python(data)
        if uploaded is not None:
            validate_image_upload(uploaded)
        return uploaded


def rendition_name(original_name, width, extension):
    path = PurePosixPath(original_name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}.{extension}")


def rendition_widths(original_width):
    """The widths made for a picture: the standard ones below its own, and its own width."""
    widths = [w for w in RENDITION_WIDTHS if w < original_width]
    capped = min(original_width, RENDITION_WIDTHS[-1])
    if capped not in widths:
        widths.append(capped)
    return widths


def create_renditions(field_file):
    """Write WebP and JPEG renditions of a stored, cleaned picture. Called once per upload."""
    storage = field_file.storage
    with storage.open(field_file.name, "rb") as handle:
        image = Image.open(handle)
        image.load()
    for width in rendition_widths(image.width):
        height = max(1, round(image.height * width / image.width))
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        for extension, fmt, options in (
            ("webp", "WEBP", {"quality": 80, "method": 4}),
            ("jpg", "JPEG", {"quality": 82, "optimize": True, "progressive": True}),
        ):
            frame = resized if fmt == "WEBP" or resized.mode == "RGB" else _on_white(resized)
            buffer = io.BytesIO()
            frame.save(buffer, fmt, **options)
            name = rendition_name(field_file.name, width, extension)
            if storage.exists(name):
                storage.delete(name)
            storage.save(name, ContentFile(buffer.getvalue()))


def delete_renditions(field_file, original_width):
    storage = field_file.storage
    for width in rendition_widths(original_width or RENDITION_WIDTHS[-1]):
        for extension in ("webp", "jpg"):
            storage.delete(rendition_name(field_file.name, width, extension))


def _on_white(image):
    background = Image.new("RGB", image.size, "white")
    background.paste(image, mask=image.getchannel("A"))
    return background


class PictureMixin(models.Model):
    """Fields and behaviour shared by every stored picture: size, renditions, srcset."""

    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)

    # Subclasses name their CleanImageField here.
    picture_field = "image"

    class Meta:
        abstract = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._stored_picture_name = self._picture.name if self._picture else ""
        self._stored_width = self.width

    def save(self, *args, **kwargs):
        with no_orphan_files(self, also_remove=lambda file: delete_renditions(file, self.width)):
            self._save_with_renditions(*args, **kwargs)

    def _save_with_renditions(self, *args, **kwargs):
        if self._picture and not self._picture._committed:
            # Clean before saving so the stored size is that of the upright picture.
            self._meta.get_field(self.picture_field).pre_save(self, self._state.adding)
        picture = self._picture
        if picture and picture.name != self._stored_picture_name:
            self.width, self.height = picture.width, picture.height
        elif not picture:
            self.width = self.height = 0
        super().save(*args, **kwargs)
        if (picture.name if picture else "") != self._stored_picture_name:
            if picture:
                create_renditions(picture)
            if self._stored_picture_name:
                # The picture was replaced or cleared: remove the old files with it.
                old = self._meta.get_field(self.picture_field).attr_class(
                    self, self._meta.get_field(self.picture_field), self._stored_picture_name
                )
                delete_renditions(old, self._stored_width)
                old.storage.delete(old.name)
            self._stored_picture_name = picture.name if picture else ""
            self._stored_width = self.width

    @property
    def _picture(self):
        return getattr(self, self.picture_field)

    def delete_files(self):
        picture = self._picture
        if picture:
            delete_renditions(picture, self.width)
            picture.storage.delete(picture.name)

    def _renditions(self, extension):
        picture = self._picture
        if not picture:
            return []
        storage = picture.storage
        return [
            (storage.url(rendition_name(picture.name, width, extension)), width)
            for width in rendition_widths(self.width)
        ]

    @property
    def webp_srcset(self):
        return ", ".join(f"{url} {width}w" for url, width in self._renditions("webp"))

    @property
    def jpeg_srcset(self):
        return ", ".join(f"{url} {width}w" for url, width in self._renditions("jpg"))

    def rendition_url(self, width=640, extension="jpg"):
        """The URL of the rendition closest to (not smaller than) a wanted width."""
        renditions = self._renditions(extension)
        if not renditions:
            return ""
        for url, rendition_width in renditions:
            if rendition_width >= width:
                return url
        return renditions[-1][0]

    @property
    def fallback_url(self):
        return self.rendition_url(640)
