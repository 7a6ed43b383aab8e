"""Pages made in the process, nothing kept: how long Django takes to make each page, without
the network, the server or the other requests in between.

The bench runs this module in a process of its own, in the site's environment with
PAGE_CACHE=false FRAGMENT_CACHE=false and DEBUG off:

    python -m bench.inprocess REQUESTS WARM_UP '{"overview": "/", ...}' '["overview"]'

Every page goes through the site's WSGI application (config/wsgi.py) as gunicorn's worker
calls it: all the middleware, from a loop with room for the requests' frames
(config/frame_room.py), the response closed so the request ends as a served one does.
For every page it counts the SQL queries (the most a page costs: the scheduled-update
question included) and the HTML bytes; the pages named last are also timed, REQUESTS times
after WARM_UP. It prints one line of JSON.
"""

import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager

from .servers import PROJECT


def run_in_process(env, pages, timed, requests, warm_up):
    """What this module measures, run in the site's environment: {label: {...}}."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.inprocess",
            str(requests),
            str(warm_up),
            json.dumps(pages),
            json.dumps(timed),
        ],
        cwd=PROJECT,
        env=env | {"DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode:
        raise RuntimeError(f"bench.inprocess failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def percentile(times, share):
    """The time below which `share` of the requests finished (nearest rank)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure(pages, timed, requests, warm_up):
    import django

    django.setup()
    from django.db import connection
    from django.test import RequestFactory

    from config.wsgi import application
    from projects.middleware import forget_what_is_known
    from projects.models import Project

    factory = RequestFactory(HTTP_HOST="127.0.0.1")

    def get(path):
        environ = factory.get(path).environ
        statuses = []
        started = time.perf_counter()
        response = application(environ, lambda status, *_: statuses.append(status))
        try:
            body = b"".join(response)
        finally:
            response.close()
        took = (time.perf_counter() - started) * 1000
        if not statuses[0].startswith("200"):
            raise RuntimeError(f"{path} answered {statuses[0]}")
        return body, took

    @contextmanager
    def counting():
        count = [0]

        def counter(execute, sql, params, many, context):
            count[0] += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            yield count

    results = {"projects": Project.objects.count()}
    for label, path in pages.items():
        forget_what_is_known()
        with counting() as queries:
            body, _took = get(path)
        results[label] = {
            "path": path,
            "queries": queries[0],
            "bytes": len(body),
            "gzip_bytes": len(gzip.compress(body)),
        }
    for label in timed:
        path = pages[label]
        for _ in range(warm_up):
            get(path)
        times = [get(path)[1] for _ in range(requests)]
        results[label] |= {
            "median_ms": statistics.median(times),
            "p90_ms": percentile(times, 0.9),
            "requests": requests,
        }
    return results


def main(argv):
    requests, warm_up, pages, timed = int(argv[0]), int(argv[1]), json.loads(argv[2]), argv[3]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from config.frame_room import run_with_room_for_frames

    results = run_with_room_for_frames(lambda: measure(pages, json.loads(timed), requests, warm_up))
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
