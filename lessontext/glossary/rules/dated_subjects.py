"""Instruments and bodies an essay names with their date and says what they did: "The Four-Power Treaty of 13
December 1921, between the United States, Britain, Japan and France, bound the parties to respect one another's
island possessions in the Pacific" -> "Four-Power Treaty: A treaty of 1921 between the United States, Britain,
Japan and France that bound the parties to respect ...".

A history or policy essay seldom says what a treaty *is*; it names it once with its date, often with an aside on who
signed it or when ("signed when the Federation of Malaya became independent"), and says what it did.  A teacher's
entry is that sentence turned round: the kind the name carries ("Treaty", "Agreement", "Act", "Convention"), the
year, the parties the aside names after "between", and the verb phrase.  The named-subject rule reads the name
followed by its verb, one short aside or a bare year; this rule reads what it cannot: a day and a month before the
year, and an aside after the date.  It defers to the named-subject rule wherever that rule reads the sentence, so an
entry it already makes keeps its wording.  Only a singular name whose head is a kind of instrument or body
(:data:`lexicon.KIND_HEADS`) counts: "The Battle of Jutland of 31 May 1916" is an event, told rather than defined,
and a predicate that leans on the sentences before ("bound them to that promise") defines nothing.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous
from lessontext.glossary.phrases import PRONOUN_START, has_anaphora, predicate_of, word_list
from lessontext.glossary.predication import lexical_predicate
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.named_subjects import (
    _AND_PRONOUN,
    _EXAMPLES_POINTING_BACK,
    _LEADING_ADVERB,
    _MONTH,
    NAMED_SUBJECT_CONFIDENCE,
    _first_subject_only,
    opened,
    the_name_subject,
)
from lessontext.glossary.rules.subjects import _SUCH_AS, _THEIR, _cut_predicate, _explains
from lessontext.words import fold, singular

# As sure as the named-subject rule: the same sentence, the name spelled out as the subject of what it did.
CONFIDENCE = NAMED_SUBJECT_CONFIDENCE

# ", between the United States, Britain, Japan and France,": the parties, a list with its own commas.
_BETWEEN_ASIDE = (r",\s+between\s+(?P<parties>(?:the\s+)?[A-Z][^;,]*(?:,\s+(?:the\s+)?[A-Z][^;,]*)*\s+and\s+"
                  r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),")
# "The Four-Power Treaty of 13 December 1921, between A, B, C and D, bound ...", "The Anglo-Malayan Defence
# Agreement of 1957, signed when ..., committed Britain to ...": the name, its date, an optional aside, the verb.
_DATED_NAME = re.compile(
    rf"^The\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|de)\s+)*(?!{_MONTH}\b)[A-Z][\w'’-]*){{1,6}})"
    rf"\s+of\s+(?:(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?(?P<year>1\d{{3}}|20\d{{2}})|\d{{1,2}}\s+{_MONTH}\b)"
    rf"(?:{_BETWEEN_ASIDE}|,\s+(?P<aside>[a-z][^,;]{{3,160}}),)?\s+(?P<rest>[a-z].+)$"
)
_POSSESSIVE = re.compile(r"['’]s\b")
# "The ... Pact of 23 August confirmed how lightly Berlin treated its ally": what it showed of someone else, not what
# it did (test-bd).
_TELLS = re.compile(r"^(?:\w+ly\s+)?(?:confirmed|showed|revealed|proved|demonstrated|suggested|exposed|signalled|signaled)\b")


def find_dated_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The X Treaty of 13 December 1921, between A, B and C, bound ..." -> "A treaty of 1921 between A, B and C
    that bound ..."; left to the named-subject rule when that rule reads the sentence."""
    text = opened(sentence)
    match = _DATED_NAME.match(text)
    if not match or the_name_subject(section, sentence, text, context):
        return []
    name, year, parties = match["name"], match["year"], match["parties"]
    words = word_list(name)
    if fold(name) in lexicon.COUNTRIES or name in context.acronyms.values() or _POSSESSIVE.search(name):
        return []
    genus_words = words[: next((i for i, w in enumerate(words) if w.lower() in {"of", "for", "on"}), len(words))]
    genus = fold(genus_words[-1]) if genus_words else ""
    kind = lexicon.KIND_HEADS.get(genus)
    if not kind or singular(genus) != genus:
        return []
    predicate = predicate_of(_LEADING_ADVERB.sub("", match["rest"], count=1), plural=False)
    if not predicate or PRONOUN_START.match(predicate) or _TELLS.match(predicate):
        return []
    predicate = _EXAMPLES_POINTING_BACK.sub("", _first_subject_only(_AND_PRONOUN.sub("", _cut_predicate(predicate))))
    if parties:
        predicate = _THEIR.sub("the parties'", predicate)  # "bound the signatories to open their ports"
    if not _explains(lexical_predicate(predicate), singular_subject=True):
        return []
    between = f" between {parties}" if parties else ""
    dated = f" of {year}" if year else ""  # "The Emergency Banking Act of 9 March allowed ...": the year told before
    definition = finish_definition(f"{rephrase.article(genus)} {genus}{dated}{between} that {predicate}")
    if not definition or has_anaphora(_SUCH_AS.sub("", definition)) or is_vacuous(definition):
        return []
    return [Candidate(name, definition, kind, section, sentence, CONFIDENCE, "named", {f"{name} of {year}"} if year else set())]


_EXAMPLES = (
    finds("# Fishing\n\nThe Three-Port Treaty of 4 March 1821, between Arland, Belmark and Cossia, bound the parties "
          "to open their harbours to one another's fishing boats.\n", "Three-Port Treaty"),
    finds("# Grazing\n\nThe Lowland Grazing Agreement of 1902, signed when the drought ended, limited every farm to "
          "forty sheep on the common.\n", "Lowland Grazing Agreement"),
    # a day and a month, the year told before (test-cl)
    finds("# Banks\n\nThe Emergency Banking Act of 9 March allowed sound banks to reopen after federal inspection.\n",
          "Emergency Banking Act"),
    # an event: its head is no kind of instrument or body
    misses("# Wars\n\nThe Battle of Long Ford of 3 May 1612, fought in heavy rain, ended the war between the river "
           "towns and the hill clans.\n", "Battle of Long Ford"),
    # the predicate leans on the sentence before
    misses("# Harbours\n\nThe Harbour Accord of 12 May 1931, between Arland and Belmark, bound those towns to it.\n",
           "Harbour Accord"),
)

DATED_SUBJECT = RULES.register(Rule(
    name="dated_subject", priority=84, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_dated_subjects,
    examples=_EXAMPLES,
))
DATED_SUBJECT_IN_CLAUSE = RULES.register(Rule(
    name="dated_subject_in_clause", priority=145, scope=Scope.CLAUSE, confidence=CONFIDENCE,
    find=find_dated_subjects,
    examples=(
        finds("# Straits\n\nThe navy stayed in port, while the Straits Convention of 1841, reaffirmed in 1856, kept "
              "the narrows closed to foreign warships in peacetime.\n", "Straits Convention"),
        misses("# Wars\n\nThe towns rebuilt, while the Battle of Long Ford of 3 May 1612, fought in heavy rain, ended "
               "the war.\n", "Battle of Long Ford"),
    ),
))
