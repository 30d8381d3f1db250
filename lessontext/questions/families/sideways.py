"""Sideways tables: the things a lesson compares across the columns, their features down the rows.

Reads a comparison table written sideways ("| Feature | Arteries | Veins | Capillaries |", "| Aspect | Tort | Crime |",
a blank first header; ``tables.compares_columns``), whose column headers are things the lesson's prose names (so
"| Factor | Change made | Effect on rate |", whose rows are the things, is not read), a "Both" or "Similarities"
column left out of the things compared.  Each row is one feature; the cell under a thing is what the table says of
that thing, so the key is certain.  A row is asked only when its cells differ, none is empty, none names another
compared thing or points at another cell ("Much smaller than bacteria", "Same as arteries"), none is a bare figure
and none gives its own thing away; and one item per table (``table:`` claim), as the normal table reader asks one.

- Three things or more: a row of meaningful cells is a matching, each thing to its cell ("Match each of these with
  its wall, as given in the table in the text.": Arteries - Thick, muscular, elastic; ...), only when the feature
  reads as a noun phrase or a "how/where ..." clause and no cell is a part of another ("Low" beside "Low, falling").
  A row of Yes/No cells with one thing alone on "Yes" asks which of them it is ("According to the text, which of
  these has valves?"), the others its wrong options: a bare "Yes" means nothing without its feature.
- Two things: a matching would have two pairs and a choice one wrong option, so a row of short phrases is a true/
  false statement ("According to the text, the standard of proof in a crime is beyond reasonable doubt."), keyed True
  with its own cell and False with the other thing's cell (a cell from the other column is surely false of this one:
  the row's cells differ).

The table is what the lesson compares, so telling the things apart by a feature asks to understand the comparison:
level "understand".  A table read the normal way (one item per row) is not touched (``tables``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lessontext.words import getAllLemmas

from ..candidate import Candidate
from ..course import CourseView, TableInfo
from ..family import TABLES, QuestionFamily, makes, makes_no
from ..pairs import length_ok
from ..rules import SIDEWAYS_CHOICE, SIDEWAYS_MATCHING, SIDEWAYS_STATEMENT
from ..text import content_stems, find_phrase, is_plural, mask_key, norm, norm_phrase, word_count, words
from ..types import MatchPair, QuestionType
from . import FAMILIES
from .comparison import _capital, comparative
from .matching import loses_context, stem_leak
from .tables import _figures, _possessed, compares_columns

CONFIDENCE = {SIDEWAYS_MATCHING: 0.7, SIDEWAYS_CHOICE: 0.6, SIDEWAYS_STATEMENT: 0.55}
MIN_THINGS, MAX_THINGS = 2, 5
MAX_NAME_WORDS = 5
MAX_CELL_WORDS = 25  # a matching's answer: a phrase or a short description
MAX_STATEMENT_CELL_WORDS = 10  # a true/false statement's complement: one short phrase

# A column of what the things share ("Both", "Similarities", "In common"): no thing compared.
_SHARED = re.compile(r"^(?:both|all(?:\s+(?:three|four|of\s+them))?|similarit(?:y|ies)|shared|in\s+common|common"
                     r"(?:\s+features?)?|the\s+same)$", re.I)
# A bracket after a thing's name ("Centralised (e.g. Subversion)", "Composite volcano (stratovolcano)"): an aside.
_BRACKET = re.compile(r"\s*\([^)]*\)")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
# A cell that says nothing of its own ("Same as arteries", "As above", "See left", "-", "n/a").
_EMPTY_CELL = re.compile(r"^(?:-+|–|—|n/?a|none given|\?|same(?:\s+as\b.*)?|as\s+(?:above|for\b.*)|see\b.*|ditto)$",
                         re.I)
_YES = re.compile(r"^yes\b", re.I)
_NEGATED = re.compile(r"^(?:no|not|none|never|without|lacks?)\b", re.I)
# A cell that only grades its feature ("Rarely", "Common (strata)", "High", "Often"): meaningless on its own, and
# told apart from its siblings by degree words, not by what the lesson teaches.
_GRADE = re.compile(r"^(?:rarely|rare|often|sometimes|usually|always|never|common|uncommon|frequent|occasional|high|"
                    r"higher|low|lower|medium|moderate|very\s+\w+|few|many|some|most|none|fast|slow|yes|no|large|small|"
                    r"big|little|more|less)$", re.I)
_NO = re.compile(r"^no\.?$", re.I)
# A feature that is no noun phrase: a question ("Are they living?"), a phrase ending on a preposition ("Formed by",
# "Energy comes from"), a participle or adjective opening a predicate ("Present from birth", "Found in"), a gerund
# ("Working without a network").
_PREPOSITION_END = re.compile(r"\b(?:by|from|in|on|of|with|to|at|for|into|as)$", re.I)
_WH_CLAUSE = re.compile(r"^(?:how|where|what|when|why|who|which)\b", re.I)


def _plain(cell: str) -> str:
    return " ".join(_BOLD.sub(r"\2", cell).split()).strip()


def _name(header: str) -> str:
    """A thing's name as the stem writes it: without bold or a bracketed aside."""
    return _BRACKET.sub("", _plain(header)).strip()


def compared_columns(table: TableInfo, course: CourseView) -> list[tuple[int, str]]:
    """(column, name) of each thing a sideways table compares, or [] when the table is not one: two to five named
    things, each named in the lesson's prose or title (the headers of a table of attributes are not)."""
    if not compares_columns(table):
        return []
    columns = [(c, _name(h)) for c, h in enumerate(table.header) if c and not _SHARED.match(_name(h))]
    names = [n for _, n in columns]
    if not MIN_THINGS <= len(columns) <= MAX_THINGS or len({norm_phrase(n) for n in names}) != len(names):
        return []
    headings = ". ".join(s.heading for s in course.lesson.document.sections if s.heading)
    text = f"{course.title}. {headings}. {course.lesson_text}"
    for name in names:
        if not name or len(name.split()) > MAX_NAME_WORDS or not name[:1].isalpha() or not _named_in(name, text):
            return []
    return columns


def _named_in(name: str, text: str) -> bool:
    """The lesson names the thing: the whole name, in the singular or the plural ("Shield volcanoes"), its first and
    last words a word or two apart ("direct and indirect taxes"), or, for a
    name of a kind ("Petrarchan sonnet"), its capitalised first word mid-sentence ("the Petrarchan form")."""
    if re.search(rf"\b{re.escape(name)}(?:s|es)?\b", text, re.I):
        return True
    first, *_, head = name.split() if len(name.split()) > 1 else (name, name)
    if re.search(rf"\b{re.escape(first)}\s+(?:[\w-]+\s+){{1,2}}?{re.escape(head)}\b", text, re.I):
        return True  # "direct and indirect taxes" names "Direct taxes"
    return len(name.split()) > 1 and first[:1].isupper() and not first.isupper() and bool(
        re.search(rf"(?<![.!?:]\s)(?<!^)\b{re.escape(first)}\b", text))


def _noun_feature(feature: str) -> bool:
    """The feature reads as a noun phrase ("Valves", "Direction of flow", "Standard of proof")."""
    toks = words(feature)
    if not toks or feature.rstrip().endswith("?") or _PREPOSITION_END.search(feature) or _WH_CLAUSE.match(feature):
        return False
    first = toks[0].lower()
    if first.endswith("ing") or _participle(first):
        return False  # "Working without a network", "Formed by"
    lemmas = getAllLemmas(toks[-1].lower())
    return bool(lemmas.get("NOUN")) and not (len(toks) == 1 and lemmas.get("ADJ") and not lemmas.get("NOUN"))


def _opens_predicate(feature: str) -> bool:
    """An adjective or participle opens the feature ("Present from birth", "Found in"): it says what a thing is."""
    first = words(feature)[0].lower() if words(feature) else ""
    lemmas = getAllLemmas(first)
    return bool(lemmas.get("ADJ") or _participle(first)) and not lemmas.get("NOUN")


def _participle(word: str) -> bool:
    """A past participle ("formed", "centralised"; not "speed" or "seed")."""
    return word.endswith("ed") and any(v != word for v in getAllLemmas(word).get("VERB", ()))


def _usable_row(cells: list[str], names: list[str]) -> bool:
    """Cells that differ (a Yes/No row: both answers present), none empty, none naming another compared thing, none a pointer to another cell."""
    if any(not c or _EMPTY_CELL.match(c) for c in cells):
        return False
    if all(_YES.match(c) or _NO.match(c) for c in cells):
        return len({_YES.match(c) is None for c in cells}) == 2  # a Yes/No row: differs when both answers occur
    if len({norm_phrase(c) for c in cells}) != len(cells):
        return False
    if any(comparative(w) for c in cells for w in words(c)[:2]):
        return False  # "Slower on first exposure", "Much smaller than bacteria": slower than the other cell
    for i, cell in enumerate(cells):
        for j, other in enumerate(names):
            if i != j and (find_phrase(cell, other) or any(find_phrase(cell, w) for w in _heads(other))):
                return False  # "Much smaller than bacteria": read only beside the other cell
    return not all(_figure(c) for c in cells)


# A hedge before a figure ("About 40–50", "usually 1-10 micrometres", "Under 1%").
_HEDGE = re.compile(r"^(?:about|around|approximately|roughly|usually|typically|up\s+to|under|over|less\s+than|more\s+than"
                    r"|below|above|c\.|~|≈)\s+", re.I)


def _figure(cell: str) -> bool:
    """A value to memorise: a figure, hedged or with its unit ("About 40–50", "usually 1-10 micrometres")."""
    bare = _HEDGE.sub("", cell.strip())
    return _figures([bare]) or (bare[:1].isdigit() and word_count(bare) <= 3)


def _graded(cell: str) -> bool:
    """A Yes/No cell, or one that only grades its feature ("Rarely", "Common (strata)", "Low, falling")."""
    bare = _BRACKET.sub("", cell).strip().rstrip(".")
    first = re.split(r",\s*", bare, maxsplit=1)[0]
    return bool(_YES.match(bare) or _NO.match(bare) or _GRADE.match(bare) or _GRADE.match(first))


def _adjective(name: str) -> bool:
    """A thing named by an adjective alone ("Centralised", "Igneous")."""
    toks = words(name)
    lemmas = getAllLemmas(toks[-1].lower()) if toks else {}
    return len(toks) == 1 and bool(lemmas.get("ADJ") or _participle(toks[0].lower())) and not lemmas.get("NOUN")


def _heads(name: str) -> list[str]:
    """The distinctive words of a compared thing's name ("Shield" of "Shield volcano" is not; "Bacteria" is)."""
    toks = [t for t in words(name) if len(t) > 3]
    return toks[:1] if len(toks) == 1 else []


def _own_leak(cell: str, name: str) -> bool:
    """The cell gives its own thing away ("Minerals are changed by chemical reactions" for "Chemical weathering")."""
    return mask_key(cell, name)[1] != "none" or stem_leak(cell, name)


def _part_of_another(cells: list[str]) -> bool:
    """One cell's words are all in another ("Low" beside "Low, falling"): both fit the shorter one's thing."""
    sets = [frozenset(norm(w) for w in words(c)) for c in cells]
    return any(i != j and a <= b for i, a in enumerate(sets) for j, b in enumerate(sets))


def sideways_questions(table: TableInfo, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    columns = compared_columns(table, course)
    if not columns:
        yield from _column_lists(table, course, rng)
        return
    names = [n for _, n in columns]
    for row in table.rows:
        feature = _plain(row[0]).rstrip(":")
        cells = [_plain(row[c]) for c, _ in columns]
        if not feature or not _usable_row(cells, names):
            continue
        source = f"{feature}: " + "; ".join(f"{n} – {c}" for n, c in zip(names, cells))
        claims = (f"table:{table.id}", f"row:{table.id}:{norm_phrase(feature)}")
        if len(names) >= 3:
            yield from _choice(table, feature, names, cells, source, claims, rng, course)
            yield from _matching(table, feature, names, cells, source, claims)
        else:
            yield from _statements(table, feature, names, cells, source, claims, course)


def listed_columns(table: TableInfo, course: CourseView) -> list[str]:
    """The names of a table of two or three column lists ("| Direct taxes | Indirect taxes |", "| Xylem | Phloem |"):
    no feature column, each header a thing the lesson names, two of them named together in its prose or title ("direct
    and indirect taxes", "xylem and phloem"), or [] when the table is not one."""
    if compares_columns(table) or not 2 <= len(table.header) <= 3:
        return []
    names = [_name(h) for h in table.header]
    if any(not n or len(n.split()) > MAX_NAME_WORDS or not n[:1].isalpha() or _SHARED.match(n) for n in names):
        return []
    headings = ". ".join(s.heading for s in course.lesson.document.sections if s.heading)
    text = f"{course.title}. {headings}. {course.lesson_text}"
    if not all(_named_in(n, text) for n in names):
        return []
    if any(_figure(_plain(cell)) for row in table.rows for cell in row):
        return []  # "| Tin size | Price |" with "2.5 litres | £18": a table of items and their values, not lists
    first = [re.escape(n.split()[0]) for n in names]
    together = rf"\b(?:{'|'.join(first)})\w*\s+(?:[\w-]+\s+){{0,2}}?(?:and|or|versus|vs\.?)\s+(?:{'|'.join(first)})"
    return names if re.search(together, text, re.I) else []


MAX_LISTED_WORDS = 16


def _column_lists(table: TableInfo, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    """A column list's cell asked by its column: "which of these is a direct tax?" (a plural header names members)
    or "which of these is true of phloem?" (a singular one, features), the other columns' cells its wrong options."""
    names = listed_columns(table, course)
    if not names:
        return
    columns = []  # per column, (row, cell) of its usable cells
    for c in range(len(names)):
        cells = [(i, _BRACKET.sub("", _plain(r[c])).strip() if is_plural(names[c]) else _plain(r[c]))
                 for i, r in enumerate(table.rows)]
        columns.append([(i, x) for i, x in cells if x and not _EMPTY_CELL.match(x) and word_count(x) <= MAX_LISTED_WORDS
                        and not loses_context(x) and not _graded(x) and not _ALSO.match(x)
                        and not any(_names_side(x, n, names) for n in names)])
    for c, name in enumerate(names):
        own = columns[c]
        if not own:
            continue
        if is_plural(name):
            asked = f"is {_member(name, course)}"
        else:
            asked = f"is true of {_as_named(name, course)}"
        # No key that repeats a word of the stem ("Income tax ..." for "which of these is a direct tax?").
        said = content_stems(asked)
        own = [(i, x) for i, x in own if not content_stems(x) & said and not _DETERMINER.match(x)]
        if not own:
            continue
        picked = _alike(own, [(o, i, x) for o, cells in enumerate(columns) if o != c for i, x in cells], rng)
        if picked is None:
            continue
        key, options = picked
        distractors = tuple(_capital(x) for x in options)
        listed = [x for _, x in columns[c]]
        source = f"{name}: " + "; ".join(listed)
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=SIDEWAYS_CHOICE,
            stem=f"According to the table in the text, which of these {asked}?",
            key=_capital(key),
            correct=(_capital(key),),
            distractors=distractors,
            kind=f"table:{table.id}:compared",
            source_anchor=table.anchor,
            source_sentence=source,
            explanation=f"The table in the text lists under {name}: " + "; ".join(listed) + ".",
            base=CONFIDENCE[SIDEWAYS_CHOICE],
            claims=(f"table:{table.id}",),
            level="understand",
        )


# A key that opens with "The" among options that do not ("The process is called translocation"): the rubric's
# determiner artefact.
_DETERMINER = re.compile(r"^(?:the|this|these|that|those)\s", re.I)
_ALSO = re.compile(r"^(?:also|too|as\s+well|both|either|neither)\b", re.I)


def _names_side(cell: str, name: str, names: list[str]) -> bool:
    """The cell names a column by the word that tells it from the others ("indirect" of "Indirect taxes"; not the
    "tax" every column shares), or by its whole one-word name ("xylem")."""
    shared = set.intersection(*({norm(w) for w in words(n)} for n in names))
    own = [w for w in words(name) if norm(w) not in shared]
    return any(find_phrase(cell, w) for w in own)


def _alike(own, others, rng) -> tuple[str, list[str]] | None:
    """A key of ``own`` and two or three of ``others`` as long as one another (the rubric's length ratio), none from
    the key's own row: its cell there says the key's opposite in other words ("needs energy")."""
    for row, key in rng.sample(own, len(own)):
        fits = [x for _, i, x in others if i != row and length_ok(key, x)]
        fits = [x for x in fits if all(length_ok(x, y) for y in fits)] or fits
        chosen: list[str] = []
        for x in rng.sample(fits, len(fits)):
            if all(length_ok(x, y) for y in chosen) and len(chosen) < 3:
                chosen.append(x)
        if len(chosen) >= 2:
            return key, chosen
    return None


def _member(name: str, course: CourseView) -> str:
    """One of a plural header's members: "a direct tax" for "Direct taxes", "a conductor" for "Conductors"."""
    toks = name.split()
    head = toks[-1]
    lower = head.lower()
    one = lower[:-2] if lower.endswith(("ches", "shes", "xes", "sses")) else lower[:-1]
    phrase = " ".join([*(_mid(t) for t in toks[:-1]), one])
    return f"{'an' if phrase[:1] in 'aeiou' else 'a'} {phrase}"


def _choice(table, feature, names, cells, source, claims, rng, course) -> Iterator[Candidate]:
    """One thing alone on "Yes", the others "No": "which of these has <feature>?"."""
    yes = [i for i, c in enumerate(cells) if _YES.match(c)]
    if len(yes) != 1 or not all(_NO.match(c) for i, c in enumerate(cells) if i != yes[0]):
        return
    if not _noun_feature(feature) and not _opens_predicate(feature):
        return
    verb = "is" if _opens_predicate(feature) else "has"
    if verb == "has" and _with_article(_mid(feature), course) == _mid(feature) and not is_plural(feature):
        return  # "which of these has nucleus?": a singular noun the lesson never writes with an article
    key = names[yes[0]]
    others = [n for n in names if n != key]
    yield Candidate(
        type=QuestionType.SINGLE,
        rule=SIDEWAYS_CHOICE,
        stem=f"According to the text, which of these {verb} {_mid(feature) if verb == 'is' else _with_article(_mid(feature), course)}?",
        key=key,
        correct=(key,),
        distractors=tuple(rng.sample(others, min(3, len(others)))),
        kind=f"table:{table.id}:compared",  # things of one table, told apart by the table
        source_anchor=table.anchor,
        source_sentence=source,
        explanation=f"The table in the text gives: {source}.",
        base=CONFIDENCE[SIDEWAYS_CHOICE],
        claims=claims,
        level="understand",
    )


def _matching(table, feature, names, cells, source, claims) -> Iterator[Candidate]:
    """Each thing matched to its cell of the row."""
    if not (_noun_feature(feature) or _WH_CLAUSE.match(feature)) or feature.endswith("?"):
        return
    if any(_graded(c) or word_count(c) > MAX_CELL_WORDS for c in cells):
        return  # a bare "Yes" or "Rarely" means nothing beside a thing's name; a long cell is a paragraph
    if _part_of_another(cells) or any(_own_leak(c, n) or loses_context(c) for c, n in zip(cells, names)):
        return
    yield Candidate(
        type=QuestionType.MATCHING,
        rule=SIDEWAYS_MATCHING,
        stem=f"Match each of these with {_possessed(_mid(feature))}, as given in the table in the text.",
        pairs=tuple(MatchPair(prompt=n, answer=_capital(c)) for n, c in zip(names, cells)),
        kind=f"table:{table.id}:row",
        source_anchor=table.anchor,
        source_sentence=source,
        explanation=f"The table in the text gives: {source}.",
        base=CONFIDENCE[SIDEWAYS_MATCHING],
        claims=claims,
        level="understand",
    )


def _statements(table, feature, names, cells, source, claims, course) -> Iterator[Candidate]:
    """Two things: "the <feature> of <thing> is <cell>", keyed True, and with the other thing's cell, keyed False."""
    if all(_YES.match(c) or _NO.match(c) for c in cells):
        yield from _yes_no_statements(table, feature, names, cells, source, claims, course)
        return
    if not _noun_feature(feature):
        return
    if any(_graded(c) or ";" in c or word_count(c) > MAX_STATEMENT_CELL_WORDS for c in cells):
        return
    if any(_adjective(n) for n in names):
        return  # "Centralised", "Igneous": "the purpose of a centralised" needs a noun the table leaves out
    if any(_clause(c) or _own_leak(c, n) or loses_context(c) for c, n in zip(cells, names)):
        return
    if any(_NEGATED.match(c) or content_stems(c) & content_stems(feature) for c in cells):
        return  # "the nucleus of prokaryotic cells is no nucleus": the cell answers its feature, it is no complement
    verb = "are" if is_plural(feature) else "is"
    for i, name in enumerate(names):
        thing = _as_named(name, course)
        for j, cell in enumerate(cells):
            statement = f"The {_mid(feature)} of {thing} {verb} {_lower(cell, course)}."
            yield Candidate(
                type=QuestionType.TRUE_FALSE,
                rule=SIDEWAYS_STATEMENT,
                stem=f"True or false? According to the text, {statement[:1].lower()}{statement[1:]}",
                statement=statement,
                key=cell,
                original=cells[i],
                truth=i == j,
                kind="contrast",  # the row's other cell said of this thing: the table gives both
                source_anchor=table.anchor,
                source_sentence=source,
                explanation=("True" if i == j else "False") + f". The table in the text gives: {source}.",
                base=CONFIDENCE[SIDEWAYS_STATEMENT],
                claims=claims,
                level="understand",
            )


# A finite verb inside a cell ("history may be lost", "any full clone can restore it"): a clause of its own.
_FINITE = re.compile(r"\b(?:is|are|was|were|can|cannot|may|might|must|will|would|should|does|do|did|has|have)\b", re.I)


def _yes_no_statements(table, feature, names, cells, source, claims, course) -> Iterator[Candidate]:
    """A Yes/No row of two things: "<thing> has <feature>." ("Eukaryotic cells have a nucleus."), keyed by its cell;
    a feature that opens with an adjective is what the thing is ("Innate immunity is present from birth.")."""
    predicate = _opens_predicate(feature)
    if not (predicate or _noun_feature(feature)) or any(c.strip().rstrip(".").lower() not in ("yes", "no") for c in cells):
        return  # "Yes, with a reservoir": the rest of the cell is the answer's condition
    said = _mid(feature) if predicate else _with_article(_mid(feature), course)
    if not predicate and said == _mid(feature) and not is_plural(feature):
        return  # "A tort has jury": a singular noun the lesson never writes with an article
    for i, name in enumerate(names):
        thing = _as_named(name, course)
        plural = is_plural(name)
        verb = ("are" if plural else "is") if predicate else ("have" if plural else "has")
        statement = f"{_capital(thing)} {verb} {said}."
        truth = bool(_YES.match(cells[i]))
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=SIDEWAYS_STATEMENT,
            stem=f"True or false? According to the text, {thing} {verb} {said}.",
            statement=statement,
            key=name,
            original=name if truth else names[1 - i],
            truth=truth,
            kind="contrast",  # the other thing's answer said of this one: the table gives both
            source_anchor=table.anchor,
            source_sentence=source,
            explanation=("True" if truth else "False") + f". The table in the text gives: {source}.",
            base=CONFIDENCE[SIDEWAYS_STATEMENT],
            claims=claims,
            level="understand",
        )


def _clause(cell: str) -> bool:
    """The cell is a clause ("depends on the network", "history may be lost without backups"): no complement of
    "is"."""
    if _FINITE.search(cell):
        return True
    first = words(cell)[0].lower() if words(cell) else ""
    lemmas = getAllLemmas(first)
    return bool(lemmas.get("VERB")) and not (lemmas.get("NOUN") or lemmas.get("ADJ") or lemmas.get("ADV")) \
        and first not in ("to",)


def _as_named(name: str, course: CourseView) -> str:
    """The thing as a sentence names it: in lower case unless the lesson capitalises it mid-sentence ("Petrarchan"),
    after the article the lesson writes before it ("a tort"), or "the" where the lesson writes one before its head
    word ("the Petrarchan sonnet" for "a sonnet"); a plural or a mass noun the lesson writes bare stays bare."""
    text = course.lesson_text
    lead = words(name)[0] if words(name) else ""
    written = name if lead in course.lexicon.mid_caps or lead.isupper() else name[:1].lower() + name[1:]
    article = re.search(rf"\b(an?|the)\s+{re.escape(name)}\b", text, re.I)
    if article:
        return f"{article.group(1).lower()} {written}"
    head = words(name)[-1]
    if len(words(name)) > 1 and not is_plural(name) and re.search(rf"\b(?:an?|the)\s+{re.escape(head)}\b", text, re.I):
        return f"the {written}"
    return written


def _with_article(feature: str, course: CourseView) -> str:
    """A singular feature after "has" with the article the lesson gives it ("a nucleus"); else as it stands."""
    found = re.search(rf"\b(an?)\s+{re.escape(feature)}\b", course.lesson_text, re.I)
    return f"{found.group(1).lower()} {feature}" if found and not is_plural(feature) else feature


def _mid(feature: str) -> str:
    """A feature mid-sentence: title-case words lower-cased, others ("pH", "DNA") as written."""
    return " ".join(w.lower() if w.istitle() else w for w in feature.split())


def _lower(cell: str, course: CourseView) -> str:
    first = words(cell)[0] if words(cell) else ""
    if first and first[0].isupper() and (first.isupper() or first in course.lexicon.mid_caps):
        return cell
    return cell[:1].lower() + cell[1:]


VESSELS = """# Types of Blood Vessel Compared

Arteries carry blood away from the heart. Veins carry blood back to it. Capillaries join the two.

| Property | Arteries | Veins | Capillaries |
|---|---|---|---|
| Direction of flow | Away from heart | Towards heart | Arterioles to venules |
| Wall | Thick, muscular, elastic | Thin, little muscle | One cell thick |
| Blood pressure | High | Low | Low, falling |
| Valves | No | Yes | No |
| Exchange with cells | No | No | No |
"""

COURTS = """# Tort and Crime

A tort is a civil wrong. A crime is a wrong against society as a whole.

| Aspect | Tort | Crime |
|---|---|---|
| Purpose | to compensate the victim | to punish the offender and protect society |
| Standard of proof | balance of probabilities | beyond reasonable doubt |
| Who brings the case | the injured person | the state |
| Jury | No | Yes |
"""

# A "Both" column is what the things share: no thing of its own.
CELLS = """# Cells

Prokaryotic cells are small and simple. Eukaryotic cells are larger.

| Feature | Prokaryotic cells | Eukaryotic cells | Both |
|---|---|---|---|
| Genetic material | a loop of DNA | chromosomes in a nucleus | |
| Size | usually 1-10 micrometres | usually 10-100 micrometres | |
| Cell membrane | | | a cell membrane |
"""

# The rows are the things here ("Factor" names them); the headers are attributes the prose never names.
FACTORS = """# Rates of Reaction

Reactions go faster when particles collide more often.

| Factor | Change made | Effect on rate |
|---|---|---|
| Temperature | Increased | Faster |
| Concentration | Increased | Faster |
| Surface area | Powder instead of lumps | Faster |
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="sideways",
    priority=99,
    scope=TABLES,
    build=sideways_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(VESSELS, SIDEWAYS_MATCHING, "Match each of these with its wall, as given in the table in the text."),
        makes(VESSELS, SIDEWAYS_MATCHING, "Thick, muscular, elastic"),
        makes(VESSELS, SIDEWAYS_CHOICE, "According to the text, which of these has valves?"),
        makes_no(VESSELS, SIDEWAYS_MATCHING, "blood pressure"),  # "Low" is a part of "Low, falling"
        makes_no(VESSELS, SIDEWAYS_CHOICE, "exchange with cells"),  # every cell the same
        makes(COURTS, SIDEWAYS_STATEMENT, "the standard of proof of a crime is beyond reasonable doubt."),
        makes(COURTS, SIDEWAYS_STATEMENT, "the standard of proof of a tort is beyond reasonable doubt."),
        makes_no(COURTS, SIDEWAYS_STATEMENT, "who brings the case"),  # no noun phrase to say "the ... of" with
        makes_no(COURTS, SIDEWAYS_STATEMENT, "jury"),  # a bare Yes/No
        makes(CELLS, SIDEWAYS_STATEMENT, "the genetic material of prokaryotic cells is a loop of DNA."),
        makes_no(CELLS, SIDEWAYS_STATEMENT, "Both"),
        makes_no(CELLS, SIDEWAYS_STATEMENT, "cell membrane"),  # empty cells
        makes_no(CELLS, SIDEWAYS_STATEMENT, "size"),  # figures
        makes_no(FACTORS),
    ),
))
