"""Uploaded pictures: validated, turned upright, stripped of metadata, rendered once."""

import io
import struct
import zlib
from pathlib import Path, PurePosixPath

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageChops, ImageDraw, ImageFile, PngImagePlugin

from projects import images
from projects.images import RENDITION_WIDTHS, clean_image_upload, resized_in_bands
from projects.models import ProjectImage
from projects.templatetags.framdrift import picture
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


class StoredName:
    """A picture's file as rendition_urls sees it: a name on a storage."""

    def __init__(self, name, storage):
        self.name, self.storage = name, storage


def asked_of_the_storage(storage, name, widths, extension):
    """Each rendition's address as the storage itself gives it, for the name written the
    general way (PurePosixPath)."""
    path = PurePosixPath(name)
    return [
        storage.url(str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{w}.{extension}"))
        for w in widths
    ]


ODD_NAMES = [
    "projects/2026/12/a334075861d84f0395c1de9f302c2953.jpg",
    "photo.png",
    "projects/Kari Hansen heime.jpg",
    "projects/ørsta/bilete.jpg",
    "projects/a.b.c.jpeg",
    "projects/.hidden",
    "projects/no-extension",
    "projects//double/x.jpg",
    "projects/why?#.jpg",
    "projects/%41.jpg",
]


@pytest.mark.parametrize("media_url", ["/media/", "https://bilete.example.org/framdrift/"])
@pytest.mark.parametrize("name", ODD_NAMES)
def test_rendition_addresses_are_those_the_storage_gives(settings, media_url, name):
    settings.MEDIA_URL = media_url
    storage = FileSystemStorage()
    for extension in ("webp", "jpg"):
        widths = images.rendition_widths(1500)
        assert images.rendition_urls(StoredName(name, storage), widths, extension) == (
            asked_of_the_storage(storage, name, widths, extension)
        )


class SignedStorage(FileSystemStorage):
    """A storage that makes each address itself, as a private bucket signs them."""

    def url(self, name):
        return f"https://private.example.org/{name}?signature={len(name)}"


def test_a_storage_that_makes_its_own_addresses_is_asked_for_each():
    storage = SignedStorage()
    name = "projects/2026/12/a334075861d84f0395c1de9f302c2953.jpg"
    widths = images.rendition_widths(1500)
    assert images.rendition_urls(StoredName(name, storage), widths, "webp") == (
        asked_of_the_storage(storage, name, widths, "webp")
    )


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
    assert "Biletet er for stort (2,5\xa0KB). Grensa er 1000\xa0byte." in errors[0]


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


# Memory: bounded from the header, before a pixel is decoded; decoded once


def refusal(content, name="photo.png"):
    """The ValidationError an upload is refused with."""
    with pytest.raises(ValidationError) as refused:
        clean_image_upload(SimpleUploadedFile(name, content))
    return refused.value


def image_bytes(image, fmt, **options):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.fixture
def decoded_sizes(monkeypatch):
    """The size of every picture Pillow decodes from a file, in order."""
    sizes, real_load = [], ImageFile.ImageFile.load

    def load(image):
        if image.tile:  # pixels still to decode, not a picture loaded already
            sizes.append(image.size)
        return real_load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return sizes


@pytest.mark.parametrize(
    ("width", "height", "code", "shown"),
    [
        (1, 39_000_000, "image_too_long", "1 × 39\xa0000\xa0000"),
        (30_000, 900, "image_too_long", "30\xa0000 × 900"),
        (15_000, 1_000, "image_too_narrow", "15\xa0000 × 1\xa0000"),
        (6_000, 6_000, "image_too_costly", "6\xa0000 × 6\xa0000"),  # 36 MP, 144 MB decoded
    ],
    ids=["tall", "wide", "long and narrow", "too costly to decode"],
)
def test_a_picture_is_refused_by_its_header_before_it_is_decoded(
    decoded_sizes, width, height, code, shown
):
    # The header claims the size; the pixels are not there. Decoding would fail otherwise.
    error = refusal(png_claiming_size(width, height))

    assert error.code == code
    assert shown in error.messages[0]
    assert decoded_sizes == []


def test_a_png_with_more_text_than_any_picture_needs_is_refused_when_opened():
    # Pillow reads text chunks on opening, before any size is checked: 4 MB at most here.
    info = PngImagePlugin.PngInfo()
    for number in range(5):
        info.add_text(f"note{number}", "x" * 1_000_000, zip=True)
    content = image_bytes(Image.new("RGB", (10, 10)), "PNG", pnginfo=info)

    assert len(content) < 50_000
    assert refusal(content).code == "not_an_image"


def test_the_header_limits_are_settings(settings):
    settings.IMAGE_MAX_SIDE = 500
    assert refusal(jpeg_bytes(600, 400), "photo.jpg").code == "image_too_long"
    settings.IMAGE_MAX_SIDE, settings.IMAGE_MAX_ASPECT_RATIO = 20_000, 2
    assert refusal(jpeg_bytes(600, 200), "photo.jpg").code == "image_too_narrow"
    settings.IMAGE_MAX_ASPECT_RATIO = 3
    assert clean_image_upload(upload(content=jpeg_bytes(600, 200)))


def test_the_decoding_budget_counts_what_each_format_costs(settings, decoded_sizes):
    settings.IMAGE_MAX_DECODED_BYTES = 20 * 1024 * 1024
    picture = Image.new("RGB", (2000, 2000), (30, 120, 90))
    baseline = image_bytes(picture, "JPEG")
    # libjpeg holds every coefficient of a progressive JPEG, and of one whose first scan
    # carries only some colours: here 2000 x 2000 x 1.5 samples x 2 bytes, 12 MB more.
    progressive = image_bytes(picture, "JPEG", progressive=True)
    start_of_scan = baseline.index(b"\xff\xda")
    separate_scans = bytearray(baseline)
    separate_scans[start_of_scan + 4] = 1  # the first scan claims only one colour
    small = picture.resize((1200, 1200))

    assert clean_image_upload(upload(content=baseline))  # 16 MB decoded
    assert clean_image_upload(upload("photo.png", image_bytes(small, "PNG")))  # 5.8 MB
    decoded_sizes.clear()
    for content, name in [
        (progressive, "photo.jpg"),
        (bytes(separate_scans), "photo.jpg"),
        (image_bytes(small, "WEBP"), "photo.webp"),  # decoded in four copies: 23 MB
    ]:
        assert refusal(content, name).code == "image_too_costly", name
    assert decoded_sizes == []


def test_a_big_jpeg_is_decoded_at_a_smaller_scale_and_kept_upright_at_the_stored_size(
    settings, decoded_sizes
):
    settings.IMAGE_STORED_MAX_SIDE = 800
    # Turned by the camera (orientation 6): red on the left of the pixels, blue on the right.
    picture = Image.new("RGB", (3000, 2000), (220, 30, 30))
    ImageDraw.Draw(picture).rectangle((1500, 0, 3000, 2000), fill=(30, 30, 220))
    exif = picture.getexif()
    exif[ORIENTATION] = 6
    content = image_bytes(picture, "JPEG", exif=exif)

    stored = make_project_image(make_project(), image=upload(content=content))

    assert decoded_sizes[0] == (1500, 1000)  # decoded at half the size: still above 800
    assert (stored.width, stored.height) == (533, 800)
    with Image.open(stored.image.path) as kept:
        assert kept.size == (533, 800)
        assert not kept.getexif()
        red, blue = kept.getpixel((266, 100)), kept.getpixel((266, 700))
    assert red[0] > 200 > red[2] and blue[2] > 200 > blue[0]


def test_a_phone_photo_with_more_pictures_in_it_is_taken_as_its_first(settings, decoded_sizes):
    # MPO: the photo first, then e.g. a gain map (Ultra HDR), as many phones write them.
    settings.IMAGE_STORED_MAX_SIDE = 800
    photo = Image.new("RGB", (2000, 1500), (30, 120, 90))
    extra = Image.new("RGB", (500, 375), (250, 250, 250))
    buffer = io.BytesIO()
    photo.save(buffer, "MPO", save_all=True, append_images=[extra])
    assert Image.open(io.BytesIO(buffer.getvalue())).format == "MPO"

    stored = make_project_image(make_project(), image=upload(content=buffer.getvalue()))

    assert decoded_sizes[0] == (1000, 750)  # decoded at a smaller scale, as a JPEG is
    assert (stored.width, stored.height) == (800, 600)
    with Image.open(stored.image.path) as kept:
        assert kept.format == "JPEG" and kept.getpixel((400, 300))[1] > 100


def test_the_stored_picture_is_large_enough_for_every_rendition(settings):
    assert RENDITION_WIDTHS[-1] <= settings.IMAGE_STORED_MAX_SIDE


def test_the_form_and_the_model_decode_an_upload_once(monkeypatch, media_root, decoded_sizes):
    cleanings, real_clean = [], images._clean_picture

    def clean_picture(uploaded):
        cleanings.append(uploaded)
        return real_clean(uploaded)

    monkeypatch.setattr(images, "_clean_picture", clean_picture)
    project = make_project()
    form = PictureForm(
        data={"project": project.pk, "alt_text": "Ein hage"},
        files={"image": upload(width=900, height=600)},
    )

    assert form.is_valid()
    picture = form.save()

    assert len(cleanings) == 1
    # The upload once, and once the stored picture its renditions are made from.
    assert decoded_sizes == [(900, 600), (900, 600)]
    assert (picture.width, picture.height) == (900, 600)


def test_shrinking_in_bands_gives_the_picture_a_whole_resize_gives(monkeypatch):
    monkeypatch.setattr(images, "BAND_BYTES", 40_000)  # many bands of a few rows
    picture = Image.linear_gradient("L").resize((997, 613)).convert("RGB")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((100, 80, 700, 500), fill=(200, 60, 40))
    draw.line((0, 0, 997, 613), fill=(20, 20, 160), width=9)
    with_alpha = picture.convert("RGBA")
    with_alpha.putalpha(Image.linear_gradient("L").rotate(90).resize((997, 613)))
    palette = picture.convert("P")
    palette.info["transparency"] = 0

    for source, mode in [(picture, "RGB"), (with_alpha, "RGBA"), (palette, "RGBA")]:
        for size in [(320, 197), (640, 394)]:
            whole = source.convert(mode).resize(size, Image.Resampling.LANCZOS)
            banded = resized_in_bands(source, size, mode)
            # Only rounding apart: Pillow may run the two passes in another order.
            assert banded.size == size and banded.mode == mode
            assert max(high for _, high in ImageChops.difference(whole, banded).getextrema()) <= 3


XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>Kari Hansen</rdf:RDF></x:xmpmeta>'
ICC = b"fake ICC profile: Kari Hansen"


def jpeg_with_everything(width, height):
    picture = Image.new("RGB", (width, height), (200, 40, 40))
    exif = picture.getexif()
    exif[MAKE] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (60.0, 23.0, 12.5)})
    return image_bytes(picture, "JPEG", exif=exif, xmp=XMP, icc_profile=ICC, comment=b"Kari Hansen")


def png_with_everything(width, height):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Kari Hansen")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    picture = Image.new("RGBA", (width, height), (200, 40, 40, 128))
    exif = picture.getexif()
    exif[MAKE] = "PhoneMaker"
    return image_bytes(picture, "PNG", pnginfo=info, icc_profile=ICC, exif=exif)


@pytest.mark.parametrize(
    "content",
    [
        jpeg_with_everything(600, 400),
        jpeg_with_everything(1800, 1200),
        png_with_everything(1800, 1200),
    ],
    ids=["small JPEG, kept as it is", "big JPEG, shrunk", "big PNG, shrunk"],
)
def test_no_metadata_survives_whether_the_picture_is_shrunk_or_not(settings, content):
    settings.IMAGE_STORED_MAX_SIDE = 800

    cleaned = clean_image_upload(upload(content=content))

    data = cleaned.read()
    for trace in (b"PhoneMaker", b"Kari Hansen", b"xmpmeta", b"fake ICC"):
        assert trace not in data
    with Image.open(io.BytesIO(data)) as kept:
        assert not kept.getexif()
        assert not {"exif", "xmp", "icc_profile", "comment", "Author"} & set(kept.info)


def test_a_pictures_text_full_of_markup_is_written_as_text(media_root):
    hostile = "\"><script>alert('x')</script>&"
    shown = picture(make_project_image(make_project(), alt_text=hostile), sizes='50vw" onerror="x')

    assert "<script>" not in shown and 'onerror="' not in shown
    assert 'alt="&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;"' in shown
    assert 'sizes="50vw&quot; onerror=&quot;x"' in shown
