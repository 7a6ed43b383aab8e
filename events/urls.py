from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("moete/", views.upcoming, name="upcoming"),
    path("moete/arkiv/", views.archive, name="archive"),
    path("moete/kalender.ics", views.feed, name="feed"),
    path("moete/<int:pk>/", views.detail, name="detail"),
    path("moete/<int:pk>/kalender.ics", views.event_ics, name="ics"),
]
