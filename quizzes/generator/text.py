"""Word-level helpers shared by the candidate builders and the rubric.

Everything here is deliberately light: a regex tokenizer, a small suffix
stemmer and prefix matching are enough to catch leakage ("technology" /
"technological", "co-operative" / "cooperation") and near-synonyms without
a language model or downloaded data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lemminflect import getAllLemmas

BLANK = "_____"

WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\+?", re.UNICODE)
_BLANK_RE = re.compile(r"_{3,}")

STOPWORDS = frozenset(
    """
    a an the and or nor but if then else so yet of in on at to for from by with without within
    into onto over under about above below between among amongst through throughout during before
    after since until upon via per than as like such this that these those there here it its
    itself they them their theirs themselves he him his she her hers we us our ours you your i me my
    is are was were be been being am do does did done has have had having can could may might must
    shall should will would not no only also very more most much many some any all each every both
    either neither other another same own which who whom whose what when where why how while
    whereas although though because whether just even still ever again further too quite rather
    often usually always never sometimes s t one ones including include includes included etc
    two three four five six seven eight nine ten first second third
    """.split()
)

# Heads too vague to be worth asking about on their own.
GENERIC_HEADS = frozenset(
    """
    aspect aspects component components role roles part parts element elements factor factors
    thing things way ways kind kinds type types form forms area areas field fields matter matters
    issue issues point points example examples instance instances case cases item items feature
    features lot lots number numbers variety range set sets level levels term terms idea ideas
    concept concepts process processes approach approaches means method methods manner sort sorts
    nature basis bases context contexts scope sphere spheres dimension dimensions stature
    importance significance advantage advantages benefit benefits purpose purposes objective
    objectives goal goals aim aims result results effect effects impact impacts conclusion summary
    introduction overview background section chapter lesson text topic people person stage
    stages step steps phase phases essence practice fact sense view terms key
    """.split()
)

# Openers that point back to an earlier sentence.
ANAPHORIC_OPENERS = frozenset(
    """
    this these that those it its they them their such he she his her him also however
    furthermore moreover additionally besides thus therefore hence consequently accordingly
    similarly likewise nevertheless nonetheless otherwise instead meanwhile then there here both
    each another either neither latter former second third finally lastly still yet but and or
    so which who
    """.split()
)

# Leading discourse markers that can be dropped from a lifted sentence.
DISCOURSE_MARKERS = (
    "for example", "for instance", "in addition", "in conclusion", "in summary", "in essence",
    "in short", "in practice", "in particular", "in fact", "in general", "in other words",
    "as a result", "as we've highlighted", "as we have seen", "as noted", "furthermore",
    "moreover", "additionally", "essentially", "importantly", "notably", "indeed", "overall",
    "traditionally", "historically", "today", "initially", "ultimately", "generally",
    "typically", "similarly", "likewise", "however", "therefore", "thus", "consequently",
    "in turn", "by contrast", "in contrast", "on the other hand", "above all",
)

_MARKDOWN_RESIDUE = re.compile(r"(\*\*|__|`|^#+\s|\[[^\]]*\]\(|!\[|<[a-z/][^>]*>|^\s*[-*+]\s|^\s*\d+\.\s|\|)")
_MOJIBAKE = re.compile(r"[√Ã][\u0080-\u00ff©®±]|â€|Â\s")

_SUFFIXES = (
    "ological", "ologies", "izations", "isations", "ization", "isation", "ational", "ations",
    "ically", "ations", "ology", "ation", "ative", "atives", "ments", "ment", "ness",
    "ities", "ity", "ingly", "ings", "ing", "ical", "ated", "ates", "ate", "edly", "ies", "ied",
    "ers", "er", "ed", "es", "ic", "al", "ly", "ive", "s", "y", "e",
)


def words(text: str) -> list[str]:
    """Return the word tokens of ``text`` (hyphenated words stay whole)."""
    return WORD_RE.findall(text)


@lru_cache(maxsize=131072)
def norm(word: str) -> str:
    """Lower-case, drop possessives, apostrophes, dots and hyphens."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.replace("'", "").replace("-", "").replace(".", "")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one common English suffix from a normalised word."""
    w = norm(word)
    if len(w) <= 4 or w.isdigit():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=65536)
def related(a: str, b: str) -> bool:
    """True when two words are inflections, derivations or spelling variants."""
    na, nb = norm(a), norm(b)
    if na == nb:
        return True
    if not na or not nb:
        return False
    if na.isdigit() or nb.isdigit():
        return False
    sa, sb = stem(a), stem(b)
    if sa == sb:
        return True
    short = min(len(na), len(nb))
    if short < 5:
        return False
    prefix = 0
    for x, y in zip(na, nb):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and prefix >= 0.75 * short


@lru_cache(maxsize=131072)
def is_content(word: str) -> bool:
    return norm(word) not in STOPWORDS and any(ch.isalpha() for ch in word)


@lru_cache(maxsize=65536)
def content_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in words(text) if is_content(w))


@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


@lru_cache(maxsize=16384)
def is_adjective(phrase: str) -> bool:
    """A one-word option that can only be an adjective ("Voidable"), among noun options."""
    toks = words(phrase)
    if len(toks) != 1:
        return False
    word = toks[0].lower()
    lemmas = getAllLemmas(word)
    if not lemmas:
        # Unknown to the lexicon: trust adjective suffixes ("voidable", "idempotent").
        return word.endswith(("able", "ible", "ous", "ful", "less", "ive", "ent", "ic"))
    return bool(lemmas.get("ADJ")) and not lemmas.get("NOUN") and not lemmas.get("PROPN")


def is_finite_verb(word: str) -> bool:
    """A word that can only be a verb ("involves", "occurs"), not also a noun."""
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("VERB")) and not lemmas.get("NOUN") and not lemmas.get("ADJ")


def word_count(text: str) -> int:
    return len(words(_BLANK_RE.sub(" x ", text)))


@lru_cache(maxsize=65536)
def head_word(phrase: str) -> str:
    """The head noun of a short noun phrase: the last content word before "of"."""
    toks = words(phrase)
    lowered = [t.lower() for t in toks]
    if "of" in lowered[1:]:
        toks = toks[: lowered.index("of")]
    content = [t for t in toks if is_content(t)]
    return content[-1] if content else (toks[-1] if toks else "")


_SINGULAR_S = ("ss", "us", "is", "ics", "sis", "news")


def is_plural(phrase: str) -> bool:
    """Guess the grammatical number of a noun phrase from its head noun."""
    toks = words(phrase)
    lowered = [t.lower() for t in toks]
    head = head_word(phrase)
    h = head.lower()
    if not h or h.isupper() or not h.isalpha():
        return False
    if h in {"people", "children", "men", "women", "data", "media", "criteria", "phenomena", "police"}:
        return True
    if lowered and lowered[0] in {"a", "an", "one", "this", "that"}:
        return False
    return h.endswith("s") and not h.endswith(_SINGULAR_S) and len(h) > 3


@lru_cache(maxsize=16384)
def is_gerund(phrase: str) -> bool:
    """True for a phrase headed by a verb in -ing ("Building Trust"), not "Peacekeeping Operations"."""
    toks = words(phrase)
    if not toks:
        return False
    first = toks[0].lower()
    if not first.endswith("ing") or len(first) <= 5:
        return False
    verbs = getAllLemmas(first).get("VERB", ())
    return any(v != first for v in verbs)


def article_for(word: str) -> str:
    """The indefinite article that fits ``word`` as it is pronounced."""
    raw = word.strip()
    w = raw.lower()
    if not w:
        return "a"
    if raw.isupper() and len(raw) > 1:
        # Initialisms are read letter by letter: "an FBI agent", "a UN mandate".
        return "an" if w[0] in "aefhilmnorsx" else "a"
    if re.match(r"(?:eu|uni|use|usu|one|ur)", w) or re.match(r"u[bcdfghjklmnpqrstvwxyz][aeiou]", w):
        return "a"
    if re.match(r"(?:hour|honest|honou?r|heir)", w):
        return "an"
    return "an" if w[0] in "aeiou" else "a"


def has_markdown_residue(text: str) -> bool:
    return bool(_MARKDOWN_RESIDUE.search(text))


def has_mojibake(text: str) -> bool:
    return bool(_MOJIBAKE.search(text))


def strip_discourse_marker(sentence: str) -> str:
    """Drop a leading "For example," / "Furthermore," and re-capitalise."""
    lowered = sentence.lower()
    for marker in DISCOURSE_MARKERS:
        if lowered.startswith(marker) and len(sentence) > len(marker) and sentence[len(marker)] in ", ":
            rest = sentence[len(marker):].lstrip(", ").lstrip()
            if not rest:
                return sentence
            return rest[0].upper() + rest[1:]
    return sentence


def lower_first(sentence: str, keep_capital: Iterable[str] = ()) -> str:
    """Lower-case the first letter unless the first word is a name or acronym."""
    toks = words(sentence)
    if not toks:
        return sentence
    first = toks[0]
    if first.isupper() and len(first) > 1 or first in keep_capital or first == "I":
        return sentence
    return sentence[0].lower() + sentence[1:]


def find_phrase(text: str, phrase: str) -> re.Match[str] | None:
    """Find ``phrase`` in ``text`` as whole words, case-insensitively, hyphen-tolerant."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", phrase.strip()) if p]
    if not parts:
        return None
    pattern = r"(?<![\w-])" + r"[\s\-]*".join(parts) + r"(?:'s|’s)?(?![\w-])"
    return re.search(pattern, text, re.IGNORECASE)


def mask_words(text: str, key: str, *, keep: Iterable[str] = ()) -> str:
    """Replace every word of ``text`` related to a content word of ``key`` with a blank.

    Words related to anything in ``keep`` stay (they are shared by all options,
    so they give nothing away).  Adjacent blanks, and blanks joined only by
    "and"/"of"/"the", merge into one.
    """
    key_words = [w for w in content_words(key) if not any(related(w, k) for k in keep)]
    if not key_words:
        return text

    def repl(match: re.Match[str]) -> str:
        w = match.group(0)
        if is_content(w) and any(related(w, k) for k in key_words):
            return BLANK
        return w

    masked = WORD_RE.sub(repl, text)
    blank = re.escape(BLANK)
    joined = re.compile(rf"{blank}(?:[\s\-]+(?:and|of|the|&|-)?[\s\-]*{blank})+")
    masked = joined.sub(BLANK, masked)
    return masked


def blanks(text: str) -> int:
    return len(_BLANK_RE.findall(text))
