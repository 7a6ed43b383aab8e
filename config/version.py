"""The version of Framdrift: `version` in pyproject.toml is the one place it is written.

Read from the file beside the code rather than from installed package metadata: a
deployment is a checkout of a release tag with its dependencies in a venv, and the
project itself is never pip-installed there.
"""

import tomllib
from functools import cache
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def framdrift_version():
    with PYPROJECT.open("rb") as file:
        return tomllib.load(file)["project"]["version"]
