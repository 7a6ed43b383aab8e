"""DCAT-AP metadata of the open data (JSON-LD), for national data portals to harvest
(data.norge.no, dataportal.se, data.gov.dk).

One dcat:Catalog published by the site; a dcat:Dataset per open dataset with a
dcat:Distribution per file format (CSV and JSON), each with its download address, format
and media type and the licence chosen in site settings (as a URI of the EU's licence
vocabulary); and the JSON API as a dcat:DataService. Vocabularies are the EU
Publications Office's, as DCAT-AP asks: languages, file types, data themes, access rights.
"""

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.addresses import absolute_url
from pagecache.models import ContentGeneration
from projects.context_processors import site
from updates.models import StatusUpdate

from .api import SERVED_BY_API, kept_response, machine_readable, site_licence
from .datasets import DATASETS
from .formats import JSON_LD_CONTENT_TYPE, json_bytes

EU = "http://publications.europa.eu/resource/authority/"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
LANGUAGES = {"nn": "NNO", "nb": "NOB", "sv": "SWE", "da": "DAN", "en": "ENG"}
FILE_TYPES = {
    "csv": (f"{EU}file-type/CSV", "https://www.iana.org/assignments/media-types/text/csv"),
    "json": (
        f"{EU}file-type/JSON",
        "https://www.iana.org/assignments/media-types/application/json",
    ),
}
# Regions and cities: what local development is filed under in the EU's data themes.
DATA_THEME = f"{EU}data-theme/REGI"
PUBLIC_ACCESS = f"{EU}access-right/PUBLIC"


def text(value):
    return {"@value": str(value), "@language": get_language()}


def uri(address):
    return {"@id": address}


def last_modified():
    """When the public content last changed: the latest save or delete, or the latest
    update that went public since (a scheduled one saves nothing when its time comes)."""
    changed = ContentGeneration.objects.filter(pk=1).values_list("changed_at", flat=True).first()
    published = StatusUpdate.objects.public().aggregate(newest=Max("published_at"))["newest"]
    moments = [moment for moment in (changed, published) if moment]
    return max(moments) if moments else None


def catalogue(request):
    site_name = site(request)["site_settings"].site_name
    licence = uri(site_licence(request).uri)
    language = uri(f"{EU}language/{LANGUAGES.get(get_language(), 'NNO')}")
    page = absolute_url(reverse("opendata:page"))
    publisher = {"@id": f"{settings.SITE_URL}/#publisher", "@type": "foaf:Agent"}
    publisher["foaf:name"] = site_name
    modified = last_modified()
    dated = {}
    if modified:
        moment = timezone.localtime(modified).isoformat(timespec="seconds")
        dated = {"dct:modified": {"@value": moment, "@type": "xsd:dateTime"}}

    def dataset_id(dataset):
        return f"{page}#dataset-{dataset.name}"

    def distribution(dataset, file_format):
        file_type, media_type = FILE_TYPES[file_format]
        return {
            "@id": f"{page}#dataset-{dataset.name}-{file_format}",
            "@type": "dcat:Distribution",
            "dct:title": text(f"{dataset.title} ({file_format.upper()})"),
            "dcat:accessURL": uri(dataset_id(dataset)),
            "dcat:downloadURL": uri(
                absolute_url(reverse("opendata:api:file", args=[dataset.name, file_format]))
            ),
            "dct:format": uri(file_type),
            "dcat:mediaType": uri(media_type),
            "dct:license": licence,
        } | dated

    api_root = absolute_url(reverse("opendata:api:index"))
    return {
        "@context": CONTEXT,
        "@id": absolute_url(reverse("opendata:api:dcat")),
        "@type": "dcat:Catalog",
        "dct:title": text(site_name),
        "dct:description": text(
            _(
                "Open data about the local development work of %(site)s: projects, status "
                "updates, meetings, key figures, areas, target areas, strategies and funding."
            )
            % {"site": site_name}
        ),
        "dct:publisher": publisher,
        "dct:language": language,
        "dct:license": licence,
        "foaf:homepage": uri(f"{settings.SITE_URL}/"),
        "dcat:service": [
            {
                "@id": api_root,
                "@type": "dcat:DataService",
                "dct:title": text(_("Read-only JSON API of %(site)s") % {"site": site_name}),
                "dcat:endpointURL": uri(api_root),
                "dcat:endpointDescription": uri(f"{page}#api"),
                "dct:license": licence,
                "dcat:servesDataset": [uri(dataset_id(dataset)) for dataset in SERVED_BY_API],
            }
        ],
        "dcat:dataset": [
            {
                "@id": dataset_id(dataset),
                "@type": "dcat:Dataset",
                "dct:identifier": dataset_id(dataset),
                "dct:title": text(dataset.title),
                "dct:description": text(dataset.description),
                "dct:publisher": uri(publisher["@id"]),
                "dct:language": language,
                "dct:accessRights": uri(PUBLIC_ACCESS),
                "dcat:theme": uri(DATA_THEME),
                "dcat:landingPage": uri(dataset_id(dataset)),
                "dcat:distribution": [
                    distribution(dataset, "csv"),
                    distribution(dataset, "json"),
                ],
            }
            | dated
            for dataset in DATASETS.values()
        ],
    } | dated


@machine_readable
def dcat_catalogue(request):
    return kept_response(
        request,
        "open-data-dcat",
        lambda: json_bytes(catalogue(request)),
        content_type=JSON_LD_CONTENT_TYPE,
    )
