"""A yes-or-no question the lesson answers: "True or false? According to the text, all bees live in hives." (keyed
False where the text answers "No.").

Reads a lesson written as questions and answers (a question as a bold line, a sentence of its own or a section's
heading, its answer right after it) where the answer opens with a plain "Yes." or "No.".  The question turned into a
statement is what a learner might believe, and the text says outright whether it holds: a clean true/false item
whose key is the text's own first word.  Frequently-asked-questions pages ask exactly the misreadings a
reader brings ("Do all spiders spin webs?" "No. ..."), so the item tests the point the page exists to make.

Turned only in the shapes whose statement is certain: "Do/Does/Did <subject> <verb> ...?" ("Do all spiders spin
webs?" -> "All spiders spin webs.") and "Is/Are/Was/Were/Can/Could/Will/Has/Have <subject> <rest>?" where the
subject is a noun phrase ending before an article, a preposition, an adjective or a verb ("Are spiders
insects?" -> "Spiders are insects.").  Not a question that speaks to the reader ("Can I ...?", "Should you ...?"),
nor one with "or" (which side would the answer take?), nor one whose answer hedges ("Yes and no.", "Not
always.").  Level "understand": the learner must know which way the text answers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.words import getAllLemmas, getInflection

from ..candidate import Candidate
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import true_false_stem
from ..rules import YES_NO_STATEMENT
from ..text import words
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {YES_NO_STATEMENT: 0.58}

_ALONE = re.compile(r"^(?:Yes|No)[.!]$")
_ANSWER = re.compile(r"^(?P<word>Yes|No)[.!,]\s+(?=[A-Z])")
_DO = frozenset({"do", "does", "did"})
_BE_OR_MODAL = frozenset("is are was were can could will would has have".split())
_READER = frozenset("i you we me us my your our".split())
_DETERMINERS = frozenset("a an the all most some many any every each no this these that those its their".split())
# After the subject, the words that open what is said of it.
_COMPLEMENT_OPENERS = frozenset("a an the only in on at by for with from to into of as than so very more less".split())
MAX_WORDS = 16
OPENING_WORDS = 6


def _base_verb(word: str) -> bool:
    return word in getAllLemmas(word).get("VERB", ())


def _noun(word: str) -> bool:
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("NOUN")) and not lemmas.get("ADJ") and word not in _DETERMINERS


def as_statement(question: str) -> str | None:
    """The statement a yes-or-no question asks about, or None when its shape is not one of the two above."""
    text = question.strip().rstrip("?").strip()
    toks = text.split()
    if not 3 <= len(toks) <= MAX_WORDS or " or " in f" {text.lower()} " or not re.fullmatch(r"[\w’'\-, ]+", text):
        return None
    aux, rest = toks[0].lower(), toks[1:]
    if any(t.lower() in _READER for t in rest):
        return None  # "Can I help bees?": a question to the reader, no claim of the text
    low = [t.lower() for t in rest]
    if aux in _DO:
        at = next((i for i, t in enumerate(low) if i and _base_verb(t) and t not in _DETERMINERS), None)
        if at is None:
            return None
        verb = low[at]
        form = verb if aux == "do" else (getInflection(verb, "VBZ" if aux == "does" else "VBD") or [None])[0]
        if form is None:
            return None
        out = [*rest[:at], form, *rest[at + 1:]]
    elif aux in _BE_OR_MODAL:
        at = 1 if low[0] in _DETERMINERS else 0
        if at >= len(low) or not _noun(low[at]):
            return None
        def verb_next(word: str) -> bool:  # "Can a spider make ...", "Has the treaty entered ...": the verb
            if aux in ("has", "have"):
                return any(word in getInflection(v, "VBN") for v in getAllLemmas(word).get("VERB", ()))
            return aux not in ("is", "are", "was", "were") and _base_verb(word)
        while at + 1 < len(low) and _noun(low[at + 1]) and low[at + 1] not in _COMPLEMENT_OPENERS \
                and not verb_next(low[at + 1]):
            at += 1
        if at + 1 >= len(low):
            return None
        following = low[at + 1]
        lemmas = getAllLemmas(following)
        if not (following in _COMPLEMENT_OPENERS or lemmas.get("ADJ") or lemmas.get("VERB") or lemmas.get("ADV")):
            return None
        out = [*rest[: at + 1], aux, *rest[at + 1:]]
    else:
        return None
    sentence = " ".join(out)
    return sentence[:1].upper() + sentence[1:] + "."


def asked_and_answered(lesson: LessonView) -> Iterator[tuple[object, str, str, str]]:
    """(section, question, answer, the sentence of the lesson that stands for them) for each question the lesson
    answers right after it: a bold line or a sentence of its own (the question stands), or a section's heading and
    its first sentence (the answer stands, or the one after a "Yes." that stands alone; "" for the whole answer)."""
    sentences = lesson.sentences
    for at, (section, question) in enumerate(sentences[:-1]):
        if question.rstrip().endswith("?"):
            answer = sentences[at + 1][1]
            if _ALONE.match(answer) and at + 2 < len(sentences):
                answer = f"{answer} {sentences[at + 2][1]}"  # "Yes." split off as a sentence of its own
            yield section, question, answer, question
    opening: dict[str, list[str]] = {}
    for section, sentence in sentences:
        opening.setdefault(section.anchor, []).append(sentence)
    for section in lesson.document.sections:
        said = opening.get(section.anchor, [])
        if (section.heading or "").rstrip().endswith("?") and said:
            joined = _ALONE.match(said[0]) and len(said) > 1
            yield section, section.heading or "", f"{said[0]} {said[1]}" if joined else said[0], said[1] if joined else ""


def yes_no_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    for section, question, answer, standing in asked_and_answered(lesson):
        in_text = standing == question
        found = _ANSWER.match(answer)
        if not found:
            continue
        statement = as_statement(question)
        if statement is None or len(words(statement)) < 3:
            continue
        truth = found.group("word") == "Yes"
        # The source is the question where it is a sentence of the text, else the answer (a heading is none).
        source = standing or answer
        # Where the answer is the source, its opening words stand for it: the key of one item, no sentence-long key.
        original = question if in_text else " ".join(source.split()[:OPENING_WORDS])
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=YES_NO_STATEMENT,
            stem=true_false_stem(statement, course),
            statement=statement,
            key=answer if in_text else question,  # a text no other sentence repeats
            original=original,
            truth=truth,
            kind="negation",  # the text's own question, answered: no swapped name to check elsewhere
            source_anchor=section.anchor,
            source_sentence=source,
            explanation=f"{'True' if truth else 'False'}. The text asks “{question}” and answers: “{answer}”",
            base=CONFIDENCE[YES_NO_STATEMENT],
            shown=(question, answer),
            claims=(f"yes_no:{question}",),
            level="understand",
        )


SPIDERS = """# Spiders: Questions and Answers

## Webs and silk

**Do all spiders spin webs to catch their prey?**

No. Wolf spiders and jumping spiders hunt on foot and chase or ambush what they eat.

**Are spiders a kind of insect?**

No. Spiders are arachnids: they have eight legs and two body parts, where insects have six legs and three.

**Can a spider make more than one kind of silk?**

Yes. Many spiders make several kinds, one for the frame of the web and another, sticky kind for its spiral.

**Can I keep a spider as a pet?**

Yes. Some people keep tarantulas in a tank.

**What is silk made of?**

Silk is a protein that hardens as the spider pulls it out of its body.
"""

# The same with the questions as headings.
GLASS = """# Glass: Questions and Answers

## Is glass a liquid?

No. Glass is an amorphous solid: its atoms are disordered like a liquid's but they do not flow.

## Can glass be recycled forever?

Yes. Melting and reforming glass does not wear it out, so the same material can be used again and again.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="yes_no",
    priority=37,
    scope=LESSON,
    build=yes_no_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(SPIDERS, YES_NO_STATEMENT, "all spiders spin webs to catch their prey."),
        makes(SPIDERS, YES_NO_STATEMENT, "spiders are a kind of insect."),
        makes(SPIDERS, YES_NO_STATEMENT, "a spider can make more than one kind of silk."),
        makes_no(SPIDERS, YES_NO_STATEMENT, "keep a spider"),  # a question to the reader
        makes_no(SPIDERS, YES_NO_STATEMENT, "silk made of"),  # no yes-or-no answer
        makes(GLASS, YES_NO_STATEMENT, "glass is a liquid."),
        makes(GLASS, YES_NO_STATEMENT, "glass can be recycled forever."),
    ),
))
