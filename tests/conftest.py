import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores uploads in a folder of its own, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    # Hashed names need collectstatic first; tests/test_production_serving.py covers those.
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }
