"""Safe handling of uploaded pictures, shared by every model that stores one.

Every upload is decoded by Pillow within limits, turned the right way up, and
re-encoded without any metadata (EXIF, GPS, XMP, ICC profile, comments), so nothing a
phone wrote into the file reaches the public. If any step fails, the upload is
refused: a file is never kept as it came (fail closed). Renditions in a few
widths are made once, at save time, in WebP with a JPEG fallback.

What a picture may cost in memory is judged from its header, before any pixel is
decoded: its sides, their ratio, its pixels, and the bytes decoding it takes
(IMAGE_MAX_DECODED_BYTES). A JPEG is decoded straight at a smaller scale where it is
shrunk anyway; the picture kept is at most IMAGE_STORED_MAX_SIDE on its long side; and
each upload is decoded once, however many times forms and fields ask for it cleaned.
With the default settings an upload costs a worker less than 200 MB at its peak
(tests/test_upload_memory.py measures it).
"""

import io
import math
import re
import uuid
import warnings
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, PngImagePlugin, UnidentifiedImageError

from .uploads import no_orphan_files

# The widths residents' browsers choose from through srcset.
RENDITION_WIDTHS = (320, 640, 960, 1280)
# MPO is a JPEG with more pictures after the first (many phones write their photos so,
# e.g. Ultra HDR): its first picture is the photo, and it is read as a JPEG.
JPEG_FORMATS = {"JPEG", "MPO"}
ACCEPTED_FORMATS = {*JPEG_FORMATS, "PNG", "WEBP", "GIF"}

ORIENTATION = 0x0112
# The turn that brings a picture upright, by its EXIF orientation (as ImageOps.exif_transpose).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# What decoding costs, measured with Pillow: 4 bytes a pixel (1 for some greyscale and
# palette pictures, counted as 4 all the same). WebP goes through libwebp's animation
# decoder, which holds the canvas, the frame and a copy handed to Python besides the
# picture: four times as much. A progressive JPEG, or one with its colours in separate
# scans, makes libjpeg hold every DCT coefficient of the whole picture, 2 bytes a
# sample, whatever the scale it is decoded at.
DECODED_BYTES_PER_PIXEL = 4
WEBP_DECODED_COPIES = 4
JPEG_COEFFICIENT_BYTES = 2

# A picture is shrunk a band of rows of about this size at a time: converting or resizing
# the full-size picture at once would copy it whole (resize does, for transparency).
BAND_BYTES = 4 * 1024 * 1024
# How many source pixels per unit of scale Pillow's Lanczos filter reads on each side.
LANCZOS_REACH = 3

# Text chunks are read when a PNG is opened, before any limit here is checked, and
# Pillow allows 64 MB of them. They are thrown away: a real picture needs far less.
PngImagePlugin.MAX_TEXT_MEMORY = 4 * 1024 * 1024

# The cleaned picture is remembered on the upload, so the form and the model field that
# both ask for it decode it once.
CLEANED_ATTRIBUTE = "framdrift_cleaned_picture"


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


def _whole(number):
    """A whole number as people read it here, in groups of three digits."""
    return number_format(number, force_grouping=True)


def stored_size(width, height):
    """The size a picture is kept at: at most IMAGE_STORED_MAX_SIDE on its long side, never
    enlarged."""
    longest = max(width, height)
    if longest <= settings.IMAGE_STORED_MAX_SIDE:
        return width, height
    scale = settings.IMAGE_STORED_MAX_SIDE / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _refuse_by_header(image):
    """Refuse, from the header alone, a kind of picture not taken or a size not taken."""
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("This kind of picture is not supported. Use JPEG, PNG, WebP or GIF."),
            code="image_format",
        )
    width, height = image.size
    size = {"width": _whole(width), "height": _whole(height)}
    if max(width, height) > settings.IMAGE_MAX_SIDE:
        raise ValidationError(
            _(
                "The picture is too wide or too tall (%(width)s × %(height)s). Make it at "
                "most %(limit)s pixels on each side and try again."
            ),
            code="image_too_long",
            params=size | {"limit": _whole(settings.IMAGE_MAX_SIDE)},
        )
    if max(width, height) > settings.IMAGE_MAX_ASPECT_RATIO * min(width, height):
        raise ValidationError(
            _(
                "The picture is too long and narrow (%(width)s × %(height)s). Crop it so "
                "that the long side is at most %(ratio)s times the short side, and try again."
            ),
            code="image_too_narrow",
            params=size | {"ratio": _whole(settings.IMAGE_MAX_ASPECT_RATIO)},
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(
            _(
                "The picture has too many pixels (%(width)s × %(height)s). "
                "Make it smaller than %(limit)s megapixels and try again."
            ),
            code="image_too_many_pixels",
            params=size | {"limit": f"{settings.IMAGE_MAX_PIXELS / 1_000_000:g}"},
        )


def _first_scan_components(upload):
    """How many colour components the first scan of a JPEG carries (its SOS segment),
    or None where the markers before it cannot be read."""
    upload.seek(2)  # after the start-of-image marker
    while True:
        marker = upload.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        if marker[1] == 0xFF:  # a fill byte before the marker
            upload.seek(-1, io.SEEK_CUR)
            continue
        if marker[1] == 0x01 or 0xD0 <= marker[1] <= 0xD7:  # markers without a segment
            continue
        segment = upload.read(3)
        length = int.from_bytes(segment[:2])
        if len(segment) < 3 or length < 2:
            return None
        if marker[1] == 0xDA:
            return segment[2]
        upload.seek(length - 3, io.SEEK_CUR)


def _jpeg_coefficient_bytes(image, upload):
    """What libjpeg holds besides the pixels while decoding this JPEG: nothing for an
    ordinary one, every DCT coefficient of the whole picture for one whose scans each carry
    only part of it (progressive, or colours in separate scans). Read before draft()."""
    if image.format not in JPEG_FORMATS:
        return 0
    if not image.info.get("progressive") and _first_scan_components(upload) == image.layers:
        return 0
    h_most = max([h for _, h, _, _ in image.layer] + [1])
    v_most = max([v for _, _, v, _ in image.layer] + [1])
    samples = sum(
        image.width * h // h_most * image.height * v // v_most for _, h, v, _ in image.layer
    )
    return samples * JPEG_COEFFICIENT_BYTES


def _refuse_if_costly_to_decode(image, extra_bytes, original_size):
    """Refuse a picture that would take more than IMAGE_MAX_DECODED_BYTES to decode,
    judged from its header (after draft() for a JPEG)."""
    copies = WEBP_DECODED_COPIES if image.format == "WEBP" else 1
    cost = image.width * image.height * DECODED_BYTES_PER_PIXEL * copies + extra_bytes
    if cost <= settings.IMAGE_MAX_DECODED_BYTES:
        return
    width, height = original_size
    size = {"width": _whole(width), "height": _whole(height)}
    if image.format in JPEG_FORMATS:
        message = _(
            "The picture is too large to process (%(width)s × %(height)s). "
            "Make it smaller and try again."
        )
    else:
        # Only a JPEG can be decoded at a smaller scale: as JPEG, the same picture passes.
        message = _(
            "The picture is too large to process (%(width)s × %(height)s). "
            "Make it smaller, or save it as JPEG, and try again."
        )
    raise ValidationError(message, code="image_too_costly", params=size)


def _open_within_limits(uploaded):
    """Open an upload with Pillow and decode it, having refused from its header what is not
    an image or would cost too much. A JPEG is decoded at the smallest scale (1/2, 1/4,
    1/8) still as large as the picture kept."""
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
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Pillow reads the upload itself, with no copy of its bytes, and at first only
            # the header: nothing below decodes a pixel before load().
            image = Image.open(uploaded)
            _refuse_by_header(image)
            original_size = image.size
            coefficient_bytes = _jpeg_coefficient_bytes(image, uploaded)
            if image.format in JPEG_FORMATS:
                image.draft(None, stored_size(*original_size))
            _refuse_if_costly_to_decode(image, coefficient_bytes, original_size)
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


def resized_in_bands(image, size, mode):
    """image.convert(mode).resize(size, LANCZOS), made a band of rows at a time, so that
    no full-size copy of the picture is made: only copies of a band."""
    width, height = image.size
    new_width, new_height = size
    scale = height / new_height
    reach = math.ceil(LANCZOS_REACH * max(scale, 1)) + 1
    rows_per_band = max(1, int(BAND_BYTES / (width * DECODED_BYTES_PER_PIXEL) / scale))
    resized = Image.new(mode, size)
    for top in range(0, new_height, rows_per_band):
        bottom = min(top + rows_per_band, new_height)
        # The source rows these output rows come from, and those the filter reads around them.
        start, end = top * height / new_height, bottom * height / new_height
        first = max(0, math.floor(start) - reach)
        last = min(height, math.ceil(end) + reach)
        band = image.crop((0, first, width, last))
        if band.mode != mode:
            band = band.convert(mode)
        box = (0, start - first, width, end - first)
        resized.paste(
            band.resize((new_width, bottom - top), Image.Resampling.LANCZOS, box=box), (0, top)
        )
    return resized


def _small_and_upright(image):
    """The decoded picture at the size kept, upright, in RGB or RGBA, with nothing but the
    pixels. Pass it the only reference to the full-size picture: that is let go of as soon
    as the smaller one is made, before it is turned."""
    try:
        orientation = image.getexif().get(ORIENTATION)
    except (OSError, ValueError, TypeError, SyntaxError):
        orientation = None  # unreadable EXIF: the picture is taken as upright
    turn = UPRIGHT.get(orientation) if isinstance(orientation, int) else None
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    size = stored_size(*image.size)
    if image.size != size:
        image = resized_in_bands(image, size, mode)
    elif image.mode != mode:
        image = image.convert(mode)
    if turn is not None:
        image = image.transpose(turn)
    elif isinstance(image, ImageFile.ImageFile):
        image = image.copy()  # not the opened file, with all its plugin has read
    # Nothing goes on: EXIF, XMP, ICC profile and comments are written only from here.
    image.info = {}
    return image


def _clean_picture(uploaded):
    """Decode an upload within limits and re-encode it without metadata, as a ContentFile."""
    try:
        image = _small_and_upright(_open_within_limits(uploaded))
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


def clean_image_upload(uploaded):
    """Validate an upload and return it re-encoded without metadata, as a ContentFile.

    Raises ValidationError with a message for the person who uploaded it. The result is
    remembered on the upload: asked again for the same upload, it is not decoded again.
    """
    cleaned = getattr(uploaded, CLEANED_ATTRIBUTE, None)
    if cleaned is None:
        cleaned = _clean_picture(uploaded)
        setattr(uploaded, CLEANED_ATTRIBUTE, cleaned)
    cleaned.seek(0)
    return cleaned


def validate_image_upload(uploaded):
    """Form and model validator: raises ValidationError if the upload would be refused."""
    if getattr(uploaded, "_committed", False):
        return  # already stored, and so already cleaned
    clean_image_upload(uploaded)
    uploaded.seek(0)


class CleanImageField(models.ImageField):
    """An ImageField whose stored file is always the cleaned, metadata-free version.

    Cleaning happens in pre_save, so every way of saving (admin, forms, the demo
    loader, the shell) stores the same safe file; after a form it is the one the form
    already made.
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


# The names this site gives uploads (dated_upload_path): folders and a file name of ASCII
# letters, digits, "_" and "-", one extension. Their renditions' names and addresses are
# written with string operations; any other name goes the general way.
PLAIN_NAME = re.compile(r"(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.[A-Za-z0-9]+")


def rendition_name(original_name, width, extension):
    if PLAIN_NAME.fullmatch(original_name):
        return f"renditions/{original_name.rpartition('.')[0]}-{width}.{extension}"
    path = PurePosixPath(original_name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}.{extension}")


def plain_base_url(storage):
    """The folder's address that Django's file system storage joins a name to, where
    joining is appending: None for any other storage, whose addresses it makes itself."""
    # Asked of the bound method: the default storage is a lazy object around the real one.
    url = storage.url
    if getattr(url, "__func__", None) is not FileSystemStorage.url:
        return None
    base = url.__self__.base_url
    return base if base and base.endswith("/") and not any(c in base for c in "?#") else None


def rendition_urls(picture, widths, extension):
    """The URLs of a picture's renditions of these widths. Their names differ only in
    their endings, and so, where the storage's URLs are its names appended to a base (a
    folder, a public bucket), do their URLs: one is asked of the storage, the rest follow.
    A storage whose URLs are signed or otherwise made is asked for each. A plain name on
    Django's file system storage is one the storage would only quote and append, and
    quoting leaves it as it is: its addresses are written without asking (18 cards' pictures
    asked 36 times, a sixth of the overview made afresh)."""
    storage = picture.storage
    name = rendition_name(picture.name, widths[0], extension)
    base = plain_base_url(storage) if PLAIN_NAME.fullmatch(picture.name) else None
    first = storage.url(name) if base is None else base + name
    ending = f"-{widths[0]}.{extension}"
    if not first.endswith(ending):
        return [storage.url(rendition_name(picture.name, w, extension)) for w in widths]
    base = first.removesuffix(ending)
    return [f"{base}-{width}.{extension}" for width in widths]


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
        # A row loaded without its picture (.only("pk"), as when the people of a
        # many-to-many relation are serialised for the history) would load it here, and
        # the row that loads it would do the same again, without end.
        if self.get_deferred_fields() & {self.picture_field, "width"}:
            self._stored_picture_name, self._stored_width = "", 0
            return
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
        # Asked three times for each picture shown (two srcsets and the fallback): found
        # once, for the picture as it is now.
        picture = self._picture
        if not picture:
            return []
        key = (picture.name, self.width, extension)
        found = self.__dict__.setdefault("_rendition_urls", {})
        if key not in found:
            widths = rendition_widths(self.width)
            urls = rendition_urls(picture, widths, extension)
            found[key] = list(zip(urls, widths, strict=True))
        return found[key]

    @property
    def webp_srcset(self):
        return self.srcset("webp")

    @property
    def jpeg_srcset(self):
        return self.srcset("jpg")

    def srcset(self, extension, widest=None):
        """The renditions as a srcset; up to `widest` where the picture is never shown
        wider (a card's), always with the narrowest."""
        renditions = self._renditions(extension)
        if widest is not None:
            renditions = renditions[:1] + [r for r in renditions[1:] if r[1] <= widest]
        return ", ".join(f"{url} {width}w" for url, width in renditions)

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


class ShownPicture:
    """A stored picture read as plain values (its file's name, its size, its text), shown as
    PictureMixin shows a model's: the same renditions, srcset and fallback, by the same
    methods. A list of cards shows one per project; made as model objects, their columns in
    every language cost more than the query that read them."""

    picture_field = "image"

    def __init__(self, field, name, width, height, alt_text=""):
        self.image = field.attr_class(None, field, name)
        self.width, self.height, self.alt_text = width, height, alt_text

    @property
    def _picture(self):
        return self.image

    _renditions = PictureMixin._renditions
    srcset = PictureMixin.srcset
    rendition_url = PictureMixin.rendition_url
    fallback_url = PictureMixin.fallback_url
