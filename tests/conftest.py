import os

import pytest

# Tests run with the development flag so settings need no secret; production
# settings are checked separately by `manage.py check --deploy` in CI.
os.environ.setdefault("DJANGO_DEBUG", "true")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores uploads in a folder of its own, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
