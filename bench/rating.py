"""Blind rating of generated questions and glossaries: export for raters, then score their verdicts.

    .venv/bin/python bench/rating.py export CORPUS_DIR OUT_DIR   # a rater folder + a private key file
    .venv/bin/python bench/rating.py score OUT_DIR               # figures from the raters' verdicts
    .venv/bin/python bench/rating.py calibrate DEV_OUT_DIR [...]  # the publish gate from the dev verdicts, summed
    .venv/bin/python bench/rating.py compare BEFORE_DIR AFTER_DIR  # two rated exports of the same documents

``export`` imports the folder as one course through the real publishing
pipeline (a throwaway SQLite database), then writes for raters, in
``OUT_DIR/input/``, only what ``../shared/RATING_BRIEF.md`` allows:
``sources/<slug>.md``, ``questions.json`` (every generated question, published
or draft, in the brief's format), ``glossary.json`` (every glossary entry) and
the rubric. What raters must not see (rule, family, confidence, published or
draft, and the item-level features of lessontext/questions/gatefeatures.py that
``bench/gatestudy.py`` tests against the verdicts) goes to ``OUT_DIR/private.json``.

``calibrate`` counts, per rule, the dev questions both raters found usable as
is and after one edit, and writes them into ``lessontext/questions/gate.py``.

``score`` reads ``OUT_DIR/rater-*/ratings.json`` (questions) and
``OUT_DIR/rater-*/glossary_ratings.json`` and prints, per rater: usable as is
and after one edit, for the published questions and for all, per type and per
rule; wrong keys on their own; the share beyond recall; true/false balance (keyed True among
the published, keyed False among all); each lesson's coverage score as the rater wrote it in ``summary.md``;
glossary recall of the raters' must-have terms and entry usability.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WRONG_KEY_REASONS = {"wrong_key", "two_keys", "distractor_true"}


def export(corpus: Path, out: Path) -> None:
    database = Path(tempfile.mkdtemp()) / "rating.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()
    from django.core.management import call_command

    from authoring.services import course_publish
    from glossary.models import GlossaryTerm
    from quizzes.models import Question

    call_command("migrate", verbosity=0)
    report = course_publish(path=corpus)
    if report.failed:
        raise SystemExit("\n".join(str(r) for r in report.imported.failed))
    visible = out / "input"  # all a rater may see; private.json stays beside it
    (visible / "sources").mkdir(parents=True, exist_ok=True)
    rubric = ROOT.parent / "shared" / "QUESTION_QUALITY.md"
    if rubric.exists():
        (visible / "QUESTION_QUALITY.md").write_text(rubric.read_text(encoding="utf-8"), encoding="utf-8")
    from lessontext.answers import TYPED_ANSWER_RULES
    from lessontext.vocabulary import QuestionType
    from lessontext.words import term_key

    lessons, glossary, private = [], [], {"questions": {}, "terms": {}}
    headwords = {term_key(t.term) for t in GlossaryTerm.objects.filter(course=report.course)}
    for lesson in report.course.lessons.order_by("position"):
        (visible / "sources" / f"{lesson.slug}.md").write_text(lesson.source, encoding="utf-8")
        items = []
        questions = Question.objects.filter(quiz__lesson=lesson).prefetch_related("options").order_by("position")
        for n, question in enumerate(questions, 1):
            qid = f"{lesson.slug}#{n}"
            items.append({
                "id": qid,
                "type": question.type,
                "stem": question.stem,
                "options": [
                    {"text": o.text, "correct": o.is_correct, **({"match": o.match_text} if o.match_text else {})}
                    for o in question.options.all()
                ],
                "accepted_answers": question.accepted_answers,
                **({"answer_matching": TYPED_ANSWER_RULES} if question.type == QuestionType.FILL_BLANK else {}),
                "explanation": question.explanation,
                "source_sentence": question.source_sentence,
            })
            private["questions"][qid] = {
                "rule": question.rule, "confidence": question.confidence, "status": question.status,
                "type": question.type, "checks": question.checks,
                "features": _features(question, lesson.source, headwords),
            }
        lessons.append({"lesson": lesson.slug, "title": lesson.title, "questions": items})
    for n, term in enumerate(GlossaryTerm.objects.filter(course=report.course).select_related("source_lesson"), 1):
        tid = f"term#{n}"
        glossary.append({
            "id": tid, "term": term.term, "definition": term.definition,
            "lesson": term.source_lesson.slug if term.source_lesson else "",
        })
        private["terms"][tid] = {"rule": term.rule, "confidence": term.confidence, "kind": term.kind}
    (visible / "questions.json").write_text(json.dumps(lessons, indent=1, ensure_ascii=False), encoding="utf-8")
    (visible / "glossary.json").write_text(json.dumps(glossary, indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "private.json").write_text(json.dumps(private, indent=1, ensure_ascii=False), encoding="utf-8")
    published = sum(1 for q in private["questions"].values() if q["status"] == "published")
    print(f"{out}: {len(lessons)} lessons, {len(private['questions'])} questions ({published} published), "
          f"{len(glossary)} glossary entries")


def _features(question, source: str, headwords: set[str]) -> dict:
    """The item-level features of a stored question (lessontext/questions/gatefeatures.py), for bench/gatestudy.py."""
    from lessontext.questions.gatefeatures import features, item_key, position_in

    correct = [o.text for o in question.options.all() if o.is_correct]
    return features(type=question.type, stem=question.stem, confidence=question.confidence,
                    key=item_key(question.type, correct=correct, answers=question.accepted_answers),
                    source_sentence=question.source_sentence,
                    position=position_in(source, question.source_sentence), headwords=headwords)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.0f}%" if whole else "0/0"


def _gated(private_question: dict) -> bool:
    from lessontext.questions.gate import publishable

    if private_question["rule"] == "":
        return private_question["status"] == "published"
    return publishable(private_question["rule"], private_question["confidence"])


def _question_figures(ratings: list[dict], private: dict, *, published_only: bool) -> list[str]:
    rows = [(r, private["questions"][r["id"]]) for r in ratings if r["id"] in private["questions"]]
    if published_only:
        rows = [(r, p) for r, p in rows if _gated(p)]
    n = len(rows)
    accept = sum(1 for r, _ in rows if r["verdict"] == "accept")
    minor = sum(1 for r, _ in rows if r["verdict"] == "minor")
    wrong = sum(1 for r, _ in rows if set(r.get("reasons", [])) & WRONG_KEY_REASONS)
    beyond = sum(1 for r, _ in rows if r.get("level") in {"understand", "apply"})
    lines = [
        f"  items {n}: usable as is {_share(accept, n)}; usable after one edit {_share(minor, n)}; "
        f"usable in all {_share(accept + minor, n)}; wrong keys / second answers / true distractors {wrong}; "
        f"beyond recall {_share(beyond, n)}",
    ]
    for label, key in (("type", "type"), ("rule", "rule")):
        groups: dict[str, list[str]] = defaultdict(list)
        for r, p in rows:
            groups[p[key]].append(r["verdict"])
        parts = [f"{name} {Counter(v)['accept']}+{Counter(v)['minor']}/{len(v)}" for name, v in sorted(groups.items())]
        lines.append(f"  per {label} (as is + after edit / items): " + "; ".join(parts))
    return lines


def _true_false_balance(questions: list[dict], private: dict) -> str:
    published = [q for lesson in questions for q in lesson["questions"]
                 if q["type"] == "true_false" and _gated(private["questions"][q["id"]])]
    every = [q for lesson in questions for q in lesson["questions"] if q["type"] == "true_false"]
    keyed_true = sum(map(_keyed_true, published))
    keyed_false = len(every) - sum(map(_keyed_true, every))
    return (f"true/false keyed True (published): {_share(keyed_true, len(published))}; "
            f"keyed False (all generated): {_share(keyed_false, len(every))}")


def _keyed_true(question: dict) -> bool:
    return any(o["correct"] and o["text"].lower() == "true" for o in question["options"])


# "| lesson | n | accept | minor | reject | coverage (1-5) |" and "- **slug**: 2/5. Missing: ...": the two ways
# raters have written the brief's "coverage per lesson" in summary.md.
_COVERAGE_LINE = re.compile(r"^\s*[-*]\s+\**`?(?P<slug>[a-z0-9][\w-]*)`?\**\s*(?:\([^)]*\))?\s*[:—–-]\s*\**(?P<value>[1-5](?:\.\d)?)\s*/\s*5\b")


def coverage(summary: str, lessons: set[str]) -> dict[str, float]:
    """Each lesson's coverage score (1-5) as a rater wrote it in ``summary.md``: a table with a "coverage" column,
    or a list of "**slug**: N/5" lines. Only ``lessons`` count; a lesson rated twice keeps its first score."""
    found: dict[str, float] = {}
    lines = summary.splitlines()
    for i, line in enumerate(lines):
        cells = [c.strip().strip("*`").lower() for c in line.strip().strip("|").split("|")]
        if line.lstrip().startswith("|") and any(c.startswith("coverage") for c in cells):
            column = next(j for j, c in enumerate(cells) if c.startswith("coverage"))
            for row in lines[i + 2:]:
                if not row.lstrip().startswith("|"):
                    break
                values = [c.strip().strip("*`") for c in row.strip().strip("|").split("|")]
                number = re.match(r"[1-5](?:\.\d)?", values[column]) if column < len(values) else None
                if number and values[0] in lessons:
                    found.setdefault(values[0], float(number.group()))
        elif (match := _COVERAGE_LINE.match(line)) and match.group("slug") in lessons:
            found.setdefault(match.group("slug"), float(match.group("value")))
    return found


def _glossary_figures(rating: dict) -> list[str]:
    must = rating.get("must_have", {})
    found = sum(1 for terms in must.values() for t in terms if t.get("found"))
    total = sum(len(terms) for terms in must.values())
    entries = rating.get("entries", [])
    accept = sum(1 for e in entries if e["verdict"] == "accept")
    minor = sum(1 for e in entries if e["verdict"] == "minor")
    return [
        f"  glossary: must-have terms found {_share(found, total)}; entries usable as is {_share(accept, len(entries))}, "
        f"after a light edit {_share(minor, len(entries))}, in all {_share(accept + minor, len(entries))}",
    ]


KINDS = ("essay", "lesson")


def _kind(slug: str) -> str:
    """A document's kind from its slug's first word: ``essay-…`` and ``lesson-…`` are reported apart."""
    first = slug.split("-", 1)[0]
    return first if first in KINDS else ""


def _rater_figures(rater: Path, private: dict, entry_lessons: dict[str, str], kind: str | None) -> list[str]:
    lines = []
    ratings_file = rater / "ratings.json"
    if ratings_file.exists():
        ratings = json.loads(ratings_file.read_text(encoding="utf-8"))
        ratings = [r for r in ratings if kind is None or _kind(r["id"]) == kind]
        lines.append("  published questions (under the publish gate in lessontext/questions/gate.py):")
        lines += _question_figures(ratings, private, published_only=True)
        lines.append("  all generated questions (published and draft):")
        lines += _question_figures(ratings, private, published_only=False)
    glossary_file = rater / "glossary_ratings.json"
    if glossary_file.exists():
        rating = json.loads(glossary_file.read_text(encoding="utf-8"))
        if kind is not None:
            rating = {
                "must_have": {slug: terms for slug, terms in rating.get("must_have", {}).items() if _kind(slug) == kind},
                "entries": [e for e in rating.get("entries", []) if _kind(entry_lessons.get(e["id"], "")) == kind],
            }
        lines += _glossary_figures(rating)
    return lines


def score(out: Path) -> None:
    private = json.loads((out / "private.json").read_text(encoding="utf-8"))
    questions = json.loads((out / "input" / "questions.json").read_text(encoding="utf-8"))
    glossary = json.loads((out / "input" / "glossary.json").read_text(encoding="utf-8"))
    entry_lessons = {entry["id"]: entry["lesson"] for entry in glossary}
    kinds = sorted({_kind(lesson["lesson"]) for lesson in questions} - {""})
    print(f"== {out}")
    print("  " + _true_false_balance(questions, private))
    slugs = {lesson["lesson"] for lesson in questions}
    for rater in sorted(out.glob("rater-*")):
        print(f"-- {rater.name}")
        print("\n".join(_rater_figures(rater, private, entry_lessons, None)))
        summary = rater / "summary.md"
        scores = coverage(summary.read_text(encoding="utf-8"), slugs) if summary.exists() else {}
        shown = f"{sum(scores.values()) / len(scores):.2f}" if scores else "none"
        print(f"  coverage of the main ideas (1-5, from summary.md): {len(scores)} of {len(slugs)} lessons, mean {shown}")
        for kind in kinds if len(kinds) > 1 else []:
            print(f"   .. documents '{kind}-…' only")
            print("\n".join(_rater_figures(rater, private, entry_lessons, kind)))


def _rated_items(out: Path) -> tuple[dict[tuple, str], dict[tuple, str]]:
    """Question and glossary-entry ids of a rated export, keyed by what a rater saw (not by id)."""
    questions = {}
    for lesson in json.loads((out / "input" / "questions.json").read_text(encoding="utf-8")):
        for q in lesson["questions"]:
            options = tuple(sorted((o["text"], o["correct"], o.get("match", "")) for o in q["options"]))
            questions[(lesson["lesson"], q["type"], q["stem"], options, tuple(q["accepted_answers"]))] = q["id"]
    entries = {
        (e["lesson"], e["term"].lower(), e["definition"]): e["id"]
        for e in json.loads((out / "input" / "glossary.json").read_text(encoding="utf-8"))
    }
    return questions, entries


def _verdicts(out: Path, rater: str, file: str) -> dict[str, str]:
    path = out / rater / file
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["entries"] if isinstance(data, dict) else data
    return {r["id"]: r["verdict"] for r in rows}


def _tally(name: str, verdicts: list) -> str:
    counts = Counter(verdicts)
    return f"{name} {counts['accept']} accept / {counts['minor']} minor / {counts['reject']} reject"


def compare(before: Path, after: Path) -> None:
    """The same documents exported and rated twice (before and after a change, by different raters).

    Items are matched by what the rater saw.  Items in both exports show how far two
    rating rounds agree on identical items (the noise floor); items only before were
    removed by the change, items only after were added by it.
    """
    print(f"== {before} -> {after}")
    raters = sorted({r.name for r in before.glob("rater-*")} & {r.name for r in after.glob("rater-*")})
    for label, index, file in (("questions", 0, "ratings.json"), ("glossary entries", 1, "glossary_ratings.json")):
        old, new = _rated_items(before)[index], _rated_items(after)[index]
        groups = {"kept": [(old[k], new[k]) for k in old.keys() & new.keys()],
                  "removed": [(old[k], None) for k in old.keys() - new.keys()],
                  "added": [(None, new[k]) for k in new.keys() - old.keys()]}
        print(f"-- {label}: {len(old)} before, {len(new)} after; kept {len(groups['kept'])}, "
              f"removed {len(groups['removed'])}, added {len(groups['added'])}")
        for rater in raters:
            was, now = _verdicts(before, rater, file), _verdicts(after, rater, file)
            kept = groups["kept"]
            parts = [_tally("kept, rated before", [was.get(a) for a, _ in kept]),
                     _tally("kept, rated after", [now.get(b) for _, b in kept]),
                     _tally("removed", [was.get(a) for a, _ in groups["removed"]]),
                     _tally("added", [now.get(b) for _, b in groups["added"]])]
            same = sum(1 for a, b in groups["kept"] if was.get(a) == now.get(b))
            parts.append(f"kept items rated alike in both rounds {_share(same, len(groups['kept']))}")
            print(f"   {rater}: " + "; ".join(parts))


def rule_counts(*outs: Path) -> dict[str, list[int]]:
    """Per rule: [usable as is, usable after one edit, rated], from every rater of the given folders, summed."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for out in outs:
        private = json.loads((out / "private.json").read_text(encoding="utf-8"))
        for rater in sorted(out.glob("rater-*")):
            for rating in json.loads((rater / "ratings.json").read_text(encoding="utf-8")):
                question = private["questions"].get(rating["id"])
                if question is None:
                    continue
                row = counts[question["rule"]]
                row[0] += rating["verdict"] == "accept"
                row[1] += rating["verdict"] == "minor"
                row[2] += 1
    return counts


def calibrate(*outs: Path) -> None:
    """Write the gate's MEASURED table from every rater of the given rated dev folders, summed."""
    counts = rule_counts(*outs)
    gate = ROOT / "lessontext" / "questions" / "gate.py"
    text = gate.read_text(encoding="utf-8")
    start = text.index("MEASURED: MappingProxyType")
    end = text.index("})\n", start) + 3
    body = "".join(f"    {rule!r}: {tuple(row)!r},\n" for rule, row in sorted(counts.items()))
    text = text[:start] + "MEASURED: MappingProxyType[str, tuple[int, int, int]] = MappingProxyType({\n" + body + "})\n" + text[end:]
    gate.write_text(text, encoding="utf-8")
    for rule, (as_is, minor, rated) in sorted(counts.items()):
        print(f"  {rule:32} as is {as_is}/{rated}, after an edit {minor}/{rated}")


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[0] == "export":
        export(Path(argv[1]), Path(argv[2]))
    elif len(argv) == 2 and argv[0] == "score":
        score(Path(argv[1]))
    elif len(argv) == 3 and argv[0] == "compare":
        compare(Path(argv[1]), Path(argv[2]))
    elif len(argv) >= 2 and argv[0] == "calibrate":
        calibrate(*map(Path, argv[1:]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
