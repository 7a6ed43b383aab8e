"""The site's URLs plus one public page nobody added to the checks."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *site_urlpatterns,
    path("ny-side/", lambda request: HttpResponse("Ny side"), name="unchecked"),
]
