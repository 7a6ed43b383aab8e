from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import api, dcat, views

app_name = "opendata"

# What programs fetch: the same addresses in every language (a data portal registers them
# once), under the nested namespace "api" (no HTML page, so not in the pages' checks).
api_patterns = [
    path("", api.index, name="index"),
    path("dcat.jsonld", dcat.dcat_catalogue, name="dcat"),
    path("datasets/<slug:name>.<str:file_format>", views.dataset_file, name="file"),
    path("projects/", api.projects, name="projects"),
    path("projects/<slug:slug>/", api.project, name="project"),
    path("updates/", api.updates, name="updates"),
    path("events/", api.events, name="events"),
    path("areas/", api.areas, name="areas"),
    path("themes/", api.themes, name="themes"),
]

# The page in the site's language; other languages' addresses redirect here
# (config/addresses.py).
urlpatterns = [
    path(_("open-data/"), views.open_data_page, name="page"),
    path("api/v1/", include((api_patterns, "api"))),
]
