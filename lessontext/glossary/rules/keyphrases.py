"""Ranked key concepts with a sentence that explains them ("Deposition occurs when a river slows ...")."""

from __future__ import annotations

import re
from collections import defaultdict

from lessontext.document import Document, DocumentSection, ItemList
from lessontext.glossary import keyphrase
from lessontext.glossary.candidate import MIN_CONFIDENCE, Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_generic, valid_term
from lessontext.glossary.comparison import limitation
from lessontext.glossary.phrases import genus_of, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import span_key, term_key, token_spans, word_pos

# A key concept's confidence: CONFIDENCE + SCORE_WEIGHT * its keyphrase score, at most MAX_CONFIDENCE.
CONFIDENCE = 0.55
SCORE_WEIGHT = 0.2
MAX_CONFIDENCE = 0.75
# Which ranked phrases are tried: at least MIN_PHRASES_TRIED, one per WORDS_PER_PHRASE_TRIED words, scoring MIN_SCORE.
MIN_PHRASES_TRIED = 8
WORDS_PER_PHRASE_TRIED = 40
MIN_SCORE = 0.15


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


_NEXT_MAIN_CLAUSE = re.compile(r";\s+|,\s+(?:and|but|so|while|whereas|although)\s+(?=(?:the|it|they|this|these|there|a|an|he|she|we)\b)")


_CONTEXT_REFERENCE = re.compile(r"\b(?:it|they|them|he|she|this|these|both|others|the other)\b", re.I)


_IS_USED = re.compile(r"(?:is|are) used\b")


# A genus built from the term's suffix alone ("cooperation" -> "A process"), not from a head noun of its own.
_BUILT_GENERA = frozenset({"A process", "Processes"})
# "allows partners to ...", "carries political weight", "reduces costs": an effect or a benefit of the thing, which
# under a built genus says nothing of what it is ("A process that allows partners to close the gaps").
_EFFECT = re.compile(r"^(?:(?:usually|typically|generally|normally|often|always|mainly|also)\s+)?"
                     r"(?:aims?|allows?|enables?|carr(?:y|ies)|provides?|prevents?|reduces?|increases?|causes?"
                     r"|creates?|makes? it possible)\b")


def _proper_head(term: str) -> bool:
    """The term ends in a name, not a noun saying what kind of thing it is ("Fort Leavenworth", "Camp Bondsteel")."""
    words = word_list(term)
    head = words[-1] if words else ""
    return head[:1].isupper() and "NOUN" not in word_pos(head.lower())


def _explaining_definition(term: str, sentence: str) -> str | None:
    """A definition of ``term`` when ``sentence`` opens with it and explains it, else None.

    "Deposition occurs when a river slows" -> "A process that occurs when a
    river slows"; "A food web is used to show ..." -> "A web used to show ...".
    A sentence about the term that does not explain it ("The delta grew in
    1990"), or whose explanation leans on the sentences before it ("It
    includes ..."), gives nothing.
    """
    clean = DISCOURSE_OPENER.sub("", sentence.strip())
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
    if has_anaphora(predicate) or _CONTEXT_REFERENCE.search(predicate) or limitation(predicate):
        return None  # (and "produces nothing at night": a drawback, not what it is)
    if len(word_list(predicate)) < 4:
        return None
    genus, _plural = genus_of(term)
    if genus in _BUILT_GENERA and _EFFECT.match(predicate):
        return None  # "Cooperation allows partners to close the gaps": what it brings about, not what it is
    if genus in _BUILT_GENERA and offset and clean[spans[offset][0]:][:1].isupper():
        return None  # "The Agreement sets ...": one capitalised agreement of the text, no process by its suffix
    if _IS_USED.match(predicate):
        return finish_definition(f"{genus} {predicate.split(None, 1)[1]}")
    return finish_definition(f"{genus} that {predicate}")


def find_keyphrases(document: Document, context: Context) -> list[Candidate]:
    """Key concepts the lesson keeps using and explains, which no earlier rule explained.

    Reads the candidates so far (``context.candidates``): a phrase already
    explained at or above the cut is not tried again.  Sets
    ``context.keyphrase_scores`` for every ranked phrase.
    """
    explained = {c.key for c in context.candidates if c.confidence >= MIN_CONFIDENCE}
    explained |= {term_key(a) for c in context.candidates if c.confidence >= MIN_CONFIDENCE for a in c.aliases}
    concepts, context.keyphrase_scores = _keyphrase_candidates(document, explained)
    return concepts


def _keyphrase_candidates(document: Document, known: set[str]) -> tuple[list[Candidate], dict[str, float]]:
    """New key concepts the text explains, and the keyphrase score of every phrase.

    The lesson's phrases are ranked by :func:`keyphrase.rank_keyphrases`;
    only the best-ranked ones that the text does not define in another way
    are tried, and each is kept only with a sentence that explains it.
    """
    ranked = keyphrase.rank_keyphrases(document)
    scores = {k.key: k.score for k in ranked}
    title_key = term_key(document.title)
    budget = max(MIN_PHRASES_TRIED, document.word_count // WORDS_PER_PHRASE_TRIED)
    wanted = [p for p in ranked[:budget] if p.score >= MIN_SCORE and p.key not in known and p.key != title_key
              and not keyphrase.everyday_modifier(p.key.split())]
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
            spans = token_spans(DISCOURSE_OPENER.sub("", sentence.strip())[:80])
            offset = 1 if spans and spans[0][2] in {"the", "a", "an"} else 0
            for n in range(1, min(keyphrase.MAX_WORDS, len(spans) - offset) + 1):
                openings[span_key(spans, offset, offset + n)].append((section, sentence))
    out = []
    for phrase in wanted:
        term = phrase.text
        genus = genus_of(term)[0]
        if (phrase.key not in openings or not valid_term(term) or genus in {"Things", "Something"}
                or is_generic(genus.split()[-1]) or _proper_head(term)):  # ("Milky Way": never "A way that ...")
            continue  # without a head noun to build on, a predicate alone is no definition
        for section, sentence in openings[phrase.key]:
            definition = _explaining_definition(term, sentence)
            if definition:
                confidence = round(min(MAX_CONFIDENCE, CONFIDENCE + SCORE_WEIGHT * phrase.score), 2)
                out.append(Candidate(term, definition, TermKind.CONCEPT, section, sentence, confidence, "concept"))
                break
    return out, scores


KEYPHRASE = RULES.register(Rule(
    name="keyphrase", priority=50, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_keyphrases,
    examples=(
        finds("# Coasts\n\nLongshore drift transports sand and pebbles along the shore in a zigzag path. "
              "Groynes slow longshore drift. Longshore drift shapes spits.\n", "longshore drift"),
        # Said about, not explained: "shaped this beach in 1990" is an event, not what it does in general.
        # A process only by its suffix, and what it brings about: no definition of what it is.
        misses("# Alliances\n\nCoordination allows partners to close the gaps. Partners value coordination. "
               "Coordination needs trust.\n", "coordination"),
        # A name's last word is no kind to build a definition on ("A bondsteel that hosts ...").
        misses("# Bases\n\nCamp Bondsteel keeps a regional training centre for allied engineers. Engineers reach "
               "Camp Bondsteel by road. Camp Bondsteel grew quickly.\n", "Camp Bondsteel"),
        # "The Federation": the short name of one body of the text, not a process because of "-tion".
        misses("# Sport\n\nThe Federation divides athletes into classes by their weight at the start. Rules of the "
               "Federation are strict. The Federation meets yearly.\n", "federation"),
        misses("# Coasts\n\nLongshore drift shaped this beach in 1990. Groynes slow longshore drift. "
               "Longshore drift shapes spits.\n", "longshore drift"),
    ),
))
