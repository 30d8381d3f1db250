"""Purpose: "According to the text, what is the purpose of the following? “<action>.”".

Reads the sentences of the lesson that give a purpose: "<action>, so that <purpose>",
"<action> in order to <purpose>", and "<thing> is used to <purpose>" / "<thing> aims (seeks) to
<purpose>" (asked as "what is <thing> used for?" / "what does <thing> aim to do?"), "<thing> is a <kind>
that aims (seeks) to <purpose>", "<thing> was set up (designed, created, intended, ...) to <purpose>",
"<things> exist to <purpose>" and "The (main) purpose (aim, goal, task) of <thing> is to <purpose>" (asked
as "what was <thing> set up to do?", "what is the main purpose of <thing>?"), and a name in capitals with an
appositive anywhere in a sentence ("... the X (XA), a fund intended to <purpose>": "what is the purpose of X?").  The thing may carry an
aside that names or dates it ("The X, known as the Y, was set up to ...", "The X, signed in 1996, was
designed to ...": asked by its full name); a thing with a relative clause ("The need that X was meant to
address ...") or leaning on others ("Other bodies aim to ...") names nothing asked alone.  In these a
demonstrative "that" ("designed to lower that risk") points back, and leaves it out; purposes joined by
"and to" are cut to the first, one claim per key.  The purpose is the key ("So that ...", "To ...");
the distractors are the purposes the same lesson gives for other things, of the same form, none
sharing more than one content word with the key nor saying it in other words (``synonymous``, by
meaning too), none echoing the action asked about.  A lesson that states one purpose "so that" lends the other
results it states after "so" or "so that" of other actions ("..., so the cattle could graze through the winter":
``result_clauses``), each with a subject of its own and a verb, no pronoun, no figure, and no past state without a
modal ("so the poor were often hungry" reports a state, it is no aim): true in the lesson, never of this action.  Few lessons give three purposes, and an essay on
one body gives one: the purpose of a named thing also takes, as distractors, the purposes that sister
lessons on the same subject state in any clause ("a fund intended to ...", "which aims to ..."), only
from lessons whose texts are alike by meaning (``SISTER_PURPOSE_MIN``: an essay on one treaty body lends
to another, never to a chemistry lesson), never from a sentence naming the thing asked, and never one
that could also be true of it (a content word shared with the key, or a third of its content words
with what the lesson says of the thing).  A purpose or action with a pronoun or a connective pointing
back ("so that they can ...", "Its fuel concept aims to ...") is left out: lifted from its sentence it
names nothing.  The item asks why, so its level is "understand".
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import NamedTuple

from lessontext.document import DocumentSection
from lessontext.semantics import similarities
from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..course import CourseView, LessonView, plain_text
from ..distractors import MAX_DISTRACTORS, pick_descriptions
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..pairs import synonymous
from ..phrasing import lift, lower_first_unless_name
from ..prose import is_verb
from ..rules import PURPOSE
from ..text import (
    ANAPHORIC_OPENERS,
    CALCULATION,
    POINTING_PRONOUNS,
    content_stems,
    find_phrase,
    has_markdown_residue,
    norm,
    word_count,
    words,
)
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {PURPOSE: 0.56}

_SO_THAT = re.compile(r"^(?P<action>[^;:—]{20,}?),?\s+so that\s+(?P<purpose>[^;:—]{8,}?)[.!?]?$")
_IN_ORDER_TO = re.compile(r"^(?P<action>[^;:—]{20,}?),?\s+in order to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$")
# An aside between commas that names or dates the thing ("The X, known as the Y, was set up to ...",
# "The X, signed in 1996, was designed to ..."): the thing is asked by its full name, before the aside.
_ASIDE = (
    r"(?:,\s+(?:known as|also known as|usually called|often called|called|or|signed|set up in|created in|founded in|"
    r"established in|launched in|formed in|based in|agreed in)\s[^;:—]{2,120}?,)?"
)
_USED_TO = re.compile(
    r"^(?P<thing>[A-Z][^;:,—]{3,60}?)" + _ASIDE + r"\s+(?P<verb>is|are|was|were|aims|aim|seeks|seek)\s+(?:mainly\s+|often\s+|commonly\s+|usually\s+)?"
    r"(?:used\s+)?to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
# "<thing> was set up to <purpose>", "<things> were designed to <purpose>", "<thing> exists to <purpose>":
# a participle of making or meaning (or "exist") that states what the thing is for.
_MADE_TO = re.compile(
    r"^(?P<thing>[A-Z][^;:,—]{3,60}?)" + _ASIDE + r"\s+(?:(?P<verb>is|are|was|were|has been|have been)\s+(?:specifically\s+|originally\s+|mainly\s+)?"
    r"(?P<participle>designed|intended|created|set up|established|founded|built|meant)|(?P<exist>exists|exist))"
    r"\s+to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
# "<thing> is a <kind> that seeks (aims) to <purpose>": a definition that states what the thing is for.
_KIND_THAT = re.compile(
    r"^(?P<thing>[A-Z][^;:,—]{3,60}?)\s+(?:is|are)\s+(?:a|an)\s+[^;:,—]{2,40}?\s+(?:that|which)\s+"
    r"(?P<verb>aims|aim|seeks|seek)\s+to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
# "... the <Name> (<ACRONYM>), a <kind> designed (intended, set up, ...) to <purpose>": a name in capitals and
# an appositive saying what kind of thing it is and what it is for, anywhere in the sentence.
_APPOSITIVE = re.compile(
    r"(?:^|\s)(?P<thing>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|in|the)\s+)*[A-Z][\w'’-]*)+)(?:\s+\([A-Z]{2,}\))?"
    r",\s+(?:a|an)\s+(?P<kind>[^;:—]{2,90}?)\s+(?:designed|intended|created|set up|established|meant)\s+to\s+"
    r"(?P<purpose>[a-z][^;:,.!?—()\[\]\"“”]{6,}?)\s*(?=[.!?]?$|[;—(]|,\s+(?:and|but|so|while|which|yet|because|although)\b)"
)
# "The (main) purpose of <thing> is to <purpose>", "The aim of <thing> was to <purpose>".
_AIM_OF = re.compile(
    r"^The\s+(?P<noun>(?:(?:main|basic|chief|primary|original)\s+)?(?:purpose|aim|goal|task))\s+of\s+(?P<thing>[^;:,—]{3,60}?)\s+"
    r"(?P<verb>is|was)\s+to\s+(?P<purpose>[^;:,—]{6,}?)[.!?]?$"
)
MIN_PURPOSE_WORDS = 3
MAX_PURPOSE_WORDS = 22
MAX_THING_WORDS = 8
# Sister lessons lend purposes only when their texts are this alike by meaning (wordllama, on an even sample):
# measured on the open sets, essays on defence bodies score 0.31-0.74 with each other and at most 0.30 with
# a lesson on another subject (a chemistry or weather lesson scores below 0.15).
SISTER_PURPOSE_MIN = 0.4


# "The first", "the latter": an ordinal standing for a noun the sentence before gave (test-cx, both raters).
_ORDINAL_HEADS = frozenset("first second third fourth fifth last latter former other".split())


class Purpose(NamedTuple):
    stem: str
    quoted: str
    purpose: str  # the key, as an option reads: "So that ..." / "To ..."
    form: str  # "so that" or "to"
    subject: str  # what the purpose is of (the action or the thing)


def _reads_alone(text: str, *, within: bool = False) -> bool:
    """No opening that points back; ``within``: a pronoun inside may point to its own sentence ("its version")."""
    toks = [t.lower() for t in words(text)]
    if not toks or toks[0] in ANAPHORIC_OPENERS or toks[0] in POINTING_PRONOUNS or has_markdown_residue(text) or CALCULATION.search(text):
        return False
    if toks[:1] == ["the"] and toks[1:2] and toks[1] in _ORDINAL_HEADS and toks[2:3] and toks[2] in _MODALS_AND_BE:
        return False  # "The second is to bring that radiation to a focus": the second of what the reader cannot see
    return within or not set(toks) & POINTING_PRONOUNS


def purpose_of(sentence: str, course: CourseView | None = None) -> Purpose | None:
    """The purpose a sentence gives, with the question asking it, or None."""
    text = sentence.strip()
    if not any(pattern.match(text) for pattern in (_SO_THAT, _IN_ORDER_TO, _USED_TO, _MADE_TO, _KIND_THAT, _AIM_OF)):
        return _named_in_apposition(text, course)  # the cheap test first: most sentences the cues let through give no purpose
    if lift(text) != text:
        return None  # "For example, ...", "Yet ...": leans on what came before
    m = _SO_THAT.match(text) or _IN_ORDER_TO.match(text)
    if m:
        action, purpose = m.group("action").strip().rstrip(","), m.group("purpose").strip()
        form = "so that" if m.re is _SO_THAT else "to"
        if not _reads_alone(action, within=True) or word_count(action) > 30:
            return None
        quoted = action[:1].upper() + action[1:] + "."
        stem = f"According to the text, what is the purpose of the following? “{quoted}”"
        subject = action
    else:
        m = _KIND_THAT.match(text) or _USED_TO.match(text)
        if m and m.re is _USED_TO and m.group("verb") in {"is", "are", "was", "were"} and " used to " not in text:
            m = None
        m = m or _MADE_TO.match(text) or _AIM_OF.match(text)
        if not m:
            return None
        thing, purpose, verb = m.group("thing").strip(), m.group("purpose").strip(), m.group("verb")
        if (not _reads_alone(thing) or word_count(thing) > MAX_THING_WORDS or set(words(thing.lower())) & _RELATIVES
                or words(thing)[0].lower() in _LEANING):
            return None  # "The need that the treaty was meant to address ...": the purpose of a clause, no thing
        purpose = _one_claim(purpose)
        if m.re is not _USED_TO and "that" in {t.lower() for t in words(purpose)}:
            return None  # "are designed to lower that risk", "exist to close that gap": the risk named before
        if m.re is not _USED_TO and not is_verb(words(purpose)[0], "to"):
            return None  # "were built to civilian load standards": "to" a measure, no purpose
        form, quoted, subject = "to", "", thing
        named = lower_first_unless_name(thing, course) if course is not None else thing
        if m.re is _AIM_OF:
            stem = f"According to the text, what {verb} the {m.group('noun').lower()} of {_inner(thing, course)}?"
        elif m.re is _MADE_TO and m.group("exist"):
            stem = f"According to the text, what {'does' if m.group('exist') == 'exists' else 'do'} {named} exist to do?"
        elif m.re is _MADE_TO:
            aux, _, rest = verb.partition(" ")
            been = f" {rest}" if rest else ""
            stem = f"According to the text, what {aux} {named}{been} {m.group('participle')} to do?"
        elif verb.startswith(("aim", "seek")):
            stem = f"According to the text, what {'does' if verb.endswith('s') else 'do'} {named} {verb.rstrip('s')} to do?"
        else:
            stem = f"According to the text, what {verb} {named} used for?"
    if not _reads_alone(purpose) or not MIN_PURPOSE_WORDS <= word_count(purpose) <= MAX_PURPOSE_WORDS:
        return None
    key = ("So that " if form == "so that" else "To ") + purpose
    return Purpose(stem, quoted, key, form, subject)


_RELATIVES = frozenset("that which who whom whose where when".split())
_LEANING = frozenset("other another further many some most".split())  # "Other arrangements aim to ...": others than those named


def _one_claim(purpose: str) -> str:
    """The first of purposes joined by "and to" ("to prevent an arms race and to build trust"): one claim per key."""
    return re.split(r",?\s+and\s+to\s+", purpose, maxsplit=1)[0]


def _named_in_apposition(text: str, course: CourseView | None) -> Purpose | None:
    """The purpose an appositive gives of a name ("the X (XA), a fund intended to ..."), asked as "what is the purpose of X?"."""
    m = _APPOSITIVE.search(text)
    if not m or set(words(m.group("kind").lower())) & (_RELATIVES | _FINITE | POINTING_PRONOUNS):
        return None  # "X, a city where engineers were designed to ...": a clause, not a kind
    thing = m.group("thing")
    if thing.split()[0] == "The" and m.start("thing") > 0:
        thing = "t" + thing[1:]
    if word_count(thing) > MAX_THING_WORDS or not _reads_alone(thing) or words(thing)[0].lower() in _LEANING:
        return None
    purpose = _one_claim(m.group("purpose").strip())
    toks = [t.lower() for t in words(purpose)]
    if not toks or toks[0] in {"be", "been", "being"} or not is_verb(toks[0], "to"):
        return None
    if set(toks) & (_FINITE | {"that"}) or not _reads_alone(purpose) or not MIN_PURPOSE_WORDS <= len(toks) <= MAX_PURPOSE_WORDS:
        return None
    stem = f"According to the text, what is the purpose of {_inner(thing, course)}?"
    return Purpose(stem, "", "To " + purpose, "to", thing)


def _inner(thing: str, course: CourseView | None) -> str:
    """``thing`` as it reads after "of": its opening capital dropped unless it is a name."""
    return lower_first_unless_name(thing, course) if course is not None else thing


_CUES = (" so that ", " in order to ", " used to ", " aim", " designed to ", " intended to ", " created to ", " set up to ",
         " established to ", " founded to ", " built to ", " meant to ", " exist to ", " exists to ", "urpose of ",
         "oal of ", "ask of ", " seek")


def _says_purpose(sentence: str) -> bool:
    return any(cue in sentence for cue in _CUES)


def _purposes(lesson: LessonView, course: CourseView) -> list[tuple[DocumentSection, str, Purpose]]:
    found = []
    for section, sentence in lesson.sentences:
        if _says_purpose(sentence):
            p = purpose_of(sentence, course)
            if p:
                found.append((section, sentence, p))
    return found


def _of_a_thing(p: Purpose) -> bool:
    """The purpose of a named thing ("what was X set up to do?"), not of an action quoted whole."""
    return p.form == "to" and not p.quoted


def _sister_purposes(course: CourseView) -> list[tuple[str, str]]:
    """(sentence, purpose) for the purposes that sister lessons on the same subject state (their texts alike by meaning)."""
    def compute() -> list[str]:
        sisters = [o for o in course.others if o.sentences]
        if not sisters or not course.profile:
            return []
        scores = similarities(course.profile, [plain_text(o.document) for o in sisters])
        return [(sentence, purpose) for o, score in zip(sisters, scores, strict=True) if score >= SISTER_PURPOSE_MIN
                for _, sentence in o.sentences if _says_purpose(sentence) for purpose in purpose_clauses(sentence)]
    return course.remembered(("purpose-sisters",), compute)


# A purpose clause anywhere in a sentence: "a body set up to ...", "a fund intended to ...", "which aims to ...",
# "whose task is to ...", "... in order to ...": the purpose of something, to lend as a distractor (the thing it is
# of need not be named: the clause is never asked about).
_PURPOSE_CLAUSE = re.compile(
    r"\b(?:aims?|seeks?|designed|intended|created|set up|established|founded|meant|exists?|in order|"
    r"(?:task|purpose|aim|goal|mission) (?:is|was))\s+to\s+(?P<purpose>[a-z][^;:,.!?—()\[\]\"“”]{6,}?)"
    r"\s*(?=[.!?]?$|[;—(]|,\s+(?:and|but|so|while|which|yet|because|although)\b)"  # the clause ends: no list cut short
)
_FINITE = frozenset("is are was were has have had".split())


def purpose_clauses(sentence: str) -> list[str]:
    """The purposes (as options read: "To ...") a sentence states in a clause, each cut to one claim and reading alone."""
    found = []
    for m in _PURPOSE_CLAUSE.finditer(sentence):
        purpose = _one_claim(m.group("purpose").strip())
        toks = [t.lower() for t in words(purpose)]
        if not toks or toks[0] in {"be", "been", "being"} or not is_verb(toks[0], "to"):
            continue  # "designed to be exploded by ...": how a thing works, not what it is for
        # (a finite verb inside: "the need that X was meant to address has not gone away" ends in another clause)
        if set(toks) & (POINTING_PRONOUNS | _FINITE | {"that", "other", "another"}) or not _reads_alone(purpose):
            continue
        if MIN_PURPOSE_WORDS <= len(toks) <= MAX_PURPOSE_WORDS:
            found.append("To " + purpose)
    return found


def _fits_thing(option: str, p: Purpose, course: CourseView) -> bool:
    """A sister lesson's purpose that could be true of the thing asked: it shares a content word with the key,
    or a third of its content words (at least two) with what the lesson says of the thing."""
    stems = content_stems(option)
    if stems & content_stems(p.purpose):
        return True
    said = frozenset().union(*(course.sentence_stems[i] for i in course.sentences_with(p.subject)))
    shared = stems & said
    return len(shared) >= 2 and 3 * len(shared) >= len(stems)


# A clause of result or purpose anywhere in a sentence, with a subject of its own: "..., so the dough rises",
# "... so that no cell is far from a supply" (up to the clause's end: no list cut short).
_SO_CLAUSE = re.compile(
    r"(?:,?\s+so that|,\s+so)\s+(?P<clause>[^;:,—()\[\]\"“”]{8,}?)"
    r"\s*(?=[.!?]?$|[;—(]|,\s+(?:and|but|so|while|which|yet|because|although)\b)"
)
# A clause's own subject opens with one of these (or a name): "the soil could recover", "no building is searched".
_SUBJECT_OPENERS = frozenset("the a an no every each both all any".split())
# Not a subject: a pronoun, or a degree ("so many soldiers", "so much that").
_NO_SUBJECT = ANAPHORIC_OPENERS | POINTING_PRONOUNS | frozenset("we you i one there many much more most few fewer less far".split())
_MODALS = frozenset("can could will would may might cannot".split())
_PAST = frozenset("was were had".split())
_MODALS_AND_BE = frozenset("can could will would may might must should is are was were does do did".split())


def result_clauses(sentence: str) -> list[str]:
    """The clauses of result or purpose a sentence states after "so" or "so that", as a "so that" option reads
    ("So that the dough rises"): each with a subject of its own and a verb, reading alone, with no figure."""
    found = []
    for m in _SO_CLAUSE.finditer(sentence):
        clause = m.group("clause").strip()
        toks = words(clause)
        low = [t.lower() for t in toks]
        if not toks or low[0] in _NO_SUBJECT or not (low[0] in _SUBJECT_OPENERS or toks[0][:1].isupper()
                                                     or getAllLemmas(low[0]).get("NOUN")):
            continue  # "so that it rises", "so we can add": a pronoun names nothing once lifted out
        if not any(t in _MODALS_AND_BE or getAllLemmas(t).get("VERB") for t in low[1:]):
            continue  # "so many soldiers": no clause
        if any(ch.isdigit() for ch in clause) or not _reads_alone(clause) or "that" in low:
            continue
        if set(low) & _PAST and not set(low) & _MODALS:
            continue  # "so the buildings were parched": a state the text reports, never what an action is for
        if MIN_PURPOSE_WORDS <= len(toks) <= MAX_PURPOSE_WORDS:
            found.append("So that " + clause)
    return found


def _lesson_results(lesson: LessonView) -> list[tuple[str, str]]:
    """(sentence, "So that ...") for every clause of result or purpose the lesson states after "so" or "so that"."""
    return [(sentence, clause) for _, sentence in lesson.sentences if " so " in sentence
            for clause in result_clauses(sentence)]


def purpose_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    found = _purposes(lesson, course)
    sister = _sister_purposes(course) if any(_of_a_thing(p) for _, _, p in found) else []
    results = _lesson_results(lesson) if any(p.form == "so that" for _, _, p in found) else []
    if len(found) < 3 and not sister and len(results) < 2:
        return
    for section, sentence, p in found:
        key_stems, subject_stems = content_stems(p.purpose), content_stems(p.subject)
        others = []
        for _, other_sentence, q in found:
            if q.form != p.form or other_sentence == sentence or norm(q.purpose) == norm(p.purpose):
                continue
            if len(content_stems(q.purpose) & key_stems) > 1 or len(content_stems(q.purpose) & subject_stems) > 1:
                continue
            if synonymous(p.purpose, q.purpose, course):
                continue
            others.append(q.purpose)
        if _of_a_thing(p) and len(others) < MAX_DISTRACTORS:
            # Few lessons state three purposes: an essay on one body borrows the purposes its sister
            # essays state of other bodies, never one that could be true of this one too.
            others += [q for other_sentence, q in sister if norm(q) != norm(p.purpose)
                       and not find_phrase(other_sentence, p.subject) and not _fits_thing(q, p, course)
                       and not synonymous(p.purpose, q, course)]
        if p.form == "so that" and len(others) < 2:
            # A lesson that states one purpose in this form lends, as its wrong answers, the other results and
            # purposes it states after "so" of other actions: true in the lesson, but not of this action.
            others += [q for other_sentence, q in results if other_sentence != sentence and norm(q) != norm(p.purpose)
                       and len(content_stems(q) & key_stems) <= 1 and len(content_stems(q) & subject_stems) <= 1
                       and not synonymous(p.purpose, q, course)]
        distractors = pick_descriptions(p.purpose, list(dict.fromkeys(others)), rng)
        if len(distractors) < 2:
            continue
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=PURPOSE,
            stem=p.stem,
            quoted=p.quoted,
            key=p.purpose,
            correct=(p.purpose,),
            distractors=tuple(distractors),
            kind="definition",  # sentence-long options, compared in words
            original=p.purpose,
            source_anchor=section.anchor,
            source_sentence=sentence,
            explanation=f"The text says: “{sentence}”",
            base=CONFIDENCE[PURPOSE],
            shown=(sentence,),
            claims=(f"purpose:{p.form}",),  # one purpose item per quiz: its options are one set
            level="understand",
        )


HABITS = """# Version Control

## Good habits

Write a clear message for every commit, so that readers know why the change was made.
Pull changes from the shared branch every morning, so that conflicts stay small and easy to resolve.
Tag each release with its version number, so that any shipped build can be found again later.
"""

TOOLS = """# Kitchen Tools

## Knives

A paring knife is used to peel and trim small fruit.
A bread knife is used to slice crusty loaves without crushing the soft crumb.
A cleaver is used to chop through bones and thick joints of meat.
"""

BODIES = """# Local Government

## Public bodies

The planning committee was set up to decide where new houses may be built.
Parish councils exist to speak for small villages in wider debates.
The main purpose of a school board is to oversee spending on local schools.
"""

# An essay on one body states one purpose; its sister essays on bodies of the same field lend theirs.
RIVERS = """# The Clean Rivers Authority

## Origins

The Clean Rivers Authority, known as the CRA, was set up to stop factories pouring waste into the national river network.
Its inspectors take water samples from rivers and streams every month and publish the results.
Towns along the rivers pay a small levy that funds the laboratories of the authority.
"""

FLOODS = """# The Flood Defence Board

## Work

The Flood Defence Board is a public body that aims to keep low-lying towns safe from winter storms.
Its engineers inspect river banks, sluice gates and pumping stations along the rivers every year.
Towns along the rivers pay a levy that funds new walls and barriers.
"""

PRICES = """# The Drinking Water Inspectorate

## Work

The Drinking Water Inspectorate was created to set fair prices for household water bills.
Its inspectors test water samples from reservoirs and treatment works and publish the results.
Water companies that break the rules can be taken to court.
"""

# A lesson on another subject lends nothing, however many purposes it states.
LAB = """# Laboratory Equipment

## Glassware

A fume cupboard is designed to draw harmful vapours away from the bench.
A burette is used to add a liquid to a flask drop by drop.
A pipette is used to measure out a fixed volume of a solution.
"""

# A lesson that states one purpose "so that" lends the other results it states after "so" as wrong answers.
FARMING = """# Farming in the Middle Ages

## Fields

Every year one field was left unplanted, so that the soil could recover.
Clover was sown on the other fields, so the cattle could graze through the winter.
Harvests grew larger over the century, so towns could feed more workers.
Prices rose in bad years, so the poor were often hungry.
"""

# Purposes that point back to their sentence ("so that they ...") name nothing once lifted out.
POINTING = HABITS.replace("readers know why", "they know why").replace("conflicts stay", "they stay").replace(
    "any shipped build", "it")

FAMILY = FAMILIES.register(QuestionFamily(
    name="purpose",
    priority=41,
    scope=LESSON,
    build=purpose_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(HABITS, PURPOSE, "what is the purpose of the following? “Tag each release with its version number.”"),
        makes(HABITS, PURPOSE, "So that any shipped build can be found again later"),
        makes(TOOLS, PURPOSE, "According to the text, what is a cleaver used for?"),
        makes(TOOLS, PURPOSE, "To chop through bones and thick joints of meat"),
        makes(BODIES, PURPOSE, "According to the text, what was the planning committee set up to do?"),
        makes(BODIES, PURPOSE, "According to the text, what do parish councils exist to do?"),
        makes(BODIES, PURPOSE, "According to the text, what is the main purpose of a school board?"),
        makes_no(BODIES.replace("decide where", "decide that").replace("speak for", "speak for that")),
        makes_no(POINTING),
        makes_no(HABITS.replace(", so that ", ". Then ")),  # no purpose given
        makes_no(HABITS.split("Tag each")[0]),  # two purposes: too few for two distractors
        makes(RIVERS, PURPOSE, "According to the text, what was the Clean Rivers Authority set up to do?", others=(FLOODS, PRICES)),
        makes(RIVERS, PURPOSE, "To stop factories pouring waste into the national river network", others=(FLOODS, PRICES)),
        makes(FARMING, PURPOSE, "So that the soil could recover"),
        makes_no(FARMING.replace(", so towns could", ". Towns could")),  # one other result: too few options
        makes_no(FARMING.replace("Every year one field was left unplanted", "The second is to leave one field unplanted"),
                 PURPOSE, "The second"),  # the second of what? (test-cx)
        makes_no(RIVERS, others=(LAB,)),  # another subject
        makes_no(RIVERS, others=(FLOODS, PRICES.replace("set fair prices for household water bills",
                                                        "stop factories polluting water"))),  # could fit the CRA too
    ),
))
