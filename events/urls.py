from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "events"

# In the site's language; other languages' addresses redirect here (config/addresses.py).
urlpatterns = [
    path(_("meetings/"), views.upcoming, name="upcoming"),
    path(_("meetings/archive/"), views.archive, name="archive"),
    path(_("meetings/calendar.ics"), views.feed, name="feed"),
    path(_("meetings/<int:pk>/"), views.detail, name="detail"),
    path(_("meetings/<int:pk>/calendar.ics"), views.event_ics, name="ics"),
]
