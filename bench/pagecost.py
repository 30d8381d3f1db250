"""Profile the pages of bench/load.py in one process: CPU per request, queries, and where the time goes.

    .venv/bin/python bench/pagecost.py [--requests 200] [--rounds 5] [--top 25] [--pages lesson,dashboard] [--sql] [--cache]

The same fresh database as ``bench/load.py`` (seeds, 1,000 learners), production settings, each
page requested through Django's WSGI handler by the learners in rotation, warm caches. Prints, per
page, milliseconds of CPU per request (the median of interleaved rounds), queries per request and the ratio of CPU to the yardstick
page's (the ratio ``load.py`` measures under gunicorn, without the network and the workers);
``--top`` adds cProfile's costliest functions (cumulative) per page. Use it before and after a change.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import PAGES, production_env, request_lines  # noqa: E402


def environ(line: str) -> dict:
    method, path, cookie, csrf, body = line.split("\t")
    payload = body.encode()
    env = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80", "HTTP_HOST": "127.0.0.1", "wsgi.url_scheme": "http", "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.input": io.BytesIO(payload), "CONTENT_LENGTH": str(len(payload)),
        "wsgi.errors": sys.stderr, "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
    }
    if cookie:
        env["HTTP_COOKIE"] = cookie
    if csrf:
        env.update(HTTP_X_CSRFTOKEN=csrf, CONTENT_TYPE="application/x-www-form-urlencoded", HTTP_ACCEPT="application/json")
    return env


def _logging(read, name: str, reads: list[str]):
    def logged(key, *args, **kwargs):
        reads.append(f"{name} {key}")
        return read(key, *args, **kwargs)
    return logged


def cache_reads(request, line: str) -> list[str]:
    """The keys ``request(line)`` reads from the default cache (this thread's backend, which every request here uses)."""
    from django.core.cache import caches

    backend, reads = caches["default"], []
    for method in ("get", "get_many"):
        setattr(backend, method, _logging(getattr(backend, method), method, reads))
    try:
        request(line)
    finally:
        del backend.get, backend.get_many
    return reads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page and round")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds; each page's median is printed")
    parser.add_argument("--top", type=int, default=0, help="cProfile's costliest functions to print per page")
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--sql", action="store_true", help="print the queries of one warm request per page")
    parser.add_argument("--cache", action="store_true", help="print the cache reads of one warm request per page")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="lessonforge-profile-"))
    os.environ.update(production_env(workdir))
    data_file = workdir / "data.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "load.py"), "--prepare", str(data_file)],
                   env=os.environ, cwd=ROOT, check=True)
    data = json.loads(data_file.read_text())

    import django
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    django.setup()
    application = get_wsgi_application()
    executed = []
    connection.execute_wrappers.append(lambda execute, sql, params, many, context: (executed.append(sql), execute(sql, params, many, context))[1])

    def call(line: str) -> str:
        statuses = []
        body = application(environ(line), lambda status, headers, *_: statuses.append(status))
        b"".join(body)
        return statuses[0]

    pages = {page: request_lines(page, data)[0] for page in args.pages.split(",")}
    for lines in pages.values():
        for line in lines:  # warm every learner's caches
            call(line)
    # Interleaved rounds, the median of each page's: a busy machine slows rounds, not one page.
    rounds = {page: [] for page in pages}
    for _ in range(args.rounds):
        for page, lines in pages.items():
            executed.clear()
            started = time.process_time()
            for n in range(args.requests):
                status = call(lines[n % len(lines)])
            rounds[page].append(((time.process_time() - started) * 1000 / args.requests,
                                 len(executed) / args.requests, status))
    figures = {page: (statistics.median(r[0] for r in runs), runs[-1][1], runs[-1][2]) for page, runs in rounds.items()}
    for page, lines in pages.items():
        if args.sql:
            executed.clear()
            call(lines[0])
            print(f"== {page}: {len(executed)} queries", *(f"  {sql[:300]}" for sql in executed), sep="\n")
        if args.cache:
            reads = cache_reads(call, lines[0])
            print(f"== {page}: {len(reads)} cache reads", *(f"  {read[:300]}" for read in reads), sep="\n")
        if args.top:
            profiler = cProfile.Profile()
            profiler.enable()
            for n in range(args.requests):
                call(lines[n % len(lines)])
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(os.environ.get("FILTER", ""), args.top)
            print(f"== {page}\n{out.getvalue()}")
    bare = figures.get("bare", (None,))[0]
    print(f"{'page':<10} {'CPU ms':>7} {'queries':>8} {'bare/page':>9}  status")
    for page, (cpu_ms, queries, status) in figures.items():
        ratio = f"{bare / cpu_ms:9.2f}" if bare else f"{'':9}"
        print(f"{page:<10} {cpu_ms:7.2f} {queries:8.1f} {ratio}  {status}")


if __name__ == "__main__":
    main()
