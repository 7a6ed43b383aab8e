"""The funding of the development work as a whole: what each published project is funded
with (a page of projects at a time), what each kind of source gives, and the sum of it all.
Added up in the database, per currency: amounts in different currencies are never added
together."""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .models import Funding, Project, money

# Rows of the table per project: the page stays well under 50 KB however many are funded.
FUNDED_PROJECTS_PER_PAGE = 50


def by_currency(totals, key):
    """Rows of totals(key) -> {value of key: {currency: total}}."""
    table = {}
    for row in totals:
        table.setdefault(row[key], {})[row["currency"]] = row["total"]
    return table


def amounts_in(sums, currencies):
    """One cell per currency column: the amount as residents read it, or None."""
    return [
        money(sums[currency], currency) if currency in sums else None for currency in currencies
    ]


@require_safe
def funding_page(request):
    funding = Funding.objects.of_visible_projects()
    grand_totals = {row["currency"]: row["total"] for row in funding.totals()}
    currencies = sorted(grand_totals, key=Funding.currency_order)
    per_kind = by_currency(funding.totals("kind"), "kind")
    funded = Project.objects.visible().filter(Exists(funding.filter(project=OuterRef("pk"))))
    # get_page turns a page number that is not one, or too high, into a page that is.
    page = Paginator(funded.order_by("title", "pk"), FUNDED_PROJECTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    projects = list(page.object_list)
    per_project = by_currency(funding.filter(project__in=projects).totals("project"), "project")
    return render(
        request,
        "projects/funding.html",
        {
            "currencies": currencies,
            "page": page,
            "project_rows": [
                {"project": project, "amounts": amounts_in(per_project[project.pk], currencies)}
                for project in projects
            ],
            "kind_rows": [
                {"label": capfirst(kind.label), "amounts": amounts_in(per_kind[kind], currencies)}
                for kind in Funding.Kind
                if kind in per_kind
            ],
            "grand_totals": amounts_in(grand_totals, currencies),
            "breadcrumbs": [{"title": _("Funding")}],
        },
    )
