"""A term defined once under each named theory: "The Arrhenius Definition" ... "The Brønsted–Lowry Definition"."""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.words import word_pos

# "Arrhenius acid: A substance that produces hydrogen ions ...": the lesson's own definition, named by its theory.
CONFIDENCE = 0.8
# Definitions this sure are the lesson's explicit statements ("an **acid** is a proton donor").
_MIN_SOURCE_CONFIDENCE = 0.8

# "The Arrhenius Definition", "Brønsted–Lowry theory": a heading that names whose definition follows.
_THEORY_HEADING = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][^\s–-]+(?:[–-][A-Z][^\s–-]+)?)\s+(?:Definition|Theory|Model|View)s?$", re.I)


def _proper_name(name: str) -> bool:
    """"Arrhenius", "Brønsted–Lowry": every part a capitalised name, not a dictionary word ("Modern")."""
    parts = re.split(r"[–-]", name)
    return all(p[:1].isupper() and not word_pos(p.lower()) for p in parts)


def find_theory_terms(document: Document, context: Context) -> list[Candidate]:
    """A term the lesson defines under two or more headings that each name a theory.

    "### The Arrhenius Definition ... an **acid** is a substance that
    produces hydrogen ions ..." and "### The Brønsted–Lowry Definition ...
    an **acid** is a proton donor" give "Arrhenius acid" and
    "Brønsted–Lowry acid", each with the definition given under its
    heading (found as the copula rule finds them); the plain term keeps
    whichever definition merging picks.
    """
    by_key: dict[str, list[tuple[str, Candidate]]] = {}
    copula = RULES["copula"]
    scratch = Context.for_document(document)
    for section in document.sections:
        heading = _THEORY_HEADING.match((section.heading or "").strip())
        if not heading or not _proper_name(heading.group("name")):
            continue
        for sentence in section.sentences:
            for candidate in copula.find(section, sentence, scratch):
                if candidate.confidence >= _MIN_SOURCE_CONFIDENCE and " " not in candidate.term.strip():
                    by_key.setdefault(candidate.key, []).append((heading.group("name"), candidate))
    out = []
    for found in by_key.values():
        names = {name for name, _ in found}
        if len(names) < 2 or len({c.definition for _, c in found}) < 2:
            continue
        seen: set[str] = set()
        for name, candidate in found:
            if name in seen:
                continue
            seen.add(name)
            out.append(Candidate(f"{name} {candidate.term.lower()}", candidate.definition, candidate.kind,
                                 candidate.section, candidate.sentence, CONFIDENCE, "pattern"))
    return out


THEORY_TERM = RULES.register(Rule(
    name="theory_term", priority=65, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_theory_terms,
    examples=(
        finds("# Acids\n\n## The Arrhenius Definition\n\nAn **acid** is a substance that produces hydrogen ions in "
              "water.\n\n## The Brønsted–Lowry Definition\n\nAn **acid** is a proton donor.\n", "Brønsted–Lowry acid"),
        finds("# Acids\n\n## The Arrhenius Definition\n\nAn **acid** is a substance that produces hydrogen ions in "
              "water.\n\n## The Brønsted–Lowry Definition\n\nAn **acid** is a proton donor.\n", "Arrhenius acid"),
        misses("# Acids\n\n## The Modern Definition\n\nAn **acid** is a substance that produces hydrogen ions in "
               "water.\n\n## The Brønsted–Lowry Definition\n\nAn **acid** is a proton donor.\n", "Modern acid"),
        misses("# Acids\n\n## The Arrhenius Definition\n\nAn **acid** is a substance that produces hydrogen ions in "
               "water.\n", "Arrhenius acid"),
    ),
))
