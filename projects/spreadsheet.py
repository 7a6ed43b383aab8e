"""Projects to and from a spreadsheet (issue 16)."""


class SpreadsheetAdminMixin:
    pass
