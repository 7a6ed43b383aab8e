"""Demo meetings for the demo region (projects/demo): a few to come, a few held.

Every place and meeting is invented. Dates are counted in days from the day the demo is
loaded, so there is always something coming up.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from .models import Event

# (title, project slug or None, days from now, start, end or None, place, description)
EVENTS = [
    (
        "Ope bygdemøte om sentrumsplanen i Berg",
        "utviklingsplan-berg",
        9,
        time(19, 0),
        time(21, 0),
        "Berg samfunnshus, storsalen",
        "<p>Arbeidsgruppa viser dei tre skissene til nytt sentrum i Berg: trafikk, møteplassar og "
        "kvar nye bustader kan liggje. Etterpå diskuterer vi i grupper.</p>"
        "<p>Alle er velkomne, og det blir kaffi og kake. Du treng ikkje melde deg på.</p>",
    ),
    (
        "Dugnad på turstien frå Fjordvik til Sjøvoll",
        "turstiar-fjordvik",
        17,
        time(10, 0),
        time(14, 0),
        "Parkeringsplassen ved kaia i Fjordvik",
        "<p>Vi legg klopp over myra og merkjer den siste delen av stien ned mot Sjøvoll. "
        "Ta med arbeidshanskar og gode sko; turlaget har verktøy.</p>"
        "<p>Suppe til alle som hjelper til.</p>",
    ),
    (
        "Informasjonsmøte om fiber til Øvre Dal",
        "fiber-ovre-dal",
        26,
        time(18, 30),
        time(20, 0),
        "Grendahuset i Øvre Dal",
        "<p>Kva kostar det, når kjem gravemaskinene, og korleis bestiller du? "
        "Fiberselskapet og kommunen svarer på spørsmål.</p>",
    ),
    (
        "Folkemøte: Korleis vil vi bu i Fjordregionen?",
        None,
        38,
        time(18, 0),
        time(20, 30),
        "Fjordvik kulturhus",
        "<p>Eit ope møte for alle tre kommunane om bustader, arbeid og kvardagen i bygdene. "
        "Innspela går inn i arbeidet med den nye utviklingsstrategien.</p>"
        "<ul><li>Kort innleiing frå prosessleiaren</li><li>Samtale i grupper</li>"
        "<li>Oppsummering og vegen vidare</li></ul>",
    ),
    (
        "Arbeidsmøte om utviklingsplanen for Holmane",
        "utviklingsplan-holmane",
        -12,
        time(18, 0),
        time(20, 0),
        "Kystmuseet i Holmane",
        "<p>Båtlaget, kystmuseet og grendalaget gjekk gjennom kva som er gjort sidan i fjor, "
        "og kva som skal prioriterast neste år.</p>",
    ),
    (
        "Kveldsmøte om kveldsbussen mellom bygdene",
        "kveldsbuss",
        -33,
        time(19, 0),
        time(20, 30),
        "Venterommet på ferjekaia i Nesheim",
        "<p>Kva tider treng folk buss om kvelden, og kvar skal han stoppe? "
        "Over 40 kom, og svara er samla i eit notat til fylkeskommunen.</p>",
    ),
    (
        "Velkomstkveld for nye innbyggjarar",
        None,
        -61,
        time(18, 0),
        None,
        "Pakkhuset på kaia i Sjøvoll",
        "<p>Nye og gamle innbyggjarar møttest til mat, musikk og ein presentasjon av lag og "
        "foreiningar i regionen.</p>",
    ),
]


def _at(day, moment):
    return timezone.make_aware(datetime.combine(day, moment)) if moment else None


def load_demo_events(projects, now):
    """Create the demo meetings that do not exist yet, by title; projects maps slugs to
    projects (a missing slug leaves the meeting without one). Returns (created, existing)."""
    today = timezone.localdate(now)
    created_count = existing_count = 0
    for title, slug, days, starts, ends, place, description in EVENTS:
        day = today + timedelta(days=days)
        _event, created = Event.objects.get_or_create(
            title=title,
            defaults={
                "project": projects.get(slug) if slug else None,
                "starts_at": _at(day, starts),
                "ends_at": _at(day, ends),
                "place": place,
                "description": description,
            },
        )
        if created:
            created_count += 1
        else:
            existing_count += 1
    return created_count, existing_count
