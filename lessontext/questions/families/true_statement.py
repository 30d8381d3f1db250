"""True statements: "True or false? According to the text, <a sentence of the lesson>".

Reads the sentences that mention a name, date, quantity, acronym or a
glossary term of a concrete kind, each sentence once: lifted as it stands
(without a leading discourse marker), it is true according to the text, and
balances the false statements made by swapping such mentions.  Not a sentence about
the lesson itself ("The examples come mainly from ...") nor one that sums up ("In short,
...", "Overall, ..."): a true statement keyed True must state a fact of the subject.
An aside between the subject and its verb (", which share one of the
world's longest land borders,", ", created in 1987,") is trimmed while a name or term of the sentence
stays (raters on test-d and test-f asked for it; what is left is still true).
Not a sentence that judges or hedges ("is widely regarded as", "and with good reason"), nor one whose
claim is a vague amount ("extended certain protections", "produced notable results": ``statements.vague_claim``), nor one that
needs a sentence not shown ("the parties agreed", "went much further", "Comparable hotlines":
``context.leans_on_context``, asked of every lifted sentence once the lesson's own names are written in:
``referents.named_in_context``), nor one that points at a part of the page
("the triangle from Worked example 1", "the second column": ``incidental.layout_reference``), nor a line of a worked example
("7 counters are not blue, and 7 ÷ 10 = 0.7": ``statements.worked_line``), nor a sentence with no figure
from the text's closing ("Charts made together protect seafarers ...": ``statements.closing_sentence``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..context import LEANS_BACK, claim_leans_on_context, leans_on_context, without_leaning_then  # noqa: F401 (LEANS_BACK: enumerations reads it here)
from ..course import CourseView, LessonView
from ..cuts import shortened
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..incidental import framing_sentence, illustrative, layout_reference, life_date, summary_sentence
from ..kinds import swappable_kind
from ..phrasing import lift, true_false_stem
from ..prose import is_verb
from ..quality import lesson_facts
from ..referents import lesson_people, named_in_context, previous_sentence, resolve_person
from ..rules import TRUE_STATEMENT
from ..sequel import points_back, without_conclusion
from ..statements import closing_sentence, evaluative, names_itself, opening_sentence, vague_claim, worked_line
from ..text import CALCULATION, find_phrase, words
from ..types import QuestionType
from . import FAMILIES
from .fill_blank import EARLY_PRINTING

# An aside a true statement can do without: a non-restrictive relative clause between commas (", which
# share one of the world's longest land borders,"), or a participle dated between commas (", created in
# 1987,"). Raters on test-d and test-f asked to trim them: what is left is still true, and one claim.
_ASIDE = re.compile(
    r",\s+(?:which|who|whose)\s[^,;:()“”\"]{3,90},(?=\s+[a-z])"
    r"|,\s+[a-z]+ed\s+in\s+\d{4},(?=\s+[a-z])"
)


# A phrase that opens the sentence and ends with a comma: "At the global level,", "Within the European
# Union,".  Its comma opens no appositive, so none closes after the aside (raters on test-g: "the Arms Trade
# Treaty, requires"; test-i: "the European Defence Agency (EDA), helps").
_INTRODUCTORY = re.compile(
    r"^\s*(?:at|in|within|under|for|after|before|during|since|by|on|from|among|across|through|with|without|"
    r"beyond|outside|inside|as|like|unlike|despite|following)\b[^,]*,", re.I)


def _relative_has_verb(aside: str) -> bool:
    """A "whose" aside holds its own verb (", whose songs were published in 1844,"); one that does not (", whose
    book Systema Naturae,") is only the start of a relative clause whose verb comes after the next comma, and
    cutting it would leave a broken sentence ("Carl Linnaeus in its tenth edition of 1758, set out ...").  A "which"
    or "who" takes its verb straight after it."""
    toks = words(aside)
    if len(toks) < 2 or toks[0].lower() != "whose":
        return True
    previous = toks[1]
    for tok in toks[2:]:
        if is_verb(tok, previous):
            return True
        previous = tok
    return False


def without_asides(statement: str, *keys: str) -> str:
    """``statement`` without the asides between its subject and its verb, unless nothing of ``keys`` (the
    names and terms that make it a fact to check) is left without them."""
    # An aside that closes an appositive opened before it ("Regime, or MTCR, created in 1987,") keeps
    # the comma that closes it.
    def cut(m: re.Match) -> str:
        before = m.string[: m.start()]
        toks = words(before)
        if any(is_verb(t, toks[i - 1] if i else "") for i, t in enumerate(toks)):
            return m.group(0)  # "reformed the office of Lord Chancellor, who had ...": after the verb, a list may follow
        if not _relative_has_verb(m.group(0)):
            return m.group(0)  # ", whose book Systema Naturae, in its ... edition, set out": the comma ends no clause
        commas = before.count(",") - bool(_INTRODUCTORY.match(before))
        return "," if commas % 2 else ""
    trimmed = _ASIDE.sub(cut, statement)
    return trimmed if any(find_phrase(trimmed, k) for k in keys) else statement


_FIGURE = re.compile(r"\d")

# The share of a lesson's sentences, the least close in meaning to the whole lesson, that are asides rather
# than its ideas.  Rated true statements from the lesson's least central tenth were usable for 27% of their
# value (15 items, 12 of them rejected by at least one rater: "Mrs Donoghue drank ginger beer ...", "daily sales
# fall from 120 sandwiches to 90", "the United Kingdom's Skynet 5 programme illustrates ..."), those above it
# for 61-76% (``semantics`` via ``quality.LessonFacts.centrality``).
ASIDE_SHARE = 0.1


def aside_sentence(sentence: str, course: CourseView) -> bool:
    """``sentence`` is among the ``ASIDE_SHARE`` of the lesson's sentences least close to what it is about."""
    facts = course.remembered(("true-statement-facts",),
                              lambda: lesson_facts(s for _, s in course.lesson.sentences))
    return len(facts.sentences) >= 1 / ASIDE_SHARE and facts.centrality(sentence) < ASIDE_SHARE


# A sentence this short with no figure states a headline anyone would guess True ("the United Nations has
# reinforced the link between heritage and security", "NATO gradually brought cyberspace into its core
# tasks").  Over every rated corpus, true statements of at most 12 words with no figure were worth 0.40 of an
# accepted rating on the sets these rules were designed from (5 items) and 0.38 on the others (8 items),
# against 0.74 and 0.65 for the rest; at 15 words, 0.55 and 0.48 (20 and 24 items), which cost more accepted
# items than it spared rejected ones.
HEADLINE_WORDS = 12


def headline_sentence(sentence: str) -> bool:
    """``sentence`` is a short claim with no figure: a headline, guessed True without reading."""
    return len(words(sentence)) <= HEADLINE_WORDS and not _FIGURE.search(sentence)


# "For centuries it described a dream. ... Hero showed how the dream could be built": "the dream" is the one the
# sentence before brings in ("a dream"), new to the lesson there; lifted alone, the statement does not say which (test-eb,
# both raters).  A thing the lesson spoke of before ("the fuel" of a lesson on fires) is no new one.
_THE_NOUN = re.compile(r"\bthe\s+([a-z]{3,})\b(?![’'-])")


def _first_sentences(course: CourseView) -> dict[str, str]:
    """Each lower-case word of the lesson, and the first sentence that writes it (memoised)."""
    def first() -> dict[str, str]:
        seen: dict[str, str] = {}
        for _, text in course.lesson.sentences:
            for word in re.findall(r"[a-z]+", text.lower()):
                seen.setdefault(word, text)
        return seen
    return course.remembered(("first-sentences",), first)


def introduced_before(statement: str, previous: str, first: dict[str, str] | None = None) -> bool:
    """``statement`` says "the <noun>" of a thing ``previous`` brings in as "a <noun>", first written there (``first``:
    each word's first sentence), which the statement does not name otherwise."""
    for m in _THE_NOUN.finditer(statement):
        noun = m.group(1)
        introduced = rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+)?{noun}\b"
        if getAllLemmas(noun).get("NOUN") and re.search(introduced, previous) and not re.search(introduced, statement) \
                and (first is None or first.get(noun) == previous):
            return True
    return False


def one_claim(statement: str, sentence: str, course: CourseView, *keys: str) -> str | None:
    """``statement``, lifted from ``sentence`` to be keyed True, as one self-contained claim of one of the
    lesson's ideas: cut short where a safe cut allows (``cuts.shortened``, keeping one of ``keys``); None for
    an aside of the lesson (``aside_sentence``), a headline (``headline_sentence``), a compound sentence no safe cut shortens, or a statement that
    needs a sentence not shown ("the SI unit for both is ...": ``sequel.points_back``).  Every family that
    lifts a sentence as a true statement asks it (this one, ``enumerations``, ``clause_completion``)."""
    if aside_sentence(sentence, course) or headline_sentence(sentence) \
            or introduced_before(statement, previous_sentence(course, sentence) or "", _first_sentences(course)):
        return None
    short = shortened(statement, *keys)
    return None if short is None or points_back(short) else short

# Also the confidence of the true statements the enumeration and clause families lift.
TRUE_STATEMENT_CONFIDENCE = 0.52

CONFIDENCE = {TRUE_STATEMENT: TRUE_STATEMENT_CONFIDENCE}


def true_statements(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    seen: set[str] = set()
    for mention in lesson.mentions:
        if mention.sentence in seen or not (swappable_kind(mention.kind) or mention.kind == "acronym"):
            continue
        if framing_sentence(mention.sentence) or summary_sentence(mention.sentence) or evaluative(mention.sentence) \
                or layout_reference(mention.sentence):
            continue  # "..., and with good reason": a judgement keyed True is guessed without reading
        if vague_claim(mention.sentence) or life_date(mention.sentence) or names_itself(mention.sentence):
            continue  # "extended certain protections": no definite fact to get wrong; "was born in 1550": a biography's
        named_sentence = named_in_context(course, mention.sentence)
        if illustrative(mention.sentence, mention.anchor) or CALCULATION.search(mention.sentence) \
                or leans_on_context(named_sentence, course.title) \
                or claim_leans_on_context(without_leaning_then(named_sentence)) or worked_line(mention.sentence, course):
            continue  # "Amira deposits £2,000 ...": a worked example's givens; "Similar obligations ...": context lost
            # ("The convention also provides ..." reads alone once named as the sentence before named it)
        if closing_sentence(mention.sentence, course) and not _FIGURE.search(mention.sentence):
            continue  # "Charts made together protect seafarers ...": an essay's closing words, guessed True
        if mention.sentence == opening_sentence(course):
            continue  # the hook ("In 1860 the United States stretched from the Atlantic to the Pacific, but news did
            # not"): of the rated first sentences keyed True, 44 ratings rejected and 55 accepted of 114, against 327
            # and 1,814 of 2,832 for the rest of the text (test-b to test-dg)
        seen.add(mention.sentence)
        named = [m.text for m in lesson.mentions if m.sentence == mention.sentence]
        lifted = without_leaning_then(lift(mention.sentence))  # "..., then became": the event, not its order
        statement = one_claim(without_conclusion(without_asides(lifted, *named)), mention.sentence,
                              course, *named)
        if statement is not None:  # "after 1678 he used legal claims": the person the sentence before opens on
            statement = resolve_person(statement, previous_sentence(course, mention.sentence), course.lesson_text,
                                       lesson_people(course))
        if statement is None:
            continue
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=TRUE_STATEMENT,
            stem=true_false_stem(statement, course),
            statement=statement,
            key=mention.text,
            truth=True,
            kind=mention.kind,
            source_anchor=mention.anchor,
            source_sentence=mention.sentence,
            explanation=f"True. The text says: “{mention.sentence}”",
            base=CONFIDENCE[TRUE_STATEMENT],
            shown=(mention.sentence,),
            claims=(),
        )


# No name, date or quantity: nothing marks a sentence as a fact worth asking about.
NO_NAMES = """# Cells

## Parts

Cells are the small units that make up every living thing on the land.
"""

# A sentence about the lesson itself, or one that sums up: no fact of the subject to check.
FRAMING = EARLY_PRINTING + """
The examples in this lesson come mainly from Venice and London.

In short, Venice in 1494 was the centre of the book trade.
"""

# Sentences that lean on the one before, and a worked example's givens: no true statement.
LEANING = """# Treaties

## Obligations

States have signed many treaties on weapons.
The Ottawa Convention entered into force in 1999 and bans anti-personnel mines.
Similar obligations appear in the Convention on Cluster Munitions of 2008.

In the years that followed, the Mine Ban Treaty was joined by 164 states.
The parties agreed in 1997 to destroy their stockpiles within four years.
The treaty's entry into force in 1999 is widely regarded as a turning point for humanitarian disarmament.
The Convention on Cluster Munitions of 2008 was signed in Oslo and sets out the same obligations.

## Worked example

Amira deposits £2,000 in an account at the Northern Bank for 3 years.

## Rates

Tripling the deposit of the Northern Bank gives £6,000, the sum from Worked example 2.
"""

# An essay's closing words: what it argued, in general words, guessed True without reading.
CLOSING = """# Sea Charts

## Surveys

Charts of the Gulf were once poor.
The Hydrographic Office in Taunton surveyed the coast of Oman with the Royal Navy in 1998.

## Conclusion

Charts made by Oman and the Hydrographic Office together protect seafarers and support trade.
"""

# A vague amount where the fact should be: keyed True, nothing to get wrong.
VAGUE = """# Lighthouses

## Keepers

Norway has a long coast.
The Lighthouse Board of Norway employed 212 keepers in 1930.
An act of 1962 gave certain duties to the Coast Guard of Norway.
In the fjords, the Lighthouse Board of Norway has achieved notable results.
Henrik Aall, the first director of the Lighthouse Board of Norway, was born in 1880.
"""

# A long compound sentence: cut to its first claim, without the list "among others" and the second claim.
COMPOUND = """# Pilotage

## Accords

Pilots guide ships into port.
The harbour board of Bergen signed a pilotage accord with Hull in 1894 and has since concluded pilotage accords with Leith, Aberdeen, Dundee, Grimsby and Whitby, among others; the Whitby accord was signed in 1921.
"""

# A short claim with no figure: a headline, guessed True without reading.
HEADLINE = """# Printing

## Venice

Venice soon became the centre of the Italian book trade.
Aldus Manutius founded the Aldine Press in Venice in 1494.
"""

# A lesson about tides, and one sentence about a fishing competition: the aside makes no true statement.
ASIDE = """# Tides

## Causes

The Moon's gravity pulls the oceans into two bulges on opposite sides of the Earth.
As the Earth turns, a coast passes through both bulges, so most coasts see two high tides a day.
The Sun's gravity also raises tides, a little under half as strong as the Moon's.
When the Sun and the Moon line up, at new and full moon, their pulls add up to spring tides.
When they pull at right angles, at the quarter moons, the smaller neap tides follow.

## Ranges

The Bay of Fundy in Canada has a tidal range of up to 16 metres.
The Mediterranean Sea has tides of only a few centimetres in most places.
Funnel-shaped bays and estuaries raise the range, and open ocean islands lower it.
Tide tables give the times and heights of high and low water for each port.
In 1998 the angler Tom Berrow won a trophy in Aberdeen for a cod weighing 20 kilograms.
"""

# The hook a text opens on: keyed True, a scene-setter is guessed without reading.
HOOK = """# The Mail

## News

In 1860 the United States stretched from the Atlantic to the Pacific, but news did not.
The Pony Express carried mail from Missouri to California in ten days in 1860.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="true_statement",
    priority=60,
    scope=LESSON,
    build=true_statements,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(EARLY_PRINTING, TRUE_STATEMENT, "According to the text, Aldus Manutius founded the Aldine Press in Venice in 1494."),
        makes_no(NO_NAMES),
        makes_no(LEANING, TRUE_STATEMENT, "Similar obligations"),
        makes_no(LEANING, TRUE_STATEMENT, "Amira deposits"),
        makes_no(LEANING, TRUE_STATEMENT, "Worked example 2"),  # points at the lesson's layout
        makes(LEANING, TRUE_STATEMENT, "the Ottawa Convention entered into force in 1999"),
        makes_no(LEANING, TRUE_STATEMENT, "164 states"),  # "the years that followed" what?
        makes_no(LEANING, TRUE_STATEMENT, "destroy their stockpiles"),  # which parties?
        makes_no(LEANING, TRUE_STATEMENT, "widely regarded"),
        makes_no(LEANING, TRUE_STATEMENT, "the same obligations"),  # the same as what?  # a judgement: guessed without reading
        makes_no(FRAMING, TRUE_STATEMENT, "come mainly from"),
        makes_no(FRAMING, TRUE_STATEMENT, "centre of the book trade"),
        makes(CLOSING, TRUE_STATEMENT, "surveyed the coast of Oman"),
        makes_no(CLOSING, TRUE_STATEMENT, "protect seafarers"),  # the closing's general claim
        makes(VAGUE, TRUE_STATEMENT, "employed 212 keepers in 1930"),
        makes_no(VAGUE, TRUE_STATEMENT, "was born in 1880"),  # a biography's date, not the lesson's point
        makes_no(VAGUE, TRUE_STATEMENT, "certain duties"),  # which duties?
        makes_no(VAGUE, TRUE_STATEMENT, "notable results"),
        makes(COMPOUND, TRUE_STATEMENT, "Bergen signed a pilotage accord with Hull in 1894."),
        makes_no(COMPOUND, TRUE_STATEMENT, "among others"),  # the list and the second claim are cut away
        makes(HEADLINE, TRUE_STATEMENT, "founded the Aldine Press in Venice in 1494"),
        makes_no(HEADLINE, TRUE_STATEMENT, "centre of the Italian book trade"),
        makes(ASIDE, TRUE_STATEMENT, "Bay of Fundy"),
        makes(HOOK, TRUE_STATEMENT, "Pony Express carried mail"),
        makes_no(HOOK, TRUE_STATEMENT, "stretched from the Atlantic"),
        makes_no(ASIDE, TRUE_STATEMENT, "Tom Berrow"),
    ),
))
