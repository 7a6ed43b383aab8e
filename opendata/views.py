"""The open-data page (every dataset, its fields, its files, the API and the licence) and
the files themselves."""

import json

from django.shortcuts import render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from config.addresses import absolute_url
from config.numbers import format_number
from projects.context_processors import site
from projects.models import Status

from .api import PAGE_SIZE, ApiError, kept_response, machine_readable, site_licence
from .datasets import DATASETS, PROJECTS
from .formats import CSV_CONTENT_TYPE, JSON_CONTENT_TYPE, csv_bytes, for_json, json_bytes

FORMATS = {"csv": CSV_CONTENT_TYPE, "json": JSON_CONTENT_TYPE}


def file_url(dataset, file_format):
    return reverse("opendata:api:file", args=[dataset.name, file_format])


def api_example(request, project_count):
    """The first page of projects as the API gives it, cut to its first project, for the
    documentation; empty before there is a project."""
    rows = PROJECTS.rows_of(PROJECTS.queryset()[:1])
    if not rows:
        return ""
    example = {
        "count": project_count,
        "next": None,
        "previous": None,
        "licence": site_licence(request).as_json(),
        "results": rows,
    }
    if project_count > PAGE_SIZE:
        example["next"] = absolute_url(f"{reverse('opendata:api:projects')}?page=2")
    return json.dumps(for_json(example), ensure_ascii=False, indent=2)


@require_safe
def open_data_page(request):
    datasets = []
    for dataset in DATASETS.values():
        count = dataset.count()
        datasets.append(
            {
                "dataset": dataset,
                "count": count,
                "shown_count": format_number(count),
                "csv_url": file_url(dataset, "csv"),
                "json_url": file_url(dataset, "json"),
            }
        )
    return render(
        request,
        "opendata/open_data.html",
        {
            "datasets": datasets,
            "licence": site_licence(request),
            "api_root": absolute_url(reverse("opendata:api:index")),
            "dcat_url": absolute_url(reverse("opendata:api:dcat")),
            "page_size": PAGE_SIZE,
            "statuses": Status.choices,
            "example": api_example(request, datasets[0]["count"]),
            "breadcrumbs": [{"title": _("Open data")}],
        },
    )


def file_contents(request, dataset, file_format):
    """A whole dataset as CSV, or as JSON with its licence and field descriptions."""
    rows = dataset.rows()
    if file_format == "csv":
        return csv_bytes(dataset.field_names, rows)
    return json_bytes(
        {
            "dataset": dataset.name,
            "title": dataset.title,
            "description": dataset.description,
            "publisher": site(request)["site_settings"].site_name,
            "source": absolute_url(reverse("opendata:page")),
            "licence": site_licence(request).as_json(),
            "fields": [
                {"name": field.name, "type": field.kind, "description": field.description}
                for field in dataset.fields
            ],
            "rows": rows,
        }
    )


@machine_readable
def dataset_file(request, name, file_format):
    dataset = DATASETS.get(name)
    if dataset is None or file_format not in FORMATS:
        raise ApiError(404, _("There is no such dataset or format."))
    response = kept_response(
        request,
        "open-data-file",
        lambda: file_contents(request, dataset, file_format),
        dataset.name,
        file_format,
        content_type=FORMATS[file_format],
    )
    # Named by the dataset (projects.csv); a spreadsheet is saved, JSON may be read at once.
    response["Content-Disposition"] = content_disposition_header(
        file_format == "csv", f"{dataset.name}.{file_format}"
    )
    return response
