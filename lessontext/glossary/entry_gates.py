"""The publishing gates on an entry's own text, in the order they run (:mod:`lessontext.glossary.publish` runs them).

Each gate is one named function from a term and its definition to the definition to publish (possibly edited)
or ``None`` to drop the entry, with examples a test runs.  They register after the clause gates
(:mod:`.clauses`), the essay gates (:mod:`.essay_gates`) and the headless gates (:mod:`.headless`), which this
module imports first, and before the headword and verdict gates (:mod:`.headwords`, :mod:`.judged`).  Each one
answers a failure blind raters kept rejecting, in any subject:

* ``second_clause``: "What you earn before any deductions; net income ... is what remains", "A stanza of two
  rhyming lines is a couplet; ...": a run-on carrying the next term's definition is cut at its "; ", and a
  definition that is itself "A X is a Y" belongs to Y (its subject when Y is the headword, else left out);
* ``clause_body``: "Longitudinal waves: The particles vibrate ...", "Natural passive immunity: Antibodies pass
  ...": a clause with its own subject, not a phrase; the term's head noun becomes its genus ("Waves in which the
  particles vibrate ...");
* ``value_not_definition``: "Alcohol: 7 kcal per gram", "F major: 1 flat (B♭)":
  a quantity, not what the thing is;
* ``topic_pair``: "Entry and exit", "Taxes and customs": several headwords of
  two bare nouns joined by "and" are a checklist's topics, not terms (one
  alone may be a set phrase: "Checks and balances");
* ``unresolved_short``: "The principle behind these clauses.", "Nine of them.":
  a short definition whose meaning is in a sentence the reader cannot see;
* ``cut_mid_clause``: "... onto the surface it.", "... such as Link 16, which.":
  a definition cut where a clause had only begun (a trailing "which" is trimmed,
  anything else dropped);
* ``well_formed``: "The by which the weapons ...", "An outbreak during which such as ...", "Often form
  where ...", "Known by its French initials as CISM.", "The pitch of a sound depends on ...": a definition that
  does not read as a complete phrase about the headword (:mod:`lessontext.glossary.wellformed`);
* ``worked_calculation``: "10,000 plus revenue of 1,200 minus ..., giving
  10,600": a step of a worked example;
* ``names_another_term``: "Foundation of double-entry bookkeeping: A single
  relationship known as the accounting equation", "International scientific
  unit: The kilojoule (kJ)": the entry is inverted, the real term is inside;
* ``context_not_definition``: "A tendency rather than a strict rule.", "A
  liability, and so are accounts payable, ...", "Typical of plurality
  systems.": what it is not, what else shares its class, where it appears;
* ``evaluation``: "A related move.", "A central principle of intelligence sharing.": only ranks or relates the term;
* ``broken_form``: "Neutral vowel [ə", "A sector that that understanding ...", "A process in which how ...",
  "Also has a closure in the mouth.", "E", "A R that holds ...", "... (he argued).": a headword cut inside its
  brackets or of one letter, a doubled word, a definition that only adds to another, a genus that is a formula's
  letter or a unit, one thinker's view;
* ``misread_relative``: "A regime that created in 1987, seeks to ..." reads
  "A regime created in 1987 that seeks to ..."; "The arrangement that answers
  it, setting out ..." loses the clause about "it";
* ``leading_meaning``: "Meaning the legal authority to ..." loses "Meaning".
* the gates on a headword or a definition's shape (``filler_headword`` ... ``conditional_case``):
  :mod:`.shape_gates`, which registers them after these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary import cases, clauses, essay_gates, headless  # noqa: F401  (their gates register first)
from lessontext.glossary.gate import Gate
from lessontext.glossary.gate import register as _register
from lessontext.glossary.shapes import rebuilt_head_broken
from lessontext.glossary.wellformed import well_formed
from lessontext.glossary.wellformed_examples import WELL_FORMED_EXAMPLES
from lessontext.words import word_pos

# "7 kcal per gram", "2,000 × (1.05)^10 ≈ £3,257.79", "~3 flats": the definition opens with a quantity; "A few
# micrometres long." (test-cv, both raters): only a size.
_OPENS_WITH_QUANTITY = re.compile(r"^[~≈<>±−-]?\s*[£$€]?\d|^(?:a\s+few|several|about|around|roughly|only|up\s+to|nearly)"
                                  r"\s+[\w-]+\s+(?:long|tall|wide|high|deep|across|thick|old|in\s+diameter)\.?$", re.I)


def _value_not_definition(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that opens with a number gives a value or a calculation, not what the term is."""
    return None if _OPENS_WITH_QUANTITY.match(definition) else definition


VALUE_NOT_DEFINITION = _register(Gate(
    name="value_not_definition",
    check=_value_not_definition,
    examples=(
        ("Alcohol", "7 kcal per gram (about 29 kJ).", None),
        ("Simple interest", "2,000 + (2,000 × 0.05 × 10) = £3,000.00.", None),
        ("Bacteria", "A few micrometres long.", None),
        ("Kilowatt-hour", "The energy of 1,000 watts used for one hour.", "The energy of 1,000 watts used for one hour."),
    ),
))


# "Entry and exit", "Taxes and customs": one capitalised word, "and", one lower-case word.
_TOPIC_PAIR = re.compile(r"[A-Z][a-z]+ and [a-z]+")
# One such headword may be a set phrase ("Checks and balances"); several are a checklist's topics.
_MIN_TOPIC_PAIRS = 2


def _topic_pair(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """Several headwords of two single nouns joined by "and" name the topics of a checklist, not terms."""
    if not _TOPIC_PAIR.fullmatch(term):
        return definition
    pairs = sum(1 for h in headwords if _TOPIC_PAIR.fullmatch(h))
    return None if pairs >= _MIN_TOPIC_PAIRS else definition


TOPIC_PAIR = _register(Gate(
    name="topic_pair",
    check=_topic_pair,
    examples=(
        ("Entry and exit", "Rules allowing personnel to cross borders with military identification.", None),
        ("Taxes and customs", "Exemptions for equipment brought in for official use.", None),
        ("Criminal jurisdiction", "The authority to try a service member.", "The authority to try a service member."),
    ),
    example_headwords=("Entry and exit", "Taxes and customs", "Criminal jurisdiction"),
    on_candidates=False,
))

_MAX_SHORT_WORDS = 7
# "these clauses", "like these", "this way", "Nine of them", "Another evaporite deposit", "and it increases", "he":
# a word pointing at something the definition does not say ("a gap in it", "report it" point inside it).
_POINTS_OUTSIDE = re.compile(
    r"\b(?:these|those|them|he|she|him)\b|\bthis\s+[a-z]+|^another\b|\ba\s+different\s+[a-z]+\.?$|^(?:An?|The)\s+(?:second|third|fourth|fifth|next|other)\s+[\w-]+\.?$|(?<!\bin )(?<!\bof )(?<!\bto )(?<!\bon )\band it\b", re.I)
# "The organisation that grew out of it.": the relative clause's own subject is the head, so "it" is something else.
_RELATIVE_THEN_IT = re.compile(r"\b(?:that|which|who)\s.*\b(?:of|from|after|against|on)\s+it\W*$", re.I)
_THAT_NOUN = re.compile(r"\bthat\s+(?P<noun>[a-z]+)\b")


# "of that provision": after a preposition "that" is a determiner, never a relative pronoun.
_PREPOSITION_THAT = re.compile(r"\b(?:of|in|to|by|for|with|from|on|at) that [a-z]+\b")


def _points_with_that(definition: str) -> bool:
    """"the first use of that provision": "that" as a determiner (a noun follows, not a verb)."""
    if _PREPOSITION_THAT.search(definition):
        return True
    for match in _THAT_NOUN.finditer(definition):
        pos = word_pos(match.group("noun"))
        before = definition[:match.start()].split()[-2:]
        if before and "NOUN" in (head := word_pos(before[-1].lower())) and (
                "VERB" not in head or before[0] == "The" and len(before) == 2):
            # "The money that households spend", "The poisons that organisms produce": after its head noun (one the
            # definition's own "The" opens, whatever else the word can be) "that" opens a relative clause
            continue
        if pos and "NOUN" in pos and "VERB" not in pos:
            return True
    return False


def _unresolved_short(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A short definition resting on "these", "them", "that provision": nothing left once the reference is gone."""
    if len(definition.split()) > _MAX_SHORT_WORDS:
        return definition
    return None if (_POINTS_OUTSIDE.search(definition) or _points_with_that(definition)
                    or _RELATIVE_THEN_IT.search(definition)) else definition


UNRESOLVED_SHORT = _register(Gate(
    name="unresolved_short",
    check=_unresolved_short,
    examples=(
        ("Collective defence", "The principle behind these clauses.", None),
        ("Essential amino acids", "Nine of them.", None),
        ("Rock gypsum", "Another evaporite deposit.", None),
        ("Paris", "The first use of that provision.", None),
        ("Newton's law", "The rule he proposed.", None),  # someone the definition never names (test-cx)
        ("Honey process", "A third approach.", None),  # third after two the reader cannot see (test-cx)
        ("Space telescopes", "Telescopes that solve a different problem.", None),  # different from what? (test-cx)
        ("Rent", "The money that households pay.", "The money that households pay."),
        ("Toxins", "The poisons that organisms produce.", "The poisons that organisms produce."),
        ("Side", "A gesture that speeches struggle to equal.", None),
        ("Cash", "An asset and it increases.", None),
        ("Open circuit", "A circuit with a gap in it.", "A circuit with a gap in it."),
        ("Sister Towns League", "The organisation that grew out of it.", None),
        ("Levy", "A tax that farmers paid on their land.", "A tax that farmers paid on their land."),
        ("Strong base", "A base that dissociates completely.", "A base that dissociates completely."),
        ("Patch", "A bug fix that changes nothing else.", "A bug fix that changes nothing else."),
    ),
    on_candidates=False,
))


# "..., such as Link 16, which.": a relative clause cut before its verb.
# ("A French diplomat who.": test-ck; not a quoted example, "such as who.")
_TRAILING_RELATIVE = re.compile(r"(?:,|(?<!\bas)(?<!\blike)(?<!\bor)(?<!\band))\s+(?:which|who|whose)\.$")
# "... onto the surface it.", "A process in which wind or ice.": the sentence stops inside a clause.
_CUT_AFTER_NOUN = re.compile(r"\bthe\s+[a-z]+\s+(?:it|they)\.$")
# "For many years they.": a short definition ends on a subject pronoun (a longer one may end on a clause that
# polishing trims: "..., which is why they.").
_CUT_AFTER_SUBJECT = re.compile(r"^(?:\S+\s+){0,5}(?:they|he|she|we)\.$", re.I)
# "The jury generally favoured what.": a free relative's "what" left at the end, its clause cut off.
_CUT_FREE_RELATIVE = re.compile(r"\s(?:what|whatever)\.$", re.I)
# "in which wind or ice.": the relative clause holds only its subject, two nouns joined, and no verb.
_CUT_RELATIVE = re.compile(r"\b(?:in|by|at|on|through) which\s+(?P<rest>[a-z]+ (?:or|and) [a-z]+)\.$")


def _clause_has_verb(words: str) -> bool:
    """"sinks", "moved", "is": a word that can only be a verb, or a verb form in -s or -ed."""
    for word in words.lower().split():
        pos = word_pos(word)
        if "AUX" in pos or pos == {"VERB"} or "VERB" in pos and word.endswith(("s", "ed")):
            return True
    return False


def _cut_mid_clause(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """Trim a relative pronoun left at the end; drop a definition that stops inside a clause."""
    if _TRAILING_RELATIVE.search(definition):
        return _TRAILING_RELATIVE.sub(".", definition)
    if _CUT_AFTER_NOUN.search(definition) or _CUT_AFTER_SUBJECT.search(definition) or _CUT_FREE_RELATIVE.search(definition):
        return None
    relative = _CUT_RELATIVE.search(definition)
    if relative and not _clause_has_verb(relative.group("rest")):
        return None
    return definition


CUT_MID_CLAUSE = _register(Gate(
    name="cut_mid_clause",
    check=_cut_mid_clause,
    examples=(
        ("Tactical data links", "Links that exchange a common picture, such as Link 16, which.",
         "Links that exchange a common picture, such as Link 16."),
        ("Lava", "Molten rock below the surface is called magma; once it erupts onto the surface it.", None),
        ("Erosion", "A process in which wind or ice.", None),
        ("De Lesseps", "A French diplomat who.", "A French diplomat."),  # test-ck: a relative cut before its verb
        ("Relative clause", "A clause that begins with a relative pronoun such as who.",
         "A clause that begins with a relative pronoun such as who."),
        ("Noble metals", "For many centuries they.", None),
        ("Academic art", "The jury generally favoured what.", None),  # test-cp, both raters: a fragment
        ("Sonnet", "In later life she.", None),
        ("Glands", "Organs that release hormones into the blood, which is why they.",
         "Organs that release hormones into the blood, which is why they."),
        ("Bridge", "A structure that carries a road over a gap: a river or a valley.",
         "A structure that carries a road over a gap: a river or a valley."),
        ("Subduction", "A process in which one plate sinks beneath another.",
         "A process in which one plate sinks beneath another."),
        ("Observer mission", "A group whose job is to watch the ceasefire and report it.",
         "A group whose job is to watch the ceasefire and report it."),
    ),
))


WELL_FORMED = _register(Gate(name="well_formed", check=well_formed, examples=WELL_FORMED_EXAMPLES))


# "The original capital of 10,000 plus revenue of 1,200 minus ...", "I = V / R = 12 V ÷ 6 Ω": a worked calculation.
_NUMBER = re.compile(r"\d[\d,.]*")
_ARITHMETIC = re.compile(r"\b(?:plus|minus|times|giving)\b|[=+×÷−]")


# "..., here 5 minus 4.", "..., as in 12 ÷ 4 = 3.", "..., so 1 Pa = 1 N/m².": the worked instance or the unit's
# formula the author adds after the gloss.
_INSTANCE_TAIL = re.compile(r",\s+(?:here|as\s+in|for\s+example|for\s+instance|e\.g\.|so)\s+[^,]*$")
# "6.02 × 10^23", "3 × 10⁸": one number written in scientific notation, no arithmetic.
_SCIENTIFIC = re.compile(r"\d[\d.,]*\s*×\s*10(?:\^[−-]?\d+|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def _calculation(text: str) -> bool:
    text = _SCIENTIFIC.sub("N", text)
    return len(_NUMBER.findall(text)) >= 2 and bool(_ARITHMETIC.search(text))


def _worked_calculation(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """Two numbers or more with arithmetic between them are a step of a worked example, not a definition.

    A gloss in words that only ends on its worked instance or its formula ("The difference between two rates,
    here 6 minus 4.", "A pressure of one newton over one square metre, so 1 Pa = 1 N/m².") keeps the gloss.
    """
    if not _calculation(definition):
        return definition
    gloss = _INSTANCE_TAIL.sub("", definition.rstrip(". "))
    in_words = not _ARITHMETIC.search(gloss) and not _NUMBER.search(gloss)
    if gloss != definition.rstrip(". ") and len(gloss.split()) >= 3 and in_words:
        return gloss + "."
    return None


WORKED_CALCULATION = _register(Gate(
    name="worked_calculation",
    check=_worked_calculation,
    examples=(
        ("Equity", "The original capital of 10,000 plus revenue of 1,200 minus the rent expense of 600, giving 10,600.",
         None),
        ("Current from the battery", "I = V / R = 12 V ÷ 6 Ω = 2 A.", None),
        ("Kilojoule", "A unit of energy equal to 1,000 joules.", "A unit of energy equal to 1,000 joules."),
        ("Rate gap", "The difference between two interest rates, here 6 minus 4.", "The difference between two interest rates."),
        ("Joule", "The work done by a force of one newton over one metre, so 1 J = 1 N m.",
         "The work done by a force of one newton over one metre."),
        ("Calculate", "R = 12. Remember to add the unit, so the resistance is 12 Ω.", None),
        ("MA", "An ideal that is 4, so the effort is 1200 ÷ 4 = 300 N.", None),
        ("Speed of light", "The speed at which light travels in a vacuum, about 3 × 10^8 metres per second.",
         "The speed at which light travels in a vacuum, about 3 × 10^8 metres per second."),
    ),
))


# "A single relationship known as the accounting equation.", "An outcome described as a manufactured majority.",
# "A thin lining of cells called the mucosa, which ...": the definition is a head noun (with its "of" phrase) and
# the name of another term (the headword is the wrong one).
_NAMES_ANOTHER = re.compile(
    r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}[\w-]+(?:\s+of\s+[\w-]+)?\s+(?:known as|termed|described as|referred to as"
    # ("A decree that called for an end to the war": "called for", "called on" ask for something, they name nothing.)
    r"|called(?!\s+(?:for|on|upon)\b))\s+")
# "Munich: The high point of what historians call appeasement: ...": the definition names another term and is its.
_WHAT_CALL = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){0,3}(?:of\s+)?what\s+(?:[\w-]+\s+){1,2}(?:now\s+)?"
                        r"(?:call|calls|called|term|terms|termed)\b")
# "The kilojoule (kJ).": only a name and its abbreviation.
_ONLY_A_NAME = re.compile(r"^The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*\([^)]*\)\.$")


# "Legal foundation: The Chemical Weapons Convention, opened ...", "Early settlement: The Convention of Chuenpi of
# January 1841.": "the X was the <Name>" read backwards; the definition is the name of one thing, not what a
# common-noun headword means (blind raters rejected these in seven corpora, and the one they kept is a motto).
_NAME_HEADED = re.compile(
    r"^The\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d[\d,]*|of|and|for|on|in|the|de|du|des))*?\s+[A-Z\d][\w'’,-]*"
    r"(?=\s*[,.;:(]|\s+(?:known as|also called)\b|$)")
# "Navigation Acts: The first of which was passed in 1651.": a relative clause about the headword's members.
_OF_WHICH = re.compile(r"^(?:The\s+|An?\s+)?(?:[\w-]+\s+){0,2}of\s+(?:which|whom)\b", re.I)


def _common_headword(term: str) -> bool:
    """"Legal foundation", "Standard setter": no capital past its first letter, so no name of its own."""
    return not any(ch.isupper() for ch in term[1:]) and not any(ch.isdigit() for ch in term)


def _names_another_term(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that only names another term ("a relationship known as the X", "the kilojoule (kJ)", "the
    Chemical Weapons Convention" for a common-noun headword) is inverted; "the first of which" speaks of members."""
    if any(shape.match(definition) for shape in (_NAMES_ANOTHER, _ONLY_A_NAME, _OF_WHICH, _WHAT_CALL)):
        return None
    return None if _common_headword(term) and _NAME_HEADED.match(definition) else definition


NAMES_ANOTHER_TERM = _register(Gate(
    name="names_another_term",
    check=_names_another_term,
    examples=(
        ("Foundation of double-entry bookkeeping", "A single relationship known as the accounting equation.", None),
        ("National vote", "An outcome described as a manufactured majority.", None),
        ("Munich", "The high point of what historians call appeasement: a policy of settling grievances.", None),
        ("Chamberlain", "The prime minister who said what he wanted.", "The prime minister who said what he wanted."),
        ("Decree on Peace", "A decree that called for an immediate end to the war.",
         "A decree that called for an immediate end to the war."),
        ("International scientific unit", "The kilojoule (kJ).", None),
        ("Outer coat", "A thin lining of cells called the mucosa, which keeps the gut moist.", None),
        ("Simple interest", "Interest paid only on the original sum, called the principal.",
         "Interest paid only on the original sum, called the principal."),
        ("Rio Treaty", "The Inter-American Treaty of Reciprocal Assistance.",
         "The Inter-American Treaty of Reciprocal Assistance."),
        ("Legal foundation", "The Chemical Weapons Convention, opened for signature in Paris in January 1993.", None),
        ("Standard setter", "The International Search and Rescue Advisory Group, known as INSARAG, formed in 1991.",
         None),
        ("Early settlement", "The Convention of Chuenpi of January 1841.", None),
        ("Navigation Acts", "The first of which was passed in 1651.", None),
        ("High Representative", "The first of whom was the former Swedish prime minister Carl Bildt.", None),
        ("Parliament", "The UK's law-making body, made up of the Commons and the Lords.",
         "The UK's law-making body, made up of the Commons and the Lords."),
        ("Secretary-General", "The UN's chief administrative officer.", "The UN's chief administrative officer."),
        ("Rainforest", "The Amazon rainforest is the largest on Earth.", "The Amazon rainforest is the largest on Earth."),
        ("Prime meridian", "The line of longitude 0°, which passes through Greenwich.",
         "The line of longitude 0°, which passes through Greenwich."),
    ),
))


# "A tendency rather than a strict rule.": what it is not, and nothing else.
_CONTRAST_ONLY = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}rather than\s+(?:an?|the)?\s*(?:[\w-]+\s*){1,3}\.$")
# "Far older than heraldry.", "Older than any laboratory technique.": how it compares, not what it is (test-dc, both).
_COMPARED_ONLY = re.compile(r"^(?:(?:far|much|even|slightly)\s+)?(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+than\b", re.I)
# "A title that was not the king's.": only what it is not (test-db, both raters).
_NOT_ONLY = re.compile(r"^(?:An?|The)\s+[\w-]+\s+(?:that|which)\s+(?:is|are|was|were)\s+not\s+[^,;:]+\.$")
# "A liability, and so are accounts payable, ...": a classification shared with another term.
_AND_SO_ANOTHER = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+and so (?:is|are|do|does)\b")
# "Typical of plurality systems.", "First recorded in the journal ...": where or when it appears, not what it is.
_WHERE_IT_APPEARS = re.compile(r"^(?:Typical|Characteristic) of\b|^First [a-z]+ed\b"
                               # "A phrase used by the historian Eric Hobsbawm.": who said it (both raters, test-cf)
                               r"|^(?:An?|The)\s+(?:phrase|term|expression|word|name|label|slogan)\s+(?:first\s+)?"
                               r"(?:used|coined|invented|introduced|popularised|popularized)\s+by\s+(?:the\s+[a-z]+\s+)?[A-Z][\w'-]*"
                               r"(?:\s+[A-Z][\w'-]*)*\.$"
                               # "A treaty named after the nearby town of Portsmouth.": where the name comes from (test-bf)
                               r"|^(?:An?|The)\s+[\w-]+\s+named\s+(?:after|for)\s"
                               r"|^The\s+origin\s+of\s+the\s+(?:[\w-]+\s+)?(?:phrase|word|term|name|expression)\b"
                               # "A diagram devised by Edward Harris in 1973.": who made it and when (test-dc, both)
                               r"|^(?:An?|The)\s+[\w-]+\s+(?:devised|invented|developed|designed|introduced|created)\s+by\s+"
                               r"(?:[A-Z][\w.'-]*\s*)+(?:in\s+\d{3,4})?\.$")


# "Sectors that the table below summarises ...": the page's layout, which a glossary entry cannot point to.
_LAYOUT = re.compile(r"\b(?:table|figure|diagram|chart|list|box|map|graph)\s+(?:below|above)\b", re.I)


def _context_not_definition(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition that only contrasts, classes the term with another, says where it appears, or points at the page."""
    if _CONTRAST_ONLY.match(definition) or _NOT_ONLY.match(definition) or _COMPARED_ONLY.match(definition) \
            or _AND_SO_ANOTHER.match(definition) or _WHERE_IT_APPEARS.match(definition) \
            or _LAYOUT.search(definition):
        return None
    return definition


CONTEXT_NOT_DEFINITION = _register(Gate(
    name="context_not_definition",
    check=_context_not_definition,
    examples=(
        ("Duverger's law", "A tendency rather than a strict rule.", None),
        ("Magna Carta", "A charter that was not the barons' own.", None),
        ("Painted shields", "Far older than heraldry.", None),
        ("Ogham stone", "A marker devised by Irish monks in 600.", "A marker devised by Irish monks in 600."),
        ("Venn diagram", "A diagram devised by John Venn in 1880.", None),
        ("Field methods", "Older than any laboratory technique.", None),
        ("Bitter", "Another name for a pale ale served on draught.", "Another name for a pale ale served on draught."),
        ("Ballast", "Material that is not cargo, carried low in a ship to keep it steady.",
         "Material that is not cargo, carried low in a ship to keep it steady."),
        ("Bank loan", "A liability, and so are accounts payable, the amounts owed to suppliers.", None),
        ("Single-member districts", "Typical of plurality and majoritarian systems.", None),
        ("Transaction", "First recorded in chronological order in a book called the journal.", None),
        ("Collective bargaining by riot", "A phrase used by the historian Eric Hobsbawm.", None),
        ("Sectors", "Sectors that the table below summarises that are usually recognised today.", None),  # test-cp
        ("Treaty of Portsmouth", "A treaty named after the nearby town of Portsmouth.", None),
        ("Hours of the clock", "The origin of the modern phrase \"o'clock\".", None),  # test-cq, both raters
        ("Sonnet", "A term used by poets for a fourteen-line poem.", "A term used by poets for a fourteen-line poem."),
        ("Mediation", "A process in which a neutral third party helps the sides agree, rather than imposing a ruling.",
         "A process in which a neutral third party helps the sides agree, rather than imposing a ruling."),
        ("First-past-the-post", "A system in which the candidate with the most votes wins.",
         "A system in which the candidate with the most votes wins."),
    ),
))


_MAX_EVALUATION_WORDS = 8
# "A related move.", "A central principle of intelligence sharing.", "The most important document.": how the
# term ranks or relates, with no word of what it is.  Not "A good for which ..." ("good" heads the noun phrase).
_EVALUATION = re.compile(
    r"^(?:An?|The)\s+(?:most\s+|[\w-]+\s+)?(?P<word>related|central|useful|poor|important|key|crucial"
    r"|essential|significant|vital|fundamental|little-known)\s+(?!for\b|of\b|in\b|that\b|which\b|nature\b)[\w-]+", re.I)


# "The largest at spring tides", "The highest during storms": a superlative and a time, no head noun.
_SUPERLATIVE_WHEN = re.compile(r"^The\s+(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\s+(?:at|when|whenever|during|around"
                               r"|after|before|near)\b")
# "The only type that commonly contains fossils": what sets it apart from its siblings, not what it is.
_ONLY_ONE_OF_KIND = re.compile(r"^The\s+only\s+(?:type|kind|one|form|sort|group|class|member)\s+(?:that|which|of|to|in)\b")
# "A major source of nitrogen dioxide", "The main cause of delays": what it contributes to, whatever follows.
_CONTRIBUTION = re.compile(r"^(?:An?|The)\s+(?:major|main|leading|chief|primary|principal|significant|large|big|growing"
                           r"|important)\s+(?:source|cause|contributor|driver)\s+of\b", re.I)
# "The most concentrated source of food energy.": how it ranks among others, not what it is.
_RANKED = re.compile(r"^(?:The|One of the)\s+(?:most|least)\s+(?P<word>[\w-]+)\s+[\w-]+", re.I)
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whose|where|whereby)\b")
# "A treatment, not a cure: people ... must take it for life": what it is set against, not what it is (test-ah, test-cr).
_NOT_THE_OTHER = re.compile(r"^(?:An?|The)\s+[\w-]+(?:\s+[\w-]+)?,\s+not\s+(?:an?|the)\s+"
                            r"|^(?:(?:far|much|even|rather)\s+)?(?:better|worse)\s+(?:at|than)\b"  # "Far better at ..."
                            r"|^(?:[\w,.-]+\s+){1,4}times\s+(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+than\b"
                            r"|^(?:(?:An?|The)\s+)?[\w-]+(?:\s+[\w-]+)?\s+that\s+tends?\s+to\b", re.I)  # a tendency


def _evaluation(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A short definition headed by a judgement ("a central principle of ...", "a related move") is no definition.

    A relative clause says what the thing does ("an essential substance that speeds up a reaction"): kept.
    """
    if _CONTRIBUTION.match(definition) or _NOT_THE_OTHER.match(definition):
        return None  # "A major source of nitrogen dioxide ...": what it adds to, a claim about it
    if _SUPERLATIVE_WHEN.match(definition) or _ONLY_ONE_OF_KIND.match(definition):
        return None  # "The largest at spring tides": when it is most so, with no noun saying what it is
    match = _EVALUATION.match(definition) or _RANKED.match(definition)
    if (not match or len(definition.split()) > _MAX_EVALUATION_WORDS or match.group("word").lower() in term.lower()
            or _RELATIVE_CLAUSE.search(definition)):
        return definition
    return None


EVALUATION = _register(Gate(
    name="evaluation",
    check=_evaluation,
    examples=(
        ("Tu quoque", "A related move.", None),
        ("Third-party rule", "A central principle of intelligence sharing.", None),
        ("Negligence", "The most important tort in practice.", None),
        ("Fats", "The most concentrated source of food energy.", None),
        ("Mercury", "The smallest planet in the solar system.", "The smallest planet in the solar system."),
        ("Normal good", "A good for which demand rises with income.", "A good for which demand rises with income."),
        ("Catalyst", "An essential substance that speeds up a reaction.", "An essential substance that speeds up a reaction."),
        ("Inflation", "A general rise in prices.", "A general rise in prices."),
        ("Coal burning", "A major source of sulphur dioxide, which forms acid rain.", None),
        ("Flood risk", "The highest during storms at high water.", None),
        ("Marsupials", "The only kind that carries its young in a pouch.", None),
        ("Insulin", "A treatment, not a cure: people with diabetes must take it for life.", None),
        ("Mapmakers", "Far better at showing where things were than at showing how high they stood.", None),
        ("Radio waves", "Thousands or millions of times longer than light waves.", None),  # a comparison (test-cx)
        ("Washed coffees", "Coffees that tend to taste clean and bright.", None),  # a tendency (test-cx, test-m)
        ("Coal", "A black rock formed from the remains of plants.", "A black rock formed from the remains of plants."),
        ("Relative keys", "A major key and a minor key that share the same key signature.",
         "A major key and a minor key that share the same key signature."),
    ),
))


# "A sector that that understanding treats ...": a word doubled where a phrase was cut out.
_DOUBLED_WORD = re.compile(r"\b(\w{2,})\s+\1\b", re.I)
# "Also has a closure in the mouth.", "A fluid too.", "The great survey later.": what is added to another thing.
_ADDS_TO_ANOTHER = re.compile(r"^(?:Also|Too)\b|^(?:An?|The)(?:\s+[\w-]+){1,3}\s+(?:too|also|later|as well)\.$")
# "A R that holds for ...", "A kwh that is ...": a genus rebuilt from the last letter or unit of a formula or a
# quantity ("V = I × R", "25p per kWh") is no noun, so the headword named no kind of thing.  ("Class A", "Source A":
# a label's letter, left to the rules that read labels.)
_SYMBOL_GENUS = re.compile(r"^An?\s+(?:[A-Za-z]|[b-df-hj-np-tv-z]{2,4})\s+(?:that|which|who|in which)\b")
_FORMULA_OR_QUANTITY = re.compile(r"[\d=×*/+−]")
# "A spiritual principle resting on two things ... (he argued).": one thinker's view of the term, cut from "A nation,
# he argued, was ...", not the lesson's definition (test-cx).
_REPORTED_VIEW = re.compile(r"\((?:he|she|they|[A-Z][\w'’-]+)\s+(?:argued|claimed|insisted|believed|held|suggested"
                            r"|maintained|contended|wrote|said)\)", re.I)


def _broken_form(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A headword cut inside its brackets ("Neutral vowel [ə"), a doubled word or head, a definition opening on "Also"."""
    if term.count("[") != term.count("]") or term.count("(") != term.count(")") or len(term.strip()) == 1:
        return None  # ("E", "V": a one-letter symbol of a formula or a chord, not a term)
    if (_DOUBLED_WORD.search(definition) or _ADDS_TO_ANOTHER.match(definition) or rebuilt_head_broken(definition)
            or _SYMBOL_GENUS.match(definition) and _FORMULA_OR_QUANTITY.search(term) or _REPORTED_VIEW.search(definition)):
        return None
    return definition


BROKEN_FORM = _register(Gate(
    name="broken_form",
    check=_broken_form,
    examples=(
        ("Neutral vowel [ə", "A central vowel, heard in the first syllable of \"about\".", None),
        ("Security sector", "A sector that that understanding treats as a whole system.", None),
        ("Nasal", "Also has a closure in the mouth.", None),
        ("Nation", "A spiritual principle resting on two things: a shared possession of memories (he argued).", None),
        ("Air", "A fluid too.", None),
        ("E", "A constant that is the modulus of elasticity.", None),
        ("Massive stars", "Stars that stars of many solar masses are hot, blue and extremely luminous.", None),
        ("Costly wars", "Wars that War and French support for the American War of Independence had left ...", None),
        ("Promotion", "A process in which how the business communicates with customers.", None),
        ("Bicameral legislature", "An arrangement in which in most democracies it is an elected assembly.", None),
        ("Observational learning", "A process in which yet learning also depends on thinking.", None),
        # test-cp, both raters: a stage's clause
        ("Establishment of the seedling", "An establishment in which once the shoot reaches the light, the hook straightens.",
         None),
        ("Exhibit B", "A B that shows the letter the witness signed.", "A B that shows the letter the witness signed."),
        ("P = F / A", "An A that applies to any fluid at rest.", None),
        ("30 km per h", "A kmh that is a typical speed limit in towns.", None),
        ("Ohm", "A unit that measures resistance.", "A unit that measures resistance."),
        ("Reinforcer", "A consequence that makes a behaviour more likely.", "A consequence that makes a behaviour more likely."),
        ("Greenhouse effect", "A process in which heat is trapped.", "A process in which heat is trapped."),
        ("Schwa [ə]", "A central vowel, heard in the first syllable of \"about\".",
         "A central vowel, heard in the first syllable of \"about\"."),
    ),
))


# "A regime that created in 1987, seeks to limit ...": an aside participle read as the verb of "that".
_PARTICIPLE_AS_VERB = re.compile(r"^(?P<head>(?:An?|The) [\w-]+) that (?P<aside>[a-z]+ed\b[^,]{2,40}), (?P<verb>[a-z]+s)\b")
# "The arrangement that answers it, setting out ...": a relative clause about something outside the entry.
_THAT_VERB_IT = re.compile(r"^(?P<head>(?:An?|The) [\w-]+) that [a-z]+s? (?:it|them|this), ")


def _misread_relative(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """Put the aside participle before "that"; drop a "that ... it" clause whose "it" is outside the entry."""
    match = _PARTICIPLE_AS_VERB.match(definition)
    if match and match.group("verb") not in {"was", "is", "has", "does"}:
        return f"{match.group('head')} {match.group('aside')} that {definition[match.start('verb'):]}"
    match = _THAT_VERB_IT.match(definition)
    if match:
        return f"{match.group('head')} {definition[match.end():]}"
    return definition


MISREAD_RELATIVE = _register(Gate(
    name="misread_relative",
    check=_misread_relative,
    examples=(
        ("Missile Technology Control Regime", "A regime that created in 1987, seeks to limit the spread of missiles.",
         "A regime created in 1987 that seeks to limit the spread of missiles."),
        ("Status of Forces Agreement", "The arrangement that answers it, setting out the rights of visiting forces.",
         "The arrangement setting out the rights of visiting forces."),
        ("AMISOM", "A mission that deployed in 2007, was replaced in 2022.",
         "A mission that deployed in 2007, was replaced in 2022."),
        ("Tariff", "A tax that raises the price of imports, making them dearer.",
         "A tax that raises the price of imports, making them dearer."),
    ),
))


# "Meaning the legal authority ...", "That is, the ...": the gloss's own lead-in word.
_GLOSS_LEAD_IN = re.compile(r"^(?:Meaning|That is,|I\.e\.,?)\s+(?P<rest>\S.*)$", re.S)


def _leading_meaning(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """Drop a leading "Meaning" or "That is," left from "X, meaning the ...": the definition starts after it."""
    match = _GLOSS_LEAD_IN.match(definition)
    if not match:
        return definition
    rest = match.group("rest")
    return rest[0].upper() + rest[1:]


LEADING_MEANING = _register(Gate(
    name="leading_meaning",
    check=_leading_meaning,
    examples=(
        ("Jurisdiction", "Meaning the legal authority to investigate and prosecute.",
         "The legal authority to investigate and prosecute."),
        ("Meaning", "What a word or sentence expresses.", "What a word or sentence expresses."),
    ),
))
