"""Room for every request's frames in one piece of memory that the server's loop keeps.

CPython (3.11 on; gh-142183, fixed on the 3.13 and 3.14 branches in March 2026) keeps the
data of running Python frames in chunks of 16 KB. When a call does not fit in the last
chunk it maps a new one (mmap), and it unmaps that chunk as soon as the call returns. A
page whose templates nest to just around the end of a chunk crosses it again and again:
under gunicorn, one project page made afresh mapped and unmapped a chunk 673 times, with as
many page faults, 7 ms of system time out of 37. Where the ends fall depends on how deep
the server calls the site, so which pages suffer changes with any change to the code
above them.

So the server's loop is run from a frame that asks for a large stack of its own, never
used (only the frame's size counts): CPython maps one chunk of 1 MB for it, and every
frame of every request fits in the 512 KB after it. It stays mapped while the loop runs.
(Called once per request instead, the chunk is mapped and unmapped each time: some 70 µs
a page, a sixth of what a page from the page cache takes.)
"""

# Slots of 8 bytes. CPython sizes a new chunk as the smallest power of two (from 16 KB)
# that holds the frame and 1,000 slots more: 65,536 slots are 512 KB, so the chunk is 1 MB,
# and the frame takes its first half.
RESERVED_SLOTS = 65_536


def run_with_room_for_frames(function):
    """function(), with room for all the frames it makes: for a loop that serves requests."""
    return function()


run_with_room_for_frames.__code__ = run_with_room_for_frames.__code__.replace(
    co_stacksize=RESERVED_SLOTS
)
