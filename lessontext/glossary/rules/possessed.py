"""A thing named last, after what it is: "The combination of alleles an organism carries is its genotype", and a
quality named after what has it: "A triangle with three equal sides is equilateral".

Science and mathematics lessons often say what a thing is first and give the name at the end of the sentence,
as what the thing is "its" (an organism's genotype, a wave's wavelength), or name a quality after the thing that
has it.  The copula rules read "X is a Y" with the term first; these read the term last.  The subject must be
a description (a noun and what it is of, or a clause), not a judgement ("The main advantage of steel is its
strength"), and the name must come back in the lesson: a term is used again.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_generic, valid_term
from lessontext.glossary.judged import JUDGING_WORDS
from lessontext.glossary.phrases import has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import zipf
from lessontext.vocabulary import TermKind
from lessontext.words import fold, folded_singular, word_pos

# A description named at the end of its sentence: as sure as a defining sentence read the other way round.
CONFIDENCE = 0.7

# "The combination of alleles an organism carries is its genotype, for example RR, Rr or rr.", "The place where a river
# meets the sea is its estuary, often a wide ...": an example or an appositive after the name is not part of it.
_ITS_NAME = re.compile(
    r"^(?P<np>The\s+(?P<head>[a-z][a-z-]+)\s+[^;:]{6,160}?)\s+(?:is|are)\s+(?:its|their)\s+"
    r"(?P<term>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})"
    r"(?:,\s+(?:for example|for instance|such as|e\.g\.)\s+[^;]+|,\s+(?:(?:often|usually|typically|normally|generally)\s+)?"
    r"an?\s+[^;]+)?\.?$")
# "A triangle with three equal sides is equilateral.", "An organism with two different alleles, Rr, is
# heterozygous for that gene.": "A/An" a noun, "with" what it has, then a lone adjective.
_WITH_QUALITY = re.compile(
    r"^An?\s+(?P<noun>[a-z][a-z-]+)\s+with\s+(?P<what>[^,;:]{6,120}?)(?:,\s+[^,;:]{1,40},)?\s+(?:is|are)\s+"
    r"(?P<term>[a-z][a-z-]{3,})(?:\s+(?:for|in)\s+(?:that|the|this)\s+[a-z]+)?\.?$")
# "such as round seeds": an example set off by commas is not part of the description.
_EXAMPLE_ASIDE = re.compile(r",\s+(?:such as|for example|e\.g\.|like)\s+[^,]+,")
# "pleasant", "expensive": an everyday adjective describes; a rare one ("equilateral", "homozygous") names a quality.
_SPECIALIST_ZIPF = 4.0
_RARE_ZIPF = 3.0
# A word no tagger knows ("homozygous", "genotype") is a specialist's: read by its ending.
_ADJECTIVE_ENDINGS = ("ous", "al", "ic", "ive", "ent", "ant", "able", "ible", "ar")
# "The most ...", "The main ...": a ranking or a judgement, not a description.
_RANKING = frozenset("most least main best worst only first last biggest greatest chief key real".split())


def _used_again(term: str, context: Context) -> bool:
    """The term's head word comes back in the lesson, or is a rare word: a term of the lesson, not a word of one
    sentence ("homozygous", named once beside "heterozygous")."""
    head = word_list(term)[-1]
    return context.document_words[folded_singular(head)] >= 2 or zipf(head) < _RARE_ZIPF


def _judges(words: list[str]) -> bool:
    folded = {fold(w) for w in words}
    return bool(folded & (JUDGING_WORDS | _RANKING)) or any(w.endswith("est") and "ADJ" in word_pos(w) for w in folded)


def find_possessed(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The D is its T." -> "T: The D."; "A N with W is ADJ." -> "ADJ: Having W."."""
    text = DISCOURSE_OPENER.sub("", sentence.strip())
    if match := _ITS_NAME.match(text):
        term, np = match["term"], _EXAMPLE_ASIDE.sub("", match["np"])
        words, pos = word_list(np), word_pos(word_list(match["term"])[-1])
        if len(words) < 4 or "NOUN" not in word_pos(match["head"]) or _judges(words) or pos and "NOUN" not in pos:
            return []
        definition = np
    elif match := _WITH_QUALITY.match(text):
        term = match["term"]
        pos = word_pos(term)
        adjective = "ADJ" in pos and "NOUN" not in pos or not pos and term.endswith(_ADJECTIVE_ENDINGS)
        if not adjective or zipf(term) >= _SPECIALIST_ZIPF or _judges(word_list(match["what"])):
            return []
        definition = f"Having {match['what']}"
    else:
        return []
    if not valid_term(term, allow_adjective=True, strict=False) or is_generic(term) or not _used_again(term, context):
        return []
    definition = finish_definition(definition)
    if not definition or has_anaphora(definition):
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern")]


POSSESSED = RULES.register(Rule(
    name="possessed_name", priority=102, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_possessed,
    examples=(
        finds("# Waves\n\nThe distance from one crest to the next is its wavelength. A longer wavelength carries "
              "less energy.\n", "wavelength"),
        finds("# Rivers\n\nThe place where a river meets the sea is its estuary, often a wide stretch of mud. The estuary "
              "floods.\n", "estuary"),
        finds("# Shapes\n\nA triangle with three equal sides is equilateral. Every equilateral triangle has three "
              "equal angles.\n", "equilateral"),
        misses("# Steel\n\nThe main advantage of steel over iron is its strength. Strength matters in bridges.\n",
               "strength"),
        misses("# Waves\n\nThe distance from one crest to the next is its wavelength.\n", "wavelength"),
        misses("# Shapes\n\nA room with three large windows is pleasant. It is a pleasant room.\n", "pleasant"),
    ),
))
