"""The last gate before an entry is published: what a teacher would reject is dropped, a routine edit is made.

Each gate is one named function from a term and its definition to the definition to publish (possibly edited)
or ``None`` to drop the entry, with examples a test runs.  Gates run in registration order, after
:func:`lessontext.glossary.polish.polish_terms` has done every repair it can, so they judge the entry as a
reader would see it.

The gates on the entry's own text are in :mod:`lessontext.glossary.entry_gates` and :mod:`.shape_gates`, each named
with the failure it answers; those on clauses, essays, headless predicates, headwords and verdicts in :mod:`.clauses`, :mod:`.essay_gates`,
:mod:`.headless`, :mod:`.headwords` and :mod:`.judged`.

An entry that only gives another name (``named_aside``: "Joint border commission: A standing body.") is left out
(raters accepted none as is); the name stays an alias when another rule defines the term.

An entry whose headword is only the genus of another's definition, repeating it ("Treaty provision: A provision
that ..." beside "Mutual defence clause: A treaty provision that ..."), is left out, and so is a definition rebuilt
from a plain subject that tells in the past what one instance did ("Long book: A book that took months to copy.")
or names it by an everyday word no sibling entry contrasts ("Small room: A room in which ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lessontext.glossary import cases, shape_gates  # noqa: F401  (entry_gates, then shape_gates, register the gates in order)
from lessontext.glossary.biography import person_described
from lessontext.glossary.candidate import Term
from lessontext.glossary.clauses import CLAUSE_BODY, SECOND_CLAUSE
from lessontext.glossary.gate import GATES, Gate
from lessontext.glossary.headless import HEADLESS_PREDICATE, PREDICATE_ADJECTIVE
from lessontext.glossary.narrated import past_everyday_subject, plain_instance, told_instance
from lessontext.glossary.shapes import genus_twin
from lessontext.glossary.twins import fold_spelled_out, repeated_definitions

__all__ = ["CLAUSE_BODY", "GATES", "HEADLESS_PREDICATE", "NAME_ONLY_RULES", "PREDICATE_ADJECTIVE", "SECOND_CLAUSE",
           "Gate", "passes", "publishable"]


# Rules whose definition is only the other name the sentence gives the term.
NAME_ONLY_RULES = frozenset({"named_aside"})


def first_refusal(term: str, definition: str, headwords: Sequence[str] = (), *,
                  candidate: bool = False) -> tuple[str | None, str | None]:
    """(the definition every gate lets through, possibly edited; None) or (None; the name of the first gate that
    refuses it); ``candidate``: only the gates for candidates."""
    result: str | None = definition
    for gate in GATES:
        if candidate and not gate.on_candidates:
            continue
        result = gate.check(term, result, headwords)
        if result is None:
            return None, gate.name
    return result, None


def passes(term: str, definition: str, headwords: Sequence[str] = (), *, candidate: bool = False) -> str | None:
    """The definition every gate lets through (possibly edited), or None; ``candidate``: only the gates for candidates."""
    return first_refusal(term, definition, headwords, candidate=candidate)[0]


def publishable(terms: list[Term]) -> list[Term]:
    """The terms every gate lets through, with the definitions the gates leave; genus and definition twins left out."""
    headwords = [t.term for t in terms]
    keys = {t.key for t in terms}
    gated: dict[int, str | None] = {}  # each term through the gates once: a sibling's check and its own share it

    def gate(t: Term) -> str | None:
        if id(t) not in gated:
            gated[id(t)] = passes(t.term, t.definition, headwords)
        return gated[id(t)]

    out = []
    for term in terms:
        if genus_twin(term, terms) or term.rule in NAME_ONLY_RULES:
            continue
        if cases.bare_identity(term.definition, term.rule, keys - {term.key}):
            continue  # "Year 1: The base year.": an identity of two things, not a gloss
        if told_instance(term.rule, term.definition) or past_everyday_subject(term):
            continue  # "Long book: A book that took months to copy.", "Crime: An attack on the king.": the story's
        if person_described(term.rule, term.term, term.definition, term.sentence):
            continue  # "Joseph Aspdin: A bricklayer from Leeds.": someone the prose tells of, not a term
        if plain_instance(term, terms, alive=lambda t: gate(t) is not None):
            continue  # "Small room: A room in which reflections blend ...": an instance described, not a kind
        if term.rule == "adjective" and any(_noun_of(term.term, other.term) for other in terms if other.rule != "adjective"):
            continue  # "Reliable: Said of a method when ..." beside "Reliability: ...": one entry twice (test-dg, both raters)
        definition = gate(term)
        if definition is not None:
            out.append(term if definition == term.definition else replace(term, definition=definition))
    repeated = repeated_definitions(out)
    return fold_spelled_out([t for i, t in enumerate(out) if i not in repeated])


_NOUN_SUFFIXES = ("ity", "ness", "ance", "ence", "cy")


def _noun_of(adjective: str, noun: str) -> bool:
    """``noun`` is the quality ``adjective`` names: "Validity" of "Valid", "Reliability" of "Reliable"."""
    a, n = adjective.lower(), noun.lower()
    return len(a) >= 4 and n != a and n.startswith(a[:-2]) and n.endswith(_NOUN_SUFFIXES) and len(n) - len(a) <= 5
