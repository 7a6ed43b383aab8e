from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "tips"

# In the site's language; other languages' addresses redirect here (config/addresses.py).
urlpatterns = [
    path(_("tips/"), views.tip_form, name="send"),
    path(_("tips/sent/"), views.tip_sent, name="sent"),
    path(_("privacy/"), views.privacy, name="privacy"),
]
