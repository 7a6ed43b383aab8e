"""Demo key figures for the demo region: fictional numbers that look like real ones.

Called by the demo loader with the projects and themes it made. Each indicator is looked up
before it is made, and its values are added only with it, so a rerun adds nothing and
keeps what the process leader may since have edited.
"""

from datetime import date
from decimal import Decimal

from .models import Indicator, Measurement

# (owner kind, owner slug, fields, [(date, value, note)])
INDICATORS = [
    (
        "project",
        "heim-til-fjorden",
        {
            "name": "Familiar som har meldt interesse",
            "unit": "familiar",
            "description": "Familiar som har teke kontakt med vertskapet sidan kampanjen vart "
            "fornya i 2024, talde saman.",
            "baseline": Decimal(0),
            "baseline_on": date(2024, 1, 1),
            "target": Decimal(50),
            "target_on": date(2027, 12, 31),
            "position": 1,
        },
        [
            (date(2024, 4, 1), "6", ""),
            (date(2024, 10, 1), "13", "Etter prøvebu-helga i Berg"),
            (date(2025, 4, 1), "19", ""),
            (date(2025, 10, 1), "24", ""),
            (date(2026, 4, 1), "29", ""),
            (date(2026, 10, 1), "34", ""),
        ],
    ),
    (
        "project",
        "heim-til-fjorden",
        {
            "name": "Nye innbyggjarar i regionen",
            "unit": "innbyggjarar",
            "description": "Kor mange som flytta til dei tre kommunane i løpet av året.",
            "baseline": Decimal(61),
            "baseline_on": date(2021, 12, 31),
            "target": Decimal(90),
            "target_on": date(2027, 12, 31),
            "position": 2,
        },
        [
            (date(2021, 12, 31), "61", ""),
            (date(2022, 12, 31), "66", ""),
            (date(2023, 12, 31), "64", ""),
            (date(2024, 12, 31), "73", ""),
            (date(2025, 12, 31), "79", "Førebels tal"),
        ],
    ),
    (
        "theme",
        "gode-stader-a-bu",
        {
            "name": "Tomme einebustader",
            "unit": "hus",
            "description": "Einebustader som har stått tomme i meir enn eitt år, talde av "
            "kommunane kvar vår. Målet er færre.",
            "baseline": Decimal(48),
            "baseline_on": date(2023, 3, 1),
            "target": Decimal(25),
            "target_on": date(2030, 12, 31),
            "position": 1,
        },
        [
            (date(2023, 3, 1), "48", ""),
            (date(2024, 3, 1), "44", ""),
            (date(2025, 3, 1), "39", ""),
            (date(2026, 3, 1), "36", ""),
        ],
    ),
    (
        "theme",
        "gode-stader-a-bu",
        {
            "name": "Innbyggjarar som trivst i bygda si",
            "unit": "%",
            "description": "Del som svarar «godt» eller «svært godt» i den årlege "
            "innbyggjarundersøkinga.",
            "baseline": Decimal("78.5"),
            "baseline_on": date(2023, 5, 15),
            "target": Decimal(85),
            "target_on": date(2030, 12, 31),
            "position": 2,
        },
        [
            (date(2023, 5, 15), "78.5", ""),
            (date(2024, 5, 15), "80.2", ""),
            (date(2025, 5, 15), "79.6", "Færre svar enn vanleg"),
            (date(2026, 5, 15), "82.4", ""),
        ],
    ),
]


def load_demo_figures(projects, themes):
    """Make the demo indicators of the given projects and themes (dicts slug -> object) that
    are not there yet. Returns (created_count, existing_count), counting indicators."""
    owners = {"project": projects, "theme": themes}
    created_count = existing_count = 0
    for kind, slug, fields, values in INDICATORS:
        owner = owners[kind].get(slug)
        if owner is None:
            continue
        indicator, created = Indicator.objects.get_or_create(
            **{kind: owner}, name=fields["name"], defaults=fields
        )
        if not created:
            existing_count += 1
            continue
        Measurement.objects.bulk_create(
            Measurement(indicator=indicator, measured_on=day, value=Decimal(value), note=note)
            for day, value, note in values
        )
        created_count += 1
    return created_count, existing_count
