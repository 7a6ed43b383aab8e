import os

from django.core.wsgi import get_wsgi_application

from config.database_version import check_database_version

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_application = get_wsgi_application()

# Pages from the page cache are answered in front of Django's handler (pagecache/front.py).
from pagecache.front import PageCacheFront  # noqa: E402 (imports models: after setup)

application = PageCacheFront(django_application)
# An app server of an older version refuses to start on a database a newer one migrated.
check_database_version()
