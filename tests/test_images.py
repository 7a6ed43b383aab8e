"""Uploaded pictures: validated, turned upright, stripped of metadata, rendered once."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from projects.images import clean_image_upload
from projects.models import ProjectImage
from tests.base import jpeg_bytes, make_project, make_project_image, upload

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


class PictureForm(forms.ModelForm):
    class Meta:
        model = ProjectImage
        fields = ["project", "image", "alt_text"]


def jpeg_with_gps(width=600, height=400, orientation=1):
    image = Image.new("RGB", (width, height), (200, 40, 40))
    exif = image.getexif()
    exif[ORIENTATION] = orientation
    exif[MAKE] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (60.0, 23.0, 12.5), 3: "E", 4: (6.0, 2.0, 1.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def png_claiming_size(width, height):
    """A tiny PNG whose header claims a huge size: a decompression bomb's calling card."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def stored_files(media_root):
    return sorted(p for p in Path(media_root).rglob("*") if p.is_file())


def form_errors(content, name="photo.jpg"):
    project = make_project()
    form = PictureForm(
        data={"project": project.pk, "alt_text": "Ein hage"},
        files={"image": SimpleUploadedFile(name, content)},
    )
    assert not form.is_valid()
    return form.errors["image"]


def test_gps_position_and_camera_details_are_gone_from_every_stored_file(media_root):
    picture = make_project_image(make_project(), image=upload(content=jpeg_with_gps()))

    files = stored_files(media_root)
    assert len(files) > 1  # the original and its renditions
    for path in files:
        with Image.open(path) as stored:
            assert not stored.getexif(), path
            assert "exif" not in stored.info and "xmp" not in stored.info, path
    assert b"PhoneMaker" not in Path(picture.image.path).read_bytes()


def test_a_sideways_phone_photo_is_stored_upright(media_root):
    # EXIF orientation 6: the camera was turned; the pixels are stored 600 wide, 400 high.
    picture = make_project_image(make_project(), image=upload(content=jpeg_with_gps(orientation=6)))

    assert (picture.width, picture.height) == (400, 600)
    with Image.open(picture.image.path) as stored:
        assert stored.size == (400, 600)


def test_renditions_are_made_once_in_webp_and_jpeg_and_listed_in_srcset(media_root):
    picture = make_project_image(make_project(), image=upload(width=1500, height=1000))

    assert picture.webp_srcset.count(".webp") == 4
    assert "320w" in picture.webp_srcset and "1280w" in picture.webp_srcset
    assert "1500w" not in picture.jpeg_srcset  # never wider than the largest rendition
    names = {p.name for p in stored_files(media_root)}
    stem = Path(picture.image.name).stem
    assert {f"{stem}-640.webp", f"{stem}-640.jpg"} <= names
    with Image.open(
        Path(media_root) / "renditions" / Path(picture.image.name).parent / f"{stem}-640.webp"
    ) as r:
        assert r.format == "WEBP" and r.size == (640, 427)


def test_a_small_picture_is_not_enlarged(media_root):
    picture = make_project_image(make_project(), image=upload(width=300, height=200))
    assert picture.webp_srcset.endswith("300w")
    assert "320w" not in picture.webp_srcset


def test_the_uploaders_file_name_is_not_kept(media_root):
    picture = make_project_image(make_project(), image=upload(name="Kari Hansen heime.jpg"))
    assert "Kari" not in picture.image.name
    assert picture.image.name.startswith("projects/")


def test_a_file_that_is_not_a_picture_is_refused_with_a_reason():
    errors = form_errors(b"<html><script>alert(1)</script></html>", name="photo.jpg")
    assert "ikkje eit bilete" in errors[0]


def test_svg_is_refused_as_a_picture():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    errors = form_errors(svg, name="logo.svg")
    assert errors


def test_a_damaged_picture_is_refused_and_nothing_is_stored(media_root):
    truncated = jpeg_bytes(width=400, height=300)[:300]
    errors = form_errors(truncated)
    assert "ikkje eit bilete" in errors[0]
    assert stored_files(media_root) == []


def test_a_decompression_bomb_is_refused_before_it_is_decoded(settings):
    settings.IMAGE_MAX_PIXELS = 40_000_000
    errors = form_errors(png_claiming_size(50_000, 50_000), name="bomb.png")
    assert "for mange pikslar" in errors[0]


def test_the_pixel_limit_is_configurable(settings):
    settings.IMAGE_MAX_PIXELS = 100 * 100
    errors = form_errors(jpeg_bytes(width=200, height=200))
    assert "for mange pikslar (200 × 200)" in errors[0]
    assert "0.01 megapikslar" in errors[0]


def test_a_file_over_the_byte_limit_is_refused_with_both_sizes(settings):
    settings.IMAGE_MAX_BYTES = 1000
    errors = form_errors(jpeg_bytes(width=400, height=300, color=(1, 2, 3)))
    assert "Biletet er for stort (2,5\xa0KB). Grensa er 1000\xa0bytes." in errors[0]


def test_saving_outside_a_form_still_refuses_a_non_picture(media_root):
    picture = ProjectImage(project=make_project(), alt_text="x", image=upload(content=b"GIF89a no"))
    with pytest.raises(ValidationError):
        picture.save()
    assert not ProjectImage.objects.exists()
    assert stored_files(media_root) == []


def test_transparent_png_keeps_its_transparency(media_root):
    buffer = io.BytesIO()
    Image.new("RGBA", (200, 100), (0, 0, 0, 0)).save(buffer, "PNG")
    cleaned = clean_image_upload(SimpleUploadedFile("logo.png", buffer.getvalue()))
    with Image.open(cleaned) as result:
        assert result.format == "PNG" and result.mode == "RGBA"


def test_replacing_or_deleting_a_picture_removes_its_old_files(media_root):
    picture = make_project_image(make_project())
    first_files = stored_files(media_root)

    picture.image = upload(color=(0, 0, 255))
    picture.save()
    assert not set(first_files) & set(stored_files(media_root))

    picture.delete()
    assert stored_files(media_root) == []
