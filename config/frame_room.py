"""Room for a whole request's frames in one piece of memory, taken once per request.

CPython (3.11 on; gh-142183, fixed in 3.13 and 3.14 in 2026) keeps the data of running
Python frames in chunks of 16 KB. When a call does not fit in the last chunk it maps a new
one (mmap), and it unmaps that chunk as soon as the call returns. A page whose templates
nest to just around the end of a chunk crosses it again and again: under gunicorn, one
project page made afresh mapped and unmapped a chunk 673 times, with as many page faults,
7 ms of system time out of 37. Where the ends fall depends on how deep the server calls the
site, so which pages suffer changes with any change to the code above them.

So the site is called from a frame that asks for a large stack of its own, never used
(only the frame's size counts): CPython maps one chunk of 512 KB for it, and every frame the
request makes fits in the 256 KB after it. That chunk is the only one mapped per request.
On a CPython with the fix it is kept for the next request instead.
"""

# Slots of 8 bytes. CPython sizes a new chunk as the smallest power of two (from 16 KB) that
# holds the frame and 1,000 slots more: 32,000 + 1,000 slots is just over 256 KB, so the
# chunk is 512 KB, and the frame takes the first 250 KB of it.
RESERVED_SLOTS = 32_000


def _call(application, environ, start_response):
    return application(environ, start_response)


_call.__code__ = _call.__code__.replace(co_stacksize=RESERVED_SLOTS)


def with_room_for_frames(application):
    """The WSGI application, called from a frame that makes room for all the request's."""

    def roomy_application(environ, start_response):
        return _call(application, environ, start_response)

    return roomy_application
