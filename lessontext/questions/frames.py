"""What kind of thing an inline list's items are: the noun or verb that governs the list
("fields including ___", "to uphold ___"), and whether an option is of that kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lessontext.words import getAllLemmas

from .prose import is_verb
from .text import BLANK, STOPWORDS, head_word, is_plural, norm, related, word_count, words

# What governs an inline list: ("category", noun) for "fields including ___", ("noun", noun)
# for "the complexities of ___", ("verb", lemma) for "to uphold ___".
Frame = tuple[str, str]

_LIST_TRIGGER = re.compile(r"(?:,\s*)?\b(?:such as|including|like|namely|especially|particularly|notably)\s*$", re.I)

# Category nouns that name the same kind of listed thing ("fields including ..." / "areas such as ...").
_CATEGORY_CLASSES = (
    frozenset("field area domain sector sphere realm discipline".split()),
    frozenset("value principle ideal norm".split()),
    frozenset("country nation state".split()),
)

# Head-noun suffixes of abstract nouns ("comprehension", "stability", "equipment", "intelligence").
_ABSTRACT_NOUN = ("ity", "ness", "ion", "ment", "ance", "ence", "ship", "ism", "cy")


@lru_cache(maxsize=4096)
def enumeration_frame(frame: str) -> Frame | None:
    """The noun or verb that says what kind of thing an inline list's items are.

    "collaboration in various fields including _____" → ("category", "field");
    "the complexities of _____" → ("noun", "complexity"); "commitment to
    uphold _____" → ("verb", "uphold"); None when nothing before the blank says.
    """
    before = frame.split(BLANK, 1)[0]
    trigger = _LIST_TRIGGER.search(before)
    toks = [t.lower() for t in words(before[: trigger.start()] if trigger else before)]
    if not toks:
        return None
    if trigger:
        return None if toks[-1] in STOPWORDS else ("category", _noun_lemma(toks[-1]))
    last = toks[-1]
    if last in {"of", "from", "among", "between"} and len(toks) >= 2:
        governing = toks[-2]
        if is_verb(governing):
            return ("verb", _verb_lemma(governing))  # "consists of"
        return None if governing in STOPWORDS else ("noun", _noun_lemma(governing))
    if last in STOPWORDS:
        return None
    if is_verb(last, toks[-2] if len(toks) >= 2 else ""):
        return ("verb", _verb_lemma(last))
    return None


def _noun_lemma(word: str) -> str:
    nouns = getAllLemmas(word.lower()).get("NOUN", ())
    return nouns[0] if nouns else norm(word)


def _verb_lemma(word: str) -> str:
    verbs = getAllLemmas(word.lower()).get("VERB", ())
    return verbs[0] if verbs else word.lower()


def frames_match(a: Frame | None, b: Frame | None) -> bool:
    """Two lists hold the same kind of thing: one verb governs both, or their head nouns are one kind."""
    if a is None or b is None:
        return False
    if "verb" in (a[0], b[0]):
        return a == b
    if related(a[1], b[1]):
        return True
    return any(a[1] in c and b[1] in c for c in _CATEGORY_CLASSES)


def noun_class(phrase: str) -> str:
    """ "abstract" for a head noun with an abstract suffix (-ity, -ness, -ion, ...), else "plain"."""
    head = head_word(phrase).lower()
    return "abstract" if len(head) > 5 and head.endswith(_ABSTRACT_NOUN) else "plain"


def same_kind(option: str, option_frames: Sequence[Frame] | set[Frame], keys: Sequence[str],
              key_frame: Frame | None) -> bool:
    """``option`` is the same kind of thing as the listed ``keys``.

    Without word vectors: the same grammatical number, the same suffix class
    of head noun, and, where the keys' list names its category ("fields
    including ...") or a verb governs them ("to uphold ..."), or the option is
    a lone (vague) word: an option listed under a matching frame elsewhere
    ("areas such as ...", "to uphold ...").
    """
    numbers = {is_plural(k) for k in keys}
    if len(numbers) == 1 and is_plural(option) not in numbers:
        return False
    if noun_class(option) not in {noun_class(k) for k in keys}:
        return False
    if (key_frame is not None and key_frame[0] in ("category", "verb")) or word_count(option) == 1:
        return any(frames_match(key_frame, f) for f in option_frames)
    return True
