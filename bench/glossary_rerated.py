"""Join the glossary as it is now to the blind raters' glossary verdicts, and diff two snapshots.

    .venv/bin/python bench/glossary_rerated.py snap OUT.json      # regenerate every rated corpus, save it
    .venv/bin/python bench/glossary_rerated.py diff OLD.json NEW.json [-v]

Regenerates bench/corpus/dev, dev-b and test-b to test-aj (one glossary per document,
``extract_glossary``) and joins each entry to the verdicts of the newest rating of the
same lesson and headword (``term_key``) in bench/labels/.  ``diff`` counts, per corpus,
the rated entries a change removed, re-worded or kept, with their verdicts, and the
new unrated entries: a change is good when it removes rejects and keeps accepts.
Never reads the held-out test folders.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary import extract_glossary  # noqa: E402
from lessontext.words import term_key  # noqa: E402

RATED = {"dev": ("dev-r5",), "dev-b": ("dev-b-r3",), "test-b": ("test-b",), "test-c": ("test-c",),
         "test-d": ("test-d",), "test-e": ("test-e",), "test-f": ("test-f",), "test-g": ("test-g",),
         "test-h": ("test-h",), "test-i": ("test-i",), "test-j": ("test-j",), "test-k": ("test-k",), "test-l": ("test-l-r2",), "test-m": ("test-m",),
         "test-n": ("test-n-r3",), "test-o": ("test-o",), "test-p": ("test-p-r2",), "test-q": ("test-q",), "test-s": ("test-s-r3",), "test-t": ("test-t-mid",), "test-u": ("test-u",), "test-v": ("test-v-r2",), "test-w": ("test-w-r2",), "test-x": ("test-x-r2",), "test-y": ("test-y",), "test-z": ("test-z-r2",), "test-ab": ("test-ab",), "test-ac": ("test-ac-r2",), "test-ad": ("test-ad-r2",), "test-ae": ("test-ae-r2",), "test-af": ("test-af-r2",), "test-ag": ("test-ag",), "test-ah": ("test-ah-r2",), "test-ai": ("test-ai-r2",), "test-aj": ("test-aj-r2",), "test-ak": ("test-ak-r2",), "test-al": ("test-al",), "test-am": ("test-am",), "test-an": ("test-an",), "test-ao": ("test-ao",), "test-ap": ("test-ap",), "test-aq": ("test-aq",), "test-ar": ("test-ar",), "test-as": ("test-as",), "test-at": ("test-at",), "test-au": ("test-au",), "test-av": ("test-av",), "test-aw": ("test-aw",), "test-ax": ("test-ax",), "test-ay": ("test-ay",), "test-az": ("test-az",), "test-ba": ("test-ba",), "test-bb": ("test-bb-r2",), "test-bc": ("test-bc",), "test-bd": ("test-bd",), "test-be": ("test-be",), "test-bf": ("test-bf",), "test-bg": ("test-bg",), "test-bh": ("test-bh",), "test-bi": ("test-bi",), "test-bj": ("test-bj",), "test-bk": ("test-bk",), "test-bl": ("test-bl",), "test-bm": ("test-bm",), "test-bn": ("test-bn",), "test-bo": ("test-bo",), "test-bp": ("test-bp",), "test-bq": ("test-bq",), "test-br": ("test-br",), "test-bs": ("test-bs",), "test-bt": ("test-bt",), "test-bw": ("test-bw",), "test-bx": ("test-bx",), "test-by": ("test-by",), "test-bz": ("test-bz",), "test-ca": ("test-ca",), "test-cb": ("test-cb",), "test-cc": ("test-cc",), "test-cd": ("test-cd",), "test-ce": ("test-ce",), "test-cf": ("test-cf",), "test-cg": ("test-cg",), "test-ch": ("test-ch",), "test-ci": ("test-ci",), "test-cj": ("test-cj",), "test-ck": ("test-ck",), "test-cl": ("test-cl",), "test-cm": ("test-cm",), "test-cn": ("test-cn",), "test-co": ("test-co",), "test-cp": ("test-cp",), "test-cq": ("test-cq",), "test-cr": ("test-cr",), "test-cs": ("test-cs",), "test-ct": ("test-ct",), "test-cu": ("test-cu",), "test-cv": ("test-cv",), "test-cw": ("test-cw",), "test-cx": ("test-cx",), "test-cy": ("test-cy",), "test-cz": ("test-cz",), "test-da": ("test-da",), "test-db": ("test-db",), "test-dc": ("test-dc",), "test-dd": ("test-dd",), "test-de": ("test-de",), "test-df": ("test-df",), "test-dg": ("test-dg",), "test-dh": ("test-dh",), "test-di": ("test-di",), "test-dj": ("test-dj",), "test-dk": ("test-dk",), "test-dl": ("test-dl",), "test-dm": ("test-dm",), "test-dn": ("test-dn",), "test-do": ("test-do",), "test-dp": ("test-dp",), "test-dq": ("test-dq",), "test-dr": ("test-dr",), "test-ds": ("test-ds",), "test-dt": ("test-dt",), "test-du": ("test-du",), "test-dv": ("test-dv",), "test-dw": ("test-dw",), "test-dx": ("test-dx",), "test-dy": ("test-dy",), "test-dz": ("test-dz",), "test-ea": ("test-ea",), "test-eb": ("test-eb",), "test-ec": ("test-ec",), "test-ed": ("test-ed",), "test-ee": ("test-ee",), "test-ef": ("test-ef",), "test-eg": ("test-eg",), "test-eh": ("test-eh",), "test-ei": ("test-ei",), "test-ej": ("test-ej",), "test-ek": ("test-ek",), "test-el": ("test-el",), "test-em": ("test-em",), "test-en": ("test-en",), "test-eo": ("test-eo",)}


def verdicts(labels: Path) -> dict[str, list]:
    """"lesson|key" -> [definition rated, [verdicts], [reasons]]."""
    entries = {e["id"]: e for e in json.loads((labels / "input" / "glossary.json").read_text())}
    found: dict[str, list] = {}
    for rater in sorted(labels.glob("rater-*")):
        for rating in json.loads((rater / "glossary_ratings.json").read_text())["entries"]:
            entry = entries.get(rating["id"])
            if entry is None:
                continue
            key = f"{entry['lesson']}|{term_key(entry['term'])}"
            slot = found.setdefault(key, [entry["definition"], [], []])
            slot[1].append(rating["verdict"])
            slot[2].extend(rating.get("reasons", []))
    return found


def snap(out: Path) -> None:
    data = {}
    for corpus, folders in RATED.items():
        rated: dict[str, list] = {}
        for labels in reversed(folders):
            rated.update(verdicts(ROOT / "bench" / "labels" / labels))
        rows = []
        for path in sorted((ROOT / "bench" / "corpus" / corpus).glob("*.md")):
            document = parse_document(ftfy.fix_text(path.read_text(encoding="utf-8")))
            for t in extract_glossary(document):
                key = f"{path.stem}|{term_key(t.term)}"
                r = rated.get(key)
                rows.append({"key": key, "term": t.term, "definition": t.definition, "rule": t.rule,
                             "verdicts": r[1] if r and r[0] == t.definition else [],
                             "old_verdicts": r[1] if r else [], "rated_definition": r[0] if r else ""})
        data[corpus] = rows
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False))


def diff(old_path: Path, new_path: Path, verbose: bool) -> None:
    old, new = json.loads(old_path.read_text()), json.loads(new_path.read_text())
    for corpus in old:
        a = {r["key"]: r for r in old[corpus]}
        b = {r["key"]: r for r in new.get(corpus, [])}
        counts: dict[str, Counter] = defaultdict(Counter)
        for key, r in a.items():
            s = b.get(key)
            change = "removed" if s is None else "reworded" if s["definition"] != r["definition"] else ""
            if not change:
                continue
            for v in r["old_verdicts"] or ["unrated"]:
                counts[change][v] += 1
            if verbose:
                print(f"  [{corpus}] {change} {r['old_verdicts']} {r['term']}: {r['definition']}"
                      + (f"\n      -> {s['term']}: {s['definition']}" if s else ""))
        for key, s in b.items():
            if key not in a:
                counts["added"][str(s["old_verdicts"] or "unrated")] += 1
                if verbose:
                    print(f"  [{corpus}] added {s['old_verdicts']} {s['rule']} {s['term']}: {s['definition']}")
        if counts:
            print(corpus, {k: dict(v) for k, v in counts.items()})


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        snap(Path(sys.argv[2]))
    else:
        diff(Path(sys.argv[2]), Path(sys.argv[3]), "-v" in sys.argv)
