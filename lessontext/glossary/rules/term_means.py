"""A word or phrase talked about as a word: "The phrase X describes ...", "... and the term X came to mean ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous, valid_term
from lessontext.glossary.phrases import CONTRAST_SPLIT, has_anaphora
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind

# "The phrase X describes the use of ...": the writer says what the words mean, as a dictionary would.
CONFIDENCE = 0.9

# "The phrase showing the flag describes ...", "and the term gunboat diplomacy came to mean ...", 'The expression
# "X" refers to ...': the word named as a word (quoted or not), then a verb of meaning.  It opens the sentence or a
# clause joined by "and"/"but" or a semicolon.
_WORD_MEANS = re.compile(
    r"(?:^|(?:,\s+(?:and|but)|;)\s+)[Tt]he\s+(?:phrase|term|expression|word|label)\s+"
    r"(?:[\"“‘](?P<quoted>[^\"”’]{2,60})[\"”’]|(?P<term>[^\"”’,;:()]{2,60}?))\s+(?:(?:[a-z]+ly|just)\s+)?"
    r"(?P<verb>describes|came\s+to\s+mean|has\s+come\s+to\s+mean|means|refers\s+to|denotes)\s+"
    r"(?P<rest>[^;]{8,})$"
)
# 'means "to do with the kidneys", so ...': a meaning given in quotation marks is the whole of it.
_QUOTED_MEANING = re.compile(r"^[\"“‘](?P<meaning>[^\"”’]{3,120})[\"”’]")
# "..., when warships were sent ...", "..., and it ...": where the meaning ends and the narrative goes on.
_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|so|yet)\s+(?=(?:it|they|the|this|these|that|there|he|she|we)\b)")


def find_word_meanings(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The phrase showing the flag describes the use of a naval presence ..." -> "The use of a naval presence ...".

    The sentence names a word or phrase as a word and says what it means;
    the object of the verb of meaning is the definition.  An adverb before
    the verb ("simply means", "just means") is not part of the word, and a
    meaning in quotation marks ('means "to do with the heart", so ...') ends
    at its closing mark.  A meaning that
    leans on the sentences before ("the darker side of this tradition")
    cannot stand alone and is left out.
    """
    match = _WORD_MEANS.search(sentence.strip())
    if not match:
        return []
    term = (match.group("quoted") or match.group("term")).strip()
    if not valid_term(term, strict=False):
        return []
    rest = _COORDINATED_CLAUSE.split(match.group("rest"))[0]
    quoted = _QUOTED_MEANING.match(rest)
    if quoted:
        rest = quoted.group("meaning").strip(" ,.")
    rest = CONTRAST_SPLIT.split(rest)[0]
    if has_anaphora(rest):
        return []
    definition = finish_definition(rest.rstrip("."))
    if definition is None or is_vacuous(definition):
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


WORD_MEANING = RULES.register(Rule(
    name="word_meaning", priority=137, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_word_meanings,
    examples=(
        finds("# Ships\n\nThe phrase showing the flag describes the use of a naval presence to remind others of a "
              "state's power.\n", "showing the flag"),
        finds("# Ships\n\nThe line was often thin, and the term gunboat diplomacy came to mean the threat of limited "
              "naval force to achieve political ends.\n", "gunboat diplomacy"),
        misses('# Ships\n\nThe phrase "gunboat diplomacy" describes the darker side of this tradition, when warships '
               "were sent to intimidate weaker states.\n", "gunboat diplomacy"),
        finds('# Heart\n\nThe word cardiac simply means "to do with the heart", so a cardiac muscle is the muscle '
              "of the heart.\n", "cardiac"),
        misses('# Heart\n\nThe word cardiac simply means "to do with the heart", so a cardiac muscle is the muscle '
               "of the heart.\n", "cardiac simply"),
        misses("# Ships\n\nThe phrase was used often in the newspapers of the time.\n", "phrase"),
    ),
))
