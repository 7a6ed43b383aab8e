"""My reminders (each person's own choice about the weekly email) and the one-click way
out that every email links to.

The way out needs no login: the link carries a token signed with the site's secret key,
naming one user. Opening it changes nothing (mail scanners open links); the button on
the page does, with a POST.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .digest import digest_for, process_leaders
from .forms import DigestPreferenceForm
from .models import DigestPreference, DigestSchedule, WeeklyDigest
from .tasks import update_form_url, user_id_from_token


def _reminders_context(user):
    """What My reminders shows besides the form: when, what it would list now, and why
    someone might get nothing."""
    projects = digest_for(user).projects
    for project in projects:
        project.update_url = update_form_url(project)
    return {
        "schedule": DigestSchedule.load(),
        "stale_after_days": settings.STALE_AFTER_DAYS,
        "is_process_leader": process_leaders().filter(pk=user.pk).exists(),
        "projects_now": projects,
        "last_digest": WeeklyDigest.objects.filter(user=user, sent_at__isnull=False).first(),
    }


@require_http_methods(["GET", "POST"])
def my_reminders(request, site):
    user = request.user
    preference = DigestPreference.objects.filter(user=user).first() or DigestPreference(user=user)
    # An unticked box posts nothing: an empty POST is still a POST.
    posted = request.POST if request.method == "POST" else None
    form = DigestPreferenceForm(posted, instance=preference)
    if form.is_valid():
        form.save()
        if form.instance.is_subscribed:
            messages.success(request, _("The weekly email is on for you."))
        else:
            messages.success(request, _("The weekly email is off for you."))
        return redirect(f"{site.name}:nudges_digestpreference_changelist")
    context = site.each_context(request) | _reminders_context(user)
    context |= {
        "title": _("My reminders"),
        "form": form,
        "can_change_schedule": request.user.has_perm("nudges.change_digestschedule"),
    }
    return render(request, "nudges/my_reminders.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token, site):
    user_id = user_id_from_token(token)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    context = site.each_context(request) | {"title": _("Stop the weekly email"), "person": user}
    if user is None:
        response = render(request, "nudges/unsubscribe.html", context, status=404)
    elif request.method == "POST":
        DigestPreference.subscribe(user, False)
        return redirect(request.path)
    else:
        context["is_subscribed"] = DigestPreference.is_subscribed_for(user)
        response = render(request, "nudges/unsubscribe.html", context)
    # The admin's pages have a stricter policy than the site's; this one is an admin page.
    response._csp_config = settings.SECURE_CSP_ADMIN
    return response
