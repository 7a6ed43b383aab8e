"""'No change: still on track' for many projects at once (issue 16)."""


class StillOnTrackMixin:
    pass
