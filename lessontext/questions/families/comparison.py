"""Comparison: "According to the text, which of these has the highest capacity factor?".

Reads a lesson that compares a few named things in a table (three to six of them, one per row, or one per
column of a table written sideways: ``tables.compares_columns``) and the sentences of its prose whose clause
opens with one of them and says it is the one with the most or least of something: a superlative ("Copper
has the highest conductivity of the three"), or a comparative over all the others ("Iron is heavier than any
of the others").  Only one of the compared things can be that, so the other things of the table are wrong
answers of the same kind, and the text states the key outright.  A comparison lesson sets things side by side
so that a learner tells them apart: the item asks exactly that, so its level is "understand".

The same clause with its subject swapped for another compared thing is a true/false statement keyed False
("Aluminium has the highest conductivity of the three"): it is surely false, since one thing cannot be the
highest twice.  So is a comparison of two of them with the two swapped ("Iron is lighter than aluminium" for
"Aluminium is lighter than iron"): a strict comparative cannot hold both ways.

Not a hedged superlative ("one of the cheapest", "among the lightest"), not a clause whose subject is not one of
the compared things (a pronoun, "both", a relative clause between subject and verb), and only a superlative
adjective English grades ("highest", "cheapest"; not "west" or "interest").  A compared thing is named as the lesson
writes it with the subject's head ("Solar power" beside "Wind power", when the lesson writes both); the subject's own
words never appear in the stem.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..course import CourseView, LessonView, TableInfo
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import lift, true_false_stem
from ..rules import COMPARISON_CHOICE, COMPARISON_SWAP_FALSE
from ..text import find_phrase, is_plural, norm, words
from ..types import QuestionType
from . import FAMILIES
from .tables import compares_columns

CONFIDENCE = {COMPARISON_CHOICE: 0.6, COMPARISON_SWAP_FALSE: 0.58}
MIN_THINGS, MAX_THINGS = 3, 6
MAX_NAME_WORDS = 4
# A clause of its own: after a comma and a conjunction, a semicolon, or an opening "Unlike them,".
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|whereas|but|so|although|though|which)\s+|;\s+|:\s+", re.I)
_OPENING_PHRASE = re.compile(r"^(?:unlike\s+[^,]{1,40}|by\s+contrast|in\s+contrast|however|overall),\s+", re.I)
_VERBS = r"has|have|is|are|gives|give|produces|produce|offers|offer|needs|need|costs|cost|uses|use|takes|take"
_SUPERLATIVE = re.compile(
    rf"^(?P<subject>(?:(?:the|an?)\s+)?[\w-]+(?:\s+[\w-]+){{0,2}}?)\s+(?P<verb>{_VERBS})\s+"
    r"(?P<what>the\s+(?P<degree>most|least|[a-z]+est)\b[^,;:]*|"
    r"(?P<comparative>[a-z]+er|(?:more|less)(?:\s+[a-z]+)?|fewer)\s+than\s+any(?:\s+of\s+the)?\s+others?\b[^,;:]*)$", re.I)


def compared_things(table: TableInfo) -> tuple[str, ...]:
    """The things a table compares: its column headers when written sideways, else its rows' first cells."""
    names = table.header[1:] if compares_columns(table) else tuple(r[0] for r in table.rows)
    names = tuple(n.strip().strip("*").strip() for n in names)
    if not MIN_THINGS <= len(names) <= MAX_THINGS or len(set(map(norm, names))) != len(names):
        return ()
    if any(not n or len(n.split()) > MAX_NAME_WORDS or not n[:1].isalpha() for n in names):
        return ()
    return names


def _which(head: str, first_header: str) -> str:
    """"which type of bridge" (the subject's head under a "Type" column), else "which of these" ("which power" of
    "Wind power" reads oddly, "which wire" of "Copper" under "Property" more so)."""
    kind = first_header.split()[0] if first_header else ""
    return f"which {kind} of {head.lower()}" if head and kind in {"type", "kind", "sort", "form"} else "which of these"


def graded(degree: str) -> bool:
    """A superlative of an adjective English grades ("highest", "cheapest"), or "most"/"least"."""
    low = degree.lower()
    return low in ("most", "least") or any(a != low for a in getAllLemmas(low).get("ADJ", ()))


def named_as(thing: str, tail: str, lesson_text: str) -> str:
    """``thing`` with the subject's head after it, where the lesson writes it so ("Wind" + "power")."""
    longer = f"{thing} {tail}".strip()
    found = find_phrase(lesson_text, longer) if tail else None
    if found:
        return lesson_text[found.start(): found.end()]
    return thing


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def comparison_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    sets = [(table.id, t) for table in lesson.tables if (t := compared_things(table))]
    if not sets:
        return
    kinds = {table.id: table.header[0].strip().strip("*").lower() for table in lesson.tables if table.header}
    for section, sentence in lesson.sentences:
        for clause in _CLAUSE_BREAK.split(lift(sentence)):
            clause = _OPENING_PHRASE.sub("", clause.strip()).rstrip(" .")
            found = _SUPERLATIVE.match(clause)
            if not found:
                yield from pairwise(clause, sets, section, sentence, course)
                continue
            if found.group("degree") and not graded(found.group("degree")):
                continue
            subject = found.group("subject")
            for table_id, things in sets:
                own = next((t for t in things if re.match(rf"(?:(?:the|an?)\s+)?{re.escape(t)}\b", subject, re.I)), None)
                if own is None:
                    continue
                tail = subject[re.match(rf"(?:(?:the|an?)\s+)?{re.escape(own)}", subject, re.I).end():].strip()
                if len(words(tail)) > 1:
                    continue  # "Solar panels on roofs has ...": more than a head after the name
                others = [named_as(t, tail, course.lesson_text) for t in things if t != own]
                if tail and any(not o.lower().endswith(tail.lower()) for o in others):
                    others, key = [_capital(t) for t in things if t != own], _capital(own)  # "Copper" beside "Iron"
                else:
                    others, key = [_capital(o) for o in others], _capital(re.sub(r"^(?:the|an?)\s+", "", subject, flags=re.I))
                asked = f"{found.group('verb').lower()} {found.group('what')}"
                if any(find_phrase(asked, w) for w in words(own)):
                    continue  # the key's own word in the stem
                # "which type of bridge is the simplest of all?": "of all" of what, the subject's head says (both
                # raters on test-cz: "which of these is the simplest of all?" does not say of what)
                which = _which(tail, kinds.get(table_id, ""))
                claim = f"compare:{norm(asked)}"
                yield Candidate(
                    type=QuestionType.SINGLE,
                    rule=COMPARISON_CHOICE,
                    stem=f"According to the text, {which} {asked}?",
                    key=key,
                    correct=(key,),
                    distractors=tuple(rng.sample(others, min(3, len(others)))),
                    kind=f"table:{table_id}:compared",  # siblings of one table, told apart by the text
                    source_anchor=section.anchor,
                    source_sentence=sentence,
                    explanation=f"According to the text: “{sentence}”",
                    base=CONFIDENCE[COMPARISON_CHOICE],
                    shown=(sentence,),
                    claims=(f"key:{norm(key)}", claim),
                    level="understand",
                )
                swap = rng.choice(others)
                statement = f"{swap} {asked}."
                yield Candidate(
                    type=QuestionType.TRUE_FALSE,
                    rule=COMPARISON_SWAP_FALSE,
                    stem=true_false_stem(statement, course),
                    statement=statement,
                    key=swap,
                    original=key,
                    truth=False,
                    kind="contrast",  # the clause said of the other side: the text's sentence names both
                    source_anchor=section.anchor,
                    source_sentence=sentence,
                    explanation=f"False. The text says: “{sentence}”",
                    base=CONFIDENCE[COMPARISON_SWAP_FALSE],
                    shown=(sentence,),
                    claims=(claim,),
                    level="understand",
                )
                break


def opening_thing(text: str, things: tuple[str, ...], lesson_text: str) -> tuple[str, str] | None:
    """(the compared thing that opens ``text``, the words that name it there: an article, the name and a head word
    the lesson also writes after another compared thing, "the wind turbines" beside "solar turbines"), or None."""
    for thing in things:
        found = re.match(rf"(?:(?:the|an?)\s+)?{re.escape(thing)}\b(?:\s+(?P<head>[a-z]+)\b)?", text, re.I)
        if not found:
            continue
        head = found.group("head")
        if head and any(find_phrase(lesson_text, f"{other} {head}") for other in things if other != thing):
            return thing, found.group(0)
        return thing, text[: found.start("head")].rstrip() if head else found.group(0)
    return None


# "A is cheaper than B", "A has a higher share than B does": a comparative, then "than" and the other thing alone.
_THAN = re.compile(r"\s+than\s+")
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer)\s+[a-z]+|\b[a-z]+er\b", re.I)
_AFTER_OTHER = re.compile(r"^(?:\s+(?:does|do|is|are|has|have|did|was|were))?$", re.I)


def comparative(phrase: str) -> bool:
    """"more costly", "fewer", or a graded word's comparative ("cheaper", "better"; not "water", "other")."""
    first = phrase.split()[0].lower()
    if first in ("more", "less", "fewer"):
        return True
    lemmas = getAllLemmas(first)
    return any(a != first for a in (*lemmas.get("ADJ", ()), *lemmas.get("ADV", ())))


def pairwise(clause: str, sets, section, sentence: str, course: CourseView) -> Iterator[Candidate]:
    """"A is cheaper than B" with the two compared things swapped ("B is cheaper than A"), keyed False."""
    than = _THAN.search(clause)
    if not than:
        return
    before, after = clause[: than.start()], clause[than.end():]
    for _, things in sets:
        first, second = opening_thing(before, things, course.lesson_text), opening_thing(after, things, course.lesson_text)
        if not first or not second or first[0] == second[0] or not _AFTER_OTHER.match(after[len(second[1]):]):
            continue
        middle = before[len(first[1]):]
        degree = _COMPARATIVE.findall(middle)
        if not degree or not comparative(degree[-1]):
            continue
        if is_plural(words(first[1])[-1]) != is_plural(words(second[1])[-1]):
            continue  # "Panels are cheaper than a turbine": swapped, the verb no longer agrees
        lead = words(first[1])[0]
        lex = course.lexicon
        moved = first[1] if lead in lex.mid_caps and lead.lower() not in lex.lower else first[1][:1].lower() + first[1][1:]
        statement = f"{_capital(second[1])}{middle} than {moved}{after[len(second[1]):]}."
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=COMPARISON_SWAP_FALSE,
            stem=true_false_stem(statement, course),
            statement=statement,
            key=second[1],
            original=first[1],
            truth=False,
            kind="contrast",  # the two sides of the text's comparison swapped
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"False. The text says: “{sentence}”",
            base=CONFIDENCE[COMPARISON_SWAP_FALSE],
            shown=(sentence,),
            claims=(f"compare:{norm(clause)}",),
            level="understand",
        )
        return


METALS = """# Three Metals Compared

| Property | Copper | Iron | Aluminium |
|---|---|---|---|
| Main use | Wiring | Bridges and rails | Drinks cans |
| Rusts in damp air | No | Yes | No |
| Colour | Reddish brown | Grey | Silvery white |

## Copper

Copper is soft and reddish and has been used for wiring since the telegraph.

## Iron

Iron is strong and cheap, and most of it is made into steel.

## Aluminium

Aluminium is light and does not rust, which is why it is used for drinks cans and aircraft.

## Similarities and differences

All three conduct electricity. Copper conducts electricity better than iron does, and copper wire has the lowest resistance of the three. Aluminium is lighter than any of the others, so it is chosen where weight matters. Iron is one of the cheapest metals in the world.
"""

BRIDGES = """# Bridges Compared

| Type | How it carries the load | Typical span |
|---|---|---|
| Beam | A deck rests on supports | Up to 100 m |
| Arch | The arch pushes into its ends | Up to 500 m |
| Suspension | Cables hang from towers | Up to 2,000 m |

## Choosing

The beam bridge is the simplest of all. The suspension bridge spans the longest gaps.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="comparison",
    priority=38,
    scope=LESSON,
    build=comparison_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(METALS, COMPARISON_CHOICE, "which of these has the lowest resistance of the three?"),
        makes(METALS, COMPARISON_CHOICE, "which of these is lighter than any of the others?"),
        makes(BRIDGES, COMPARISON_CHOICE, "which type of bridge is the simplest of all?"),  # of all what (test-cz)
        makes(METALS, COMPARISON_SWAP_FALSE, "is lighter than any of the others."),
        makes_no(METALS, COMPARISON_CHOICE, "cheapest"),  # "one of the cheapest": hedged
    ),
))
