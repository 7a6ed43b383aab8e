from django.urls import path

from . import views

app_name = "figures"

urlpatterns = [
    path("noekkeltal/", views.index, name="index"),
]
