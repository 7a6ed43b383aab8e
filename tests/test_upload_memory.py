"""What one uploaded picture costs, measured where it counts: in a gunicorn worker serving
the tip form, as the peak of its resident memory (VmHWM in /proc/<pid>/status) before and
after the upload. The bound stated in projects/images.py is 200 MB per upload.

Each picture is sent to a worker of its own, warmed up first with a small photo, so the
peak of one upload is not hidden behind that of another.
"""

import contextlib
import http.cookiejar
import struct
import urllib.error
import urllib.request
import uuid
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from bench.servers import gunicorn, site_environment
from projects.images import clean_image_upload
from tests.base import jpeg_bytes
from tests.processes import gunicorn_pids, make_site

# Each test runs a site of its own (its own database), whatever DATABASE_URL the suite has.
pytestmark = pytest.mark.own_servers

PEAK_LIMIT_KB = 200 * 1024
PROBE = "/static/css/site.css"


# Pictures, made cheaply on disk


def write_png(path, width, height, color_type, bit_depth=8):
    """A PNG of identical rows, compressed a batch of rows at a time: tiny on disk however
    many pixels it has (color_type 0 is greyscale, 2 RGB, 6 RGB with alpha)."""
    channels = {0: 1, 2: 3, 6: 4}[color_type]
    row_bytes = (width * channels * bit_depth + 7) // 8
    line = b"\0" + (bytes(range(256)) * (row_bytes // 256 + 1))[:row_bytes]
    compressor = zlib.compressobj(9)
    batch = max(1, 1_000_000 // len(line))
    data = []
    for first in range(0, height, batch):
        data.append(compressor.compress(line * min(batch, height - first)))
    data.append(compressor.flush())

    def chunk(kind, content):
        checksum = zlib.crc32(kind + content)
        return struct.pack(">I", len(content)) + kind + content + struct.pack(">I", checksum)

    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"".join(data))
        + chunk(b"IEND", b"")
    )
    return path


def tall_png(folder):
    """The attacker's picture: 1 x 39,000,000 pixels, about 76 KB."""
    return write_png(folder / "tall.png", 1, 39_000_000, color_type=0, bit_depth=1)


def jpeg_40_megapixels(folder):
    picture = Image.new("RGB", (7745, 5164), (70, 120, 160))
    ImageDraw.Draw(picture).rectangle((1000, 1000, 5000, 4000), fill=(220, 200, 60))
    path = folder / "40mp.jpg"
    picture.save(path, quality=90)
    return path


def jpeg_decoded_at_full_size(folder):
    """The costliest JPEG: too small to be decoded at half its size (just under twice the
    side kept), turned by the camera, and filled up to the byte limit with metadata."""
    side = 2 * settings.IMAGE_STORED_MAX_SIDE - 1
    picture = Image.new("RGB", (side, side), (70, 120, 160))
    ImageDraw.Draw(picture).ellipse((500, 500, side - 500, side - 500), fill=(220, 200, 60))
    exif = picture.getexif()
    exif[0x0112] = 6
    path = folder / "full-size.jpg"
    picture.save(path, quality=90, exif=exif)
    data = path.read_bytes()
    segment = b"ICC_PROFILE\0" + b"\x01\x01" + b"\x11" * 65_000
    marker = b"\xff\xe2" + struct.pack(">H", len(segment) + 2) + segment
    markers = marker * ((settings.IMAGE_MAX_BYTES - len(data)) // len(marker))
    path.write_bytes(data[:2] + markers + data[2:])
    return path


def largest_png(folder, color_type):
    """The largest PNG the decoding budget takes, at 4 bytes a pixel."""
    width = 6000
    height = settings.IMAGE_MAX_DECODED_BYTES // (4 * width)
    return write_png(folder / f"largest-{color_type}.png", width, height, color_type)


# A resident sending a tip with a photo


def opener():
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect
    )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the redirect after a tip is sent is the answer looked for


def request(browser, url, body=None, content_type=None):
    headers = {"Content-Type": content_type} if content_type else {}
    try:
        with browser.open(urllib.request.Request(url, body, headers), timeout=120) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def multipart(fields, name, filename, content):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def send_tip_with_photo(site, browser, photo):
    """GET the form, then POST back every hidden field in it, whatever it is called, with a
    message and the photo."""
    status, page = request(browser, site + "/tips/")
    assert status == 200
    form = BeautifulSoup(page, "html.parser").find(attrs={"name": "message"}).find_parent("form")
    hidden = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input", type="hidden")
        if field.get("name")
    }
    fields = hidden | {"message": "Brua over elva er stengd etter flaumen."}
    body, content_type = multipart(fields, "photo", photo.name, photo.read_bytes())
    return request(browser, site + "/tips/", body, content_type)


def photo_error(page):
    errors = BeautifulSoup(page, "html.parser").find(id="id_photo_error")
    return " ".join(errors.get_text(" ").split()) if errors else ""


# The worker's memory


def status_of(pid):
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return {key: value.strip() for key, value in fields.items()}


def worker_of(site):
    pids = gunicorn_pids(site)
    workers = [pid for pid in pids if int(status_of(pid)["PPid"]) in pids]
    assert len(workers) == 1, pids
    return workers[0]


def peak_kb(pid):
    return int(status_of(pid)["VmHWM"].split()[0])


def reset_peak(pid):
    """Set the worker's peak to what it holds now (Linux clear_refs 5), so that the peak
    of the warm-up is not counted as the upload's; where that is not allowed, the peak
    so far is the starting point, and the growth measured is, if anything, too small."""
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


@pytest.fixture(scope="module")
def site_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("sqlite") / "site.sqlite3"
    make_site(f"sqlite:///{path}")
    return path


@pytest.fixture
def site(site_database, tmp_path):
    env = site_environment(
        f"sqlite:///{site_database}",
        DJANGO_DEBUG="true",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private-media"),
        TIP_MIN_FILL_SECONDS="0",
        TIP_RATE_LIMIT="1000/h",
    )
    with gunicorn(env, workers=1, probe=PROBE) as base_url:
        yield base_url


def refusal_shown_for(path):
    """The message the site refuses a picture with, in the language the site speaks."""
    with pytest.raises(ValidationError) as refused:
        clean_image_upload(SimpleUploadedFile(path.name, path.read_bytes()))
    return " ".join(refused.value.messages[0].split())


@pytest.mark.parametrize(
    ("make_picture", "accepted"),
    [
        (tall_png, False),
        (jpeg_40_megapixels, True),
        (jpeg_decoded_at_full_size, True),
        (lambda folder: largest_png(folder, color_type=2), True),
        (lambda folder: largest_png(folder, color_type=6), True),
    ],
    ids=[
        "1 x 39,000,000 PNG",
        "40 MP JPEG",
        "JPEG decoded at full size, with 15 MB of metadata",
        "largest PNG",
        "largest PNG with alpha",
    ],
)
def test_an_uploaded_picture_costs_the_worker_less_than_200_mb(
    site, tmp_path, make_picture, accepted
):
    picture = make_picture(tmp_path)
    worker = worker_of(site)
    warm_up = tmp_path / "small.jpg"
    warm_up.write_bytes(jpeg_bytes(1200, 900))
    assert send_tip_with_photo(site, opener(), warm_up)[0] == 302

    reset_peak(worker)
    before = peak_kb(worker)
    status, page = send_tip_with_photo(site, opener(), picture)
    after = peak_kb(worker)

    print(f"{picture.name}: VmHWM {before} kB before, {after} kB after, {after - before} kB more")
    assert worker_of(site) == worker  # served, not killed and replaced
    assert after - before < PEAK_LIMIT_KB
    if accepted:
        assert status == 302, photo_error(page) or page[:500]
    else:
        assert status == 400
        assert photo_error(page) == refusal_shown_for(picture)
