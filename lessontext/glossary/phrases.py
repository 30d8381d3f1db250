"""Word classes and phrase shapes shared by the glossary rules.

A word's possible parts of speech come from the lemminflect lexicon (no
tagger: they are enough to bound noun phrases); here too are the shared
patterns ("X is/refers to ..."), noun-phrase scanning, acronym shapes and
the genus noun a rebuilt definition starts with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lessontext.glossary import rephrase
from lessontext.words import (
    STOPWORDS,
    fold,
    getAllLemmas,
    getInflection,
    past_participle,
    singular,
    split_words,
    word_pos,
)

# Small patterns shared by several rules.
# ", while ...", ", but ...", ", although ...": a contrast or a concession is no part of what the thing does.
CONTRAST_SPLIT = re.compile(r",\s+(?:while|whereas|but|although|though|even though)\s+")


COORDINATED_ARTICLE = re.compile(r"\b(?:and|or)\s+[\"“‘']?(?:an?|the)\b")


# "... on three levels: a strategic level where ..., a regional level where ..., and a local level where ...": an
# articled phrase after a comma that the sentence follows with ", and" another phrase of the same head noun is an
# item of a list, not a gloss of the noun before it ("between a sending state, the country that sends troops, and
# a receiving state, the country that ...": two nouns, each with its own appositive, stay glosses).
_NEXT_ITEM = re.compile(r"^\s*,?\s+(?:and|or)\s+(?P<item>(?:an?|the)\s[^,;.]+)")
_ARTICLED_AFTER_COMMA = re.compile(r",\s+(?:an?|the)\s")
_ITEM_HEAD = re.compile(r"^(?:an?|the)\s+(?P<words>[^,;.]*?)(?=\s+(?:where|which|that|who|whose|of|in|on|for|with)\b|$)")


def _item_head(phrase: str) -> str:
    match = _ITEM_HEAD.match(phrase.strip())
    return (match.group("words").split() or [""])[-1].lower() if match else ""


def list_goes_on(appos: str, following: str) -> bool:
    """"a regional level where ...", then ", and a local level where ...": the next item of one list."""
    match = _NEXT_ITEM.match(following)
    if not match or _ARTICLED_AFTER_COMMA.match(following[match.end():]):
        return False  # "..., and a buying town, the town that ...": the next item has its own appositive
    return _item_head(appos) != "" and _item_head(appos) == _item_head(match.group("item"))


IT_WORD = re.compile(r"\bit\b")


ANY_DIGIT = re.compile(r"\d")


class Guarded:
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


def verb_only(word: str) -> bool:
    pos = word_pos(word)
    return bool(pos) and not (pos & {"NOUN", "ADJ", "PROPN"})


def clear_verb_form(word: str) -> bool:
    """A finite or participle verb form ("proposed", "sinks" is ambiguous)."""
    pos = word_pos(word)
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
def finite_verb(word: str, plural: bool | None = None) -> bool:
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


# "A noun names ...", "A catalyst speeds up ...": "a/an", the headword and a verb in the present tense.
_GENERIC_SUBJECT = re.compile(r"^An?\s+(?P<noun>[\w-]+)\s+(?P<verb>[a-z]+s)\b")


def generic_statement(term: str, definition: str) -> bool:
    """The definition says what every member of the one-word headword's class does ("Pronoun: A pronoun stands in
    place of a noun"): the author's own gloss in sentence form, not one case of the thing or a fact about it."""
    match = _GENERIC_SUBJECT.match(definition)
    return (bool(match) and len(term.split()) == 1 and singular(match.group("noun").lower()) == singular(term.lower())
            and finite_verb(match.group("verb"), plural=False) and not match.group("verb").endswith("ss"))


# ("above certain thresholds", "below some level", "above average": a quantity or a height, not a pointer.)
_POINTS_ELSEWHERE = re.compile(r"\b(?:following|(?:below|above)(?!\s+(?:the|an?|its|their|his|her|zero|\d|certain|some"
                               r"|any|all|each|every|most|several|many|one|two|three|ground|sea|average|normal)\b)|this:)")


def predicate_of(text: str, plural: bool | None = None) -> str | None:
    """The verb phrase ``text`` opens with ("first fix carbon ..."), or None."""
    words = text.split()
    i = 0
    if words and (words[0].lower() in _PREDICATE_ADVERBS or words[0].lower().endswith("ly")):
        i = 1
    if i >= len(words) or not finite_verb(words[i].strip(",;"), plural):
        return None
    if len(words) > i + 1 and words[i + 1] == "by" and words[i].lower().endswith(("ed", "en", "wn")):
        return None  # "An offer made by one party": a participle, the sentence has no verb yet
    if len(words) > i + 1 and words[i].lower().rstrip(",") in REPORTING_VERBS and words[i + 1].lower() == "that":
        return None  # "The WHO estimates that ...": a claim it makes, not what it is
    if (len(words) > i + 2 and words[i].lower() in {"have", "has", "had"}
            and words[i + 1].lower() in REPORTING_VERBS and words[i + 2].lower() == "that"):
        return None  # "Later researchers have argued that ...": a claim too
    predicate = CONTRAST_SPLIT.split(text.strip())[0].rstrip(".")
    if predicate.endswith(":") or _POINTS_ELSEWHERE.search(predicate):
        return None
    return predicate


REPORTING_VERBS = frozenset(
    """
    says said estimates estimated reports reported argues argued claims claimed notes noted believes believed
    thinks thought warns warned recommends recommended suggests suggested shows showed states stated finds found
    predicts predicted expects expected announced announces
    """.split()
)


def word_list(text: str) -> list[str]:
    return list(split_words(text))


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def participle_and_agent(words: list[str]) -> bool:
    """``words`` open on a past participle and its agent ("Fed by an aqueduct", "Driven by the wind"): a phrase, no
    clause, when it opens the sentence."""
    return len(words) > 1 and words[1].lower() == "by" and past_participle(words[0])


def strip_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text.strip())


_ACRONYM_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9&+./-]{0,11}")


def looks_like_acronym(text: str) -> bool:
    return bool(_ACRONYM_SHAPE.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


_LEAD = r"(?:(?:In|At|For|Simply put|Put simply|Essentially|Technically|Formally|Broadly|In short|In essence|In general|Generally|Basically|Strictly speaking|Today|By definition|Finally|First|Firstly|Second|Secondly|Third|Thirdly|Lastly|Next|Similarly|Likewise|By contrast|In contrast|However|Moreover)\b[^,]{0,40},\s+)?"


# "In Kuhn's usage a paradigm is ...": whose word it is, with no comma before the subject.
_USAGE_LEAD = r"(?:In\s+[A-Z][\w-]*(?:'s|’s)\s+(?:usage|sense|terms|terminology|vocabulary)\s+(?=[a-z]))?"


DEFINITION_IS_A = re.compile(
    _LEAD + _USAGE_LEAD
    + r"(?P<subj>[^,;:()]{2,80}?)(?:\s+\((?P<paren>[^()]{1,80})\))?(?:,\s+(?P<appos>[^,;]{3,140}),)?\s+"
    r"(?P<verb>(?:is|are)\s+(?:(?:often|commonly|usually|sometimes|best)\s+)?described\s+as|"
    r"is|are|was|were|refers to|refer to|means|mean|denotes|denote|"
    r"can be defined as|may be defined as|is defined as|are defined as|is the name for|is the term for|"
    r"describes|describe|occurs when|occur when|happens when|"
    r"serves as|serve as|acts as|act as|represents|represent|constitutes|constitute|measures)\s+"
    # "Confidence-building measures are ...", "Ways and means are ...": a plural noun of the subject, not the verb.
    # ("An adjective describes or adds information ...": the verb is one of two joined, not "X describes Y".)
    r"(?!(?:are|were|or|and|but)\b)(?P<rest>.+)$"
)


# "a paradigm is, first of all, a model achievement": a discourse aside between the verb and its complement.
_VERB_ASIDE = re.compile(r"\b(is|are),\s+(?:first of all|above all|in essence|essentially|at bottom|in short|in effect"
                         r"|first and foremost|at heart|in the first place),\s+(?=[a-z])")


def without_verb_aside(sentence: str) -> str:
    """"X is, first of all, a model achievement" -> "X is a model achievement"."""
    return _VERB_ASIDE.sub(r"\1 ", sentence)


MODALS = frozenset("can cannot must may might should could will would".split())


# "such as" gives examples; "those who plan attacks" is anyone who does, not something said before.  A bare "this"
# before a stop or a comma points back as well ("A number with which we allow for this": test-dv, both raters).
_DEMONSTRATIVE_PHRASE = re.compile(r"\b(?:this|these|such)\s+(?!as\b)[a-z]|\bthose\s+(?!who\b)[a-z]"
                                   r"|\b(?:this|these)(?=\s*(?:[.,;:!?)]|$))", re.I)


def has_anaphora(text: str) -> bool:
    return bool(_DEMONSTRATIVE_PHRASE.search(text))


PREPOSITIONS = frozenset(
    "in at on to into onto during after before by for from with within without under over since until among between "
    "across through throughout beneath beyond inside outside near around".split()
)


# "dissolved in 1991", "broke up", "was declared dead in 2014", "was disbanded": how the thing's story ended, an
# event in its history that says nothing of what it is or does.
END_OF_LIFE = re.compile(r"^(?:(?:was|were)\s+(?:formally\s+|officially\s+)?(?:dissolved|disbanded|abolished|declared\s+dead"
                         r"|wound\s+up|scrapped)|dissolved|collapsed|disbanded|expired|lapsed|ceased|broke\s+up|died)\b", re.I)


AUXILIARIES = frozenset("is are was were has have had do does did can could will would may might must shall should".split())


RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|in which|by which|where)\b")


_WORD_WITH_SLASH_OR_MARK = re.compile(r"[\w’'/-]+|[^\w\s]")


_WORD_CHARACTER = re.compile(r"[\w]")


# "the so-called ASEAN way": the writer's distancing word stands where the article would, before the name.
_MODIFIER_OPENERS = frozenset({"a", "an", "the", "so-called"})
_INSTRUMENT_PREPOSITIONS = frozenset({"with", "by", "using", "from"})


def _named_modifier(spans: list[re.Match[str]], i: int) -> bool:
    """The capitalised word at ``i`` (and those before it) follows "a/an/the" (or "so-called") inside the sentence,
    or one name word follows a preposition: a name as modifier."""
    j = i
    while j > 0 and spans[j - 1].group(0)[:1].isupper() and _WORD_CHARACTER.match(spans[j - 1].group(0)):
        j -= 1
    if j > 0 and spans[j - 1].group(0).lower() in _INSTRUMENT_PREPOSITIONS and j == i \
            and not word_pos(spans[i].group(0).lower()):
        return True  # "sheathed with Muntz metal": a name no English word spells, after "with" (test-dk; not "or in
        # Sanskrit nirvana": a language, then the word in it)
    return j > 0 and spans[j - 1].group(0) in _MODIFIER_OPENERS


def np_before(sentence: str, end: int) -> tuple[str, int] | None:
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
        gerund_head = not words and lw.endswith("ing") and i > 0 and spans[i - 1].group(0).lower() not in STOPWORDS
        # "a sending state", "the receiving state": an -ing word between an article and its noun describes the noun.
        attributive = bool(words) and lw.endswith("ing") and i > 0 and spans[i - 1].group(0).lower() in {"a", "an", "the"}
        if token[:1].isupper() and words and _named_modifier(spans, i):
            # "a Skinner box", "the Maxwell–Boltzmann distribution": a name modifying the noun, after its article.
            j = i
            while j > 0 and spans[j - 1].group(0)[:1].isupper() and _WORD_CHARACTER.match(spans[j - 1].group(0)):
                j -= 1
            words[:0] = spans[j:i + 1]
            break
        if lw in STOPWORDS or token[:1].isupper() or (clear_verb_form(token) and not (gerund_head or attributive)) \
                or lw == "percent" or lw == "cent" and i > 0 and spans[i - 1].group(0).lower() == "per":
            # ("about 5 per cent gypsum, a soft mineral ...": a share, not part of the noun; test-dt "Cent gypsum")
            break
        prev = spans[i - 1].group(0).lower() if i > 0 else ""
        if "VERB" in word_pos(token) and prev in {"may", "can", "will", "would", "could", "should", "must", "to", "did", "does", "do", "might"}:
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


PRONOUN_START = re.compile(r"^(?:it|its|they|their|them|this|these|those|he|she|we|you|there)\b", re.I)


def plural_head(term: str) -> bool:
    head = fold(word_list(term)[-1])
    return singular(head) != head


_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their)\b", re.I)


def plural_pronouns_inside(predicate: str) -> str:
    """Drop "they/them/their" that a plural noun earlier in the predicate resolves.

    "invites states to report their imports", "harmonises controls on chemicals and the equipment used to
    produce them": the pronoun points at a noun the definition itself shows, not at a sentence before.
    """
    out, start = [], 0
    for match in _PLURAL_PRONOUN.finditer(predicate):
        before = word_list(predicate[: match.start()])[1:]  # (not the verb: "designs" is no antecedent)
        if any(w[:1].islower() and "NOUN" in word_pos(w) and singular(w) != w and not w.endswith("ss")
               for w in before):
            out.append(predicate[start: match.start()])
            start = match.end()
    return "".join(out) + predicate[start:]


def schwartz_hearst(short: str, long: str) -> str | None:
    """Schwartz & Hearst (2003): the shortest tail of ``long`` that ``short`` abbreviates."""
    s = len(short) - 1
    at = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while at >= 0 and (long[at].lower() != c or (s == 0 and at > 0 and long[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return None
        at -= 1
        s -= 1
    start = long.rfind(" ", 0, at + 1) + 1
    result = long[start:].strip()
    words = result.split()
    if not words or len(words) > len(short) + 5:
        return None
    return result


def is_participle(word: str) -> bool:
    """"developed", "built", "held": a verb form that is neither base nor -s."""
    lemmas = getAllLemmas(word).get("VERB")
    if not lemmas or word.endswith("ing"):
        return False
    return word.endswith("ed") or (word not in lemmas and not word.endswith("s"))


_PROCESS_SUFFIXES = ("tion", "sion", "ment", "sis", "ance", "ence", "ing", "age", "ysis")


def genus_of(term: str) -> tuple[str, bool]:
    """The noun phrase that can head a definition of ``term``, and whether it is plural.

    "breach of contract" -> "A breach"; "beta blockers" -> "Things" (an
    agent noun only repeats the verb); "deposition" -> "A process";
    "router" -> "Something".
    """
    words = [w for w in word_list(term)]
    cut = next((i for i, w in enumerate(words) if w.lower() in {"of", "in", "for", "on", "to"}), len(words))
    qualified = 0 < cut < len(words)
    words = words[:cut] or words
    head = words[-1]
    plural = plural_head(head)
    lowered = singular(fold(head))
    agent = lowered.endswith(("er", "or")) and "VERB" in word_pos(lowered[:-2] if lowered[:-2] else lowered)
    agent = agent or (lowered.endswith(("er", "or")) and "VERB" in word_pos(lowered[:-1]))
    if (len(words) > 1 or qualified) and not agent and not head.isupper():
        head = head.lower()
        return (head[:1].upper() + head[1:] if plural else f"{rephrase.article(head)} {head}"), plural
    if len(words) == 1 and lowered.endswith(_PROCESS_SUFFIXES) and not agent:
        return ("Processes" if plural else "A process"), plural
    return ("Things" if plural else "Something"), plural


# "what doctors now call the T", "people call T", "known as T": a name given just before the comma of its gloss.
NAME_JUST_GIVEN = re.compile(
    r"\b(?:(?:what|we|they|people|[a-z]+s)\s+(?:(?:now|often|usually|sometimes|still|today)\s+)?call|known\s+as|termed"
    r"|dubbed)\s+(?:the\s+|an?\s+)?[\w'’ -]{2,40}$")


# "the belt around the", "Annex 3 to the", "the members of the", "a new building on": a noun and a preposition just
# before the name.
_NOUN_THEN_PREPOSITION = re.compile(
    r"(?:(?P<previous>[\w-]+)\s+)?(?P<noun>[\w-]+)[\"”’']?\s+(?:around|round|to|near|along|across|beside|off|beyond|inside|within|below|"
    r"above|behind|of|on|at)\s+(?:the\s+)?$")


_NOUN_OPENERS = frozenset("the a an its their his her our your this that these those each every some any no of in on at "
                          "for with from by into".split())


def after_another_noun(before: str) -> bool:
    """The name is the object of a preposition after another noun: a relative after it may describe that noun."""
    found = _NOUN_THEN_PREPOSITION.search(before)
    if found is None:
        return False
    noun = found.group("noun")
    if noun.lower() in STOPWORDS:
        return False  # "signed up to the": a particle
    if noun.isdigit() or noun[:1].isupper():
        return True
    pos = word_pos(noun.lower())
    if "NOUN" not in pos or noun.endswith("ed"):
        return False
    # "the ring of reefs around", "a narrow belt along": a word that may be a verb is a noun after a determiner, a
    # preposition or an adjective ("Disputes go to the" is a verb after its subject).
    previous = (found.group("previous") or "").lower()
    return "VERB" not in pos or previous in _NOUN_OPENERS or "ADJ" in word_pos(previous) and previous not in STOPWORDS


def word_at(term: str, sentence: str) -> int:
    """Where ``term`` starts in ``sentence`` as whole words (any case), or -1."""
    lowered, target = sentence.lower(), term.lower()
    at = lowered.find(target)
    while at >= 0:
        end = at + len(target)
        if (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
            return at
        at = lowered.find(target, at + 1)
    return -1
