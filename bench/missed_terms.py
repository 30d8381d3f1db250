"""Study the must-have glossary terms the extractor misses, over every rated corpus.

    .venv/bin/python bench/missed_terms.py          # the table of shapes
    .venv/bin/python bench/missed_terms.py -v       # and each missed term with its first sentence
    .venv/bin/python bench/missed_terms.py --essays --design   # essay lessons only, the check sets left out
    .venv/bin/python bench/missed_terms.py --essays --check    # essay lessons of the check sets only
    .venv/bin/python bench/missed_terms.py --found-json OUT    # every must-have term's status, to diff two runs

For every corpus of ``bench/rerated.py``'s RATED (all of its label folders, both raters, one list of
must-have terms per lesson, deduplicated by key), extract the glossary with the current code and
collect every candidate any rule proposed (at any confidence).  A must-have term is "found" when a
form of it (``glossary_recall.variants``) is the key of an entry or alias, "dropped" when a candidate
at or above the confidence cut had it but the gates or the merge lost it, "candidate" when only a
candidate below the cut has it, else "none".  For every term the study asks: does it occur in the lesson's text
(verbatim, as a lemma key, only its abbreviation), and in what shapes is it introduced at its first
occurrence and anywhere else (abbreviation in brackets, appositive, relative clause, participle
phrase, subject of a describing predicate, heading, bold, quotes, list label ...).  Shapes are
counted by terms AND by how many DIFFERENT corpora they occur in: a shape that only one corpus
uses is no ground for a rule.  Never reads the held-out folders.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from glossary_recall import variants  # noqa: E402
from rerated import RATED  # noqa: E402

from lessontext.document import Document, parse_document  # noqa: E402
from lessontext.glossary import extract_glossary  # noqa: E402
from lessontext.glossary.candidate import MIN_CONFIDENCE  # noqa: E402
from lessontext.glossary.extract import collect_candidates  # noqa: E402
from lessontext.glossary.salience import salient_phrases, salient_threshold  # noqa: E402
from lessontext.words import span_key, term_key, token_spans, word_pos  # noqa: E402

LABELS = ROOT / "bench" / "labels"
CHECK_SETS = ("test-ar", "test-at", "test-aw", "test-ba", "test-bn", "test-bo", "test-bp", "test-bq",
              "test-br", "test-bs", "test-bt", "test-bw", "test-bx", "test-by", "test-bz", "test-ca", "test-cb", "test-cc", "test-cd", "test-ce")  # measured at the end only, never designed on
CORPORA = ROOT / "bench" / "corpus"


@dataclass
class MustHave:
    corpus: str
    slug: str
    term: str
    keys: set[str]
    raters: int = 1


@dataclass
class Lesson:
    corpus: str
    slug: str
    markdown: str
    document: Document
    must: list[MustHave] = field(default_factory=list)


def must_haves(corpus: str) -> dict[str, list[MustHave]]:
    """Lesson slug -> its must-have terms, over every label folder and rater of ``corpus`` (deduplicated)."""
    out: dict[str, list[MustHave]] = defaultdict(list)
    for folder in RATED[corpus]:
        for path in sorted((LABELS / folder).glob("rater-*/glossary_ratings.json")):
            for slug, items in json.loads(path.read_text(encoding="utf-8"))["must_have"].items():
                for item in items:
                    keys = variants(item["term"])
                    twin = next((m for m in out[slug] if m.keys & keys), None)
                    if twin is None:
                        out[slug].append(MustHave(corpus, slug, item["term"], keys))
                    else:
                        twin.keys |= keys
                        twin.raters += 1
    return out


def lessons(corpora: list[str] | None = None) -> list[Lesson]:
    """Every rated lesson of ``corpora`` (default: all of RATED) with its must-have terms."""
    found = []
    for corpus in corpora or list(RATED):
        must = must_haves(corpus)
        for path in sorted((CORPORA / corpus).glob("*.md")):
            markdown = ftfy.fix_text(path.read_text(encoding="utf-8"))
            found.append(Lesson(corpus, path.stem, markdown, parse_document(markdown), must.get(path.stem, [])))
    return found


# --------------------------------------------------------------------------
# Where and how a term is introduced

_ABBREVIATION_AFTER = re.compile(r"^\s*\(\s*[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*s?\s*\)")
_BRACKET_AFTER = re.compile(r"^\s*\(")
_APPOSITIVE_AFTER = re.compile(r"^,\s+(?:an?|the)\s+\w+", re.I)
_RELATIVE_AFTER = re.compile(r"^,?\s+(?:which|who|whose|that|where)\b", re.I)
_PARTICIPLE_AFTER = re.compile(r"^,?\s+(?:(?:first|originally|formally|jointly|later)\s+)?"
                               r"(?:[a-z]+ed|set up|founded|known|built|run|led|made|held|made up|born|begun|written)"
                               r"\s+(?:by|in|on|at|as|under|to|from|with|for|after|during|between|through)\b")
_COPULA_AFTER = re.compile(r"^\s+(?:is|are|was|were)\s+(?:an?|the|one|any|what)\b", re.I)
_MEANS_AFTER = re.compile(r"^\s+(?:means?|meant|refers?|refers? to|describes?|denotes?)\b", re.I)
_CALLED_BEFORE = re.compile(r"\b(?:called|known as|termed|named|dubbed|referred to as)\s+(?:the\s+)?[\"'“‘*_]*$", re.I)
_QUOTE = "\"'“”‘’"
_VERB_AUX = frozenset("is are was were has have had can could will would may might must does do did".split())


def occurrences(markdown: str, key: str) -> list[tuple[str, int, int, bool]]:
    """(line, start, end, is_heading) of each place where ``key`` appears as a run of words, in order."""
    n = len(key.split())
    out = []
    for line in markdown.splitlines():
        spans = token_spans(line)
        for i in range(len(spans) - n + 1):
            if spans[i][2][:1] != key[:1]:
                continue
            if span_key(spans, i, i + n) == key:
                out.append((line, spans[i][0], spans[i + n - 1][1], line.lstrip().startswith("#")))
    return out


def _sentence_start(line: str, start: int) -> bool:
    """The term opens its sentence (after an optional article, bold marks, a list marker)."""
    before = line[:start]
    before = re.sub(r"(?:\*\*|__|[*_])$", "", before)
    before = re.sub(r"(?:\bthe|\bThe|\bA|\bAn|\ba|\ban)\s+$", "", before)
    return not before.strip(" -*+#>0123456789.)") or bool(re.search(r"[.!?:]\s+$|^\s*[-*+]\s+$", before))


def shapes_at(line: str, start: int, end: int, heading: bool, emphasis: set[str], key: str) -> set[str]:
    """The shapes of one occurrence of a term."""
    shapes = set()
    after, before = line[end:], line[:start]
    after_plain = re.sub(r"^(?:\*\*|__|[*_\"'”’])+", "", after)
    before_plain = re.sub(r"(?:\*\*|__|[*_\"'“‘])+$", "", before)
    if heading:
        shapes.add("heading")
    if before.endswith(("**", "__")) or key in emphasis:
        shapes.add("bold")
    if before[-1:] in _QUOTE or after[:1] in _QUOTE:
        shapes.add("quotes")
    if re.match(r"^\s*[-*+]\s+(?:\*\*)?$", before) and re.match(r"^(?:\*\*)?\s*[:—–-]", after):
        shapes.add("list label")
    if _ABBREVIATION_AFTER.match(after_plain) or re.search(r"[A-Z]{2,}s?\s+\($", before_plain):
        shapes.add("abbreviation in brackets")
    elif _BRACKET_AFTER.match(after_plain):
        shapes.add("gloss in brackets")
    if _APPOSITIVE_AFTER.match(after_plain):
        shapes.add("appositive")
    if _RELATIVE_AFTER.match(after_plain):
        shapes.add("relative clause")
    if _PARTICIPLE_AFTER.match(after_plain):
        shapes.add("participle phrase")
    if _CALLED_BEFORE.search(before):
        shapes.add("called/known as")
    if _sentence_start(line, start):
        if _COPULA_AFTER.match(after_plain) or _MEANS_AFTER.match(after_plain):
            shapes.add("subject: X is a / X means")
        else:
            words = re.findall(r"[A-Za-z']+", after_plain[:40])
            first = words[0].lower() if words else ""
            if first and (first in _VERB_AUX or "VERB" in word_pos(first)) and not after_plain.startswith((",", "(")):
                shapes.add("subject of a predicate")
    if not shapes:
        shapes.add("mention only")
    return shapes


@dataclass
class Study:
    term: MustHave
    status: str  # found / dropped (a candidate at or above the cut, lost later) / candidate (below the cut) / none
    occurs: str  # verbatim / lemma / abbreviation / absent
    first: set[str]
    anywhere: set[str]
    first_line: str
    salience: float  # the learned salience of the term's best form among the lesson's ranked phrases; -1: not ranked


def study_lesson(lesson: Lesson) -> list[Study]:
    glossary = extract_glossary(lesson.document)
    entry_keys = {term_key(f) for t in glossary for f in (t.term, *t.aliases)}
    candidates, _ = collect_candidates(lesson.document)
    candidate_keys = {c.key for c in candidates} | {term_key(a) for c in candidates for a in c.aliases}
    above_cut = {k for c in candidates if c.confidence >= MIN_CONFIDENCE for k in (c.key, *map(term_key, c.aliases))}
    emphasis = {term_key(e) for e in lesson.document.emphasis}
    salience = {p.key: p.score for p in salient_phrases(lesson.document)}
    lower = lesson.markdown.lower()
    out = []
    for must in lesson.must:
        status = ("found" if must.keys & entry_keys else "dropped" if must.keys & above_cut
                  else "candidate" if must.keys & candidate_keys else "none")
        outer = term_key(re.sub(r"\s*\([^)]*\)", "", must.term))
        found_at: list[tuple[str, int, int, bool, str]] = []
        for key in sorted(must.keys, key=lambda k: (k != outer, -len(k))):
            found_at += [(*o, key) for o in occurrences(lesson.markdown, key)]
        plain = re.sub(r"\s*\([^)]*\)", "", must.term).strip().lower()
        if plain and plain in lower:
            occurs = "verbatim"
        elif any(o[4] == outer for o in found_at):
            occurs = "lemma"
        elif found_at:
            occurs = "other form"
        else:
            occurs = "absent"
        first: set[str] = set()
        anywhere: set[str] = set()
        first_line = ""
        if found_at:
            lines = lesson.markdown.splitlines()
            position = {line: i for i, line in reversed(list(enumerate(lines)))}
            found_at.sort(key=lambda o: (position.get(o[0], 0), o[1]))
            line, start, end, heading, key = found_at[0]
            first = shapes_at(line, start, end, heading, emphasis, key)
            first_line = line.strip()[:160]
            for line, start, end, heading, key in found_at:
                anywhere |= shapes_at(line, start, end, heading, emphasis, key)
        best = max((salience.get(k, -1.0) for k in must.keys), default=-1.0)
        out.append(Study(must, status, occurs, first, anywhere, first_line, best))
    return out


def table(studies: list[Study], title: str, where: str) -> None:
    by_terms: Counter[str] = Counter()
    corpora: dict[str, set[str]] = defaultdict(set)
    for s in studies:
        for shape in getattr(s, where):
            by_terms[shape] += 1
            corpora[shape].add(s.term.corpus)
    print(f"\n{title} ({len(studies)} terms)")
    print(f"  {'shape':32} {'terms':>6} {'corpora':>8}")
    for shape, n in sorted(by_terms.items(), key=lambda kv: (-len(corpora[kv[0]]), -kv[1])):
        print(f"  {shape:32} {n:6d} {len(corpora[shape]):8d}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    corpora = list(RATED)
    if "--design" in argv:
        corpora = [c for c in corpora if c not in CHECK_SETS]
    elif "--check" in argv:
        corpora = [c for c in corpora if c in CHECK_SETS]
    studies: list[Study] = []
    for lesson in lessons(corpora):
        if "--essays" in argv and not lesson.slug.startswith("essay-"):
            continue
        studies += study_lesson(lesson)
    if "--found-json" in argv:
        out = Path(argv[argv.index("--found-json") + 1])
        out.write_text(json.dumps({f"{s.term.corpus}/{s.term.slug}|{s.term.term}": s.status for s in studies},
                                  indent=1, sort_keys=True), encoding="utf-8")
    n = len(studies)
    status = Counter(s.status for s in studies)
    print(f"{n} must-have terms in {len({s.term.corpus for s in studies})} corpora, "
          f"{len({(s.term.corpus, s.term.slug) for s in studies})} lessons")
    print("status now: " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in status.most_common()))
    missed = [s for s in studies if s.status != "found"]
    print("\nmissed terms: does the term occur in the text?")
    for status_name in ("dropped", "candidate", "none"):
        group = [s for s in missed if s.status == status_name]
        occurs = Counter(s.occurs for s in group)
        print(f"  {status_name:10} {len(group):4d}: " + ", ".join(f"{k} {v}" for k, v in occurs.most_common()))
    cut = salient_threshold()
    print("\nmissed terms by learned salience (lessontext.glossary.salience; in sample: it was trained on these lists)")
    for status_name in ("dropped", "candidate", "none"):
        group = [s for s in missed if s.status == status_name]
        ranked = [s for s in group if s.salience >= 0]
        print(f"  {status_name:10} {len(group):4d}: not a ranked phrase {len(group) - len(ranked)}, "
              f"ranked below {cut} {sum(s.salience < cut for s in ranked)}, at or above {sum(s.salience >= cut for s in ranked)}")
    present = [s for s in missed if s.occurs != "absent"]
    table([s for s in present if s.status == "none"], "missed, no candidate at all: shape at FIRST occurrence", "first")
    table([s for s in present if s.status == "none"], "missed, no candidate at all: shapes ANYWHERE in the lesson",
          "anywhere")
    table([s for s in present if s.status == "dropped"], "missed, a candidate at/above the cut lost later (gates, merge): "
          "shapes anywhere", "anywhere")
    table([s for s in present if s.status == "candidate"], "missed, candidate below the cut: shapes anywhere",
          "anywhere")
    table([s for s in studies if s.status == "found" and s.occurs != "absent"], "found terms: shapes anywhere",
          "anywhere")
    raters = Counter(min(s.term.raters, 3) for s in studies)
    print("\nraters listing a term (both raters, every round; 3 = three or more): "
          + ", ".join(f"{k}: {v}" for k, v in sorted(raters.items())))
    if verbose:
        for s in missed:
            print(f"  [{s.term.corpus}/{s.term.slug[:24]}] {s.status:9} {s.occurs:10} {s.term.term!r} "
                  f"first={sorted(s.first)} :: {s.first_line}")


if __name__ == "__main__":
    main(sys.argv[1:])
