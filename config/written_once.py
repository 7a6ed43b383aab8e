"""What pages write the same way for the same value and language (a status badge, a day, a
number, a meeting's time), worked out once per process."""

import functools

from django.core.signals import setting_changed


def written_once(maxsize=4096):
    """A decorator for a function whose answer depends only on its arguments (the language
    among them) and the settings: its answers kept for the life of the process, the most
    recent `maxsize`, and forgotten when a setting changes (the formats, the static files'
    storage), as the tests change them."""

    def decorate(function):
        kept = functools.lru_cache(maxsize=maxsize)(function)
        setting_changed.connect(lambda **kwargs: kept.cache_clear(), weak=False)
        return kept

    return decorate
