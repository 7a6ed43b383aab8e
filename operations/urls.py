from django.urls import path

from . import views

app_name = "operations"
urlpatterns = [
    # Untranslated and outside the language prefixes: a machine asks for them.
    path("health/", views.site_health, name="health"),
    path("health/app/", views.app_health, name="app_health"),
]
