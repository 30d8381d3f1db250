"""Find the terms a lesson explains, each with a definition taken from the text.

Overgenerate from several evidence sources, merge by :func:`term_key`, keep
the best-supported definition, and drop anything the text does not explain:

1. labelled list items and paragraphs ("**Term**: explanation");
2. definitional sentences ("X is a ...", "X refers to ...", "... called X",
   appositives "X, a ...");
3. acronyms with their expansions, and very common acronyms;
4. named programmes, exercises, equipment and organisations with the
   sentence that says something about them;
5. section-heading concepts that their section explains.

Every rule is about English in general, never about one text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from lemminflect import getAllLemmas

from courses.document import Document, ItemList, Paragraph, Section, split_sentences
from courses.glossary import lexicon
from courses.glossary.normalise import WORD_RE, fold, singular, span_key, term_key, token_spans

KINDS = ("defined", "acronym", "organisation", "programme", "exercise", "equipment", "country", "concept")
MASK = "___"
MIN_CONFIDENCE = 0.5
MAX_TERM_WORDS = 6

__all__ = ["KINDS", "MASK", "Term", "extract_glossary"]


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


@dataclass
class _Candidate:
    term: str
    definition: str
    kind: str
    section: Section
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
    return _POS_CACHE.get(word) or _pos_lookup(word)


_POS_CACHE: dict[str, frozenset[str]] = {}


def _pos_lookup(word: str) -> frozenset[str]:
    result = frozenset(getAllLemmas(word.lower()).keys())
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


# --------------------------------------------------------------------------
# Term validation


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)


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


def _valid_term(term: str, *, allow_adjective: bool = False, strict: bool = True) -> bool:
    words = _words(term)
    if not words or len(words) > MAX_TERM_WORDS:
        return False
    if term_key(term) == "" or not any(ch.isalpha() for ch in term):
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in lexicon.BAD_TERM_START or lowered[-1] in lexicon.STOPWORDS:
        return False
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


# --------------------------------------------------------------------------
# Evidence source 1: labels


def _split_paren(label: str) -> tuple[str, str | None]:
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", label.strip())
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return label.strip(), None


def _looks_like_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&+./-]{0,11}", text)) and sum(c.isupper() for c in text) >= 2


def _label_candidates(section: Section, label: str, body: str, sentences: tuple[str, ...], source_text: str,
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
    if fold(term) in lexicon.NON_TERM_LABELS or not _valid_term(term, strict=False, allow_adjective=True):
        return []
    words = _words(term)
    # "Building Trust and Confidence" names an action, not a term.
    if len(words) > 1 and words[0].lower().endswith("ing") and "VERB" in _pos(words[0]):
        return []
    if len(words) > 5 or (len(words) > 3 and term[-1:] in ".!?"):
        return []
    first_sentence = sentences[0] if sentences else body
    definition_parts = [first_sentence]
    if len(sentences) > 1 and len(_words(first_sentence)) < 12:
        nxt = sentences[1]
        if not re.match(r"(?:for (?:instance|example)|e\.g\.)", nxt, re.I):
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
    definition = _finish(_mask(" ".join(definition_parts), key, [term_key(a) for a in aliases]))
    if definition is None:
        return []
    return [_Candidate(term, definition, kind, section, source_text, confidence, "label", aliases)]


def _stems(text: str) -> set[str]:
    return {fold(w)[:5] for w in _words(text) if len(w) >= 4}


def _is_unrelated_clause(term: str, body: str) -> bool:
    """True for "Temperature: the enzymes ... work slowly and are damaged".

    A definition is a noun phrase ("the abuse of a relationship ...") or
    mentions the term; a clause about something else, with its own finite
    verb before any relative pronoun, only comments on the label.
    """
    if _stems(term) & _stems(body):
        return False
    head = _RELATIVE.split(body, maxsplit=1)[0]
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
    r"serves as|serve as|acts as|act as|represents|represent|constitutes|constitute)\s+(?P<rest>.+)$"
)
_STRONG_VERBS = {"refers to", "refer to", "means", "mean", "denotes", "denote", "can be defined as",
                 "may be defined as", "is defined as", "are defined as", "is the name for", "is the term for"}
_WEAK_VERBS = {"serves as", "serve as", "acts as", "act as", "represents", "represent", "constitutes",
               "constitute", "describes", "describe"}
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
_ALIAS_APPOS = re.compile(r"^(?:also|otherwise|sometimes|commonly|often)\s+(?:known as|called|referred to as|termed)\s+(?P<alias>.+)$|^or\s+(?P<or>.+)$", re.I)


def _copula_candidates(section: Section, sentence: str) -> list[_Candidate]:
    match = _COPULA.match(sentence)
    if not match:
        return []
    verb = match.group("verb")
    subj = _strip_article(match.group("subj"))
    subj = re.sub(r"^((?:[A-Z][\w-]*\s+)+[A-Z][\w-]*)\s+(?:in|at|near|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$", r"\1", subj)
    rest = match.group("rest").strip()
    if not _valid_term(subj):
        return []
    if verb in {"is", "are", "was", "were"}:
        first = _words(rest)[:2]
        if not first:
            return []
        if not _DETERMINER_START.match(rest):
            if verb in {"is", "was"} and not re.match(r"[A-Z]{2,}\b", rest):
                return []
            w0 = first[0].lower()
            if (w0 in _NOT_A_DEFINITION_START or w0 in lexicon.STOPWORDS or w0.endswith(("ly", "ing", "ed"))
                    or _verb_only(w0) or (len(first) > 1 and first[1].lower().endswith("ing"))):
                return []
        if re.match(r"(?:the|a|an)\s+(?:same|case|reason|result|key|subject|answer|focus|goal|aim)\b", rest, re.I):
            confidence = 0.5
        else:
            confidence = 0.85
    elif verb in _STRONG_VERBS:
        confidence = 0.95
    elif verb in _WHEN_VERBS:
        confidence = 0.85
        rest = "when " + rest if verb.endswith("when") else rest
        rest = ("Occurs " if not verb.startswith("happen") else "Happens ") + rest
    else:
        confidence = 0.6
    aliases: set[str] = set()
    paren = match.group("paren")
    if paren and re.search(r"[A-Za-z]", paren) and not re.search(r"\d{3,}", paren):
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
    rest = re.split(r",\s+(?:and|but|so|yet|while|whereas)\s+(?=(?:the|it|they|this|these|that|there|a|an|he|she|we|its|their)\b)", rest)[0]
    definition = rest.rstrip(".")
    if extra:
        definition = f"{definition} ({extra})"
    definition = _finish(_mask(definition, key, [term_key(a) for a in aliases]))
    if definition is None:
        return []
    kind = _kind_from_definition(subj, definition)
    return [_Candidate(subj, definition, kind, section, sentence, confidence, "pattern", aliases)]


_CALLED = re.compile(
    r"(?P<before>\S+)\s+(?P<verb>(?:(?:is|are|was|were)\s+)?(?:(?:now|also|often|commonly|usually|sometimes|generally|then)\s+)?"
    r"(?:called|known as|termed|referred to as|named))\s+(?P<term>[^,;:()\"“”]+)"
)


def _called_candidates(section: Section, sentence: str) -> list[_Candidate]:
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
        if not term_words or len(term_words) > 4:
            continue
        before = match.group("before")
        bare = not match.group("verb").startswith(("is", "are", "was", "were"))
        if bare and match.group("verb").startswith("called") and (
            before[:1].isupper() or before.lower() in {"he", "she", "they", "we", "i", "you", "scientists", "people"}
        ):
            # Active "Wegener called the former supercontinent Pangaea":
            # the name is the trailing capitalised run.
            caps = []
            for word in reversed(term_words):
                if word[:1].isupper():
                    caps.insert(0, word)
                else:
                    break
            if not caps:
                continue
            term_words = caps
        term = " ".join(term_words)
        if not _valid_term(term, strict=False) or _is_generic(term):
            continue
        prefix = sentence[: match.start("verb")].rstrip()
        if prefix.endswith(",") and match.group("verb").startswith(("also", "otherwise")):
            # "The central bank, also known as the reserve bank, sets rates":
            # the name before the comma is the term, the other an alias.
            np = _np_before(sentence, len(prefix) - 1)
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
                    definition = _finish(_mask(sentence, keys[0], keys[1:]))
                if definition:
                    out.append(_Candidate(main, definition, "defined", section, sentence, 0.75, "pattern", {term}))
                continue
        definition = _finish(_mask(sentence, term_key(term)))
        if definition is None:
            continue
        out.append(_Candidate(term, definition, "defined", section, sentence, 0.85, "pattern"))
    return out


_APPOSITIVE = re.compile(r",\s+(?P<appos>(?P<det>an?|the)\s+[^,;:]{3,160}?)(?=,|\.$|;|$)")
_PREPOSITIONS = frozenset(
    "in at on during after before by for from with within without under over since until among between "
    "across through throughout beneath beyond inside outside near around".split()
)
_FINITE = frozenset("is are was were has have had do does did can could will would may might must shall should".split())
_SUBORDINATORS = frozenset(
    "when if as because although though while since after before once unless until whereas whenever where".split()
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|in which|by which|where)\b")


def _np_before(sentence: str, end: int) -> tuple[str, int] | None:
    """The noun phrase that ends just before ``end`` (a comma)."""
    spans = list(re.finditer(r"[\w’'/-]+|[^\w\s]", sentence[:end]))
    if not spans:
        return None
    words: list[re.Match[str]] = []
    capitalised = spans[-1].group(0)[:1].isupper()
    for i in range(len(spans) - 1, -1, -1):
        token = spans[i].group(0)
        if not re.match(r"[\w]", token):
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


def _appositive_candidates(section: Section, sentence: str) -> list[_Candidate]:
    out = []
    first_word = (_words(sentence)[:1] or [""])[0].lower()
    for n, match in enumerate(_APPOSITIVE.finditer(sentence)):
        comma = match.start()
        if n == 0 and first_word in _SUBORDINATORS and sentence.count(",", 0, comma) == 0:
            continue
        appos = match.group("appos").strip()
        if re.search(r"\b(?:called|known as|termed|named)\b", appos) or appos.count("(") != appos.count(")"):
            continue
        # "X, Y and an optional Z" is a list, not an appositive.
        if re.search(r"\b(?:and|or)\s+(?:an?|the)\b", appos):
            continue
        segment_start = sentence.rfind(",", 0, comma) + 1
        segment_words = _words(sentence[segment_start:comma])
        # "During the day, a healthy plant ...": the comma closes an opening
        # adverbial phrase, not a noun phrase with an appositive.
        if (segment_words and segment_words[0].lower() in _PREPOSITIONS | _SUBORDINATORS
                and not any(_clear_verb_form(w) or (w.endswith("ed") and "VERB" in _pos(w)) for w in segment_words[1:])):
            continue
        np = _np_before(sentence, comma)
        if not np:
            continue
        term, start = np
        term = _strip_article(term)
        if not _valid_term(term):
            continue
        appos_words = _words(appos)
        if len(appos_words) < 3:
            continue
        if match.group("det").lower() == "the" and not _RELATIVE.search(" ".join(appos_words[:7])):
            continue
        # The appositive must be a noun phrase, not a clause: no finite verb
        # before its relative clause.
        head = _RELATIVE.split(appos, maxsplit=1)[0]
        if any(w.lower() in _FINITE or (w.endswith("s") and _clear_verb_form(w)) for w in _words(head)[1:5]):
            continue
        definition = _finish(_mask(appos, term_key(term)))
        if definition is None:
            continue
        kind = _kind_from_definition(term, definition)
        confidence = 0.8 if term[:1].isupper() or start > 0 else 0.75
        out.append(_Candidate(term, definition, kind, section, sentence, confidence, "pattern"))
    return out


_ADJECTIVE_DEF = re.compile(r"^(?:An?|The|Each|Every)\s+[\w-]+\s+is\s+(?:said to be\s+)?(?P<term>[a-z][\w-]+)\s+(?:if|when)\b")
_WHICH_MEANS = re.compile(r"(?:is|are|was|were|be|becomes?)\s+(?:\w+ly\s+)?(?P<term>[a-z][\w-]+),\s+which means\b")
_DESCRIBE_AS = re.compile(r"\bdescribed?\s+(?:the\s+)?(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+as\s+(?P<def>(?:the|a|an)\s+[^,;]+)")


_IN_WHICH = re.compile(
    r"^(?:The\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,3}),\s+(?P<rel>(?:in|by|through|during|with) which\s+[^,;]{5,150}),\s+\w"
)
_CATEGORY_NAME = re.compile(
    r"^The (?P<cat>[a-z]+) (?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}) (?P<verb>[a-z]+s) (?P<rest>.{10,})$"
)


def _other_pattern_candidates(section: Section, sentence: str) -> list[_Candidate]:
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
                definition = _finish(_mask(sentence, term_key(term)))
                if definition:
                    out.append(_Candidate(term, definition, "defined", section, sentence, 0.8, "pattern"))
    match = _DESCRIBE_AS.search(sentence)
    if match and _valid_term(match.group("term")):
        term = match.group("term")
        definition = _finish(_mask(match.group("def"), term_key(term)))
        if definition:
            out.append(_Candidate(term, definition, "defined", section, sentence, 0.75, "pattern"))
    return out


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


def _acronym_candidates(section: Section, sentence: str, known: dict[str, str]) -> list[_Candidate]:
    out = []
    for match in _PAREN_ACRONYM.finditer(sentence):
        inner = match.group("inner").strip()
        before = sentence[: match.start()].rstrip()
        if _looks_like_acronym(inner) and not re.fullmatch(r"\d+s?", inner):
            window = before.split()[-(len(inner) + 5):]
            long = _schwartz_hearst(inner, " ".join(window))
            if long is None:
                continue
            long = _strip_article(long)
            words = long.split()
            if len(words) < 2 and not re.search(r"\d", long) or words[0].lower() in lexicon.STOPWORDS:
                continue
            short, expansion = inner, long
        else:
            last = before.split()[-1:] if before else []
            if not last or not _looks_like_acronym(last[0]):
                continue
            short = last[0]
            long = _schwartz_hearst(short, inner)
            if long is None or long != inner.strip():
                continue
            expansion = long
        known[short] = expansion
        kind = "organisation" if _organisation_name(expansion) else "acronym"
        key = term_key(expansion)
        definition = _finish(_mask(sentence, key))
        if definition is None:
            continue
        out.append(_Candidate(expansion, definition, kind, section, sentence, 0.7, "acronym", {short}, mask=False))
    return out


def _organisation_name(name: str) -> bool:
    words = [fold(w) for w in _words(name)]
    heads = {"nations", "union", "organization", "organisation", "fund", "bank", "agency", "council",
             "alliance", "association", "court", "committee", "commission", "administration", "institute"}
    return bool(words) and name[:1].isupper() and any(w in heads for w in words)


def _common_acronym_candidates(sections: tuple[Section, ...], known: dict[str, str]) -> list[_Candidate]:
    out = []
    seen: set[str] = set()
    for section in sections:
        for sentence in section.sentences:
            for word in re.findall(r"\b[A-Z]{2,6}\b", sentence):
                if word in seen or word in known or word not in lexicon.COMMON_ACRONYMS:
                    continue
                expansion = lexicon.COMMON_ACRONYMS[word]
                if not _organisation_name(expansion):
                    continue  # a bare "DNA" in passing explains nothing
                definition = _finish(sentence)
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
_CREATION = re.compile(
    r"\b(?:founded|established|created|set up|launched|formed|developed|built|introduced|designed|completed|"
    r"issued|published|signed|held|organised|organized|conducted)\b"
)
_INSTANCE = re.compile(r"\b(?:like|such as|including|e\.g\.|namely)\s+(?:the\s+)?$")


def _is_participle(word: str) -> bool:
    """"developed", "built", "held": a verb form that is neither base nor -s."""
    lemmas = getAllLemmas(word).get("VERB")
    if not lemmas or word.endswith("ing"):
        return False
    return word.endswith("ed") or (word not in lemmas and not word.endswith("s"))


def _kind_from_definition(term: str, definition: str) -> str:
    """The kind of a named thing from its definition's head noun ("a multinational exercise held ...")."""
    if not (term[:1].isupper() or re.search(r"\d", term)):
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


def _named_candidates(section: Section, sentence: str, defined_acronyms: dict[str, str]) -> list[_Candidate]:
    out = []
    for match in _NAMED.finditer(sentence):
        name = match.group("name").strip()
        head = match.group("head")
        words = name.split()
        if match.start() == 0 and words[0].lower() in lexicon.STOPWORDS | lexicon.BAD_TERM_START:
            words = words[1:]
            while words and words[0].lower() in {"of", "for", "and", "the", "on"}:
                words = words[1:]
            if not words or (len(words) < 2 and not re.search(r"\d|^[A-Z]{3,}", words[0])):
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
            if not (re.search(r"\d", name) or re.fullmatch(r"[A-Z]{3,}", words[0])):
                continue
            kind = "programme" if re.search(r"\d", name) else "concept"
        if kind == "concept":
            continue
        # The sentence must say something about the thing itself.
        after = sentence[match.end("name") if not head or display == name else match.end():]
        before = sentence[: match.start()]
        participle = re.match(r",\s+(?P<p>(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\b[^,;]{3,120}),", after)
        if participle and not _is_participle(participle.group("v")):
            participle = None
        explained = bool(participle or _CREATION.search(before[-60:]) or _INSTANCE.search(before)
                         or re.match(r"\s*,\s*(?:which|who)\b", after))
        if not explained:
            continue
        if participle and kind == "equipment":
            definition = _finish(f"{'An' if head[0] in 'aeiou' else 'A'} {head} {participle.group('p')}")
            confidence = 0.75
        elif participle:
            definition = _finish(_mask(f"{participle.group('p')}", term_key(display)))
            confidence = 0.7
        else:
            definition = _finish(_mask(sentence, term_key(display)))
            confidence = 0.6
        if definition is None:
            continue
        out.append(_Candidate(display, definition, kind, section, sentence, confidence, "named"))
    return out


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


def _concept_candidates(document: Document) -> list[_Candidate]:
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
            if len(spans) < offset + n + 6 or span_key(spans, offset, offset + n) != key:
                continue
            verb = spans[offset + n][2]
            if verb in lexicon.STOPWORDS and verb not in {"is", "are", "has", "have"}:
                continue
            if "VERB" not in _pos(verb) and "AUX" not in _pos(verb):
                continue
            definition = _finish(_mask(clean, key))
            if definition is None or re.search(r"\b(?:they|their|them|these|those|this|it|its)\b", definition, re.I):
                continue
            out.append(_Candidate(concept, definition, "concept", section, sentence, 0.55, "concept"))
            break
    return out


# --------------------------------------------------------------------------
# Language check

def _is_english(document: Document) -> bool:
    words = [w.lower() for _, sentence in document.sentences() for w in _words(sentence)]
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
        for _, sentence in document.sentences():
            spans = token_spans(sentence)
            for i in range(len(spans)):
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
    folded = fold(last)
    if not folded.isalpha() or last.isupper() or any(w[:1].isupper() for w in words[1:]):
        return set()
    single = singular(folded)
    if single != folded:
        form = last[: len(single)] if folded.startswith(single) else single
        return {" ".join(words[:-1] + [form])}
    return set()


def _merge(candidates: list[_Candidate], document: Document) -> tuple[Term, ...]:
    # Union by key and by alias keys.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for cand in candidates:
        root = find(cand.key)
        for alias in cand.aliases:
            akey = term_key(alias)
            if akey:
                parent[find(akey)] = root
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        groups[find(cand.key)].append(cand)

    keys = {c.key for c in candidates} | {term_key(a) for c in candidates for a in c.aliases}
    forms = _Forms(document, {k for k in keys if k})
    terms = []
    for group in groups.values():
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


# --------------------------------------------------------------------------
# Entry point


def extract_glossary(document: Document) -> tuple[Term, ...]:
    """Return the terms ``document`` explains, best supported first."""
    if not document.sections or not _is_english(document):
        return ()
    candidates: list[_Candidate] = []
    acronyms: dict[str, str] = {}
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, ItemList):
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
        for sentence in section.sentences:
            candidates += _copula_candidates(section, sentence)
            candidates += _called_candidates(section, sentence)
            candidates += _appositive_candidates(section, sentence)
            candidates += _other_pattern_candidates(section, sentence)
            candidates += _acronym_candidates(section, sentence, acronyms)
    for section in document.sections:
        for sentence in section.sentences:
            candidates += _named_candidates(section, sentence, acronyms)
    candidates += _common_acronym_candidates(document.sections, acronyms)
    candidates += _concept_candidates(document)
    title_key = term_key(document.title)
    kept = [c for c in candidates if c.confidence >= MIN_CONFIDENCE and c.key and c.key != title_key or
            (c.key == title_key and c.source in {"pattern", "label"} and c.confidence >= MIN_CONFIDENCE)]
    terms = _merge(kept, document)
    return tuple(sorted(terms, key=lambda t: (-t.confidence, t.term.lower())))
