"""Trace every "dropped" must-have term of ``bench/missed_terms.py`` to the step that lost it.

    .venv/bin/python bench/dropped_terms.py /tmp/dropped.json

A must-have term is "dropped" when a candidate at or above the confidence cut had it and the glossary still
lacks it.  Each such candidate is followed through ``kept_candidates`` (``make_readable``, exercise and checklist
sections, the unresolved-reference penalty, the candidate gates, the title) and, when one survives, through the
merge, polishing and the publishing gates; the first step that loses the term is its stage.  Prints the stages
counted separately for essays and lessons; writes every term with its candidates' fates to the JSON file.
Never reads the held-out folders.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from missed_terms import lessons, study_lesson  # noqa: E402

from lessontext.document import Document  # noqa: E402
from lessontext.glossary import cases  # noqa: E402
from lessontext.glossary import extract as ex  # noqa: E402
from lessontext.glossary.candidate import MIN_CONFIDENCE, Candidate, Term  # noqa: E402
from lessontext.glossary.polish import polish_terms  # noqa: E402
from lessontext.glossary.publish import NAME_ONLY_RULES, first_refusal  # noqa: E402
from lessontext.glossary.rules.keyphrases import KEYPHRASE  # noqa: E402
from lessontext.glossary.select import make_readable, merge_candidates  # noqa: E402
from lessontext.glossary.shapes import genus_twin  # noqa: E402
from lessontext.words import term_key  # noqa: E402


def _forms(item: Candidate | Term) -> set[str]:
    return {item.key, *map(term_key, item.aliases)}


def _candidate_fate(candidate: Candidate, document: Document, scores: dict[str, float], keys: set[str]) -> str:
    """Where ``kept_candidates`` loses one candidate, or "kept"."""
    readable = make_readable(ex._boost_recurring_concept(candidate, scores))
    if readable is None:
        return "unreadable"
    if ex._in_exercise(readable):
        return "exercise"
    if ex._checklist_statement(readable):
        return "checklist"
    penalised = ex._penalise_unresolved(readable)
    if gate := first_refusal(penalised.term, penalised.definition, candidate=True)[1]:
        return f"candidate gate {gate}"
    if penalised.confidence < MIN_CONFIDENCE:
        return "below the cut after edits"
    if not _forms(penalised) & keys:
        return "re-keyed"
    return "title" if penalised.key == term_key(document.title) else "kept"


def trace(document: Document, keys: set[str]) -> tuple[str, list[tuple[str, Candidate]], Term | None]:
    """The stage that lost the must-have term with ``keys``, its candidates' fates and the merged term if any."""
    candidates, context = ex.collect_candidates(document)
    hits = [c for c in candidates if c.confidence >= MIN_CONFIDENCE and _forms(c) & keys]
    fates = [(_candidate_fate(c, document, context.keyphrase_scores, keys), c) for c in hits]
    if not any(fate == "kept" for fate, _ in fates):
        return "|".join(sorted({fate for fate, _ in fates})), fates, None
    kept, _ = ex.kept_candidates(document)
    terms = list(merge_candidates(kept, document))
    if not any(_forms(t) & keys for t in terms):
        return "merge", fates, None
    terms = ex.merge_near_duplicates(sorted(terms, key=lambda t: (-t.confidence, t.term.lower())))
    polished = polish_terms(terms, KEYPHRASE.name, document)
    mine = [t for t in polished if _forms(t) & keys]
    if not mine:
        return "polish", fates, None
    term = mine[0]
    if genus_twin(term, polished):
        return "genus twin", fates, term
    if term.rule in NAME_ONLY_RULES:
        return "name only", fates, term
    if cases.bare_identity(term.definition, term.rule, {t.key for t in polished} - {term.key}):
        return "bare identity", fates, term
    if gate := first_refusal(term.term, term.definition, [t.term for t in polished])[1]:
        return f"gate {gate}", fates, term
    return "after the gates (repeated, spelled out, name head, retry)", fates, term


def main(argv: list[str]) -> None:
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for lesson in lessons():
        for study in study_lesson(lesson):
            if study.status != "dropped":
                continue
            stage, fates, term = trace(lesson.document, study.term.keys)
            stats["essay" if lesson.slug.startswith("essay") else "lesson"][stage] += 1
            rows.append({"corpus": lesson.corpus, "slug": lesson.slug, "term": study.term.term, "stage": stage,
                         "shapes": sorted(study.anywhere),
                         "fates": [(fate, c.rule, c.term, c.confidence, c.definition) for fate, c in fates],
                         "final": (term.term, term.rule, term.definition) if term else None})
    if len(argv) > 1:
        Path(argv[1]).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    for kind, counts in stats.items():
        print(kind, sum(counts.values()))
        for stage, n in counts.most_common():
            print(f"  {n:4d} {stage}")


if __name__ == "__main__":
    main(sys.argv)
