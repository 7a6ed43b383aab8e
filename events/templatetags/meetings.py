"""Template tags for meetings: when one takes place, as residents read it (events/phrases.py)."""

from django import template

from events.phrases import attendance, event_time, sign_up_by

register = template.Library()

register.simple_tag(event_time)
register.simple_tag(sign_up_by)
register.simple_tag(attendance)
