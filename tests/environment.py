"""Loaded by pytest as an early plugin (see pyproject), before Django reads its settings.

Tests run with the development defaults, so they need no secret; production
settings are checked separately by `manage.py check --deploy` in CI.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "true")
# Uploads and the SQLite file of a test run never touch the developer's own.
os.environ.setdefault("DJANGO_SERVE_MEDIA", "true")
# Tests address the admin at /admin/; tests/test_admin_security.py moves it on purpose.
os.environ["ADMIN_URL"] = "admin/"
# Tests read whether a page came from the cache (off by default: it tells of others' visits).
os.environ.setdefault("PAGE_CACHE_HEADER", "true")
# Absolute links name the test client's host, as SITE_URL names the public one in production.
os.environ.setdefault("SITE_URL", "http://testserver")
