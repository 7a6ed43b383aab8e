"""Who changed what and when, on every object of public content, with undo (issue 16).

Any code that changes public content outside the admin's own forms (an admin action, a
button of its own, an import, a background job) wraps the change in ``record`` so that it
is kept with who made it::

    from history import record

    with record(request.user, _("Still on track: posted from the start page")):
        update.save()

Every save of a model of public content (history/registry.py) inside it is kept as one
change, shown on each object's History page in the admin. Saves outside any ``record``
(the demo loader, migrations, tests) are not kept. ``record`` may be nested: the
outermost one stores the change, with the innermost comment and user that was given.
"""

from contextlib import contextmanager


@contextmanager
def record(user=None, comment=""):
    """Keep every save of public content inside as one change by user (None: the system)."""
    from reversion import revisions

    with revisions.create_revision():
        if user is not None and user.is_authenticated:
            revisions.set_user(user)
        if comment:
            revisions.set_comment(str(comment))
        yield
