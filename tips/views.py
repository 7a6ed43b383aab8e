"""The tip form, the page after sending, and the privacy page."""

import logging

from django.conf import settings
from django.core.validators import slug_re
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from projects.models import Project

from .forms import TipForm
from .models import hash_client_address
from .tasks import send_emails_about

logger = logging.getLogger(__name__)


def client_address(request):
    # CLIENT_IP_HEADER names the header a trusted proxy sets; the first address in it is
    # the client's.
    value = request.META.get(settings.CLIENT_IP_HEADER) or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[0].strip()


def hashed_client(group, request):
    return hash_client_address(client_address(request))


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


def tip_form(request):
    """GET shows the form; POST saves the tip first of all, then queues the emails."""
    project = project_asked_for(request)
    if request.method != "POST":
        return render_form(request, TipForm(project=project), project)

    if is_ratelimited(
        request, group="tips", key=hashed_client, rate=settings.TIP_RATE_LIMIT, increment=True
    ):
        logger.warning("Tip refused: too many from one client")
        return render(request, "tips/refused.html", {"reason": "rate"}, status=429)

    form = TipForm(request.POST, request.FILES, project=project)
    if form.is_honeypot_filled:
        logger.warning("Tip refused: the hidden field was filled in")
        return render(request, "tips/refused.html", {"reason": "robot"}, status=400)
    if not form.is_valid():
        return render_form(request, form, project, status=400)

    tip = form.save(commit=False)
    tip.client_hash = hashed_client("tips", request)
    tip.save()
    send_emails_about(tip)
    request.session["tip_sent"] = {
        "project": tip.project.title if tip.project else "",
        "project_url": tip.project.get_absolute_url() if tip.project else "",
        "email": bool(tip.email),
        "wants_answer": tip.wants_answer,
        "wants_to_help": tip.wants_to_help,
    }
    return redirect("tips:sent")


def tip_sent(request):
    return render(
        request,
        "tips/sent.html",
        {"sent": request.session.pop("tip_sent", None), "breadcrumbs": [{"title": _("Tip sent")}]},
    )


def privacy(request):
    return render(
        request,
        "tips/privacy.html",
        {
            "retention_days": settings.TIP_RETENTION_DAYS,
            "breadcrumbs": [{"title": _("Privacy")}],
        },
    )
