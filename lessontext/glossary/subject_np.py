"""Is the text before "is called T" one noun phrase?  Then it is what T names, asides and all.

"The flat land beside a river in its lower course, which is naturally covered
by water during floods, is called the floodplain": everything before the
naming verb is the subject, a head noun with its modifiers and its asides (a
non-restrictive relative, a participle phrase, examples, a prepositional
aside).  Read as written, it is the definition a teacher would give.  What is
not one noun phrase is a fronted clause ("Where one plate sinks beneath
another, the process ..."), a coordinated clause ("Poems are built from
lines, and groups of lines ...") or a scene-setting phrase ("Within ethics,
the part ..."): those are left to the rules that rebuild them.
"""

from __future__ import annotations

import re

from lessontext.glossary import lexicon
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition
from lessontext.glossary.phrases import AUXILIARIES, MODALS, PREPOSITIONS, has_anaphora, is_participle, word_list
from lessontext.words import STOPWORDS, word_pos

# The words that open a relative clause inside the subject; a verb after one of them is the clause's, not the
# sentence's ("The branch of physics that describes how things move").
_RELATIVE_OPENERS = frozenset("that which who whom whose where when".split())
# ", such as paper,", ", for example by turning a knob,": an aside of examples.
_EXAMPLE_ASIDE = re.compile(r"^(?:such\s+as|including|like|for\s+example|for\s+instance|e\.g\.|especially|mainly)\b", re.I)
# A subject opens with a determiner, an adjective or a noun, never with a subordinator or a preposition.
_CLAUSE_OPENERS = frozenset("when where while if although though because as since once after before unless until "
                            "whether so and but or yet".split())
_DETERMINERS = frozenset("the a an any each every some many most all".split())
# "like this", "of these": a phrase that needs the sentence before it.
_POINTING_BACK = frozenset("this these those".split())
_MIN_WORDS = 3
_MAX_WORDS = 40


def _verb_outside_relative(words: list[str], *, first: bool) -> bool:
    """A finite verb or an auxiliary before any relative word: the segment is a clause, not a noun phrase.

    "supplied", "designed" after a noun are participles that restrict it; an
    auxiliary or a word that can only be a verb ("grew", "sinks" after a
    noun) starts a predicate.
    """
    for i, word in enumerate(words):
        lw = word.lower()
        if lw in _RELATIVE_OPENERS:
            return False
        if i and words[i - 1].lower() == "to":
            continue  # "designed to have": an infinitive inside the phrase
        if lw in AUXILIARIES or lw in MODALS:
            return True
        if i == 0 and not first:
            continue
        pos = word_pos(lw)
        if pos and not pos & {"NOUN", "ADJ", "PROPN", "ADP", "DET", "NUM", "ADV"} and not is_participle(lw):
            return True
    return False


def _aside(segment: str, *, determined: bool) -> bool:
    """", which ...", ", passing down through ...", ", such as paper", ", without asking why": an aside of a noun.

    ", when/where ..." is a relative only after a determined head ("The
    season from May to October, when ..."); after a bare plural ("Months of
    heavy rain, when rivers flood ...") it may open a clause of its own.
    """
    words = word_list(segment)
    if not words:
        return False
    lw = words[0].lower()
    if lw in {"when", "where"}:
        return determined
    if lw in _RELATIVE_OPENERS - {"that"} or _EXAMPLE_ASIDE.match(segment):
        return True
    if lw in PREPOSITIONS:
        # "without asking why they move" describes; "by contrast", "in turn" only signpost.
        return len(words) >= _MIN_WORDS and not _verb_outside_relative(words[1:], first=False)
    if lw.endswith("ing") or is_participle(lw):
        return True
    # "The normal, everyday level of flow ...": an adjective list before the head, no verb of its own.
    return lw not in STOPWORDS and lw not in _CLAUSE_OPENERS and not _verb_outside_relative(words, first=True)


def subject_noun_phrase(head_text: str, *, min_words: int = _MIN_WORDS) -> str | None:
    """``head_text`` when it is one noun phrase (asides included) that can stand as a definition, else None."""
    text = DISCOURSE_OPENER.sub("", head_text).strip().rstrip(",").strip()
    words = word_list(text)
    if not (min_words <= len(words) <= _MAX_WORDS) or has_anaphora(text) or ";" in text or ":" in text:
        return None
    if any(w.lower() in _POINTING_BACK for w in words):  # "A chain of effects like this": which effects?
        return None
    first = words[0].lower()
    if first in lexicon.UNRESOLVED_OPENERS or first in _CLAUSE_OPENERS or first in PREPOSITIONS:
        return None
    if first in STOPWORDS and first not in _DETERMINERS:
        return None
    if word_pos(first) == {"ADV"} and words[1].lower() in STOPWORDS:
        return None  # "Instead an inductive argument ...": an adverb before the clause ("Extremely rapid ..." is fine)
    if words[-1].lower() in _RELATIVE_OPENERS:
        return None  # "..., adopted a different stance that": the naming verb is the relative clause's
    segments = [s.strip() for s in text.split(",")]
    if _verb_outside_relative(word_list(segments[0]), first=True):
        return None
    if not all(_aside(s, determined=first in {"the", "a", "an"}) for s in segments[1:]):
        return None
    return text


# "The period from 1490 to 1527, when Rome was sacked": a time or place clause about the head noun;
# "The branch of chemistry that studies how fast reactions happen, and why": the question it studies, widened.
_TIME_OR_PLACE_ASIDE = re.compile(r"^(?:when|where)\s+\S+\s+\S+")
_WIDENED_QUESTION = re.compile(r"^and\s+(?:why|how)$")


def participle_asides_only(np: str) -> bool:
    """"Nutrients needed in large amounts, measured in grams", "The rightmost bit, worth 1": descriptive asides.

    A "when/where" clause after a determined head ("The period from 1490 to
    1527, when ...") and an elliptic ", and why" also only describe it.
    """
    parts = [part.split() for part in np.rstrip(" ,").split(",")]
    determined = bool(parts[0]) and parts[0][0].lower() in {"the", "a", "an"}
    return len(parts) > 1 and all(
        part and (is_participle(part[0].lower()) and part[0].lower().endswith("ed") or part[0].lower() == "worth"
                  or determined and (_TIME_OR_PLACE_ASIDE.match(" ".join(part))
                                     or _WIDENED_QUESTION.match(" ".join(part))))
        for part in parts[1:])


# "Where one plate sinks beneath another, the process ...", "Within ethics, the part that ...": a clause or a phrase
# of place, time or field before the subject.
_FRONTED = re.compile(r"^(?P<front>(?P<opener>When|Where|Whenever|In|Within|Among|Across)\s+[^,\d]{6,120}?),\s+"
                      r"(?P<np>(?:the|a|an)\s+[^,]+(?:,[^,]+)*)$")
# "Below ground the molten rock ...", "In winter the frozen ground ...": a short phrase of place or time, no comma.
_FRONTED_PHRASE = re.compile(
    r"^(?P<front>(?P<opener>Below|Above|Beneath|Under|Inside|Within|Outside|In|At|On|During|Near)\s+(?:the\s+|an?\s+)?"
    r"(?!(?:average|general|short|particular|practice|fact|turn|addition|contrast|theory|total|brief|sum|all|part|time)\b)"
    r"[a-z]+(?:\s+[a-z]+)?)\s+(?P<np>the\s+[^,]+)$")


def fronted_subject(head_text: str) -> str | None:
    """"Where one plate sinks beneath another, the process" -> "The process where one plate sinks beneath another".

    The subject says what kind of thing is named, the fronted clause which
    one: together, moved into their usual order, they define it.
    """
    opened = DISCOURSE_OPENER.sub("", head_text).strip().rstrip(",")
    match = _FRONTED.match(opened) or _FRONTED_PHRASE.match(opened)
    if not match:
        return None
    np = subject_noun_phrase(match.group("np"), min_words=2)
    front = match.group("front")
    if np is None or has_anaphora(front) or any(w.lower() in _POINTING_BACK for w in word_list(front)):
        return None
    if len(word_list(np)) < _MIN_WORDS and match.group("opener") != "Where":
        return None  # "When oxygen is available, the process ...": the process told of before, under a condition
    front = front[0].lower() + front[1:]
    # ("The part that tries to identify ..., within ethics": the field, not the end of the relative clause.)
    restricted = any(w.lower() in _RELATIVE_OPENERS for w in word_list(np))
    joiner = ", " if match.group("opener") not in {"When", "Where", "Whenever"} and restricted else " "
    return f"{np[0].upper()}{np[1:]}{joiner}{front}"


# "A related move", "the other field": a thing placed beside another, not said what it is.
_RELATIONAL = frozenset("related similar other another same second different broader wider".split())
# "was discussed in the last lesson", "is shown in Figure 2": what the text does with it.
_ABOUT_THE_TEXT = frozenset("discussed mentioned described shown covered introduced explained listed illustrated "
                            "studied named".split())


# ", was farmed directly for the lord, while ...": after the name, the subject's passive or modal predicate, up to
# a second clause.
_PASSIVE_OR_MODAL = re.compile(
    r"^,\s+(?P<pred>(?:(?:is|are|was|were)\s+(?:[a-z]+ly\s+|then\s+|also\s+)?(?P<participle>[a-z]+)"
    r"|(?:can|could|may|might|will|would)\s+[a-z]+)\b[^;]*?)(?:,\s+(?:while|whereas|but|as|and)\b.*|;.*)?\.?$")


def subject_then_predicate(head_text: str, tail: str) -> str | None:
    """"Part of the land" + ", was farmed directly for the lord, while ..." -> "Part of the land that was farmed ...".

    The sentence's whole subject, named in passing ("Part of the land, known
    as the demesne, was ..."), is defined by what is done to it or what it
    can do.  A definite subject with nothing restricting it ("The loose
    fragments", "The broader field") points back to sentences before; "is a
    ..." is the copula rule's.
    """
    subject = DISCOURSE_OPENER.sub("", head_text).strip().rstrip(",").strip()
    if subject_noun_phrase(subject) != subject or "," in subject:
        return None
    words = [w.lower() for w in word_list(subject)]
    if words[0] == "the" and not any(w in PREPOSITIONS or w in {"of"} | _RELATIVE_OPENERS for w in words):
        return None  # "The loose fragments, called sediment, are then moved ...": the ones told of before
    if any(w in _RELATIONAL for w in words):
        return None  # "A related move, known as T, ...": related to what the reader cannot see
    match = _PASSIVE_OR_MODAL.match(tail.strip())
    participle = match.group("participle") if match else None
    if not match or participle is not None and (not is_participle(participle) or participle in _ABOUT_THE_TEXT):
        return None  # "... was discussed in the last lesson": about the lesson, not the thing
    return finish_definition(f"{subject} that {match.group('pred')}")
