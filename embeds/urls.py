from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "embeds"

# In the site's language, like every address of the site (projects/urls.py).
urlpatterns = [
    path(_("embed/projects/"), views.all_projects, name="projects"),
    path(_("embed/projects/<slug:slug>/"), views.project_card, name="project"),
    path(_("embed/areas/<slug:slug>/"), views.area_projects, name="area"),
    path(_("embed/target-areas/<slug:slug>/"), views.theme_projects, name="theme"),
]
