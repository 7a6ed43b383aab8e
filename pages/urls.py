from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "pages"

# In the site's language; other languages' addresses redirect here (config/addresses.py).
urlpatterns = [
    path(_("pages/<slug:slug>/"), views.page, name="page"),
]
