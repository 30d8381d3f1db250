"""Tables of one kind of thing described column by column: "| Landform | How it forms | What it looks like |".

A lesson often names the things it teaches in the first column of a wider
table headed by their kind ("Landform", "Layer") and describes each in the
columns after it.  ``table_row`` reads a wider table only when its first
column is headed as terms and another as meanings; a table headed by a kind
and a column that says what each thing looks like, is or how it forms is a
glossary too.  A column of what it looks like or is made of gives the
definition when its cell is a noun phrase ("A sharp, knife-edged ridge with
steep slopes"); else a column of how it forms gives "A landform formed when
..." from the kind in the first header, and one of how it is made "A joint
in which ..." (its cell a clause: "Fan-shaped tails on one piece interlock
..."; test-cw), and so does one of how it works ("| How it focuses radiation |": "A telescope in which a large
objective lens bends light ...", test-cx); a cell of how it works that opens with "Its" gives "A dam whose own
great weight resists sliding", and one that is a noun phrase with no verb of its own names the thing itself ("A mound
of broken rock with a clay core"; test-eb, both raters listed the dam types as must-have terms).  With no such column,
one headed as the rows' main or key feature ("| Legal family | ... | Main source of law |") gives "A legal family whose
main source of law is ..." (test-ec).  A first column headed "Type" takes its kind from a title or heading
"Types of telescope".  Other columns (uses, examples, figures) are left aside.
"""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, Table
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import PREPOSITIONS, finite_verb, is_participle, plural_head, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.select import is_data
from lessontext.vocabulary import TermKind
from lessontext.words import getAllLemmas, singular, word_pos

# The author names each thing and describes it; the column is a description, not a definition written as one.
CONFIDENCE = 0.6
# A row whose label the prose writes with the kind after it ("the beam bridge"): the table defines that name.
NAMED_CONFIDENCE = 0.9
# A feature that sets the kind apart, not what the thing is: a definition the prose gives wins the merge.
MAIN_FEATURE_CONFIDENCE = 0.5
_MIN_ROWS = 2
_MAX_TERM_WORDS = 4
_MIN_WORDS, _MAX_WORDS = 4, 30
# "| What it looks like |", "| Shape and appearance |", "| What it is made of |": each cell says what the thing is.
_LOOKS_HEADER = re.compile(r"^(?:what\s+(?:it|they)\s+(?:looks?|look)\s+like|(?:shape\s+and\s+)?appearance|what\s+(?:it|they)\s+(?:is|are)"
                           r"(?:\s+made\s+of)?|description)$", re.I)
# "| Sail shape and support |", "| Shape |", "| Structure |": each cell names the part that gives the thing its form
# ("Triangle laced to a long yard ..." -> "A rig with a triangle laced to a long yard ...": test-em, both raters
# listed the rigs as must-have terms).
_SHAPE_HEADER = re.compile(r"^(?:[a-z]+\s+)?(?:shape|form|layout|structure|design)(?:\s+and\s+[a-z]+)?$", re.I)
# "| How it forms |": each cell says how the thing comes about.
_FORMS_HEADER = re.compile(r"^how\s+(?:it|they)\s+(?:forms?|is\s+formed|are\s+formed)$", re.I)
# "| How it is made |": each cell says how the thing is put together, a clause of its own ("Fan-shaped tails on one
# piece interlock with matching pins on the other"): "A joint in which fan-shaped tails ...".
_MADE_HEADER = re.compile(r"^how\s+(?:it|they)\s+(?:is|are)\s+(?:made|built|constructed|put\s+together)$", re.I)
# "| How it focuses radiation |", "| How it works |": each cell says how the thing works, a clause whose subject is a
# thing ("A large objective lens bends light ..."), never a bare verb ("Draws water out of food ...").
_WORKS_HEADER = re.compile(r"^how\s+(?:it|they)\s+(?!is\b|are\b|forms?\b|looks?\b)[a-z]+(?:\s+[a-z]+){0,3}$", re.I)
# "| Legal family | Historical origin | Main source of law | ...": a column of what sets each kind apart, asked as "A legal
# family whose main source of law is ..." when no column says what each is or does (test-ec, both raters listed the
# five legal families as must-have terms).
# Only an idea, a source or a method says what a kind of thing stands for; a diet, a region, a use or a cause is one
# fact about each ("Bonobo: An ape whose main diet is ...": 40 such entries on the open sets, read as one fact).
_MAIN_HEADER = re.compile(r"^(?:main|key|chief|central|core|defining|principal)\s+(?:[a-z]+\s+)?(?:source|idea|belief|focus"
                          r"|principle|assumption|aim|claim|concern|value|method)s?(?:\s+of\s+[a-z]+)?$", re.I)
# Header nouns whose cells are propositions: "that" opens each clause.
_PROPOSITIONS = frozenset("assumption belief claim idea principle view".split())
_NOT_A_PHRASE_START = frozenset("for in on at by from with to as if when where which who depends varies".split())
# "| Type | ..." under "Types of Telescope": the kind is the title's.
_GENERIC_KIND = frozenset("type kind class category variety form".split())
_KINDS_OF = re.compile(r"\b(?:types?|kinds?|class(?:es)?|categories|varieties|forms)\s+of\s+(?:the\s+)?(?P<kind>[a-z]+)\b", re.I)
_SUBORDINATORS = frozenset("when whenever if as because while after before once where".split())
_NOUN_PHRASE = re.compile(r"^(?:an?|the)\s+[a-z]", re.I)
_BE = frozenset("is are was were has have".split())
# A verb of a singular subject ("A thin wall ... passes"), not a participle or an infinitive inside a noun phrase
# ("of compacted soil", "to seal it") or a plural form of a noun ("a clay core").
_BEFORE_NON_FINITE = frozenset("of to with a an the and or by".split())


def _has_verb(words: list[str]) -> bool:
    return any(w.lower() in _BE or finite_verb(w, plural=False) and (i == 0 or words[i - 1].lower() not in _BEFORE_NON_FINITE)
               for i, w in enumerate(words))


def _kind(header: str, headings: tuple[str, ...] = ()) -> str | None:
    """"Landform" -> "landform": a single noun heading the first column names the things' kind ("Type": the kind a
    heading names, "Types of telescope" -> "telescope")."""
    if header.strip().lower() in _GENERIC_KIND:
        found = next((m for h in headings if (m := _KINDS_OF.search(h or ""))), None)
        if found:
            return singular(found.group("kind").lower())
    words = word_list(header)
    # A word the lexicon does not know ("landform") is taken as a noun; a known word must be one.
    pos = word_pos(words[0].lower()) if len(words) == 1 else frozenset()
    if len(words) != 1 or not words[0].isalpha() or pos and "NOUN" not in pos:
        return None
    return singular(words[0].lower())


def _column(header: tuple[str, ...], pattern: re.Pattern[str]) -> int | None:
    found = [i for i, cell in enumerate(header[1:], 1) if pattern.match(cell.strip().rstrip("?"))]
    return found[0] if len(found) == 1 else None


def _first_sentence(cell: str) -> str:
    return re.split(r"(?<=[a-z])\.\s+(?=[A-Z])", cell.strip(), maxsplit=1)[0].strip()


def _headed(kind: str, link: str, clause: str) -> str:
    """"A landform formed when two corries ...", "A telescope in which a large lens ...": the kind before the clause."""
    return f"{'An' if kind[:1] in 'aeiou' else 'A'} {kind} {link} {clause[0].lower()}{clause[1:]}"


def _bare_part(text: str) -> str | None:
    """"Triangle laced to a long yard" -> "a triangle laced to a long yard"; "Four-sided sails hung from yards" ->
    "four-sided sails hung from yards": a bare noun phrase with its article; None for a clause or a figure."""
    words = word_list(text)
    # The noun phrase ends at a preposition or at a participle after a noun ("sails hung from", not "battened lug").
    head = next((i for i, w in enumerate(words) if i and (w.lower() in PREPOSITIONS | {"with"} or is_participle(
        w.lower()) and "NOUN" in word_pos(words[i - 1].lower()))), len(words)) - 1
    if head < 0 or is_data(text) or "NOUN" not in word_pos(words[head].lower()):
        return None
    part = text[0].lower() + text[1:]
    return part if plural_head(words[head].lower()) else f"{rephrase.article(part)} {part}"


def _description(kind: str, row: tuple[str, ...], looks: int | None, forms: int | None,
                 made: int | None = None, works: bool = False, shaped: bool = False) -> str | None:
    if looks is not None:
        text = _first_sentence(row[looks])
        if _NOUN_PHRASE.match(text) and not is_data(text):
            return text
        if shaped and (part := _bare_part(text)):
            return _headed(kind, "with", part)
    if kind in _GENERIC_KIND:
        return None  # "A class formed when ...": no kind to put before a clause
    if forms is not None:
        text = _first_sentence(row[forms])
        words = word_list(text)
        # "When a glacier melts, it deposits ...": a clause of its own, no subject to form the thing from.
        if words and words[0][:1].isupper() and words[0].lower() not in _SUBORDINATORS and not is_data(text):
            return _headed(kind, "formed when", text)
    if made is not None:
        text = _first_sentence(row[made]).split(";")[0].strip()
        words = word_list(text)
        # "| Earthfill embankment | A broad mound of compacted soil with a clay core; ... |": the thing itself, named.
        if _NOUN_PHRASE.match(text) and not _has_verb(words) and not is_data(text):
            return text
        # "| Gravity dam | Its own great weight resists sliding |": "A dam whose own great weight resists sliding".
        if words and words[0] in ("Its", "Their") and len(words) > 3:
            return _headed(kind, "whose", text.split(None, 1)[1])
        if len(words) > 2 and words[0][:1].isupper() and words[0].lower() not in _SUBORDINATORS and not is_data(text) \
                and not words[0].lower().endswith("ly") \
                and not (works and words[0].lower() not in {"a", "an", "the"} and "VERB" in word_pos(words[0].lower())) \
                and any("VERB" in word_pos(w.lower()) for w in words[1:]):
            return _headed(kind, "in which", text)
    return None


def _kind_of_rows(header: str) -> str | None:
    """"Legal family" -> "legal family": an adjective and a noun heading the first column name the rows' kind."""
    words = word_list(header)
    if len(words) != 2 or not all(w.isalpha() for w in words) or "NOUN" not in word_pos(words[1].lower()):
        return None
    return f"{words[0].lower()} {singular(words[1].lower())}"


_VERB_PHRASE_NEXT = frozenset("the a an its their his her with to into in on at by from".split())


def _clause(words: list[str]) -> bool:
    """"demand for workers changes with the seasons": a verb of a singular subject with its object or phrase after it
    (not "comprehensive written codes", whose last word only looks like one)."""
    return any(finite_verb(w, plural=False) and words[i - 1].lower() not in _BEFORE_NON_FINITE
               and words[i + 1].lower() in _VERB_PHRASE_NEXT for i, w in enumerate(words[1:-1], start=1))


def _sentence_case(text: str, written: str) -> str:
    """``text`` with its first word lower-cased, unless the lesson writes that word with a capital inside a sentence
    and never without, or the cell lists names ("Taiwan, Southeast Asia ...", "China, the Himalayas ...")."""
    first = text.split()[0]
    capital = re.search(rf"[^.!?:|\s]\s+{re.escape(first)}\b", written)
    if capital and not re.search(rf"\b{re.escape(first[0].lower() + first[1:])}\b", written) \
            or re.search(r",\s+(?:and\s+)?[A-Z]", text):
        return text  # (a list of names: "China, the Himalayas, Myanmar")
    return f"{text[0].lower()}{text[1:]}"


def _main_feature(kind: str, header: str, cell: str, written: str = "") -> str | None:
    """"A legal family whose main source of law is statutes plus a large body of judge-made case law": a noun phrase
    (not a clause, "demand for workers changes with the seasons", nor an instruction, "model a program as objects").
    An assumption or a belief is a clause, every part of it said: "An approach whose main assumption is that the mind
    processes information like a computer and that thoughts and beliefs shape behaviour" (test-ed, both raters: the
    entry "needs 'that'" and "drops the second half of the assumption")."""
    parts = [p.strip() for p in _first_sentence(cell).split(";") if p.strip()]
    text = parts[0] if parts else ""
    words = word_list(text)
    heading = header.strip().lower()
    last = heading.split()[-1]
    if len(words) >= 3 and singular(last) in _PROPOSITIONS and _has_verb(words) and not _order(words) \
            and ":" not in cell and not is_data(text):
        said = " and that ".join(_sentence_case(p, written) for p in parts)
        return _headed(kind, "whose", f"{heading} {'are' if singular(last) != last else 'is'} that {said}")
    if len(words) < 3 or ":" in text or words[0].lower() in _NOT_A_PHRASE_START or is_data(text) \
            or kind.split()[-1] in _GENERIC_KIND or _clause(words) or _instruction(words):
        return None
    text = _sentence_case(text, written)
    return _headed(kind, "whose", f"{heading} {'are' if singular(last) != last else 'is'} {text}")


def _order(words: list[str]) -> bool:
    """"Build programs from functions ...", "State facts and rules": a bare verb opens the cell, no subject before its
    verb ("People have free will ...")."""
    base = words[0].lower()
    return base in getAllLemmas(base).get("VERB", ()) and not (words[1].lower() in _BE or finite_verb(words[1], plural=True))


def _instruction(words: list[str]) -> bool:
    """"model a program as objects", "group instructions into ...": a bare verb and its object."""
    base = words[0].lower()
    return len(words) > 1 and base in getAllLemmas(base).get("VERB", ()) and (
        words[1].lower() in {"a", "an", "the", "to", "its", "their"} or "NOUN" not in word_pos(base))


def find_kind_table_rows(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """Rows of a table headed by a kind of thing, each described by a column of what it looks like or how it forms."""
    if not isinstance(block, Table) or len(block.rows) < _MIN_ROWS or not block.header or len(block.header) < 3:
        return []
    if any(len(row) != len(block.header) for row in block.rows):
        return []
    kind = _kind(block.header[0], (section.heading, context.document.title))
    looks, forms = _column(block.header, _LOOKS_HEADER), _column(block.header, _FORMS_HEADER)
    shaped = looks is None and (looks := _column(block.header, _SHAPE_HEADER)) is not None
    made = _column(block.header, _MADE_HEADER)
    works = _column(block.header, _WORKS_HEADER) if made is None else None
    made = made if made is not None else works
    main = _column(block.header, _MAIN_HEADER) if looks is None and forms is None and made is None else None
    if main is not None and kind is None:
        kind = _kind_of_rows(block.header[0])
    written = " ".join(sentence for _, sentence in context.document.sentences()) if main is not None else ""
    feature_confidence = MAIN_FEATURE_CONFIDENCE if main is not None else None
    if kind is None or looks is None and forms is None and made is None and main is None:
        return []
    out = []
    for row in block.rows:
        name = re.sub(r"^\d+[.)]\s+", "", re.sub(r"\s*\([^)]*\)", "", row[0]).strip(" *"))  # ("1. Infancy": its number)
        # "Headland and bay": two things in one row, no one term.
        if not (0 < len(word_list(name)) <= _MAX_TERM_WORDS and valid_term(name, strict=False)) or " and " in name:
            continue
        text = (_description(kind, row, looks, forms, made, works is not None, shaped) if main is None
                else _main_feature(kind, block.header[main], row[main], written))
        if not text or not (_MIN_WORDS <= len(word_list(text)) <= _MAX_WORDS):
            continue
        definition = finish_definition(text)
        if not definition:
            continue
        # "Beam" in a table of bridge types where the prose says "the beam bridge": the term is "Beam bridge", and the
        # table's description wins over the prose's remarks on it (both raters on test-cz: "relabel 'Beam' as 'Beam
        # bridge'", and the prose's "Beam bridge: The simplest of all" a duplicate)
        full = f"{name} {kind}"
        # ("Humanistic" in a table of approaches: an adjective names no thing without its kind, "Humanistic approach".)
        if kind not in _GENERIC_KIND and not name.lower().endswith(kind) \
                and (re.search(rf"\b{re.escape(full.lower())}s?\b", context.running_text)
                     or " " not in name and word_pos(name.lower()) == {"ADJ"}):
            out.append(Candidate(full, definition, TermKind.DEFINED, section, f"{name}: {text}",
                                 feature_confidence or NAMED_CONFIDENCE, "label"))
        else:
            out.append(Candidate(name, definition, TermKind.DEFINED, section, f"{name}: {text}",
                                 feature_confidence or CONFIDENCE, "label"))
    return out if len(out) >= _MIN_ROWS else []



_DAMS = ("# Types of Dam\n\nEvery dam holds back water its own way.\n\n| Type | How it holds back the water | Example |\n"
         "|---|---|---|\n| Gravity dam | Its own great weight resists sliding and overturning | Grand Coulee |\n"
         "| Rockfill embankment | A mound of broken rock with a clay core or a concrete face | Aswan |\n")

KIND_TABLE_ROW = RULES.register(Rule(
    name="kind_table_row", priority=184, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_kind_table_rows,
    examples=(
        # test-em, both raters: the rigs were must-have terms, the column of each one's sail says what it is
        finds("# Rigs\n\nA lateen rig points high; a square rig runs well.\n\n| Rig | Sail shape and support | Vessels |\n"
              "|---|---|---|\n| Square | Four-sided sails hung from yards across the hull | Barques |\n"
              "| Lateen | Triangle laced to a long yard set at a steep angle | Dhows |\n", "Lateen rig"),
        finds("# Glaciers\n\nIce shapes the mountains into landforms of its own.\n\n"
              "| Landform | How it forms | What it looks like |\n|---|---|---|\n"
              "| Arête | Two corries are eroded back to back. | A sharp, knife-edged ridge with steep slopes on both sides. |\n"
              "| Pyramidal peak | Three or more corries are eroded around one summit. | A pointed mountain top with steep faces. |\n",
              "Arête"),
        finds("# Coasts\n\nThe sea wears the coast into many landforms.\n\n"
              "| Landform | How it forms | Example in the UK |\n|---|---|---|\n"
              "| Cave | Waves widen a joint in the cliff by hydraulic action | Flamborough Head |\n"
              "| Arch | A cave is eroded right through a headland | Durdle Door |\n", "Arch"),
        finds("# Joints\n\nEach joint is made its own way.\n\n| Joint | How it is made | Uses |\n|---|---|---|\n"
              "| Dovetail joint | Fan-shaped tails on one piece interlock with matching pins on the other | Drawers |\n"
              "| Dowel joint | Matching holes are drilled in both pieces and joined with wooden pins | Cabinets |\n",
              "Dovetail joint"),
        finds("# Types of Telescope\n\nThey differ in how they focus light.\n\n| Type | How it focuses light | Example |\n"
              "|---|---|---|\n| Refractor | A large objective lens bends light to a focus | Yerkes |\n"
              "| Reflector | A curved mirror reflects light to a focus | Keck |\n"
              "| Space telescope | Usually a reflector, placed in orbit above the air | Hubble |\n", "Refractor"),
        finds(_DAMS, "Gravity dam"),
        finds(_DAMS, "Rockfill embankment"),
        finds("# Legal Systems\n\nCountries belong to a few legal families.\n\n"
              "| Legal family | Historical origin | Main source of law |\n|---|---|---|\n"
              "| Common law | Royal courts of medieval England | Statutes plus a large body of judge-made case law |\n"
              "| Civil law | Roman law, codified in the nineteenth century | Comprehensive written codes |\n",
              "Common law"),
        misses("# Preserving food\n\nEach method works its own way.\n\n| Method | How it works | Example |\n|---|---|---|\n"
               "| Salting | Draws water out of food by osmosis | Bacon |\n| Smoking | Dries the surface of the food | Kippers |\n",
               "Salting"),  # a bare verb phrase: no subject to put after "in which"
        finds("# Galaxies\n\nHubble sorted galaxies by shape.\n\n| Class | Shape and appearance | Example |\n|---|---|---|\n"
              "| Lenticular | A central bulge and a flat disc, but no spiral arms | NGC 5866 |\n"
              "| Spiral | A central bulge surrounded by a flat disc with spiral arms | M31 |\n", "Spiral"),
        # Uses and figures say what a thing is for or measures, not what it is.
        misses("# Waves\n\nEach kind of wave has its uses.\n\n| Wave | Typical wavelength | Uses |\n|---|---|---|\n"
               "| Radio | 1 m to 1 km | Broadcasting radio and television |\n| Microwave | 1 mm to 1 m | Cooking food and mobile phones |\n",
               "Radio"),
    ),
))
