from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("prosjekt/<slug:slug>/", views.project_detail, name="detail"),
    path("dokument/<int:pk>/<str:filename>", views.document_download, name="document"),
    path("tilgjengelegheit/", views.accessibility_statement, name="accessibility"),
    path("aktuelt/", views.news, name="news"),
    path("omraade/<slug:slug>/", views.area_page, name="area"),
    path("satsingsomraade/", views.themes_page, name="themes"),
    path("satsingsomraade/<slug:slug>/", views.theme_page, name="theme"),
    path("grupper/", views.groups_page, name="groups"),
    path("kontakt/", views.contacts_page, name="contacts"),
    path("om/", views.about_page, name="about"),
]
