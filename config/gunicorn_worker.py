"""The gunicorn worker the site runs in (deploy/gunicorn.conf.py, make bench)."""

from gunicorn.workers.sync import SyncWorker as GunicornSyncWorker

from config.frame_room import run_with_room_for_frames


class SyncWorker(GunicornSyncWorker):
    """gunicorn's sync worker, its loop run with room for every request's frames, so that
    no page maps and unmaps memory for them (config/frame_room.py)."""

    def run(self):
        run_with_room_for_frames(super().run)
