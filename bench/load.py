"""Load benchmark: Lessonforge's pages against a bare Django page, under gunicorn and wrk.

    .venv/bin/python bench/load.py [--duration 10] [--rounds 3] [--connections 16] [--workers 4]

One run: a fresh SQLite database (or ``DATABASE_URL``'s, which it empties) with the seed course
(every generated question published, as after review), 1,000 learners and, for the 64 who drive
the load, some reading progress, flashcards, a submitted attempt and a quiz in progress. gunicorn
serves production settings (``bench/loadsite``, which adds the yardstick page ``/bench/bare/``).
``wrk`` (Debian's package) drives each page in turn as logged-in learners, one cookie per request
in rotation, for ``--rounds`` interleaved rounds; the figures are the medians. Every response is
checked: anything but the expected status (a login redirect looks like success to wrk) counts as
an error. Then 16 learners run start → autosave → submit flows at once for a few seconds.
Machines here are noisy: compare the ratios of one run, not absolute figures across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEARNERS = 1_000
DRIVERS = 64
PASSWORD = "bench-pass-123"

ATTEMPT_SAVE = re.compile(r"/quiz/attempts/(\d+)/save/")
PAGES = ["bare", "lesson", "quiz", "course", "dashboard", "glossary", "catalogue", "autosave"]
TARGET = {"autosave": 0.8, "catalogue": None, "bare": None}  # the rest: >= 1.0 x the bare page

WRK_SCRIPT = r"""
local requests_list = {}
local counter = 0
bad = 0
local expected = EXPECTED

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
threads = {}

function init(args)
  for line in io.lines(args[1]) do
    local method, path, cookie, csrf, body = line:match("^(%S+)\t(%S+)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {}
    if cookie ~= "" then headers["Cookie"] = cookie end
    if csrf ~= "" then
      headers["X-CSRFToken"] = csrf
      headers["Content-Type"] = "application/x-www-form-urlencoded"
      headers["Accept"] = "application/json"
    end
    table.insert(requests_list, wrk.format(method, path, headers, body ~= "" and body or nil))
  end
  counter = id or 0
end

function request()
  counter = counter + 1
  return requests_list[(counter % #requests_list) + 1]
end

function response(status, headers, body)
  if status ~= expected then bad = bad + 1 end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do wrong = wrong + thread:get("bad") end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('RESULT {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, "errors": %d, "bad_status": %d, "bytes": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, wrong, summary.bytes))
end
"""


def production_env(workdir: Path) -> dict[str, str]:
    """The environment of a production server over plain HTTP on this machine, its files in ``workdir``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.loadsite.settings",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Preparing the data (runs in a child process with Django set up) ---------------------------


def prepare(out: Path) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.middleware.csrf import _get_new_csrf_string, _mask_cipher_secret
    from django.urls import reverse

    from courses.models import Course
    from glossary.services import flashcards_introduce
    from learning.services import lesson_progress_complete, lesson_progress_open
    from quizzes.models import Question, Quiz
    from quizzes.services import attempt_start, attempt_submit

    call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("import_course", str(ROOT / "seeds"), verbosity=0)
    course = Course.objects.get()
    Question.objects.filter(quiz__lesson__course=course).update(status=Question.Status.PUBLISHED)
    Quiz.objects.update(attempts_allowed=None, time_limit_minutes=None)
    lessons = list(course.lessons.order_by("position", "pk"))

    User = get_user_model()
    password = make_password(PASSWORD)
    User.objects.bulk_create(User(username=f"learner{n:04d}", password=password) for n in range(LEARNERS))
    drivers = list(User.objects.order_by("pk")[:DRIVERS])

    rows = []
    quiz_lesson, done_lesson = lessons[1], lessons[0]
    for user in drivers:
        lesson_progress_complete(user=user, lesson=done_lesson)
        lesson_progress_open(user=user, lesson=quiz_lesson)
        flashcards_introduce(user=user, course=course)
        submitted = attempt_start(quiz=done_lesson.quiz, user=user)
        attempt_submit(attempt=submitted, answers={})
        attempt = attempt_start(quiz=quiz_lesson.quiz, user=user)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        secret = _get_new_csrf_string()
        cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={secret}"
        args = [course.slug, quiz_lesson.slug]
        rows.append({
            "cookie": cookie,
            "csrf": _mask_cipher_secret(secret),
            "save": reverse("quizzes:attempt_save", args=[*args, attempt.number]),
        })
    first_question = attempt.layout[0]
    urls = {
        "bare": "/bench/bare/",
        "lesson": reverse("learning:lesson_detail", args=[course.slug, quiz_lesson.slug]),
        "quiz": reverse("quizzes:quiz_detail", args=[course.slug, quiz_lesson.slug]),
        "course": reverse("learning:course_detail", args=[course.slug]),
        "dashboard": reverse("learning:dashboard"),
        "glossary": reverse("glossary:index", args=[course.slug]),
        "catalogue": reverse("courses:catalogue"),
        "start": reverse("quizzes:quiz_start", args=[course.slug, quiz_lesson.slug]),
        "flow_lesson": [course.slug, quiz_lesson.slug],
    }
    out.write_text(json.dumps({"learners": rows, "urls": urls, "question": first_question}))


# --- Driving the server ------------------------------------------------------------------------


def request_lines(page: str, data: dict) -> tuple[list[str], int]:
    """Tab-separated requests for wrk (method, path, cookie, csrf, body) and the status to expect."""
    urls, learners = data["urls"], data["learners"]
    if page == "catalogue":
        return [f"GET\t{urls['catalogue']}\t\t\t"], 200
    if page == "autosave":
        return [f"POST\t{row['save']}\t{row['cookie']}\t{row['csrf']}\tq1=" for row in learners], 200
    return [f"GET\t{urls[page]}\t{row['cookie']}\t\t" for row in learners], 200


def check(base: str, page: str, data: dict) -> None:
    """One request per page before the load: the right status, no redirect to log in."""
    lines, expected = request_lines(page, data)
    method, path, cookie, csrf, body = lines[0].split("\t")
    headers = {"Cookie": cookie} if cookie else {}
    if csrf:
        headers.update({"X-CSRFToken": csrf, "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    request = urllib.request.Request(base + path, data=body.encode() if method == "POST" else None, headers=headers, method=method)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            status, size = response.status, len(response.read())
    except urllib.error.HTTPError as exc:
        status, size = exc.code, 0
    if status != expected:
        raise SystemExit(f"{page}: {method} {path} answered {status}, expected {expected}")
    data.setdefault("sizes", {})[page] = size


def wrk(base: str, page: str, data: dict, *, duration: int, connections: int, workdir: Path) -> dict:
    lines, expected = request_lines(page, data)
    requests_file = workdir / f"{page}.tsv"
    requests_file.write_text("\n".join(lines) + "\n")
    script = workdir / f"{page}.lua"
    script.write_text(WRK_SCRIPT.replace("EXPECTED", str(expected)))
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(script), base, "--", str(requests_file)]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"wrk failed on {page}: {run.stderr or run.stdout}")
    output = run.stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    result["rps"] = result["requests"] / result["seconds"]
    return result


def flows(base: str, data: dict, *, seconds: float, users: int = 16) -> dict:
    """start → autosave → submit, by ``users`` learners at once, on keep-alive connections."""
    host, port = base.removeprefix("http://").split(":")
    start_path = data["urls"]["start"]
    course_slug, lesson_slug = data["urls"]["flow_lesson"]
    counts = {"flows": 0, "errors": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def post(conn, path, row, body=""):
        headers = {"Cookie": row["cookie"], "X-CSRFToken": row["csrf"], "Content-Type": "application/x-www-form-urlencoded"}
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return response

    quiz_path = f"/courses/{course_slug}/{lesson_slug}/quiz/"

    def learner(row):
        conn = HTTPConnection(host, int(port), timeout=30)
        while time.monotonic() < deadline:
            try:
                ok = post(conn, start_path, row).status == 302
                conn.request("GET", quiz_path, headers={"Cookie": row["cookie"]})
                response = conn.getresponse()
                attempt = ATTEMPT_SAVE.search(response.read().decode())
                ok = ok and response.status == 200 and attempt is not None
                if ok:
                    prefix = f"{quiz_path}attempts/{attempt.group(1)}/"
                    ok = post(conn, prefix + "save/", row, "q1=").status in (200, 302)
                    ok = ok and post(conn, prefix + "submit/", row, "confirm=1").status == 302
            except OSError:
                ok = False
                conn.close()
                conn = HTTPConnection(host, int(port), timeout=30)
            with lock:
                counts["flows" if ok else "errors"] += 1
        conn.close()

    threads = [threading.Thread(target=learner, args=(row,)) for row in data["learners"][:users]]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts["flows_per_s"] = counts["flows"] / (time.monotonic() - began)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        sys.path.insert(0, str(ROOT))
        prepare(args.prepare)
        return
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")

    workdir = Path(tempfile.mkdtemp(prefix="lessonforge-load-"))
    env = production_env(workdir)
    print(f"Preparing the database ({env['DATABASE_URL'].split(':')[0]}): seeds, {LEARNERS} learners…", flush=True)
    data_file = workdir / "data.json"
    subprocess.run([sys.executable, __file__, "--prepare", str(data_file)], env=env, cwd=ROOT, check=True)
    data = json.loads(data_file.read_text())

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "-b", f"127.0.0.1:{port}", "--log-level", "warning",
         "config.wsgi"],
        env=env, cwd=ROOT, start_new_session=True,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        pages = args.pages.split(",")
        for page in pages:
            check(base, page, data)
            wrk(base, page, data, duration=1, connections=args.connections, workdir=workdir)  # warm every worker
        results: dict[str, list[dict]] = {page: [] for page in pages}
        for round_number in range(args.rounds):
            for page in pages:
                results[page].append(wrk(base, page, data, duration=args.duration, connections=args.connections, workdir=workdir))
            print(f"round {round_number + 1} of {args.rounds} done", flush=True)
        flow = flows(base, data, seconds=max(5, args.duration))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)

    median = {page: {key: statistics.median(r[key] for r in runs) for key in ("rps", "p50_ms", "p99_ms")}
              for page, runs in results.items()}
    errors = {page: sum(r["errors"] + r["bad_status"] for r in runs) for page, runs in results.items()}
    bare = median.get("bare", {}).get("rps")
    print(f"\ngunicorn -w {args.workers} (sync), wrk -t2 -c{args.connections} -d{args.duration}s, "
          f"{args.rounds} interleaved rounds, medians; {LEARNERS} learners, {DRIVERS} logged in")
    print(f"{'page':<10} {'HTML':>8} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}  targets")
    for page in pages:
        figures = median[page]
        ratio = figures["rps"] / bare if bare else float("nan")
        target = TARGET.get(page, 1.0)
        verdict = "" if target is None else (
            f"ratio >= {target:.1f}: {'met' if ratio >= target else 'NOT met'}; "
            f"p99 < 100 ms: {'met' if figures['p99_ms'] < 100 else 'NOT met'}; "
            f"no error: {'met' if not errors[page] else 'NOT met'}"
        )
        size = data.get("sizes", {}).get(page, 0)
        print(f"{page:<10} {size / 1024:>6.1f}KB {figures['rps']:>8.0f} {ratio:>6.2f} {figures['p50_ms']:>7.1f} "
              f"{figures['p99_ms']:>7.1f} {errors[page]:>6}  {verdict}")
    print(f"\nstart → autosave → submit, 16 learners at once: {flow['flows_per_s']:.1f} flows/s, "
          f"{flow['flows']} flows, {flow['errors']} errors")


if __name__ == "__main__":
    main()
