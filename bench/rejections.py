"""What the quality checks and the quiz assembly leave out, rated blind: do the checks refuse good items?

    .venv/bin/python bench/rejections.py count CORPUS_DIR [...]        # near misses per check, no export
    .venv/bin/python bench/rejections.py export CORPUS_DIR OUT_DIR [--per-lesson N]
    .venv/bin/python bench/rejections.py export CORPUS_DIR [...] OUT_DIR --rule RULE   # every item of one rule
    .venv/bin/python bench/rejections.py score OUT_DIR [...]            # per check: how raters judged its refusals

The generator keeps few questions per lesson (test-m: 18 for 8 documents), and
raters score coverage 1-2 of 5.  Part of the loss is by design (a check refuses
a doubtful item), part may be a check that refuses items a teacher would keep.
Blind verdicts on what is published cannot tell the two apart, because nobody
ever sees what was refused.

``export`` regenerates the folder as one course (seed 0, the course glossary as
the generator sees it) and writes, in ``bench/rating.py``'s rater format, the
"near misses": candidates refused by exactly one check, and candidates that
passed every check but were left out by the quiz assembly (``assembly``).  At
most ``--per-lesson`` per lesson, spread over the checks.  What the raters must
not see (the check, rule, family) goes to ``OUT_DIR/private.json``.

``export --rule RULE`` writes instead every candidate of that rule that passed every check, from one or
more corpus folders (lessons named ``<folder>-<document>``), for a blind study of a new rule before it is
trusted: ``bench/labels/reversal-study`` is the open corpora's direction reversals.

``score`` joins the raters' verdicts (``OUT_DIR/rater-*/ratings.json``) to the
check that refused each item: a check whose refusals raters mostly accept is
refusing good items; one whose refusals they reject is earning its place.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from quizgen import course_glossary  # noqa: E402

from lessontext.document import Document, parse_document  # noqa: E402
from lessontext.questions.candidate import Candidate  # noqa: E402
from lessontext.questions.course import build_course  # noqa: E402
from lessontext.questions.drafting import to_question  # noqa: E402
from lessontext.questions.families import generate  # noqa: E402
from lessontext.questions.rubric import CHECK_NAMES, evaluate  # noqa: E402
from lessontext.questions.select import choose  # noqa: E402
from lessontext.questions.soft import confidence as soft_confidence  # noqa: E402

ASSEMBLY = "assembly"  # passed every check, left out when the quiz was put together
PER_LESSON = 8
SEED = 0


@dataclass(frozen=True)
class NearMiss:
    lesson: str
    check: str
    candidate: Candidate


def _documents(corpus: Path) -> list[tuple[str, Document]]:
    paths = sorted(corpus.glob("*.md"))
    return [(p.stem, parse_document(ftfy.fix_text(p.read_text(encoding="utf-8")))) for p in paths]


def near_misses(corpus: Path) -> Iterator[NearMiss]:
    """Every candidate refused by exactly one check, and every one the assembly left out."""
    documents = _documents(corpus)
    glossary = course_glossary([d for _, d in documents])
    for slug, document in documents:
        others = [d for _, d in documents if d is not document]
        course = build_course(document, glossary=glossary, others=others)
        passed = []
        for candidate in generate(course, random.Random(SEED)):
            failed = evaluate(candidate, course)
            if len(failed) == 1:
                yield NearMiss(slug, failed[0], candidate)
            elif not failed:
                passed.append(replace(candidate, base=round(soft_confidence(candidate, course), 3)))
        chosen = {id(c) for c in choose(passed, rng=random.Random(SEED), target=10)}
        for candidate in passed:
            if id(candidate) not in chosen:
                yield NearMiss(slug, ASSEMBLY, candidate)


PASSED = "passed"  # an item of the studied rule that passed every check (``export --rule``)


def rule_items(corpus: Path, rule: str) -> Iterator[NearMiss]:
    """Every candidate of ``rule`` that passed every check, lessons named after the folder and the document."""
    documents = _documents(corpus)
    glossary = course_glossary([d for _, d in documents])
    for slug, document in documents:
        course = build_course(document, glossary=glossary, others=[d for _, d in documents if d is not document])
        for candidate in generate(course, random.Random(SEED)):
            if candidate.rule == rule and not evaluate(candidate, course):
                yield NearMiss(f"{corpus.name}-{slug}", PASSED, candidate)


def _spread(misses: list[NearMiss], limit: int) -> list[NearMiss]:
    """At most ``limit`` items, one per check in turn, so a prolific check does not fill the sample."""
    by_check: dict[str, list[NearMiss]] = defaultdict(list)
    seen: set[str] = set()
    for m in misses:
        if m.candidate.stem not in seen:  # one family may make the same stem twice
            seen.add(m.candidate.stem)
            by_check[m.check].append(m)
    out: list[NearMiss] = []
    while len(out) < limit and any(by_check.values()):
        for check in sorted(by_check):
            if by_check[check] and len(out) < limit:
                out.append(by_check[check].pop(0))
    return out


def count(*corpora: Path) -> None:
    for corpus in corpora:
        tally = Counter(m.check for m in near_misses(corpus))
        print(f"{corpus.name}: " + ", ".join(f"{k} {v}" for k, v in tally.most_common()))


def export(corpus: Path, out: Path, per_lesson: int = PER_LESSON) -> None:
    _write(out, [(path.stem, path) for path in sorted(corpus.glob("*.md"))], near_misses(corpus), per_lesson)


def export_rule(corpora: list[Path], out: Path, rule: str) -> None:
    items = [m for corpus in corpora for m in rule_items(corpus, rule)]
    lessons = sorted({m.lesson for m in items})
    paths = {f"{c.name}-{p.stem}": p for c in corpora for p in c.glob("*.md")}
    _write(out, [(slug, paths[slug]) for slug in lessons], items, per_lesson=len(items))


def _write(out: Path, sources: list[tuple[str, Path]], misses: Iterator[NearMiss] | list[NearMiss],
           per_lesson: int) -> None:
    visible = out / "input"
    (visible / "sources").mkdir(parents=True, exist_ok=True)
    rubric = ROOT.parent / "shared" / "QUESTION_QUALITY.md"
    if rubric.exists():
        (visible / "QUESTION_QUALITY.md").write_text(rubric.read_text(encoding="utf-8"), encoding="utf-8")
    by_lesson: dict[str, list[NearMiss]] = defaultdict(list)
    for m in misses:
        by_lesson[m.lesson].append(m)
    lessons, private = [], {"questions": {}}
    for slug, path in sources:
        (visible / "sources" / f"{slug}.md").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        items = []
        rng = random.Random(SEED)
        for n, m in enumerate(_spread(by_lesson[slug], per_lesson), 1):
            q = to_question(m.candidate, rng=rng, positions=Counter(), checks=CHECK_NAMES, confidence=m.candidate.base)
            qid = f"{slug}#{n}"
            items.append({
                "id": qid, "type": q.type.value, "stem": q.stem,
                "options": [{"text": o.text, "correct": o.correct} for o in q.options]
                + [{"text": p.prompt, "correct": True, "match": p.answer} for p in q.pairs],
                "accepted_answers": list(q.answers), "explanation": q.explanation,
                "source_sentence": q.source_sentence,
            })
            private["questions"][qid] = {"check": m.check, "rule": q.rule, "type": q.type.value}
        title = next((line.lstrip("# ").strip() for line in path.read_text(encoding="utf-8").splitlines()
                      if line.startswith("# ")), slug)
        lessons.append({"lesson": slug, "title": title, "questions": items})
    (visible / "questions.json").write_text(json.dumps(lessons, indent=1, ensure_ascii=False), encoding="utf-8")
    (visible / "glossary.json").write_text("[]", encoding="utf-8")
    (out / "private.json").write_text(json.dumps(private, indent=1, ensure_ascii=False), encoding="utf-8")
    tally = Counter(p["check"] for p in private["questions"].values())
    print(f"{out}: {len(private['questions'])} items: " + ", ".join(f"{k} {v}" for k, v in tally.most_common()))


def score(*outs: Path) -> None:
    """Per check, per rater: accept / minor / reject of its refusals, and wrong keys among them."""
    rows: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for out in outs:
        private = json.loads((out / "private.json").read_text(encoding="utf-8"))["questions"]
        for rater in sorted(out.glob("rater-*")):
            for r in json.loads((rater / "ratings.json").read_text(encoding="utf-8")):
                check = private[r["id"]]["check"]
                tally = rows[check][rater.name]
                tally[r["verdict"]] += 1
                if {"wrong_key", "two_keys", "distractor_true"} & set(r.get("reasons", [])):
                    tally["wrong"] += 1
    print("check: per rater accept / minor / reject (wrong keys) of the items it refused")
    for check, raters in sorted(rows.items(), key=lambda kv: -sum(sum(t[v] for v in ("accept", "minor", "reject"))
                                                                   for t in kv[1].values())):
        cells = [f"{t['accept']}/{t['minor']}/{t['reject']} ({t['wrong']})" for _, t in sorted(raters.items())]
        print(f"  {check:32} " + "   ".join(cells))


def main(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "count":
        count(*map(Path, argv[1:]))
    elif len(argv) >= 5 and argv[0] == "export" and "--rule" in argv:
        at = argv.index("--rule")
        rule, paths = argv[at + 1], [Path(a) for a in argv[1:at]]
        export_rule(paths[:-1], paths[-1], rule)
    elif len(argv) >= 3 and argv[0] == "export":
        per = int(argv[argv.index("--per-lesson") + 1]) if "--per-lesson" in argv else PER_LESSON
        export(Path(argv[1]), Path(argv[2]), per)
    elif len(argv) >= 2 and argv[0] == "score":
        score(*map(Path, argv[1:]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
