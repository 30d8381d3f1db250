"""What a definition must look like to be asked or offered as the meaning of a glossary term.

A definition reads alone as one (blind raters on three documents: context lost, fragments, synonyms):
nothing that points outside it ("the following year", "the youngest of the three", "to which it can
erode"), something that defines its noun (not "a gently sloping slip-off slope" nor "a marsh or melting
ice"), one sentence (no clause run on after a colon), not a verb and its object ("draws 0.5 A from a
6 V supply"); as an option, no vague head ("Something that ...", and as a key "Things that ..."), no
clause ("Some writers argue that ...") and no name where a meaning should be ("The Civil Code of 1804").
The glossary family (``families/glossary.py``) asks and offers only the definitions these let through.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.words import getAllLemmas

from .kindof import POSTMODIFIERS as _POSTMODIFIERS
from .kindof import definition_head
from .meanings import (
    factors_not_meaning,
    fragment_definition,
    gloss_of_an_example,
    role_not_meaning,
    runs_into_predicate,
    symbol_for_noun,
    uncountable_with_article,
)
from .prose import is_verb
from .text import CALCULATION, STOPWORDS, is_plural, words

# A definition that points back ("organising this support", "such cases") or is a worked
# calculation ("2,000 × 1.05 = ...") reads wrongly as an option.
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such)\s+[a-z]|\bin the same way\b", re.I)


# A definition that names something outside itself (raters: context lost): "The following year the ...",
# "The youngest of the three", "the two rates", "sinks beneath the other", or a pronoun right after the
# relative that the genus heads,
# so it cannot be the genus ("The lowest point to which it can erode": what erodes?).
_OUTSIDE_REFERENCE = re.compile(
    r"^(?:the\s+)?(?:following|next|previous|preceding|same)\b"
    r"|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b"  # "the two rates", "of the three"
    r"|\b(?:of|among)\s+the\s+(?:others|rest)\b"
    r"|\bthe\s+(?:former|latter|others?)\b(?=\s*[,.;]|\s+(?:is|are|was|were|into|in|on|at|to|from|with|by|and|or)\b|$)"
    r"|^(?:a|an|the)?\s*(?:\S+\s+){0,3}(?:to|in|by|from|at|on|for|with|through)\s+which\s+(?:it|they|he|she)\b"
    # Built on a comparison with something not shown: "A related form of reasoning" (raters on test-c: the
    # key of "Abduction", a wrong key; as a distractor, a fragment), "Another way to ...", "A similar ...".
    r"|^(?:a|an|the)?\s*(?:related|similar|another|comparable|parallel|further)\b",
    re.I,
)
# A definition that names a term of its own ("A central vowel ... (called schwa)"): as an option it
# answers another question, as a key it defines the other term (raters on test-c: leak).
_NAMES_A_TERM = re.compile(r"\((?:also\s+|sometimes\s+|often\s+)?(?:called|known\s+as|termed)\b", re.I)

# After a colon, a finite verb before any relative pronoun: a second sentence run on ("A layer of
# hard rock over which ... is a classic example: the river falls"), not a list ("three notes: a root, ...").
_RELATIVES = frozenset("that which who whom whose where when".split())
_ARTICLES = frozenset({"a", "an", "the"})


# Heads that name no kind of thing: "Something that describes how completely a substance ionises"
# is a sentence about the term ("Strength describes ...") rewritten, and reads as one (raters: clumsy).
# An interrogative clause ("Which part of the tongue is highest") reads as a question beside noun phrases.
_VAGUE_OPENERS = re.compile(r"^(?:something|someone|somebody|anything|anyone|which|whether|why)\b", re.I)
# A key built on "things" names no kind of thing either: "Things that pump blood out of the heart" for
# "Ventricles" (raters on test-p: vague, "a generator placeholder"). As a wrong option beside "Flaps of
# tissue ..." it passed (the same raters accepted that item), so only the key is held to it.
VAGUE_KEY = re.compile(r"^(?:things|stuff)\b", re.I)


# ", which is why ...", ", which means ...": a clause about the whole noun phrase, not one that restricts it.
_COMMENT_CLAUSE = re.compile(r",\s*which\s+(?:is\s+why|means|explains\s+why|is\s+how)\b", re.I)


def bare_noun_phrase(definition: str) -> bool:
    """A noun phrase with nothing that defines it: a synonym ("A gently sloping slip-off slope"), a name
    spelled out ("The United Nations Military Observer Group"), a fragment of a list ("A marsh or melting
    ice"). Beside definitions, it stands out and asks nothing (raters: heterogeneous options)."""
    # A contrast adds nothing that defines: "A tendency rather than a strict rule" (raters on test-d: "not
    # the definition of anything", offered beside a district).
    definition = re.split(r"\s+rather\s+than\s+", definition, maxsplit=1)[0]
    # A comment on the noun adds nothing that defines it either: "A mechanical wave, which is why it cannot
    # travel through a vacuum", "A scalar quantity, which means it has a size ..." (raters on test-g: "not a
    # definition"; the same shape on test-l).
    definition = _COMMENT_CLAUSE.split(definition, maxsplit=1)[0]
    toks = [t.lower() for t in words(definition)]
    return "," not in definition and not any(t in _POSTMODIFIERS for t in toks[1:])


def opens_with_predicate(definition: str) -> bool:
    """A verb, then its object: "Draws 0.5 A from a 6 V supply", "Used a guideline". What the term
    does in one example, not what it is."""
    toks = [t.lower() for t in words(definition)]
    if len(toks) >= 2 and base_verb_first(toks[0], toks[1]):
        return True
    if len(toks) < 2 or not toks[0].endswith(("s", "ed")) or not getAllLemmas(toks[0]).get("VERB"):
        return False
    # "Glides from one position to another": a verb and where it goes (raters on test-c: a diphthong's
    # "definition" beside noun phrases); "Sounds of speech" keeps its noun.
    return toks[1] in _ARTICLES or toks[1] in {"its", "their", "his", "her", "this", "these"} \
        or toks[1][:1].isdigit() or toks[1] in _MOTION_PREPOSITIONS and toks[0].endswith("s")


def base_verb_first(first: str, second: str) -> bool:
    """A verb in its base form, as a plural term's sentence goes on ("Gyres turn clockwise ...": "Turn clockwise
    in the northern hemisphere"), then an adverb, a determiner or where it goes: a fact about the term cut
    from its sentence, not what it is (raters on test-am: a wrong key from a 'Key facts' bullet)."""
    lemmas = getAllLemmas(first)
    if first not in lemmas.get("VERB", ()) or lemmas.get("ADJ"):
        return False
    after = getAllLemmas(second)
    adverb = bool(after.get("ADV")) and not after.get("NOUN") and second not in STOPWORDS | _MOTION_PREPOSITIONS
    # "Form of energy", "Turn of phrase": a noun then its complement; "Protect their young": a verb only.
    return adverb or second in _MOTION_PREPOSITIONS or not lemmas.get("NOUN") and (
        second in _ARTICLES or second in {"its", "their", "his", "her", "this", "these"})


# "Travels down the oesophagus ...": a particle after a verb in -s is where the term goes in one walk-through
# (raters on test-k: a wrong key, "what a bolus does in the sandwich example, not a definition").
_MOTION_PREPOSITIONS = frozenset({"from", "into", "onto", "through", "across", "towards", "toward", "away",
                                  "down", "up", "along", "over", "out", "back", "around", "off", "past"})

def run_on_after_colon(definition: str) -> bool:
    """A colon followed by a clause of its own: two sentences cut into one definition."""
    if ":" not in definition:
        return False
    after = [t.lower() for t in words(definition.split(":", 1)[1])]
    if after and after[0] in _POSTMODIFIERS - _RELATIVES:
        return True  # "A school of psychology: in the early twentieth century": a phrase cut from a sentence
    for i, tok in enumerate(after):
        if tok in _RELATIVES:
            return False
        if i == 0 or after[i - 1] in _ARTICLES or tok.endswith(("ed", "ing")):
            continue  # "a third above it": no verb follows an article
        if is_verb(tok, after[i - 1]):
            return True
        # "the river falls": an article, a noun and a word that can be a verb in -s.
        if i >= 2 and after[i - 2] in _ARTICLES and tok.endswith("s") and getAllLemmas(tok).get("VERB") \
                and getAllLemmas(after[i - 1]).get("NOUN"):
            return True
    return False


def object_pronoun(definition: str) -> bool:
    """ "it" or "them" as a verb's object ("Any consequence that makes it less likely"): it stands for a
    noun of the sentence the definition was cut from (raters on test-f, key and option: context lost)."""
    toks = [t.lower() for t in words(definition)]
    head = definition_head(definition).lower()
    for i, tok in enumerate(toks):
        if tok in {"it", "them"} and i and getAllLemmas(toks[i - 1]).get("VERB"):
            # A noun before it, other than the head, may be what it stands for ("glue them": the grains).
            nouns = [t for t in toks[:i] if t != head and t not in STOPWORDS
                     and getAllLemmas(t).get("NOUN") and not getAllLemmas(t).get("VERB")]
            if not nouns:
                return True
    return False


# A subject pronoun straight after one of these is a word quoted, not a pronoun ("a short form of they are").
_MENTIONED_AFTER = frozenset({"of", "for", "to", "with", "like", "as", "from"})


def subject_pronoun(definition: str) -> bool:
    """ "they", "he" or "she" as a subject with nothing in the definition it can stand for ("A method in which,
    most days, they weigh the grain", "A blade with which he trims the wick"): the people it means are in the
    sentence before (raters on test-ar: a key about what "they" do, a wrong key). "They" stands for a plural
    noun before it ("A tool that farmers use when they plough"), "he" or "she" for any noun but the head."""
    toks = [t.lower() for t in words(definition)]
    head = definition_head(definition).lower()
    for i, tok in enumerate(toks):
        if tok not in {"they", "he", "she"} or not i or toks[i - 1] in _MENTIONED_AFTER:
            continue  # "A shortened form of they are": the words quoted, not a pronoun
        nouns = [t for t in toks[:i] if t not in STOPWORDS and getAllLemmas(t).get("NOUN")]
        if tok == "they" and not any(is_plural(t) for t in nouns) or tok != "they" and not [t for t in nouns if t != head]:
            return True
    return False


# A copula or an equation verb before the definition's first postmodifier: a sentence, not a noun
# phrase ("Interest equals Principal multiplied by ...", "Speed is distance divided by time"). Beside
# definitions it is of another form (raters on test-i: a formula, not a period).
_SENTENCE_VERBS = frozenset("is are was were equals equal means mean".split())


def is_sentence(definition: str) -> bool:
    """A subject and a verb: "Interest equals Principal multiplied by Rate"."""
    toks = [t.lower() for t in words(definition)]
    for i, tok in enumerate(toks):
        if i and tok in _POSTMODIFIERS:
            return False
        if i and tok in _SENTENCE_VERBS:
            return True
    return False


_CARDINALS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# A comparison whose other side is left in the sentence the definition was cut from (raters on test-as and
# test-at: "almost the same as what?", a fragment): "A little like a letter Z", "Almost the same but ...",
# "Half as strong as the Moon's", "Both processes".
_ELLIPTICAL_COMPARISON = re.compile(
    r"^(?:a\s+little|rather|much|somewhat|just|very\s+much)\s+like\b"
    r"|\b(?:almost|nearly|much|exactly|just)\s+the\s+same\b(?!\s+(?:as|\w+\s+as)\b)"
    r"|\bthe\s+same\s*(?:but\b|,|$)"
    r"|\bas\s+\w+\s+as\s+(?:the\s+|a\s+|an\s+)?[\w-]+['’]s?\s*$"  # "as strong as the Moon's"
    r"|\bboth\s+(?:the\s+|these\s+)?[a-z]+s\b(?!(?:\s+[\w-]+){0,3}\s+and\b)",  # "both processes", not "both X and Y"
    re.I,
)
# Words left out of a second clause that the first one supplies (gapping): "A value that adds one tail, a
# semiquaver two tails and a demisemiquaver three", "A gradual increase in loudness and a diminuendo a gradual
# decrease" (raters on test-as and an earlier set: garbled). Two noun phrases side by side with no verb between.
_GAPPED = re.compile(
    r"\band\s+(?:a|an|the)\s+[\w-]+\s+(?:a|an|the)\s+\w+"
    rf"|\b(?:a|an|the)\s+[\w-]+\s+(?:{_CARDINALS}|\d+)\s*$",
    re.I,
)
# A superlative of a bare "type" or "kind" says which of a set the sentence named (raters on test-ao: "The
# simplest and smallest type, formed when ...", a type of what?); "The simplest type of lever" names the set.
_SUPERLATIVE_OF_UNNAMED = re.compile(
    r"^(?:the\s+)?(?:\w+est|most\s+\w+)(?:\s+and\s+(?:\w+est|most\s+\w+))?\s+"
    r"(?:type|kind|sort|form|variety|version|one)\b(?!\s+of\b)",
    re.I,
)
# A relative clause that ends on its verb after a place fronted ("A broad courtyard that at its foot lies"):
# a sentence with its subject and place inverted ("At its foot lies a broad courtyard"), turned round.
_INVERTED_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:at|in|on|by|beside|behind|below|above|under|over|inside|within|beyond|along|across|around|near|outside)\s+"
    r"(?:its|their|his|her|the|this)\s+(?:\w+\s+){0,2}\w+\s*$",
    re.I,
)


def elliptical(definition: str) -> bool:
    """A definition that leaves a word or a comparison's other side in the sentence it was cut from: read
    alone, an option or a key is a fragment ("A little like a letter Z", "A rest that looks almost the same but
    ...", "a semiquaver two tails and a demisemiquaver three", "The simplest type, formed when ...")."""
    text = definition.strip().rstrip(".")
    return bool(_ELLIPTICAL_COMPARISON.search(text) or _GAPPED.search(text)
                or _SUPERLATIVE_OF_UNNAMED.search(text) or _INVERTED_RELATIVE.search(text))


@lru_cache(maxsize=65536)
def usable_definition(definition: str) -> bool:
    """A definition that reads alone as an option: no reference back or outside, no worked calculation,
    opening with a word, something that defines its noun, one sentence."""
    return (not _POINTS_BACK.search(definition) and not CALCULATION.search(definition)
            and definition.strip()[:1].isalpha()  # "3 sharps (F♯, C♯, G♯)": a table cell, not a definition
            and not _OUTSIDE_REFERENCE.search(definition.strip())
            and not bare_noun_phrase(definition) and not run_on_after_colon(definition)
            and not opens_with_predicate(definition) and not _NAMES_A_TERM.search(definition)
            and not is_sentence(definition) and not role_not_meaning(definition)
            and not object_pronoun(definition) and not subject_pronoun(definition)
            and not uncountable_with_article(definition)
            and not gloss_of_an_example(definition) and not fragment_definition(definition)
            and not factors_not_meaning(definition) and not symbol_for_noun(definition)
            and not runs_into_predicate(definition) and not elliptical(definition))


# What a word means, not what the thing is: "A word that literally means "thirst" ...", "A title meaning "the awakened
# one"" (both raters on test-dk: the etymology as nirvana's meaning, and as an option beside practices).
_WORD_MEANING = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:word|term|name|title)\s+(?:that\s+|which\s+)?"
                           r"(?:literally\s+|originally\s+|simply\s+)?mean(?:s|ing|t)\b", re.I)


@lru_cache(maxsize=65536)
def reads_as_option(definition: str) -> bool:
    """A definition shown as an option of its own, not quoted in a stem: a vague head ("Something
    that describes ...") that reads well after "describe as" reads as a clumsy rewrite there, or what the
    word means rather than the thing ("A word that literally means ...")."""
    return usable_definition(definition) and not _VAGUE_OPENERS.match(definition.strip()) \
        and not clause_not_phrase(definition) and not names_an_example(definition) \
        and not _WORD_MEANING.match(definition.strip())


def clause_not_phrase(definition: str) -> bool:
    """A clause, not a noun phrase: the word its head falls on is a verb ("Some writers argue that ...",
    "The closer the results tend to come ..."). Raters on two test-e documents: a garbled option, not
    the definition of anything."""
    head = definition_head(definition)
    if not head or head == words(definition)[0] or head[:1].isupper() or head.lower().endswith(("ed", "ing")):
        return False
    lemmas = getAllLemmas(head.lower())
    if not lemmas.get("VERB") or lemmas.get("NOUN"):
        return False
    # A present-tense verb ("argue", "tend", "argues"), not a participle that postmodifies ("built").
    return any(head.lower() in (v, v + "s", v + "es") for v in lemmas["VERB"])


def names_an_example(definition: str) -> bool:
    """A name where a definition should be: the head is capitalised mid-phrase ("The United States
    Navy's USNS Mercy and USNS Comfort, ...", "The Civil Code of 1804"). Beside definitions it is an
    example or a label, not a meaning (raters on test-e and test-f: heterogeneous, even true)."""
    toks = words(definition)
    head = definition_head(definition)
    return bool(head) and len(toks) > 1 and head != toks[0] and head[:1].isupper() and not head.isupper()
