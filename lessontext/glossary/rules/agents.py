"""A bold process named as the agent of a passive: "Large boulders are rolled along the bed by **traction**."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import PRONOUN_START, genus_of, has_anaphora, is_participle, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import term_key

# What happens, then the bold name of how it happens: a definition rebuilt from the sentence.
CONFIDENCE = 0.7
_PASSIVE_BY = re.compile(
    r"^(?P<happening>(?P<subject>[A-Z][^,;:]{2,80}?)\s+(?:is|are|was|were|can\s+be|may\s+be)\s+"
    r"(?P<participle>[a-z]+)\b[^,;:]{0,120}?)\s+by\s+(?:the\s+)?(?P<term>[^,;:.()]{2,50}?)\s*\.?$"
)
# "Things", "Something": no head that says what kind of thing does it, so the sentence cannot be rebuilt.
_NO_GENUS = frozenset({"Things", "Something"})


def find_passive_agents(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Large boulders are rolled along the bed by **traction**." -> "A process by which large boulders are rolled ...".

    Only a name the author set in bold, at the very end of the sentence, and
    only one whose head says what kind of thing it is ("traction", a
    process; "hydraulic action", an action): a person or a body as agent
    ("built by **Brunelleschi**") has no such head.
    """
    match = _PASSIVE_BY.match(sentence.strip())
    if not match:
        return []
    term = match.group("term").strip()
    if term_key(term) not in context.bold_keys or not term.islower():
        return []
    happening = match.group("happening")
    if (not is_participle(match.group("participle")) or PRONOUN_START.match(happening) or has_anaphora(happening)
            or not valid_term(term, strict=False) or len(word_list(happening)) < 4):
        return []
    genus, plural = genus_of(term)
    if genus in _NO_GENUS or plural:
        return []
    definition = finish_definition(f"{genus} by which {rephrase.lower_first(happening)}")
    if not definition:
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


PASSIVE_AGENT = RULES.register(Rule(
    name="passive_agent", priority=113, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_passive_agents,
    examples=(
        finds("# Rivers\n\nLarge boulders are rolled along the bed by **traction**.\n", "traction"),
        misses("# Rivers\n\nLarge boulders are rolled along the bed by traction.\n", "traction"),
        misses("# Art\n\nThe dome of the cathedral was designed by **Brunelleschi**.\n", "Brunelleschi"),
        misses("# Rivers\n\nThey are rolled along the bed by **traction**.\n", "traction"),
    ),
))
