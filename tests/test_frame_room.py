"""Pages cost the app server the same however deep its own code calls the site
(config/frame_room.py): the worker's loop keeps the memory for every request's frames,
rather than the request mapping it anew each time its templates nest across a 16 KB
boundary that happens to lie there."""

import resource

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.test import RequestFactory

from config.frame_room import run_with_room_for_frames
from pagecache.front import PageCacheFront
from tests.base import (
    make_contact,
    make_group,
    make_project,
    make_project_image,
    make_update,
    make_update_image,
    nothing_kept,
)

pytestmark = pytest.mark.django_db

# Frames of called_at_depth are about 130 bytes: depths 0 to 196 move where the request
# starts by some 26 KB, past every place in a 16 KB chunk, half a kilobyte at a time.
DEPTHS = range(0, 200, 4)
# A page of the demo's kind, served from the room, takes at most some 30 new pages of
# memory; crossing a chunk's end inside the templates took 300 to 1,475 (each one a
# mapping, a page fault and its unmapping, 7 ms of 37 on a project page).
MOST_PAGE_FAULTS_PER_REQUEST = 150


def called_at_depth(depth, call):
    """call() with `depth` more Python frames under it, as a server's own code puts there."""
    if depth:
        return called_at_depth(depth - 1, call)
    return call()


def page_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


@pytest.fixture
def project_page():
    project = make_project("Bygdesenter i Nedre Li", body="<p>Eit nytt bygdesenter.</p>")
    make_project_image(project)
    for day in range(6):
        update = make_update(project, title=f"Steg {day}", body=f"<p>Det skjer {day}.</p>")
        make_update_image(update)
    make_contact(project=project)
    make_group(projects=[project], members=[(f"Medlem {n}", "", "Lag") for n in range(6)])
    return project.get_absolute_url()


def test_a_page_made_afresh_maps_no_memory_for_its_frames_at_any_depth_of_the_servers_calls(
    settings, project_page, connections_kept_between_requests
):
    # What config/wsgi.py serves (importing it would close the test's connection).
    application = PageCacheFront(WSGIHandler())
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = False
    factory = RequestFactory(HTTP_HOST="testserver")

    def served():
        statuses = []
        response = application(factory.get(project_page).environ, lambda s, h: statuses.append(s))
        try:
            b"".join(response)
        finally:
            response.close()
        assert statuses == ["200 OK"]

    def worker_loop():
        """The page at each depth, twice after once to warm up: {depth: faults a request}."""
        faults_at = {}
        for depth in DEPTHS:
            called_at_depth(depth, served)
            before = page_faults()
            for _ in range(2):
                called_at_depth(depth, served)
            faults_at[depth] = (page_faults() - before) / 2
        return faults_at

    nothing_kept()
    served()
    faults_at = run_with_room_for_frames(worker_loop)  # as config.gunicorn_worker runs it
    worst = max(faults_at, key=faults_at.get)
    assert faults_at[worst] < MOST_PAGE_FAULTS_PER_REQUEST, (
        f"{faults_at[worst]:.0f} page faults a request when the site is called "
        f"{worst} frames deeper"
    )
