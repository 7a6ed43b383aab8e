"""Shared by the hostile-input tests: hypothesis strategies for what an attacker sends,
the settings every such test runs with, and the check that nothing sent came out as markup.

Each test runs a fixed number of examples, derandomized (the same ones on every run), and
without shrinking a failure, which can take minutes: the failing example is printed as
found. So the tests take seconds in CI.
"""

from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from events.models import Event
from pages.models import Page
from projects.models import Area, Document, Funding, Strategy
from tests.base import NOW, make_area, make_project, make_theme, make_update
from tests.test_documents import PDF

EXAMPLES = 30
hostile = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><script>alert("xss")</script>',
    "'><img src=x onerror=alert('xss')>",
    "<svg/onload=alert('xss')>",
    '<a href="javascript:alert(1)">x</a>',
    "javascript:alert(1)",
    "' OR '1'='1' --",
    "1; DROP TABLE projects_project; --",
    "1 UNION SELECT password FROM auth_user",
    "%' AND 1=1 AND '%'='",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "../../../../etc/passwd",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "\u202egnp.exe",
    "\ufeff\u200b\u2028",
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͚",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏳️‍🌈",
]
NUMBERS = ["0", "-1", "-0", "1.5", "1e9", "1e400", "NaN", "inf", "0x10", "٣", "9" * 30, "9" * 5000]


# Text as a form or a query can carry it: any character, control characters, NUL and lone
# surrogates included, markup and SQL, numbers that are not page numbers, and huge values.
def around(middle):
    return st.builds(lambda a, m, b: a + m + b, st.text(max_size=10), middle, st.text(max_size=10))


controls = st.text(
    st.characters(codec=None, categories=["Cc", "Cf", "Cs", "Co", "Zl", "Zp"]),
    min_size=1,
    max_size=15,
)
hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    around(st.sampled_from(PAYLOADS)),
    st.text(max_size=30),
    controls,
    around(st.just("\x00")),
    st.sampled_from(NUMBERS),
    st.integers().map(str),
    st.builds(
        str.__mul__, st.sampled_from(["a", "9", "<", "%", "ø", "\x00"]), st.integers(1000, 20_000)
    ),
)


def encoded(value):
    """As a browser or a bot sends it: UTF-8 (lone surrogates too), percent-encoded."""
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    return quote_from_bytes(value, safe="")


# Raw bytes too, which need not be UTF-8 at all.
hostile_value = st.one_of(hostile_text.map(encoded), st.binary(max_size=20).map(encoded))


@st.composite
def query_with(draw, parameter, others=()):
    """The parameter once or repeated, maybe with the URL's other parameters and unknown ones."""
    pairs = [(parameter, value) for value in draw(st.lists(hostile_value, min_size=1, max_size=3))]
    pairs += [(other, draw(hostile_value)) for other in others if draw(st.booleans())]
    pairs += draw(st.lists(st.tuples(hostile_value, hostile_value), max_size=2))
    return "&".join(f"{name}={value}" for name, value in draw(st.permutations(pairs)))


def make_site():
    """A little of everything the public pages show, so every filter has something to do."""
    municipality = make_area("Lidal", slug="lidal", kind=Area.Kind.MUNICIPALITY)
    village = make_area("Berg", slug="berg", parent=municipality)
    strategy = Strategy.objects.create(name="Bu her", slug="bu-her", goal="<p>Fleire bur her.</p>")
    theme = make_theme("Bustader", slug="bustader")
    theme.strategy = strategy
    theme.save()
    project = make_project(
        "Ny skule i Berg", slug="ny-skule", body="<p>Skulen <b>byggjest</b>.</p>"
    )
    project.areas.add(village)
    project.themes.add(theme)
    update = make_update(project, body="<p>Byggjestart</p>")
    Funding.objects.create(project=project, source="Kommunen", amount=100000)
    page = Page.objects.create(
        title="Slik arbeider vi", slug="slik-arbeider-vi", body="<p>Tekst</p>", is_published=True
    )
    event = Event.objects.create(
        title="Ope møte", starts_at=NOW + timedelta(days=5), place="Grendehuset"
    )
    event.projects.add(project)
    Event.objects.create(title="Gamalt møte", starts_at=NOW - timedelta(days=50), place="Skulen")
    document = Document.objects.create(
        project=project, title="Plan", file=SimpleUploadedFile("plan.pdf", PDF)
    )
    return {
        "project": project,
        "event": event,
        "document": document,
        "update": update,
        "strategy": strategy,
        "page": page,
    }


MARKUP = [payload for payload in PAYLOADS if "<" in payload]


class AttackerMarkup(HTMLParser):
    """Collects what only markup from an attacker would put in a page of ours."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.in_script = tag == "script"
        for name, value in attrs:
            link = name in {"href", "src", "action", "formaction"}
            if name.startswith("on") or (
                link and (value or "").strip().lower().startswith("javascript:")
            ):
                self.found.append((tag, name, value))

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert(" in data:
            self.found.append(("script", data))


def assert_no_markup_from_the_attacker(html):
    """Markup sent in came out as text: no script, event handler or javascript: link."""
    for payload in MARKUP:
        assert payload not in html
    parser = AttackerMarkup()
    parser.feed(html)
    parser.close()
    assert not parser.found


def form_body(fields, encoding):
    """A form body as a browser or a bot sends it, with the values' bytes as they are."""
    pairs = [(name, value.encode("utf-8", "surrogatepass")) for name, value in fields.items()]
    if encoding == "urlencoded":
        body = "&".join(f"{name}={quote_from_bytes(value, safe='')}" for name, value in pairs)
        return body.encode(), "application/x-www-form-urlencoded"
    boundary = b"hostile-boundary-7f3a"
    body = b"".join(
        b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
        % (boundary, name.encode(), value)
        for name, value in pairs
    )
    return body + b"--%s--\r\n" % boundary, f"multipart/form-data; boundary={boundary.decode()}"


def post_form(client, path, fields, encoding="multipart"):
    body, content_type = form_body(fields, encoding)
    return client.post(path, body, content_type=content_type, REMOTE_ADDR="10.0.0.1")
