from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("prosjekt/<slug:slug>/", views.project_detail, name="detail"),
    path("tilgjengelegheit/", views.accessibility_statement, name="accessibility"),
]
