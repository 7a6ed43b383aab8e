"""The weekly email about projects without news (issue 16)."""


def send_due_digests():
    return 0
