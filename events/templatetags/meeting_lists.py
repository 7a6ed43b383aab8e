"""{% meeting_list meetings %}: a list of meetings (events.lists) in a Django template."""

from django import template

from events.lists import meeting_list as rendered_meeting_list

register = template.Library()


@register.simple_tag
def meeting_list(meetings, heading_level=3, hide_project=False, empty_text=""):
    """meetings: ListedMeetings (events.lists.listed_meetings); the rest as
    events.lists.meeting_list."""
    return rendered_meeting_list(meetings, heading_level, hide_project, empty_text)
