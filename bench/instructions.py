"""Instructions per request of each page, counted by valgrind: a page's cost without the machine's noise.

    .venv/bin/python bench/instructions.py [--pages bare,lesson,quiz] [--requests 30]

``bench/load.py`` and ``bench/pagecost.py`` time pages, and on a shared machine their figures move by
10–20% between runs: more than most changes they are meant to judge. This counts the CPU instructions
each warm request executes instead (valgrind's callgrind, Debian's ``valgrind`` package), which repeat
to within 0.2% between runs, so two commits can be compared on a busy machine. Each page runs in its own
process under valgrind, on its own copy of the fresh database ``bench/load.py`` prepares (seeds, 1,000
learners), with production settings: the learners' requests twice to warm every cache, then once more
counted (only inside ``itertools.starmap``, which runs the counted requests). Instructions are not time
(a page that waits on the database or allocates more can differ), so the load test stays the judge of
the targets; this tells whether a change made a page cheaper. Runs take about a minute per page.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import PAGES, production_env, request_lines  # noqa: E402


def count(workdir: Path, page: str, requests: int) -> None:
    """Inside valgrind: warm ``page`` twice, then run its requests once inside ``itertools.starmap``."""
    os.environ.update(production_env(workdir))
    data = json.loads((workdir / "data.json").read_text())
    import django
    from django.core.wsgi import get_wsgi_application

    from bench.pagecost import environ

    django.setup()
    application = get_wsgi_application()

    def call(line: str) -> None:
        statuses = []
        b"".join(application(environ(line), lambda status, *_: statuses.append(status)))
        if not statuses[0].startswith(("200", "302")):
            raise SystemExit(f"{page}: {statuses[0]}")

    lines = request_lines(page, data)[0][:requests]
    for line in lines * 2:
        call(line)
    list(itertools.starmap(call, ((line,) for line in lines)))


def measure(prepared: Path, page: str, requests: int) -> int:
    """Instructions per counted request of ``page``, on a copy of the ``prepared`` database."""
    workdir = Path(tempfile.mkdtemp(prefix=f"lessonforge-instructions-{page}-"))
    shutil.copytree(prepared, workdir, dirs_exist_ok=True)
    out = workdir / "callgrind.out"
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=starmap_next",
         f"--callgrind-out-file={out}", sys.executable, __file__, "--count", str(workdir), page, str(requests)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    totals = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
    return int(totals.group(1)) // requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default=",".join(p for p in PAGES if p != "autosave"))
    parser.add_argument("--requests", type=int, default=30, help="counted requests per page")
    parser.add_argument("--count", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count:
        workdir, page, requests = args.count
        count(Path(workdir), page, int(requests))
        return
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is missing: apt-get install -y valgrind")
    prepared = Path(tempfile.mkdtemp(prefix="lessonforge-instructions-"))
    os.environ.update(production_env(prepared))
    subprocess.run([sys.executable, str(ROOT / "bench" / "load.py"), "--prepare", str(prepared / "data.json")],
                   env=os.environ, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    pages = args.pages.split(",")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counted = dict(zip(pages, pool.map(lambda page: measure(prepared, page, args.requests), pages)))
    bare = counted.get("bare")
    print(f"{'page':<10} {'instructions':>13} {'bare/page':>9}")
    for page, instructions in counted.items():
        ratio = f"{bare / instructions:9.2f}" if bare else ""
        print(f"{page:<10} {instructions:13,} {ratio}")


if __name__ == "__main__":
    main()
