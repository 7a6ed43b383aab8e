from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import area_views, funding_views, library_views, people_views, views

app_name = "projects"

# In the site's language; other languages' addresses redirect here (config/addresses.py).
urlpatterns = [
    path("", views.overview, name="overview"),
    path(_("projects/<slug:slug>/"), views.project_detail, name="detail"),
    path(_("documents/<int:pk>/<str:filename>"), views.document_download, name="document"),
    path(_("documents/"), library_views.document_library, name="documents"),
    path(_("accessibility/"), views.accessibility_statement, name="accessibility"),
    path(_("news/"), views.news, name="news"),
    path(_("news/<int:pk>/"), views.update_page, name="update"),
    path(_("areas/"), area_views.areas_page, name="areas"),
    path(_("areas/<slug:slug>/"), area_views.area_page, name="area"),
    path(_("target-areas/"), views.themes_page, name="themes"),
    path(_("target-areas/<slug:slug>/"), area_views.theme_page, name="theme"),
    path(_("strategies/<slug:slug>/"), area_views.strategy_page, name="strategy"),
    path(_("funding/"), funding_views.funding_page, name="funding"),
    path(_("groups/"), people_views.groups_page, name="groups"),
    path(_("contact/"), people_views.contacts_page, name="contacts"),
    path(_("about/"), views.about_page, name="about"),
]
