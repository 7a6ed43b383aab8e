"""Loading pages: wrk for requests per second and latency, urllib for single pages and for
the bytes a phone's first visit costs."""

import gzip
import re
import subprocess
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

LUA_REPORT = Path(__file__).with_name("report.lua")
PHONE_PICTURE_WIDTH = 720  # a 360 px wide phone at device pixel ratio 2


def wrk(url, seconds, connections, headers=()):
    """wrk's results for one URL: requests per second, latency percentiles, errors.
    headers: ("Name: value", ...) sent with every request, e.g. a session cookie."""
    threads = max(1, min(2, connections))
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    done = subprocess.run(
        [*command, "-s", str(LUA_REPORT), url],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result for {url}:\n{done.stdout}\n{done.stderr}")
    values = dict(item.split("=") for item in line.split()[1:])
    numbers = {key: int(value) for key, value in values.items()}
    seconds_taken = numbers["duration_us"] / 1_000_000
    errors = sum(numbers[key] for key in ("connect", "read", "write", "status", "timeout"))
    return {
        "rps": numbers["requests"] / seconds_taken if seconds_taken else 0.0,
        "p50": numbers["p50"] / 1000,
        "p95": numbers["p95"] / 1000,
        "p99": numbers["p99"] / 1000,
        "errors": errors,
        "requests": numbers["requests"],
    }


class PageAssets(HTMLParser):
    """What a browser fetches for a page: stylesheets, scripts, icons, eager pictures."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.scripts, self.icons, self.pictures = [], [], [], []
        self._webp = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = attrs.get("rel", "")
        if tag == "link" and rel == "stylesheet" and attrs.get("media", "all") != "print":
            self.stylesheets.append(attrs["href"])
        elif tag == "link" and rel == "icon":
            self.icons.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag == "source" and attrs.get("type") == "image/webp":
            self._webp = attrs.get("srcset")
        elif tag == "img":
            if attrs.get("loading") != "lazy":
                self.pictures.append(phone_candidate(self._webp or attrs.get("srcset") or ""))
            self._webp = None


def phone_candidate(srcset):
    """The srcset candidate a phone at 360 px and ratio 2 takes."""
    candidates = []
    for item in srcset.split(","):
        parts = item.split()
        if len(parts) == 2 and parts[1].endswith("w"):
            candidates.append((int(parts[1][:-1]), parts[0]))
    if not candidates:
        return None
    candidates.sort()
    wide_enough = [url for width, url in candidates if width >= PHONE_PICTURE_WIDTH]
    return wide_enough[0] if wide_enough else candidates[-1][1]


def fetch(url, compressed=False):
    headers = {"Accept-Encoding": "gzip"} if compressed else {}
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def first_visit(base_url, path):
    """Bytes over the wire for a phone's first visit, text compressed as served."""
    html = fetch(base_url + path)
    assets = PageAssets()
    assets.feed(html.decode())
    css = sum(len(fetch(base_url + href)) for href in assets.stylesheets)
    js_sizes = {src: len(fetch(base_url + src)) for src in assets.scripts}
    sent = {
        "html": len(gzip.compress(html)),
        "css": sum(len(fetch(base_url + href, True)) for href in assets.stylesheets),
        "js": sum(len(fetch(base_url + src, True)) for src in assets.scripts),
        "icons": sum(len(fetch(base_url + href, True)) for href in assets.icons),
        "images": sum(len(fetch(base_url + url)) for url in assets.pictures if url),
    }
    js_beyond_htmx = sum(size for src, size in js_sizes.items() if "htmx" not in src)
    return {"sent": sent, "css_raw": css, "js_beyond_htmx_raw": js_beyond_htmx}


def largest_renditions(media_root, top=3):
    files = [
        path
        for path in Path(media_root).rglob("*")
        if path.is_file() and path.suffix.lower() in {".webp", ".jpg", ".jpeg", ".png"}
    ]
    # Originals kept for the process leader are not renditions a page loads: renditions
    # live under renditions/ as <name>-<width>.<format> (projects/images.py).
    renditions = [
        path for path in files if "renditions" in path.parts and re.search(r"-\d+\.\w+$", path.name)
    ]
    sizes = sorted(((path.stat().st_size, path) for path in renditions), reverse=True)
    return len(renditions), sizes[:top]
