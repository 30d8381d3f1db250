"""Numbered provisions of a treaty as the subject of what they lay down: "Article V then defines what counts as an
armed attack ...", "Article 116 of the Treaty of Versailles reserved the right of Russia to ...", "Additional
Protocol II asks the recognised nuclear-weapon states to respect the zone ...".

A treaty essay walks through its articles and protocols one by one, each named by its kind and number (Roman or
Arabic), sometimes with the instrument it belongs to, and says what it provides.  What a provision lays down is what
it is, so "states that ..." and "provides that ..." define it too (a body or a person "states" a claim; a provision
states its content).  The named-subject rule reads "Resolution 1373 required ..."; this rule reads what it cannot: a
Roman number, an "of the <Instrument>" after the number, a capitalised word before the kind ("Additional Protocol
I"), and a short opening phrase before the name ("In exchange, Article VI grants ...").  Only the kinds of parts
of a written instrument count: "World War II ended ..." is an event, told rather than defined.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous
from lessontext.glossary.phrases import PRONOUN_START, has_anaphora, predicate_of
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.named_subjects import _AND_PRONOUN, _NUMBERED_NAME, opened
from lessontext.glossary.rules.subjects import _cut_predicate, _explains
from lessontext.vocabulary import TermKind

# As sure as a named subject whose head says what kind of thing it is.
CONFIDENCE = 0.7

# The parts of a written instrument that are cited by number.
_PROVISION_KINDS = frozenset("article protocol clause annex chapter section paragraph amendment schedule".split())
_NUMBERED_PROVISION = re.compile(
    # "In exchange, Article VI grants ...", "Under the treaty, Article 4 ...": a short opening phrase.
    r"^(?:(?:In|Under|By|At|For|Finally|Similarly|Likewise|Crucially|In\s+turn)\b[^,]{0,40},\s+)?"
    r"(?P<name>(?:(?P<modifier>[A-Z][a-z]+)\s+)?(?P<kind>[A-Z][a-z]{3,})\s+(?P<number>[IVXLC]+|\d+[A-Za-z]?)\b"
    # "Article 116 of the Treaty of Versailles": the instrument the provision belongs to.
    r"(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w'’-]*)*)?)"
    r"\s+(?P<rest>[a-z].+)$"
)
# "states that the continent shall be used ...", "provides that ...": what the provision lays down.
_LAYS_DOWN = re.compile(r"^(?:states|stated|provides|provided|stipulates|stipulated|declares|declared|requires|"
                        r"required|specifies|specified|guarantees|guaranteed)\s+that\s+(?!(?:it|they|this|these)\b)\S")


# "provided that if either party were attacked, the two would ...": the condition and its consequence are one
# statement that a definition cut at its first comma would halve.
_CONDITION_AFTER_THAT = re.compile(r"\bthat\s+(?:if|when|unless|where|whenever|should)\b")
# "..., which is how soldiers came to help ...": a comment on the whole clause, not part of what the provision says.
# "settles nothing", "does not say ...": what a provision leaves out is no account of what it is.
_NEGATED = re.compile(r"^[a-z]+\s+(?:nothing|not|no|neither|never)\b|^(?:does|did)\s+not\b")
_COMMENT_ON_IT = re.compile(r",\s+which\s+(?:is|was)\s+(?:how|why)\b.*$")


def find_numbered_provisions(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Article V then defines what counts as an armed attack ..." -> "An article that defines what counts as ..."."""
    text = sentence.strip()
    numbered = _NUMBERED_NAME.match(opened(text))
    if numbered and predicate_of(numbered["rest"]):
        return []  # "Resolution 1373 required ...": the named-subject rule's
    match = _NUMBERED_PROVISION.match(text)
    if not match or match["kind"].lower() not in _PROVISION_KINDS:
        return []
    if match["modifier"] and match["modifier"] in {"The", "This", "That", "Each", "Every", "Its", "Their"}:
        return []
    # ("states that ..." is a claim when a person or a body makes it, and predicate_of refuses it.)
    predicate = match["rest"] if _LAYS_DOWN.match(match["rest"]) else predicate_of(match["rest"], plural=False)
    if not predicate or PRONOUN_START.match(predicate) or _CONDITION_AFTER_THAT.search(predicate):
        return []
    predicate = _COMMENT_ON_IT.sub("", _AND_PRONOUN.sub("", _cut_predicate(predicate)))
    if predicate.split()[0] in {"then", "also", "further", "instead"}:
        predicate = predicate.split(maxsplit=1)[1] if len(predicate.split()) > 1 else ""
    if not predicate or has_anaphora(predicate) or _NEGATED.match(predicate):
        return []
    if not _LAYS_DOWN.match(predicate) and not _explains(predicate, singular_subject=True):
        return []
    kind = match["kind"].lower()
    definition = finish_definition(f"{rephrase.article(kind)} {kind} that {predicate}")
    if not definition or is_vacuous(definition):
        return []
    return [Candidate(match["name"], definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "named")]


NUMBERED_PROVISION = RULES.register(Rule(
    name="numbered_provision", priority=83, scope=Scope.SENTENCE, confidence=CONFIDENCE,
    find=find_numbered_provisions,
    examples=(
        finds("# Pact\n\nArticle V then defines what counts as an armed attack on a party's ships or ports.\n",
              "Article V"),
        finds("# Pact\n\nArticle 16 of the Treaty of Lorwick reserved the right of Ruritania to claim damages.\n",
              "Article 16 of the Treaty of Lorwick"),
        finds("# Pact\n\nAdditional Protocol II asks the naval powers to respect the zone and not to enter the bay.\n",
              "Additional Protocol II"),
        finds("# Pact\n\nArticle I states that the harbour shall be used for peaceful purposes only.\n", "Article I"),
        misses("# Wars\n\nWorld War II ended the old alliances across the region.\n", "World War II"),
        misses("# Pact\n\nArticle IV was the most debated part of the treaty.\n", "Article IV"),
        misses("# Pact\n\nArticle IV settles nothing about the islands.\n", "Article IV"),
        misses("# Pact\n\nArticle VI grants them the use of facilities in the ports.\n", "Article VI"),
        misses("# Pact\n\nArticle IX provided that if either party were attacked, the two would consult at once.\n",
               "Article IX"),
    ),
))
