"""Tables in rich text: the editor's table extension, cleaned like the rest of the text, and
shown with header cells, a caption and a region that scrolls sideways on a phone."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from projects.models import Project
from projects.richtext import RICH_TEXT_EXTENSIONS, render_rich_text, sanitize_rich_text
from tests.base import make_project

pytestmark = pytest.mark.django_db

# As the editor (tiptap) writes a table with a header row: styles on the table and its
# columns, spans of 1 on every cell, a paragraph in each.
CELL = '<{tag} colspan="1" rowspan="1"><p>{text}</p></{tag}>'


def editor_row(tag, *texts):
    return "<tr>" + "".join(CELL.format(tag=tag, text=text) for text in texts) + "</tr>"


FROM_THE_EDITOR = (
    "<p>Tabell 1: Folketal i Lidal</p>"
    '<table style="min-width: 75px"><colgroup><col style="min-width: 25px"><col></colgroup>'
    "<tbody>"
    + editor_row("th", "År", "Folketal")
    + editor_row("td", "2008", "2 310")
    + editor_row("td", "2024", "2 190")
    + "</tbody></table>"
    "<p>Talet har gått ned.</p>"
)
HOSTILE_TABLE = (
    '<table class="x" onmouseover="alert(1)" style="position: fixed">'
    '<tr><th scope="javascript:alert(2)" colspan="99999" style="color: red">År</th>'
    '<th onclick="alert(3)">Tal</th></tr>'
    '<tr><td rowspan="2;x" class="big"><script>alert(4)</script>2008</td>'
    "<td><style>body { display: none }</style>"
    '<a href="javascript:alert(5)">5</a><img src="x" onerror="alert(6)"></td></tr>'
    "</table>"
)


def shown(html):
    return BeautifulSoup(render_rich_text(html), "html.parser")


def test_the_editor_offers_tables_with_header_cells():
    assert all(
        RICH_TEXT_EXTENSIONS[name] for name in ["Table", "TableRow", "TableHeader", "TableCell"]
    )


def test_a_table_keeps_its_cells_and_spans_and_loses_styles_and_scripts():
    cleaned = sanitize_rich_text(HOSTILE_TABLE)
    for danger in [
        "<script",
        "<style",
        "onclick",
        "onmouseover",
        "onerror",
        "javascript:",
        "style=",
        "class=",
        "<img",
        "99999",
        "2;x",
    ]:
        assert danger not in cleaned, danger
    page = BeautifulSoup(cleaned, "html.parser")
    assert [cell.get_text() for cell in page.find_all(["th", "td"])] == ["År", "Tal", "2008", "5"]

    kept = sanitize_rich_text(
        '<table><tr><th scope="row" colspan="2">A</th><td rowspan="3">B</td></tr></table>'
    )
    assert '<th scope="row" colspan="2">A</th>' in kept and '<td rowspan="3">B</td>' in kept


def test_the_editors_table_is_stored_clean_and_shown_with_head_scope_and_caption(client):
    project = make_project("Ny skule", slug="ny-skule")
    project.body = FROM_THE_EDITOR
    project.save()
    stored = Project.objects.get(pk=project.pk).body
    assert "style" not in stored and "colgroup" not in stored and 'colspan="1"' not in stored
    assert "<caption" not in stored and "scope" not in stored  # made as shown, not stored

    page = BeautifulSoup(client.get("/prosjekt/ny-skule/").text, "html.parser")
    region = page.select_one(".rich-text .rich-table")
    assert (region["role"], region["tabindex"]) == ("region", "0")
    assert region["aria-label"] == "Tabell 1: Folketal i Lidal"
    table = region.table
    assert table.caption.get_text() == "Tabell 1: Folketal i Lidal"
    assert [(th.get_text(), th["scope"]) for th in table.thead.find_all("th")] == [
        ("År", "col"),
        ("Folketal", "col"),
    ]
    assert [[td.get_text() for td in row.find_all("td")] for row in table.tbody.find_all("tr")] == [
        ["2008", "2 310"],
        ["2024", "2 190"],
    ]
    # The paragraph became the caption; the text after the table stays.
    assert "Tabell 1" not in page.select_one(".rich-text").find("p").get_text()
    assert "Talet har gått ned." in page.select_one(".rich-text").get_text()


def test_a_header_column_is_scoped_to_its_rows():
    page = shown(
        "<table><tr><th>År</th><th>Lidal</th><th>Vik</th></tr>"
        "<tr><th>2008</th><td>1</td><td>2</td></tr><tr><th>2024</th><td>3</td><td>4</td></tr></table>"
    )
    assert [th["scope"] for th in page.thead.find_all("th")] == ["col", "col", "col"]
    assert [th["scope"] for th in page.tbody.find_all("th")] == ["row", "row"]


def test_a_table_without_header_cells_reads_its_first_row_as_headers():
    page = shown("<table><tr><td>År</td><td>Tal</td></tr><tr><td>2008</td><td>5</td></tr></table>")
    assert [(th.get_text(), th["scope"]) for th in page.thead.find_all("th")] == [
        ("År", "col"),
        ("Tal", "col"),
    ]
    with translation.override("nn"):
        label = translation.gettext("Table: %(headers)s") % {"headers": "År, Tal"}
    assert page.select_one(".rich-table")["aria-label"] == label


@pytest.mark.parametrize(
    "before",
    ["<p>Folketal i Lidal</p>", "<h3>Tabell 1: Folketal</h3>", "<p>Sjå tabellen: her</p>"],
)
def test_only_a_paragraph_that_starts_as_a_caption_becomes_one(before):
    page = shown(before + "<table><tr><th>År</th></tr><tr><td>2008</td></tr></table>")
    assert not page.find("caption")
    assert page.find(["p", "h3"]).get_text() == BeautifulSoup(before, "html.parser").get_text()


@pytest.mark.parametrize("start", ["Table 2:", "Tabell:", "tabel 3 :", "TABELL 4.1:"])
def test_captions_are_found_in_each_language(start):
    page = shown(f"<p>{start} Tal</p><table><tr><th>År</th></tr><tr><td>2008</td></tr></table>")
    assert page.find("caption").get_text() == f"{start} Tal"


def test_text_without_a_table_is_shown_exactly_as_cleaned():
    texts = [
        '<p>Ope <strong>møte</strong> på <a href="https://example.org/plan?a=1&amp;b=2">planen</a></p>',
        "<h2>Kva skjer</h2><ul><li>Første&nbsp;punkt</li></ul>",
        "<blockquote><p>Sitat</p></blockquote>",
        '<ol start="3"><li>Tre</li></ol><p>Linje<br>to &lt;ikkje ein tag&gt;</p>',
        "",
    ]
    for text in texts:
        assert render_rich_text(text) == sanitize_rich_text(text)


def test_the_text_around_a_table_is_written_back_as_it_was():
    around = '<p>Før &amp; <em>etter</em>&nbsp;x <a href="https://example.org/?a=1&amp;b=2">lenkje</a></p>'
    html = render_rich_text(
        around + "<table><tr><th>A</th></tr><tr><td>1</td></tr></table>" + around
    )
    assert html.startswith(around) and html.endswith(around)


def test_the_rich_html_filter_shows_tables_readable_even_without_a_stored_copy():
    text = SimpleNamespace(body=FROM_THE_EDITOR, body_html="")
    html = Template('{% load rich_html %}{{ text|rich_html:"body" }}').render(
        Context({"text": text})
    )
    assert '<div class="rich-table" role="region" tabindex="0"' in html and "<caption>" in html


def test_a_table_inside_a_cell_is_made_readable_too():
    page = shown(
        "<table><tr><th>Ytre</th></tr><tr><td>"
        "<table><tr><td>Indre</td><td>x</td></tr><tr><td>1</td><td>2</td></tr></table>"
        "</td></tr></table>"
    )
    assert len(page.select(".rich-table")) == 2
    assert page.select(".rich-table .rich-table th[scope=col]")


def test_wide_tables_scroll_inside_their_region_and_print_whole():
    root = Path(__file__).resolve().parent.parent / "static/css"
    site = (root / "site.css").read_text()
    assert ".rich-table { position: relative; max-width: 100%; overflow-x: auto;" in site
    assert ".rich-table:focus-visible" in site
    print_css = (root / "print.css").read_text()
    assert ".rich-table, .table-scroll { overflow: visible !important" in print_css
    assert ".rich-table thead { display: table-header-group; }" in print_css
