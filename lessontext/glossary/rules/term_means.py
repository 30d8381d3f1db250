"""A word or phrase talked about as a word: "The phrase X describes ...", "... and the term X came to mean ...",
"Sociologists use the term X for ...", "Scholars coined the term X to describe ..."."""

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
# "Sociologists use the term X for the process ...", "Scholars have coined the term "X" to describe the use of ...":
# the writer's own subject applies the word to what it names, in the object of "for" or "to describe".  The word is
# one name (no "X or Y", which offers two) and what follows is a noun phrase: an article, a determiner or a gerund.
_WORD_USED_FOR = re.compile(
    r"\b(?:use|uses|used|using|coined|coin|coins|introduced|introduce|introduces|reserve|reserves|reserved|prefer"
    r"|prefers|apply|applies|applied)\s+the\s+(?:phrase|term|expression|word|label|name)\s+"
    r"(?:[\"“‘](?P<quoted>[^\"”’]{2,60})[\"”’]|(?P<term>(?!(?:as|to|for|in|of|with|that|this|which)\b)[^\"”’,;:()]{2,60}?))"
    r"\s+(?:for|to\s+(?:describe|mean|refer\s+to|denote|name))\s+"
    r"(?P<rest>(?:the|an?|any|every|each|all|[a-z]+ing)\s[^;]{8,})$"
)
# "a severe fall in output, much worse than an ordinary recession, in which ...": a comparison set off by commas
# says how it differs from something else, and what follows it may speak of that other thing.
_COMPARISON_ASIDE = re.compile(
    r",\s+(?:(?:much|far|rather|quite|very)\s+)?(?:[a-z]+er|worse|better|more|less|unlike|not)\s+(?:than\s)?")
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
    cannot stand alone and is left out.  "Sociologists use the term
    socialisation for the lifelong process through which ..." and "Scholars
    coined the term X to describe the growing use of ..." give the word and
    what the writer applies it to: the noun phrase after "for" or "to
    describe" is the definition, up to a comparison set off by commas ("...,
    much worse than an ordinary recession, ...").
    """
    used_for = None
    match = _WORD_MEANS.search(sentence.strip()) or (used_for := _WORD_USED_FOR.search(sentence.strip()))
    if not match:
        return []
    term = (match.group("quoted") or match.group("term")).strip()
    if not valid_term(term, strict=False) or used_for and re.search(r"\s(?:or|and)\s", term):
        return []
    rest = _COORDINATED_CLAUSE.split(match.group("rest"))[0]
    if used_for:
        rest = _COMPARISON_ASIDE.split(rest)[0]
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
        finds("# Towns\n\nPlanners use the term sprawl for the spread of low-density housing beyond a city's edge.\n",
              "sprawl"),
        finds('# Farms\n\nEconomists coined the term "crop lock" to describe the dependence of a region on one harvest.\n',
              "crop lock"),
        misses("# Towns\n\nMany planners still use the term as a convenient label for any new suburb.\n", "as a convenient label"),
        misses("# Towns\n\nWriters use the word hamlet or village for the small settlements of the valley.\n",
               "hamlet or village"),
    ),
))
