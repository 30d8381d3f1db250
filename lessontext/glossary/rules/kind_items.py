"""Sibling list items that each name a kind of one noun and say what it does: "- maritime air forms over the sea
and is moist", "- continental air forms over land and is dry".

A lesson that sorts something into kinds often lists them as bare sentences, one kind to an item, each opening with
the kind's name (a modifier and the shared noun) and its verb.  The shared head noun across at least two sibling
items is the evidence that the items are kinds of one thing, not a list of facts; the noun is the genus and the
item's predicate the definition ("Air that forms over the sea and is moist").  An item with a label, a subject
that only counts or ranks ("most air", "other rocks"), a verb of change ("birth rates begin to fall": what happens
at one stage), a pronoun or a demonstrative in the predicate, or a
predicate too short to say anything is no definition.
"""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, ItemList
from lessontext.glossary import lexicon
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import PRONOUN_START, finite_verb, has_anaphora, plural_head
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, getAllLemmas, word_pos

# The author's own list of kinds, each with what it does: a little less sure than a labelled item.
CONFIDENCE = 0.7
# "maritime air forms over ...", "Red blood cells carry ...": one or two modifiers, the head noun, a present verb.
_ITEM_WORDS = re.compile(r"^[A-Za-z][\w-]*\s+[a-z][\w-]*(?:\s+\S+){2,}$")
_MAX_MODIFIERS = 2
_WORD = re.compile(r"[a-z][a-z-]*")
_MIN_ITEMS = 2
_MIN_PREDICATE_WORDS = 4
# "-- is", "-- has": a copula or possession says what the kind is like, left to the copula rule.
_NOT_DOING = frozenset("is are was were has have had".split())
# "- birth rates begin to fall", "- death rates continue to fall": what changes at one stage, not what a kind is.
_CHANGE_VERBS = frozenset("begin continue start stop remain fall rise increase decrease grow drop become stay keep tend "
                          "peak level".split())
_PRONOUN_INSIDE = re.compile(r"\b(?:it|they|them|he|she|him|her)\b", re.I)


def _kind(text: str) -> tuple[str, str, str] | None:
    """The kind's name, its head noun and its predicate, or None when the item does not open that way."""
    text = text.strip()
    if not _ITEM_WORDS.match(text) or any(mark in text for mark in ":;()"):
        return None
    words = text.rstrip(".;").split()
    for n in range(1, min(_MAX_MODIFIERS, len(words) - 2) + 1):
        mods, head, verb = words[:n], words[n], words[n + 1]
        if not (_WORD.fullmatch(head) and _WORD.fullmatch(verb) and all(_WORD.fullmatch(w.lower()) for w in mods)):
            return None
        if verb in STOPWORDS or verb in _NOT_DOING or not finite_verb(verb, plural=plural_head(head)):
            continue
        if set(getAllLemmas(verb).get("VERB", ())) & _CHANGE_VERBS:
            return None
        if (any(fold(w) in STOPWORDS or fold(w) in lexicon.GENERIC_MODIFIERS or not word_pos(fold(w)) & {"ADJ", "NOUN"}
                for w in mods) or "NOUN" not in word_pos(head)):
            return None
        predicate = " ".join(words[n + 1:])
        if (len(words) - n - 1 < _MIN_PREDICATE_WORDS or has_anaphora(predicate) or _PRONOUN_INSIDE.search(predicate)
                or PRONOUN_START.match(" ".join(words[n + 2:]))):
            return None
        first = mods[0] if mods[0][1:].isupper() else mods[0].lower()
        return " ".join([first, *mods[1:], head]), head, predicate
    return None


def find_kind_items(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """"- maritime air forms over the sea and is moist" beside "- continental air forms over land ..." ->
    "Maritime air": "Air that forms over the sea and is moist"."""
    if not isinstance(block, ItemList):
        return []
    kinds = [(item, found) for item in block.items if not item.label and (found := _kind(item.text))]
    heads = [fold(found[1]) for _item, found in kinds]
    out = []
    for item, (term, head, predicate) in kinds:
        if heads.count(fold(head)) < _MIN_ITEMS or not valid_term(term) or is_generic(term):
            continue
        definition = finish_definition(f"{head} that {predicate}")
        if definition:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, item.text, CONFIDENCE, "pattern"))
    return out


KIND_ITEM = RULES.register(Rule(
    name="kind_item", priority=182, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_kind_items,
    examples=(
        finds("# Rocks\n\nRocks are sorted by how they form:\n\n- igneous rock forms when molten magma cools down\n"
              "- sedimentary rock forms from layers of sediment pressed together\n", "igneous rock"),
        finds("# Blood\n\nBlood holds several kinds of cell.\n\n- Red blood cells carry oxygen around the body.\n"
              "- White blood cells fight infection in the tissues.\n", "red blood cells"),
        # One item alone: no list of kinds of one noun.
        misses("# Rocks\n\nRocks are sorted by how they form:\n\n- igneous rock forms when molten magma cools down\n"
               "- sandstone is soft\n", "igneous rock"),
        # A subject that only counts or ranks is no kind.
        misses("# Rocks\n\nNotes:\n\n- most rock forms when molten magma cools down\n"
               "- other rock forms from layers of sediment pressed together\n", "most rock"),
        # What changes at one stage is no kind.
        misses("# Population\n\nIn stage three:\n\n- birth rates begin to fall quite steadily\n"
               "- death rates continue to fall more slowly\n", "birth rates"),
        # A predicate leaning on a pronoun says nothing the entry can show.
        misses("# Rocks\n\nNotes:\n\n- igneous rock forms when it cools down slowly\n"
               "- sedimentary rock forms when it is pressed together\n", "igneous rock"),
    ),
))
