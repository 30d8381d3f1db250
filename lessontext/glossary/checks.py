"""Is it a term, is it a definition: validity checks, masking and tidying shared by the rules."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lessontext.glossary import lexicon
from lessontext.glossary.candidate import MASK
from lessontext.glossary.phrases import ANY_DIGIT, is_participle, plural_head, verb_only, word_list
from lessontext.semantics import similarity, zipf
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, getAllLemmas, singular, span_key, term_key, token_spans, word_pos

MAX_TERM_WORDS = 6

# "Historians today are cautious ...": a time adverb after the subject belongs to the sentence, not the headword.
_TIME_ADVERBS = frozenset("today now nowadays currently recently later once still already again often sometimes "
                          "always never also meanwhile".split())
# "252 seconds is a little over four minutes": a number with its unit is a quantity of a worked example, not a
# term ("1718 Committee", a capitalised name, is).
_NUMBER_WITH_UNIT = re.compile(r"^\d[\d.,]*\s+[a-z]")


# "1040s", "c. 1450", "Late 1200s", "1517–1521", "AD 79", "March 1917", "15th century", "The fifteenth century":
# a date, year, decade, century or range of them is when something happened, never a term.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_YEAR = r"(?:(?:ad|a\.d\.)\s*)?\d{1,4}(?:s|['’]s)?(?:\s*(?:bc|bce|ad|ce|b\.c\.|a\.d\.))?"
_CENTURY = r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|[a-z]+th)[-\s]+(?:century|centuries|millennium)(?:\s+(?:bc|bce|ad|ce))?"
DATE_TERM = re.compile(
    rf"^(?:the\s+)?(?:(?:early|mid|late|c\.|ca\.|circa|about|around|before|after|by|from|spring|summer|autumn|fall"
    rf"|winter|{_MONTHS})[-\s]*)?(?:\d{{1,2}}\s+(?:{_MONTHS})\s+)?(?:{_YEAR}|{_CENTURY})"
    rf"(?:\s*(?:–|—|-|to|until)\s*(?:(?:early|mid|late|c\.)[-\s]*)?(?:{_YEAR}|{_CENTURY}))?\s*$",
    re.I,
)


# "lawsuit of 1439", "flood of 1953": one common noun dated by "of" is one event the text mentions ("Reform Act of
# 1832", capitalised, and "conscription law of 1873", a compound, name a law).
_DATED_MENTION = re.compile(r"^[a-z][\w-]*\s+of\s+(?P<date>.+)$")


def is_date(term: str) -> bool:
    """True for a date, year, decade, century or a range of them ("1040s", "c. 1450", "1517–1521")."""
    return bool(DATE_TERM.match(term.strip().rstrip(":.,")))


def dated_mention(term: str) -> bool:
    """True for "lawsuit of 1439": a common noun and the date of the one case the text mentions."""
    match = _DATED_MENTION.match(term.strip())
    # ("rule of 72": a number, not a year.)
    return bool(match) and is_date(match.group("date")) and bool(re.search(r"\d{3,4}|centur", match.group("date")))


def is_generic(term: str) -> bool:
    words = [fold(w) for w in word_list(term)]
    if not words:
        return True
    head = singular(words[-1])
    if head in lexicon.GENERIC_NOUNS or words[-1] in lexicon.GENERIC_NOUNS:
        # "Gutenberg's achievement", "Darwin's idea": an owner's name makes no generic noun a term (test-cm)
        # A count adds nothing to a generic noun ("the six types are useful labels": both raters on test-dl), but
        # "Seven Pillars" is a name, not a count of pillars.
        named = all(w[:1].isupper() for w in word_list(term))
        return all(w in lexicon.GENERIC_MODIFIERS or w in lexicon.SMALL_COUNTS and not named or w.endswith(("'s", "’s"))
                   for w in words[:-1])
    if " ".join(words) in lexicon.NON_TERM_LABELS:
        return True
    return False


def _superlative(word: str) -> bool:
    """"highest", "largest", "most": but not "interest" or "forest"."""
    if word in {"most", "least"}:
        return True
    lemmas = getAllLemmas(word).get("ADJ", ())
    return word.endswith("est") and bool(lemmas) and all(lemma != word for lemma in lemmas)


def _letter_name(word: str, at: int) -> bool:
    """A single capital letter inside a term ("T" of "T cells"); an opening "A" or "I" is the article or pronoun."""
    return len(word) == 1 and word.isupper() and (at > 0 or word not in {"A", "I"})


def valid_term(term: str, *, allow_adjective: bool = False, strict: bool = True, named: bool = False) -> bool:
    words = word_list(term)
    if not words or len(words) > MAX_TERM_WORDS:
        return False
    if term_key(term) == "" or not any(ch.isalpha() for ch in term) or is_date(term) or dated_mention(term):
        return False
    # "helper T cells", "big O notation", "coenzyme A": a capital letter names a kind; it is not the word "t" or "a".
    lowered = [w if _letter_name(w, i) else w.lower() for i, w in enumerate(words)]
    named_degree = named and len(words) > 1 and lowered[0] in {"most", "least"}  # "the least significant bit"
    if lowered[0] in lexicon.BAD_TERM_START and not named_degree or lowered[-1] in STOPWORDS:
        return False
    if term.count("(") != term.count(")"):
        return False  # "Live exercise (LIVEX": a name cut inside its brackets
    if DISCOURSE_OPENER.match(term):
        return False  # "Likewise, alkenes": a sentence's opening, not a name (test-eh, both raters)
    if re.match(r"[a-z]+['’]s\s", term.strip()):
        return False  # "other's territory": the end of a possessive ("each other's territory"), not a name
    if len(words) > 1 and _superlative(lowered[0]) and not named_degree:
        # "highest magistrates": a rank among things, not a term; but a sentence that names it ("is called the
        # least significant bit") makes the superlative part of the name.
        return False
    if is_generic(term):
        return False
    if len(words) > 1 and (lowered[-1] in _TIME_ADVERBS or _NUMBER_WITH_UNIT.match(term.strip())):
        return False
    if strict:
        inner = {"of", "and", "for", "on", "in", "to", "de", "&"}
        if any(w in STOPWORDS and w not in inner for w in lowered):
            return False
        for i, word in enumerate(words):
            gerund_head = i == len(words) - 1 and i > 0 and word.endswith("ing")   # "seafloor spreading"
            # "combined activity": a participle before the noun it describes (not "forces combined").
            # "sending state", "receiving state": a present participle naming a role before its noun.
            participle = (i == 0 and len(words) == 2 and word.endswith(("ed", "ing"))
                          and "NOUN" in word_pos(words[1].lower()))
            if word[:1].islower() and "-" not in word and verb_only(word) and not (gerund_head or participle):
                return False
        last = words[-1]
        if last[:1].islower() and not allow_adjective:
            pos = word_pos(last)
            if pos and "NOUN" not in pos and "PROPN" not in pos and not (last.endswith("ing") and len(words) > 1):
                return False
    if len(words) == 1 and len(words[0]) < 3 and not words[0].isupper():
        return False
    if len(words) == 1 and words[0][1:].islower() and word_pos(lowered[0]) == {"ADV"}:
        return False  # "Conversely, a disease that ...": a sentence adverb before its comma, never a headword
    return True


def lone_gerund(term: str) -> bool:
    """One lower-case "-ing" word ("racking, the twisting force that ..."): a noun when a phrase renames it, though
    ``valid_term`` reads it as a verb when nothing does."""
    return term.islower() and " " not in term.strip() and term.strip().endswith("ing")


DISCOURSE_OPENER = re.compile(
    r"^(?:" + "|".join(re.escape(m) for m in sorted(lexicon.DISCOURSE_MARKERS, key=len, reverse=True))
    + r"|there|here|then|for (?:instance|example)|as a result|as such)\s*,\s*",
    re.I,
)


def mask_term(text: str, key: str, extra_keys: Iterable[str] = ()) -> str:
    """Replace every inflected occurrence of the term in ``text`` with MASK."""
    keys = {key, *extra_keys} - {""}
    if not keys:
        return text
    lengths = sorted({len(k.split()) for k in keys}, reverse=True)
    spans = token_spans(text)
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(spans):
        for n in lengths:
            if i + n <= len(spans) and span_key(spans, i, i + n) in keys:
                start = spans[i][0]
                end = spans[i + n - 1][1]
                # Keep a trailing possessive out of the mask's reach.
                out.append(text[pos:start])
                out.append(MASK)
                pos = end
                i += n
                break
        else:
            i += 1
    out.append(text[pos:])
    masked = "".join(out)
    # "the ___ (HTTP)" is fine; a bare leading article before MASK reads oddly
    # only in isolation, so leave articles alone.
    return masked


_DANGLING_CONJUNCTION = re.compile(r",?\s+(?:so|and|or|but|where|while|giving|thus|hence)$", re.I)


_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")


def first_year(text: str) -> str:
    """The first year written in ``text`` ("1814" of "24 December 1814"), or "" when it writes none."""
    return next(iter(_YEAR.findall(text)), "")


_LEADING_COORDINATOR = re.compile(r"^(?:and|or|but)\s+(?=(?:a|an|the)\s)", re.I)


# ", Confucius said", ", he argued", ", as Mill wrote": the author of a claim, left over after it (test-eb, both raters:
# "quotation residue").
_REPORTING_TAIL = re.compile(r",\s+(?:as\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|he|she|they)\s+(?:said|says|wrote|writes|argued"
                             r"|argues|insisted|insists|claimed|claims|believed|believes|taught|teaches|observed|remarked)\.?$")

# "... was made differently", "... done likewise": an adverb that compares with what the sentences before told.
_COMPARED_TAIL = re.compile(r"(?P<done>\b(?:made|done|built|told|written|[a-z]+ed))\s+(?:differently|likewise)(?=\.?$)")
_LEARNED_ASIDE = re.compile(r"\((?:he|she|they|we|[A-Z][\w'’-]+)\s+(?:learned|learnt|noted|found|realised|realized|saw"
                            r"|thought|believed|recalled|discovered)\)\.?$")
# "... to land to make up the difference": a purpose whose object is only told in the sentences before (test-ek).
_MAKES_UP_FOR_BEFORE = re.compile(r",?\s+to\s+(?:make\s+up|cover|fill|close|bridge|offset)\s+(?:for\s+)?the\s+"
                                  r"(?:difference|gap|shortfall|deficit|loss)(?=\.?$)")


def finish_definition(text: str) -> str | None:
    """Tidy a definition; None when it cannot stand on its own."""
    text = " ".join(text.split()).strip(" ,;:-–—")
    # "a flow of one coulomb per second, so" (a formula followed): a conjunction left dangling at the end.
    text = _DANGLING_CONJUNCTION.sub("", text)
    while True:
        stripped = DISCOURSE_OPENER.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    text = _LEADING_COORDINATOR.sub("", text)  # "...; and a soluble protein called T, which ...": the list's "and"
    text = _REPORTING_TAIL.sub("", text)  # "A person that understands what is right, Confucius said": who said it
    text = _MAKES_UP_FOR_BEFORE.sub("", _COMPARED_TAIL.sub(r"\g<done>", text))  # "... was made differently": than what?
    if not text or _LEARNED_ASIDE.search(text):
        return None  # "Signs of maturity and belonging (he learned).": what one person in a story found (test-ek)
    first = word_list(text[:40])
    if first and (first[0].lower() in lexicon.UNRESOLVED_OPENERS or first[0].lower() == "why"):
        return None  # ("..., which is why mixing happens only slowly": a consequence, not what "laminar" means; test-ec)
    if len(word_list(text)) < 3:
        return None
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?" and not text.endswith(('."', ".”", "?\"", "!\"", ".)", ".'")):
        text += "."
    return text


RESTRICTIVE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|whereby)\b|\b(?:in|by|on|at|from|through|to|for|with) which\b"
    r"|\b\w+ed\s+(?:by|in|on|at|from|with|for|to|into|as)\b|\bto\s+[a-z]+\b"
    # "a method for finding a position", "a framework for dividing income": a purpose restricts.
    r"|\b(?:for|of)\s+[a-z]+ing\s+(?:a|an|the|[a-z]+)\b"
)


# "A profound humiliation", "A valuable export": an article, a modifier and a noun, nothing else.
_BARE_GENUS = re.compile(r"^(?:An?|The)\s+[a-z-]+\s+(?P<noun>[a-z-]+)\.?$")
# How near in meaning the term and that noun must be ("Enzyme" and "catalyst": 0.29; "Treaty" and "humiliation": 0.05).
GENUS_SIMILARITY = 0.15


def judged_not_classed(term: str, definition: str) -> bool:
    """"Treaty is a profound humiliation", "Venetian glass was a valuable export": a copula's bare complement whose
    noun is nothing like the term judges or places it, and classes nothing (of 20 rated, 18 were rejected; "Enzyme:
    A biological catalyst" and "Glucose: A simple sugar", near in meaning, were accepted)."""
    bare = _BARE_GENUS.match(definition)
    return bool(bare) and similarity(term, bare["noun"]) < GENUS_SIMILARITY


def is_vacuous(definition: str) -> bool:
    """True for "An essential aspect of X's cooperation": a generic head with nothing restricting it.

    "The process by which ..." and "A type of rock formed ..." explain; a
    generic head noun ("aspect", "approach", "part", "pillar") qualified only
    by adjectives and prepositional phrases says how important X is, not
    what X is.
    """
    words = word_list(definition)
    head = None
    at = 0
    for i, word in enumerate(words[:6]):
        lw = word.lower()
        if lw in {"a", "an", "the", "one", "of"} or lw in lexicon.GENERIC_MODIFIERS or "ADJ" in word_pos(lw) and "NOUN" not in word_pos(lw):
            continue
        head, at = lw, i
        break
    if head is None or singular(head) not in lexicon.GENERIC_NOUNS and head not in lexicon.GENERIC_NOUNS:
        return False
    following = [w.lower() for w in words[at + 1:at + 4]]
    if head in _KIND_HEADS and following[:1] == ["of"] and _specific_kind(words[at + 2:at + 6]):
        return False  # "a form of electromagnetic radiation", "a kind of neutralisation": a kind of a specific thing
    if following and following[0].endswith("ing") and "VERB" in word_pos(following[0]):
        return False  # "a term covering satellite imagery and radar": a present participle restricts the head
    if head in _QUANTITY_HEADS and _counts_what_and_where([w.lower() for w in words[at + 1:at + 5]]):
        return False  # "a set of guidelines on safety": what the set is of, and what about ("a group of notes" is not)
    if head == "number" and at and words[at - 1].lower() == "the" and _counts_things(following):
        return False  # "the number of live births in a year": a measure says what it counts ("a number of factors" not)
    if at == 1 and singular(head) in _PLACE_HEADS and any(w.lower() in _SPATIAL_PREPOSITIONS for w in words[at + 1:at + 9]):
        return False  # "the point on the surface directly above the focus": where it lies says which point
    if following[:1] and following[0] in _SPATIAL_PREPOSITIONS:
        return False  # "the number above the line in a fraction": where it stands says which one

    return not RESTRICTIVE.search(definition) and not _participle_restriction(words)


# "a form of ...": a head that names a kind of what follows "of".
_KIND_HEADS = frozenset({"type", "types", "form", "forms", "kind", "kinds", "sort", "variety"})
# How rare a lone noun after "a form of" must be to say what the thing is ("neutralisation"; not "cooperation").
_SPECIFIC_ZIPF = 4.0


def _specific_kind(words: list[str]) -> bool:
    """The noun phrase after "a form of" names a specific thing: two content words ("electromagnetic radiation"),
    or one English rarely uses ("neutralisation"), never a generic or everyday noun ("a form of cooperation", "of energy")."""
    phrase = []
    for word in words:
        if not word.isalpha() or word.lower() in STOPWORDS:
            break
        phrase.append(word.lower())
    if not phrase or phrase[-1] in lexicon.GENERIC_NOUNS or singular(phrase[-1]) in lexicon.GENERIC_NOUNS:
        return False
    return len(phrase) >= 2 or zipf(phrase[0]) < _SPECIFIC_ZIPF


# "The point on the surface above the focus", "the part of the cell between the two membranes": a generic head of
# place, after only its article ("A key area of trade between ..." weighs, and stays vacuous), is restricted by
# where it lies, as a relative clause would restrict it.
_PLACE_HEADS = frozenset({"point", "part", "area", "place", "region", "zone", "layer", "side", "end", "edge", "spot",
                          "space", "line"})
_SPATIAL_PREPOSITIONS = frozenset({"above", "below", "beneath", "underneath", "between", "inside", "around", "along",
                                   "behind", "beside", "outside", "beyond", "opposite"})
# "a set of guidelines", "a group of states": a head that only counts the noun after "of".
_QUANTITY_HEADS = frozenset({"set", "group", "series", "collection"})
_TOPIC_PREPOSITIONS = frozenset({"on", "for", "about", "against", "governing"})


def _counts_what_and_where(following: list[str]) -> bool:
    """"of guidelines on safety", "of charitable buildings around a mosque": after a quantity head, a specific plural
    noun (one adjective may come first) and what it is about or where it stands."""
    if following[:1] != ["of"]:
        return False
    rest = following[1:]
    if rest and "ADJ" in word_pos(rest[0]) and "NOUN" not in word_pos(rest[0]):
        rest = rest[1:]
    return (len(rest) >= 2 and rest[0].endswith("s") and "NOUN" in word_pos(rest[0])
            and rest[0] not in lexicon.GENERIC_NOUNS and rest[1] in _TOPIC_PREPOSITIONS | _SPATIAL_PREPOSITIONS)


def _counts_things(following: list[str]) -> bool:
    """"of deaths", "of live births": "of" and a plural noun of its own (not "of ways", "of factors")."""
    if not following or following[0] != "of":
        return False
    return any(w.endswith("s") and singular(w) != w and "NOUN" in word_pos(w) and singular(w) not in lexicon.GENERIC_NOUNS
               and w not in lexicon.GENERIC_NOUNS for w in following[1:3])


def _participle_restriction(words: list[str]) -> bool:
    """"a group of notes sounded together", "a group of states supporting ...": a participle restricts."""
    lowered = [w.lower() for w in words]
    if "of" not in lowered[:6]:
        return False
    start = lowered.index("of") + 2
    window = lowered[start:start + 4][:len(lowered) - start - 1]
    # "a group of states and organisations supporting the settlement": an "-ing" verb after a plural noun restricts.
    # ("a group of countries, including Peru": examples of the members, which restrict nothing.)
    return any(is_participle(w) or w.endswith("ing") and w not in _PREPOSITION_LIKE and "VERB" in word_pos(w)
               and plural_head(before) for before, w in zip(lowered[start - 1:], window, strict=False))


_PREPOSITION_LIKE = frozenset({"including", "excluding", "concerning", "regarding", "following", "according",
                               "during", "notwithstanding", "involving"})


def organisation_name(name: str) -> bool:
    words = [fold(w) for w in word_list(name)]
    heads = {"nations", "union", "organization", "organisation", "fund", "bank", "agency", "council",
             "alliance", "association", "court", "committee", "commission", "administration", "institute"}
    return bool(words) and name[:1].isupper() and any(w in heads for w in words)


def kind_from_definition(term: str, definition: str) -> str:
    """The kind of a named thing from its definition's head noun ("a multinational exercise held ...")."""
    words = word_list(term)
    # A name, not a word capitalised because it opens the sentence.
    if not (ANY_DIGIT.search(term) or term.isupper()
            or len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in STOPWORDS)):
        return TermKind.DEFINED
    head = None
    for i, word in enumerate(word_list(definition)[:6]):
        lw = word.lower()
        if i == 0 and lw in {"a", "an", "the", "one"}:
            continue
        if lw in STOPWORDS or lw.endswith(("ed", "ing")) or is_participle(lw):
            break
        head = lw
    return lexicon.KIND_HEADS.get(head or "", TermKind.DEFINED)
