"""Acronyms in the glossary, counted over every rated corpus: what raters say of them, where they are lost.

    .venv/bin/python bench/acronym_study.py          # the tables
    .venv/bin/python bench/acronym_study.py -v       # and every row behind them

Three counts, each by corpus so that a shape one corpus alone uses shows as such:

1. every RATED glossary entry (every label folder, both raters) whose headword is an acronym
   (``looks_like_acronym``), by the shape of its definition: ``expansion`` (only spells the acronym
   out, :func:`lessontext.glossary.shapes._spells_out`), else ``described``; with the verdicts;
2. every must-have term (newest rating of each corpus, ``glossary_rerated.RATED``) that is or holds
   an acronym: found by the current glossary (``glossary_recall.variants``) or not;
3. for every acronym pair the current code finds (``context.acronyms``) that has no entry or only a
   spelled-out one: does a LATER sentence open with the acronym as the subject of a present-tense
   predicate ("PSI partners ...", "The OSCE runs ...")?  That is where a definition could come from
   if the pair's own sentence says nothing of it.

A study for tuning only; it never reads the held-out folders, and the seed course is left out.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from glossary_recall import variants  # noqa: E402
from glossary_rerated import RATED  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary.extract import gated_terms  # noqa: E402
from lessontext.glossary.phrases import looks_like_acronym, predicate_of  # noqa: E402
from lessontext.glossary.shapes import _spells_out  # noqa: E402
from lessontext.words import term_key  # noqa: E402

LABELS = ROOT / "bench" / "labels"
CORPUS = ROOT / "bench" / "corpus"
# "HADR", "CTF-151", "STANAGs", "NAD+": a token with two capitals or more.
ACRONYM_TOKEN = re.compile(r"\b[A-Z][A-Za-z0-9&+-]*[A-Z][A-Za-z0-9&+]*\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_NOT_STUDIED = ("seeds", "near-misses", "reversal")


def definition_shape(term: str, definition: str) -> str:
    """"expansion" when the definition only spells the acronym out, else "described"."""
    return "expansion" if _spells_out(term, definition) else "described"


def later_subject(sentences: list[str], short: str) -> str | None:
    """The first sentence that opens with ``short`` (or "The short") and a predicate about it."""
    opening = re.compile(r"^(?:The\s+)?" + re.escape(short) + r"\s+(?!\()(?P<rest>.{8,})")
    for sentence in sentences:
        match = opening.match(sentence.strip().lstrip("-* "))
        if match and predicate_of(match.group("rest")):
            return sentence.strip()
    return None


def rated_entries(verbose: bool) -> None:
    counts: Counter = Counter()
    by_corpus: dict[str, set] = {}
    for folder in sorted(LABELS.iterdir()):
        if folder.name.startswith(_NOT_STUDIED) or not (folder / "input" / "glossary.json").exists():
            continue
        entries = {e["id"]: e for e in json.loads((folder / "input" / "glossary.json").read_text())}
        for rater in sorted(folder.glob("rater-*/glossary_ratings.json")):
            for rating in json.loads(rater.read_text())["entries"]:
                entry = entries.get(rating["id"])
                if not entry or not looks_like_acronym(entry["term"]) or " " in entry["term"]:
                    continue
                shape = definition_shape(entry["term"], entry["definition"])
                counts[shape, rating["verdict"]] += 1
                by_corpus.setdefault(shape, set()).add(folder.name)
                if verbose:
                    print(f"  [{folder.name}] {shape:9} {rating['verdict']:6} {entry['term']}: {entry['definition'][:90]}")
    print("rated entries with an acronym headword (verdicts, both raters, every round):")
    for shape in ("expansion", "described"):
        row = {v: counts[shape, v] for v in ("accept", "minor", "reject")}
        print(f"  {shape:9} {row}  label folders: {len(by_corpus.get(shape, ()))}")


def must_have_and_pairs(verbose: bool) -> None:
    found: Counter = Counter()
    pairs: Counter = Counter()
    for corpus, folders in RATED.items():
        must: dict[str, set] = {}
        for rater in sorted((LABELS / folders[0]).glob("rater-*/glossary_ratings.json")):
            for lesson, terms in json.loads(rater.read_text())["must_have"].items():
                must.setdefault(lesson, set()).update(t["term"] for t in terms if ACRONYM_TOKEN.search(t["term"]))
        for path in sorted((CORPUS / corpus).glob("*.md")):
            text = ftfy.fix_text(path.read_text())
            terms, _, context = gated_terms(parse_document(text))
            keys = {term_key(name) for t in terms for name in (t.term, *t.aliases)}
            kind = "essay" if path.stem.startswith("essay-") else "lesson"
            for term in sorted(must.get(path.stem, ())):
                hit = bool(variants(term) & keys)
                found[kind, hit] += 1
                if verbose and not hit:
                    print(f"  [{corpus}/{path.stem[:30]}] missed {term!r}")
            by_name = {name: t for t in terms for name in (t.term, *t.aliases)}
            sentences = _SENTENCE_END.split(text.replace("**", ""))
            for short, expansion in context.acronyms.items():
                entry = by_name.get(short) or by_name.get(expansion)
                if entry is not None and not _spells_out(short, entry.definition):
                    continue
                later = later_subject(sentences, short)
                pairs["later subject" if later else "nothing later", corpus] += 1
                if verbose and later:
                    print(f"  [{corpus}/{path.stem[:30]}] {short}: {later[:120]}")
    print("must-have terms holding an acronym (newest rating):")
    for kind in ("essay", "lesson"):
        print(f"  {kind:6} found {found[kind, True]}, missed {found[kind, False]}")
    print("pairs with no entry or a spelled-out one: a later sentence with the acronym as subject?")
    for shape in ("later subject", "nothing later"):
        corpora = {c for (s, c) in pairs if s == shape}
        print(f"  {shape:14} {sum(n for (s, _), n in pairs.items() if s == shape)}  corpora: {len(corpora)}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    rated_entries(verbose)
    must_have_and_pairs(verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
