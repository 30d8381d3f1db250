"""Which partner of an entity swap raters accept: every rated entity_swap_false item, its partner's rank.

    .venv/bin/python bench/swapstudy.py        # rank of the rated partner by context fit, per verdict and half
    .venv/bin/python bench/swapstudy.py -v     # and each rated swap with its pool, best fit first

Joins every bench/labels/*/rater-*/ratings.json to private.json (rule) and input/questions.json (stem, source
sentence), keeps the entity_swap_false items, reads the original and the swapped-in name off the difference
between the source sentence and the statement, and ranks the lesson's other names of the original's kind by
``partners.context_fit`` (how alike the lesson's sentences about each are to the swapped sentence).  Prints the
mean rank percentile of the rated partner (0: the best fit of its pool, 1: the worst) for swaps raters accepted
(mean verdict at least 1.5 of 2), swaps whose notes call them implausible, absurd or nonsense, and the rest, on
the design half and the check half of the corpora separately.  Never reads the held-out folders.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from quizgen import course_glossary  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.questions.course import build_course  # noqa: E402
from lessontext.questions.partners import context_fit  # noqa: E402
from lessontext.questions.phrasing import lift  # noqa: E402
from lessontext.questions.text import find_phrase  # noqa: E402

# The corpora the partner ranking was read from; the others check it.
DESIGN = {"dev", "test", "test-c", "test-e", "test-g", "test-i", "test-k", "test-m", "test-o", "test-q", "test-t", "test-v"}
NAME_KINDS = ("country", "organisation", "person", "place")
_VALUE = {"accept": 2, "minor": 1, "reject": 0}


def corpus_of(labels: str) -> str:
    """The corpus a labels folder rated ("test-v-r2" -> "test-v", "near-misses-test-l" -> "test-l")."""
    name = labels.removeprefix("near-misses-")
    return re.sub(r"-(?:r\d+|mid)$", "", name)


def rated_swaps() -> list[dict]:
    found = []
    for labels in sorted((ROOT / "bench" / "labels").iterdir()):
        if labels.name.startswith("seeds") or not (labels / "private.json").exists():
            continue
        rules = {qid: q["rule"] for qid, q in json.loads((labels / "private.json").read_text())["questions"].items()}
        questions = {q["id"]: (lesson["lesson"], q) for lesson in json.loads((labels / "input" / "questions.json").read_text())
                     for q in lesson["questions"]}
        verdicts: dict[str, list] = {}
        for rater in sorted(labels.glob("rater-*")):
            for rating in json.loads((rater / "ratings.json").read_text()):
                verdicts.setdefault(rating["id"], []).append((rating["verdict"], rating.get("note", "")))
        for qid, rule in rules.items():
            if rule == "entity_swap_false" and qid in verdicts:
                lesson, q = questions[qid]
                found.append({"corpus": corpus_of(labels.name), "lesson": lesson, "stem": q["stem"],
                              "source": q["source_sentence"], "verdicts": verdicts[qid]})
    return found


def swapped_names(source: str, statement: str) -> tuple[str, str] | None:
    """The original name and the one swapped in, from the words that differ (case aside)."""
    a, b = re.findall(r"\S+", source), re.findall(r"\S+", statement)
    strip = [w.lower().strip(".,;:") for w in a], [w.lower().strip(".,;:") for w in b]
    changed = [op for op in difflib.SequenceMatcher(a=strip[0], b=strip[1], autojunk=False).get_opcodes() if op[0] != "equal"]
    if not changed:
        return None
    i1, j1, i2, j2 = changed[0][1], changed[0][3], changed[-1][2], changed[-1][4]
    original = re.sub(r"^(?:the|The)\s+", "", " ".join(a[i1:i2]).strip(".,;:"))
    replacement = re.sub(r"^(?:the|The)\s+", "", " ".join(b[j1:j2]).strip(".,;:"))
    return original, replacement


def main() -> None:
    verbose = "-v" in sys.argv
    courses: dict[str, tuple] = {}
    groups: dict[tuple[str, str], list[float]] = {}
    seen = set()
    for item in rated_swaps():
        corpus, lesson = item["corpus"], item["lesson"]
        path = ROOT / "bench" / "corpus" / corpus / f"{lesson}.md"
        if not path.exists():
            continue
        if corpus not in courses:
            paths = sorted(path.parent.glob("*.md"))
            documents = [parse_document(ftfy.fix_text(p.read_text(encoding="utf-8"))) for p in paths]
            courses[corpus] = ([p.stem for p in paths], documents, course_glossary(documents), {})
        stems, documents, glossary, built = courses[corpus]
        if lesson not in built:
            document = documents[stems.index(lesson)]
            built[lesson] = build_course(document, glossary=glossary, others=[d for d in documents if d is not document])
        course = built[lesson]
        statement = re.sub(r"^True or false\? (?:According to the text, )?", "", item["stem"])
        names = swapped_names(lift(item["source"]), statement)
        if not names or (corpus, lesson, *names) in seen:
            continue
        seen.add((corpus, lesson, *names))
        original, replacement = names
        kinds = [m.kind for m in course.lesson.mentions if m.sentence == item["source"] and original in m.text]
        if not kinds or kinds[0] not in NAME_KINDS:
            continue
        pool = [p for p in dict.fromkeys(m.text for m in course.lesson.mentions if m.kind == kinds[0])
                if p != original and not find_phrase(item["source"], p)]
        if replacement not in pool or len(pool) < 2:
            continue
        fits = {p: context_fit(p, item["source"], course) for p in pool}
        percentile = sum(fits[p] > fits[replacement] for p in pool) / (len(pool) - 1)
        value = sum(_VALUE[v] for v, _ in item["verdicts"]) / len(item["verdicts"])
        notes = " ".join(n.lower() for _, n in item["verdicts"])
        group = "accepted" if value >= 1.5 else "implausible" if re.search(r"implausible|absurd|nonsense", notes) else "other"
        half = "design" if corpus in DESIGN else "check"
        groups.setdefault((half, group), []).append(percentile)
        if verbose:
            ranked = sorted(pool, key=lambda p: -fits[p])
            print(f"[{corpus}] {value:.1f} {original} -> {replacement}: "
                  + ", ".join(f"{'*' if p == replacement else ''}{p} {fits[p]:.2f}" for p in ranked[:8]))
    for (half, group), values in sorted(groups.items()):
        print(f"{half:6} {group:11} swaps {len(values):3}  mean rank percentile {sum(values) / len(values):.2f}"
              f"  best third {sum(v <= 1 / 3 for v in values) / len(values):.2f}")


if __name__ == "__main__":
    main()
