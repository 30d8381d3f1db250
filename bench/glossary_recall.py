"""Proxy glossary recall: ``python bench/glossary_recall.py bench/corpus/dev bench/corpus/dev-b ...``.

For each corpus folder given, extract the glossary of every document with the
current code and, for each rated labels folder whose ``input/sources`` are that
corpus's documents, print the share of the raters' must-have terms that the
extractor finds (overall, and essays ("essay-*") and lessons apart), and the number of entries per lesson.

A must-have term counts as found when a normalised, lemmatised form of it
(:func:`lessontext.words.term_key`) equals the key of an extracted term or of
one of its aliases, anywhere in the course (raters count an entry listed under
another lesson).  A rater's "X (Y)" or "X / Y" counts as found by X or by Y.

THIS IS A PROXY FOR TUNING ONLY.  It measures recall by string matching, not
by a teacher's judgement: it misses a concept found under another wording,
says nothing of whether a definition is usable, and the must-have lists are
the raters' of one past round.  Honest figures come only from blind raters
on unseen documents.  Held-out label folders are never read.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary import extract_glossary  # noqa: E402
from lessontext.words import term_key  # noqa: E402

LABELS = ROOT / "bench" / "labels"
# Held out for honest measurement: never read here.
HELD_OUT = re.compile(r"^(?:test|test-r\d+|seeds.*)$")


def variants(term: str) -> set[str]:
    """Keys a rater's must-have term may be found under: "UNTSO (United Nations ...)", "a / b"."""
    forms = {term}
    inner = re.findall(r"\(([^)]*)\)", term)
    outer = re.sub(r"\s*\([^)]*\)", "", term).strip()
    forms |= {outer, *inner}
    for form in list(forms):
        forms |= {part.strip() for part in re.split(r"\s+/\s+|/", form) if part.strip()}
    return {k for f in forms if (k := term_key(f))}


def rated_folders(corpus: Path) -> list[Path]:
    """Labels folders (not held out) whose rated sources are exactly this corpus's documents."""
    stems = {p.stem for p in corpus.glob("*.md")}
    found = []
    for folder in sorted(LABELS.iterdir()):
        if not folder.is_dir() or HELD_OUT.match(folder.name):
            continue
        sources = {p.stem for p in (folder / "input" / "sources").glob("*.md")}
        if sources and sources == stems:
            found.append(folder)
    return found


def extract(corpus: Path) -> dict[str, list]:
    glossary = {}
    for path in sorted(corpus.glob("*.md")):
        document = parse_document(ftfy.fix_text(path.read_text(encoding="utf-8")))
        glossary[path.stem] = list(extract_glossary(document))
    return glossary


def report(corpus: Path) -> None:
    glossary = extract(corpus)
    keys = {term_key(form) for terms in glossary.values() for t in terms for form in (t.term, *t.aliases)}
    counts = ", ".join(f"{slug.split('-', 1)[0][0]}:{len(terms)}" for slug, terms in glossary.items())
    total = sum(len(t) for t in glossary.values())
    print(f"== {corpus} — {total} entries in {len(glossary)} lessons "
          f"({total / max(len(glossary), 1):.1f} per lesson; {counts})")
    for folder in rated_folders(corpus):
        for rater in sorted(folder.glob("rater-*/glossary_ratings.json")):
            must = json.loads(rater.read_text(encoding="utf-8"))["must_have"]
            hit = n = 0
            by_kind: dict[str, list[int]] = {"essay": [0, 0], "lesson": [0, 0]}
            missed = []
            for slug, items in must.items():
                kind = by_kind["essay" if slug.startswith("essay-") else "lesson"]
                for item in items:
                    n += 1
                    kind[1] += 1
                    if variants(item["term"]) & keys:
                        hit += 1
                        kind[0] += 1
                    else:
                        missed.append(f"{slug.split('-', 1)[0]}:{item['term']}")
            split = "; ".join(f"{name} {h}/{m} = {h / max(m, 1):.0%}" for name, (h, m) in by_kind.items())
            print(f"   {folder.name}/{rater.parent.name}: must-have found {hit}/{n} = {hit / max(n, 1):.0%} ({split})")
            if "-v" in sys.argv:
                print("      missed: " + "; ".join(missed))


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv if not a.startswith("-")]
    for corpus in folders:
        report(corpus)


if __name__ == "__main__":
    main(sys.argv[1:])
