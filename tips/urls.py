from django.urls import path

from . import views

app_name = "tips"

urlpatterns = [
    path("tips/", views.tip_form, name="send"),
    path("tips/sendt/", views.tip_sent, name="sent"),
    path("personvern/", views.privacy, name="privacy"),
]
