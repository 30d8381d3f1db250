"""Units brought in with their symbol: "Frequency is measured in hertz (Hz)", "..., measured in kilopascals (kPa)".

Science and mathematics lessons introduce a unit by naming the quantity it
measures and giving its symbol in brackets; often they go on to say how big
one of it is ("where 1 mA is one thousandth of an amp", "; one hertz is one
wave per second").  The quantity and that size are the unit's definition.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import DEFINITION_IS_A, strip_article, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import fold, singular, term_key

# The lesson names the quantity and the symbol: as sure as an appositive.
CONFIDENCE = 0.75

# "<quantity> is/are (usually) measured/given/expressed in <unit> (<symbol>)", at a clause start, or "It ..." (the
# quantity is then the sentence before's subject); ", measured in <unit> (<symbol>)" after "The X is ...".
_UNIT = r"(?P<unit>[a-z]+(?:\s+[a-z]+){0,2}?)\s*\((?P<symbol>[^()\s][^()]{0,9})\)"
_MEASURED_CLAUSE = re.compile(
    r"(?:^|[,;]\s+(?:so|and|while|but)\s+|;\s+)(?P<quantity>(?:[A-Za-z][\w-]*\s+){0,4}?[A-Za-z][\w-]*)\s+(?:is|are)\s+"
    r"(?:(?:usually|often|normally|always|also|commonly)\s+)?(?:measured|given|expressed|quoted|recorded)\s+in\s+"
    + _UNIT)
_MEASURED_PARTICIPLE = re.compile(r",\s+(?:usually\s+|often\s+)?(?:measured|given|expressed)\s+in\s+" + _UNIT)
# "It has the symbol R and is measured in ohms (Ω)": the pronoun's sentence.
_PRONOUN_SUBJECT = re.compile(r"^(?:It|They)\b")
# "..., where 1 mA is one thousandth of an amp", "; one hertz is one wave per second": the size of one unit.
_ONE_UNIT_IS = re.compile(r"^[^;.]{0,4}?(?:,\s+where|;)\s+(?P<size>(?:1|one|One)\s+\S+\s+(?:is|equals|means)\s+[^;]+?)\s*(?:[;.]|$)")
_SUBJECT = re.compile(r"^(?:The\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:is|are|has|have)\b")


def _quantity(phrase: str) -> str | None:
    """A plain noun phrase that names a quantity ("frequency", "sound intensity levels"), lower-cased."""
    phrase = strip_article(phrase.strip())
    words = word_list(phrase)
    if not words or len(words) > 4 or not valid_term(phrase) or is_generic(phrase):
        return None
    if fold(words[0]) in {"it", "they", "this", "these", "that", "which", "so", "and"}:
        return None
    return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() or len(phrase) == 1 else phrase


def _unit_term(unit: str) -> str | None:
    """"newton metres" -> "newton metre", "metres per second" -> "metre per second": the unit's singular name."""
    words = unit.split()
    # "metres per second": the unit is counted before "per" ("metre per second").
    at = words.index("per") - 1 if "per" in words[1:] else len(words) - 1
    term = " ".join(singular(w) if i == at else w for i, w in enumerate(words))
    return term if valid_term(term, strict=False) and not is_generic(term) else None


def find_units(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Frequency is measured in hertz (Hz); one hertz is one wave per second." -> "A unit of frequency (Hz): ...".

    The unit must come with its symbol in brackets (the author introducing
    it); the quantity is the clause's subject, the sentence's subject before
    ", measured in", or, after "It is measured in", the subject of the sentence
    before.  A pronoun the sentence before cannot resolve gives nothing.
    """
    out = []
    found = [(m, m.group("quantity")) for m in _MEASURED_CLAUSE.finditer(sentence)]
    if _PRONOUN_SUBJECT.match(sentence) and (unit := re.search(r"\b(?:is|are)\s+(?:measured|given|expressed)\s+in\s+"
                                                                 + _UNIT, sentence)):
        previous = _SUBJECT.match(context.previous or "")
        found.append((unit, previous.group("np") if previous else ""))
    copula = DEFINITION_IS_A.match(sentence)
    for participle in _MEASURED_PARTICIPLE.finditer(sentence):
        found.append((participle, copula.group("subj") if copula else ""))
    for match, raw in found:
        quantity = _quantity(raw) if raw else None
        term = _unit_term(match.group("unit"))
        if quantity is None or term is None:
            continue
        size = _ONE_UNIT_IS.match(sentence[match.end():])
        definition = f"A unit of {quantity} ({match.group('symbol').strip()})"
        definition = finish_definition(f"{definition}: {size.group('size')}" if size else definition)
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


UNIT_MEASURED = RULES.register(Rule(
    name="unit_measured", priority=103, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_units,
    examples=(
        finds("# Waves\n\nWave speed is measured in metres per second (m/s) in most textbooks.\n", "metre per second"),
        finds("# Sound\n\nLoudness is usually given in sones (so), where 1 so is the loudness of a quiet tone.\n", "sone"),
        finds("# Charge\n\nCharge is the property that makes particles attract. It is measured in coulombs (C).\n",
              "coulomb"),
        misses("# Charge\n\nIt is measured in coulombs (C).\n", "coulomb"),
        misses("# Charge\n\nCharge is measured in coulombs, like other quantities.\n", "coulomb"),
    ),
))


# "so one arcsecond is 1/3600 of a degree", "milliarcseconds (mas), where 1 mas = 0.001 arcseconds": the size of one
# unit the author has set in bold, as a figure or a fraction of another unit.
_SIZE = r"(?P<size>(?:about\s+|exactly\s+)?\d[\d,./]*(?:\s*×\s*10\S+)?\s+(?:of\s+(?:an?\s+)?)?[a-z][a-z-]*)"
_ONE_UNIT_SIZE = re.compile(
    r"(?:^|,\s+(?:so|and)\s+|;\s+|\.\s+)(?:one|One|1)\s+(?P<unit>[a-z][a-z-]+)\s+(?:is|equals|=)\s+(?:equal\s+to\s+)?"
    + _SIZE + r"\s*(?:[,;.]|$)")
_SYMBOL_SIZE = re.compile(
    r"\b(?P<unit>[a-z][a-z-]+)\s+\((?P<symbol>[A-Za-zµ]{1,5})\),\s+where\s+(?:one|1)\s+(?P=symbol)\s+(?:is|equals|=)\s+"
    + _SIZE + r"\s*(?:[,;.]|$)")


def find_unit_sizes(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... so one arcsecond is 1/3600 of a degree." -> ("arcsecond", "A unit equal to 1/3600 of a degree.")."""
    out = []
    for match in (*_ONE_UNIT_SIZE.finditer(sentence), *_SYMBOL_SIZE.finditer(sentence)):
        term = _unit_term(match["unit"])
        if term is None or not {term_key(term), term_key(match["unit"])} & context.bold_keys:
            continue  # ("one degree is ...": a unit the lesson uses, not one it introduces)
        definition = finish_definition(f"A unit equal to {match['size']}")
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


UNIT_SIZE = RULES.register(Rule(
    name="unit_size", priority=103, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_unit_sizes,
    examples=(
        finds("# Angles\n\nThey are measured in **arcseconds**. A degree has 60 arcminutes, and each arcminute 60 "
              "arcseconds, so one arcsecond is 1/3600 of a degree.\n", "arcsecond"),
        finds("# Angles\n\nAstronomers also use **milliarcseconds** (mas), where 1 mas = 0.001 arcseconds.\n",
              "milliarcsecond"),
        misses("# Angles\n\nThey are measured in arcseconds, so one arcsecond is 1/3600 of a degree.\n", "arcsecond"),
    ),
))
