"""Terms named inside a sentence that explains them by a process or a clause.

"With **simple interest**, interest is paid only on the original sum": the
clause after the bold term says how the thing works.  "When a base accepts a
proton, it becomes its **conjugate acid**": the term names what a process
produces.  "A related quantity, pOH, measures hydroxide ion concentration in
the same way": a derived term, named in apposition to the subject, whose
comparison points back to the concept the section is about.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.vocabulary import TermKind
from lessontext.words import fold, singular, word_pos

from lessontext.glossary.rules import RULES  # isort: skip

# "With **simple interest**, interest is paid only on ...": the author's bold term and a clause about its head noun.
WITH_CLAUSE_CONFIDENCE = 0.7
# "When a base accepts a proton, it becomes its **conjugate acid**".
BECOMES_CONFIDENCE = 0.7
# "A related quantity, pOH, measures ... in the same way": resolved against the section's concept.
RELATED_CONFIDENCE = 0.6

_FINITE_BE = re.compile(r"\b(?:is|are|was|were|has|have)\b")


def _bold(context: Context) -> list[str]:
    terms = context.memo.get("process_bold_terms")
    if terms is None:  # once per document: the rules read every sentence
        terms = context.memo["process_bold_terms"] = sorted(
            {b for b in context.document.emphasis if valid_term(b, strict=False) and not is_generic(b)},
            key=lambda b: (-len(b), b))
    return terms  # type: ignore[return-value]


def _head(term: str) -> str:
    return singular(fold(word_list(term)[-1]))


def find_with_clause(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"With **simple interest**, interest is paid only on the original sum" -> "Interest paid only on ...".

    Conservative: the term is bold and has a modifier, and the clause is about
    the term's head noun ("interest ... interest"), so it explains the term
    rather than saying what happens alongside it ("With **care**, the job ...").
    A passive clause whose subject is the head noun reads as a participle phrase;
    any other clause is kept as "Interest in which ...".
    """
    match = re.match(r"^With\s+(?:the\s+)?(?P<term>[^,]{3,60}),\s+(?P<clause>.{12,})$", sentence)
    if not match:
        return []
    term = match.group("term").strip()
    if term not in context.document.emphasis or len(word_list(term)) < 2 or not valid_term(term, strict=False):
        return []
    clause = match.group("clause").strip().rstrip(".")
    head = _head(term)
    clause_words = [singular(fold(w)) for w in word_list(clause)]
    if head not in clause_words[:6] or not _FINITE_BE.search(clause) or has_anaphora(clause):
        return []
    noun = word_list(term)[-1].lower()
    passive = re.match(rf"^(?:the\s+)?{re.escape(noun)}\s+(?:is|are)\s+(?P<rest>(?P<verb>[a-z]+)\b.+)$", clause, re.I)
    if passive and "VERB" in word_pos(passive.group("verb")) and passive.group("verb").endswith(("ed", "id", "en", "wn")):
        definition = f"{noun} {passive.group('rest')}"
    else:
        definition = f"{noun} in which {clause[0].lower()}{clause[1:]}"
    definition = finish_definition(definition)
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, WITH_CLAUSE_CONFIDENCE, "pattern")]


_BECOMES = re.compile(
    r"(?:^|,\s+and\s+|;\s+)when\s+(?P<subj>(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>[a-z]+s)\s+(?P<obj>[^,;]{2,60}),"
    r"\s+it\s+becomes\s+(?:its|an?|the)\s+(?P<term>[^,;.]+?)\s*(?:[,;.]|$)", re.I)


def find_becomes(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"..., and when a base accepts a proton, it becomes its **conjugate acid**" -> "What a base becomes when it accepts a proton"."""
    out = []
    bold = set(_bold(context))
    for match in _BECOMES.finditer(sentence):
        term = match.group("term").strip()
        if term not in bold or "VERB" not in word_pos(match.group("verb")):
            continue
        subj = match.group("subj").lower()
        definition = finish_definition(f"What {subj} becomes when it {match.group('verb')} {match.group('obj').strip()}")
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, BECOMES_CONFIDENCE, "pattern"))
    return out


_RELATED = re.compile(
    r"^(?:A|An)\s+(?:related|similar|derived|companion)\s+(?P<noun>[a-z]+),\s+(?P<term>[^,\s]{2,12}(?:\s[^,\s]{2,12})?),"
    r"\s+(?P<verb>[a-z]+s)\s+(?P<rest>[^;]{8,})$")


def _section_concept(section: DocumentSection, context: Context) -> str | None:
    """The concept the section (or, under a generic sub-heading, its parent section) is about."""
    sections = list(context.document.sections)
    index = next((i for i, s in enumerate(sections) if s is section), None)
    if index is None:
        return None
    level = section.level + 1
    for candidate in reversed(sections[: index + 1]):
        if candidate.level >= level or candidate.level < 2:
            continue
        level = candidate.level
        heading = re.sub(r"^(?:the|a|an)\s+", "", candidate.heading or "", flags=re.I).strip()
        words = word_list(heading)
        if heading and len(words) <= 4 and not is_generic(heading) and fold(words[0]) not in lexicon.GENERIC_MODIFIERS \
                and not {fold(w) for w in words} & {"example", "examples", "worked", "summary", "exercise"}:
            return " ".join(w if any(ch.isupper() for ch in w[1:]) else w.lower() for w in heading.split())
    return None


def find_related(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"A related quantity, pOH, measures hydroxide ion concentration in the same way" (under "The pH Scale").

    The term is a short name in apposition to "a related/similar NOUN"; what
    it is related to is the concept of the section (or of its parent, under a
    generic "Worked Example" heading).  Without one, "related" points nowhere.
    """
    match = _RELATED.match(sentence.strip())
    if not match or "NOUN" not in word_pos(match.group("noun")) or "VERB" not in word_pos(singular(match.group("verb"))):
        return []
    term = match.group("term")
    if not valid_term(term, strict=False) or is_generic(term) or term.lower() == term and " " not in term:
        return []
    concept = _section_concept(section, context)
    if not concept or fold(concept) in fold(term):
        return []
    rest = match.group("rest").strip().rstrip(".")
    definition = finish_definition(f"A {match.group('noun')}, related to the {concept}, that {match.group('verb')} {rest}")
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, RELATED_CONFIDENCE, "pattern")]


WITH_CLAUSE = RULES.register(Rule(
    name="with_clause", priority=78, scope=Scope.SENTENCE, confidence=WITH_CLAUSE_CONFIDENCE, find=find_with_clause,
    examples=(
        finds("# Interest\n\nWith **simple interest**, interest is paid only on the original sum.\n", "simple interest"),
        misses("# Interest\n\nWith **simple interest**, the bank keeps its customers happy.\n", "simple interest"),
        misses("# Interest\n\nWith simple interest, interest is paid only on the original sum.\n", "simple interest"),
    ),
))

BECOMES = RULES.register(Rule(
    name="becomes_its", priority=77, scope=Scope.SENTENCE, confidence=BECOMES_CONFIDENCE, find=find_becomes,
    examples=(
        finds("# Acids\n\nWhen a base accepts a proton, it becomes its **conjugate acid**.\n", "conjugate acid"),
        misses("# Acids\n\nWhen a base accepts a proton, it becomes its conjugate acid.\n", "conjugate acid"),
    ),
))

RELATED_NAME = RULES.register(Rule(
    name="related_name", priority=76, scope=Scope.SENTENCE, confidence=RELATED_CONFIDENCE, find=find_related,
    examples=(
        finds("# Acids\n\n## The pH Scale\n\nThe pH scale expresses how acidic a solution is. A related quantity, pOH, "
              "measures hydroxide ion concentration in the same way.\n", "pOH"),
        misses("# Acids\n\n## Introduction\n\nA related quantity, pOH, measures hydroxide ion concentration.\n", "pOH"),
    ),
))
