"""Fill in the blank: a sentence of the lesson with one name, date, quantity, acronym or glossary term blanked.

Reads each mention of a recognised entity (country, organisation, person,
place, year, acronym, a name or quantity) or glossary term in a sentence: the
sentence is the source of the answer, and its own words are accepted (plus
the glossary's name and aliases, and a person's surname).  No blank when the
mention occurs twice, is one end of a range of years ("1939–1945") or an
acronym spelt out beside it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, Mention
from ..family import MENTIONS, QuestionFamily, makes, makes_no
from ..kinds import fillable_kind
from ..phrasing import lift
from ..rules import ENTITY_FILL_BLANK, GLOSSARY_FILL_BLANK
from ..text import BLANK, find_phrase, norm
from ..types import GlossaryEntry, QuestionType
from . import FAMILIES

CONFIDENCE = {ENTITY_FILL_BLANK: 0.62, GLOSSARY_FILL_BLANK: 0.56}

# Confidence taken off for a blanked acronym (short, and often guessable from the sentence).
ACRONYM_PENALTY = 0.12


def fill_blank(mention: Mention, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    """The sentence of ``mention`` with the mention blanked (``rng`` unused: nothing is drawn)."""
    if not fillable_kind(mention.kind):
        return
    statement = lift(mention.sentence)
    match = find_phrase(statement, mention.text)
    if not match or find_phrase(statement[match.end():], mention.text):
        return
    if mention.kind == "year" and re.search(rf"{mention.text}\s*[–-]\s*\d|\d\s*[–-]\s*{mention.text}", statement):
        return  # one end of a range ("1989–1991")
    if mention.kind == "acronym" and re.search(r"\(\s*" + re.escape(mention.text) + r"\s*\)", statement):
        return  # "Domain Name System (DNS)": the expansion gives it away
    blanked = statement[: match.start()] + BLANK + statement[match.end():]
    blanked = re.sub(rf"\b([Aa])n? {re.escape(BLANK)}", rf"\1(n) {BLANK}", blanked)
    answers = [mention.text]
    if mention.glossary is not None:
        answers += [mention.glossary.term, *mention.glossary.aliases]
    if mention.kind == "person" and len(mention.text.split()) > 1:
        answers.append(mention.text.split()[-1])
    answers = list(dict.fromkeys(a for a in answers if a))
    glossary = mention.glossary is not None
    rule = GLOSSARY_FILL_BLANK if glossary else ENTITY_FILL_BLANK
    base = CONFIDENCE[rule] - (ACRONYM_PENALTY if mention.kind == "acronym" else 0.0)
    yield Candidate(
        type=QuestionType.FILL_BLANK,
        rule=rule,
        stem=blanked,
        key=mention.text,
        answers=tuple(answers),
        kind=mention.kind,
        source_anchor=mention.anchor,
        source_sentence=mention.sentence,
        explanation=f"According to the text: “{mention.sentence}”",
        base=base,
        shown=(mention.sentence,),
        claims=(f"key:{norm(mention.text)}",),
    )


EARLY_PRINTING = """# Early Printing

## Print spreads

In 1476, William Caxton set up the first press in England at Westminster.
Aldus Manutius founded the Aldine Press in Venice in 1494.
Martin Luther, a monk in Wittenberg, wrote his Ninety-five Theses in 1517.
"""

PRINTERS = (
    GlossaryEntry("William Caxton", "An English merchant who set up the first printing press in England", "person"),
    GlossaryEntry("Aldus Manutius", "A Venetian printer who founded the Aldine Press", "person"),
    GlossaryEntry("Martin Luther", "A German monk who wrote the Ninety-five Theses", "person"),
)

WAR_YEARS = """# The War

## Dates

The long war in Europe lasted from 1939–1945 and changed the map of the continent.
The treaty was signed in Paris in 1947 by many of the nations.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="fill_blank",
    priority=80,
    scope=MENTIONS,
    build=fill_blank,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(EARLY_PRINTING, ENTITY_FILL_BLANK, "Aldus Manutius founded the Aldine Press in Venice in _____."),
        makes(EARLY_PRINTING, GLOSSARY_FILL_BLANK, "_____ founded the Aldine Press", glossary=PRINTERS),
        makes(WAR_YEARS, ENTITY_FILL_BLANK, "1947"),
        makes_no(WAR_YEARS, ENTITY_FILL_BLANK, "1939"),  # one end of a range
        makes_no(EARLY_PRINTING, GLOSSARY_FILL_BLANK),  # no glossary
    ),
))
