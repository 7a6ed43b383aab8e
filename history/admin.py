"""Who changed what and when, on every object of public content, with undo (issue 16)."""


class HistoryAdminMixin:
    pass
