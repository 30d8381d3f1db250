"""Find the terms a lesson explains, each with a definition taken from the text.

Overgenerate from several evidence sources, merge by :func:`term_key`, keep
the best-supported definition, and drop anything the text does not explain:

1. labelled list items and paragraphs ("**Term**: explanation");
2. definitional sentences ("X is a ...", "X refers to ...", "... called X",
   appositives "X, a ..."), and names, roles and glosses in running prose
   ("ecologists call them X", "the two X, who ...", "the X, measured while ...");
3. acronyms with their expansions, and very common acronyms;
4. named programmes, exercises, equipment and organisations with the
   sentence that says something about them;
5. section-heading concepts that their section explains, and list
   categories named by a lead-in ("The main vitiating factors are:").

A definition must read as one: a label's body as written, the complement of
"X is/refers to ...", an appositive, the thing a naming sentence names ("the
rigid outer layer is called ..."), or a phrase rebuilt from the sentence by
:mod:`lessontext.glossary.rephrase` ("A boundary at which two plates move
apart").  A sentence with a blank is only a last resort, and a term whose
sentence does not explain it (a mention in a list, "serves as a crucial
approach", a reported claim) stays below the confidence cut.

Every rule is about English in general, never about one text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

from lessontext.vocabulary import TermKind
from lessontext.document import Document, ItemList, Paragraph, DocumentSection, split_sentences
from lessontext.glossary import keyphrase, lexicon, rephrase
from lessontext.words.normalise import (
    WORD_RE,
    fold,
    getAllLemmas,
    getInflection,
    group_by_key,
    lemma_pos,
    singular,
    span_key,
    term_key,
    token_spans,
)

# Small patterns shared by several rules.
_CONTRAST_SPLIT = re.compile(r",\s+(?:while|whereas|but)\s+")
_COORDINATED_ARTICLE = re.compile(r"\b(?:and|or)\s+(?:an?|the)\b")
_IT_OR_THEM = re.compile(r"\b(?:it|them)\b")
_COMMA_OR_AND = re.compile(r",|\band\b")
_THEY = re.compile(r"\bthey\b")
_IT = re.compile(r"\bit\b")
_DIGIT = re.compile(r"\d")

KINDS = tuple(kind.value for kind in TermKind)
MASK = "___"
MIN_CONFIDENCE = 0.5
MAX_TERM_WORDS = 6

__all__ = ["KINDS", "MASK", "Term", "extract_glossary"]


class _Guarded:
    """A compiled pattern run only on text holding one of the literals every match contains.

    Most sentences have no "called" or "who": a substring test skips the
    regex engine's scan (the result is the same: no match).
    """

    __slots__ = ("pattern", "literals")

    def __init__(self, pattern: re.Pattern[str], *literals: str) -> None:
        self.pattern = pattern
        self.literals = literals

    def _possible(self, text: str) -> bool:
        return any(literal in text for literal in self.literals)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._possible(text) else iter(())



@dataclass(frozen=True)
class Term:
    term: str
    key: str
    definition: str
    kind: str
    section_anchor: str
    sentence: str
    aliases: tuple[str, ...]
    confidence: float
    rule: str = ""  # the registered rule that found it


@dataclass
class _Candidate:
    term: str
    definition: str
    kind: str
    section: DocumentSection
    sentence: str
    confidence: float
    source: str  # "label", "pattern", "acronym", "named", "concept"
    aliases: set[str] = field(default_factory=set)
    mask: bool = True

    @property
    def key(self) -> str:
        return term_key(self.term)


# Source priority when confidences tie: explicit wording first.
_SOURCE_RANK = {"pattern": 0, "label": 1, "acronym": 2, "named": 3, "concept": 4}
_KIND_RANK = {"acronym": 0, "organisation": 1, "programme": 1, "exercise": 1, "equipment": 1,
              "country": 1, "defined": 2, "concept": 3}


# --------------------------------------------------------------------------
# Word classes from the lemminflect lexicon (no tagger: a word's possible
# parts of speech are enough to bound noun phrases).


def _pos(word: str) -> frozenset[str]:
    result = _POS_CACHE.get(word)
    return _pos_lookup(word) if result is None else result


_POS_CACHE: dict[str, frozenset[str]] = {}


def _pos_lookup(word: str) -> frozenset[str]:
    result = lemma_pos(word.lower())
    _POS_CACHE[word] = result
    return result


def _verb_only(word: str) -> bool:
    pos = _pos(word)
    return bool(pos) and not (pos & {"NOUN", "ADJ", "PROPN"})


def _clear_verb_form(word: str) -> bool:
    """A finite or participle verb form ("proposed", "sinks" is ambiguous)."""
    pos = _pos(word)
    if not pos:
        return False
    if "VERB" in pos or "AUX" in pos:
        if not pos & {"NOUN", "ADJ", "PROPN"}:
            return True
        return word.lower().endswith("ed") and "ADJ" not in pos
    return False


_NOT_LEXICAL = frozenset(
    "is are was were be been being am can could may might must shall should will would do does did".split()
)
_PREDICATE_ADVERBS = frozenset("first also often usually typically then still always generally normally only".split())


@lru_cache(maxsize=8192)
def _finite_verb(word: str, plural: bool | None = None) -> bool:
    """``word`` is a finite lexical verb: "tells", "fix" (after a plural), "founded".

    Copulas and modals are left to the rules that handle them.
    """
    lw = word.lower()
    if word != lw and word[1:] != lw[1:] or lw in _NOT_LEXICAL:
        return False
    lemmas = getAllLemmas(lw).get("VERB")
    if not lemmas:
        return False
    forms: set[str] = set()
    for lemma in lemmas:
        tags = ["VBD"] + (["VBZ"] if plural is not True else []) + (["VBP"] if plural is not False else [])
        for tag in tags:
            forms.update(getInflection(lemma, tag) or ())
    return lw in forms


_POINTS_ELSEWHERE = re.compile(r"\b(?:following|below|above|this:)")


def _predicate(text: str, plural: bool | None = None) -> str | None:
    """The verb phrase ``text`` opens with ("first fix carbon ..."), or None."""
    words = text.split()
    i = 0
    if words and (words[0].lower() in _PREDICATE_ADVERBS or words[0].lower().endswith("ly")):
        i = 1
    if i >= len(words) or not _finite_verb(words[i].strip(",;"), plural):
        return None
    if len(words) > i + 1 and words[i + 1] == "by" and words[i].lower().endswith(("ed", "en", "wn")):
        return None  # "An offer made by one party": a participle, the sentence has no verb yet
    if len(words) > i + 1 and words[i].lower().rstrip(",") in _REPORTING and words[i + 1].lower() == "that":
        return None  # "The WHO estimates that ...": a claim it makes, not what it is
    predicate = _CONTRAST_SPLIT.split(text.strip())[0].rstrip(".")
    if predicate.endswith(":") or _POINTS_ELSEWHERE.search(predicate):
        return None
    return predicate


_REPORTING = frozenset(
    """
    says said estimates estimated reports reported argues argued claims claimed notes noted believes believed
    thinks thought warns warned recommends recommended suggests suggested shows showed states stated finds found
    predicts predicted expects expected announced announces
    """.split()
)


# --------------------------------------------------------------------------
# Term validation


def _words(text: str) -> list[str]:
    return list(_word_tuple(text))


@lru_cache(maxsize=4096)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(text))


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _strip_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text.strip())


def _is_generic(term: str) -> bool:
    words = [fold(w) for w in _words(term)]
    if not words:
        return True
    head = singular(words[-1])
    if head in lexicon.GENERIC_NOUNS or words[-1] in lexicon.GENERIC_NOUNS:
        return all(w in lexicon.GENERIC_MODIFIERS for w in words[:-1])
    if " ".join(words) in lexicon.NON_TERM_LABELS:
        return True
    return False


def _superlative(word: str) -> bool:
    """"highest", "largest", "most": but not "interest" or "forest"."""
    if word in {"most", "least"}:
        return True
    lemmas = getAllLemmas(word).get("ADJ", ())
    return word.endswith("est") and bool(lemmas) and all(lemma != word for lemma in lemmas)


def _valid_term(term: str, *, allow_adjective: bool = False, strict: bool = True) -> bool:
    words = _words(term)
    if not words or len(words) > MAX_TERM_WORDS:
        return False
    if term_key(term) == "" or not any(ch.isalpha() for ch in term):
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in lexicon.BAD_TERM_START or lowered[-1] in lexicon.STOPWORDS:
        return False
    if len(words) > 1 and _superlative(lowered[0]):
        return False  # "highest magistrates": a rank among things, not a term
    if _is_generic(term):
        return False
    if strict:
        inner = {"of", "and", "for", "on", "in", "to", "de", "&"}
        if any(w in lexicon.STOPWORDS and w not in inner for w in lowered):
            return False
        for i, word in enumerate(words):
            gerund_head = i == len(words) - 1 and i > 0 and word.endswith("ing")   # "seafloor spreading"
            if word[:1].islower() and "-" not in word and _verb_only(word) and not gerund_head:
                return False
        last = words[-1]
        if last[:1].islower() and not allow_adjective:
            pos = _pos(last)
            if pos and "NOUN" not in pos and "PROPN" not in pos and not (last.endswith("ing") and len(words) > 1):
                return False
    if len(words) == 1 and len(words[0]) < 3 and not words[0].isupper():
        return False
    return True


# --------------------------------------------------------------------------
# Definitions


_DISCOURSE = re.compile(
    r"^(?:" + "|".join(re.escape(m) for m in sorted(lexicon.DISCOURSE_MARKERS, key=len, reverse=True))
    + r"|there|here|then|for (?:instance|example)|as a result|as such)\s*,\s*",
    re.I,
)


def _mask(text: str, key: str, extra_keys: Iterable[str] = ()) -> str:
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


def _finish(text: str) -> str | None:
    """Tidy a definition; None when it cannot stand on its own."""
    text = " ".join(text.split()).strip(" ,;:-–—")
    while True:
        stripped = _DISCOURSE.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    if not text:
        return None
    first = _words(text[:40])
    if first and first[0].lower() in lexicon.UNRESOLVED_OPENERS:
        return None
    if len(_words(text)) < 3:
        return None
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?" and not text.endswith(('."', ".”", "?\"", "!\"", ".)", ".'")):
        text += "."
    return text


_RESTRICTIVE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|whereby)\b|\b(?:in|by|on|at|from|through|to|for|with) which\b"
    r"|\b\w+ed\s+(?:by|in|on|at|from|with|for|to|into|as)\b|\bto\s+[a-z]+\b"
)


def _vacuous(definition: str) -> bool:
    """True for "An essential aspect of X's cooperation": a generic head with nothing restricting it.

    "The process by which ..." and "A type of rock formed ..." explain; a
    generic head noun ("aspect", "approach", "part", "pillar") qualified only
    by adjectives and prepositional phrases says how important X is, not
    what X is.
    """
    words = _words(definition)
    head = None
    for word in words[:6]:
        lw = word.lower()
        if lw in {"a", "an", "the", "one"} or lw in lexicon.GENERIC_MODIFIERS or "ADJ" in _pos(lw) and "NOUN" not in _pos(lw):
            continue
        head = lw
        break
    if head is None or singular(head) not in lexicon.GENERIC_NOUNS and head not in lexicon.GENERIC_NOUNS:
        return False
    return not _RESTRICTIVE.search(definition)


# --------------------------------------------------------------------------
# Evidence source 1: labels


_TEXT_THEN_PARENTHESIS = re.compile(r"(.+?)\s*\(([^()]+)\)")


def _split_paren(label: str) -> tuple[str, str | None]:
    match = _TEXT_THEN_PARENTHESIS.fullmatch(label.strip())
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return label.strip(), None


_ACRONYM_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9&+./-]{0,11}")


def _looks_like_acronym(text: str) -> bool:
    return bool(_ACRONYM_SHAPE.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


_FOR_EXAMPLE_OPENER = re.compile(r"(?:for (?:instance|example)|e\.g\.)", re.I)


def _label_candidates(section: DocumentSection, label: str, body: str, sentences: tuple[str, ...], source_text: str,
                      bold_or_list: bool) -> list[_Candidate]:
    if not label or not body:
        return []
    term, paren = _split_paren(label)
    term = _strip_article(term)
    aliases: set[str] = set()
    kind = "defined"
    if paren:
        if _looks_like_acronym(term) and not _looks_like_acronym(paren):
            # "ATP (adenosine triphosphate)": show the expansion.
            if _schwartz_hearst(term, paren):
                term, paren = paren, term
                kind = "acronym"
        elif _looks_like_acronym(paren):
            kind = "acronym"
        aliases.add(paren)
    defined_aside = len(_words(term)) == 1 and "NOUN" in _pos(fold(term)) and bool(_DEFINING_BODY.match(body))
    if fold(term) in lexicon.NON_TERM_LABELS and not defined_aside:
        return []
    if not defined_aside and not _valid_term(term, strict=False, allow_adjective=True):
        return []
    words = _words(term)
    if _is_activity_label(words, body):
        return []
    if len(words) > 5 or (len(words) > 3 and term[-1:] in ".!?"):
        return []
    first_sentence = sentences[0] if sentences else body
    # "Myocardial infarction (MI): death of ..., commonly known as a heart
    # attack": the other name belongs to the label.
    other_name = _LABEL_ALIAS.search(first_sentence)
    if other_name and _valid_term(_strip_article(other_name.group("alias")), strict=False):
        aliases.add(_strip_article(other_name.group("alias")))
        first_sentence = first_sentence[: other_name.start()] + "."
    definition_parts = [first_sentence]
    if len(sentences) > 1 and len(_words(first_sentence)) < 12:
        nxt = sentences[1]
        if not _FOR_EXAMPLE_OPENER.match(nxt):
            definition_parts.append(nxt)
    confidence = 0.85 if bold_or_list else 0.8
    first_word = _words(body[:30])[:1]
    if first_word and first_word[0].islower() and fold(first_word[0]) in {
        "in", "with", "at", "on", "during", "under", "when", "if", "by", "for", "from", "after", "before",
    }:
        confidence = 0.4
    if confidence > 0.5 and _is_unrelated_clause(term, first_sentence):
        confidence = 0.45
    key = term_key(term)
    # The label is the term and the body the author's explanation of it: keep
    # the body as written (a blank where the term is mentioned would turn it
    # into a cloze), except a body that restates the label as its subject
    # ("Osmosis: osmosis is the movement ...") gives the rest.
    restated = _COPULA.match(first_sentence)
    if restated and term_key(_strip_article(restated.group("subj"))) in {key, *(term_key(a) for a in aliases)}:
        definition_parts[0] = restated.group("rest")
    definition = _finish(" ".join(definition_parts))
    if definition is None:
        return []
    return [_Candidate(term, definition, kind, section, source_text, confidence, "label", aliases, mask=False)]


_LABEL_ALIAS = re.compile(
    r",\s+(?:also|commonly|often|sometimes|usually|more commonly)\s+(?:known as|called|referred to as)\s+(?P<alias>[^,.;()]+?)\.?$"
)
# "Source: the place where a river begins" defines a word that usually only
# introduces an aside ("Source: World Bank").
_DEFINING_BODY = re.compile(r"^(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:where|that|which|who|in which|of)\b", re.I)


def _is_activity_label(words: list[str], body: str) -> bool:
    """True for "Building Trust and Confidence": a gerund with its object names an action.

    A gerund followed by a noun can also be a compound term ("Printing
    press", "Boiling point"): it is one when it has no coordination or
    adjective and the body explains it with a noun phrase, not a clause
    about someone doing something.
    """
    if len(words) < 2 or not words[0].lower().endswith("ing") or "VERB" not in _pos(words[0]):
        return False
    rest = [w.lower() for w in words[1:]]
    if len(rest) > 2 or any(w in lexicon.STOPWORDS for w in rest):
        return True
    if any(not (_pos(w) & {"NOUN", "PROPN"}) and _pos(w) for w in rest):
        return True  # "Promoting Mutual Understanding": an adjective before the object
    opening = _words(body)[:4]
    if not opening:
        return True
    if opening[0].lower() in {"a", "an", "the"}:
        return False
    if opening[0][:1].isupper() or any(w.lower() in _FINITE or _clear_verb_form(w) for w in opening):
        return True
    return not (_pos(opening[0]) & {"NOUN", "ADJ"})


def _stems(text: str) -> set[str]:
    return {fold(w)[:5] for w in _words(text) if len(w) >= 4}


_NOUN_OF_OPENER = re.compile(r"(?:[a-z]+\s+){1,2}of\b")
_CLAUSE_LINK_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|if|because|after|before|until)\b")


def _is_unrelated_clause(term: str, body: str) -> bool:
    """True for "Temperature: the enzymes ... work slowly and are damaged".

    A definition is a noun phrase ("the abuse of a relationship ...") or
    mentions the term; a clause about something else, with its own finite
    verb before any relative pronoun, only comments on the label.
    """
    if _stems(term) & _stems(body):
        return False
    if _NOUN_OF_OPENER.match(body) and "NOUN" in _pos(body.split()[0]):
        return False  # "death of part of the heart muscle when ...": a noun phrase
    head = _CLAUSE_LINK_WORD.split(body, maxsplit=1)[0]
    return any(w.lower() in _FINITE for w in _words(head))


# --------------------------------------------------------------------------
# Evidence source 2: definitional sentences

_LEAD = r"(?:(?:In|At|For|Simply put|Put simply|Essentially|Technically|Formally|Broadly|In short|In essence|In general|Generally|Basically|Strictly speaking|Today|By definition)\b[^,]{0,40},\s+)?"
_COPULA = re.compile(
    _LEAD
    + r"(?P<subj>[^,;:()]{2,80}?)(?:\s+\((?P<paren>[^()]{1,80})\))?(?:,\s+(?P<appos>[^,;]{3,140}),)?\s+"
    r"(?P<verb>is|are|was|were|refers to|refer to|means|mean|denotes|denote|"
    r"can be defined as|may be defined as|is defined as|are defined as|is the name for|is the term for|"
    r"describes|describe|occurs when|occur when|happens when|"
    r"serves as|serve as|acts as|act as|represents|represent|constitutes|constitute|measures)\s+(?P<rest>.+)$"
)
_STRONG_VERBS = {"refers to", "refer to", "means", "mean", "denotes", "denote", "can be defined as",
                 "may be defined as", "is defined as", "are defined as", "is the name for", "is the term for"}
_WHEN_VERBS = {"occurs when", "occur when", "happens when"}
_DETERMINER_START = re.compile(r"^(?:a|an|the|one of|any|each|two|three|several|some)\b", re.I)
_NOT_A_DEFINITION_START = frozenset(
    """
    not also often usually still now fast being able likely thought known called said used made found
    responsible available present more most so too very only just always never sometimes generally
    important essential critical crucial vital key common necessary possible designed expected
    required considered believed based given involved located situated set due
    """.split()
)
def _bare_noun_phrase(rest: str) -> bool:
    """"chest pain caused by reduced blood flow": a mass-noun phrase with a restriction."""
    words = _words(rest)
    if len(words) < 4 or words[0][:1].isupper():
        return False
    first = _pos(words[0].lower())
    if "NOUN" not in first or first & {"ADJ", "ADV"} or words[0].lower() in _NOT_A_DEFINITION_START:
        return False
    restriction = _RESTRICTIVE.search(rest)
    return bool(restriction) and restriction.start() < 60 and "," not in rest[: restriction.start()]


_ALIAS_APPOS = re.compile(r"^(?:also|otherwise|sometimes|commonly|often)\s+(?:known as|called|referred to as|termed)\s+(?P<alias>.+)$|^or\s+(?P<or>.+)$", re.I)


_NAME_IN_PLACE = re.compile(r"^((?:[A-Z][\w-]*\s+)+[A-Z][\w-]*)\s+(?:in|at|near|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")
_CAPITALS_RUN = re.compile(r"[A-Z]{2,}\b")
_THE_SAME_OR_REASON = re.compile(r"(?:the|a|an)\s+(?:same|case|reason|result|key|subject|answer|focus|goal|aim)\b", re.I)
_HOW_OR_WHAT_OPENER = re.compile(r"(?:how|the|whether|what)\b")
_ANY_LETTER = re.compile(r"[A-Za-z]")
_THREE_DIGITS = re.compile(r"\d{3,}")
_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|so|yet|while|whereas)\s+(?=(?:the|it|they|this|these|that|there|a|an|he|she|we|its|their)\b)")
_WHILE_WHEREAS = re.compile(r",\s+(?:while|whereas)\s+")


def _copula_candidates(section: DocumentSection, sentence: str) -> list[_Candidate]:
    match = _COPULA.match(sentence)
    if not match:
        return []
    verb = match.group("verb")
    subj = _strip_article(match.group("subj"))
    subj = _NAME_IN_PLACE.sub(r"\1", subj)
    rest = match.group("rest").strip()
    if not _valid_term(subj) or fold(_words(subj)[0]) in lexicon.GENERIC_MODIFIERS:
        return []  # "The usual remedy is damages": a role, not a term
    if verb in {"is", "are", "was", "were"}:
        first = _words(rest)[:2]
        if not first:
            return []
        if not _DETERMINER_START.match(rest):
            if verb in {"is", "was"} and not _CAPITALS_RUN.match(rest) and not _bare_noun_phrase(rest):
                return []
            w0 = first[0].lower()
            if (w0 in _NOT_A_DEFINITION_START or w0 in lexicon.STOPWORDS or w0.endswith(("ly", "ing", "ed"))
                    or _verb_only(w0) or (len(first) > 1 and first[1].lower().endswith("ing"))):
                return []
        if _THE_SAME_OR_REASON.match(rest):
            confidence = 0.5
        else:
            confidence = 0.85
    elif verb in _STRONG_VERBS:
        confidence = 0.95
    elif verb == "measures":
        # "Price elasticity of demand measures how strongly ..."
        if not _HOW_OR_WHAT_OPENER.match(rest):
            return []
        rest = f"A measure of {rest}"
        confidence = 0.8
    elif verb in _WHEN_VERBS:
        confidence = 0.85
        rest = "when " + rest if verb.endswith("when") else rest
        rest = ("Occurs " if not verb.startswith("happen") else "Happens ") + rest
    else:
        # "X serves as / represents a crucial approach": a role or an
        # evaluation, not what X is; only other evidence can keep X.
        confidence = 0.45
    aliases: set[str] = set()
    paren = match.group("paren")
    if paren and _ANY_LETTER.search(paren) and not _THREE_DIGITS.search(paren):
        if _looks_like_acronym(paren) or len(_words(paren)) <= 4:
            aliases.add(paren.strip())
    appos = match.group("appos")
    extra = ""
    if appos:
        alias_match = _ALIAS_APPOS.match(appos.strip())
        if alias_match:
            aliases.add((alias_match.group("alias") or alias_match.group("or")).strip())
        else:
            extra = appos.strip()
    key = term_key(subj)
    # Stop at a second, coordinated clause: "a transform boundary, and the ...".
    rest = _COORDINATED_CLAUSE.split(rest)[0]
    rest = _WHILE_WHEREAS.split(rest)[0]  # "..., while B is ...": B's definition, not X's
    definition = rest.rstrip(".")
    if extra:
        definition = f"{definition} ({extra})"
    definition = _finish(_mask(definition, key, [term_key(a) for a in aliases]))
    if definition is None or _vacuous(definition):
        return []
    kind = _kind_from_definition(subj, definition)
    if kind == "defined" and any(_looks_like_acronym(a) for a in aliases):
        kind = "acronym"
    return [_Candidate(subj, definition, kind, section, sentence, confidence, "pattern", aliases)]


_CALLED = _Guarded(re.compile(
    r"(?P<before>\S+)\s+(?P<verb>(?:(?:is|are|was|were)\s+)?(?:(?:now|also|often|commonly|usually|sometimes|generally|then)\s+)?"
    r"(?:called|known as|termed|referred to as|named))\s+(?P<term>[^,;:()\"“”]+)"
), "called", "known as", "termed", "referred to as", "named")


_ARTICLE_THEN_NAME_AT_END = re.compile(r"\s(?:a|an|the)\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[.!?]?$")
_TO_INFINITIVE = re.compile(r"to\s+[a-z]+")


def _called_candidates(section: DocumentSection, sentence: str) -> list[_Candidate]:
    out = []
    for match in _CALLED.finditer(sentence):
        raw = match.group("term")
        words = raw.split()
        term_words: list[str] = []
        for i, word in enumerate(words):
            clean = word.rstrip(".!?")
            lw = clean.lower()
            if i == 0 and lw in {"the", "a", "an"}:
                continue
            if lw in lexicon.STOPWORDS and lw not in {"of", "and"} or (term_words and _clear_verb_form(clean)):
                break
            term_words.append(clean)
            if clean != word:
                break
        while term_words and term_words[-1].lower() in {"of", "and"}:
            term_words.pop()
        before = match.group("before")
        bare = not match.group("verb").startswith(("is", "are", "was", "were"))
        active = bare and match.group("verb").startswith("called") and (
            before[:1].isupper() or before.lower() in {"he", "she", "they", "we", "i", "you", "scientists", "people"}
        )
        if not term_words or len(term_words) > 4 and not active:
            continue
        if active:
            # Active "Wegener called the former supercontinent Pangaea":
            # the name is the trailing capitalised run.
            caps = []
            for word in reversed(term_words):
                if word[:1].isupper():
                    caps.insert(0, word)
                else:
                    break
            if not caps:
                # "Linnaeus called the smallest group of organisms a species":
                # the name follows the object's last article.
                named = _ARTICLE_THEN_NAME_AT_END.search(raw)
                if not named or raw[: named.start()].strip().lower() in {"", "a", "an", "the"}:
                    continue
                caps = named.group("name").split()
            term_words = caps
        term = " ".join(term_words)
        if not _valid_term(term, strict=False) or _is_generic(term):
            continue
        prefix = sentence[: match.start("verb")].rstrip()
        if prefix.endswith(",") and match.group("verb").startswith(("also", "otherwise")):
            # "The central bank, also known as the reserve bank, sets rates":
            # the name before the comma is the term, the other an alias.
            np = _np_before(sentence, len(prefix) - 1)
            if np:
                # "Governments use competition law, also known as ...": the
                # verb after the subject is not part of the name.
                np_words = np[0].split()
                previous = _words(sentence[: np[1]])[-1:]
                for i, word in enumerate(np_words[:-1]):
                    before_word = np_words[i - 1] if i else (previous[0] if previous else "")
                    if ("VERB" in _pos(word.lower()) and before_word and before_word.lower() not in
                            {"a", "an", "the", "of"} | _PREPOSITIONS
                            and (i == 0 or singular(fold(before_word)) != fold(before_word))):
                        offset = np[0].index(" ".join(np_words[i + 1:]))
                        np = (" ".join(np_words[i + 1:]), np[1] + offset)
                        break
            if np and _valid_term(_strip_article(np[0])):
                main = _strip_article(np[0])
                after = sentence[match.end("term"):].lstrip()
                keys = [term_key(main), term_key(term)]
                if np[1] == 0 or sentence[: np[1]].strip().lower() in {"the", "a", "an"}:
                    remainder = after[1:] if after.startswith(",") else ""
                    if _COPULA.match(sentence):
                        continue  # the copula rule takes the definition and alias
                    definition = _finish(_mask(remainder, *keys[:1], keys[1:])) if remainder else None
                else:
                    # "Governments use competition law, also known as antitrust
                    # law, to stop ..." -> "Law that governments use to stop ...".
                    remainder = after[1:].strip() if after.startswith(",") else after
                    head = _words(main)[-1]
                    clause = rephrase.lower_first(sentence[: np[1]].strip())
                    definition = None
                    if len(_words(main)) > 1 and _TO_INFINITIVE.match(remainder):
                        definition = _finish(f"{head[0].upper()}{head[1:]} that {clause} {remainder}")
                if definition and not _has_anaphora(definition):
                    out.append(_Candidate(main, definition, "defined", section, sentence, 0.75, "pattern", {term}))
                continue
        found = _naming_definition(
            sentence, term, verb_start=match.start("verb"), term_start=match.start("term"), term_end=match.end("term"),
            passive=not bare, active=active,
        )
        if found is None:
            continue
        definition, confidence = found
        out.append(_Candidate(term, definition, "defined", section, sentence, confidence, "pattern"))
    return out


_EVENT_NOUNS = frozenset(
    """
    process step stage phase reaction phenomenon event procedure technique practice method mechanism
    condition state situation period effect change movement transition
    """.split()
)
_CLAUSE_BOUNDARY = frozenset("that which who whom whose where when while because although if".split())


_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")


def _phrase_start(text: str, *, stop_at_prepositions: bool) -> tuple[int, str | None]:
    """Where the noun phrase that ends ``text`` starts, and the word or comma that bounds it.

    Scans back to a comma, a clause word ("that", "which"), a finite verb or
    (when asked) a preposition other than "of".
    """
    tokens = list(_WORD_OR_MARK.finditer(text))
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i].group(0)
        lw = token.lower()
        if token in {",", ";", ":", "(", ")"}:
            return tokens[i].end(), token
        previous = tokens[i - 1].group(0).lower() if i else ""
        if lw in _CLAUSE_BOUNDARY or lw in _FINITE or (
            # "stacks of flattened sacs": a participle after "of" or an
            # article modifies the noun that follows.
            previous not in {"a", "an", "the", "of"} and not lw.endswith("ing") and _clear_verb_form(token)
        ):
            return tokens[i].end(), lw
        if stop_at_prepositions and lw in _PREPOSITIONS - {"of"} and i > 0:
            return tokens[i].end(), lw
    return 0, None


_TRAILING_RELATIVE = re.compile(r",\s+((?:which|that|who)\b[^;]*?)(?:,\s+(?:and|but)\b.*)?\.?$")
_NAME_CALLED_OBJECT = re.compile(r"^(?P<subj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+called\s+(?P<obj>.+?)\s*$")
_TRAILING_ARTICLE = re.compile(r"\s+(?:a|an|the)$")
_CLAUSE_THEN_PRONOUN = re.compile(r"^(?P<clause>[^;]+);\s+(?:they|it)$", re.I)
_RELATIVE_NAMING_OR_COMMA = re.compile(r"\b(?:which|that|who|called|known)\b|,")


def _naming_definition(sentence: str, term: str, *, verb_start: int, term_start: int, term_end: int,
                       passive: bool, active: bool) -> tuple[str, float] | None:
    """A definition from "X is called T", "..., a process called T", "NP, known as T, ...".

    What gets the name is the definition: the noun phrase before the naming
    verb, or for "clause, a process called T" the clause turned into "A
    process in which clause", or for "verb to a sugar called T" the clause
    turned into "A sugar to which ...".  A naming sentence that none of
    these shapes fits keeps the sentence with the term masked, at lower
    confidence.
    """
    head_text = sentence[:verb_start].rstrip()
    tail = sentence[term_end:].strip()
    relative = _TRAILING_RELATIVE.match(tail)
    if active:
        # "Wegener called the former supercontinent Pangaea."
        subject = _NAME_CALLED_OBJECT.match(sentence[:term_start] + sentence[term_start:term_end].rsplit(term, 1)[0])
        obj = _TRAILING_ARTICLE.sub("", subject.group("obj")) if subject else ""
        if subject and len(_words(obj)) >= 2:
            definition = _finish(f"{obj} (so named by {subject.group('subj')})")
            if definition:
                return definition, 0.8
    elif passive:
        np = _DISCOURSE.sub("", head_text).strip()
        pronoun = _CLAUSE_THEN_PRONOUN.match(np)
        if pronoun:
            # "Animals cannot make their own food; they are called consumers"
            # -> "Animals that cannot make their own food".
            relative = _subject_relative(pronoun.group("clause"))
            definition = _finish(relative) if relative else None
            return (definition, 0.8) if definition and not _has_anaphora(definition) else None
        if "," not in np and len(_words(np)) >= 3 and _words(np)[0].lower() not in lexicon.UNRESOLVED_OPENERS:
            definition = _finish(np)
            if definition:
                return definition, 0.85
    elif head_text.endswith(","):
        # "..., a chain of mountains running through the Atlantic, now known as T".
        bound_at, _bound = _phrase_start(head_text[:-1], stop_at_prepositions=False)
        np = head_text[bound_at:-1].strip()
        if len(_words(np)) >= 3 and np.split()[0].lower() in {"a", "an", "the"}:
            definition = _finish(rephrase.drop_demonstratives(np))
            if definition:
                return definition, 0.85
    else:
        bound_at, bound = _phrase_start(head_text, stop_at_prepositions=True)
        np = head_text[bound_at:].strip()
        np_words = _words(np)
        clause = _trim_unresolved(_DISCOURSE.sub("", head_text[:bound_at].rstrip(" ,")).strip())
        if bound in _PREPOSITIONS:
            clause = clause[: clause.rstrip().rfind(" ") + 1].rstrip(" ,") if " " in clause else ""
        first = np_words[0].lower() if np_words else ""
        if bound == "," and first in {"a", "an"} and len(np_words) <= 4 and clause:
            # "Light splits water molecules, a step known as photolysis."
            if np_words[-1].lower() in _EVENT_NOUNS:
                definition = _finish(rephrase.relative_definition(np, "in", clause))
            else:
                definition = _finish(f"{np}: {rephrase.lower_first(rephrase.reorder_subordinate(clause))}")
            if definition and not _has_anaphora(definition):
                return definition, 0.8
        elif bound == "by" and _agent_definition(head_text[:bound_at], np):
            # "sacs, which are surrounded by a fluid called the stroma" ->
            # "A fluid that surrounds thylakoids".
            definition = _finish(_agent_definition(head_text[:bound_at], np))
            if definition and not _has_anaphora(definition):
                return definition, 0.75
        elif bound in _PREPOSITIONS and first in {"a", "an"} and clause and not _RELATIVE_NAMING_OR_COMMA.search(
            clause := _EXAMPLE_ASIDE.sub("", clause)
        ):
            # "RuBisCO attaches carbon dioxide to a sugar called RuBP."
            definition = _finish(rephrase.drop_demonstratives(rephrase.relative_definition(np, bound, clause)))
            if definition:
                return definition, 0.8
        elif bound not in {",", None} and len(np_words) >= 2 and (first not in {"a", "an", "the"} or relative):
            # "... are stacks of flattened sacs called thylakoids, which ..."
            definition = _finish(np + (", " + relative.group(1) if relative else ""))
            if definition and not _has_anaphora(definition):
                return definition, 0.8
    masked = _finish(_mask(_trim_unresolved(sentence), term_key(term)))
    return (masked, 0.6) if masked else None


# "Most stars, including the Sun, lie on ...": an aside of examples inside a clause.
_EXAMPLE_ASIDE = re.compile(r",\s+(?:including|such as|like|e\.g\.)\s+[^,]+,")


_AGENT = re.compile(
    r"(?P<ante>[^,]+?),\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+by$"
)


_SUBJECT_AGENT = re.compile(
    r"^(?P<ante>(?:The|A|An|Each|Every)\s+[^,]{2,60}?)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+by$"
)


_CALLED_NAME_AT_END = re.compile(r"\bcalled\s+(?:the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,2})$")
_QUANTIFYING_DETERMINER = re.compile(r"^(?:Each|Every|A|An)\b")


def _agent_definition(before_agent: str, agent: str) -> str | None:
    """"X, (which are) caused by NP" -> "NP that cause(s) X"."""
    match = _AGENT.search(before_agent.strip()) or _SUBJECT_AGENT.match(before_agent.strip())
    if not match or not _words(agent):
        return None
    lemmas = getAllLemmas(match.group("verb")).get("VERB")
    if not lemmas:
        return None
    ante = match.group("ante").strip()
    named = _CALLED_NAME_AT_END.search(ante)
    if named:
        ante = named.group("name")
    else:
        ante = rephrase.lower_first(_QUANTIFYING_DETERMINER.sub("the", ante))
    if _PRONOUN_START.match(ante) or len(_words(ante)) > 12:
        return None
    plural = _plural_head(agent)
    verb = (getInflection(lemmas[0], "VBP" if plural else "VBZ") or (None,))[0]
    if not verb:
        return None
    return f"{agent[0].upper()}{agent[1:]} that {verb} {ante}"


_MODALS = frozenset("can cannot must may might should could will would".split())


def _subject_relative(clause: str) -> str | None:
    """"Animals cannot eat grass" -> "Animals that cannot eat grass" (a plural or mass subject of 1-3 words)."""
    words = clause.split()
    for k in range(1, min(4, len(words))):
        subject, rest = words[:k], " ".join(words[k:])
        if any(w.lower() in lexicon.STOPWORDS for w in subject):
            return None
        if words[k].lower() in _MODALS or _predicate(rest, plural=True):
            return f"{' '.join(subject)} that {rest}"
    return None


_COMPLEMENTISER = re.compile(r"\b(?:why|that|how|where|whether)\s+")


def _trim_unresolved(text: str) -> str:
    """"It explains why the ocean is ringed by ..." -> "the ocean is ringed by ..."."""
    words = _words(text[:20])
    if words and words[0].lower() in lexicon.UNRESOLVED_OPENERS:
        match = _COMPLEMENTISER.search(text)
        if match:
            return text[match.end():]
    return text


_DEMONSTRATIVE_PHRASE = re.compile(r"\b(?:this|these|those|such)\s+[a-z]", re.I)


def _has_anaphora(text: str) -> bool:
    return bool(_DEMONSTRATIVE_PHRASE.search(text))


_APPOSITIVE = re.compile(r",\s+(?P<appos>(?P<det>an?|the)\s+[^,;:]{3,160}?)(?=,|\.$|;|$)")
_PREPOSITIONS = frozenset(
    "in at on to into onto during after before by for from with within without under over since until among between "
    "across through throughout beneath beyond inside outside near around".split()
)
_FINITE = frozenset("is are was were has have had do does did can could will would may might must shall should".split())
_SUBORDINATORS = frozenset(
    "when if as because although though while since after before once unless until whereas whenever where".split()
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|in which|by which|where)\b")


_WORD_WITH_SLASH_OR_MARK = re.compile(r"[\w’'/-]+|[^\w\s]")
_WORD_CHARACTER = re.compile(r"[\w]")


def _np_before(sentence: str, end: int) -> tuple[str, int] | None:
    """The noun phrase that ends just before ``end`` (a comma)."""
    spans = list(_WORD_WITH_SLASH_OR_MARK.finditer(sentence[:end]))
    if not spans:
        return None
    words: list[re.Match[str]] = []
    capitalised = spans[-1].group(0)[:1].isupper()
    for i in range(len(spans) - 1, -1, -1):
        token = spans[i].group(0)
        if not _WORD_CHARACTER.match(token):
            break
        lw = token.lower()
        if capitalised:
            if token[:1].isupper() or (lw in {"of", "de", "von", "van", "al"} and words):
                words.insert(0, spans[i])
                continue
            break
        gerund_head = not words and lw.endswith("ing") and i > 0 and spans[i - 1].group(0).lower() not in lexicon.STOPWORDS
        if lw in lexicon.STOPWORDS or token[:1].isupper() or (_clear_verb_form(token) and not gerund_head):
            break
        prev = spans[i - 1].group(0).lower() if i > 0 else ""
        if "VERB" in _pos(token) and prev in {"may", "can", "will", "would", "could", "should", "must", "to", "did", "does", "do", "might"}:
            break
        words.insert(0, spans[i])
        if len(words) > 4:
            return None
    if not words:
        return None
    while words and words[0].group(0).lower() in {"of", "de", "von", "van", "al"}:
        words.pop(0)
    if not words:
        return None
    start = words[0].start()
    return sentence[start:end].strip(), start


def _appositive_head(appos: str) -> str:
    """"a council of elders and ..." -> "council": the noun before the first preposition or relative."""
    head = "x"
    for word in _words(appos)[1:]:
        if word.lower() in _PREPOSITIONS or word.lower() in {"of", "that", "which", "who", "and", "or"}:
            break
        head = word
    return head


_NAMING_VERB = re.compile(r"\b(?:called|known as|termed|named)\b")
_TRAILING_OF = re.compile(r"\bof\s*$")
_CAPITALISED_OPENING_WORD = re.compile(r"(?:(?:The|A|An)\s+)?([A-Z][a-z-]+)\s+")
_AND_OR = re.compile(r"\b(?:and|or)\b")
_COMMA_THEN_FINITE_VERB = re.compile(r",\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|can|may|will|does|do|did)\b")
_COMMA_THEN_S_VERB = re.compile(r",\s+[a-z]+s\b")


def _appositive_candidates(section: DocumentSection, sentence: str) -> list[_Candidate]:
    out = []
    first_word = (_words(sentence)[:1] or [""])[0].lower()
    for n, match in enumerate(_APPOSITIVE.finditer(sentence)):
        comma = match.start()
        if n == 0 and first_word in _SUBORDINATORS and sentence.count(",", 0, comma) == 0:
            continue
        appos = match.group("appos").strip()
        if _NAMING_VERB.search(appos) or appos.count("(") != appos.count(")"):
            continue
        # "X, Y and an optional Z" is a list, not an appositive.
        if _COORDINATED_ARTICLE.search(appos):
            continue
        segment_start = sentence.rfind(",", 0, comma) + 1
        segment_words = _words(sentence[segment_start:comma])
        # "During the day, a healthy plant ...": the comma closes an opening
        # adverbial phrase, not a noun phrase with an appositive.
        # "Beneath the lithosphere lies the asthenosphere, a ..." has its verb
        # after the opening phrase: a verb form ("lies") right after a noun.
        if (segment_words and segment_words[0].lower() in _PREPOSITIONS | _SUBORDINATORS
                and not any(_clear_verb_form(w) or (w.endswith("ed") and "VERB" in _pos(w)) for w in segment_words[1:])
                and not any(w.islower() and w.endswith("s") and _finite_verb(w, plural=False)
                            and segment_words[i].lower() not in {"a", "an", "the", "of"} | lexicon.STOPWORDS
                            for i, w in enumerate(segment_words[2:], start=1))):
            continue
        np = _np_before(sentence, comma)
        if not np:
            continue
        term, start = np
        if _TRAILING_OF.search(sentence[:start]):
            continue  # "a shell of gas, a planetary nebula": the appositive renames the whole phrase
        if sentence[:start].rstrip().endswith(")"):
            continue  # "the sinoatrial (SA) node, a ...": the acronym rule has the whole name
        opening = _CAPITALISED_OPENING_WORD.fullmatch(sentence[:start])
        if (opening and opening.group(1).lower() not in lexicon.BAD_TERM_START
                and _pos(opening.group(1).lower()) & {"ADJ", "NOUN"}):
            # "Hydraulic action, the sheer force ...": the sentence's first word,
            # capitalised only because it opens the sentence, is part of the term.
            term, start = opening.group(1) + " " + term, opening.start(1)
        term = _strip_article(term)
        if not _valid_term(term):
            continue
        if (match.group("det").lower() in {"a", "an"} and _plural_head(term)
                and not _plural_head(_appositive_head(appos)) and _AND_OR.search(appos)):
            continue  # "elected magistrates, a council of elders": a list, not an appositive
        appos_words = _words(appos)
        if len(appos_words) < 3:
            continue
        # "Bandwidth, the maximum amount of data ..., is measured in ...": a
        # "the" appositive between a sentence's subject and its verb.
        following = sentence[match.end():]
        framed = sentence[:start].strip().lower() in {"", "the", "a", "an"} and bool(
            _COMMA_THEN_FINITE_VERB.match(following)
            or _COMMA_THEN_S_VERB.match(following) and _finite_verb(following.split()[1], plural=False)
        )
        if match.group("det").lower() == "the" and not framed and not _RELATIVE.search(" ".join(appos_words[:7])):
            continue
        # The appositive must be a noun phrase, not a clause: no finite verb
        # before its relative clause.
        head = _RELATIVE.split(appos, maxsplit=1)[0]
        if any(w.lower() in _FINITE or (w.endswith("s") and _clear_verb_form(w)) for w in _words(head)[1:5]):
            continue
        definition = _finish(_mask(appos, term_key(term)))
        if definition is None or _vacuous(definition):
            continue
        kind = _kind_from_definition(term, definition)
        confidence = 0.8 if term[:1].isupper() or start > 0 else 0.75
        out.append(_Candidate(term, definition, kind, section, sentence, confidence, "pattern"))
    return out


_ADJECTIVE_DEF = re.compile(
    r"^(?:An?|The|Each|Every)\s+(?P<noun>[\w-]+)\s+is\s+(?:said to be\s+)?(?P<term>[a-z][\w-]+)\s+(?P<conj>if|when)\s+(?P<clause>.+)$"
)
_WHICH_MEANS = re.compile(
    r"^(?:An?|The|Each|Every)\s+(?P<noun>[\w-]+)\b.*?\s(?:is|are|was|were|be|becomes?)\s+(?:\w+ly\s+)?(?P<term>[a-z][\w-]+),"
    r"\s+which means(?:\s+that)?\s+(?P<clause>.+)$"
)
_DESCRIBE_AS = _Guarded(
    re.compile(r"\bdescribed?\s+(?:the\s+)?(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+as\s+(?P<def>(?:the|a|an)\s+[^,;]+)"),
    "describe",
)


_IN_WHICH = re.compile(
    r"^(?:The\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,3}),\s+(?P<rel>(?:in|by|through|during|with) which\s+[^,;]{5,150}),\s+\w"
)
_CATEGORY_NAME = re.compile(
    r"^The (?P<cat>[a-z]+) (?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}) (?P<verb>[a-z]+s) (?P<rest>.{10,})$"
)


def _other_pattern_candidates(section: DocumentSection, sentence: str) -> list[_Candidate]:
    out = []
    match = _IN_WHICH.match(sentence)
    if match and _valid_term(match.group("term")):
        term = match.group("term")
        head = _words(term)[-1]
        definition = _finish(f"{head} {match.group('rel')}")
        if definition:
            out.append(_Candidate(term, definition, "defined", section, sentence, 0.75, "pattern"))
    match = _CATEGORY_NAME.match(sentence)
    if match:
        cat, name, verb = match.group("cat"), match.group("name"), match.group("verb")
        if ("NOUN" in _pos(cat) and "VERB" in _pos(verb) and cat not in lexicon.GENERIC_NOUNS
                and name not in lexicon.COMMON_ACRONYMS and _valid_term(name, strict=False)):
            article = "An" if cat[0] in "aeiou" else "A"
            definition = _finish(_mask(f"{article} {cat} that {verb} {match.group('rest')}", term_key(name)))
            if definition:
                kind = lexicon.KIND_HEADS.get(cat, "defined")
                out.append(_Candidate(name, definition, kind, section, sentence, 0.7, "pattern"))
    for regex in (_ADJECTIVE_DEF, _WHICH_MEANS):
        match = regex.search(sentence)
        if match:
            term = match.group("term")
            if _valid_term(term, allow_adjective=True) and "ADJ" in _pos(term) | {"ADJ"} and not _is_generic(term):
                # A dictionary's shape for an adjective: "Said of a method when
                # making the same request ... has the same effect ...".
                noun = match.group("noun").lower()
                clause = match.group("clause").rstrip(".")
                joiner = " when " if "conj" in match.groupdict() else ": "
                definition = _finish(f"Said of {rephrase.article(noun).lower()} {noun}{joiner}{clause}")
                if definition and not _has_anaphora(definition):
                    out.append(_Candidate(term, definition, "defined", section, sentence, 0.8, "pattern"))
    match = _DESCRIBE_AS.search(sentence)
    if match and _valid_term(match.group("term")):
        term = match.group("term")
        definition = _finish(_mask(match.group("def"), term_key(term)))
        if definition:
            out.append(_Candidate(term, definition, "defined", section, sentence, 0.75, "pattern"))
    return out


# --------------------------------------------------------------------------
# Evidence source 2b: explanations in prose that name no definition verb

_TERM_RE = r"[\w][\w-]*(?:\s+[\w][\w-]*){0,3}"
_ASIDE = r"(?:,\s+(?:by contrast|in contrast|however|on the other hand|for example|therefore|in turn),)?"
_LEADING_MARKER = re.compile(r"^(?:By contrast|In contrast|However|Likewise|Similarly|Conversely|Instead),\s+")
# "A void contract, by contrast, has no legal effect."; "A redirect tells the client ..."
_GENERIC_SUBJECT = re.compile(r"^(?:An?)\s+(?P<rest>.+)$")
_ASIDE_RE = re.compile(r"^" + _ASIDE + r"\s+")
_ASIDE_SPACED = re.compile(r"\s*" + _ASIDE + r"\s*")
# "Accessory pigments, such as carotenoids, absorb other wavelengths ..."
_EXAMPLE_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<term>" + _TERM_RE + r"),\s+(?:such as|like|including|e\.g\.)\s+(?P<ex>[^,;()]+?),\s+(?P<pred>.+)$"
)
# "An ongoing series of such exercises, like the Efes-2022 Live Fire Exercise, pulls in troops ..."
_INSTANCE_SUBJECT = re.compile(
    r"^(?P<np>(?:An?|The)\s+[^,;()]{3,80}?),\s+(?:such as|like|including)\s+(?:the\s+)?(?P<name>[^,;()]+),\s+(?P<pred>.+)$"
)
# "At a divergent boundary, two plates move apart ..."
_GENERIC_SETTING = re.compile(
    r"^(?P<prep>At|In|On|During|Within|Along|Across|Inside)\s+(?:an?)\s+(?P<term>" + _TERM_RE + r"),\s+(?P<clause>.{12,})$"
)
# "Under the postal rule, an acceptance sent by post takes effect when ..."
_UNDER_RULE = re.compile(
    r"^(?:Under|According to|By)\s+the\s+(?P<term>" + _TERM_RE + r"),\s+(?P<clause>.{12,})$"
)
_RULE_HEADS = frozenset("rule principle doctrine law theorem maxim test convention presumption".split())
# "A reply that changes the terms is not an acceptance but a counter-offer, which destroys the offer."
_NOT_BUT = re.compile(
    r"^(?P<subj>(?:An?|The)\s+[^,;]{3,80}?)\s+(?:is|are)\s+not\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+but\s+"
    r"(?:an?\s+|the\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,2}?)(?:,\s+which\s+(?P<rel>[^;]+?))?\.?$"
)
# "HTTP is a stateless protocol: the server keeps no memory of earlier requests."
_KIND_COLON = re.compile(r"^.{2,60}?\s+(?:is|are)\s+an?\s+(?P<adj>[a-z][\w-]+)\s+(?P<head>[a-z][\w-]+):\s+(?P<clause>.{12,})$")
# "Each pore is bordered by a pair of guard cells that open and close it."
_COMPOUND_THAT = _Guarded(re.compile(r"\b(?P<term>[a-z][\w-]+\s+[a-z][\w-]+)\s+that\s+(?P<rel>[a-z][^,;.]{5,120})"), "that")
# "Military diplomacy, using defense cooperation as a diplomatic instrument, has allowed ..."
_PARTICIPLE_APPOSITIVE = re.compile(
    r"^(?:The\s+)?(?P<term>" + _TERM_RE + r"),\s+(?P<part>(?:using|involving|combining|consisting of|meaning|being)\s+[^,;]{5,120}),\s+"
    r"(?P<verb>[a-z]+)\b"
)
# "Scarcity — the gap between limited resources and unlimited wants — forces ..."
_DASH_APPOSITIVE = re.compile(
    r"^(?:The\s+)?(?P<term>" + _TERM_RE + r")\s+[—–]\s+(?P<np>(?:an?|the)\s+[^—–]{8,160}?)\s+[—–]\s+(?P<verb>[a-z]+)\b"
)
_PRONOUN_START = re.compile(r"^(?:it|its|they|their|them|this|these|those|he|she|we|you|there)\b", re.I)


def _plural_head(term: str) -> bool:
    head = fold(_words(term)[-1])
    return singular(head) != head


_THEY_THEM_THEIR = re.compile(r"\b(?:they|them|their|theirs)\b")
_WORD_TOKEN = re.compile(r"[\w][\w-]*")
_PASSIVE_WITH_PREPOSITION = re.compile(r"(?:is|are)\s+(?:\w+ly\s+)?(?P<v>[a-z]+(?:ed|en))\s+(?:to|by|in|on|into|from|at)\b")
_QUANTIFIER_OPENER = re.compile(r"(?:any|an?|every|each|all|the)\b")
_DETERMINER_AND_NOUN = re.compile(r"(?:Each|Every|The|A|An)\s+([a-z][\w-]+)\s")
_USING_OPENER = re.compile(r"^using\s+")
_BEING_OPENER = re.compile(r"^being\s+")


def _prose_candidates(section: DocumentSection, sentence: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    clean = _LEADING_MARKER.sub("", sentence).rstrip()

    def add(term: str, definition: str | None, confidence: float, kind: str = "defined", generic_ok: bool = False) -> None:
        definition = _finish(definition) if definition else None
        if (definition and not _has_anaphora(definition) and (generic_ok or not _vacuous(definition))
                and not _THEY_THEM_THEIR.search(definition)):
            out.append(_Candidate(term, definition, kind, section, sentence, confidence, "pattern"))

    match = _GENERIC_SUBJECT.match(clean)
    if match:
        rest = match.group("rest")
        # The subject is the shortest run of words followed by a finite verb.
        for word in _WORD_TOKEN.finditer(rest):
            if word.start() == 0:
                continue
            term = rest[: word.start()].strip().rstrip(",")
            if len(_words(term)) > 4 or term.count(",") > 0 and not _ASIDE_RE.match(rest[len(term):]):
                break
            aside = _ASIDE_SPACED.match(rest[len(term):])
            remainder = rest[len(term) + (aside.end() if aside else 0):]
            predicate = _predicate(remainder, plural=False)
            passive = _PASSIVE_WITH_PREPOSITION.match(remainder)
            if passive and "VERB" in _pos(passive.group("v")):
                # "A MAC address is fixed to the network card by ...": passive.
                predicate = _CONTRAST_SPLIT.split(remainder)[0].rstrip(".")
            if predicate:
                # After "A", even a word the lexicon knows only as a verb
                # ("A redirect tells ...") is a noun.
                one_word = len(_words(term)) == 1 and term.isalpha() and term not in lexicon.STOPWORDS
                if (_valid_term(term) or one_word and _valid_term(term, strict=False)) and not _PRONOUN_START.match(predicate):
                    add(term, rephrase.genus_phrase(term, predicate), 0.7)
                break
    match = _DASH_APPOSITIVE.match(clean)
    if match and _valid_term(match.group("term")) and (
        match.group("verb") in _FINITE or _finite_verb(match.group("verb"))
    ):
        add(match.group("term"), match.group("np"), 0.8)
    match = _EXAMPLE_SUBJECT.match(clean)
    if match and (not _plural_head(match.group("term"))
                  or _QUANTIFIER_OPENER.match(match.group("ex"))):
        match = None  # "The offer, like any promise, binds": a comparison, not a kind's examples
    if match and _valid_term(match.group("term")) and not match.group("term")[:1].isupper() or (
        match and match.group("term")[:1].isupper() and match.group("term").split()[0].lower() not in lexicon.STOPWORDS
        and _valid_term(match.group("term")) and not _named_like(match.group("term"))
    ):
        term = match.group("term")
        predicate = _predicate(match.group("pred"), plural=_plural_head(term))
        if predicate:
            add(term, f"{rephrase.genus_phrase(term, predicate)} (for example, {match.group('ex')})", 0.75)
    match = _INSTANCE_SUBJECT.match(clean)
    if match and _named_like(match.group("name")):
        name = match.group("name").strip()
        predicate = _predicate(match.group("pred"), plural=False)
        np = rephrase.drop_demonstratives(match.group("np"))
        if predicate and not _has_anaphora(np):
            kind = lexicon.KIND_HEADS.get(fold(_words(name)[-1]), "defined")
            add(name, f"{np} that {predicate}", 0.7, kind)
    match = _GENERIC_SETTING.match(clean)
    if match and _valid_term(match.group("term")) and not _PRONOUN_START.match(match.group("clause")):
        term = match.group("term")
        words = _words(term)
        genus = f"{rephrase.article(words[-1])} {words[-1].lower()}" if len(words) > 1 else f"{rephrase.article(term)} {term}"
        if len(words) > 1 or _pos(term) & {"NOUN"}:
            add(term, rephrase.relative_definition(genus, match.group("prep").lower(), match.group("clause")), 0.7)
    match = _UNDER_RULE.match(clean)
    if match and _valid_term(match.group("term")):
        term = match.group("term")
        head = fold(_words(term)[-1])
        clause = _DISCOURSE.sub("", match.group("clause"))
        if head in _RULE_HEADS and not _PRONOUN_START.match(clause):
            add(term, f"The {head} that {rephrase.lower_first(clause)}", 0.75)
    match = _NOT_BUT.match(clean)
    if match and _valid_term(match.group("term"), strict=False):
        definition = match.group("subj")
        if match.group("rel") and _predicate(match.group("rel"), plural=False):
            definition += f" and {match.group('rel')}"
        add(match.group("term"), definition, 0.75)
    match = _KIND_COLON.match(clean)
    if match:
        adj, head = match.group("adj"), match.group("head")
        if ((not _pos(adj) or "ADJ" in _pos(adj) and "NOUN" not in _pos(adj)) and adj not in lexicon.GENERIC_MODIFIERS
                and adj not in lexicon.EVALUATIVE and "NOUN" in _pos(head) and head not in lexicon.GENERIC_NOUNS
                and not _PRONOUN_START.match(match.group("clause"))):
            add(f"{adj} {head}", rephrase.relative_definition(f"{rephrase.article(head)} {head}", "in",
                                                              match.group("clause")), 0.7)
    for match in _COMPOUND_THAT.finditer(clean):
        term = match.group("term")
        modifier, head = term.split()
        # A noun-noun compound ("guard cells", "status code"); an adjective
        # before the noun ("green pigment") rarely makes a term.
        if not ("NOUN" in _pos(modifier) and "ADJ" not in _pos(modifier) and "NOUN" in _pos(head)) or not _valid_term(term):
            continue
        if modifier in lexicon.STOPWORDS or head in lexicon.GENERIC_NOUNS or singular(head) in lexicon.GENERIC_NOUNS:
            continue
        preceding = _words(clean[: match.start()])[-1:]
        if not preceding or preceding[0].lower() not in {"a", "an", "the", "of", "each", "every"}:
            continue  # "Economists call costs that ...": not a noun phrase of its own
        relative = match.group("rel")
        if not _predicate(relative, plural=_plural_head(term)):
            continue
        if _IT_OR_THEM.search(relative):
            subject = _DETERMINER_AND_NOUN.match(clean)
            if not subject or subject.group(1) == head:
                continue
            relative = _IT_OR_THEM.sub(f"the {subject.group(1)}", relative)
        add(term, rephrase.genus_phrase(term, relative), 0.6)
    match = _PARTICIPLE_APPOSITIVE.match(clean)
    if (match and _valid_term(match.group("term")) and not _plural_head(match.group("term"))
            and (match.group("verb") in _FINITE or _finite_verb(match.group("verb"), plural=False))):
        part = match.group("part")
        part = _USING_OPENER.sub("the use of ", part)
        part = _BEING_OPENER.sub("", part)
        add(match.group("term"), part, 0.7, generic_ok=True)
    return out



# --------------------------------------------------------------------------
# Evidence source 2c: names, roles and glosses in running prose
#
# "Ecologists call them keystone species" (the antecedent in the same or the
# previous sentence), "The chief officials were the two consuls, who ...",
# "their own officials, the tribunes, who ...", "four chambers: two atria,
# which ...", "the systolic pressure, measured while ...", "The Krebs cycle
# produces ...", "overlapping chains, which together form a food web",
# "shows price leadership: when ...", "When A, B, and a surplus appears".

_CALL = _Guarded(re.compile(
    r"(?:^|,\s+so\s+|;\s+|,\s+and\s+|\bso\s+)(?P<subj>[A-Za-z]+)\s+(?:(?:usually|often|commonly|sometimes|now|therefore|also)\s+)?"
    r"call\s+(?P<rest>[^;:]+?)\s*(?:[;:.]|$)"
), "call")
_CALL_PRONOUN = re.compile(r"^(?:them|these|this|it|those)\s+(?P<term>.+)$")
_QUANTIFIER = re.compile(r"^(?:Some|Many|Certain|Most|A few|Several)\s+", re.I)


def _caller(word: str) -> bool:
    """"ecologists", "historians", "people", "we": who gives a name."""
    lw = word.lower()
    if lw in {"we", "people", "they", "experts", "scientists"}:
        return True
    return _plural_head(lw) and "NOUN" in _pos(singular(lw))




def _clause_as_noun_phrase(clause: str) -> str | None:
    """"Some species have a large effect" -> "Species that have a large effect".

    A listed subject keeps its list: "Plants, algae and some bacteria capture
    light" -> "Plants, algae and some bacteria, which capture light".
    """
    clause = _DISCOURSE.sub("", clause.strip().rstrip(".,;"))
    quantified = bool(_QUANTIFIER.match(clause))
    clause = _QUANTIFIER.sub("", clause)
    words = clause.split()
    for i, word in enumerate(words[1:8], start=1):
        bare = word.strip(",")
        if bare != word.rstrip(",") or not bare.islower():
            continue
        if bare in _MODALS or bare in {"have", "are", "were"} or _finite_verb(bare, plural=True):
            subject = " ".join(words[:i]).rstrip(",")
            if any(w.lower() in lexicon.UNRESOLVED_OPENERS or w.lower() in {"it", "they", "he", "she", "we", "you"}
                   for w in _words(subject)[:1]):
                return None
            if not (quantified or _plural_head(subject)) and not _COMMA_OR_AND.search(subject):
                return None
            joiner = ", which" if _COMMA_OR_AND.search(subject) else " that"
            text = f"{subject}{joiner} {' '.join(words[i:])}"
            return text[0].upper() + text[1:]
    return None


_PARTICIPLE_WITH_PREPOSITION = re.compile(r"\b\w+ed\s+(?:by|in|on|at|from|with)\b")
_OBJECT_PRONOUN = re.compile(r"\b(?:them|its|he|she)\b")
_IT_NEAR_START = re.compile(r"(?:\S+\s+){0,3}it\b")


def _call_candidates(section: DocumentSection, sentence: str, previous: str | None) -> list[_Candidate]:
    """"Economists call costs that cannot be recovered sunk costs"; "... so ecologists call them producers"."""
    out = []
    for match in _CALL.finditer(sentence):
        if not _caller(match.group("subj")):
            continue
        rest = match.group("rest").strip()
        pronoun = _CALL_PRONOUN.match(rest)
        if pronoun:
            term = _strip_article(pronoun.group("term"))
            if match.start() > 0:
                antecedent = sentence[: match.start()]
            elif previous and rest.split()[0] in {"them", "these", "those"}:
                antecedent = previous
            else:
                continue
            definition = _clause_as_noun_phrase(antecedent)
        else:
            words = rest.split()
            if len(words) < 4:
                continue
            head = singular(fold(words[0] if words[0].lower() not in {"the", "a", "an"} else words[1]))
            if singular(fold(words[-1])) != head or words[-2].lower() in lexicon.STOPWORDS:
                continue
            term = " ".join(words[-2:])
            obj = " ".join(words[:-2])
            if not _RELATIVE.search(obj) and not _PARTICIPLE_WITH_PREPOSITION.search(obj):
                continue
            definition = obj
        if not definition or not _valid_term(term, strict=False) or len(_words(term)) > 4:
            continue
        if any(w.lower() in lexicon.STOPWORDS for w in _words(term)):
            continue
        definition = _finish(definition)
        if (definition and not _has_anaphora(definition) and not _OBJECT_PRONOUN.search(definition)
                and not _IT_NEAR_START.match(definition)):
            out.append(_Candidate(term, definition, "defined", section, sentence, 0.8, "pattern"))
    return out


_ROLE_SUBJECT = re.compile(
    r"^(?P<genus>(?:The|Its|Their)\s+[^,;]{3,60}?)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:two\s+|three\s+|four\s+)?"
    r"(?P<term>[a-z][\w-]+),\s+who\s+(?P<rel>[^;]+?)\.?$"
)
_ROLE_APPOSITIVE = _Guarded(re.compile(
    r"\b(?P<genus>[a-z][\w-]+s),\s+the\s+(?P<term>[a-z][\w-]+(?:\s+of\s+the\s+[a-z][\w-]+)?),\s+who\s+(?P<rel>[^;,]+?)(?:[,;.]|$)"
), "who")
_ROLE_INDEFINITE = _Guarded(re.compile(r"\b(?:a|an)\s+(?P<term>[a-z][\w-]+),\s+who\s+(?P<rel>[^;,]+?)(?:[,;.]|$)"), "who")
_LISTED_GLOSS = _Guarded(re.compile(
    r"\b(?:two|three|four|five|several)\s+(?P<genus>[a-z][\w-]+s):\s+(?P<items>.+)$"
), ":")
_LISTED_ITEM = re.compile(
    r"(?:^|,\s+(?:and\s+)?|\band\s+)(?:two|three|four|one|the)\s+(?P<term>[a-z][\w-]+),\s+(?:which|that|who)\s+(?P<rel>[^,;]+?)(?=,|;|\.?$)"
)
_PARTICIPLE_GLOSS = re.compile(
    r"\bthe\s+(?P<term>[a-z][\w-]+\s+[a-z][\w-]+),\s+(?P<verb>[a-z]+(?:ed|en|wn))\s+(?P<rest>(?:while|when|whenever|during|after|before|by|at)\s+[^,;]+?)(?=,|;|\.?$)"
)
_NAMED_THING = re.compile(
    r"^The\s+(?P<name>(?:[A-Z][\w–-]*\s+){1,3})(?P<head>[a-z][\w-]+)\s+(?P<verb>[a-z]+s)\s+(?P<rest>[^;]{10,}?)\.?$"
)
# "astronomers use stellar parallax, the small apparent shift in a star's position."
_FINAL_THE_GLOSS = re.compile(r",\s+the\s+(?P<appos>(?:[a-z][\w'-]*\s+){0,3}[a-z][\w-]*\s+(?:of|in|on|at|between|from|to)\s+[^,;:()]{3,140}?)\.?$")
# "divided into patricians, members of old families, and plebeians, ..."
_PAIR_GLOSS = re.compile(
    r"\b(?:into|between|either|both)\s+(?P<term>[a-z][\w-]+),\s+(?P<appos>[a-z][\w-]+s\s+of\s+[^,;]{5,120}),\s+(?:and|or)\s+"
)
_TOGETHER_FORM = re.compile(
    r",\s+which\s+(?:together\s+)?(?:form|make up|constitute)\s+(?:an?|the)\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s*(?:[.;]|$)"
)
_SHOWS_COLON = _Guarded(re.compile(
    r"\b(?:shows?|exhibits?|displays?|practi[cs]es?|follows?)\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?):\s+"
    r"(?P<clause>(?:when|whenever|if)\s+[^;]{10,}?)\.?$"
), ":")
_WHEN_APPEARS = re.compile(
    r"^When\s+(?P<cond>[^,;]{5,100}),\s+(?:(?P<main>[^,;]{5,120}),\s+and\s+)?an?\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s+"
    r"(?:appears|arises|occurs|results|develops)\.?$"
)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten hundred thousand million".split())


_RESOLVABLE_PRONOUN = re.compile(r"\b(?:it|they|them|its|their)\b")
_POSSESSIVE_OR_OBJECT_PRONOUN = re.compile(r"\b(?:its|their|them)\b")
_THE_PLURAL_NOUN = re.compile(r"\bthe\s+([a-z][\w-]+s)\b")


def _resolve_pronoun(text: str, before: str) -> str | None:
    """Replace "it"/"they" in ``text`` with the nearest fitting noun in ``before`` (None when none fits)."""
    if not _RESOLVABLE_PRONOUN.search(text):
        return text
    if _POSSESSIVE_OR_OBJECT_PRONOUN.search(text):
        return None
    if _THEY.search(text):
        found = _THE_PLURAL_NOUN.findall(before)
        found = [w for w in found if _plural_head(w)]
        return _THEY.sub(f"the {found[-1]}", text) if found else None
    for word in reversed(_words(before)):
        lw = word.lower()
        if lw in lexicon.STOPWORDS or lw in {"which", "that", "who"} or not word.isalpha() or not word.islower() or len(lw) < 3 or lw in _NUMBER_WORDS:
            continue
        if "NOUN" in _pos(lw) and not _plural_head(lw) and not _clear_verb_form(lw):
            return _IT.sub(lw, text)
    return None


def _count(document_words: Counter[str], term: str) -> int:
    return document_words.get(singular(fold(_words(term)[-1])), 0)


_POSSESSIVE_GENUS = re.compile(r"(?:Its|Their)\b")
_PERSONAL_PRONOUN = re.compile(r"\b(?:it|they|them|its|their|he|she|his|her)\b")
_CONJUNCTION_OR_RELATIVE = re.compile(r"\b(?:and|or|which|who|that)\b")
_QUANTIFIED_NP_AT_END = re.compile(r"\b(?P<np>(?:many|several|numerous|all|the|some)\s+[^,;]{3,60})$")
_IT_OR_POSSESSIVE = re.compile(r"\b(?:it|its|their|them)\b")


def _role_candidates(section: DocumentSection, sentence: str, document_words: Counter[str]) -> list[_Candidate]:
    out: list[_Candidate] = []

    def add(term: str, definition: str | None, confidence: float, strict: bool = True) -> None:
        if not definition or not _valid_term(term, strict=strict):
            return
        definition = _finish(definition)
        if definition and not _has_anaphora(definition) and not _vacuous(definition):
            out.append(_Candidate(term, definition, "defined", section, sentence, confidence, "pattern"))

    match = _ROLE_SUBJECT.match(sentence)
    if match and _plural_head(match.group("genus")) == _plural_head(match.group("term")):
        genus = match.group("genus")
        if not _POSSESSIVE_GENUS.match(genus) and _count(document_words, match.group("term")) >= 2:
            add(match.group("term"), f"{genus}, who {match.group('rel')}", 0.8)
    for match in _ROLE_APPOSITIVE.finditer(sentence):
        genus = match.group("genus")
        if "NOUN" in _pos(singular(genus)) and genus not in lexicon.GENERIC_NOUNS and _plural_head(genus):
            rel = _resolve_pronoun(match.group("rel"), "")
            if rel:
                add(match.group("term"), f"{genus} who {rel}", 0.8, strict=False)
    for match in _ROLE_INDEFINITE.finditer(sentence):
        term = match.group("term")
        rel = match.group("rel")
        first = rel.split()[0]
        if (document_words and _count(document_words, term) >= 2 and "NOUN" in _pos(term)
                and (_finite_verb(first) or first in _MODALS) and not _PERSONAL_PRONOUN.search(rel)):
            add(term, f"A person who {rel}", 0.7)
    match = _LISTED_GLOSS.search(sentence)
    if match:
        genus = match.group("genus")
        items = match.group("items")
        if "NOUN" in _pos(singular(genus)) and genus not in lexicon.GENERIC_NOUNS:
            listed = list(_LISTED_ITEM.finditer(items))
            for item in listed:
                before = items[: item.start("rel")]
                for other in listed:
                    before = before.replace(other.group("term"), "")
                rel = _resolve_pronoun(item.group("rel"), before)
                if rel and _predicate(rel):
                    add(item.group("term"), f"{genus} that {rel}", 0.75)
    for match in _PARTICIPLE_GLOSS.finditer(sentence):
        term, verb = match.group("term"), match.group("verb")
        if "VERB" not in _pos(verb):
            continue
        rest = _resolve_pronoun(match.group("rest"), sentence[: match.start()])
        head = _words(term)[-1]
        if rest:
            add(term, f"The {head} {verb} {rest}", 0.75)
    match = _NAMED_THING.match(sentence)
    if match:
        name, head, verb = match.group("name").strip(), match.group("head"), match.group("verb")
        if ("NOUN" in _pos(head) and head not in lexicon.GENERIC_NOUNS and _finite_verb(verb, plural=False)
                and verb not in _REPORTING and not _PRONOUN_START.match(match.group("rest"))):
            add(f"{name} {head}", f"{rephrase.article(head)} {head} that {verb} {match.group('rest')}", 0.75, strict=False)
    match = _FINAL_THE_GLOSS.search(sentence)
    if match and not _CONJUNCTION_OR_RELATIVE.search(match.group("appos")):
        np = _np_before(sentence, match.start())
        if np and np[0].islower() and _count(document_words, np[0]) >= 2:
            term = _strip_article(np[0])
            words = term.split()
            for i in range(1, len(words) - 1):
                # "astronomers use stellar parallax": a subject and its verb are not the term's.
                if _plural_head(words[i - 1]) and _finite_verb(words[i], plural=True):
                    term = " ".join(words[i + 1:])
                    break
            add(term, "The " + match.group("appos"), 0.75)
    match = _PAIR_GLOSS.search(sentence)
    if match:
        add(match.group("term"), match.group("appos"), 0.75)
    match = _TOGETHER_FORM.search(sentence)
    if match:
        term = match.group("term")
        quantified = _QUANTIFIED_NP_AT_END.search(sentence[: match.start()])
        np = (quantified.group("np"), quantified.start("np")) if quantified else _np_before(sentence, match.start())
        head = _words(term)[-1]
        if np and len(_words(np[0])) >= 2 and _plural_head(np[0]) and len(_words(term)) > 1:
            add(term, f"{rephrase.article(head)} {head} formed by {np[0]} together", 0.75)
    match = _SHOWS_COLON.search(sentence)
    if match and not _is_generic(match.group("term")):
        add(match.group("term"), match.group("clause"), 0.7)
    match = _WHEN_APPEARS.match(sentence)
    if match and not _is_generic(match.group("term")):
        definition = f"The situation in which {match.group('cond')}"
        if match.group("main"):
            definition += f" and {match.group('main')}"
        if not _IT_OR_POSSESSIVE.search(definition):
            add(match.group("term"), definition, 0.7)
    return out


def _named_like(name: str) -> bool:
    """"Efes-2022 Live Fire Exercise", "AKINCI", "Gutenberg Bible": a proper name."""
    words = _words(name)
    return bool(words) and len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w in {"of", "the", "and", "for"}
                                                    for w in words) and words[0][:1].isupper()


_CATEGORY_LEAD_IN = re.compile(
    r"^(?:The\s+)?(?:(?:main|principal|chief|usual|common|most common|key|classic|basic|two|three|four|five|six)\s+)*"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:are|include)(?:\s+the following)?\s*:$"
)


def _category_candidates(section: DocumentSection, block: ItemList) -> list[_Candidate]:
    """"The main vitiating factors are:" before a labelled list: the category, by its members."""
    match = _CATEGORY_LEAD_IN.match((block.lead_in or "").strip())
    labels = [item.label for item in block.items if item.label]
    if not match or len(labels) < 2 or len(labels) != len(block.items):
        return []
    term = match.group("term")
    # "vitiating factors": a participle may modify the category's head noun.
    if not _valid_term(term, strict=False) or not _plural_head(term) or "NOUN" not in _pos(_words(term)[-1]):
        return []
    members = [label if label.isupper() or label[1:2].isupper() else label[0].lower() + label[1:] for label in labels]
    listed = ", ".join(members[:-1]) + " and " + members[-1]
    head = _words(term)[-1].lower()
    definition = _finish(f"{head[0].upper()}{head[1:]} such as {listed}")
    if definition is None:
        return []
    return [_Candidate(term, definition, "concept", section, block.lead_in or "", 0.6, "concept")]


# --------------------------------------------------------------------------
# Evidence source 3: acronyms


def _schwartz_hearst(short: str, long: str) -> str | None:
    """Schwartz & Hearst (2003): the shortest tail of ``long`` that ``short`` abbreviates."""
    s = len(short) - 1
    l = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (long[l].lower() != c or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = long.rfind(" ", 0, l + 1) + 1
    result = long[start:].strip()
    words = result.split()
    if not words or len(words) > len(short) + 5:
        return None
    return result


_PAREN_ACRONYM = re.compile(r"\((?P<inner>[^()]{1,80})\)")


_NUMBER_OR_DECADE = re.compile(r"\d+s?")
_HEAD_NOUN_AFTER_PAREN = re.compile(r"\s+([a-z][\w-]+)(?=\s*[,.;:)]|\s+(?:is|are|was|were|which|that|has|have)\b)")


def _acronym_candidates(section: DocumentSection, sentence: str, known: dict[str, str]) -> list[_Candidate]:
    out = []
    for match in _PAREN_ACRONYM.finditer(sentence):
        inner = match.group("inner").strip()
        before = sentence[: match.start()].rstrip()
        if _looks_like_acronym(inner) and not _NUMBER_OR_DECADE.fullmatch(inner):
            window = before.split()[-(len(inner) + 5):]
            long = _schwartz_hearst(inner, " ".join(window))
            if long is None:
                continue
            long = _strip_article(long)
            words = long.split()
            # One long word can be the expansion: "electrocardiogram (ECG)".
            one_word = len(words) == 1 and long.isalpha() and len(long) >= 3 * len(inner) and long[0].lower() == inner[0].lower()
            if (len(words) < 2 and not _DIGIT.search(long) and not one_word
                    or words[0].lower() in lexicon.STOPWORDS):
                continue
            short, expansion = inner, long
            pair_start = before.rfind(long)
        else:
            last = before.split()[-1:] if before else []
            if not last or not _looks_like_acronym(last[0]):
                continue
            short = last[0]
            long = _schwartz_hearst(short, inner)
            if long is None or long != inner.strip():
                continue
            expansion = long
            pair_start = len(before) - len(short)
        end = match.end()
        # "the sinoatrial (SA) node": the acronym stands inside the name.
        head = _HEAD_NOUN_AFTER_PAREN.match(sentence[end:])
        if (head and len(expansion.split()) == 1 and expansion.islower() and "NOUN" in _pos(head.group(1))
                and head.group(1) not in lexicon.STOPWORDS):
            expansion, short = f"{expansion} {head.group(1)}", f"{short} {head.group(1)}"
            end += head.end()
        known[short] = expansion
        kind = "organisation" if _organisation_name(expansion) else "acronym"
        found = _acronym_definition(sentence, max(pair_start, 0), end, short)
        if found is None:
            continue
        definition, confidence = found
        out.append(_Candidate(expansion, definition, kind, section, sentence, confidence, "acronym", {short}, mask=False))
    return out


_ONLY_AN_ARTICLE = re.compile(r"\s*(?:the|a|an)?\s*", re.I)
_COMMA_APPOSITIVE = re.compile(r",\s+((?:an?|the)\s+[^;]{8,160}?)\s*(?:[.;]|$)")
_AND_OR_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|or)\b")
_LISTING_BEFORE = re.compile(r"(?:\b(?:and|or|alongside|besides)|,)\s*(?:the\s+)?$")
_THE_AT_END = re.compile(r"\bthe\s+$")
_PHRASE_END = re.compile(r"\s*(?:[,.;)]|$)")


def _acronym_definition(sentence: str, start: int, end: int, short: str) -> tuple[str, float] | None:
    """The explanation of "Expansion (ACR)" at ``sentence[start:end]``, with a confidence.

    The subject's predicate ("... (WHO) coordinates health work"), an
    appositive ("(G3P), a three-carbon sugar ..."), else the sentence with the
    pair shortened to the acronym, which is no cloze: the entry shows the
    expansion, the sentence how the acronym is used.  A pair that is only
    listed ("alongside the X (A) and the Y") is not explained.
    """
    before, after = sentence[:start], sentence[end:]
    subject = bool(_ONLY_AN_ARTICLE.fullmatch(before))
    if subject:
        predicate = _predicate(after.strip())
        if predicate:
            definition = _finish(rephrase.drop_demonstratives(predicate))
            return (definition, 0.75) if definition else None
    found = _acronym_relative(sentence, start, end)
    if found:
        return found, 0.8
    appositive = _COMMA_APPOSITIVE.match(after)
    if appositive and not _COORDINATED_ARTICLE.search(appositive.group(1)):
        definition = _finish(appositive.group(1))
        if definition and not _vacuous(definition):
            return definition, 0.8
    listed = _AND_OR_NEXT.match(after) or _LISTING_BEFORE.search(before)
    if (_THE_AT_END.search(before) and _PHRASE_END.match(after) and " " not in short
            and not _organisation_name(sentence[start:end])):
        before = before[: before.rstrip().rfind(" ") + 1] if " " in before.rstrip() else ""
    definition = _finish(before + short + after)
    if definition is None:
        return None
    # A subject whose sentence reports a claim ("The WHO estimates that ...")
    # or a pair only listed with others is not explained.
    return definition, 0.45 if listed or subject else 0.7


_ACRONYM_RELATIVE = re.compile(
    r"^\s*(?:(?P<noun>[a-z][\w-]+)\s*)?(?:,\s+(?:such as|like)\s+[^,]+)?,\s+(?:which|that)\s+(?P<rel>[^;]+?)\.?$"
)
_PASSIVE_BY = re.compile(
    r"^(?P<subj>(?:Each|Every|The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:is|are)\s+(?P<verb>[a-z]+ed)\s+by\s+(?:an?|the)?\s*$"
)


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_APPOSITIVE_PARTICIPLE_AT_END = re.compile(r",\s+(?:an?|the)\s+[^,]*\b[a-z]+(?:ed|en|lt|wn)\s+(?:on|upon|by|with|from|in|into|over)\s+(?:the\s+|an?\s+)?$")
_UNRESOLVED_REFERENCE = re.compile(r"\b(?:they|them|its|their|this|these)\b")


def _acronym_relative(sentence: str, start: int, end: int) -> str | None:
    """"... reaches the atrioventricular (AV) node, which delays it briefly" -> "A node that delays the signal briefly".

    The expansion's head noun is the genus and the relative clause what it
    does; "it" is the sentence's subject; "a Transmission Control Protocol
    (TCP) connection, which delivers ..." -> "A protocol whose connection
    delivers ..."; "Each resource is named by a Uniform Resource Locator
    (URL), which combines ..." -> "A locator that names each resource and
    combines ...".
    """
    match = _ACRONYM_RELATIVE.match(sentence[end:])
    if not match:
        return None
    rel = match.group("rel").strip()
    first = rel.split()[0]
    if not (_finite_verb(first, plural=False) and first.endswith("s")):
        return None
    name = _PARENTHESIS.sub("", sentence[start:end])
    genus = _words(name)[-1].lower() if _words(name) else ""
    if not genus.isalpha() or _pos(genus) and "NOUN" not in _pos(genus):
        return None
    before = sentence[:start]
    if _APPOSITIVE_PARTICIPLE_AT_END.search(before):
        return None  # "QUIC, a protocol built on the UDP, which ...": the clause may be about QUIC
    if _IT.search(rel):
        words = before.split()
        subject = None
        if words and words[0] in {"The", "A", "An"}:
            for k in range(2, min(5, len(words))):
                if words[k - 1].islower() and _finite_verb(words[k], plural=False) and words[k].endswith("s"):
                    subject = " ".join(words[1:k])
                    break
        if not subject:
            return None
        rel = _IT.sub(f"the {subject}", rel)
    if _UNRESOLVED_REFERENCE.search(rel):
        return None
    noun = match.group("noun")
    if noun:
        if "NOUN" not in _pos(noun) or noun in lexicon.STOPWORDS:
            return None
        return _finish(f"{rephrase.article(genus)} {genus} whose {noun} {rel}")
    passive = _PASSIVE_BY.match(before)
    prefix = ""
    if passive:
        lemmas = getAllLemmas(passive.group("verb")).get("VERB")
        verb = (getInflection(lemmas[0], "VBZ") or (None,))[0] if lemmas else None
        if verb:
            prefix = f"{verb} {rephrase.lower_first(passive.group('subj'))} and "
    return _finish(f"{rephrase.article(genus)} {genus} that {prefix}{rel}")


def _organisation_name(name: str) -> bool:
    words = [fold(w) for w in _words(name)]
    heads = {"nations", "union", "organization", "organisation", "fund", "bank", "agency", "council",
             "alliance", "association", "court", "committee", "commission", "administration", "institute"}
    return bool(words) and name[:1].isupper() and any(w in heads for w in words)


_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def _common_acronym_candidates(sections: tuple[DocumentSection, ...], known: dict[str, str]) -> list[_Candidate]:
    out = []
    seen: set[str] = set()
    for section in sections:
        for sentence in section.sentences:
            for word in _CAPITALS_WORD.findall(sentence):
                if word in seen or word in known or word not in lexicon.COMMON_ACRONYMS:
                    continue
                expansion = lexicon.COMMON_ACRONYMS[word]
                if not _organisation_name(expansion):
                    continue  # a bare "DNA" in passing explains nothing
                # Only a sentence about the organisation itself explains it
                # ("The UN sends peacekeepers ..."), not a mention in a list.
                subject = re.match(r"(?:The\s+)?" + re.escape(word) + r"\s+(?P<rest>.+)$", sentence)
                predicate = _predicate(subject.group("rest")) if subject else None
                definition = _finish(predicate) if predicate else None
                if definition is None:
                    continue
                seen.add(word)
                kind = "organisation" if _organisation_name(expansion) else "acronym"
                out.append(_Candidate(expansion, definition, kind, section, sentence, 0.6, "acronym", {word}, mask=False))
    return out


# --------------------------------------------------------------------------
# Evidence source 4: named things

_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:[A-Z][\w-]*-\d[\w-]*|[A-Z]{3,}[\w-]*|[A-Z][a-z]+[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,4})"
    r"|(?:[A-Z][\w-]*(?:\s+(?:of|for|and|the|on)\s+|\s+)){1,5}[A-Z][\w-]*)(?:\s+(?P<head>[a-z]+))?"
)
_CREATION_VERBS = (
    r"founded|established|created|set up|launched|formed|developed|built|introduced|designed|completed|"
    r"issued|published|signed|held|organised|organized|conducted"
)
_CREATION = re.compile(r"\b(?:" + _CREATION_VERBS + r")\b")
_INSTANCE = re.compile(r"\b(?:like|such as|including|e\.g\.|namely)\s+(?:the\s+)?$")


def _is_participle(word: str) -> bool:
    """"developed", "built", "held": a verb form that is neither base nor -s."""
    lemmas = getAllLemmas(word).get("VERB")
    if not lemmas or word.endswith("ing"):
        return False
    return word.endswith("ed") or (word not in lemmas and not word.endswith("s"))




def _kind_from_definition(term: str, definition: str) -> str:
    """The kind of a named thing from its definition's head noun ("a multinational exercise held ...")."""
    words = _words(term)
    # A name, not a word capitalised because it opens the sentence.
    if not (_DIGIT.search(term) or term.isupper()
            or len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in lexicon.STOPWORDS)):
        return "defined"
    head = None
    for i, word in enumerate(_words(definition)[:6]):
        lw = word.lower()
        if i == 0 and lw in {"a", "an", "the", "one"}:
            continue
        if lw in lexicon.STOPWORDS or lw.endswith(("ed", "ing")) or _is_participle(lw):
            break
        head = lw
    return lexicon.KIND_HEADS.get(head or "", "defined")


_DIGIT_OR_CAPITALS_OPENER = re.compile(r"\d|^[A-Z]{3,}")
_THREE_CAPITALS = re.compile(r"[A-Z]{3,}")
_COMMA_PARTICIPLE_PHRASE = re.compile(r",\s+(?P<p>(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\b[^,;]{3,120}),")
_COMMA_WHICH_OR_WHO = re.compile(r"\s*,\s*(?:which|who)\b")


def _named_candidates(section: DocumentSection, sentence: str, defined_acronyms: dict[str, str]) -> list[_Candidate]:
    out = []
    for match in _NAMED.finditer(sentence):
        name = match.group("name").strip()
        head = match.group("head")
        words = name.split()
        if match.start() == 0 and words[0].lower() in lexicon.STOPWORDS | lexicon.BAD_TERM_START:
            words = words[1:]
            while words and words[0].lower() in {"of", "for", "and", "the", "on"}:
                words = words[1:]
            if not words or (len(words) < 2 and not _DIGIT_OR_CAPITALS_OPENER.search(words[0])):
                continue
            name = " ".join(words)
        if name in defined_acronyms or name in lexicon.COMMON_ACRONYMS:
            continue
        kind = None
        display = name
        if head and lexicon.KIND_HEADS.get(head) == "equipment":
            kind = "equipment"
            display = f"{name} {head}"
        else:
            kind = lexicon.KIND_HEADS.get(fold(words[-1]))
        if kind is None:
            if fold(name) in lexicon.COUNTRIES:
                continue  # Countries are named, but a glossary needs an explanation.
            if not (_DIGIT.search(name) or _THREE_CAPITALS.fullmatch(words[0])):
                continue
            kind = "programme" if _DIGIT.search(name) else "concept"
        if kind == "concept":
            continue
        # The sentence must say something about the thing itself.
        after = sentence[match.end("name") if not head or display == name else match.end():]
        before = sentence[: match.start()]
        participle = _COMMA_PARTICIPLE_PHRASE.match(after)
        if participle and not _is_participle(participle.group("v")):
            participle = None
        explained = bool(participle or _CREATION.search(before[-60:]) or _INSTANCE.search(before)
                         or _COMMA_WHICH_OR_WHO.match(after))
        if not explained:
            continue
        if participle and kind == "equipment":
            definition = _finish(f"{'An' if head[0] in 'aeiou' else 'A'} {head} {participle.group('p')}")
            confidence = 0.75
        elif participle:
            definition = _finish(_mask(f"{participle.group('p')}", term_key(display)))
            confidence = 0.7
        else:
            definition, confidence = _named_context_definition(display, before, after)
        if definition is None:
            continue
        out.append(_Candidate(display, definition, kind, section, sentence, confidence, "named"))
    return out


_CREATED_BY = re.compile(
    r"(?P<subj>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:\w+ly\s+)?(?P<verb>" + _CREATION_VERBS + r")\s+(?:the\s+)?$"
)


_UP_TO_PUNCTUATION = re.compile(r"[^,;.]*")
_WHICH_OR_WHO_PREDICATE = re.compile(r"\s*,\s*(?:which|who)\s+(?P<pred>[^;]+?)\.?$")


def _named_context_definition(name: str, before: str, after: str) -> tuple[str | None, float]:
    """"Aldus Manutius founded the Aldine Press in 1494" -> "A press founded by Aldus Manutius in 1494".

    A name that is only given as an example ("such as the X") is not
    explained; its sentence stays below the cut.
    """
    words = _words(name)
    head = words[-1].lower()
    genus = f"{rephrase.article(head)} {head} " if head in lexicon.KIND_HEADS else ""
    created = _CREATED_BY.search(before)
    if created:
        rest = _UP_TO_PUNCTUATION.match(after).group(0).rstrip()
        phrase = f"{created.group('verb')} by {created.group('subj')}{rest}"
        return _finish(genus + phrase if genus else phrase), 0.7
    which = _WHICH_OR_WHO_PREDICATE.match(after)
    if which and _predicate(which.group("pred")):
        return _finish(rephrase.genus_phrase(name if genus else head, which.group("pred"))), 0.65
    return _finish(_mask(before + name + after, term_key(name))), 0.45


# --------------------------------------------------------------------------
# Evidence source 5: heading concepts their section explains

_HEADING_PREFIX = re.compile(
    r"^(?:what (?:is|are)(?: an?| the)?|understanding|introduction to|introducing|defining|about|the|an?)\s+", re.I
)


def _heading_concept(heading: str) -> str | None:
    text = heading.strip().rstrip("?:.!")
    text = _HEADING_PREFIX.sub("", text)
    text = _HEADING_PREFIX.sub("", text)
    if not text or not _valid_term(text) or len(_words(text)) > 4:
        return None
    if any(w.lower() in {"and", "of", "for", "in", "on", "to"} for w in _words(text)):
        return None
    return text


_REFERRING_WORD = re.compile(r"\b(?:they|their|them|these|those|this|it|its)\b", re.I)


# "... takes place in a structure ...": the clause and the noun phrase a preposition introduces.
_INTRODUCED = re.compile(
    r"^(?P<clause>[^,;:()]{6,80}?)\s+(?P<prep>" + "|".join(sorted(_PREPOSITIONS)) + r")\s+(?P<np>an?\s+[^,;:()]{0,40}?)[.]?$"
)


def _concept_candidates(document: Document) -> list[_Candidate]:
    """A section's heading concept, explained by the first sentence that introduces it.

    "The light-dependent reactions take place in ..." -> "Reactions that take
    place in ..."; "Every response begins with a three-digit status code" ->
    "A three-digit code with which every response begins".
    """
    out = []
    for section in document.sections:
        if not section.heading:
            continue
        concept = _heading_concept(section.heading)
        if not concept:
            continue
        key = term_key(concept)
        n = len(key.split())
        for sentence in section.sentences:
            clean = _DISCOURSE.sub("", sentence)
            spans = token_spans(clean)
            offset = 1 if spans and spans[0][2] in {"the", "a", "an"} else 0
            definition = None
            if len(spans) >= offset + n + 4 and span_key(spans, offset, offset + n) == key:
                predicate = _predicate(clean[spans[offset + n - 1][1]:].strip(), plural=_plural_head(concept))
                if predicate:
                    definition = _finish(rephrase.genus_phrase(concept, predicate))
            else:
                introduced = _INTRODUCED.search(clean.rstrip("."))
                if (introduced and term_key(introduced.group("np")).endswith(key)
                        and not _PRONOUN_START.match(introduced.group("clause"))):
                    clause = introduced.group("clause")
                    if any(_finite_verb(w) for w in _words(clause)[1:]):
                        np = rephrase.head_with_modifiers(introduced.group("np"), concept)
                        definition = _finish(rephrase.relative_definition(np, introduced.group("prep"), clause))
            if definition is None or _REFERRING_WORD.search(definition):
                continue
            out.append(_Candidate(concept, definition, "concept", section, sentence, 0.6, "concept"))
            break
    return out


# --------------------------------------------------------------------------
# Evidence source 6: ranked key concepts with an explaining sentence

# "X involves ...", "X is used to ...", "X occurs when ...": a predicate that
# says what X is or does in general, not an event in a story.
_EXPLAINING = re.compile(
    r"^(?:(?:usually|typically|generally|normally|often|always|mainly|also)\s+)?(?P<verb>"
    r"(?:involves?|includes?|consists? of|comprises?|(?:is|are) made up of|(?:is|are) composed of"
    r"|aims? to|allows?|enables?|describes?|measures?|(?:is|are) used (?:to|for|in)|occurs? when|happens? when"
    r"|takes? place (?:in|when|at|during)|converts?|produces?|breaks? down|controls?|determines?|contains?"
    r"|carr(?:y|ies)|transports?|protects?|regulates?|provides?|stores?|releases?|captures?|absorbs?"
    r"|records?|forwards?|connects?|delivers?|translates?|links?|joins?|separates?|prevents?|reduces?"
    r"|increases?|causes?|creates?|tracks?|identifies?|holds?|keeps?|turns?|plots?|makes? it possible)\b)\s+(?P<rest>.+)$"
)
_PROCESS_SUFFIXES = ("tion", "sion", "ment", "sis", "ance", "ence", "ing", "age", "ysis")


def _genus(term: str) -> tuple[str, bool]:
    """The noun phrase that can head a definition of ``term``, and whether it is plural.

    "breach of contract" -> "A breach"; "beta blockers" -> "Things" (an
    agent noun only repeats the verb); "deposition" -> "A process";
    "router" -> "Something".
    """
    words = [w for w in _words(term)]
    cut = next((i for i, w in enumerate(words) if w.lower() in {"of", "in", "for", "on", "to"}), len(words))
    qualified = 0 < cut < len(words)
    words = words[:cut] or words
    head = words[-1]
    plural = _plural_head(head)
    lowered = singular(fold(head))
    agent = lowered.endswith(("er", "or")) and "VERB" in _pos(lowered[:-2] if lowered[:-2] else lowered)
    agent = agent or (lowered.endswith(("er", "or")) and "VERB" in _pos(lowered[:-1]))
    if (len(words) > 1 or qualified) and not agent and not head.isupper():
        head = head.lower()
        return (head[:1].upper() + head[1:] if plural else f"{rephrase.article(head)} {head}"), plural
    if len(words) == 1 and lowered.endswith(_PROCESS_SUFFIXES) and not agent:
        return ("Processes" if plural else "A process"), plural
    return ("Things" if plural else "Something"), plural


_NEXT_MAIN_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|so|while|whereas|although)\s+(?=(?:the|it|they|this|these|there|a|an|he|she|we)\b)")
_CONTEXT_REFERENCE = re.compile(r"\b(?:it|they|them|he|she|this|these|both|others|the other)\b", re.I)
_IS_USED = re.compile(r"(?:is|are) used\b")


def _explaining_definition(term: str, sentence: str) -> str | None:
    """A definition of ``term`` when ``sentence`` opens with it and explains it, else None.

    "Deposition occurs when a river slows" -> "A process that occurs when a
    river slows"; "A food web is used to show ..." -> "A web used to show ...".
    A sentence about the term that does not explain it ("The delta grew in
    1990"), or whose explanation leans on the sentences before it ("It
    includes ..."), gives nothing.
    """
    clean = _DISCOURSE.sub("", sentence.strip())
    spans = token_spans(clean)
    key = term_key(term)
    n = len(key.split())
    offset = 1 if spans and spans[0][2] in {"the", "a", "an"} else 0
    if len(spans) < offset + n + 3 or span_key(spans, offset, offset + n) != key:
        return None
    after = clean[spans[offset + n - 1][1]:]
    if not after.startswith(" ") or after.lstrip().startswith(("(", ",")):
        return None  # "Erosion's effects ...", "Deposition, however, ..."
    match = _EXPLAINING.match(after.strip())
    if not match:
        return None
    predicate = f"{match.group('verb')} {match.group('rest')}"
    predicate = _NEXT_MAIN_CLAUSE.split(predicate)[0].rstrip(" .")
    if _has_anaphora(predicate) or _CONTEXT_REFERENCE.search(predicate):
        return None
    if len(_words(predicate)) < 4:
        return None
    genus, _plural = _genus(term)
    if _IS_USED.match(predicate):
        return _finish(f"{genus} {predicate.split(None, 1)[1]}")
    return _finish(f"{genus} that {predicate}")


def _keyphrase_candidates(document: Document, known: set[str]) -> tuple[list[_Candidate], dict[str, float]]:
    """New key concepts the text explains, and the keyphrase score of every phrase.

    The lesson's phrases are ranked by :func:`keyphrase.rank_keyphrases`;
    only the best-ranked ones that the text does not define in another way
    are tried, and each is kept only with a sentence that explains it.
    """
    ranked = keyphrase.rank_keyphrases(document)
    scores = {k.key: k.score for k in ranked}
    title_key = term_key(document.title)
    budget = max(8, document.word_count // 40)
    wanted = [p for p in ranked[:budget] if p.score >= 0.15 and p.key not in known and p.key != title_key]
    if not wanted:
        return [], scores
    # Index the sentences by the words they open with, so each phrase only
    # meets the sentences it is the subject of.
    openings: dict[str, list[tuple[DocumentSection, str]]] = defaultdict(list)
    labelled = {item.text for section in document.sections for block in section.blocks
                if isinstance(block, ItemList) for item in block.items if item.label}
    for section in document.sections:
        for sentence in section.sentences:
            if any(sentence in text for text in labelled):
                continue  # a labelled item's body explains its label, not its own subject
            spans = token_spans(_DISCOURSE.sub("", sentence.strip())[:80])
            offset = 1 if spans and spans[0][2] in {"the", "a", "an"} else 0
            for n in range(1, min(keyphrase.MAX_WORDS, len(spans) - offset) + 1):
                openings[span_key(spans, offset, offset + n)].append((section, sentence))
    out = []
    for phrase in wanted:
        term = phrase.text
        if phrase.key not in openings or not _valid_term(term) or _genus(term)[0] in {"Things", "Something"}:
            continue  # without a head noun to build on, a predicate alone is no definition
        for section, sentence in openings[phrase.key]:
            definition = _explaining_definition(term, sentence)
            if definition:
                confidence = round(min(0.75, 0.55 + 0.2 * phrase.score), 2)
                out.append(_Candidate(term, definition, "concept", section, sentence, confidence, "concept"))
                break
    return out, scores


# --------------------------------------------------------------------------
# Readable definitions

_EXAMPLE_DEFINITION = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:example|instance|illustration|case)\b", re.I)
_EXAMPLE_CLAUSE = re.compile(r"\b(?:in which|that|where|which)\s+for (?:example|instance)\b", re.I)
_BARE_VERB_NEXT = frozenset("the a an its their his her this these that those when how what whether".split())


def _bare_verb_start(definition: str) -> bool:
    """"Records the electrical activity ...", "Forwards packets ...": a predicate, not a noun phrase."""
    words = _words(definition[:60])
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1]
    if not first.endswith("s") or "VERB" not in _pos(first) or first.endswith("ss"):
        return False
    if second.lower() in _BARE_VERB_NEXT:
        return True
    return second.islower() and second.endswith("s") and "NOUN" in _pos(second) and not definition[len(words[0]):].startswith(",")


_HEAD_THAT = re.compile(r"^([\w-]+) that\b")


def _readable(candidate: _Candidate) -> _Candidate | None:
    """The candidate with a definition that reads as one, or None.

    A blanked sentence, an example given for something else ("A classic
    example: ..."), and an aside ("in which for example ...") do not define;
    a bare predicate ("Records the electrical activity ...") gets a head
    noun ("Something that records ..."), and so does a definition headed by
    the term's own agent noun ("Blockers that slow ...").
    """
    definition = candidate.definition
    if MASK in definition or _EXAMPLE_DEFINITION.match(definition) or _EXAMPLE_CLAUSE.search(definition):
        return None
    genus, plural = _genus(candidate.term)
    if _bare_verb_start(definition) and not plural:
        return replace(candidate, definition=f"{genus} that {rephrase.lower_first(definition)}")
    head = fold(_words(candidate.term)[-1]) if _words(candidate.term) else ""
    echoed = _HEAD_THAT.match(definition)
    if echoed and fold(echoed.group(1)) == head and genus in {"Things", "Something"} and len(_words(candidate.term)) > 1:
        return replace(candidate, definition=genus + definition[len(echoed.group(1)):])
    return candidate


# --------------------------------------------------------------------------
# Language check

def _is_english(document: Document) -> bool:
    words = [w.lower() for _, sentence in document.sentences() for w in _word_tuple(sentence)]
    if len(words) < 8:
        return bool(words) and sum(w in lexicon.STOPWORDS for w in words) / len(words) >= 0.2
    return sum(w in lexicon.STOPWORDS for w in words) / len(words) >= 0.2


# --------------------------------------------------------------------------
# Merge and choose


class _Forms:
    """Surface forms of every n-gram key in the document's running text."""

    def __init__(self, document: Document, keys: set[str]) -> None:
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        self.count: Counter[str] = Counter()
        lengths = sorted({len(k.split()) for k in keys})
        # Only n-grams whose first word starts some key can match.
        starts = {k.split()[0] for k in keys}
        for _, sentence in document.sentences():
            spans = token_spans(sentence)
            for i in range(len(spans)):
                if spans[i][2] not in starts and spans[i][3] not in starts:
                    continue
                for n in lengths:
                    if i + n > len(spans):
                        break
                    key = span_key(spans, i, i + n)
                    if key in keys:
                        surface = sentence[spans[i][0] : spans[i + n - 1][1]]
                        if surface.endswith(("'s", "’s")):
                            surface = surface[:-2]
                        self.forms[key][(surface, i == 0)] += 1
                        self.count[key] += 1

    def display(self, key: str, fallback: str, from_label: bool = False) -> str:
        """Prefer how running text writes the term (mid-sentence), accents kept."""
        forms = self.forms.get(key)
        if not forms:
            return _sentence_case(fallback, from_label)
        mid = [(c, s) for (s, initial), c in forms.items() if not initial]
        if mid:
            # Most frequent; prefer accented spellings, then lower case.
            mid.sort(key=lambda cs: (-cs[0], cs[1].isascii(), cs[1]))
            best = mid[0][1]
            if fold(best) == best.lower() and best != fallback and fold(fallback) == fold(best) and not best.isascii():
                return best[0].upper() + best[1:]
            if not fallback.isascii() and fold(best) == fold(fallback) and best.isascii():
                best = fallback if fallback[1:].lower() == fallback[1:] else fallback.lower()
            return best[0].upper() + best[1:]
        return _sentence_case(fallback, from_label)


def _sentence_case(text: str, from_label: bool = False) -> str:
    """Capitalise the first letter; turn a Title Case label of common words to sentence case."""
    if not text:
        return text
    words = text.split()
    small = {"of", "and", "for", "the", "on", "in", "to", "a", "an", "or"}
    if (from_label and len(words) > 1
            and all(w[:1].isupper() and not w.isupper() for w in words if w.lower() not in small)
            and all(_pos(fold(w).strip("-")) - {"PROPN"} for w in words[1:] if w.lower() not in small)):
        text = words[0] + " " + " ".join(w.lower() if w.lower() not in small else w for w in words[1:])
    return text[0].upper() + text[1:]


def _number_variants(display: str) -> set[str]:
    """The singular of a plural term ("Defense attachés" -> "Defense attaché").

    Plurals are not invented (uncountable nouns, adjectives and names have
    none); the plurals the text uses are already among the surface forms.
    """
    words = display.split()
    if not words:
        return set()
    last = words[-1]
    if "of" in words[1:-1]:
        return set()  # "tribunes of the plebs": the number is the head's, not the last word's
    folded = fold(last)
    if not folded.isalpha() or last.isupper() or any(w[:1].isupper() for w in words[1:]):
        return set()
    single = singular(folded)
    if single != folded:
        form = last[: len(single)] if folded.startswith(single) else single
        return {" ".join(words[:-1] + [form])}
    return set()


def _merge(candidates: list[_Candidate], document: Document) -> tuple[Term, ...]:
    groups = group_by_key(candidates, key=lambda c: c.key, aliases=lambda c: c.aliases)

    keys = {c.key for c in candidates} | {term_key(a) for c in candidates for a in c.aliases}
    forms = _Forms(document, {k for k in keys if k})
    terms = []
    for group in groups:
        group.sort(key=lambda c: (-c.confidence, _SOURCE_RANK[c.source]))
        best = group[0]
        main = next((c for c in group if c.source == "acronym"), best)
        kind = min((c.kind for c in group), key=lambda k: _KIND_RANK[k])
        if kind in {"defined", "concept"} and any(c.source in {"pattern", "label"} for c in group):
            kind = "defined"
        display_source = main.term
        display = forms.display(term_key(display_source), display_source, main.source == "label")
        if main.source == "acronym":
            display = main.term[0].upper() + main.term[1:]
        elif main.source == "label" and display.split() and main.term.split():
            # Keep the number the author chose for the label ("Tributary"),
            # whatever the running text uses more often.
            shown, labelled = display.split()[-1], main.term.split()[-1]
            if fold(shown) != fold(labelled) and singular(fold(shown)) == singular(fold(labelled)):
                display = " ".join(display.split()[:-1] + [labelled.lower() if len(display.split()) > 1 else labelled])
        sources = {c.source for c in group}
        confidence = min(0.99, best.confidence + 0.05 * (len(sources) - 1))
        aliases: set[str] = set()
        for cand in group:
            aliases |= cand.aliases
            aliases.add(cand.term)
        key = term_key(display)
        for (surface, _initial) in forms.forms.get(key, {}):
            aliases.add(surface)
        aliases |= _number_variants(display)
        seen = {display.lower()}
        clean_aliases = []
        for alias in sorted(aliases, key=lambda a: (a.lower(), a)):
            if alias.lower() in seen:
                continue
            seen.add(alias.lower())
            clean_aliases.append(alias)
        definition = best.definition
        if best.mask and main is not best:
            definition = _finish(_mask(definition, term_key(main.term))) or definition
        terms.append(Term(
            term=display, key=key, definition=definition, kind=kind,
            section_anchor=best.section.anchor, sentence=best.sentence,
            aliases=tuple(clean_aliases), confidence=round(confidence, 2),
        ))
    return tuple(terms)


@lru_cache(maxsize=65536)
def _folded_singular(word: str) -> str:
    return singular(fold(word))


# --------------------------------------------------------------------------
# Entry point


_MAIN_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:while|whereas)\s+")


def extract_glossary(document: Document) -> tuple[Term, ...]:
    """Return the terms ``document`` explains, best supported first."""
    if not document.sections or not _is_english(document):
        return ()
    candidates: list[_Candidate] = []
    acronyms: dict[str, str] = {}
    # Count each spelling once, then fold (same keys, counts and first-seen order).
    document_words: Counter[str] = Counter()
    for word, n in Counter(chain.from_iterable(_word_tuple(sentence) for _, sentence in document.sentences())).items():
        document_words[_folded_singular(word)] += n
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, ItemList):
                candidates += _category_candidates(section, block)
                for item in block.items:
                    if item.label:
                        source = split_sentences(item.text)[0] if item.text else item.text
                        candidates += _label_candidates(section, item.label, item.body, item.sentences, source, True)
            elif isinstance(block, Paragraph) and block.label:
                body_sentences = split_sentences(block.body)
                source = block.sentences[0] if block.sentences else block.text
                if len(block.sentences) > 1 and source.rstrip(".:") == block.label:
                    source = f"{source} {block.sentences[1]}"
                candidates += _label_candidates(section, block.label, block.body, body_sentences, source, False)
        previous = None
        for sentence in section.sentences:
            candidates += _call_candidates(section, sentence, previous)
            candidates += _role_candidates(section, sentence, document_words)
            previous = sentence
            # "...; abrasion happens when ...": each main clause can define.
            for clause in _MAIN_CLAUSE_SPLIT.split(sentence)[1:]:
                if len(clause.split()) >= 5:
                    clause = clause[0].upper() + clause[1:]
                    candidates += [replace(c, sentence=sentence) for c in
                                   _copula_candidates(section, clause) + _prose_candidates(section, clause)]
            candidates += _copula_candidates(section, sentence)
            candidates += _called_candidates(section, sentence)
            candidates += _appositive_candidates(section, sentence)
            candidates += _other_pattern_candidates(section, sentence)
            candidates += _prose_candidates(section, sentence)
            candidates += _acronym_candidates(section, sentence, acronyms)
    for section in document.sections:
        for sentence in section.sentences:
            candidates += _named_candidates(section, sentence, acronyms)
    candidates += _common_acronym_candidates(document.sections, acronyms)
    candidates += _concept_candidates(document)
    explained = {c.key for c in candidates if c.confidence >= MIN_CONFIDENCE}
    explained |= {term_key(a) for c in candidates if c.confidence >= MIN_CONFIDENCE for a in c.aliases}
    concepts, scores = _keyphrase_candidates(document, explained)
    candidates += concepts
    # A heading concept the lesson keeps coming back to is a surer key concept.
    candidates = [replace(c, confidence=round(min(0.8, c.confidence + 0.15 * scores.get(c.key, 0.0)), 2))
                  if c.source == "concept" and c.kind == "concept" and c not in concepts else c for c in candidates]
    candidates = [r for c in candidates if (r := _readable(c)) is not None]
    title_key = term_key(document.title)
    kept = [c for c in candidates if c.confidence >= MIN_CONFIDENCE and c.key and c.key != title_key or
            (c.key == title_key and c.source in {"pattern", "label"} and c.confidence >= MIN_CONFIDENCE)]
    terms = _merge(kept, document)
    return tuple(sorted(terms, key=lambda t: (-t.confidence, t.term.lower())))
