import os

from django.core.wsgi import get_wsgi_application

from config.database_version import check_database_version

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()
# An app server of an older version refuses to start on a database a newer one migrated.
check_database_version()
