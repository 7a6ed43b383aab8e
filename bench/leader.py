"""The process leader, as the bench plays one: a staff user in the "Process leader" group,
logged in through the admin's login form, who saves a project in its change form.

first_page_after_an_edit() measures what residents meet right after such a save: with
the page cache on, the overview is made afresh once in every worker, then served from
the cache again.
"""

import http.cookiejar
import secrets
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from bs4 import BeautifulSoup

from .servers import manage

USERNAME = "bench-prosessleiar"
# Made once per run, on the throwaway database, in the group the site's migrations make.
MAKE_LEADER = """
from django.contrib.auth.models import Group, User
user = User.objects.create_user(%r, "bench@example.org", %r, is_staff=True)
user.groups.add(Group.objects.get(name="Process leader"))
"""


def make_process_leader(env):
    password = secrets.token_urlsafe(16)
    manage("shell", "--no-imports", "-c", MAKE_LEADER % (USERNAME, password), env=env)
    return password


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer to look at (a saved form, a login), not to follow."""

    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Answer:
    status: int
    headers: object
    body: bytes

    @property
    def text(self):
        return self.body.decode()


class Browser:
    """Cookies kept between requests, redirects not followed."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects()
        )

    def get(self, path):
        return self.send(urllib.request.Request(self.base_url + path))

    def post(self, path, fields):
        body = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(
            self.base_url + path,
            body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        return self.send(request)

    def send(self, request):
        try:
            with self.opener.open(request, timeout=60) as response:
                return Answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.headers, error.read())

    def cookie_header(self):
        """The session as wrk sends it: -H 'Cookie: ...'."""
        return "Cookie: " + "; ".join(f"{c.name}={c.value}" for c in self.cookies)


def form_fields(html, form_id=None):
    """What a browser sends for a form as it stands: its inputs, ticked boxes, chosen
    options and text areas (the admin's empty inline templates and files left out)."""
    page = BeautifulSoup(html, "html.parser")
    form = page.find("form", id=form_id) if form_id else page.find("form", method="post")
    if form is None:
        raise RuntimeError(f"no form {form_id or 'sent by POST'} on the page")
    fields = []
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or "__prefix__" in name or element.has_attr("disabled"):
            continue
        kind = element.get("type", "text")
        if element.name == "textarea":
            fields.append((name, element.text))
        elif element.name == "select":
            chosen = element.find_all("option", selected=True)
            if not chosen and not element.has_attr("multiple"):
                chosen = element.find_all("option")[:1]
            fields += [(name, option.get("value", option.text)) for option in chosen]
        elif kind in ("checkbox", "radio"):
            if element.has_attr("checked"):
                fields.append((name, element.get("value", "on")))
        elif kind not in ("file", "submit", "button", "reset", "image"):
            fields.append((name, element.get("value", "")))
    return fields


def errors_on(html):
    page = BeautifulSoup(html, "html.parser")
    return [item.get_text(" ", strip=True) for item in page.select(".errorlist, .errornote")]


def log_in(base_url, admin_path, password):
    """A browser logged in as the process leader, through the admin's login form."""
    browser = Browser(base_url)
    login = f"{admin_path}login/"
    page = browser.get(login)
    if page.status != 200:
        raise RuntimeError(f"{login} answered {page.status}")
    fields = [
        (name, value)
        for name, value in form_fields(page.text)
        if name not in ("username", "password")
    ]
    fields += [("username", USERNAME), ("password", password)]
    answer = browser.post(f"{login}?next={admin_path}", fields)
    if answer.status != 302:
        raise RuntimeError(f"the bench's process leader could not log in: {errors_on(answer.text)}")
    return browser


def save_project(browser, change_path):
    """The process leader saves the project's change form, its summary edited, as a
    browser sends it. Returns how long the save took, in ms."""
    form = browser.get(change_path)
    if form.status != 200:
        raise RuntimeError(f"{change_path} answered {form.status}")
    fields = form_fields(form.text, "project_form")
    # A real change (a save that changes nothing might one day renew nothing): a full
    # stop at the end of the summary, added or taken away.
    edited = []
    for name, value in fields:
        if name == "summary" or name.startswith("summary_"):
            value = value[:-1] if value.endswith("..") else value + "."
        edited.append((name, value))
    if edited == fields:
        raise RuntimeError(f"no summary field in the form at {change_path}")
    started = time.perf_counter()
    answer = browser.post(change_path, [*edited, ("_save", "Save")])
    took = (time.perf_counter() - started) * 1000
    if answer.status != 302:
        raise RuntimeError(f"saving {change_path} did not succeed: {errors_on(answer.text)}")
    return took


def timed_get(url):
    """(latency in ms, whether the page came from the page cache) for one visitor."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        outcome = response.headers.get("X-Page-Cache")
    return (time.perf_counter() - started) * 1000, outcome == "hit"


def first_page_after_an_edit(browser, change_path, url, visitors, seconds):
    """With the page cache on (and its X-Page-Cache header): the overview's cached
    latency, then the process leader saves the project while `visitors` load the
    overview one request after another for `seconds`. Back at full speed means: from the
    last page made afresh on, every answer came from the cache."""
    timed_get(url)  # a cached page to start from
    before = [timed_get(url) for _ in range(30)]
    if not all(hit for _latency, hit in before):
        raise RuntimeError(
            f"{url} did not come from the page cache before the edit (PAGE_CACHE_HEADER on?)"
        )
    saving = save_project(browser, change_path)
    saved = time.perf_counter()
    answers = []  # (finished, latency ms, from the cache)
    stop = saved + seconds

    def visit():
        while time.perf_counter() < stop:
            latency, hit = timed_get(url)
            answers.append((time.perf_counter(), latency, hit))

    threads = [threading.Thread(target=visit) for _ in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    answers.sort()
    afresh = [answer for answer in answers if not answer[2]]
    first = answers[0]
    last_afresh = afresh[-1][0] if afresh else saved
    after = [latency for finished, latency, hit in answers if finished > last_afresh]
    return {
        "saving_ms": saving,
        "cached_ms": statistics.median(latency for latency, _hit in before),
        "first_ms": first[1],
        "first_afresh": not first[2],
        "made_afresh": len(afresh),
        "back_after_ms": (last_afresh - saved) * 1000 + saving,
        "cached_after_ms": statistics.median(after) if after else None,
        "answers": len(answers),
        "visitors": visitors,
        "seconds": seconds,
    }
