"""A stand-in (config/stand_ins.py) answers the model's own rules from the values it holds,
without a query, as the lists and cards read as plain values need."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from config.stand_ins import stand_in
from events.models import Event
from tests.base import NOW

pytestmark = pytest.mark.django_db


def test_a_stand_in_answers_the_models_rules_from_its_values_alone():
    with translation.override("nn"), CaptureQueriesContext(connection) as queries:
        held = stand_in(
            Event,
            {
                "pk": 7,
                "starts_at": NOW - timedelta(days=2),
                "ends_at": None,
                "registration_url": "https://example.org/pamelding",
                "registration_deadline": None,
                "attendance": None,
                "outcome_nn": "<p>Det vart semje.</p>",
            },
        )
        assert held.pk == 7
        assert held.is_over(NOW) and not held.sign_up_is_open(NOW)
        assert held.asks_to_sign_up and held.has_report
    assert len(queries) == 0
    # Anything it was not given is left to the database, not made up.
    assert "title_nn" in held.get_deferred_fields()
