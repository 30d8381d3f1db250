"""No "a" before a genus English does not count: "Mechanical digestion: A digestion that ..." -> "Digestion that ...".

The head-noun rewrite (:func:`lessontext.glossary.rephrase.genus_phrase` and the rules that name a term by its
own last word) puts "A"/"An" before that word.  Before a noun whose plural is rare or the same word
("digestion", "rainfall") or a gerund ("straightening") the article is ungrammatical: raters on test-k
("Mechanical digestion", "Chemical digestion", both raters: "write 'Digestion in which ...'") and test-j
("Channel straightening", "Prolonged rainfall") marked it.  The clause stays; only the article goes.
"""

from __future__ import annotations

import re

from lessontext.semantics import zipf
from lessontext.words import getAllLemmas, getInflection

__all__ = ["UNCOUNTED", "without_article"]

# How much rarer (Zipf) than the singular a plural must be for the noun to count as uncountable.
UNCOUNTED = 1.7

_ARTICLE_AND_HEAD = re.compile(
    r"^(?:An?)\s+(?P<head>[a-z][\w-]*)\s+(?=(?:that|which|who|in which|by which|through which|where|whose)\b)")


def _uncounted(head: str) -> bool:
    lemmas = getAllLemmas(head)
    if head.endswith("ing"):
        return not lemmas.get("NOUN")  # a gerund ("straightening"); "a building", "a painting" are counted
    if not lemmas.get("NOUN") or lemmas.get("ADJ") or head.endswith("s"):
        return False  # "A series of ...": counted, though its plural is the same word; "A two ...": a number
    plural = getInflection(head, "NNS")
    plural_form = plural[0] if plural else head
    return plural_form == head or zipf(head) - zipf(plural_form) >= UNCOUNTED


def without_article(term: str, definition: str) -> str:
    """``definition`` without its "A"/"An" when that article heads the term's own uncounted last word."""
    found = _ARTICLE_AND_HEAD.match(definition)
    if not found:
        return definition
    head = found.group("head")
    last = term.split()[-1].lower() if term.split() else ""
    if len(term.split()) < 2 or head != last or not _uncounted(head):
        return definition
    return head[:1].upper() + head[1:] + definition[found.end("head"):]
