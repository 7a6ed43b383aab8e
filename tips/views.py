"""The tip form, the receipt after sending, and the privacy page."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.db import IntegrityError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from projects.models import Project
from ratelimits.limits import count_and_check, hashed_client

from .forms import TipForm, cleaned_message, submission_id_of
from .models import Tip
from .tasks import save_and_queue_emails

logger = logging.getLogger(__name__)


def project_asked_for(request):
    slug = request.GET.get("prosjekt", "")
    # Only a slug can name a project. Anything else is not looked up: PostgreSQL refuses a
    # query holding a NUL character, which would be a server error, not "no project".
    if not slug_re.fullmatch(slug):
        return None
    return Project.objects.visible().filter(slug=slug).first()


def render_form(request, form, project, status=200):
    breadcrumbs = [{"title": _("Send a tip")}]
    if project:
        breadcrumbs.insert(0, {"title": project.title, "url": project.get_absolute_url()})
    context = {"form": form, "project": project, "breadcrumbs": breadcrumbs}
    return render(request, "tips/tip_form.html", context, status=status)


def to_receipt(tip):
    return redirect(f"{reverse('tips:sent')}?{urlencode({'kvittering': tip.receipt})}")


def tip_form(request):
    """GET shows the form. POST checks what costs nothing first (the rate limit, the hidden
    field, the form token), then the fields and the photo, and then stores the tip and
    queues its emails together. Sending the same form again stores nothing new and shows
    the same receipt."""
    project = project_asked_for(request)
    if request.method != "POST":
        return render_form(request, TipForm(project=project), project)

    if count_and_check("tips", request, settings.TIP_RATE_LIMIT):
        logger.warning("Tip refused: too many from one client")
        return render(request, "tips/refused.html", {"reason": "rate"}, status=429)

    if request.POST.get("website"):
        logger.warning("Tip refused: the hidden field was filled in")
        return render(request, "tips/refused.html", {"reason": "robot"}, status=400)

    def form_back_without_photo(error=None):
        # The photo is not opened for a form that goes back anyway.
        form = TipForm(request.POST, project=project, photo_set_aside="photo" in request.FILES)
        form.is_valid()  # every field's error at once, and a new form token
        if error:
            form.add_error("form_token", error)
        return render_form(request, form, project, status=400)

    try:
        submission_id = submission_id_of(request.POST.get("form_token"))
    except ValidationError:
        return form_back_without_photo()
    sent_before = Tip.objects.filter(submission_id=submission_id).first()
    if sent_before:
        if sent_before.message == cleaned_message(request.POST.get("message")):
            return to_receipt(sent_before)
        return form_back_without_photo(
            ValidationError(
                _("This form has already sent a tip. Check your new tip and send it again."),
                code="used",
            )
        )

    form = TipForm(request.POST, request.FILES, project=project)
    if not form.is_valid():
        return render_form(request, form, project, status=400)
    tip = form.save(commit=False)
    tip.client_hash = hashed_client(request)
    tip.submission_id = form.submission_id
    try:
        save_and_queue_emails(tip)
    except IntegrityError:
        # The same form sent twice at once: the other request stored it.
        tip = Tip.objects.filter(submission_id=form.submission_id).first()
        if tip is None:
            raise
    return to_receipt(tip)


@never_cache
def tip_sent(request):
    """The receipt: only for the one who sent the tip, who has its address."""
    tip = Tip.objects.with_receipt(request.GET.get("kvittering"))
    if tip is None:
        raise Http404
    return render(
        request,
        "tips/sent.html",
        {"tip": tip, "breadcrumbs": [{"title": _("Tip sent")}]},
    )


def privacy(request):
    return render(
        request,
        "tips/privacy.html",
        {
            "retention_days": settings.TIP_RETENTION_DAYS,
            "forget_days": settings.FOLLOW_FORGET_UNCONFIRMED_DAYS,
            "breadcrumbs": [{"title": _("Privacy")}],
        },
    )
