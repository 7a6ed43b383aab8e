"""The tip form as a project's page (and the tip page for that project) shows it before
anything is written in it.

It is the same for every project but for the project's key and address, and the values
made for each request (the CSRF token and the form token), yet its eleven fields cost some
4 ms of every project page made afresh: Django renders each field's label, widget, help and
errors from templates. So it is rendered once per process and language, for a stand-in
project, the way a template is compiled once; each page then puts in its project's key and
address, and fills in this request's values as a kept fragment does (pagecache.fresh). It
holds nothing from the database, so no content change can make it stale; a changed setting
forgets it.
"""

from urllib.parse import quote

from django.core.signals import setting_changed
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from config.stand_ins import stand_in
from pagecache.fresh import filled, with_placeholders
from projects.models import Project

from .forms import TipForm

# A key and an address no project has, each written exactly once in the rendered form.
STAND_IN_PK = 9_007_199_254_740_881
STAND_IN_SLUG = "framdrift-tip-form-stand-in"

# Language -> the form rendered for the stand-in, its fresh values as placeholders; or
# None where the stand-ins could not be told apart from the rest (then it is rendered).
_rendered_forms = {}


def blank_tip_form(request, project):
    """The HTML of TipForm(project=project), unbound, for this request."""
    language = get_language()
    if language not in _rendered_forms:
        _rendered_forms[language] = _rendered_for_stand_in(request)
    html = _rendered_forms[language]
    if html is None:
        html = with_placeholders(_render(request, project), request)
    else:
        html = html.replace(str(STAND_IN_PK), str(project.pk)).replace(
            STAND_IN_SLUG, quote(project.slug)
        )
    # Only ever what tips/_form.html rendered, escaped as it was then.
    return mark_safe(filled(html, request))


def _render(request, project):
    return render_to_string(
        "tips/_form.html", {"form": TipForm(project=project), "project": project}, request
    )


def _rendered_for_stand_in(request):
    project = stand_in(Project, {"pk": STAND_IN_PK, "slug": STAND_IN_SLUG})
    html = with_placeholders(_render(request, project), request)
    if html.count(str(STAND_IN_PK)) != 1 or html.count(STAND_IN_SLUG) != 1:
        return None
    return html


def _forget(**kwargs):
    _rendered_forms.clear()


setting_changed.connect(_forget)
