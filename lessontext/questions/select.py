"""Rank the candidates that passed the rubric and pick a quiz from them.

Greedy: at each step take the best remaining candidate, where "best" adds bonuses for an uncovered section and
an unused question type to its rank (``Candidate.rank``: the learned score of ``quality.py``, which predicts blind
raters' verdicts out of fold where the hand-set confidence did not), subject to the quiz-level rules (no source
sentence twice, no true/false twins, a labelled list asked at most twice and a table once, a key at most twice, no
item's answer shown by another: an answer offered as another item's wrong option leaves that option instead, while
two remain).  ``drafting.to_question`` then drafts each one, its key's position balanced.  ``refusal`` names the rule
that leaves a candidate out, for ``bench/assembly.py --refusals``.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial

from rapidfuzz import fuzz

from .candidate import Candidate
from .cues import cue
from .gate import published
from .rules import ENTITY_SWAP_FALSE, TRUE_STATEMENT
from .text import BLANK, content_stems, find_phrase, norm, stem, words
from .types import QuestionType

MIN_CONFIDENCE = 0.5
# Below the publishing cut, a candidate may still join a quiz as a draft for the teacher to
# review: at most MAX_DRAFTS of them, and only when the publishable ones have run out.
DRAFT_FLOOR = 0.35
MAX_DRAFTS = 2
# Dates and numbers: at most this share of a quiz (at least one item).
MAX_NUMBER_SHARE = 0.2
# A section not yet asked about comes first: this bonus outweighs any difference of confidence
# between families, so every section gets one item before any gets a second.
NEW_SECTION_BONUS = 0.3
# Within a section already asked about, a paragraph not yet asked about comes next: an essay's sections hold several
# paragraphs, each its own point, and blind raters scored coverage of the main ideas 1-2 of 5 while the quiz asked
# twice about one paragraph and never the next (test-l, test-m).  Less than the section's bonus, and than the gap
# between a usable family and a weak one.
NEW_PARAGRAPH_BONUS = 0.1
# Unpaired false statements leave a quiz only while it keeps at least this many items.
MIN_PAIRED_QUIZ = 4
# Lifted true statements test recognition more than understanding: a few at most.  Three, not two: of the true
# statements the assembly left out, blind raters accepted 29 and found 5 more usable after an edit of 40 ratings
# (near-misses-test-m, -test-l), and a third True still needs a False to pair it and the course's false share
# (``balance``) to publish it.
MAX_PER_RULE = {TRUE_STATEMENT: 3}
# No rule may fill more than this share of a quiz, even when nothing else is left: a quiz of six "which item does
# this describe" questions is one question asked six times.
MAX_RULE_SHARE = 0.4
MAX_KEY_USES = 2
GROUP_CLAIM = "group:"  # a labelled group claims the items mined from it: at most this many (``second_of_group``)
MAX_GROUP_ITEMS = 2
# Rules blind raters rated weakly (dev-r2): they may win a place on their merit, but never fill a
# place freed by a dropped item or left by the publishable ones; a shorter quiz is better.  Nor does such a
# False wait for the course to pair it (``spare_falses``): of the swapped entities that pass the checks today,
# raters rejected 4 and accepted 10.5 of 21, where the other false rules' rated items were nearly all accepted.
NO_FILLERS = frozenset({ENTITY_SWAP_FALSE, TRUE_STATEMENT})
# An item that asks to understand or apply (a cause, a category, a formula on new numbers) goes
# ahead of a recall item of about the same confidence.
BEYOND_RECALL_BONUS = 0.15
# A lesson's quiz keeps its true/false keys paired; a statement keyed True that no False pairs waits as a
# spare (``choose_with_spares``) and the course decides (``balance.balance_course``): per lesson, thin
# essays that each took one made their courses 63-83% True (test-k 7 of 11, test-h 7 of 10, dev 5 of 6),
# while a quiz allowed none dropped Trues raters accepted from courses already at 40% False (test-l).
TWIN_SIMILARITY = 80
# Below this many items a quiz is thin (``reasons.MIN_QUESTIONS``): it may take items that share a term
# with another's options (see ``choose``).
THIN_QUIZ = 5
# A thin quiz's first picks may keep most of the rest out: an item whose stem names what three others ask ("contains
# antigens from a pathogen") or offers their keys as options (test-h's immune system: 2 items of 14 that passed every
# check).  Ranked again with this much off per candidate an item keeps out (``_crowding``), it takes the alternative
# only if it then asks more.
CROWDING_PENALTY = 0.15
# Taken for one item more, it exchanged items raters had accepted for others on three open sets (test-s,
# test-ak, test-ao); for two more or above, it lost none.
CROWDING_GAIN = 2


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """Keys compare by word stems: "cookies" and "Cookie" are one key."""
    return " ".join(sorted(stem(w) for w in words(text)))


def _name_part(a: str, b: str) -> bool:
    """One key's words are some of the other's ("sundiata" / "keita sundiata")."""
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and bool(wb) and wa != wb and (wa <= wb or wb <= wa)


def keys_of(c: Candidate) -> list[str]:
    if c.type is QuestionType.MATCHING:
        return [_key(p.answer) for p in c.pairs]
    if c.type is QuestionType.TRUE_FALSE:
        return [_key(c.original or c.key)]
    if c.kind == "definition":
        return [_key(c.original)]
    if c.type is QuestionType.FILL_BLANK:
        return [_key(c.answers[0])]
    return [_key(k) for k in c.correct]


def asked_terms(c: Candidate) -> tuple[str, ...]:
    """The words a learner must produce or pick (not sentence-long options: a definition, a reason).

    A matching item shows all its terms anyway: what it must not meet is an item pairing one of
    them with its description (see ``gives_away``).
    """
    if c.type is QuestionType.FILL_BLANK:
        # Every accepted form: "known as STANAGs" in a statement gives away the gap keyed "STANAG" (raters
        # on test-d: the key of one item named in the next).
        return tuple(c.answers)
    if c.type in (QuestionType.SINGLE, QuestionType.MULTIPLE) and c.kind != "definition":
        return tuple(c.correct)
    return ()


def shown_text(c: Candidate) -> str:
    """What the learner reads besides the options: the stem, the statement, the matching prompts."""
    return "\n".join((c.stem, c.statement, *(p.prompt for p in c.pairs)))


@lru_cache(maxsize=65536)
def _mentions(text: str, term: str) -> bool:
    return len(term) > 2 and find_phrase(text, term) is not None


def gives_away(c: Candidate, other: Candidate, *, options: bool = True) -> bool:
    """``other`` shows one of ``c``'s answers: in its stem, statement or prompts, or (unless ``options`` is
    false) among its options."""
    if c.type is QuestionType.MATCHING:
        # "What is meant by “Acceptance”?" keyed by its definition pairs a term of the matching.
        answers = {_key(p.answer) for p in c.pairs}
        return other.kind == "definition" and bool(other.original) and _key(other.original) in answers
    terms = asked_terms(c)
    if not terms:
        return False
    text = shown_text(other)
    shown = {_key(o) for o in other.options} if options else set()
    return any(_mentions(text, t) or _key(t) in shown for t in terms)


def choose(candidates: Sequence[Candidate], *, rng: random.Random, target: int,
           paragraphs: Mapping[str, int] | None = None) -> list[Candidate]:
    """Pick the quiz (without the spares of ``choose_with_spares``)."""
    return choose_with_spares(candidates, rng=rng, target=target, paragraphs=paragraphs)[0]


def choose_with_spares(candidates: Sequence[Candidate], *, rng: random.Random, target: int,
                       paragraphs: Mapping[str, int] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """Pick the quiz, and the statements keyed True left out of it only to keep its true/false keys paired.

    Publishable candidates (confidence at least ``MIN_CONFIDENCE``) first; when matching items crowd out more single
    questions, try without them, unless fewer would then go to learners without review (test-cr: a key-terms matching
    gave way to six single drafts); then, when the quiz is short, up to ``MAX_DRAFTS`` drafts (at least
    ``DRAFT_FLOOR``) under the same quiz-level rules.  ``paragraphs`` numbers the lesson's paragraphs by the sentences
    they hold (``paragraph_numbers``): the quiz spreads over them.
    """
    paired, best = _assemble(candidates, target=target, paragraphs=paragraphs)
    if len(paired) < min(THIN_QUIZ, target):
        # A thin quiz ranked again with each candidate's cost in the items it keeps out (``_crowding``): taken
        # only when the quiz then asks ``CROWDING_GAIN`` more (a matching counted by its pairs, as ``_value``
        # counts it), and none of its items has left but one that would cue another (not one that only shares
        # its sentence), never a true/false item (its key pairs another) nor a matching.
        crowding = _crowding(candidates)
        if any(crowding.values()):
            again, first = _assemble(candidates, target=target, paragraphs=paragraphs, crowding=crowding)
            left = [c for c in paired if c not in again]
            cueing = _crowding(candidates, cues=True) if left else {}
            if _value(again, target)[0] >= _value(paired, target)[0] + CROWDING_GAIN and all(
                    cueing.get(id(c)) and c.type not in (QuestionType.TRUE_FALSE, QuestionType.MATCHING) for c in left):
                paired, best = again, first
    dropped = [c for c in best if c not in paired]
    chosen = without_shown_definitions(without_shown_answers(paired))
    trues = spare_trues(candidates, chosen, target=target, dropped=dropped, paragraphs=paragraphs)
    return chosen, [*trues, *spare_falses(candidates, chosen, trues, target=target, paragraphs=paragraphs)]


def _assemble(candidates: Sequence[Candidate], *, target: int, paragraphs: Mapping[str, int] | None,
              crowding: Mapping[int, frozenset[int]] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """The quiz with its true/false keys paired, and the items picked before the pairing (``choose_with_spares``);
    ``crowding`` as ``_greedy_over`` reads it."""
    greedy = partial(_greedy_over, paragraphs=paragraphs or {}, crowding=crowding)
    # No random tie-break: equal scores go to the candidate generated first (family priority, then the
    # lesson's order). A random draw per candidate reshuffled the whole quiz whenever one candidate came
    # or went; now the same candidates give the same quiz whatever ``rng`` (kept for the callers' sake).
    best = greedy(candidates, target)
    if len(best) < target and any(c.type is QuestionType.MATCHING for c in best):
        alternative = greedy([c for c in candidates if c.type is not QuestionType.MATCHING], target)
        if published(alternative) >= published(best) and _value(alternative, target) > _value(best, target):
            best = alternative
    if len(best) < target:
        drafts = [c for c in candidates if DRAFT_FLOOR <= c.base < MIN_CONFIDENCE and c.rule not in NO_FILLERS]
        if drafts:
            best = greedy([*best, *drafts], min(target, len(best) + MAX_DRAFTS), floor=DRAFT_FLOOR,
                          start=best, size=target)
    paired = _paired_true_false(best)
    if len(paired) < min(len(best), target):
        # An unpaired False left: the sentences it held are free again for other items (no False).
        rest = [c for c in candidates if c not in best and c.rule not in NO_FILLERS
                and not (c.type is QuestionType.TRUE_FALSE and not c.truth)]
        paired = _paired_true_false(greedy(rest, min(target, len(best)), start=paired, size=target))
    if 0 < len(paired) < min(THIN_QUIZ, target):
        # A thin quiz may ask about a term another item offers as a wrong option ("Mode" among the options
        # for "the middle value"): a lesser flaw than leaving its sibling terms unasked.
        rest = [c for c in candidates if c not in paired and c.rule not in NO_FILLERS
                and c.type in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.FILL_BLANK)]
        paired = greedy(rest, target, start=paired, options=False)
    return paired, best


def paragraph_numbers(blocks: Iterable[Iterable[str]]) -> dict[str, int]:
    """Each sentence's paragraph, numbered in order: ``blocks`` gives each paragraph's (or list's) sentences."""
    numbers: dict[str, int] = {}
    for i, sentences in enumerate(blocks):
        for sentence in sentences:
            numbers.setdefault(sentence, i)
    return numbers


def spare_trues(candidates: Sequence[Candidate], chosen: Sequence[Candidate], *, target: int,
                dropped: Sequence[Candidate] = (), paragraphs: Mapping[str, int] | None = None) -> list[Candidate]:
    """Publishable statements keyed True that would join ``chosen`` but for the pairing of true/false keys,
    in the order the quiz would take them.

    Every other quiz-level rule holds (sentences, twins, give-aways, caps, ``target``), also against the
    items ``dropped`` from the quiz: a True that lost its place to an unpaired False does not take the
    place the False frees (``NO_FILLERS``).
    """
    if len(chosen) >= target:
        return []
    trues = [c for c in candidates if c.type is QuestionType.TRUE_FALSE and c.truth and c.base >= MIN_CONFIDENCE
             and c not in chosen]
    if trues and dropped:
        sentences = {s for d in dropped for s in (d.source_sentence, *d.shown)}
        claims = {cl for d in dropped for cl in d.claims if not cl.startswith("key:")}
        trues = [c for c in trues if _compatible(c, dropped, sentences, claims, Counter())]
    if not trues:
        return []
    return _greedy_over(trues, target, start=chosen, unpaired_true=target, paragraphs=paragraphs or {})[len(chosen):]


def spare_falses(candidates: Sequence[Candidate], chosen: Sequence[Candidate], trues: Sequence[Candidate], *,
                 target: int, paragraphs: Mapping[str, int] | None = None) -> list[Candidate]:
    """Publishable statements keyed False that would join ``chosen`` beside its spare ``trues`` but for the
    pairing of true/false keys, in the order the quiz would take them.

    The course's balance (``balance.balance_course``) takes one only where it pairs a True waiting in the
    course, this lesson's or another's: at the floor of 40% keyed False every False left out cost the course
    one or two true statements, most of them ones raters accepted.  A False of a rule rated weakly
    (``NO_FILLERS``) does not wait: it may win a place in its own quiz, never one the pairing left.
    """
    if len(chosen) + len(trues) >= target:
        return []
    falses = [c for c in candidates if c.type is QuestionType.TRUE_FALSE and c.truth is False
              and c.base >= MIN_CONFIDENCE and c.rule not in NO_FILLERS and c not in chosen]
    if not falses:
        return []
    start = [*chosen, *trues]
    return _greedy_over(falses, target, start=start, unpaired_false=target, paragraphs=paragraphs or {})[len(start):]


# A definition whose content words are at least this share of another item's shown words is shown there.
SHOWN_DEFINITION = 0.75
MIN_DEFINITION_STEMS = 3
MIN_DISTRACTORS = 2


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return content_stems(text)


def shown_elsewhere(definition: str, other: Candidate) -> bool:
    """``other`` shows ``definition`` as its own: in its stem (the fill-in "The _____ promised American
    support to ...") or as its key ("what is meant by “Cold War”?" keyed by it)."""
    said = _stems(definition)
    if len(said) >= MIN_DEFINITION_STEMS and len(said & _stems(shown_text(other))) >= SHOWN_DEFINITION * len(said):
        return True
    return other_key(definition, other)


def without_shown_definitions(chosen: list[Candidate]) -> list[Candidate]:
    """Each "what is meant by T?" item loses the distractors that another item of the quiz shows as its own
    key or key definition, while two distractors remain.

    Blind raters found one item's key definition offered as another's distractor in two test-h lessons
    (four items: "the Truman Doctrine definition is #3's key and a distractor in #2 and #9"), in test-g
    ("the epidemiology definition is the key of #8 and a distractor in #4 and #6") and test-d: the one
    item tells the learner which option of the other to strike out.  Dropping the whole item instead cost
    more items the raters accepted than rejected on the other sets; trimming the option keeps the item.

    When not every such distractor can go, as many go as leave two, another item's key first: two items
    whose options each hold the other's key cue each other (raters on test-d, test-f, test-h, test-l,
    test-p, test-q: "the same option set", "#2's key reused as a distractor"), while a definition a
    fill-in's stem paraphrases cues only that one.
    """
    out = []
    for c in chosen:
        if c.kind == "definition" and c.type is QuestionType.SINGLE:
            others = [o for o in chosen if o is not c]
            shown = [d for d in c.distractors if any(shown_elsewhere(d, o) for o in others)]
            spare = len(c.distractors) - MIN_DISTRACTORS
            if shown and spare > 0:
                shown.sort(key=lambda d: not any(other_key(d, o) for o in others))  # stable: keys first
                gone = set(shown[:spare])
                c = replace(c, distractors=tuple(d for d in c.distractors if d not in gone))
        out.append(c)
    return out


def answer_keys(items: Iterable[Candidate]) -> frozenset[str]:
    """The answers the items ask for (``asked_terms``), by key."""
    return frozenset(_key(t) for c in items for t in asked_terms(c))


def struck(c: Candidate, answers: frozenset[str]) -> Candidate:
    """``c`` without the distractors that are ``answers`` of other items, when at least ``MIN_DISTRACTORS``
    remain; else ``c`` as it is (and the quiz-level rules keep the two items apart).

    A term a fill-in asks for, offered as a wrong option in another item, hints the fill-in's answer and
    tells the learner to strike the option out; refusing the second item for it left the typed key's
    siblings unasked (the assembly's most frequent refusal after a sentence already asked about:
    ``bench/assembly.py --refusals``; of the 27 it refused so that blind raters had rated where an older
    generator published them, 11 accepted, 13 usable after one edit).  The option goes and the item
    stays, as ``without_shown_definitions`` does for definitions.
    """
    if c.type not in (QuestionType.SINGLE, QuestionType.MULTIPLE) or not c.distractors:
        return c
    own = {_key(t) for t in asked_terms(c)}
    kept = tuple(d for d in c.distractors if _key(d) not in answers or _key(d) in own)
    if len(kept) == len(c.distractors) or len(kept) < MIN_DISTRACTORS:
        return c
    return replace(c, distractors=kept)


def without_shown_answers(chosen: list[Candidate]) -> list[Candidate]:
    """Each item loses the distractors that are another item's answers, while two remain (``struck``)."""
    return [struck(c, answer_keys(o for o in chosen if o is not c)) for c in chosen]


def other_key(definition: str, other: Candidate) -> bool:
    """``definition`` is the key of ``other``, a "what is meant by" item."""
    return other.kind == "definition" and norm(definition) in {norm(k) for k in other.correct}


def _paired_true_false(chosen: list[Candidate]) -> list[Candidate]:
    """As many true/false items keyed True as keyed False: an unpaired False (the least sure) leaves.

    Raters found true/false keyed False 62-100% of the time; a learner who always answers
    "False" must not gain by it.
    """
    tf = [c for c in chosen if c.type is QuestionType.TRUE_FALSE]
    trues = sum(1 for c in tf if c.truth)
    extra = sorted((c for c in tf if not c.truth), key=lambda c: c.rank)[: max(0, len(tf) - 2 * trues)]
    if len(chosen) - len(extra) < MIN_PAIRED_QUIZ:
        # A thin lesson keeps its one False rather than shrink below a usable quiz.
        extra = extra[1:]
    return [c for c in chosen if c not in extra]


def is_number_item(c: Candidate) -> bool:
    """The item asks to recall (or swaps) a date, a year or a quantity; a computation on fresh numbers
    (level "apply") recalls none and is not capped with them (raters accepted every one)."""
    if c.level == "apply":
        return False
    if c.kind == "year" or c.kind.startswith("quantity:"):
        return True
    key = c.original or c.key or (c.answers[0] if c.answers else "")
    return bool(key) and any(ch.isdigit() for ch in key) and len(key) <= 12


def _value(chosen: Sequence[Candidate], target: int) -> tuple[float, int, float]:
    # A matching item asks several things at once: count its extra pairs as half a question each.
    extra = sum(0.5 * (len(c.pairs) - 1) for c in chosen if c.type is QuestionType.MATCHING)
    return (min(len(chosen), target) + extra, len({c.type for c in chosen}), sum(c.rank for c in chosen))


def _rule_cap(rule: str, size: int) -> int:
    """How many items of ``rule`` a quiz of ``size`` holds (``MAX_PER_RULE``, ``MAX_RULE_SHARE``)."""
    return min(MAX_PER_RULE.get(rule, size), max(2, math.ceil(size * MAX_RULE_SHARE)))


def _number_cap(size: int) -> int:
    """How many date and number items a quiz of ``size`` holds (``MAX_NUMBER_SHARE``, at least one)."""
    return max(1, int(size * MAX_NUMBER_SHARE))


def _greedy_over(candidates: Sequence[Candidate], target: int, *,
                 floor: float = MIN_CONFIDENCE, start: Sequence[Candidate] = (), unpaired_true: int = 0,
                 unpaired_false: int = 1, options: bool = True, size: int | None = None,
                 paragraphs: Mapping[str, int] | None = None,
                 crowding: Mapping[int, frozenset[int]] | None = None) -> list[Candidate]:
    """The best ``target`` items from ``start`` on; ``unpaired_true`` Trues may go ahead of the Falses, and
    ``unpaired_false`` Falses ahead of the Trues.  With ``crowding`` (``_crowding``), a candidate's score
    loses ``CROWDING_PENALTY`` for each candidate still in the pool that it would keep out.

    The shares of a type, a rule and numbers are of the quiz's ``size`` (``target`` unless given): a pass
    that only tops up a quiz (two drafts, the place an unpaired False left) stops at fewer items, but its
    caps are the quiz's.  Counted from the top-up's own stop, a rule's cap fell to two whenever the quiz held
    three items, so one more candidate anywhere in the lesson turned out another rule's draft (test-p: a
    third fill-in on a new sentence lost a rated fill-in two raters accepted).
    """
    size = size or target
    pool = [c for c in candidates if c.base >= floor and c not in start]
    chosen: list[Candidate] = []
    used_sentences: set[str] = set()
    used_claims: set[str] = set()
    key_uses: Counter[str] = Counter()
    type_count: Counter[QuestionType] = Counter()
    rule_count: Counter[str] = Counter()
    sections: Counter[str] = Counter()
    places: Counter[int] = Counter()  # paragraphs asked about (``paragraphs``)
    paragraph_of = (paragraphs or {}).get
    truth: Counter[bool] = Counter()
    numbers = 0
    max_per_type = max(2, math.ceil(size * 0.4))
    max_numbers = _number_cap(size)

    def take(c: Candidate) -> None:
        nonlocal numbers
        chosen.append(c)
        used_sentences.update({c.source_sentence, *c.shown})
        used_claims.update(cl for cl in c.claims if not cl.startswith("key:"))
        key_uses.update(keys_of(c))
        type_count[c.type] += 1
        rule_count[c.rule] += 1
        sections[c.source_anchor] += 1
        place = paragraph_of(c.source_sentence)
        if place is not None:
            places[place] += 1
        if c.type is QuestionType.TRUE_FALSE:
            truth[bool(c.truth)] += 1
        numbers += is_number_item(c)

    for c in start:
        take(c)
    pool = [c for c in pool if _compatible(c, chosen, used_sentences, used_claims, key_uses, options)]
    capped = True
    while pool and len(chosen) < target:
        best, best_score = None, -1.0
        waiting = {id(c) for c in pool} if crowding else set()
        for c in pool:
            if rule_count[c.rule] >= _rule_cap(c.rule, size):
                continue
            if capped and type_count[c.type] >= max_per_type:
                continue
            # True/false keyed False and True in turn: at most one True ahead of the Falses, never two
            # Falses ahead of the Trues (unless ``unpaired_*`` allow more).
            if c.type is QuestionType.TRUE_FALSE and (
                truth[True] >= truth[False] + unpaired_true if c.truth
                else truth[False] >= truth[True] + unpaired_false
            ):
                continue
            if numbers >= max_numbers and is_number_item(c):
                continue
            score = c.rank
            score += NEW_SECTION_BONUS if sections[c.source_anchor] == 0 else -0.03 * sections[c.source_anchor]
            place = paragraph_of(c.source_sentence)
            score += NEW_PARAGRAPH_BONUS if place is not None and places[place] == 0 else 0.0
            score += 0.1 if type_count[c.type] == 0 else -0.04 * type_count[c.type]
            score -= 0.04 * rule_count[c.rule]
            score += BEYOND_RECALL_BONUS if c.level != "remember" else 0.0
            if crowding:
                score -= CROWDING_PENALTY * len(crowding.get(id(c), frozenset()) & waiting)
            if score > best_score:
                best, best_score = c, score
        if best is None:
            if capped:
                # The mix is as varied as the lesson allows; fill up with what is left.
                capped = False
                continue
            break
        pool.remove(best)
        if not _compatible(best, chosen, used_sentences, used_claims, key_uses, options):
            continue
        take(best)
        pool = [c for c in pool if _compatible(c, chosen, used_sentences, used_claims, key_uses, options)]
    return chosen


def _crowding(candidates: Sequence[Candidate], *, cues: bool = False) -> dict[int, frozenset[int]]:
    """For each publishable candidate (by ``id``), the publishable candidates it would keep out of a quiz
    that held it alone (``_conflict``): the same sentence or claim, its key shown as their option or named in
    their stem, or theirs in its own; with ``cues``, only those it would cue (not those asking the same)."""
    pool = [c for c in candidates if c.base >= MIN_CONFIDENCE]
    kept_out: dict[int, frozenset[int]] = {}
    for c in pool:
        sentences = {c.source_sentence, *c.shown}
        claims = {cl for cl in c.claims if not cl.startswith("key:")}
        uses = Counter(keys_of(c))
        same = (None, "sentence_used", "claim_used") if cues else (None,)
        kept_out[id(c)] = frozenset(id(o) for o in pool
                                    if o is not c and _conflict(o, [c], sentences, claims, uses) not in same)
    return kept_out


def second_of_group(c: Candidate, claim: str, chosen: Sequence[Candidate]) -> bool:
    """``c`` may be a labelled group's second item beside the one of ``chosen`` that holds ``claim``.

    A list of labelled items is often what a lesson teaches (the glands and what each does; the parts of
    a cell): one item per list left the rest of it unasked, and blind raters found a second item of the
    same list clean ("sibling of #2 - same list, but different item", test-i).  Only two items of one rule, each
    asking a different label, neither a matching (a matching already asks every pair); the first item's key
    offered as the second's option goes (``struck``): raters marked "#3's key reused as a distractor" (test-l).
    """
    if not claim.startswith(GROUP_CLAIM) or c.type is QuestionType.MATCHING:
        return False
    holders = [o for o in chosen if claim in o.claims]
    if not 0 < len(holders) < MAX_GROUP_ITEMS or any(o.rule != c.rule or o.type is QuestionType.MATCHING
                                                     for o in holders):
        return False
    # Even in a thin quiz (``options=False``): siblings that keep each other's keys as options cue each other.
    answers = answer_keys([*holders, c])
    mine = struck(c, answers)
    return not any(gives_away(mine, theirs) or gives_away(theirs, mine)
                   for theirs in (struck(o, answers) for o in holders))


def _compatible(c: Candidate, chosen: Sequence[Candidate], sentences: set[str], claims: set[str],
                key_uses: Counter[str], options: bool = True) -> bool:
    return _conflict(c, chosen, sentences, claims, key_uses, options) is None


def _conflict(c: Candidate, chosen: Sequence[Candidate], sentences: set[str], claims: set[str],
              key_uses: Counter[str], options: bool = True) -> str | None:
    """The name of the first quiz-level rule that keeps ``c`` out beside ``chosen``; None when none does."""
    if c.source_sentence in sentences or any(s in sentences for s in c.shown):
        return "sentence_used"
    if any(cl in claims and not second_of_group(c, cl, chosen) for cl in c.claims if not cl.startswith("key:")):
        return "claim_used"
    keys = keys_of(c)
    if any(key_uses[k] >= MAX_KEY_USES for k in keys):
        return "key_twice"
    # A term a matching item pairs is asked: a second item on it repeats it (test-cn: "Uplift" matched, then keyed).
    matched = {k for other in chosen if other.type is QuestionType.MATCHING for k in keys_of(other)}
    if any(k in matched for k in keys):
        return "key_twice"
    # An answer offered as a wrong option elsewhere leaves that option, where two remain (``struck``).
    answers = answer_keys([*chosen, c])
    c = struck(c, answers)
    chosen = [struck(other, answers) for other in chosen]
    # A typed answer must not be shown as an option elsewhere in the quiz, nor the other way round.
    if c.type is QuestionType.FILL_BLANK:
        on_show = {_key(t) for other in chosen for t in (*other.options, *(p.answer for p in other.pairs))}
        if any(key_uses[k] or k in on_show for k in keys):
            return "typed_key_shown"
    fill_keys = {k for other in chosen if other.type is QuestionType.FILL_BLANK for k in keys_of(other)}
    shown = set(keys) | {_key(o) for o in c.options}
    if fill_keys & shown:
        return "typed_key_shown"
    # A name typed twice, once in part ("Sundiata" beside "Sundiata Keita"): one answer asked twice, each
    # stem a clue to the other (raters on test-ab: rejected by both).
    # A name: capitalised in mid-sentence, every accepted form ("_____, meaning ..." opens with any word).
    if c.type is QuestionType.FILL_BLANK and c.answers and all(a[:1].isupper() for a in c.answers) \
            and not c.stem.lstrip().startswith(BLANK) \
            and any(_name_part(k, f) for k in keys for f in fill_keys):
        return "typed_key_shown"
    if c.type is QuestionType.TRUE_FALSE:
        for other in chosen:
            if other.type is QuestionType.TRUE_FALSE and fuzz.ratio(other.statement, c.statement) >= TWIN_SIMILARITY:
                return "true_false_twin"
    if found := cue(c, chosen):  # the same definitions offered twice; two swaps that trade names (``cues``)
        return found
    # No item's answer in another's stem or options, either way round.
    if any(gives_away(c, other, options=options) or gives_away(other, c, options=options) for other in chosen):
        in_stem = any(gives_away(c, other, options=False) or gives_away(other, c, options=False) for other in chosen)
        return "gives_away" if in_stem else "option_shows_key"
    return None


def refusal(c: Candidate, quiz: Sequence[Candidate], target: int) -> str | None:
    """The first quiz-level rule that refuses ``c`` beside ``quiz`` (a quiz of at most ``target``), by name;
    None when none does.  For studies of what the assembly leaves out (``bench/assembly.py --refusals``)."""
    if len(quiz) >= target:
        return "quiz_full"
    sentences = {s for o in quiz for s in (o.source_sentence, *o.shown)}
    claims = {cl for o in quiz for cl in o.claims if not cl.startswith("key:")}
    conflict = _conflict(c, quiz, sentences, claims, Counter(k for o in quiz for k in keys_of(o)))
    if conflict:
        return conflict
    rules = Counter(o.rule for o in quiz)
    if rules[c.rule] >= _rule_cap(c.rule, target):
        return "rule_cap"
    if is_number_item(c) and sum(map(is_number_item, quiz)) >= _number_cap(target):
        return "number_share"
    if c.type is QuestionType.TRUE_FALSE:
        truth = Counter(bool(o.truth) for o in quiz if o.type is QuestionType.TRUE_FALSE)
        if truth[True] >= truth[False] if c.truth else truth[False] >= truth[True]:
            return "true_false_pairing"  # it waits for a statement of the other key
        if c.rule in NO_FILLERS:
            return "no_filler"
    if c.base < MIN_CONFIDENCE:
        return "draft" if c.base >= DRAFT_FLOOR and c.rule not in NO_FILLERS else "below_floor"
    return None
