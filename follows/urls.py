from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "follows"

# In the site's language; other languages' addresses redirect here (config/addresses.py).
urlpatterns = [
    path(_("follow/"), views.follow, name="follow"),
    path(_("follow/check-your-inbox/"), views.sent, name="sent"),
    path(_("follow/confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("follow/yours/<str:token>/"), views.manage, name="manage"),
    path(_("follow/stop/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
