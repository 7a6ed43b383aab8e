"""Building the POST data of admin change forms, inlines included."""


def management_form(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def inline_rows(prefix, rows, initial=0):
    """Management data and fields for an inline; rows is a list of dicts."""
    data = management_form(prefix, total=len(rows), initial=initial)
    for index, row in enumerate(rows):
        for field, value in row.items():
            data[f"{prefix}-{index}-{field}"] = value
    return data


PROJECT_INLINES = [
    "images",
    "documents",
    "phases",
    "milestones",
    "funding",
    "links",
    "partners",
    "contacts",
    "steering_groups",
]


def project_form(project=None, inlines=None, **fields):
    data = {
        "title": "Ny bustad i Nedre Li",
        "slug": "ny-bustad-i-nedre-li",
        "summary": "Kommunen byggjer utleigebustader.",
        "body": "<p>Tekst</p>",
        "status": "planned",
        "progress": "",
        "starts_on": "",
        "ends_on": "",
        "lead_organisation": "",
        "how_to_get_involved": "",
        # Part of a plan: none, so its progress is its own.
        "parent": "",
        "weight": "1",
        "progress_from": "own",
        "is_published": "on",
    }
    if project is not None:
        data |= {
            "title": project.title,
            "slug": project.slug,
            "summary": project.summary,
            "status": project.status,
        }
    data |= fields
    for prefix in PROJECT_INLINES:
        data |= management_form(prefix)
    for prefix, rows in (inlines or {}).items():
        data |= inline_rows(prefix, rows)
    return data
