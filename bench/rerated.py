"""A proxy of the blind ratings for the generator as it is now: regenerate, then look up each question's verdicts.

    .venv/bin/python bench/rerated.py          # published questions per corpus
    .venv/bin/python bench/rerated.py --all    # every generated question
    .venv/bin/python bench/rerated.py -v       # and each question with its verdicts

Regenerates bench/corpus/dev, dev-b and test-b to test-aj (one course each, seed 0, the course glossary
as ``quizgen.py`` builds it, true/false keys balanced per course) and joins every question to the ratings of the same rule and stem
in bench/labels/ (dev-r5 then dev-r4, dev-b-r3 then dev-b-r2, test-b to test-k, test-l-r2 then test-l, test-m, test-n-r3 then test-n-mid then test-n, test-o, test-p-r2 then test-p, test-q, test-s-r3 then test-s-mid then test-s, test-t-mid then test-t, test-u, test-v-r2 then test-v, test-w-r2 then test-w, test-x-r2 then test-x, test-y, test-z-r2 then test-z, test-ab, test-ac-r2 then test-ac, test-ad-r2 then test-ad, test-ae-r2 then test-ae, test-af-r2 then test-af, test-ag, test-ah-r2 then test-ah, test-ai-r2 then test-ai, test-aj-r2 then test-aj: the newest rating of a
question wins; both raters; a verdict counts 1/n of n ratings).
A question nobody rated counts as "unrated": read it, it is new.  Published means under the
gate in lessontext/questions/gate.py.  "apply" counts items whose level is beyond recall.
Never reads the held-out test folders.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from quizgen import course_glossary  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.questions import balance_course, generate_quiz  # noqa: E402
from lessontext.questions.gate import publishable  # noqa: E402

RATED = {"dev": ("dev-r5", "dev-r4"), "dev-b": ("dev-b-r3", "dev-b-r2"), "test-b": ("test-b",), "test-c": ("test-c",), "test-d": ("test-d",), "test-e": ("test-e",), "test-f": ("test-f",), "test-g": ("test-g",), "test-h": ("test-h",), "test-i": ("test-i",), "test-j": ("test-j",), "test-k": ("test-k",), "test-l": ("test-l-r2", "test-l"), "test-m": ("test-m",), "test-n": ("test-n-r3", "test-n-mid", "test-n"), "test-o": ("test-o",), "test-p": ("test-p-r2", "test-p"), "test-q": ("test-q",), "test-s": ("test-s-r3", "test-s-mid", "test-s"), "test-t": ("test-t-mid", "test-t"), "test-u": ("test-u",), "test-v": ("test-v-r2", "test-v"), "test-w": ("test-w-r2", "test-w"), "test-x": ("test-x-r2", "test-x"), "test-y": ("test-y",), "test-z": ("test-z-r2", "test-z"), "test-ab": ("test-ab",), "test-ac": ("test-ac-r2", "test-ac"), "test-ad": ("test-ad-r2", "test-ad"), "test-ae": ("test-ae-r2", "test-ae"), "test-af": ("test-af-r2", "test-af"), "test-ag": ("test-ag",), "test-ah": ("test-ah-r2", "test-ah"), "test-ai": ("test-ai-r2", "test-ai"), "test-aj": ("test-aj-r2", "test-aj"), "test-ak": ("test-ak-r2", "test-ak"), "test-al": ("test-al",), "test-am": ("test-am",), "test-an": ("test-an",), "test-ao": ("test-ao",), "test-ap": ("test-ap",), "test-aq": ("test-aq",), "test-ar": ("test-ar",), "test-as": ("test-as",), "test-at": ("test-at",), "test-au": ("test-au",), "test-av": ("test-av",), "test-aw": ("test-aw",), "test-ax": ("test-ax",), "test-ay": ("test-ay",), "test-az": ("test-az",), "test-ba": ("test-ba",), "test-bb": ("test-bb-r2", "test-bb"), "test-bc": ("test-bc",), "test-bd": ("test-bd",), "test-be": ("test-be",), "test-bf": ("test-bf",), "test-bg": ("test-bg",), "test-bh": ("test-bh",), "test-bi": ("test-bi",), "test-bj": ("test-bj",), "test-bk": ("test-bk",), "test-bl": ("test-bl",), "test-bm": ("test-bm",), "test-bn": ("test-bn",), "test-bo": ("test-bo",), "test-bp": ("test-bp",), "test-bq": ("test-bq",), "test-br": ("test-br",), "test-bs": ("test-bs",), "test-bt": ("test-bt",), "test-bw": ("test-bw",), "test-bx": ("test-bx",), "test-by": ("test-by",), "test-bz": ("test-bz",), "test-ca": ("test-ca",), "test-cb": ("test-cb",), "test-cc": ("test-cc",), "test-cd": ("test-cd",), "test-ce": ("test-ce",), "test-cf": ("test-cf",), "test-cg": ("test-cg",), "test-ch": ("test-ch",), "test-ci": ("test-ci",), "test-cj": ("test-cj",), "test-ck": ("test-ck",), "test-cl": ("test-cl",), "test-cm": ("test-cm",), "test-cn": ("test-cn",), "test-co": ("test-co",), "test-cp": ("test-cp",), "test-cq": ("test-cq",), "test-cr": ("test-cr",), "test-cs": ("test-cs",), "test-ct": ("test-ct",), "test-cu": ("test-cu",), "test-cv": ("test-cv",), "test-cw": ("test-cw",), "test-cx": ("test-cx",), "test-cy": ("test-cy",), "test-cz": ("test-cz",), "test-da": ("test-da",), "test-db": ("test-db",), "test-dc": ("test-dc",), "test-dd": ("test-dd",), "test-de": ("test-de",), "test-df": ("test-df",), "test-dg": ("test-dg",), "test-dh": ("test-dh",), "test-di": ("test-di",), "test-dj": ("test-dj",), "test-dk": ("test-dk",), "test-dl": ("test-dl",), "test-dm": ("test-dm",), "test-dn": ("test-dn",), "test-do": ("test-do",), "test-dp": ("test-dp",), "test-dq": ("test-dq",), "test-dr": ("test-dr",), "test-ds": ("test-ds",), "test-dt": ("test-dt",), "test-du": ("test-du",), "test-dv": ("test-dv",), "test-dw": ("test-dw",), "test-dx": ("test-dx",), "test-dy": ("test-dy",), "test-dz": ("test-dz",), "test-ea": ("test-ea",), "test-eb": ("test-eb",), "test-ec": ("test-ec",), "test-ed": ("test-ed",), "test-ee": ("test-ee",), "test-ef": ("test-ef",), "test-eg": ("test-eg",), "test-eh": ("test-eh",), "test-ei": ("test-ei",), "test-ej": ("test-ej",), "test-ek": ("test-ek",), "test-el": ("test-el",), "test-em": ("test-em",), "test-en": ("test-en",), "test-eo": ("test-eo",)}  # newest first


def verdicts(labels: Path) -> dict[tuple[str, str], list[str]]:
    """(rule, stem) -> the raters' verdicts."""
    rules = {qid: q["rule"] for qid, q in json.loads((labels / "private.json").read_text())["questions"].items()}
    stems = {q["id"]: q["stem"] for lesson in json.loads((labels / "input" / "questions.json").read_text())
             for q in lesson["questions"]}
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for rater in sorted(labels.glob("rater-*")):
        for rating in json.loads((rater / "ratings.json").read_text()):
            found[(rules[rating["id"]], stems[rating["id"]])].append(rating["verdict"])
    return found


def course_drafts(corpus: str):
    """Regenerate one corpus folder as one course: its paths, documents, glossary and quizzes, with the course glossary
    ``quizgen.py`` builds, seed 0 and the course's true/false keys balanced, as the publishing pipeline does."""
    paths = sorted((ROOT / "bench" / "corpus" / corpus).glob("*.md"))
    documents = [parse_document(ftfy.fix_text(p.read_text(encoding="utf-8"))) for p in paths]
    glossary = course_glossary(documents)
    drafts = balance_course([
        generate_quiz(document, rng=random.Random(0), glossary=glossary,
                      other_documents=[d for d in documents if d is not document])
        for document in documents
    ])
    return paths, documents, glossary, drafts


def main() -> None:
    every, verbose = "--all" in sys.argv, "-v" in sys.argv
    for corpus, folders in RATED.items():
        rated = {}
        for labels in reversed(folders):  # the newest rating of a question wins
            rated.update(verdicts(ROOT / "bench" / "labels" / labels))
        totals = {"items": 0, "accept": 0.0, "minor": 0.0, "reject": 0.0, "unrated": 0, "apply": 0}
        *_, drafts = course_drafts(corpus)
        for draft in drafts:
            for q in draft.questions:
                published = publishable(q.rule, q.confidence)
                if not (published or every):
                    continue
                found = rated.get((q.rule, q.stem), [])
                totals["items"] += 1
                totals["apply"] += q.level != "remember"
                totals["unrated"] += not found
                for v in found:
                    totals[v] += 1 / len(found)
                if verbose:
                    print(f"  [{corpus}] {'published' if published else 'draft'} {q.rule} {found} :: {q.stem}")
        shown = ", ".join(f"{k} {round(v, 1) if isinstance(v, float) else v}" for k, v in totals.items())
        print(f"{corpus} ({labels}) {'all' if every else 'published'}: {shown}")


if __name__ == "__main__":
    main()
