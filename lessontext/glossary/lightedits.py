"""A teacher's light edits on a definition lifted from narrative, and on a counted headword.

Blind raters called these entries "minor" and named the edit in their notes:

* an adverb that ties the clause to the sentence before ("A plan that then
  provided ...", "..., which also includes certain fees") is dropped;
* a definition that is one quotation ("\u201cthe systematic study of ...\u201d")
  loses its quotation marks;
* a trailing ", which ..." that describes another name mentioned inside the
  definition ("... support for the International Mine Action Standards, which
  give operators a common language ...") ends before it, since it defines that
  other name, not the headword;
* a headword that counts its noun ("Two lungs", "Three branches") is shown
  without the count ("Lungs"), the counted form kept as an alias.

:func:`lessontext.glossary.polish.polish_terms` applies them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Term
from lessontext.glossary.phrases import word_list
from lessontext.words import singular, term_key

# "A plan that then provided ...", "..., which also includes ...": an adverb pointing to the sentence before.
_NARRATIVE_ADVERB = re.compile(r"\b(?P<relative>that|which|who)\s+(?:then|also|later|subsequently|in turn),?\s+(?=[a-z])")
# "“the systematic study of what we ought to do.”": the whole definition one quotation.
_WHOLE_QUOTATION = re.compile(r'^["“](?P<body>[^"“”]{12,})["”]\.?$')
# "... for the International Mine Action Standards, which give ...": a capitalised name of two or more words
# (small words inside), then a non-restrictive "which" clause that runs to the end.
_ASIDE_ON_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:of|for|on|and|the|in)\s+)*){1,7}[A-Z][\w'’-]+),"
                            r"\s+which\s+[^;:]+\.$")
_MIN_KEPT_WORDS = 8


def light_edits(definition: str, term: str) -> str:
    """A teacher's light edits: no narrative adverb, no wrapping quotation marks, no aside on another name."""
    definition = _NARRATIVE_ADVERB.sub(lambda m: m.group("relative") + " ", definition)
    quoted = _WHOLE_QUOTATION.match(definition)
    if quoted:
        body = quoted.group("body").strip().rstrip(".")
        definition = body[0].upper() + body[1:] + "."
    aside = _ASIDE_ON_NAME.search(definition)
    if aside and aside.start("name") > 0 and term_key(aside.group("name")) != term_key(term):
        kept = definition[: aside.end("name")]
        if len(word_list(kept)) >= _MIN_KEPT_WORDS and kept.count("(") == kept.count(")"):
            definition = kept + "."
    return definition


# "Two lungs", "Three branches": a count before a plural noun.
_COUNTED_HEADWORD = re.compile(r"^(?P<count>[A-Z][a-z]+)\s+(?P<rest>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*)$")


def uncounted_headword(term: Term) -> Term:
    """"Two lungs" is shown as "Lungs": the count belongs to the sentence, not to the term."""
    counted = _COUNTED_HEADWORD.match(term.term)
    if not counted or counted.group("count").lower() not in lexicon.NUMBER_WORDS | {"both"}:
        return term
    rest = counted.group("rest")
    if singular(rest.split()[-1]) == rest.split()[-1]:
        return term  # "Two-thirds majority" is hyphenated; "Three point" is not a plural noun phrase
    shown = rest[0].upper() + rest[1:]
    aliases = tuple(sorted({*term.aliases, term.term} - {shown}, key=str.lower))
    return replace(term, term=shown, key=term_key(shown), aliases=aliases)
