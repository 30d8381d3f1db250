"""Contrast swapped: "True or false? According to the text, <the sentence with the two sides of “rather than” swapped>".

Reads the sentences that prefer one thing to another: "X rather than Y" ("diplomacy conducted
through careers rather than communiqués", "sustained as a whole rather than as a collection of
separate camps").  Swapping the two sides makes a statement the text contradicts, on the point
the sentence exists to make; the sentence as it stands is the matching statement keyed True.  A
learner must know which side the text takes, not only that both were mentioned, so the level is
"understand".

Only when the two sides are sure: the side after "rather than" runs to the next comma or the end
of the sentence, and the side before it mirrors it: the same opening word ("as a whole rather
than as a collection"), an article for an article ("the diplomatic mission rather than a
separate military command"), or one word for one word ("political rather than technical"), or two
bare words for two, a modifier and its noun of one kind each ("long-term investments rather than
quick fixes"; not "use rates rather than raw numbers", a verb and its object; not after an
adjective that binds the left side).  A side "the X of the Y" set against "the Z of W" is the whole
phrase ("the needs of the partner country rather than the preferences of the donor").
Anything else (a verb phrase, "small steps rather than one burst") is not read, nor one noun for one
noun when a modifier binds the first ("a better product rather than inflation": swapped, "a better
inflation").  Nor is a
sentence that leans on what came before (a pronoun, "this", "the two", a bare "The reasons"):
lifted out, it names nothing; nor one with a negation (a swap under "not" may still be true), a
semicolon, a question, quoted words or a second "rather than".  Nor a claim about some cases only ("Some
measures are about talking rather than watching", "may be trusted rather than feared": swapped, the text
does not rule it out; ``statements.hedged``), nor a side that is one of two joined words ("relaxed and
[alive] rather than [stiff]": swapped, "relaxed and stiff" contradicts itself), nor a contrast inside a
clause of "when", "whether", "if" ("decide when a threat justifies military force rather than police
action": the text asserts no contrast there, and swapped it is not false).  A second clause opening with
a pronoun (", and it pays attention to ...") points to the first clause's subject: the first clause,
with the contrast, is asked alone.

The same contrast written with a denial is read as "rather than" (``as_rather_than``): "X is not A but B"
and "X is A, but not B" say "X is B rather than A" and "X is A rather than B", the shape essays use most for
the point they exist to make ("Interoperability is not a single achievement but a continuous process").  The
denial must be the sentence's only one and deny no auxiliary's verb ("does not settle disputes but
gives ...": the sides are verb phrases the swap cannot mirror); "not only", "not just", "not merely" ("but
also") add, they set nothing against anything, and are left alone.  The sides are then read as above.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.words import getAllLemmas, word_pos
from lessontext.words.numbers import CARDINALS

from ..candidate import Candidate
from ..context import leans_on_context
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..incidental import framing_sentence, summary_sentence
from ..phrasing import lift, true_false_stem
from ..prose import is_verb
from ..rules import CONTRAST_STATEMENT, CONTRAST_SWAP_FALSE
from ..sequel import points_back, without_conclusion
from ..statements import hedged, worked_line
from ..text import ANAPHORIC_OPENERS, POINTING_PRONOUNS, STOPWORDS, content_stems, has_markdown_residue, norm, words
from ..types import QuestionType
from . import FAMILIES
from .true_statement import TRUE_STATEMENT_CONFIDENCE

CONFIDENCE = {CONTRAST_SWAP_FALSE: 0.58, CONTRAST_STATEMENT: TRUE_STATEMENT_CONFIDENCE}

_RATHER = " rather than "
_ARTICLES = frozenset({"a", "an", "the"})
# Words that open a side mirrored by the same word on the other side ("as ... rather than as ...").
_OPENERS = frozenset("as to for in on at by from with through into under over of".split())
MAX_SIDE_WORDS = 6
_PRONOUNS = POINTING_PRONOUNS | frozenset("we us our you your i me my one ones former latter".split())
# A possessive after the first words points to a noun of the same sentence ("loyal to their commanders",
# "gave European art its systems"); at the start it points back ("Its real purpose").
_POSSESSIVES = frozenset("its their his her".split())
_SUBJECT_WORDS = 3
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither)\b|n't\b", re.I)
_NUMBERS = frozenset("two three four five both".split())
_DETERMINERS = frozenset("this that these those its their his her our your my each every some any no".split())
# A subordinator with no comma after it before the contrast: the contrast is inside its clause.
_SUBORDINATE = re.compile(r"\b(?:when|whether|if|unless)\b[^,;:]*$", re.I)
_PRONOUN_CLAUSE = re.compile(r"^(?P<first>[^;:]+?),\s+(?:and|but)\s+(?:it|they|he|she)\s+[^;]+$")
_AUX = frozenset("is are was were has have had can could may might must will would do does did".split())


# "not A but B" and "A, but not B": a contrast written with a denial.  Before "not", no auxiliary of a verb other
# than "be" ("do not X but Y": verb phrases); after it, no word that adds rather than denies ("not only ... but also").
_NOT_A_BUT_B = re.compile(r"(?<!\bdo )(?<!\bdoes )(?<!\bdid )\bnot\s+(?!(?:only|just|merely|simply|least|also)\b)"
                          r"(?P<a>[^,;:.!?]+?),?\s+but\s+(?!(?:also|rather|not|instead)\b)(?P<b>[^,;:.!?]+)")
_A_BUT_NOT_B = re.compile(r",\s+but\s+not\s+(?!(?:only|just|merely|also)\b)(?=[^,;:]+(?:[.!?]|$))")
_MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might|must|shall|should|will|would|has|have|had)\s+$", re.I)


def as_rather_than(sentence: str) -> tuple[str, str]:
    """(``sentence`` with a contrast written with a denial ("is not A but B", "is A, but not B") written with
    "rather than" ("is B rather than A", "is A rather than B"), the text's words it replaced); the sentence itself
    and "" when it has no such contrast or more than one denial."""
    if len(_NEGATION.findall(sentence)) != 1 or _RATHER in sentence:
        return sentence, ""
    if m := _NOT_A_BUT_B.search(sentence):
        if _MODAL_BEFORE.search(sentence[: m.start()]):
            return sentence, ""  # "can not X but Y": a possibility, the swap may hold
        first_a, first_b = (m.group(side).split()[0].lower() for side in ("a", "b"))
        if first_a in _ARTICLES and "VERB" in getAllLemmas(first_b):
            return sentence, ""  # "are not a class of their own but need special care": a noun and a verb's phrase (test-ax)
        written = sentence[: m.start()] + m.group("b") + _RATHER + m.group("a").strip() + sentence[m.end():]
        return written, m.group(0)
    if m := _A_BUT_NOT_B.search(sentence):
        said = re.search(r"\S+\s*" + re.escape(m.group(0)) + r"[^,;:.!?]+", sentence)
        return sentence[: m.start()] + _RATHER + sentence[m.end():], said.group(0) if said else m.group(0)
    return sentence, ""


def bare_definite_subject(toks: list[str]) -> bool:
    """ "The reasons are ...", "The technology itself did not ...": a definite subject of one common noun points back to
    an earlier sentence (both raters on test-dg: "the technology disappeared", which technology?)."""
    toks = [t for t in toks[:4] if t.lower() not in {"itself", "themselves"}]
    return len(toks) > 2 and toks[0].lower() == "the" and toks[1].islower() and toks[2].lower() in _AUX


def modified_noun(before: str, word: str) -> bool:
    """``word`` is a noun that ``before`` modifies (an adjective or a determiner): the modifier belongs to
    the noun, and with the nouns swapped it lands on the other one ("a better [product] rather than
    [inflation]" -> "a better inflation"; "low and stable [inflation] rather than [zero]" -> "stable zero").
    Blind raters rejected both swaps on test-h; an adjective side keeps its determiner ("a political
    rather than technical matter")."""
    noun = getAllLemmas(word.lower().strip(",.;:"))
    if not noun.get("NOUN") or noun.get("ADJ"):
        return False
    low = before.lower().strip(",.;:")
    return low in _ARTICLES or low in _DETERMINERS or bool(getAllLemmas(low).get("ADJ"))


def _modifier_kinds(toks: list[str]) -> frozenset[str]:
    """How the first of two words can modify a noun second ("ADJ", "NOUN"); empty when they are no such pair."""
    first, last = (t.lower().strip(",.;:") for t in toks)
    if first in STOPWORDS or last in STOPWORDS or any(not re.fullmatch(r"[a-z][a-z-]*", t) for t in (first, last)):
        return frozenset()
    if not getAllLemmas(last).get("NOUN"):
        return frozenset()
    modifier = getAllLemmas(first)
    if not modifier:
        return frozenset({"ADJ"}) if "-" in first else frozenset()  # "long-term": a compound the table lacks
    return frozenset(k for k in ("ADJ", "NOUN") if modifier.get(k))


def _mirrored_noun_phrases(left: list[str], right: list[str]) -> bool:
    """Two bare noun phrases of two words, their first words modifiers of one kind ("long-term investments" /
    "quick fixes", "military force" / "police action"); not a verb and its object ("use rates" / "raw
    numbers": "use" is no adjective)."""
    return bool(_modifier_kinds(left) & _modifier_kinds(right))


def _binds(word: str) -> bool:
    """``word`` belongs to the phrase after it: an article, a determiner or an adjective."""
    low = word.lower().strip(",.;:")
    if low in _ARTICLES or low in _DETERMINERS or low in _NUMBERS:
        return True
    lemmas = getAllLemmas(low)
    return bool(lemmas.get("ADJ")) and not lemmas.get("VERB") and low not in STOPWORDS


_FRACTIONS = frozenset("half quarter third quarters thirds".split())


def _inside_a_number(toks: list[str], start: int) -> bool:
    """The article at ``start`` opens the fraction of a number ("fourteen and a half years", "2 and a quarter"):
    the side would begin inside the number (raters on test-cb: "a truce of fourteen and a permanent peace rather
    than a half years", nonsense)."""
    after = toks[start + 1].lower().strip(",.;:") if start + 1 < len(toks) else ""
    before = [t.lower().strip(",.;:") for t in toks[max(0, start - 2):start]]
    return after in _FRACTIONS and (len(before) < 2 or before[1] == "and" and (before[0] in CARDINALS
                                                                               or before[0].isdigit()))


def sides(sentence: str) -> tuple[int, int, int, int] | None:
    """Character spans (left start, left end, right start, right end) of "X rather than Y", or None."""
    if sentence.count(_RATHER) != 1:
        return None
    at = sentence.index(_RATHER)
    before, after = sentence[:at], sentence[at + len(_RATHER):]
    if before.rstrip().endswith(",") or not before.strip():
        return None  # ", rather than saving ...": which side is set against it is not clear
    m = re.match(r"[^,;:.!?()]+", after)
    if not m:
        return None
    right = m.group(0).rstrip()
    right_toks = right.split()
    if not 1 <= len(right_toks) <= MAX_SIDE_WORDS:
        return None
    left_toks = before.split()
    first = right_toks[0].lower()
    if first in _OPENERS or first in _ARTICLES:
        wanted = {first} if first in _OPENERS else _ARTICLES
        starts = [i for i in range(len(left_toks) - 1, max(-1, len(left_toks) - 1 - MAX_SIDE_WORDS), -1)
                  if left_toks[i].lower() in wanted]
        if not starts:
            return None
        start = starts[0]
        if _inside_a_number(left_toks, start):
            return None  # "a truce of fourteen and [a half years] rather than [a permanent peace]": a number cut
        if start > 1 and left_toks[start - 1].lower() == "of" and " of " in f" {right.lower()} " and len(starts) > 1:
            start = starts[1]  # "the needs of [the partner]" set against "the preferences of the donor": the whole phrase
        if len(left_toks) - start < 2 or len(left_toks) - start > MAX_SIDE_WORDS:
            return None
    elif len(right_toks) == 2 and len(left_toks) > 2 and _mirrored_noun_phrases(left_toks[-2:], right_toks):
        if _binds(left_toks[-3]):
            return None  # "a [long-term investment] rather than [quick fixes]": the article is the left side's
        start = len(left_toks) - 2
    elif len(right_toks) == 1 and first not in STOPWORDS and left_toks[-1].lower() not in STOPWORDS:
        if len(left_toks) > 1 and modified_noun(left_toks[-2], left_toks[-1]):
            return None  # "low and stable [inflation] rather than [zero]": swapped, "low and stable zero"
        one, other = word_pos(left_toks[-1].lower().strip(".,;")), word_pos(first.strip(".,;"))
        if one and other and not one & other:
            return None  # "obtained by [expression] rather than [distilled]": a noun and a participle (test-da)
        start = len(left_toks) - 1
    else:
        return None
    left = left_toks[start:]
    if any("," in t for t in left) or len(left) > MAX_SIDE_WORDS:
        return None
    left_start = len(" ".join(left_toks[:start])) + (1 if start else 0)
    right_start = at + len(_RATHER)
    return left_start, at, right_start, right_start + len(right)


def verbless_gerund(toks: list[str]) -> bool:
    """A phrase opening on an "-ing" word with no verb after it ("Measuring the length only to the top of the bob
    rather than to its centre", a list's item): no statement to call true or false (both raters on test-ca)."""
    return toks[0].lower().endswith("ing") and not any(
        is_verb(t, p) for p, t in zip(toks, toks[1:]) if not t.lower().endswith("ing"))


def readable_alone(sentence: str, title: str = "") -> bool:
    """The sentence names what it speaks of: no pronoun, pointer, negation or bare definite subject."""
    toks = words(sentence)
    low = [t.lower() for t in toks]
    if not toks or low[0] in ANAPHORIC_OPENERS or set(low[:_SUBJECT_WORDS]) & _POSSESSIVES:
        return False
    if set(low) & (_PRONOUNS - _POSSESSIVES):
        return False
    if any(a == "the" and b in _NUMBERS for a, b in zip(low, low[1:], strict=False)):
        return False  # "the two can pick up a telephone"
    if bare_definite_subject(toks) or _NEGATION.search(sentence) or verbless_gerund(toks):
        return False
    return not (";" in sentence or "?" in sentence or '"' in sentence or "“" in sentence
                or framing_sentence(sentence) or summary_sentence(sentence) or has_markdown_residue(sentence)
                or leans_on_context(sentence, title))


def first_clause(sentence: str) -> str:
    """The clause with the contrast, when a second clause joined to it by "and"/"but" opens with a pronoun
    ("Good capacity building follows the needs of the partner rather than the preferences of the donor,
    and it pays attention to institutions"): the pronoun points to the first clause's subject, and the
    first clause is the claim the contrast makes.  "" when there is no such second clause."""
    m = _PRONOUN_CLAUSE.match(sentence)
    return m.group("first") + "." if m and _RATHER in m.group("first") else ""


def swapped(sentence: str) -> tuple[str, str, str] | None:
    """(the sentence with the two sides of "rather than" swapped, the text's contrast, the swapped
    contrast), or None when the sides are not sure."""
    spans = sides(sentence)
    if spans is None:
        return None
    a, b, c, d = spans
    left, right = sentence[a:b], sentence[c:d]
    if hedged(sentence[:a]):
        return None  # "Some measures are about talking rather than watching": the swap may hold of others
    if _SUBORDINATE.search(sentence[:a]):
        # "decide when a threat is serious enough to justify [military force] rather than [police action]":
        # the contrast sits in what is decided, not in what the text asserts; swapped, it is not false.
        return None
    if re.search(r"\b(?:and|or)\s*$", sentence[:a]) and len(left.split()) == 1:
        # "look relaxed and [alive] rather than [stiff]": swapped, "relaxed and stiff" contradicts itself
        # (raters on test-k); the side is one of two joined words, not all of what is set against the other.
        return None
    if norm(left) == norm(right) or content_stems(left) & content_stems(right):
        # "the person making [a claim] rather than [the claim itself]": one noun on both sides, the side
        # cut short; swapped, it reads as nonsense (test-c raters: rejected).
        return None
    if content_stems(sentence[d:]) & (content_stems(left) | content_stems(right)):
        # "other strains of [yeast] rather than [bacteria], so-called wild yeasts": what follows names a side, and
        # swapped the sentence contradicts itself (both raters on test-db).
        return None
    if left[:1].isupper() and a == 0:
        right, left = right[:1].upper() + right[1:], left[:1].lower() + left[1:]
    turned = right + _RATHER + left
    return as_a_state(sentence[:a]) + turned + sentence[d:], sentence[a:d], turned


# A verb of continuing just before the contrast: "standardisation remains a continuing process rather than a finished
# achievement".  Swapped, it says the wrong side held before and holds still ("remains a finished achievement"):
# awkward, and a second claim beside the one turned (both raters on test-z: "write 'is a finished achievement'").
_CONTINUING = re.compile(r"\b(?P<verb>remains|remain|stays|stay)\s+$")


def as_a_state(before: str) -> str:
    """``before`` (the words before the first side of the contrast) with a verb of continuing that ends it turned
    into the plain "is" / "are"."""
    m = _CONTINUING.search(before)
    if m is None:
        return before
    return before[: m.start()] + ("is " if m.group("verb").endswith("s") else "are ")


def rather_than_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for section, sentence in lesson.sentences:
        if _RATHER not in sentence and " but " not in sentence:
            continue
        statement, written = as_rather_than(without_conclusion(lift(sentence)))
        if _RATHER not in statement or written and summary_sentence(sentence):
            continue  # "In conclusion, ... cooperation is not a luxury but a necessity": a moral, its swap self-refuting  # "is therefore best treated as": drop "therefore"
        if not readable_alone(statement, lesson.document.title):
            statement = first_clause(statement)
        if not statement or not readable_alone(statement, lesson.document.title) or worked_line(sentence, course):
            continue
        if points_back(statement):
            continue  # "other arrangements aim to ...": other than what? context lost
        swap = swapped(statement)
        if swap is None:
            continue
        false, said, turned = swap
        said = written or said  # the text's own words where it wrote the contrast with a denial
        yield from statement_twins(
            ((false, False, CONTRAST_SWAP_FALSE, turned), (statement, True, CONTRAST_STATEMENT, said)),
            course=course, section=section, sentence=sentence, said=said, kind="contrast",
            claim=f"rather:{sentence}", confidence=CONFIDENCE,
        )


def statement_twins(twins, *, course: CourseView, section, sentence: str, said: str, kind: str, claim: str,
                    confidence) -> Iterator[Candidate]:
    """True/false candidates read for meaning from one sentence: ``twins`` holds (statement, truth, rule, key)."""
    for text, truth, rule, key in twins:
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=rule,
            stem=true_false_stem(text, course),
            statement=text,
            key=key,
            original=said,
            truth=truth,
            kind=kind,
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"{'True' if truth else 'False'}. The text says: “{sentence}”",
            base=confidence[rule],
            shown=(sentence,),
            claims=(claim,),
            level="understand",
        )


EXCHANGES = """# Exchanges

## Purpose

An exchange programme is diplomacy conducted through careers rather than communiqués.
Coalition logistics sustains a multinational force as a whole rather than as a collection of national camps.
The defence section forms part of the diplomatic mission rather than a separate military command.
"""

# Two bare noun phrases; a contrast before a second clause that opens with a pronoun.
MISSIONS = """# Training Missions

## Lessons

Training and advisory missions are best understood as long-term investments rather than quick fixes.
Good capacity building follows the needs of the partner country rather than the preferences of the donor, and it pays attention to institutions as well as skills.
"""

# Pronouns, "the two", a bare definite subject, a negation, a verb phrase: no side is sure to swap.
UNSURE = """# Exchanges

## Limits

They speak as acquaintances rather than strangers.
When a crisis arrives, the two can speak as acquaintances rather than strangers.
The reasons are mostly political rather than technical.
Officers do not serve as observers rather than as staff.
The visitor is expected to carry real responsibility rather than simply observe.
Real samples vary, so treat these as typical figures rather than exact constants.
"""

AD_HOMINEM = """# Fallacies

## Informal fallacies

An ad hominem argument attacks the person making a claim rather than the claim itself, as when a proposal is dismissed because its author is wealthy.
"""

# A subject "other" than something not shown; a conclusion drawn from the sentence before.
SEQUELS = """# Hotlines

## Limits

Other arrangements aim to prevent accidents rather than to end fighting.
Break-even analysis is therefore best treated as a guide rather than an exact prediction.
"""

# A list of mistakes, each a phrase with no verb (test-ca: "measuring the length only to its centre rather than ...").
MISTAKES = """# Pendulums

## Common mistakes

- Measuring the length only to the top of the bob rather than to its centre.
- Timing a single swing rather than twenty swings and dividing by twenty.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="rather_than",
    priority=46,
    scope=LESSON,
    build=rather_than_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(EXCHANGES, CONTRAST_SWAP_FALSE,
              "According to the text, an exchange programme is diplomacy conducted through communiqués rather than careers."),
        makes(EXCHANGES, CONTRAST_SWAP_FALSE, "as a collection of national camps rather than as a whole"),
        makes(EXCHANGES, CONTRAST_SWAP_FALSE, "part of a separate military command rather than the diplomatic mission"),
        makes(EXCHANGES, CONTRAST_STATEMENT,
              "According to the text, an exchange programme is diplomacy conducted through careers rather than communiqués."),
        makes(MISSIONS, CONTRAST_SWAP_FALSE, "best understood as quick fixes rather than long-term investments"),
        makes(MISSIONS, CONTRAST_SWAP_FALSE,
              "follows the preferences of the donor rather than the needs of the partner country."),
        makes_no(UNSURE),
        makes_no(SEQUELS, CONTRAST_SWAP_FALSE, "other arrangements"),
        makes(SEQUELS, CONTRAST_SWAP_FALSE, "analysis is best treated as an exact prediction rather than a guide."),
        makes_no(AD_HOMINEM, CONTRAST_SWAP_FALSE),  # "a claim" / "the claim itself": a side cut short
        makes_no(MISTAKES, CONTRAST_SWAP_FALSE),
    ),
))
