"""What a naming sentence names: the noun phrase, clause or earlier sentence that "called T" gives a name to.

"vertical erosion cuts a narrow, steep-sided channel called T" -> "A
narrow, steep-sided channel cut by vertical erosion"; "... and the point
where two rivers meet is known as T" -> "The point where two rivers meet";
"Many narratives slide between voices. This technique is known as T" ->
"A technique in which many narratives slide between voices" (a demonstrative
pointing back: :mod:`lessontext.glossary.pointed_names`).  Plain string work
on one sentence (and the one before it), used by the ``called`` rule.
"""

from __future__ import annotations

import re

from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.called_subject import coordinated_gerunds, superlative_named
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition
from lessontext.glossary.phrases import (
    AUXILIARIES,
    PREPOSITIONS,
    PRONOUN_START,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    is_participle,
    plural_head,
    word_list,
)
from lessontext.words import STOPWORDS, getAllLemmas, getInflection, singular, word_pos

__all__ = [
    "OBJECT_PRONOUNS",
    "OPENING_CONJUNCTION",
    "OPENING_COORDINATOR",
    "ARRANGEMENT_OF",
    "CAPITALISED_NAME",
    "LATER_RELATIVE",
    "MAX_NAME_WORDS",
    "QUANTITY_OF",
    "without_vague_count",
    "named_before_comma",
    "named_in_passive",
    "named_noun_phrase",
    "object_with_place",
    "reported_claim",
]

_CLAUSE_BOUNDARY = frozenset("that which who whom whose where when while because although if".split())

_NP_TOKEN = re.compile(r"[\w’'/-]+|[^\w\s]")
_DETERMINERS = frozenset("a an the its their".split())
_SUBJECT_STOP = frozenset("and then but so while whereas".split())
_SUBORDINATORS = frozenset("where when because although if".split())
# "drains down a tube", "runs along a ridge": words of direction that open a place as a preposition does, never a
# verb's object (so "down" is never made a participle, "downed by").
_DIRECTION_WORDS = frozenset("down up along past via towards toward".split())
# "in which / under which ..." after the name: what restricts the named thing.
LATER_RELATIVE = re.compile(
    r",\s+((?:in|by|at|on|through|from|with|into|to|under)\s+which\s+(?!it\b|they\b|this\b|these\b)[^;]*?)\.?$"
)


def _nominal(word: str, previous: str) -> bool:
    """"point" in "a single point on ..." heads a noun phrase; "falls" in "the river falls over ..." is a verb."""
    pos = word_pos(word)
    if "NOUN" not in pos:
        return False
    return not ("VERB" in pos and word.lower().endswith("s") and "NOUN" in word_pos(previous)
                and previous.lower() not in _DETERMINERS)


def _article_start(tokens: list[str]) -> int | None:
    """Index where the noun phrase that ends ``tokens`` starts at its determiner, or None.

    Crosses adjectives in a comma list ("a narrow, steep-sided channel") and
    prepositional phrases that follow a noun ("a single point on the horizon").
    """
    start = None
    i = len(tokens) - 1
    while i >= 0:
        token, lw = tokens[i], tokens[i].lower()
        if lw in _DETERMINERS:
            start = i
            before = tokens[i - 1].lower() if i else ""
            if before == "of" or before in PREPOSITIONS and i >= 2 and _nominal(tokens[i - 2], tokens[i - 3] if i >= 3 else ""):
                i -= 2
                continue
            return start
        if token == ",":
            adjective = tokens[i - 1] if i >= 1 else ""
            if i >= 2 and "ADJ" in word_pos(adjective) and tokens[i - 2].lower() in _DETERMINERS | {","}:
                i -= 1
                continue
            return start
        if not token[0].isalnum() or lw in _CLAUSE_BOUNDARY or lw in AUXILIARIES or (
            # "Beneath the AU sit groupings": a verb, not a modifier ("raised banks", "steep-sided").
            word_pos(token) == {"VERB"} and not lw.endswith(("ed", "ing"))
        ):
            return start
        i -= 1
    return start


def _agent(tokens: list[str]) -> str | None:
    """The subject noun phrase that ends ``tokens`` ("In the lower course, the river often" -> "the river").

    A participle aside after the subject is passed over, and a subject that
    ends with its abbreviation in brackets is named by it: "The Economic
    Community of West African States (ECOWAS), founded in 1975," -> "ECOWAS".
    """
    if tokens and tokens[-1] == "," and "," in tokens[:-1]:
        opened = len(tokens) - 2 - tokens[-2::-1].index(",")
        if opened + 1 < len(tokens) - 1 and is_participle(tokens[opened + 1].lower()):
            tokens = tokens[:opened]
    if len(tokens) > 3 and tokens[-1] == ")" and tokens[-3] == "(" and tokens[-2].isupper() and len(tokens[-2]) > 1:
        return tokens[-2]
    words: list[str] = []
    for token in reversed(tokens):
        lw = token.lower()
        if lw in PREPOSITIONS:
            return None  # "Beneath the AU sit groupings": the object of a preposition is no subject
        if not token[0].isalnum() or lw in _SUBJECT_STOP or lw in _CLAUSE_BOUNDARY or lw in AUXILIARIES:
            break
        if not words and (lw.endswith("ly") or lw in {"often", "usually", "then", "also", "later", "now"}):
            continue
        words.insert(0, token)
    if not 1 <= len(words) <= 4 or PRONOUN_START.match(words[0]) or words[0].lower() in STOPWORDS - {"the", "a", "an"}:
        return None
    if any(clear_verb_form(w) and not w.lower().endswith("ed") for w in words):
        return None
    if not any("NOUN" in word_pos(w) or "PROPN" in word_pos(w) or w[:1].isupper() for w in words[-1:]):
        return None
    return rephrase.lower_first(" ".join(words))


def _new_thing_after_given(np_tokens: list[str]) -> int | None:
    """Where an indefinite phrase after a definite one and its preposition starts ("the body through |a tube"), or None.

    English names what it introduces: in "S V the N1 through a N2 called T"
    the definite N1 is known already, the indefinite N2 is new, so T names
    N2 and the preposition belongs to the verb ("A tube through which S V
    the N1"); "a point on the horizon called T" (new, then known) keeps the
    whole phrase.
    """
    if not np_tokens or np_tokens[0].lower() not in {"the", "its", "their"}:
        return None
    for i in range(1, len(np_tokens) - 1):
        if np_tokens[i].lower() in PREPOSITIONS and (
                np_tokens[i + 1].lower() in {"a", "an"} and i + 2 < len(np_tokens) or _bare_plural(np_tokens[i + 1:])):
            return i + 1
    return None


def _bare_plural(tokens: list[str]) -> bool:
    """"small holes": words of a noun phrase without an article, ending on a plural noun."""
    return all(t.isalpha() and t.lower() not in STOPWORDS for t in tokens) and plural_head(tokens[-1]) \
        and "NOUN" in word_pos(tokens[-1].lower())


def _participle(verb: str) -> str | None:
    """"cuts" -> "cut", "built" -> "built": the past participle of a finite verb, else None."""
    lw = verb.lower()
    if lw.endswith("ing") or lw in AUXILIARIES | _DIRECTION_WORDS or not verb.islower():
        return None
    for lemma in getAllLemmas(lw).get("VERB", ()):
        forms = {f for tag in ("VBZ", "VBP", "VBD") for f in (getInflection(lemma, tag) or ())}
        if lw in forms:
            return (getInflection(lemma, "VBN") or (None,))[0]
    return None


def _has_verb(words: list[str]) -> bool:
    """A verb among ``words``; "tiny pores" is a noun after its adjective, "water escapes" may be a verb."""
    for i, word in enumerate(words):
        if word.lower() in AUXILIARIES or clear_verb_form(word):
            return True
        before = words[i - 1].lower() if i else ""
        if finite_verb(word) and before and before not in STOPWORDS and word_pos(before) != {"ADJ"}:
            return True
    return False


def _head_with_phrase(words: list[str], preposition: str, noun_phrase: str) -> str | None:
    """"mainly through tiny pores" + "in" + "the leaves" -> "Tiny pores in the leaves".

    None unless the clause ends in a preposition's bare noun phrase ("through tiny pores").
    """
    run: list[str] = []
    for word in reversed(words):
        if word.lower() in STOPWORDS or not word.isalpha() or word.lower().endswith("ly") and "ADV" in word_pos(word):
            break
        run.insert(0, word)
    ahead = words[-len(run) - 1].lower() if run and len(words) > len(run) else ""
    if not run or ahead not in PREPOSITIONS or not plural_head(" ".join(run)) and not word_pos(run[-1]) & {"NOUN"}:
        return None  # "moved by water, wind or ice in a process called T": not a noun and its phrase
    phrase = f"{' '.join(run)} {preposition} {noun_phrase}"
    return phrase[:1].upper() + phrase[1:]


def _plural_subject_before(tokens: list[str]) -> bool:
    """The last word of ``tokens`` that is not an adverb ("often") is a plural noun ("rocks")."""
    words = [t for t in tokens if t[0].isalpha()]
    while words and "ADV" in word_pos(words[-1].lower()) and "NOUN" not in word_pos(words[-1].lower()):
        words.pop()
    return bool(words) and tokens[-1][0].isalpha() and plural_head(words[-1])


def name_then_verb(words: list[str]) -> bool:
    """A capitalised word and a finite verb after it ("Clinic died", "Guido dedicated"): a clause, no noun phrase."""
    return any(a.istitle() and a.isalpha() and b.islower() and finite_verb(b) for a, b in zip(words, words[1:]))


_VERB_AFTER_NAME = re.compile(r"^,\s+(?P<verb>[a-z]+)\b")


def named_noun_phrase(head_text: str, tail: str) -> str | None:
    """What gets the name in "S V NP called T", "... at NP, called T", "V NP known as T, ..., in which ...".

    "vertical erosion cuts a narrow, steep-sided channel called T" -> "A
    narrow, steep-sided channel cut by vertical erosion"; "lines converge at
    a single point on the horizon, called T" -> "A single point on the
    horizon at which lines converge"; "repeated floods build raised banks
    called T" -> "Raised banks built by repeated floods".  A noun phrase
    with nothing to restrict it needs three words of its own.
    """
    if _ENDS_ON_PRONOUN.search(head_text.rstrip(" ,")) or _EXAMPLE_ASIDE_END.search(head_text.rstrip(" ,")):
        return None  # "... and fix poles in them, called T": the poles'; "X, including the Y, called T": X's name
    tokens = [m.group(0) for m in _NP_TOKEN.finditer(head_text.rstrip(" ,"))]
    start = _article_start(tokens)
    bare = start is None
    if bare:
        # "build raised banks": a bare plural after its verb (a participle before the noun modifies it).
        run = 0
        for token in reversed(tokens):
            if not token[0].isalpha() or token.lower() in STOPWORDS:
                break
            run += 1
        head = len(tokens) - 1
        for k in range(head - 1, len(tokens) - run - 1, -1):
            if "VERB" in word_pos(tokens[k]) and not tokens[k].lower().endswith(("ed", "ing")) and (
                    _plural_subject_before(tokens[:k]) or tokens[k].lower().endswith("s")
                    or k and tokens[k - 1].lower() in AUXILIARIES):
                # "repeated floods build", "rocks often show", "erosion cuts", "may impose": a verb that agrees with the
                # noun before it, or follows an auxiliary ("White blood cells" is a compound: raters on test-cl,
                # "Cells blooded by white")
                start = k + 1
                break
        if start is None or not plural_head(" ".join(tokens[start:])):
            return None
    np_tokens = tokens[start:]
    if name_then_verb(np_tokens[1:]):
        return None  # "the First Clinic died of puerperal fever, often called T": a name and its verb, a clause (test-cr)
    inner = _new_thing_after_given(np_tokens)
    if inner is not None:
        # "urine leaves the body through a single tube called T": the name is the indefinite phrase's.
        verb = tokens[start - 1] if start else ""
        subject = _agent(tokens[: start - 1]) if start and _participle(verb) else None
        if not subject:
            return None  # "open to the outside through small holes called T": the holes', and no clause to rebuild
        given = " ".join(np_tokens[:inner - 1])
        return rephrase.relative_definition(" ".join(np_tokens[inner:]), np_tokens[inner - 1].lower(),
                                            f"{subject} {verb} {given}")
    noun_phrase = re.sub(r"\s+([,])", r"\1", " ".join(np_tokens))
    noun_phrase = re.sub(r"\b(?:its|their)\b", "the", noun_phrase)
    content = [w for w in np_tokens if w[0].isalnum() and w.lower() not in STOPWORDS]
    before = tokens[:start]
    later = LATER_RELATIVE.search(tail)
    if later and not bare:
        return f"{noun_phrase} {later.group(1)}"
    if before and before[-1].lower() in PREPOSITIONS | _DIRECTION_WORDS and not bare:
        # "... appear to converge at a single point on the horizon".
        cut = max((i for i, t in enumerate(before) if not t[0].isalnum() or t.lower() in _CLAUSE_BOUNDARY | _SUBJECT_STOP),
                  default=-1)
        clause = re.sub(r"\s+([,])", r"\1", " ".join(before[cut + 1:-1]))
        words = clause.split()
        verb_at = next((i for i, w in enumerate(words) if w.lower() in AUXILIARIES), 0) or next(
            (i for i, w in enumerate(words) if finite_verb(w)), 0)
        if cut >= 1 and before[cut].lower() == "whose" and verb_at and "NOUN" in word_pos(before[cut - 1].lower()):
            # "a sail whose upper edge is laced to a spar called T": "... to which the upper edge of the sail is
            # laced" (test-em, both raters: "A spar to which upper edge is laced")
            words = ["the", *words[:verb_at], "of", "the", before[cut - 1].lower(), *words[verb_at:]]
            clause = " ".join(words)
        # "and place all three under NP"; before a given place, "where air flows near the ground" (test-au) and "the side struck"
        place_given = np_tokens[0].lower() == "the"
        coordinated = cut >= 0 and before[cut].lower() in (_SUBJECT_STOP | _SUBORDINATORS if place_given else _SUBJECT_STOP)
        # "urine drains down NP": a noun and its verb are a whole clause too; but not before a name the sentence's verb
        # follows ("because air channels in its stems and roots, called T, carry oxygen": a subject, test-em).
        subject_verb = len(words) == 2 and "NOUN" in word_pos(words[0].lower()) and finite_verb(words[1])
        if subject_verb and (verb := _VERB_AFTER_NAME.match(tail)) and finite_verb(verb["verb"], plural=True) and (
                plural_head(words[1].lower())):
            return f"{clause[:1].upper()}{clause[1:]} {before[-1].lower()} {noun_phrase}"
        if len(words) >= 3 and words[0].lower() in ({"a", "an", "the"} if place_given else {"a", "an"}) and not coordinated and not AUXILIARIES & {
                w.lower() for w in words} and (words[-1].lower().endswith(("ed", "en")) or _participle(words[-1]) == words[-1].lower()):
            # "a set of proteins dissolved in the plasma, called T": a participle's phrase, no clause (test-cs, both raters)
            return f"{clause} {before[-1].lower()} {noun_phrase}"
        if ((3 <= len(words) <= 15 or subject_verb) and not coordinated and not PRONOUN_START.match(clause) and not clear_verb_form(words[0])
                and words[0].lower() not in STOPWORDS - {"the", "a", "an"}):
            if not _has_verb(words):
                # "mainly through tiny pores in their leaves called T": no verb, so no clause to put after "in
                # which" ("The leaves in which mainly through tiny pores"); the name is the noun before the
                # preposition's, with its phrase ("Tiny pores in the leaves").
                return _head_with_phrase(words, before[-1].lower(), noun_phrase)
            return rephrase.relative_definition(noun_phrase, before[-1].lower(), clause)
        return noun_phrase if len(content) >= 3 else None
    if before:
        participle = _participle(before[-1])
        subject = _agent(before[:-1]) if participle else None
        if subject:
            return f"{noun_phrase} {participle} by {subject}"
    return noun_phrase if len(content) >= 3 and not bare else None


_LAST_CONJUNCT = re.compile(r"(?:,\s+(?:and|while|whereas|but)\s+|;\s+)(?=[^,;]+$)")
_THEN_PRONOUN = re.compile(r"^(?P<clause>.+);\s+(?:these|they|this|it)$", re.I)


def named_in_passive(head_text: str) -> str | None:
    """What "..., and NP is known as T" or "..., leaving NP; these are called T" names: NP."""
    text = DISCOURSE_OPENER.sub("", head_text).strip()
    if gerunds := coordinated_gerunds(text):
        return gerunds
    pronoun = _THEN_PRONOUN.match(text)
    if pronoun:
        # "it winds around it, leaving ridges of high land that alternate; these are called T".
        last = pronoun.group("clause").rsplit(",", 1)[-1].split()
        if last and last[0].lower().endswith("ing") and clear_verb_form(last[0]):
            last = last[1:]
        phrase = " ".join(last)
        if len(last) >= 3 and plural_head(re.split(r"\s+(?:of|that|which)\s+", phrase)[0]) and not PRONOUN_START.match(phrase):
            return phrase
        return None
    parts = _LAST_CONJUNCT.split(text)
    if len(parts) < 2:
        return None
    phrase = parts[-1].strip()
    words = word_list(phrase)
    # "the point where two rivers meet" names; "the delta has long fingers ... and" is a clause.
    head = word_list(re.split(r"\b(?:that|which|who|where|when|whose)\b", phrase)[0])
    if any(w.lower() in AUXILIARIES or clear_verb_form(w) for w in head[1:]) or words[-1:] == ["and"]:
        return None
    if len(words) >= 3 and "," not in phrase and words[0].lower() not in lexicon.UNRESOLVED_OPENERS:
        return phrase
    return None


# "long chains of", "stacks of", "layers of": an arrangement of the things a restrictive name then names; "two
# molecules of a three-carbon compound called T": a count of them ("Two molecules of ..." is not what T is).
ARRANGEMENT_OF = re.compile(
    r"^(?:(?:long|short|large|small|thin|flat|flattened|tiny)\s+)?(?:chains|stacks|layers|rows|strings|sheets|piles"
    r"|clusters|bundles|coils|networks)\s+of\s+(?=\S)"
    r"|^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:molecules?|atoms?|ions?|units?|pieces?|grains?"
    r"|drops?|cells?)\s+of\s+(?=(?:an?|the)\s)", re.I)


# "branches into thousands of narrower tubes called T": a vague count before the things T names; without it the
# phrase is a bare plural the clause can describe ("Narrower tubes into which each bronchus branches").
QUANTITY_OF = re.compile(r"^(?:thousands|hundreds|millions|billions|dozens)\s+of\s+(?=[a-z])")
# "Its inner surface is covered with millions of ...": a clause about something only the sentences before name.
_OWNER_OUTSIDE = re.compile(r"\b(?:its|their|it|they|this|these)\b", re.I)


def without_vague_count(np: str, clause: str) -> str:
    """``np`` without its "thousands of" when ``clause`` (the words before it) can describe it on its own."""
    return np if _OWNER_OUTSIDE.search(clause) else QUANTITY_OF.sub("", np)


# "we draw a dashed line at right angles to the surface called T": a verb's indefinite object (a modifier or two, a
# head noun) placed by a compound preposition and a definite noun.  The shapes above cut at the last preposition
# ("to the surface") and find no indefinite phrase; the name is the object's, not "the surface"'s.
_OBJECT_WITH_PLACE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<np>an?\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s+"
    r"(?:at\s+right\s+angles\s+to|parallel\s+to|perpendicular\s+to|next\s+to|close\s+to)\s+"
    r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")


def object_with_place(head_text: str) -> str | None:
    """"we draw a dashed line at right angles to the surface" -> "a dashed line at right angles to the surface"."""
    match = _OBJECT_WITH_PLACE.search(head_text.strip())
    if not match or not finite_verb(match.group("verb")) or "NOUN" not in word_pos(match.group("head")):
        return None
    place = word_list(match.group("np")[match.end("head") - match.start("np"):])
    if any(w.lower() in STOPWORDS - {"a", "an", "the", "at", "to", "next", "close"}
           for w in word_list(match.group("np"))) or any(clear_verb_form(w) for w in place):
        return None  # a clause or a pronoun inside the phrase ("a dashed line": a participle may describe the head)
    return match.group("np")


# "Yet learning also depends on thinking: Albert Bandura showed that children learn by ...": the finding after
# the colon, without who reported it, is what happens in the process.
_REPORTED_THAT = re.compile(r"^(?:[A-Z][\w.-]*\s+){1,3}(?:showed|shows|found|finds|demonstrated|proved)\s+that\s+")


# A second clause with its own subject and a passive or a copula: ", and the grain bed is rinsed with hot water".
_LAST_CLAUSE = re.compile(r",?\s+and\s+(?P<last>(?:the|a|an|its|their)\s+[^,;:]{1,40}?\s(?:is|are|was|were)\s[^,;:]+)$")
# A name given in passing inside the clause: "the sweet liquid, now called wort, is drained off".
_NAMING_ASIDE = re.compile(r",\s+(?:now\s+|then\s+|also\s+)?(?:called|known\s+as|named)\s+[^,]+,")


def reported_claim(clause: str) -> str:
    """The clause after its last colon, with a reporting "X showed that" taken off ("children learn by ..."); of two
    clauses joined by "and", the last, which the name after it sums up ("the sweet liquid, now called wort, is drained
    off and the grain bed is rinsed with hot water, a step known as T": test-db, both raters, a garbled definition)."""
    if (last := _LAST_CLAUSE.search(_NAMING_ASIDE.sub("", clause))) and len(word_list(last["last"])) >= 4:
        return last["last"]
    if ": " not in clause:
        return clause
    claim = clause.rsplit(": ", 1)[1]
    claim = _REPORTED_THAT.sub("", claim)
    return claim if len(word_list(claim)) >= 4 else clause


# "... change as the intensity of metamorphism, known as T, increases": the conjunction opens the clause whose
# subject gets the name; it is not part of the noun phrase.
OPENING_CONJUNCTION = re.compile(r"^(?:.*\s)?(?:as|once|until|unless|since|after|before)\s+(?=(?:a|an|the)\s)", re.I)


# What a bare plural's own modifier opens with: a relative ("regions where ...") or a participle and its
# preposition ("votes cast for ...").
_BARE_PLURAL_MODIFIER = re.compile(r"^(?:where|that|which|who|in which|on which)\s")
OBJECT_PRONOUNS = re.compile(r"\b(?:it|its|they|them|their|he|she|him|her|this|these)\b", re.I)
_MODIFIED_PLURAL_MIN_WORDS = 4
# "Each wave creates": at most this many words of subject and verb before the object.
_SUBJECT_AND_VERB_WORDS = 4


def _past_participle(word: str) -> bool:
    """"developed", "held", and "cast" or "set", whose past participle is the base form."""
    return is_participle(word) or any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


def _modified_bare_plural(clause: str) -> str | None:
    """The bare plural noun phrase with its modifier that ends ``clause``, or None.

    "A party may win few seats, and votes cast for losing candidates" -> "votes cast for losing candidates";
    the phrase opens the clause after its last comma or follows that clause's verb ("it creates regions where
    ...").  A modifier that leans on "they" or "it" does not stand alone.
    """
    segment = re.split(r"[,;:]\s+(?:and\s+|but\s+|while\s+)?", clause)[-1].strip()
    words = segment.split()
    for i, word in enumerate(words[:_SUBJECT_AND_VERB_WORDS + 1]):
        lw = word.lower()
        before = words[:i]
        if before and finite_verb(lw) and not finite_verb(before[-1]):
            continue  # "it leaves pools ...": the verb after its subject, not a plural noun
        if not lw.isalpha() or lw in STOPWORDS or "NOUN" not in word_pos(lw) or singular(lw) == lw:
            continue
        if before and not finite_verb(before[-1]):
            return None  # "the other votes ...": a phrase the clause does not open or take as its object
        rest = " ".join(words[i + 1:])
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if not (_BARE_PLURAL_MODIFIER.match(rest + " ") or _past_participle(nxt) and len(words) > i + 2
                and words[i + 2].lower() in PREPOSITIONS):
            return None
        phrase = " ".join(words[i:])
        if len(word_list(phrase)) < _MODIFIED_PLURAL_MIN_WORDS or OBJECT_PRONOUNS.search(phrase):
            return None
        return phrase
    return None


# "..., but the forces between one molecule and the next, called T, are weak": a coordinator opens the clause
# whose subject gets the name; it is not part of the noun phrase.
OPENING_COORDINATOR = re.compile(r"^(?:and|but|or|yet|while|whereas)\s+(?=(?:a|an|the)\s)", re.I)


_SENTENCE_ADVERBS = frozenset("therefore thus then also hence so now still often usually always never".split())


def _has_own_verb(words: list[str], opening: bool = False) -> bool:
    """The words are a clause: a finite verb (no participle) after a sentence adverb, or after a noun when the verb is
    no noun itself ("the plate therefore records a picture", "the plate shows a picture")."""
    for at, (before, word) in enumerate(zip(words[1:], words[2:]), start=2):
        if not word.islower() or word.endswith(("ed", "ing")) or not finite_verb(word):
            continue
        if before.lower() in _SENTENCE_ADVERBS or "NOUN" in word_pos(before.lower()) and "NOUN" not in word_pos(word):
            return True
        if opening and at == 2 and "NOUN" in word_pos(before.lower()) and words[at + 1:at + 2] and words[at + 1] in _VERB_LINKS:
            return True  # "The salt lies in a great body of rock salt, known to miners as T" (test-dv), at the
            # sentence's start (inside one, "that the oval rings in the text, now called T," is a noun phrase)
        if opening and "NOUN" in word_pos(before.lower()) and words[at + 1:at + 2] in (["the"], ["a"], ["an"]) \
                and word.endswith("s") and before[-1:] != "s":
            return True  # "A wall curved ... on its side passes the water's thrust into the rock ..., called T" (test-eb)
    return False


# After a verb that is a noun too ("lies", "runs"), a word a noun phrase seldom takes next.
_VERB_LINKS = frozenset("in on at into through from under over beneath across along the a an".split())


_INFINITIVE = re.compile(r"\bto\s+(?P<verb>[a-z]+)\s+(?=(?:an?|the)\s)")


def named_before_comma(text: str, bound_at: int) -> tuple[str, bool] | None:
    """What "NP, called T" names, the noun phrase ending ``text`` (from ``bound_at``), and whether it is as written.

    "..., a chain of mountains running through the Atlantic" as written; "change as the intensity of
    metamorphism" and "..., but the forces between one molecule and the next" without their conjunction;
    "..., and votes cast for losing candidates" (a bare plural with its own modifier) rebuilt.
    """
    np = OPENING_COORDINATOR.sub("", OPENING_CONJUNCTION.sub("", text[bound_at:].strip()))
    if (infinitive := _INFINITIVE.search(np)) and "VERB" in word_pos(infinitive["verb"].lower()):
        np = np[infinitive.end():]  # "dipped the pipe into the furnace to collect a glowing lump": the verb's object
    if (most := superlative_named(np)) is not None or _ENDS_ON_PRONOUN.search(np):
        return (most, False) if most else None  # "a drill to bore holes and fix poles in them, called T": the poles'
    if len(word_list(np)) >= 3 and np.split()[0].lower() in {"a", "an", "the"}:
        if _has_own_verb(word_list(np), opening=not text[:bound_at].strip()):
            return None  # "A photographic plate placed behind the body therefore records a shadow picture, called T"
        definition = finish_definition(rephrase.drop_demonstratives(np))
        if definition:
            return definition, True
    modified = _modified_bare_plural(text)
    definition = finish_definition(modified) if modified else None
    return (definition, False) if definition and not has_anaphora(definition) else None


_EXAMPLE_ASIDE_END = re.compile(r",\s+(?:including|such\s+as|like|especially|notably)\s+[^,;]+$")
_ENDS_ON_PRONOUN = re.compile(r"\b(?:in|on|to|into|onto|from|with|by|at)\s+(?:it|them)$")
# "the Bureau for International Language Co-ordination", "STANAG 6001": capitalised words (or numbers), joined by
# "of", "for", "and", "on", "the" when a capitalised word follows.
CAPITALISED_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*(?:[A-Z][\w-]*|\d[\w-]*))*)")
MAX_NAME_WORDS = 8
