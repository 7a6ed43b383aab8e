"""Following by email, with no account: the sign-up form, the confirmation, the resident's
own page and the way out.

- The form (?project=, ?area=, ?theme= or nothing for the whole site) has the tip form's
  defences: the rate limit per client and the hidden field. It carries a CSRF token, so
  it is never stored in the page cache.
- The other pages are reached only by links signed with the site's secret
  (follows/links.py): whoever holds the link holds the address. They are never cached
  (never_cache: private, no-store), tell no one else's address, and answer any link,
  forged, damaged, expired or of an erased address, with a page that says so (never a
  server error).
- Opening a link changes nothing (mail scanners open links): a button does, with a POST.
  Unsubscribing also takes the POST mail programs send by themselves (RFC 8058
  List-Unsubscribe=One-Click), which carries no CSRF token: the signed link is what
  proves who asks.
- An address is kept only while it follows something: the last follow removed, the
  address goes too.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.validators import slug_re
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from projects.models import Area, Project, Theme
from ratelimits.limits import count_and_check

from .forms import FollowForm, FrequencyForm
from .links import RefusedLink, manage_path, read_confirmation_token, read_follower_token
from .models import Follower
from .signup_mail import sign_up

logger = logging.getLogger(__name__)

# What can be followed, by the name of its parameter in the form's address.
SUBJECTS = {
    "project": lambda: Project.objects.visible(),
    "area": lambda: Area.objects.all(),
    "theme": lambda: Theme.objects.visible(),
}


def subject_asked_for(query):
    """(kind, subject) for ?project=, ?area= or ?theme= naming one that residents see, or
    ("site", None) with none of them; Http404 for anything else."""
    given = [name for name in SUBJECTS if name in query]
    if not given:
        return "site", None
    slug = query.get(given[0], "")
    # Only a slug can name one: anything else (a NUL character, say) is not looked up.
    if len(given) > 1 or not slug_re.fullmatch(slug):
        raise Http404
    subject = SUBJECTS[given[0]]().filter(slug=slug).first()
    if subject is None:
        raise Http404
    return given[0], subject


def subject_query(kind, subject):
    return f"?{urlencode({kind: subject.slug})}" if subject else ""


def render_follow_form(request, form, kind, subject, status=200):
    context = {
        "form": form,
        "kind": kind,
        "subject": subject,
        "query": subject_query(kind, subject),
        "confirm_days": settings.FOLLOW_CONFIRM_DAYS,
        "breadcrumbs": [{"title": _("Follow by email")}],
    }
    if subject:
        context["breadcrumbs"].insert(0, {"title": str(subject), "url": subject.get_absolute_url()})
    return render(request, "follows/follow_form.html", context, status=status)


@never_cache
def follow(request):
    """GET shows the form. POST checks what costs nothing first (the rate limit, the hidden
    field), then the fields, then signs up and goes to a page that says the same whatever
    the address is."""
    kind, subject = subject_asked_for(request.GET)
    if request.method != "POST":
        return render_follow_form(request, FollowForm(), kind, subject)

    if count_and_check("follows", request, settings.FOLLOW_SIGNUP_RATE_LIMIT):
        logger.warning("Follow sign-up refused: too many from one client")
        return render(request, "follows/refused.html", {"reason": "rate"}, status=429)

    if request.POST.get("website"):
        logger.warning("Follow sign-up refused: the hidden field was filled in")
        return render(request, "follows/refused.html", {"reason": "robot"}, status=400)

    form = FollowForm(request.POST)
    if not form.is_valid():
        return render_follow_form(request, form, kind, subject, status=400)
    outcome = sign_up(
        form.cleaned_data["email"],
        form.cleaned_data["frequency"],
        **({kind: subject} if subject else {}),
    )
    logger.info("Follow sign-up: %s", outcome.value)
    return redirect(reverse("follows:sent") + subject_query(kind, subject))


def sent(request):
    """The same words whatever happened: never whether an address is known."""
    try:
        subject = subject_asked_for(request.GET)[1]
    except Http404:
        subject = None
    return render(
        request,
        "follows/sent.html",
        {
            "subject": subject,
            "confirm_days": settings.FOLLOW_CONFIRM_DAYS,
            "breadcrumbs": [{"title": _("Check your inbox")}],
        },
    )


def link_refused(request, reason):
    """A link that does not work, and why: "expired" (410), "gone" (the address was
    erased or stopped following, 410) or "invalid" (forged or damaged, 400)."""
    status = 400 if reason == "invalid" else 410
    return render(request, "follows/link_refused.html", {"reason": reason}, status=status)


def follower_of(token):
    """(follower, None), or (None, reason) when the link does not lead to one."""
    read = read_follower_token(token)
    if read is None:
        return None, "invalid"
    follower_id, email = read
    follower = Follower.objects.filter(pk=follower_id, email=email).first()
    return (follower, None) if follower else (None, "gone")


# What the resident is told after choosing how often (lazily: in the request's language).
SAVED_FREQUENCY = {
    Follower.Frequency.AT_ONCE: lambda: _("Saved. You get an email as soon as there is news."),
    Follower.Frequency.DAILY: lambda: _("Saved. You get at most one email a day."),
    Follower.Frequency.WEEKLY: lambda: _("Saved. You get at most one email a week."),
}


def stopped(request, email=""):
    """The page after the last email: nothing is kept any more."""
    return render(request, "follows/stopped.html", {"email": email})


@never_cache
def confirm(request, token):
    """GET shows what the link confirms and one button; the button's POST confirms and
    goes to the resident's own page."""
    try:
        follower_id, email, follow_ids = read_confirmation_token(token)
    except RefusedLink as refused:
        return link_refused(request, refused.reason)
    follower = Follower.objects.filter(pk=follower_id, email=email).first()
    follows = follower and list(follower.follows.filter(pk__in=follow_ids).with_subjects())
    if not follows:
        return link_refused(request, "gone")
    if request.method == "POST":
        follower.confirm(follow_ids)
        messages.success(
            request, _("Confirmed. You will get an email when there is news about what you follow.")
        )
        return redirect(manage_path(follower))
    waiting = [follow for follow in follows if follow.confirmed_at is None]
    context = {"follower": follower, "follows": follows, "all_confirmed": not waiting}
    context["manage_path"] = manage_path(follower)
    return render(request, "follows/confirm.html", context)


@never_cache
def manage(request, token):
    """The resident's own page: what the address follows, how often mail comes; removing a
    follow, changing how often, or stopping everything."""
    follower, refused = follower_of(token)
    if follower is None:
        return link_refused(request, refused)
    form = FrequencyForm(initial={"frequency": follower.frequency})
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "stop":
            email = follower.email
            follower.delete()
            return stopped(request, email)
        follow_id = request.POST.get("follow", "")
        follow = follower.follows.filter(pk=follow_id).first() if follow_id.isdigit() else None
        if action == "confirm":
            if follow is not None:
                follower.confirm([follow.pk])
                messages.success(request, _("Confirmed: you follow %(name)s.") % {"name": follow})
            return redirect(request.path)
        if action == "remove":
            if follow is not None:
                follow.delete()
                if not follower.follows.exists():
                    email = follower.email
                    follower.delete()
                    return stopped(request, email)
                messages.success(request, _("You no longer follow %(name)s.") % {"name": follow})
            return redirect(request.path)
        form = FrequencyForm(request.POST)
        if form.is_valid():
            follower.frequency = form.cleaned_data["frequency"]
            follower.save(update_fields=["frequency"])
            messages.success(request, SAVED_FREQUENCY[follower.frequency]())
            return redirect(request.path)
    follows = list(follower.follows.with_subjects())
    context = {
        "follower": follower,
        "following": [follow for follow in follows if follow.confirmed_at],
        "waiting": [follow for follow in follows if not follow.confirmed_at],
        "form": form,
    }
    status = 400 if form.is_bound else 200
    return render(request, "follows/manage.html", context, status=status)


@csrf_exempt
@never_cache
def unsubscribe(request, token):
    """GET shows one button; its POST, or a mail program's one-click POST, deletes the
    address and all it follows. Asking again, or for an address already gone, says the
    same: no more email."""
    follower, refused = follower_of(token)
    if refused == "invalid":
        return link_refused(request, refused)
    if request.method == "POST":
        email = follower.email if follower else ""
        if follower is not None:
            follower.delete()
            logger.info("A follower unsubscribed")
        return stopped(request, email)
    if follower is None:
        return stopped(request)
    return render(request, "follows/unsubscribe.html", {"follower": follower, "token": token})
