"""Residents who follow get an email when something they follow becomes public: a status
update, a new meeting, a new document. The worker finds it, and the email goes through a
real SMTP server on loopback (aiosmtpd), with one-click unsubscribe headers that work."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.utils import formats, translation
from django.utils.translation import gettext, ngettext

from events.models import Event
from follows.announcements import announce_what_became_public
from follows.links import manage_url, read_follower_token, unsubscribe_url
from follows.mailings import queue_due_mailings
from follows.models import Announcement, Follow, Follower
from projects.models import Document, Status
from tests.base import make_area, make_project, make_theme, make_update
from tests.test_digest import Inbox
from tests.test_tip_mail import running_mail_server

pytestmark = pytest.mark.django_db(transaction=True)

OSLO = ZoneInfo("Europe/Oslo")
MONDAY_NOON = datetime(2026, 6, 15, 12, 0, tzinfo=OSLO)
YESTERDAY = MONDAY_NOON - timedelta(days=1)


@pytest.fixture
def smtp(settings):
    yield from running_mail_server(settings, Inbox())


def at(moment):
    return time_machine.travel(moment, tick=False)


def worker_runs(moment):
    """What the worker does at `moment`: its look for news and due mail (check_follows,
    called here without its safety net so that a fault fails the test), then the tasks."""
    with at(moment):
        announce_what_became_public()
        queued = queue_due_mailings()
        call_command("worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    return queued


def follower(email, confirmed_at=YESTERDAY, frequency="at_once", follow_confirmed=True, **what):
    """A resident following `what` (project=, area=, theme=, or nothing for the site)."""
    with at(confirmed_at):
        person, _ = Follower.objects.get_or_create(
            email=email, defaults={"frequency": frequency, "confirmed_at": confirmed_at}
        )
        Follow.objects.create(
            follower=person, confirmed_at=confirmed_at if follow_confirmed else None, **what
        )
    return person


def publish(project, moment=MONDAY_NOON, **fields):
    """A status update written and published at `moment`."""
    with at(moment):
        return make_update(project, published_at=fields.pop("published_at", moment), **fields)


def nn(text, **values):
    with translation.override("nn"):
        return gettext(text) % values


def one_item_subject(title):
    return nn("New from %(name)s: %(title)s", name="Framdrift", title=title)


def items_subject(count):
    with translation.override("nn"):
        text = ngettext(
            "%(count)s news item from %(name)s", "%(count)s news items from %(name)s", count
        )
    return text % {"count": count, "name": "Framdrift"}


def local_date(moment):
    with translation.override("nn"):
        return formats.date_format(moment.astimezone(OSLO).date(), "DATE_FORMAT")


def is_link_of(person, url, link_maker):
    """Whether `url` is the person's link of that kind (manage_url, unsubscribe_url): the
    same address up to the signed token, and the token is the person's."""
    prefix = link_maker(person).rstrip("/").rsplit("/", 1)[0] + "/"
    if not url.startswith(prefix):
        return False
    return read_follower_token(url.removeprefix(prefix).strip("/")) == (person.pk, person.email)


@pytest.fixture
def school():
    with at(YESTERDAY - timedelta(days=30)):
        return make_project("Ny skule i Nedre Li", slug="ny-skule", status=Status.PLANNED)


def test_a_follower_of_a_project_gets_one_mail_when_an_update_is_published(school, smtp, client):
    kari = follower("kari@example.org", project=school)
    update = publish(school, title="Byggjestart")

    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 1
    [mail] = smtp.inbox.messages
    assert mail["To"] == "kari@example.org"
    assert mail["Subject"] == one_item_subject("Byggjestart")
    text = mail.get_content()
    assert "Ny skule i Nedre Li" in text and "Byggjestart" in text
    assert f"http://testserver{update.get_absolute_url()}" in text
    assert local_date(MONDAY_NOON) in text
    assert mail["Content-Language"] == "nn"
    # On one line as sent, not an encoded word: mail programs read it as it is.
    [raw] = [value for name, value in mail.raw_items() if name == "List-Unsubscribe"]
    assert raw.startswith("<http://testserver/") and raw.endswith(">")
    unsubscribe = raw.removeprefix("<").removesuffix(">")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert is_link_of(kari, unsubscribe, unsubscribe_url)
    assert unsubscribe in text
    [manage] = [line for line in text.splitlines() if is_link_of(kari, line, manage_url)]

    # Looking again sends nothing more.
    assert worker_runs(MONDAY_NOON + timedelta(minutes=20)) == 0
    assert worker_runs(MONDAY_NOON + timedelta(days=2)) == 0
    assert len(smtp.inbox.messages) == 1

    # The links in it work: her own page, and one click from a mail program unsubscribes.
    assert client.get(manage.removeprefix("http://testserver")).status_code == 200
    one_click = client.post(
        unsubscribe.removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert not Follower.objects.filter(email="kari@example.org").exists()
    publish(school, MONDAY_NOON + timedelta(hours=2), title="Grunnmuren er støypt")
    worker_runs(MONDAY_NOON + timedelta(hours=3))
    assert len(smtp.inbox.messages) == 1


def test_a_draft_is_never_mailed_and_mailed_when_it_is_published(school, smtp):
    follower("kari@example.org", project=school)
    draft = publish(school, title="Utkast om anbodet", is_published=False)
    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 0
    assert worker_runs(MONDAY_NOON + timedelta(hours=5)) == 0
    assert smtp.inbox.messages == []

    # Ticked as published the next day, still dated Monday: news now.
    with at(MONDAY_NOON + timedelta(days=1)):
        draft.is_published = True
        draft.save()
    assert worker_runs(MONDAY_NOON + timedelta(days=1, minutes=1)) == 1
    assert smtp.inbox.messages[0]["Subject"] == one_item_subject("Utkast om anbodet")


def test_a_scheduled_update_is_mailed_once_its_time_has_come(school, smtp):
    follower("kari@example.org", project=school)
    publish(school, title="Opning av skulen", published_at=MONDAY_NOON + timedelta(days=3))

    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 0
    assert worker_runs(MONDAY_NOON + timedelta(days=3) - timedelta(minutes=1)) == 0
    assert smtp.inbox.messages == []

    assert worker_runs(MONDAY_NOON + timedelta(days=3, minutes=1)) == 1
    assert smtp.inbox.messages[0]["Subject"] == one_item_subject("Opning av skulen")
    assert worker_runs(MONDAY_NOON + timedelta(days=4)) == 0


def test_news_of_an_unpublished_project_is_never_mailed(smtp):
    with at(YESTERDAY - timedelta(days=30)):
        hidden = make_project("Hemmeleg tomtekjøp", is_published=False)
    follower("kari@example.org", project=hidden)
    follower("ola@example.org")  # the whole site
    publish(hidden, title="Kjøpet er klart")
    with at(MONDAY_NOON):
        Event.objects.create(
            title="Møte om tomta", starts_at=MONDAY_NOON + timedelta(days=7), place="Rådhuset"
        ).projects.add(hidden)
        Document.objects.create(project=hidden, title="Kjøpekontrakt", url="https://example.org")

    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 0
    assert worker_runs(MONDAY_NOON + timedelta(hours=1)) == 0
    assert smtp.inbox.messages == []


def test_a_new_meeting_and_a_new_document_are_mailed_together(school, smtp):
    follower("kari@example.org", project=school)
    with at(MONDAY_NOON):
        meeting = Event.objects.create(
            title="Ope møte om skulen",
            starts_at=datetime(2026, 6, 25, 18, 0, tzinfo=OSLO),
            place="Grendehuset på Lidal",
        )
        meeting.projects.add(school)
        Document.objects.create(
            project=school, title="Reguleringsplan", url="https://example.org/plan.pdf"
        )

    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 1
    [mail] = smtp.inbox.messages
    assert mail["Subject"] == items_subject(2)
    text = mail.get_content()
    assert "Ope møte om skulen" in text and "Grendehuset på Lidal" in text
    assert f"http://testserver{meeting.get_absolute_url()}" in text
    with translation.override("nn"):
        assert formats.date_format(meeting.starts_at.astimezone(OSLO), "DATETIME_FORMAT") in text
    assert "Reguleringsplan" in text and "https://example.org/plan.pdf" in text


def test_a_meeting_that_is_over_when_published_is_not_news(school, smtp):
    follower("kari@example.org", project=school)
    with at(MONDAY_NOON):
        Event.objects.create(
            title="Møtet i førre veke", starts_at=MONDAY_NOON - timedelta(days=7), place="Lidal"
        ).projects.add(school)
    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 0
    assert Announcement.objects.filter(event__isnull=False).count() == 1  # marked, not mailed


def test_a_change_of_status_says_so(school, smtp):
    follower("kari@example.org", project=school)
    publish(school, title="Byggjestart", new_status=Status.ONGOING)

    worker_runs(MONDAY_NOON + timedelta(minutes=1))
    with translation.override("nn"):
        said = gettext("Status changed from %(old)s to %(new)s") % {
            "old": str(Status.PLANNED.label),
            "new": str(Status.ONGOING.label),
        }
    assert said in smtp.inbox.messages[0].get_content()

    publish(school, MONDAY_NOON + timedelta(hours=1), title="Ferdig!", new_status="completed")
    worker_runs(MONDAY_NOON + timedelta(hours=1, minutes=1))
    with translation.override("nn"):
        said = gettext("Status changed from %(old)s to %(new)s") % {
            "old": str(Status.ONGOING.label),
            "new": str(Status.COMPLETED.label),
        }
    assert said in smtp.inbox.messages[1].get_content()


def test_followers_of_an_area_and_a_target_area_hear_of_projects_in_them(smtp):
    municipality = make_area("Fjordkommunen", kind="municipality")
    village = make_area("Nedre Li", parent=municipality)
    elsewhere = make_area("Øvre Li", kind="municipality")
    theme = make_theme("Attraktive bygder")
    with at(YESTERDAY - timedelta(days=30)):
        school = make_project("Ny skule i Nedre Li", slug="ny-skule")
        school.areas.add(village)
        school.themes.add(theme)
    follower("kari@example.org", area=municipality)
    follower("ola@example.org", theme=theme)
    follower("per@example.org", area=elsewhere)
    publish(school, title="Byggjestart")
    with at(MONDAY_NOON):
        make_update(None, area=village, title="Nytt frå grendalaget", published_at=MONDAY_NOON)

    worker_runs(MONDAY_NOON + timedelta(minutes=1))
    assert smtp.inbox.to("kari@example.org")[0]["Subject"] == items_subject(2)
    assert smtp.inbox.to("ola@example.org")[0]["Subject"] == one_item_subject("Byggjestart")
    assert smtp.inbox.to("per@example.org") == []


def test_only_confirmed_follows_from_before_it_became_public_are_mailed(school, smtp):
    follower("early@example.org", project=school)
    follower("late@example.org", project=school, confirmed_at=MONDAY_NOON + timedelta(seconds=30))
    follower("unconfirmed@example.org", project=school, follow_confirmed=False)
    with at(YESTERDAY):
        Follow.objects.create(
            follower=Follower.objects.create(email="never@example.org"),
            project=school,
            confirmed_at=YESTERDAY,
        )
    publish(school, title="Byggjestart")

    worker_runs(MONDAY_NOON + timedelta(minutes=1))
    assert [mail["To"] for mail in smtp.inbox.messages] == ["early@example.org"]


def test_old_news_of_a_project_published_late_is_not_mailed(smtp):
    follower("ola@example.org", confirmed_at=MONDAY_NOON - timedelta(days=400))
    with at(MONDAY_NOON - timedelta(days=60)):
        late = make_project("Gamal plan", is_published=False)
        make_update(late, title="Vedteke", published_at=MONDAY_NOON - timedelta(days=60))
    with at(MONDAY_NOON):
        late.is_published = True
        late.save()
    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 0
    assert smtp.inbox.messages == []


def test_mail_as_it_happens_comes_at_most_once_a_quarter_and_news_meanwhile_waits(school, smtp):
    follower("kari@example.org", project=school)
    publish(school, title="Første")
    assert worker_runs(MONDAY_NOON + timedelta(minutes=1)) == 1

    publish(school, MONDAY_NOON + timedelta(minutes=3), title="Andre")
    publish(school, MONDAY_NOON + timedelta(minutes=5), title="Tredje")
    assert worker_runs(MONDAY_NOON + timedelta(minutes=6)) == 0
    assert worker_runs(MONDAY_NOON + timedelta(minutes=15)) == 0
    assert worker_runs(MONDAY_NOON + timedelta(minutes=16)) == 1
    _first, second = smtp.inbox.messages
    assert second["Subject"] == items_subject(2)
    text = second.get_content()
    assert text.index("Andre") < text.index("Tredje") and "Første" not in text


def test_an_update_made_a_draft_again_before_its_mail_is_left_out(school, smtp):
    follower("kari@example.org", project=school)
    publish(school, title="Første")
    worker_runs(MONDAY_NOON + timedelta(minutes=1))
    withdrawn = publish(school, MONDAY_NOON + timedelta(minutes=3), title="Feil tal")
    publish(school, MONDAY_NOON + timedelta(minutes=4), title="Rett tal")
    worker_runs(MONDAY_NOON + timedelta(minutes=5))  # announced, waiting for the quarter

    with at(MONDAY_NOON + timedelta(minutes=6)):
        withdrawn.is_published = False
        withdrawn.save()
    worker_runs(MONDAY_NOON + timedelta(minutes=17))
    assert smtp.inbox.messages[1]["Subject"] == one_item_subject("Rett tal")

    # Queued, then withdrawn before the worker sends it: no email at all.
    last = publish(school, MONDAY_NOON + timedelta(minutes=40), title="Også feil")
    with at(MONDAY_NOON + timedelta(minutes=41)):
        announce_what_became_public()
        assert queue_due_mailings() == 1
    last.delete()
    worker_runs(MONDAY_NOON + timedelta(minutes=42))
    assert len(smtp.inbox.messages) == 2
