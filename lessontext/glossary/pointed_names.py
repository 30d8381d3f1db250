"""What a naming sentence names when it points back: "This technique is known as T", "These breaths, called T,",
"This glowing ball of gas", and a definition that ends on "it" ("Each single reading in it.").

The demonstrative or the pronoun stands for something the sentence before (or the sentence's own earlier words)
named; these helpers say what, or give up.  Plain string work, used by the ``called`` rule beside
:mod:`lessontext.glossary.naming`, which reads what the naming sentence names in its own words.
"""

from __future__ import annotations

import re

from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.antecedent import subject_with_noun, without_admonition
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import PRONOUN_START, has_anaphora, plural_head, word_list
from lessontext.words import word_pos

__all__ = [
    "described_by_demonstrative",
    "named_by_demonstrative",
    "pointed_to_before",
    "resolve_trailing_it",
    "trim_unresolved",
]


_CONDITION_OPENERS = frozenset("if unless although though because since while as once".split())
_DEMONSTRATIVE_NOUN = re.compile(r"^(?:This|These)\s+(?P<noun>[a-z][\w-]*)(?P<rest>(?:\s+[^,;]+)?)$")
# "Ohm published experiments showing that X": the reported content X is what the next sentence names.
_REPORTED = re.compile(r"\b(?:showing|shows|showed|found|finds|states|stated|proved|proves)\s+that\s+,?\s*")


def named_by_demonstrative(head_text: str, previous: str) -> str | None:
    """What "This N (of ...) is called T" names: "The N of ...", or "A N in which <the sentence before>".

    "This method of making ATP using a gradient of ions is known as T" ->
    "The method of making ATP using a gradient of ions"; "Many narratives
    slide between voices. This technique is known as T" -> "A technique in
    which many narratives slide between voices".
    """
    match = _DEMONSTRATIVE_NOUN.match(head_text.strip())
    if not match or "NOUN" not in word_pos(match.group("noun")):
        return None
    noun, rest = match.group("noun"), match.group("rest").strip()
    if rest:
        # "This method of making ATP ...": the demonstrative's own restriction says what it is.
        return f"The {noun} {rest}" if len(word_list(rest)) >= 3 and rest.split()[0] in {"of", "for", "that", "which",
                                                                                         "using", "in", "by"} else None
    previous = without_admonition(previous)
    if same := subject_with_noun(previous, noun):
        return same  # "Short, shallow breaths are not normal sleep. These breaths, called T, ...": the thing itself
    reported = _REPORTED.search(previous)
    clause = previous[reported.end():] if reported else previous
    clause = clause.strip().rstrip(".")
    words = word_list(clause)
    # "If the bench is wet, the acid spreads": a condition and what follows from it, not what a process is.
    if (not 4 <= len(words) <= 30 or PRONOUN_START.match(clause) or words[0].lower() in lexicon.UNRESOLVED_OPENERS
            or words[0].lower() in _CONDITION_OPENERS or previous.rstrip().endswith((":", "?"))):
        return None
    noun_phrase = f"{rephrase.article(noun).lower()} {noun}" if not plural_head(noun) else noun
    return rephrase.relative_definition(noun_phrase, "in", clause)


# (not "so that": "They coat pathogens so that phagocytes can engulf them" says what they do it for; test-cl)
_COMPLEMENTISER = re.compile(r"\b(?:why|(?<!\bso )(?<!\bsuch )(?<!\bnow )that|how|where|whether)\s+")


def trim_unresolved(text: str) -> str:
    """"It explains why the ocean is ringed by ..." -> "the ocean is ringed by ..."."""
    words = word_list(text[:20])
    if words and words[0].lower() in lexicon.UNRESOLVED_OPENERS:
        match = _COMPLEMENTISER.search(text)
        if match:
            return text[match.end():]
    return text


# "This judgement,", "These arrangements,": a demonstrative subject set off by the naming aside.
_DEMONSTRATIVE_SUBJECT = re.compile(r"^(?:This|These|Such)\s+[a-z][\w-]*,$")


def pointed_to_before(head_text: str, previous: str) -> str | None:
    """"This judgement," (before ", known as T, covers ...") -> "A judgement in which <the sentence before>".

    None when ``head_text`` is no demonstrative subject; "" when it is one
    but the sentence before cannot say what it points to: the sentence's own
    predicate never can ("covers ... that look after it" is no judgement).
    """
    if not _DEMONSTRATIVE_SUBJECT.match(head_text):
        return None
    named = named_by_demonstrative(head_text[:-1], previous)
    definition = finish_definition(named) if named else None
    return definition if definition and not has_anaphora(definition) else ""


# "This glowing ball of gas", "This property of working together smoothly": a demonstrative, then a noun with
# its own "of" complement.  A collective head ("this series of events") says nothing of what the thing is.
_DEMONSTRATIVE_DESCRIPTION = re.compile(r"^(?:This|These)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)\s+of\s+[a-z][^,;]*)$")
_COLLECTIVE_HEADS = frozenset("series set sets group groups number kind kinds type types sort range lot pair part".split())


def described_by_demonstrative(np: str) -> str | None:
    """"This glowing ball of gas" -> "A glowing ball of gas."; None when the phrase only counts or groups."""
    match = _DEMONSTRATIVE_DESCRIPTION.match(np.strip())
    if not match or match.group("head") in _COLLECTIVE_HEADS or plural_head(match.group("head")):
        return None
    words = word_list(match.group("np"))
    if any(w.lower() in lexicon.EVALUATIVE or w.lower() in lexicon.UNRESOLVED_OPENERS for w in words):
        return None
    phrase = match.group("np")
    return finish_definition(f"{rephrase.article(phrase.split()[0])} {phrase}")


# "... in it.", "... around it.": a preposition and "it" closing the definition.
_TRAILING_IT = re.compile(r"\b(?P<prep>in|around|on|inside|within|of|from|to|into|over|under|along|across)\s+it\s*\.$")
# "is referred to as a data set", "called the **glomerulus**": a name the text gives with its article.
_NAME_GIVEN = re.compile(r"\b(?:called|known as|referred to as|termed|named)\s+(?P<article>the|an?)\s+\**"
                         r"(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\**(?=[,.;:]|\s+(?:and|or|which|is|are)\b|$)")
# "A circuit with a gap in it": after "with" or a relative, "it" is the definition's own head.
_HEAD_OWNS_IT = re.compile(r"\b(?:with|that|which|who|whose|its)\b", re.I)
# "Sound above this range is called ultrasound, and sound below it ...": "it" may be the range, not the name.
_POINTING_SUBJECT = re.compile(r"\b(?:this|that|these|those|it)\b", re.I)


def resolve_trailing_it(definition: str, sentence: str, previous: str) -> str:
    """"Each individual value in it." -> "Each individual value in a data set." when one name was just given.

    "it" stands for the one thing the sentence named before the definition's words ("A collection of values is
    referred to as a data set, and each individual value in it ..."), or else the one thing the sentence before
    named ("A knot of capillaries called the glomerulus. A cup-shaped structure around it, called ...").  Left
    as it is (and refused later) when no name, several names, or a subject that points elsewhere came first.
    """
    match = _TRAILING_IT.search(definition)
    if not match or _HEAD_OWNS_IT.search(definition[: match.start()]):
        return definition
    core = definition[: match.start()].strip().lower()
    at = sentence.lower().find(core[: max(8, len(core) // 2)]) if core else -1
    for text in (sentence[:at] if at > 0 else "", previous):
        names = list(_NAME_GIVEN.finditer(text))
        if len(names) > 1 or names and _POINTING_SUBJECT.search(text[: names[0].start()]):
            return definition
        if names:
            name = names[0]
            return f"{definition[: match.end('prep')]} {name.group('article').lower()} {name.group('name')}."
    return definition
