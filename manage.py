#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # The service's env file, when FRAMDRIFT_ENV_FILE names one (deploy/framdrift-manage
    # does): commands then see the settings the service runs with. What the environment
    # already has wins.
    from config.envfile import EnvFileError, load_named_env_file

    try:
        load_named_env_file()
    except EnvFileError as error:
        sys.exit(f"FRAMDRIFT_ENV_FILE: {error}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    from config.database_version import refuse_newer_database

    refuse_newer_database()
    execute_from_command_line(sys.argv)
