"""Funding: sources with amount, currency and period per project, a table on the project's
page with a total per currency, and a page of all funding of the development work."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst

from projects.models import Funding, money
from tests.base import make_process_leader, make_project
from tests.test_milestones import change_url, plan_form
from tests.test_query_counts import count_queries

pytestmark = pytest.mark.django_db

NBSP = "\N{NO-BREAK SPACE}"


def make_funding(project, source="Tillväxtverket", amount="1200000", **fields):
    return Funding.objects.create(project=project, source=source, amount=Decimal(amount), **fields)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def cells(row):
    return [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]


def funding_url():
    return reverse("projects:funding")


def in_nynorsk(text, **values):
    with translation.override("nn"):
        return capfirst(translation.gettext(str(text)) % values)


# The model's rules


def test_an_amount_cannot_be_negative():
    funding = Funding(project=make_project(), source="Kommunen", amount=Decimal("-1"))

    with pytest.raises(ValidationError) as refused:
        funding.full_clean()
    assert "amount" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        funding.save()


def test_the_last_year_cannot_come_before_the_first():
    funding = Funding(
        project=make_project(), source="Kommunen", amount=1, from_year=2026, to_year=2024
    )

    with pytest.raises(ValidationError) as refused:
        funding.full_clean()
    assert "to_year" in refused.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        funding.save()


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("nn", f"1{NBSP}200{NBSP}000{NBSP}NOK"),
        ("en", f"1,200,000{NBSP}NOK"),
        ("da", f"1.200.000{NBSP}NOK"),
    ],
)
def test_an_amount_is_written_as_the_language_writes_numbers(language, shown):
    with translation.override(language):
        assert money(Decimal("1200000.00"), "NOK") == shown
        assert money(Decimal("250.5"), "EUR").endswith(f"50{NBSP}EUR")


def test_the_period_reads_as_years():
    assert Funding(from_year=2024, to_year=2026).period == "2024–2026"
    assert Funding(from_year=2024, to_year=2024).period == "2024"
    assert Funding().period == ""


# The admin


FUNDING_ROW = {
    "source": "Tillväxtverket",
    "kind": "state",
    "amount": "1 200 000,50",
    "currency": "SEK",
    "from_year": "2024",
    "to_year": "2026",
    "position": "0",
}


@pytest.fixture
def leader(client):
    client.force_login(make_process_leader())
    return client


def test_the_process_leader_adds_funding_with_a_decimal_comma(leader):
    project = make_project()

    response = leader.post(change_url(project), plan_form(project, funding=[FUNDING_ROW]))

    assert response.status_code == 302
    funding = project.funding.get()
    assert (funding.amount, funding.currency) == (Decimal("1200000.50"), "SEK")


def test_wrong_funding_comes_back_with_each_error_beside_its_field(leader):
    project = make_project()
    row = FUNDING_ROW | {"amount": "-5", "from_year": "2026", "to_year": "2024"}

    response = leader.post(change_url(project), plan_form(project, funding=[row]))

    assert response.status_code == 200
    assert not Funding.objects.exists()
    page = BeautifulSoup(response.text, "html.parser")
    assert page.select_one("#id_funding-0-amount_error")
    # The years are checked once the amount is right.
    fixed = row | {"amount": "5"}
    page = BeautifulSoup(
        leader.post(change_url(project), plan_form(project, funding=[fixed])).text, "html.parser"
    )
    assert page.select_one("#id_funding-0-to_year_error")
    assert page.select_one("#id_funding-0-source")["value"] == "Tillväxtverket"


# The project page


def test_the_project_page_shows_a_funding_table_with_a_total_per_currency(client):
    project = make_project()
    make_funding(project, "Kommunen", "200000", kind="municipality", from_year=2024)
    make_funding(project, "Fylkeskommunen", "300000", kind="region")
    make_funding(project, "Interreg", "50000", currency="EUR", kind="eu")

    table = soup(client.get(project.get_absolute_url())).select_one(".project__funding table")

    assert table.caption.get_text(strip=True)
    assert [th["scope"] for th in table.thead.find_all("th")] == ["col"] * 3
    source, period, amount = cells(table.tbody.find_all("tr")[0])
    assert source.startswith("Kommunen") and period.endswith(" 2024")
    assert amount == f"200{NBSP}000{NBSP}NOK"
    totals = [cells(row) for row in table.tfoot.find_all("tr")]
    assert [total[-1] for total in totals] == [f"500{NBSP}000{NBSP}NOK", f"50{NBSP}000{NBSP}EUR"]
    section = table.find_parent("section")
    assert section.find("a", href=funding_url())


def test_a_project_without_funding_has_no_funding_section(client):
    project = make_project()

    page = soup(client.get(project.get_absolute_url()))

    assert page.select_one(".project__funding") is None


# The funding page


def test_the_funding_page_totals_per_project_per_kind_and_in_all_per_currency(client):
    school = make_project("Ny skule", slug="ny-skule")
    make_funding(school, "Kommunen", "1000000", kind="municipality")
    make_funding(school, "Staten", "500000", kind="state")
    harbour = make_project("Ny hamn", slug="ny-hamn")
    make_funding(harbour, "Kommunen", "250000", kind="municipality")
    make_funding(harbour, "Interreg", "40000", kind="eu", currency="EUR")
    make_project("Utan pengar", slug="utan-pengar")

    page = soup(client.get(funding_url()))

    by_project, by_kind = page.select("table.money-table")
    head = cells(by_project.thead.tr)
    assert head[1:] == [
        in_nynorsk("Total in %(currency)s", currency="NOK"),
        in_nynorsk("Total in %(currency)s", currency="EUR"),
    ]
    assert [cells(row) for row in by_project.tbody.find_all("tr")] == [
        ["Ny hamn", f"250{NBSP}000{NBSP}NOK", f"40{NBSP}000{NBSP}EUR"],
        ["Ny skule", f"1{NBSP}500{NBSP}000{NBSP}NOK", "–"],
    ]
    assert cells(by_project.tfoot.tr)[1:] == [
        f"1{NBSP}750{NBSP}000{NBSP}NOK",
        f"40{NBSP}000{NBSP}EUR",
    ]
    kinds = {cells(row)[0]: cells(row)[1:] for row in by_kind.tbody.find_all("tr")}
    assert kinds[in_nynorsk(Funding.Kind.MUNICIPALITY.label)] == [
        f"1{NBSP}250{NBSP}000{NBSP}NOK",
        "–",
    ]
    assert kinds[in_nynorsk(Funding.Kind.EU.label)] == ["–", f"40{NBSP}000{NBSP}EUR"]
    assert "Utan pengar" not in page.get_text()
    for table in (by_project, by_kind):
        assert table.caption.get_text(strip=True)
        assert all(th.get("scope") in ("col", "row") for th in table.find_all("th"))


def test_an_unpublished_projects_funding_is_nowhere_on_the_funding_page(client):
    make_funding(make_project("Open", slug="open"), "Kommunen", "100")
    hidden = make_project("Løynd", slug="loynd", is_published=False)
    make_funding(hidden, "Løynleg kjelde", "999999")

    page = soup(client.get(funding_url())).get_text()

    assert "Løynd" not in page and "Løynleg kjelde" not in page
    assert "999" not in page
    assert f"100{NBSP}NOK" in page


def test_without_published_funding_the_page_says_so(client):
    make_funding(make_project("Løynd", slug="loynd", is_published=False), "Kommunen", "100")

    page = soup(client.get(funding_url()))

    assert not page.select("table")
    assert page.h1


def test_the_funding_page_costs_the_same_with_3_and_30_projects(client):
    def add_projects(first, last):
        for number in range(first, last):
            project = make_project(f"Prosjekt {number}", slug=f"prosjekt-{number}")
            make_funding(project, "Kommunen", "1000", kind="municipality")
            make_funding(project, "EU", "10", kind="eu", currency="EUR")

    add_projects(0, 3)
    with_few = count_queries(client, funding_url())
    add_projects(3, 30)
    with_many = count_queries(client, funding_url())

    assert with_few == with_many


# The page cache


def test_new_funding_shows_at_once_on_cached_pages(client):
    project = make_project()
    make_funding(project, "Kommunen", "1000")
    for url in (funding_url(), project.get_absolute_url()):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    make_funding(project, "Sparebankstiftinga", "2500", kind="foundation")

    for url in (funding_url(), project.get_absolute_url()):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss"
        assert f"3{NBSP}500{NBSP}NOK" in response.text
    assert "Sparebankstiftinga" in client.get(project.get_absolute_url()).text
