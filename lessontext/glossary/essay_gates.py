"""Publishing gates for what essay prose leaves when a sentence is read as a definition.

* ``serial_tail``: "Surface track: An engagement order and so on.": the next item of a list that ends "and so on"
  or "etc." was read as an appositive of the item before; a list's tail says nothing of what the item is;
* ``adjective_only``: "Difficulties: Real as well.", "Benefits: Clear.": "The difficulties are real as well" read
  as a definition; an adjective with no noun and nothing it holds for is a verdict, not what the thing is;
* ``qualified_genus_colon``: "Sovereignty: A recurring worry: in a crisis ...": a worry, risk or issue with its
  adjectives and a colon, then a case, as :func:`lessontext.glossary.shapes.genus_colon` refuses for a bare genus:
  it says what is feared about the term, not what the term is;
* ``measured_or_comment``: "Garden: A rectangle roughly twenty-five metres long ...", "Grand Canal: A deliberate
  compliment to Louis": one object's size, or the sentence's comment on what it told;
* ``compared_outside``: "A convention that applied the same logic to ...", "A commission that does comparable work
  for ...": the predicate only likens the term to something the sentence before described;
* ``background_only``: "Charles Darrow: An unemployed salesman from Pennsylvania": a person's background, no deed;
* ``bare_kind``: "Absolute: A concentrated material.", "Green's law: A simple rule.": a kind of thing and an adjective,
  nothing that tells this one from the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary import lexicon
from lessontext.glossary.gate import Gate, register
from lessontext.words import word_pos

__all__ = ["ADJECTIVE_ONLY", "ATTRIBUTE_ONLY", "BACKGROUND_ONLY", "BARE_KIND", "COMPARED_OUTSIDE", "MEASURED_OR_COMMENT", "QUALIFIED_GENUS_COLON", "SERIAL_TAIL"]

_SERIAL_TAIL = re.compile(r"(?:\band\s+so\s+(?:on|forth)|\betc|\band\s+the\s+like|\band\s+others)\.?$", re.I)


def serial_tail(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that ends a list ("..., an engagement order and so on.") is the list's tail, not a gloss."""
    return None if _SERIAL_TAIL.search(definition.strip()) else definition


SERIAL_TAIL = register(Gate(
    name="serial_tail",
    check=serial_tail,
    examples=(
        ("Air track", "A ground track, a weather report and so on.", None),
        ("Hand tools", "Hammers, saws, chisels, etc.", None),
        ("Tool kit", "A set of tools, such as hammers and saws, kept together.",
         "A set of tools, such as hammers and saws, kept together."),
    ),
))


# Words that may follow the adjective without making it say what the thing is.
_FILLER = frozenset("as well too also indeed enough and or but very quite equally so still".split())
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_MAX_ADJECTIVE_WORDS = 4


def _head_word(term_words: list[str]) -> str:
    """"reasons" of "Reasons for sharing": the last word before a preposition."""
    cut = next((i for i, w in enumerate(term_words) if i and w in {"for", "of", "in", "on", "to", "with"}), len(term_words))
    return term_words[cut - 1]


def adjective_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"Costs: Real as well.", "Reasons for sharing: Practical and political.": a noun headword given adjectives
    and filler words only: a verdict, not a definition."""
    words = [w.lower() for w in _WORD.findall(definition)]
    term_words = _WORD.findall(term.lower())
    if not words or not term_words or len(words) > _MAX_ADJECTIVE_WORDS or any(mark in definition for mark in ",;:()"):
        return definition
    if "NOUN" not in word_pos(_head_word(term_words)) or "ADJ" not in word_pos(words[0]):
        return definition  # "Ductile: Malleable.": an adjective may gloss an adjective
    rest = words[1:]
    return None if all(w in _FILLER or word_pos(w) == {"ADJ"} for w in rest) else definition


ADJECTIVE_ONLY = register(Gate(
    name="adjective_only",
    check=adjective_only,
    examples=(
        ("Costs", "Real as well.", None),
        ("Benefits", "Clear.", None),
        ("Infant", "Young at birth or soon after.", "Young at birth or soon after."),
        ("Ductile", "Able to be drawn into a wire.", "Able to be drawn into a wire."),
        ("Red giant", "A large red star.", "A large red star."),
        ("Ductile", "Malleable.", "Malleable."),
        ("Reasons for joining", "Practical and political.", None),
    ),
))


# "A recurring worry: ...", "A common objection: ...": an article, one or two adjectives, a noun and a colon.
# Only a genus that names a worry or a topic of debate: "A customer-centred alternative: ..." may still gloss.
_TOPIC_GENERA = frozenset("worry worries concern concerns problem problems issue issues question questions challenge "
                          "challenges objection objections complaint complaints theme risk risks danger dangers "
                          "difficulty difficulties obstacle obstacles debate fear fears".split())
_QUALIFIED_GENUS_COLON = re.compile(r"^(?:An?|The)\s+(?P<mods>(?:[\w-]+\s+){1,2})(?P<genus>[\w-]+):\s")


def qualified_genus_colon(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"A recurring worry: in a crisis a country may fear ...": a qualified genus, then a case, says what it is not."""
    found = _QUALIFIED_GENUS_COLON.match(definition)
    if not found or found.group("genus").lower() not in _TOPIC_GENERA:
        return definition
    mods = found.group("mods").split()
    if all("ADJ" in word_pos(m.lower()) or m.lower().endswith(("ing", "ed")) for m in mods):
        return None
    return definition


QUALIFIED_GENUS_COLON = register(Gate(
    name="qualified_genus_colon",
    check=qualified_genus_colon,
    examples=(
        ("Secrecy", "A recurring worry: a state may fear that its partners will leak.", None),
        ("Cost", "A common objection: the scheme is too dear for small members.", None),
        ("Ratio", "A comparison of two quantities: part to part or part to whole.",
         "A comparison of two quantities: part to part or part to whole."),
        ("Alloy", "A metal mixture: two or more metals melted together.", "A metal mixture: two or more metals melted together."),
        ("4Cs", "A customer-centred alternative: customer solution instead of product.",
         "A customer-centred alternative: customer solution instead of product."),
    ),
))


# "the same logic", "the same approach", "comparable work": a likeness to what the reader cannot see from the entry.
_COMPARED = re.compile(r"\bthe\s+same\s+(?:logic|approach|idea|principle|model|pattern|reasoning|thinking|formula)\b"
                       r"(?!\s+(?:as|of)\b)|\bcomparable\s+(?:work|tasks|duties|functions)\b", re.I)


def compared_outside(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"A convention that applied the same logic to another weapon.": likened to something outside the entry."""
    return None if _COMPARED.search(definition) else definition


COMPARED_OUTSIDE = register(Gate(
    name="compared_outside",
    check=compared_outside,
    examples=(
        ("Harbour Code", "A code that applied the same logic to fishing boats.", None),
        ("Port Board", "A board that does comparable work for the northern ports.", None),
        ("Stable sort", "A sort that keeps equal items in the same relative order as in the input.",
         "A sort that keeps equal items in the same relative order as in the input."),
        ("Twin towns", "Towns that follow the same model as their partners abroad.",
         "Towns that follow the same model as their partners abroad."),
    ),
))


# The only predicate after "<genus> that": a duration ("can take one to three years", "lasts about ten days"), a count
# of steps ("happens in two steps, each carried out by ..."), or a feeling ("causes growing concern").
_DURATION = (r"(?:takes?|lasts?)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|between\s+|from\s+|over\s+)?[\w-]+"
             r"(?:\s+(?:to|or|and)\s+[\w-]+)?\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
             r"(?:\s+to\s+complete)?")
_STEPS = (r"(?:happens|occurs|takes\s+place|proceeds|works|is\s+carried\s+out)\s+in\s+(?:two|three|four|five|several|\d+)\s+"
          r"(?:steps|stages|phases|parts)(?:,\s+each\s+[^.;:]*)?")
_FEELING = (r"(?:causes?|raises?|prompts?|arouses?)\s+(?:(?:growing|increasing|rising|serious|widespread|much|some|great"
            r"|public|international)\s+)*(?:concern|alarm|controversy|debate|worry|anxiety)s?")
_ATTRIBUTE_ONLY = re.compile(
    rf"^(?:(?:An?|The)\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:that|which)\s+(?:can\s+|may\s+|usually\s+|often\s+|typically\s+"
    rf"|normally\s+)?(?:{_DURATION}|{_STEPS}|{_FEELING})\.?$", re.I)


def attribute_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """"A journey that can take one to three years.": a duration, a count of steps or a feeling alone."""
    return None if _ATTRIBUTE_ONLY.match(definition) else definition


ATTRIBUTE_ONLY = register(Gate(
    name="attribute_only",
    check=attribute_only,
    examples=(
        ("Monsoon", "A season that can last three to four months.", None),
        ("Fermentation", "A process that happens in three stages, each driven by a different yeast.", None),
        ("Hedge funds", "Funds that cause growing concern.", None),
        ("Gestation", "A period that lasts about nine months in humans.", "A period that lasts about nine months in humans."),
        ("Digestion", "A process that happens in three stages: the mouth, the stomach and the gut break food down.",
         "A process that happens in three stages: the mouth, the stomach and the gut break food down."),
        ("Erosion", "A process that wears away rock and soil.", "A process that wears away rock and soil."),
    ),
))


# "A rectangle roughly twenty-five metres long and ten metres deep": a shape and two measurements, one object's size
# ("Hectare: A square 100 metres long on each side." is a unit's definition).
_MEASURE = r"[\w.,-]+\s+(?:metres|meters|feet|kilometres|kilometers|miles|centimetres|yards)\s+(?:long|wide|high|deep|tall)"
_MEASURED_SHAPE = re.compile(rf"^(?:An?|The)\s+[a-z]+\s+(?:roughly\s+|about\s+|some\s+|nearly\s+|almost\s+)?{_MEASURE}"
                             rf"\s+and\s+{_MEASURE}\b", re.I)
# "A deliberate compliment to Louis", "A reminder of ...", "A tribute to ...": a comment on what the sentence told; and
# praise for a head ("The perfect political symbol", "A superb preservative": test-dv, both raters).
_COMMENT = re.compile(r"^An?\s+(?:[a-z]+\s+)?(?:compliment|tribute|reminder|homage|nod|gesture|testament|rebuke"
                      r"|snub|warning)\s+(?:to|of|that)\b|^An?\s+(?:large|small|huge|modest|considerable|tidy)\s+"
                      r"(?:sum|amount|price|fee)\s+for\b"  # "Shilling: A large sum for a working family" (test-dg)
                      r"|^The\s+perfect\s|^An?\s+(?:superb|excellent|splendid|wonderful|remarkable|magnificent)\s", re.I)


def measured_or_comment(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """One object's size, or a comment the sentence makes on what it told, is no definition (test-df, both raters:
    "Garden: A rectangle roughly twenty-five metres long ...", "Grand Canal: A deliberate compliment to Louis")."""
    return None if _MEASURED_SHAPE.match(definition) or _COMMENT.match(definition) else definition


MEASURED_OR_COMMENT = register(Gate(
    name="measured_or_comment",
    check=measured_or_comment,
    examples=(
        ("Garden", "A rectangle roughly twenty-five metres long and ten metres deep.", None),
        ("Grand Canal", "A deliberate compliment to Louis, who presented himself as the Sun King.", None),
        ("Shilling", "A large sum for a working family.", None),
        ("Brine wells", "A reminder that technical brilliance did not need steel or steam.", None),
        ("Salt", "The perfect political symbol: universal, cheap to produce and essential.", None),
        ("Salt", "A superb preservative.", None),
        ("Moat", "A deep ditch, often filled with water, around a castle.",
         "A deep ditch, often filled with water, around a castle."),
        ("Hectare", "A square 100 metres long on each side.", "A square 100 metres long on each side."),
    ),
))


# A person's name ("Charles Darrow", "John Napier"): two to four capitalised words, the first no English word.
_PERSON_NAME = re.compile(r"^[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'.-]*|de|da|van|von|of|le|la)){1,3}$")
# What someone was, alone: "An unemployed salesman from Pennsylvania", "The eighth Laird of Merchiston", "A Liverpool
# merchant with classical tastes": an article, up to four modifiers, a noun for a person, and a phrase of place,
# origin or trait, with no clause and no participle saying what the person did.
_ROLES = lexicon.PERSON_NOUNS | frozenset("""salesman schoolmaster businessman craftsman nobleman clergyman lawyer
    farmer trader soldier officer sailor maker surgeon doctor physician economist diplomat minister ambassador envoy
    magnate governor ruler laird lord knight squire courtier official clerk curator collector perfumer potter smith
    mason cleric""".split())
_AGENT = rf"(?:{'|'.join(sorted(_ROLES))})"
# Nouns of a deed, which say what the person did: "The founder of the Mali Empire" (accepted by both raters on test-ab).
_DEED = re.compile(r"\b(?:founder|inventor|creator|discoverer|author|builder|designer|architect|leader)\s+of\b")
_BACKGROUND_ONLY = re.compile(rf"^(?:An?|The)\s+(?:[\w’',-]+\s+){{0,4}}?{_AGENT}"
                              r"(?:\s+(?:(?:[a-z]+ed|born)\s+)?(?:of|from|with|in|at)\s+[^,;:]+)?\.?$", re.I)


def background_only(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A person defined by background alone, no deed: who they were before the sentence told what they did is no
    gloss a teacher keeps (both raters on test-dh, test-dg, test-cz, test-cy: "Charles Darrow: An unemployed
    salesman from Pennsylvania", "Rowland Hill: A former schoolmaster with no experience of running a post office",
    "Thomas Bentley: A Liverpool merchant with classical tastes": not a term)."""
    first = term.split()[0].lower()
    if not _PERSON_NAME.match(term) or word_pos(first) or not _BACKGROUND_ONLY.match(definition):
        return definition
    return definition if re.search(r"\b(?:who|whose|that|which)\b", definition) or _DEED.search(definition) else None


BACKGROUND_ONLY = register(Gate(
    name="background_only",
    check=background_only,
    examples=(
        ("Charles Darrow", "An unemployed salesman from Pennsylvania.", None),
        ("John Napier", "The eighth Laird of Merchiston.", None),
        ("Gerardus Mercator", "A young cleric educated at Leuven.", None),
        ("Zhou Daguan", "A Chinese envoy who stayed at Angkor in 1296 and wrote an account of the city.",
         "A Chinese envoy who stayed at Angkor in 1296 and wrote an account of the city."),
        ("William Hobson", "A Royal Navy captain sent to New Zealand as lieutenant-governor.",
         "A Royal Navy captain sent to New Zealand as lieutenant-governor."),
        ("Grand Vizier", "The chief minister of the Ottoman sultan.", "The chief minister of the Ottoman sultan."),
    ),
))


# Kinds of thing so broad that an adjective or two leaves the thing unknown ("A waxy solid", "A short message"); not
# "structure", "text" or "word", which a modifier may place ("A cup-shaped structure", "A Buddhist text").
_BROAD_KINDS = frozenset("rule design style message material solid liquid approach thing event".split())
_RESTRICTING = re.compile(r"\b(?:of|that|which|who|whose|where|in|for|with|to|from|by|on|at|than)\b", re.I)


def bare_kind(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """An article, at most two adjectives and a broad kind, nothing restricting it: no definition (both raters on
    test-da, test-dg, test-dk and three more sets, 12 of 20 ratings rejected and none accepted: "Absolute: A
    concentrated material.", "Pneumatique: A short message.", "Green's law: A simple rule.")."""
    words = definition.rstrip(" .").split()
    bare = 2 <= len(words) <= 4 and words[0].lower() in ("a", "an", "the") and words[-1].lower() in _BROAD_KINDS
    return None if bare and not _RESTRICTING.search(definition) else definition


BARE_KIND = register(Gate(
    name="bare_kind",
    check=bare_kind,
    examples=(
        ("Absolute", "A concentrated material.", None),
        ("Green's law", "A simple rule.", None),
        ("Brine", "A salt solution.", "A salt solution."),
        ("Ohm's law", "A rule that relates current, voltage and resistance.",
         "A rule that relates current, voltage and resistance."),
    ),
))
