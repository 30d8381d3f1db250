"""Names every reader knows: a gap on one asks world knowledge, not the lesson.

"_____ has invoked Article 5 only once", "The _____ has built its own, more limited arrangements": NATO and the
EU fill them for any reader.  Read by the fill-in family (``families/fill_blank.py``), kept apart because it is
one idea: how well known a name is, from how often English writes its short form (``semantics.zipf``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.semantics import zipf
from lessontext.words import getAllLemmas

from .types import GlossaryEntry

# The small words inside a name ("North Atlantic Treaty Organization", "Office for the Coordination of ...").
NAME_JOINERS = frozenset({"of", "on", "for", "the", "and", "in"})
# A short name English uses this often (Zipf: "NATO" 4.0, "EU" 4.6; "IAEA" 3.0, "PESCO" 1.3) names an
# institution any reader knows: a gap on it asks world knowledge, not the lesson.
KNOWN_SHORT_NAME = 3.5
_SHORT_NAME = re.compile(r"[A-Z]{2,6}")
# The kinds of glossary entry that name a body or a country rather than a concept.
_BODY_KINDS = frozenset({"organisation", "country"})


def initials(name: str) -> str:
    """The capitals of a name's words, its joiners left out: "North Atlantic Treaty Organization" -> "NATO"."""
    return "".join(w[0] for w in name.split() if w.lower() not in NAME_JOINERS and w[:1].isupper())


@lru_cache(maxsize=64)
def _words_of(text: str) -> frozenset[str]:
    """The lesson's words, once per lesson: a search of the whole text per mention cost 0.6 s on 60,000 words."""
    return frozenset(re.findall(r"\w+", text))


def known_body(key: str, entry: GlossaryEntry | None, lesson_text: str) -> bool:
    """The gap's key names a body or country every reader knows: one of its short names ("NATO", "EU", "UN",
    the key itself, a glossary alias, or the initials the lesson writes for it) is one English uses often
    (``KNOWN_SHORT_NAME``), and the thing is a name, not a concept: a capitalised long name beside the short
    one ("European Union" / "EU") or a glossary entry of an organisation or country.  "_____ has invoked
    Article 5 only once", "The _____ has built its own, more limited arrangements": the reader fills it
    without the lesson (raters on dev-b, dev-r3, test, test-d, test-r2, test-y: trivial, "world knowledge
    fills it"; none of nine such gaps accepted).  A concept's short name ("ATP", "DNA", "GDP") spells out in
    lower case and stays a gap; so does a little-known body ("IAEA" 3.0, "ICRC" 2.6), and one whose short
    name is an English word ("CAT": the word's frequency says nothing of the body's)."""
    names = [key, *((entry.term, *entry.aliases) if entry is not None else ())]
    long_names = [n for n in names if len(n.split()) > 1
                  and all(w[:1].isupper() for w in n.split() if w.lower() not in NAME_JOINERS)]
    short = {n for n in names if _SHORT_NAME.fullmatch(n)}
    short |= {i for i in map(initials, long_names) if len(i) > 1 and i in _words_of(lesson_text)}
    # A short name that is also an English word ("CAT", "AIM", "US") is as frequent as the word: no evidence.
    if not any(zipf(n.lower()) >= KNOWN_SHORT_NAME and not getAllLemmas(n.lower()) for n in short):
        return False
    return bool(long_names) or entry is not None and str(entry.kind) in _BODY_KINDS
