"""Rich text written by the process leader: a small, safe set of HTML.

The rules:
- What is saved and what is shown pass the same allow-list (the editor's extensions, plus a
  table's caption and its header cells' scope), so HTML that reached the database another
  way is harmless too. No style, class or event attribute survives; a table's colspan and
  rowspan only as small whole numbers, a header cell's scope only as one of its four words.
- What is shown is made once, when the text is saved, and stored beside it
  (projects/rich_html.py); a text that reached the database another way is rendered as
  it is shown.
- Tables are made readable as they are shown (render_rich_text), never changed as stored:
  the editor's table has header cells but neither scope nor caption, and a table pasted
  from a report may have no header cells at all. So when shown,
  - a table without header cells gets its first row as header cells (when it has others);
  - a first row of header cells becomes the table's <thead>, its cells scope="col"; any
    other header cell (a header column) gets scope="row";
  - a paragraph right before a table that starts with “Table”, “Tabell” or “Tabel” and a
    colon (“Tabell 2: Folketal 2008-2024”) becomes the table's <caption>;
  - the table sits in a region that scrolls sideways on its own on a narrow screen,
    focusable so that keyboard users can scroll it, named by the caption.
  Text without a table is shown exactly as the sanitiser returns it.
"""

import functools
import re
from html import escape, unescape
from html.parser import HTMLParser

import nh3
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django_prose_editor.config import allowlist_from_extensions, expand_extensions
from django_prose_editor.fields import ProseEditorField

# What the editor offers, and so what the sanitiser lets through: paragraphs,
# headings below the page title, lists, links, emphasis, quotes and tables.
RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "History": True,
}

SCOPES = {"col", "row", "colgroup", "rowgroup"}
SPANS = {"colspan", "rowspan"}
CAPTION = re.compile(r"\s*(table|tabell|tabel)\b[^:<>]{0,12}:", re.IGNORECASE)
VOID = {"br", "hr", "img", "col", "wbr"}


def _keep_attribute(tag, name, value):
    # A span of 1 is the default (the editor writes it on every cell); a span beyond a
    # few hundred is no table anyone pastes, only a way to stretch the page.
    if name in SPANS:
        return value if value.isdigit() and 1 < int(value) <= 500 else None
    return value


@functools.cache
def _cleaner():
    allowed = allowlist_from_extensions(expand_extensions(RICH_TEXT_EXTENSIONS))
    allowed["tags"] |= {"caption", "thead", "tbody"}
    allowed["tag_attribute_values"] = {"th": {"scope": SCOPES}}
    return nh3.Cleaner(**allowed, attribute_filter=_keep_attribute)


def sanitize_rich_text(html):
    """HTML cleaned by the allow-list, as saved and again as shown."""
    cleaned = _cleaner().clean(str(html or ""))
    # The editor always leaves an empty paragraph: an empty text is an empty string.
    return "" if re.fullmatch(r"<(\w+)></\1>", cleaned) else cleaned


def render_rich_text(html):
    """Cleaned HTML as residents read it: tables with headers, captions and a region of
    their own (see the module's docstring); any other text exactly as cleaned."""
    cleaned = sanitize_rich_text(html)
    if "<table" not in cleaned:
        return cleaned
    root = _parse(cleaned)
    _readable_tables(root)
    return root.inner_html()


def render_rich_text_in_two(html):
    """render_rich_text, cut after the first block (a paragraph, as a rule): (first, rest),
    each whole elements of the cleaned text, so as safe as the whole."""
    root = _parse(sanitize_rich_text(html))
    _readable_tables(root)
    return _in_two(root)


# A tag as the sanitiser and this module write them: lower case, values in double quotes.
TAG = re.compile(r'<(/?)([a-z][a-z0-9]*)(?:\s[^>"]*(?:"[^"]*"[^>"]*)*)?>')


def split_after_first_block(rendered):
    """HTML render_rich_text made, cut as render_rich_text_in_two cuts it: its first block
    is found by counting its tags (the text is the sanitiser's own, so every element is
    closed), not by parsing it all again."""
    start = len(rendered) - len(rendered.lstrip())
    opening = TAG.match(rendered, start)
    if opening is None or opening[1]:  # text first (no editor writes that): parse it
        return _in_two(_parse(rendered))
    name, depth, end = opening[2], 0, opening.end()
    if name not in VOID:
        for tag in TAG.finditer(rendered, start):
            if tag[2] == name:
                depth += -1 if tag[1] else 1
                if depth == 0:
                    end = tag.end()
                    break
        else:
            return _in_two(_parse(rendered))
    return rendered[:end].strip(), rendered[end:].strip()


def _in_two(root):
    children = root.children
    first = next((i for i, child in enumerate(children) if not _blank(child)), len(children))
    blocks = [child if isinstance(child, str) else child.outer_html() for child in children]
    return "".join(blocks[: first + 1]).strip(), "".join(blocks[first + 1 :]).strip()


class RichTextField(ProseEditorField):
    """HTML from the admin editor, cleaned by an allow-list on every save, whatever saved it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", RICH_TEXT_EXTENSIONS)
        kwargs.setdefault("sanitize", sanitize_rich_text)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = self.sanitize(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value


# A small tree of the cleaned HTML, enough to move table parts about. Text, and the start
# tags of elements left alone, are written back exactly as they came.


class Element:
    def __init__(self, tag, attrs=None, source=None):
        self.tag = tag
        self.attrs = dict(attrs or {})
        self.children = []
        self.source = source  # the start tag as written, while unchanged

    def set(self, name, value):
        self.attrs[name] = value
        self.source = None

    def elements(self, *tags):
        return [c for c in self.children if isinstance(c, Element) and c.tag in tags]

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def start_tag(self):
        if self.source is not None:
            return self.source
        attrs = "".join(f' {name}="{escape(value)}"' for name, value in self.attrs.items())
        return f"<{self.tag}{attrs}>"

    def inner_html(self):
        return "".join(c if isinstance(c, str) else c.outer_html() for c in self.children)

    def outer_html(self):
        if self.tag in VOID:
            return self.start_tag()
        return f"{self.start_tag()}{self.inner_html()}</{self.tag}>"


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.root = Element("")
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.get_starttag_text())
        self.open[-1].children.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        self.open[-1].children.append(data)

    def handle_entityref(self, name):
        self.open[-1].children.append(f"&{name};")

    def handle_charref(self, name):
        self.open[-1].children.append(f"&#{name};")


def _parse(html):
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _readable_tables(parent):
    children = []
    for child in parent.children:
        if isinstance(child, Element) and child.tag == "table":
            _with_headers(child)
            if not child.elements("caption"):
                caption = _caption_from(children)
                if caption is not None:
                    child.children.insert(0, caption)
            _readable_tables(child)  # a table in a cell
            child = _region(child)
        elif isinstance(child, Element):
            _readable_tables(child)
        children.append(child)
    parent.children = children


def _rows(table):
    rows = table.elements("tr")
    for section in table.elements("thead", "tbody"):
        rows += section.elements("tr")
    heads = [row for section in table.elements("thead") for row in section.elements("tr")]
    return heads + [row for row in rows if row not in heads]


def _with_headers(table):
    """Header cells, scoped; a first row of them as the table's head."""
    rows = _rows(table)
    if not rows:
        return
    cells = [cell for row in rows for cell in row.elements("th", "td")]
    first = rows[0]
    if not any(cell.tag == "th" for cell in cells) and len(rows) > 1:
        for cell in first.elements("td"):
            cell.tag = "th"
            cell.source = None
    header_rows = {id(first)} if all(c.tag == "th" for c in first.elements("th", "td")) else set()
    for section in table.elements("thead"):
        header_rows |= {id(row) for row in section.elements("tr")}
    for row in rows:
        for cell in row.elements("th"):
            if "scope" not in cell.attrs:
                cell.set("scope", "col" if id(row) in header_rows else "row")
    if id(first) in header_rows and not table.elements("thead"):
        _move_into_head(table, first)


def _move_into_head(table, row):
    for holder in [table, *table.elements("tbody")]:
        if row in holder.children:
            holder.children.remove(row)
    head = Element("thead")
    head.children.append(row)
    # After a caption, which must come first.
    captions = table.elements("caption")
    at = table.children.index(captions[0]) + 1 if captions else 0
    table.children.insert(at, head)
    for body in table.elements("tbody"):
        if not body.elements("tr"):
            table.children.remove(body)


def _caption_from(siblings):
    """The table's caption: one it has kept, else the paragraph just before it when that
    starts as a caption does; the paragraph then leaves the text (it becomes the caption)."""
    previous = next((i for i in range(len(siblings) - 1, -1, -1) if not _blank(siblings[i])), None)
    if previous is None:
        return None
    paragraph = siblings[previous]
    if not (isinstance(paragraph, Element) and paragraph.tag == "p"):
        return None
    if not CAPTION.match(paragraph.text()):
        return None
    del siblings[previous:]
    caption = Element("caption")
    caption.children = paragraph.children
    return caption


def _blank(node):
    return isinstance(node, str) and not node.strip()


def _region(table):
    """The table in a region of its own that scrolls sideways when the table is wider than
    the screen, so that the page never does (WCAG 1.4.10)."""
    captions = table.elements("caption")
    if captions:
        label = captions[0].text()
    else:
        headers = [cell.text().strip() for row in _rows(table)[:1] for cell in row.elements("th")]
        label = gettext("Table: %(headers)s") % {"headers": ", ".join(filter(None, headers))}
        if not any(headers):
            label = gettext("Table")
    region = Element(
        "div",
        {
            "class": "rich-table",
            "role": "region",
            "tabindex": "0",
            "aria-label": _plain(label)[:200],
        },
    )
    region.children.append(table)
    return region


def _plain(text):
    """Text with its character references read, for an attribute that escapes again."""
    return " ".join(unescape(text).split())


def plain_line(html):
    """HTML as one line of plain text, a space where each tag was (so that paragraphs do
    not run together): for a page's description in <head>."""
    return _plain(strip_tags(html.replace("<", " <")))


def plain_lines(rich_text):
    """Rich text as plain text: paragraphs and list items on lines of their own (open
    data)."""
    text = re.sub(r"<br\s*/?>", "\n", rich_text or "")
    text = re.sub(r"</(p|h[1-6]|blockquote|li|tr)>", "\n", text)
    text = unescape(strip_tags(text))
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
