"""Where a capitalised name ends: a seat after a body's name, a place inside an instrument's name, an owner after it.

"The Baltic Defence College in Tartu" names a college and says where it sits; "the Vienna Document of the
Organization for Security and Co-operation in Europe" and "the Treaty on Conventional Armed Forces in Europe" end
with the place their inner phrase is about, and the place is part of the name.  A school, a unit or an institute
sits somewhere; a document, a treaty or a conference on something in a place does not, so the place after the
inner "of/on/for" phrase of such a name stays in it.
"""

from __future__ import annotations

import re

from lessontext.glossary import lexicon
from lessontext.glossary.phrases import word_list
from lessontext.vocabulary import TermKind
from lessontext.words import fold

# "the Harbour Pilot Regiment at Port Vale": the body, then where it sits.
# Units and schools that sit somewhere, beside the kind heads of bodies.
UNIT_HEADS = frozenset("regiment school college academy base wing squadron brigade battalion command station "
                       "laboratory centre center".split())
# Bodies with a seat: "the X Institute in Sanremo", "the X Force and Observers in Sinai" ("in" tells where).
SEATED_HEADS = UNIT_HEADS | frozenset("institute university museum hospital library office headquarters embassy "
                                      "force forces observers court".split())
_SEAT_AFTER_NAME = re.compile(r"\s+at\s+(?P<place>[A-Z].*)$")
_WHERE_AFTER_NAME = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")
_INNER_PHRASE = frozenset({"of", "on", "for"})


def name_genus(name: str) -> str:
    """"Treaty on Conventional Armed Forces" -> "treaty": the head word before the name's first inner phrase."""
    words = word_list(name)
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _INNER_PHRASE), len(words))
    return fold(words[cut - 1]).lower() if cut else ""


def without_seat(name: str) -> str:
    """"Harbour Pilot Regiment at Port Vale" -> "Harbour Pilot Regiment": a body's name ends before its seat.

    Only when the part before "at" ends in the head of a body ("Regiment", "Centre"), or the name's genus is a body
    that sits somewhere ("Centre for Harbour Research at Portalba"), and the place has no kind head: "the Incidents
    at Sea Agreement" and "the Convention for the Safety of Life at Sea" stay whole.  An instrument's name ends
    before the city it was signed in ("the Antarctic Treaty in Washington"), unless the place completes its inner
    phrase ("Treaty on Conventional Armed Forces in Europe"); a body "in Portalba" may be named by its seat.
    """
    where = _WHERE_AFTER_NAME.search(name)
    head = fold(word_list(name[: where.start()])[-1]).lower() if where else ""
    if (where and lexicon.KIND_HEADS.get(head) == TermKind.PROGRAMME
            and not place_in_name(name[: where.start()], name[where.start():])
            and not any(fold(w) in lexicon.KIND_HEADS for w in word_list(where["place"]))):
        return name[: where.start()]
    seat = _SEAT_AFTER_NAME.search(name)
    if not seat or any(fold(w) in lexicon.KIND_HEADS for w in word_list(seat["place"])):
        return name
    before = word_list(name[: seat.start()])
    if len(before) >= 2 and (fold(before[-1]) in lexicon.KIND_HEADS or fold(before[-1]) in UNIT_HEADS
                             or name_genus(name[: seat.start()]) in SEATED_HEADS):
        return name[: seat.start()]
    return name


# A continent, a country or a region named with "the" ("the Arctic") is what a treaty or a body's remit is about;
# a city ("in Geneva") is where a conference or a body sits.
_CONTINENTS = frozenset("europe asia africa america americas antarctica oceania eurasia".split())
_PLACE = re.compile(r"^\s*in\s+(?P<the>the\s+)?(?P<place>.+?)\s*$")


def place_in_name(name: str, tail: str) -> bool:
    """Whether ``tail`` ("in Europe") right after ``name`` belongs to it.

    The name has an inner "of/on/for" phrase the place completes ("Treaty on Conventional Armed Forces" + "in
    Europe"), its genus is no body with a seat ("Royal College of Defence Studies" + "in London" is where the
    college is), and the place is a continent, a country or a region with "the", not a city ("the Conference on
    Disarmament in Geneva").
    """
    words = [w.lower() for w in word_list(name)]
    place = _PLACE.match(tail)
    if not place or not any(w in _INNER_PHRASE for w in words[1:]) or name_genus(name) in SEATED_HEADS:
        return False
    where = fold(place["place"]).lower()
    return bool(place["the"]) or where in _CONTINENTS or where in lexicon.COUNTRIES


_OWNED_NAME = re.compile(r"^(?P<own>[A-Z][\w'’–-]*(?:\s+[A-Z][\w'’–-]*)+)\s+of\s+the\s+(?P<owner>[A-Z].+)$")


def owned_short_name(name: str) -> str | None:
    """"Vienna Document of the Organization for Security and Co-operation in Europe" -> "Vienna Document": a name of
    two capitalised words or more, then "of the" and the body that issued it, is also called by its own part."""
    match = _OWNED_NAME.match(name)
    if not match:
        return None
    owner = name_genus(match["owner"])
    own_head = fold(match["own"].split()[-1]).lower()
    if lexicon.KIND_HEADS.get(owner) != TermKind.ORGANISATION or lexicon.KIND_HEADS.get(own_head) == \
            TermKind.ORGANISATION or own_head in SEATED_HEADS:
        return None  # "Standing Committee of the X Council": a body inside a body is named whole
    return match["own"]
