"""Very common organisation acronyms used without their expansion: "The UN sends peacekeepers ..."."""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, organisation_name
from lessontext.glossary.phrases import predicate_of
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind

# "The UN was founded in 1945 to keep peace", "The WTO exists to ...": what the organisation is for.
CONFIDENCE = 0.6
# Any other sentence about a well-known organisation ("NATO develops standardization agreements ...") says
# what it does there, not what it is: raters deleted every such entry (dev, dev-b).  Evidence only.
PREDICATE_CONFIDENCE = 0.45


_PURPOSE = re.compile(r"^(?:(?:was|were)\s+(?:founded|established|created|set up|formed)\b[^,;]*?\bto\s+[a-z]+|exists?\s+to\s+[a-z]+)")


_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def find_common_acronyms(document: Document, context: Context) -> list[Candidate]:
    """A well-known organisation acronym (UN, WHO, NATO) the lesson uses bare, with a sentence about it.

    The expansion comes from :data:`lexicon.COMMON_ACRONYMS`; only a
    sentence whose subject is the organisation explains it, and acronyms
    the lesson expands itself (``context.acronyms``) are left to that rule.
    """
    sections = document.sections
    known = context.acronyms
    out = []
    seen: set[str] = set()
    for section in sections:
        for sentence in section.sentences:
            for word in _CAPITALS_WORD.findall(sentence):
                if word in seen or word in known or word not in lexicon.COMMON_ACRONYMS:
                    continue
                expansion = lexicon.COMMON_ACRONYMS[word]
                if not organisation_name(expansion):
                    continue  # a bare "DNA" in passing explains nothing
                # Only a sentence about the organisation itself explains it
                # ("The UN sends peacekeepers ..."), not a mention in a list.
                subject = re.match(r"(?:The\s+)?" + re.escape(word) + r"\s+(?P<rest>.+)$", sentence)
                rest = subject.group("rest") if subject else ""
                purpose = _PURPOSE.match(rest)
                if purpose:
                    # "The UN was founded in 1945 to keep the peace" -> "An organisation founded in 1945 to ...".
                    definition = finish_definition("An organisation " + re.sub(r"^(?:was|were)\s+", "", rest))
                else:
                    predicate = predicate_of(rest) if subject else None
                    definition = finish_definition(predicate) if predicate else None
                if definition is None:
                    continue
                seen.add(word)
                kind = TermKind.ORGANISATION
                confidence = CONFIDENCE if purpose else PREDICATE_CONFIDENCE
                out.append(Candidate(expansion, definition, kind, section, sentence, confidence, "acronym", {word}, mask=False))
    return out


COMMON_ACRONYM = RULES.register(Rule(
    name="common_acronym", priority=70, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_common_acronyms,
    examples=(
        finds("# Peace\n\nThe UN was founded in 1945 to keep the peace between nations.\n", "United Nations"),
        misses("# Peace\n\nCountries such as France, the UN and others met.\n", "United Nations"),
    ),
))
