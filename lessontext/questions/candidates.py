"""Question families: each turns one kind of structure into candidate questions.

Builders overgenerate; they only pre-filter distractors with the rubric's
pairwise predicates so that one bad sibling does not sink a whole item.  The
rubric (``rubric.py``) then judges every candidate in full.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from lemminflect import getAllLemmas

from .course import Course, Group, Listing, Mention, TableInfo
from .prose import is_verb, shares_content
from .rubric import Candidate, length_ok, mentioned_in, same_form, synonymous
from .rules import (
    ALL_LISTED_UNDER,
    CLAUSE_COMPLETION,
    DESCRIPTION_TO_TERM,
    ENTITY_FILL_BLANK,
    ENTITY_SWAP_FALSE,
    ENUMERATION_ALL,
    ENUMERATION_SWAP_FALSE,
    GLOSSARY_DESCRIPTION_TO_TERM,
    GLOSSARY_FILL_BLANK,
    GLOSSARY_SWAP_FALSE,
    GLOSSARY_TERM_TO_DEFINITION,
    LISTED_TRUE_FALSE,
    LISTED_UNDER,
    MATCHING,
    TABLE_CELL,
    TABLE_MATCHING,
    TERM_TO_DESCRIPTION,
    TRUE_STATEMENT,
)
from .text import (
    ANAPHORIC_OPENERS,
    GENERIC_HEADS,
    is_noun_or_verb,
    is_adjective,
    BLANK,
    STOPWORDS,
    content_stems,
    content_words,
    head_word,
    is_finite_verb,
    is_plural,
    find_phrase,
    lower_first,
    ELISION,
    mask_key,
    mask_words,
    norm,
    norm_phrase,
    related,
    strip_discourse_marker,
    word_count,
    words,
)
from .types import MatchPair, QuestionType

MAX_DISTRACTORS = 3
# A description with more left-out runs of the key's words than this is not worth quoting.
MAX_ELISIONS = 2
GLOSSARY_SWAPPABLE = frozenset(
    f"glossary:{k}" for k in ("country", "organisation", "programme", "exercise", "equipment", "person", "place")
)
SWAPPABLE_KINDS = ("country", "organisation", "person", "place", "year")
FILL_KINDS = ("country", "organisation", "person", "place", "year", "acronym")
BASE = {
    MATCHING: 0.9,
    DESCRIPTION_TO_TERM: 0.86,
    ALL_LISTED_UNDER: 0.8,
    TERM_TO_DESCRIPTION: 0.76,
    LISTED_UNDER: 0.74,
    TABLE_MATCHING: 0.84,
    TABLE_CELL: 0.78,
    GLOSSARY_DESCRIPTION_TO_TERM: 0.74,
    # Above clause completion: a lesson's own defined term is worth more than a clause of its definition.
    GLOSSARY_TERM_TO_DEFINITION: 0.72,
    ENTITY_FILL_BLANK: 0.72,
    ENTITY_SWAP_FALSE: 0.74,
    GLOSSARY_FILL_BLANK: 0.62,
    GLOSSARY_SWAP_FALSE: 0.56,
    TRUE_STATEMENT: 0.58,
    LISTED_TRUE_FALSE: 0.66,
    ENUMERATION_ALL: 0.76,
    ENUMERATION_SWAP_FALSE: 0.7,
    CLAUSE_COMPLETION: 0.68,
}
# Distractors for prose items come from at most this many sentences of the course (large lessons).
MAX_PROSE_POOL = 400


# --------------------------------------------------------------------------
# Helpers


def _pick(key: str, pool: Sequence[str], rng: random.Random, course: Course, *, extra=None,
          siblings: bool = False, prefer=None) -> list[str]:
    """Choose up to three distractors for ``key`` that pass the pairwise checks.

    ``prefer``: a rank per option, lower first (then lengths close to the key's).
    """
    chosen: list[str] = []
    candidates = list(dict.fromkeys(p for p in pool if norm(p) != norm(key)))
    rng.shuffle(candidates)
    # Prefer lengths close to the key's: homogeneous options.
    if prefer is None:
        candidates.sort(key=lambda p: abs(len(p) - len(key)) // 12)
    else:
        candidates.sort(key=lambda p: (prefer(p), abs(len(p) - len(key)) // 12))
    for p in candidates:
        if synonymous(key, p, course, siblings=siblings) or not length_ok(key, p) or not same_form(key, p):
            continue
        if any(synonymous(p, q, course, siblings=True) or not length_ok(p, q) for q in chosen):
            continue
        if extra is not None and not extra(p):
            continue
        chosen.append(p)
        if len(chosen) == MAX_DISTRACTORS:
            break
    return chosen


def _shared_words(options: Sequence[str]) -> list[str]:
    """Content words every option has (they give nothing away when left in a stem)."""
    if not options:
        return []
    first = content_words(options[0])
    return [w for w in first if all(any(related(w, t) for t in content_words(o)) for o in options[1:])]


def _first_sentence(text: str, sentences: Sequence[str]) -> str:
    for s in sentences:
        if s and s in text:
            return s
    return sentences[0] if sentences else text


def _heading_phrase(heading: str | None) -> str:
    return f"“{heading}”" if heading else ""


def _statement(sentence: str) -> str:
    return strip_discourse_marker(sentence).strip()


# --------------------------------------------------------------------------
# Sibling items: a labelled list, labelled paragraphs or sibling sections


def description_to_term(group: Group, course: Course, rng: random.Random) -> Iterator[Candidate]:
    labels = [i.label for i in group.items]
    for item in group.items:
        if not item.description:
            continue
        pool = [lab for lab in labels if lab != item.label]
        distractors = _pick(item.label, pool, rng, course, siblings=True)
        if len(distractors) < 2:
            continue
        keep = _shared_words([item.label, *distractors])
        masked, mode = mask_key(item.description, item.label, keep=keep)
        if mode == "partial":
            if masked.count(ELISION) > MAX_ELISIONS:
                continue  # more gaps than sentence: unreadable
            # The key's words are left out, not replaced: ask which item the sentence is about.
            if group.heading and group.origin != "sections":
                stem = f"Which item listed under {_heading_phrase(group.heading)} does this sentence from the text describe? “{masked}”"
            else:
                stem = f"Which of the following does this sentence from the text describe? “{masked}”"
        else:
            stem = f"Which of the following does the text describe here? “{masked}”"
        source = _first_sentence(item.description, item.sentences)
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=DESCRIPTION_TO_TERM,
            stem=stem,
            quoted=masked,
            key=item.label,
            correct=(item.label,),
            distractors=tuple(distractors),
            kind=f"label:{group.id}",
            source_anchor=group.anchor if group.origin != "sections" else _anchor_of(course, source, group.anchor),
            source_sentence=source,
            explanation=f"The text says of {item.label}: “{item.description}”",
            base=BASE[DESCRIPTION_TO_TERM] - 0.04 * masked.count(ELISION),
            shown=(source,),
            claims=(f"key:{norm(item.label)}",),
        )


def term_to_description(group: Group, course: Course, rng: random.Random) -> Iterator[Candidate]:
    usable = [i for i in group.items if i.description and word_count(i.description) <= 30]
    if len(usable) < 3:
        return
    masked = {i.label: mask_words(i.description, i.label) for i in usable}
    for item in usable:
        key_words = content_words(item.label)
        pool = [
            masked[o.label] for o in usable
            if o is not item and not any(any(related(w, t) for t in content_words(o.description)) for w in key_words)
        ]
        distractors = _pick_descriptions(masked[item.label], pool, rng)
        if len(distractors) < 2:
            continue
        source = _first_sentence(item.description, item.sentences)
        shown = tuple(_first_sentence(i.description, i.sentences) for i in usable if masked[i.label] in (masked[item.label], *distractors))
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=TERM_TO_DESCRIPTION,
            stem=f"According to the text, which of these describes “{item.label}”?",
            key=masked[item.label],
            correct=(masked[item.label],),
            distractors=tuple(distractors),
            kind="definition",
            original=item.label,
            source_anchor=_anchor_of(course, source, group.anchor),
            source_sentence=source,
            explanation=f"The text says of {item.label}: “{item.description}”",
            base=BASE[TERM_TO_DESCRIPTION],
            shown=shown,
            claims=(f"key:{norm(item.label)}",),
        )


def _pick_descriptions(key: str, pool: Sequence[str], rng: random.Random) -> list[str]:
    candidates = list(pool)
    rng.shuffle(candidates)
    chosen: list[str] = []
    for p in candidates:
        if length_ok(key, p, in_words=True) and all(length_ok(p, q, in_words=True) for q in chosen):
            chosen.append(p)
        if len(chosen) == MAX_DISTRACTORS:
            break
    return chosen


def matching(group: Group, course: Course, rng: random.Random) -> Iterator[Candidate]:
    usable = [i for i in group.items if i.description and word_count(i.description) <= 35]
    keep = _shared_words([i.label for i in usable])
    # A description whose key words are scattered over the sentence can be neither masked
    # readably nor left as it is (a giveaway): such items stay out of the matching.  One
    # left-out stretch ("like natural […] emergencies") still reads.
    prompts = {i.label: mask_key(i.description, i.label, keep=keep) for i in usable}
    usable = [i for i in usable if prompts[i.label][1] != "partial" or prompts[i.label][0].count(ELISION) == 1]
    if len(usable) < 3:
        return
    if len(usable) > 6:
        usable = sorted(rng.sample(usable, 6), key=usable.index)
    pairs = tuple(MatchPair(prompt=prompts[i.label][0], answer=i.label) for i in usable)
    shown = tuple(_first_sentence(i.description, i.sentences) for i in usable)
    where = f" listed under {_heading_phrase(group.heading)}" if group.heading and group.origin != "sections" else ""
    yield Candidate(
        type=QuestionType.MATCHING,
        rule=MATCHING,
        stem=f"Match each item{where} with its description in the text.",
        pairs=pairs,
        kind=f"label:{group.id}",
        source_anchor=_anchor_of(course, shown[0], group.anchor),
        source_sentence=shown[0],
        explanation="The text describes each of them: " + " ".join(f"{p.answer}: “{i.description}”" for p, i in zip(pairs, usable)),
        base=BASE[MATCHING] + 0.01 * (len(pairs) - 3),
        shown=shown,
        claims=(f"group:{group.id}",),
    )


def _anchor_of(course: Course, sentence: str, default: str) -> str:
    for section, s in course.lesson.sentences:
        if s == sentence:
            return section.anchor
    return default


# --------------------------------------------------------------------------
# Lists under a heading


def listed_under(listing: Listing, course: Course, rng: random.Random) -> Iterator[Candidate]:
    if not listing.heading or len(listing.items) < 3:
        return
    pool: list[str] = []
    for lesson in [course.lesson, *course.others]:
        for other in lesson.listings:
            if other.id == listing.id and lesson is course.lesson:
                continue
            if other.labelled == listing.labelled:
                pool.extend(other.items)
    members = list(listing.items)

    def not_member(p: str) -> bool:
        return not any(synonymous(m, p, course) for m in members) and not mentioned_in(p, listing.scope)

    heading = _heading_phrase(listing.heading)
    claims = (f"listing:{listing.id}",)
    explanation = f"Under {heading} the text lists: " + ", ".join(members) + "."
    for member in members:
        distractors = _pick(member, pool, rng, course, extra=not_member)
        if len(distractors) < 2:
            continue
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=LISTED_UNDER,
            stem=f"Which of the following does the text list under {heading}?",
            key=member,
            correct=(member,),
            distractors=tuple(distractors),
            kind="list item",
            scope=listing.scope,
            source_anchor=listing.anchor,
            source_sentence=listing.source,
            explanation=explanation,
            base=BASE[LISTED_UNDER],
            shown=(),
            claims=claims + (f"key:{norm(member)}",),
        )
    yield from _listed_true_false(listing, members, pool, course, rng, not_member)
    correct = members if len(members) <= 5 else sorted(rng.sample(members, 4), key=members.index)
    distractors = []
    for member in correct:
        for d in _pick(member, pool, rng, course, extra=lambda p: not_member(p) and all(same_form(p, m) for m in correct) and same_shape(p, correct)):
            if d not in distractors and _within_lengths(d, correct) and not any(synonymous(d, x, course, siblings=True) for x in distractors):
                distractors.append(d)
    distractors = distractors[:MAX_DISTRACTORS if len(correct) <= 3 else 2]
    if len(distractors) >= 2:
        yield Candidate(
            type=QuestionType.MULTIPLE,
            rule=ALL_LISTED_UNDER,
            stem=f"Which of the following does the text list under {heading}? Select all that apply.",
            correct=tuple(correct),
            distractors=tuple(distractors),
            kind="list item",
            scope=listing.scope,
            source_anchor=listing.anchor,
            source_sentence=listing.source,
            explanation=explanation,
            base=BASE[ALL_LISTED_UNDER],
            claims=claims,
        )


def _listed_true_false(listing: Listing, members: list[str], pool: list[str], course: Course, rng: random.Random,
                       not_member) -> Iterator[Candidate]:
    """"The text lists X under H": true for a member, false for an item of another list."""
    heading = _heading_phrase(listing.heading)
    member = rng.choice(members)
    outsiders = _pick(member, pool, rng, course, extra=not_member)
    claims = (f"listing:{listing.id}",)
    explanation = f"Under {heading} the text lists: " + ", ".join(members) + "."
    statement = f"The text lists “{member}” under {heading}."
    yield Candidate(
        type=QuestionType.TRUE_FALSE, rule=LISTED_TRUE_FALSE, stem=f"True or false? {statement}",
        statement=statement, key=member, truth=True, kind="list item", source_anchor=listing.anchor,
        source_sentence=listing.source, explanation=f"True. {explanation}", base=BASE[LISTED_TRUE_FALSE],
        claims=claims,
    )
    for outsider in outsiders[:1]:
        statement = f"The text lists “{outsider}” under {heading}."
        yield Candidate(
            type=QuestionType.TRUE_FALSE, rule=LISTED_TRUE_FALSE, stem=f"True or false? {statement}",
            statement=statement, key=outsider, original=member, truth=False, kind="list item",
            source_anchor=listing.anchor, source_sentence=listing.source,
            explanation=f"False. {explanation}", base=BASE[LISTED_TRUE_FALSE] + 0.02, claims=claims,
        )



def same_shape(option: str, keys: Sequence[str]) -> bool:
    """``option`` has the form and specificity of the listed ``keys``.

    Multi-word keys ("fortified global ties") take multi-word distractors:
    a bare "stability" or "order" beside them is vaguer than every key and
    often nearly true.  Word counts stay within the keys' range (one word of
    slack); a lone word is never a generic head ("aspects") nor a word that
    is as often a verb ("order", "support"), whose sense is open.
    """
    counts = [word_count(k) for k in keys]
    n = word_count(option)
    if min(counts) >= 2 and n < 2:
        return False
    if not min(counts) - 1 <= n <= max(counts) + 1:
        return False
    if n == 1:
        word = words(option)[0].lower()
        if norm(word) in GENERIC_HEADS:
            return False
        if "-" not in word and is_noun_or_verb(word):
            return False
    return True


def _within_lengths(option: str, keys: Sequence[str]) -> bool:
    lengths = [max(len(k), 8) for k in keys]
    return min(lengths) / 2 <= max(len(option), 8) <= max(lengths) * 2


# --------------------------------------------------------------------------
# Tables


def table_questions(table: TableInfo, course: Course, rng: random.Random) -> Iterator[Candidate]:
    first = [r[0] for r in table.rows]
    if len(set(first)) != len(first):
        return
    for c in range(1, len(table.header)):
        column = [r[c] for r in table.rows]
        if len(set(column)) != len(column) or any("," in v or not v or word_count(v) > 5 for v in column):
            continue
        name = _header_word(table.header[c])
        row_name = _header_word(table.header[0])
        source = f"{table.header[0]}: " + ", ".join(first)
        rows = list(table.rows)
        if len(rows) > 6:
            rows = sorted(rng.sample(rows, 6), key=table.rows.index)
        yield Candidate(
            type=QuestionType.MATCHING,
            rule=TABLE_MATCHING,
            stem=f"Match each {row_name} with its {name}, as given in the table in the text.",
            pairs=tuple(MatchPair(prompt=r[0], answer=r[c]) for r in rows),
            kind=f"table:{table.id}:{c}",
            source_anchor=table.anchor,
            source_sentence=source,
            explanation="The table gives: " + "; ".join(f"{r[0]} – {r[c]}" for r in table.rows) + ".",
            base=BASE[TABLE_MATCHING],
            claims=tuple(f"cell:{table.id}:{c}:{r[0]}" for r in rows),
        )
        for r in table.rows:
            pool = [v for v in column if v != r[c]]
            distractors = _pick(r[c], pool, rng, course, siblings=True)
            if len(distractors) < 2:
                continue
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=TABLE_CELL,
                stem=f"According to the table in the text, what is the {name} for “{r[0]}”?",
                key=r[c],
                correct=(r[c],),
                distractors=tuple(distractors),
                kind=f"table:{table.id}:{c}",
                source_anchor=table.anchor,
                source_sentence=f"{r[0]}: " + ", ".join(f"{h} {v}" for h, v in zip(table.header[1:], r[1:])),
                explanation=f"In the table, {r[0]} has {table.header[c]} “{r[c]}”.",
                base=BASE[TABLE_CELL],
                claims=(f"cell:{table.id}:{c}:{r[0]}", f"key:{norm(r[c])}"),
            )


def _header_word(header: str) -> str:
    return header if header.isupper() else header.lower()


# --------------------------------------------------------------------------
# Glossary terms


def _is_definition(entry, course: Course) -> bool:
    """A definition phrase ("The legal ability to ..."), not a sentence with the term masked out."""
    key = ("is_definition", entry)
    if key not in course.memo:
        course.memo[key] = _is_definition_uncached(entry, course)
    return course.memo[key]


def _is_definition_uncached(entry, course: Course) -> bool:
    d = entry.definition or ""
    if not d or "___" in d or BLANK in d or not 5 <= word_count(d) <= 30:
        return False
    if re.search(r"[.!?]\s+[A-Z]", d.strip()) or ";" in d:
        return False  # several sentences: a passage about the term, not a definition
    toks = words(d)
    if toks[-1].lower() in {"they", "it", "he", "she", "we", "the", "a", "an", "and", "or", "of", "which", "that", "who"}:
        return False  # cut off mid-sentence ("... other organisms; they")
    listed = re.match(r"(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+of\s+[\w-]+)?\s+and\s+([\w-]+[\w\s-]*)$", d.rstrip(". "), re.I)
    if listed and is_plural(listed.group(1)) and words(listed.group(1))[0].lower() not in STOPWORDS:
        # "elected magistrates, a council of elders and assemblies of citizens": "a ... and <plural>"
        # is the rest of a list, not an appositive that defines the term.
        return False
    if find_phrase(d, entry.term) or any(find_phrase(d, a) for a in entry.aliases):
        return False
    # "Occurs when ...", "Part of X involves ...": a clause, not a noun phrase like the other options.
    head = [w.lower() for w in words(d)[:7]]
    for i, w in enumerate(head):
        if i and head[i - 1] in {"that", "which", "who", "where", "when", "whose"}:
            break  # a relative clause: still a noun phrase
        if w in {"is", "are", "was", "were"} or (w.endswith("s") or i == 0) and is_finite_verb(w):
            return False
    # "Islamic nations participate in ...": a sentence about the term, opening with its subject.
    first = words(d)[0]
    lex = course.lexicon
    if first in lex.mid_caps and first.lower() not in lex.lower:
        return False
    term_words = content_words(entry.term)
    repeated = sum(1 for w in term_words if any(related(w, t) for t in content_words(d)))
    return repeated * 3 < len(term_words) * 2 or len(term_words) == 1 and not repeated


def glossary_questions(course: Course, rng: random.Random) -> Iterator[Candidate]:
    in_lesson: dict[str, Mention] = {}
    for m in course.lesson.mentions:
        if m.glossary is not None and m.glossary.term not in in_lesson:
            in_lesson[m.glossary.term] = m
    kinds = course.entity_kinds
    course_definitions: list[tuple[str, str]] | None = None
    for term, mention in in_lesson.items():
        entry = mention.glossary
        if entry is None or not _is_definition(entry, course):
            continue
        source = _defining_sentence(course, entry.term, entry.definition)
        if not source:
            continue  # the definition comes from another lesson
        # Same glossary kind, and the same kind of name: a person for a person, a thing for a thing.
        entity_kind = _name_class(kinds, entry.term)
        category = term_category(entry, course)
        same_kind = [
            e for e in course.glossary
            if e.kind == entry.kind and e.term != entry.term and _name_class(kinds, e.term) == entity_kind
            and (category is None or term_category(e, course) == category)
        ]
        here = [e.term for e in same_kind if e.term in in_lesson]
        elsewhere = [e.term for e in same_kind if e.term not in in_lesson]
        distractors = _pick(entry.term, here, rng, course)
        if len(distractors) < 2:
            distractors += [d for d in _pick(entry.term, elsewhere, rng, course) if not any(synonymous(d, x, course) for x in distractors)][: 2 - len(distractors)]
        definition = entry.definition.rstrip(".")
        if len(distractors) >= 2:
            keep = _shared_words([entry.term, *distractors])
            masked = mask_words(definition, entry.term, keep=keep)
            if masked[:2].istitle() and masked.split()[0].lower() in _LOWERCASE_OPENERS:
                masked = masked[:1].lower() + masked[1:]
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=GLOSSARY_DESCRIPTION_TO_TERM,
                stem=f"Which of the following does the text describe as “{masked}”?",
                quoted=masked,
                key=entry.term,
                correct=(entry.term,),
                distractors=tuple(distractors),
                kind=f"glossary:{entry.kind}",
                source_anchor=_anchor_of(course, source, mention.anchor),
                source_sentence=source,
                explanation=f"According to the text: “{source}”",
                base=BASE[GLOSSARY_DESCRIPTION_TO_TERM],
                shown=(source,),
                claims=(f"key:{norm(entry.term)}",),
            )
        # Definitions of other terms of the course: plausible, and false here
        # unless this lesson says the same thing.
        definitions = {
            e.term: e.definition.rstrip(".") for e in same_kind
            if _is_definition(e, course) and (e.term in in_lesson or not _said_in_lesson(e.definition, course))
        }
        key_def = definition
        head = head_word(entry.term)
        pool = [
            d for t, d in definitions.items()
            if not synonymous(entry.term, t, course) and not any(related(head, w) for w in content_words(d))
        ]
        options = _pick_descriptions(key_def, pool, rng)
        if len(options) < 2:
            # Too few same-kind glossary definitions of a fitting length: draw on the
            # definitional sentences and labelled-item bodies of the rest of the course.
            if course_definitions is None:
                course_definitions = _course_definitions(course)
            options = _pick_course_definitions(entry, key_def, course_definitions, course, rng,
                                               category=category, entity_kind=entity_kind)
        if len(options) >= 2:
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=GLOSSARY_TERM_TO_DEFINITION,
                stem=f"According to the text, what is meant by “{entry.term}”?",
                key=key_def,
                correct=(key_def,),
                distractors=tuple(options),
                kind="definition",
                original=entry.term,
                source_anchor=_anchor_of(course, source, mention.anchor),
                source_sentence=source,
                explanation=f"According to the text: “{source}”",
                base=BASE[GLOSSARY_TERM_TO_DEFINITION],
                shown=(source,),
                claims=(f"key:{norm(entry.term)}",),
            )



# "X is a ...", "X can be defined as ...", "X refers to ...", "X serves as a ...": a sentence that defines X.
_DEFINING = re.compile(
    r"^(?P<subject>[^,;:()]+?)\s+(?P<verb>(?:can|may) be defined as|(?:is|are) defined as|refers? to|"
    r"(?:is|are) known as|serves? as|means|is|are)\s+(?P<predicate>.+?)\s*[.!?]?$"
)
_ARTICLE_LED = re.compile(r"^(?:a|an|the)\s", re.I)
# Heads of a subject that is not a term ("A major example is ...", "The main ambition is ...").
_NON_TERM_SUBJECT = frozenset("example instance ambition idea reason result cornerstone one".split())


def defining_phrase(sentence: str) -> tuple[str, str] | None:
    """(term, definition noun phrase) of a definitional sentence, or None.

    "Army diplomacy is the deployment of ..." → ("Army diplomacy", "the
    deployment of ..."); "X can be defined as ...", "X refers to ...",
    "X serves as a ..." likewise.  After "is"/"are" only an article-led noun
    phrase counts ("is grounded in ..." and "is crucial" define nothing).
    """
    m = _DEFINING.match(strip_discourse_marker(sentence.strip()))
    if not m:
        return None
    subject, verb, predicate = m.group("subject").strip(), m.group("verb"), m.group("predicate").strip()
    toks = [t.lower() for t in words(subject)]
    if not 1 <= len(toks) <= 6 or toks[0] in ANAPHORIC_OPENERS or toks[0] in {"what", "there", "it"}:
        return None
    if any(t in {"this", "these", "those", "such", "that", "it", "they"} for t in toks):
        return None
    head = head_word(subject).lower()
    if not head or norm(head) in GENERIC_HEADS or head in _NON_TERM_SUBJECT:
        return None
    if any(is_finite_verb(t) for t in toks):
        return None  # "Farmers often practise crop rotation": a clause, not a term
    if verb in {"is", "are", "serve as", "serves as"} and not _ARTICLE_LED.match(predicate):
        # "Heat pumps are devices that ...": a bare plural noun phrase after "are" defines too.
        first = words(predicate)[0].lower() if words(predicate) else ""
        if verb != "are" or not first or first in STOPWORDS or is_adjective(first) or is_verb(first) \
                or first.endswith(("ing", "ed")) or not is_plural(_leading_noun_phrase(predicate)):
            return None
    return subject, predicate


_PHRASE_BREAKS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "to", "in", "by", "for", "with"})


def _leading_noun_phrase(phrase: str) -> str:
    """The words before the first relative pronoun, preposition or comma ("devices" in "devices that ...")."""
    out = []
    for t in words(phrase.split(",", 1)[0]):
        if t.lower() in _PHRASE_BREAKS or t.lower() == "of":
            break
        out.append(t)
    return " ".join(out)


def _noun_phrase(phrase: str) -> bool:
    """No finite verb before the first relative pronoun, preposition or comma: a noun phrase, not a clause."""
    toks = words(phrase.split(",", 1)[0])
    for i, t in enumerate(toks):
        low = t.lower()
        if low in _PHRASE_BREAKS:
            return True
        if i and not low.endswith(("ed", "en", "ing")) and is_verb(low, toks[i - 1]):
            return False  # "Military diplomacy initiatives cultivate trust ..."
    return True


def _said_in_lesson(definition: str, course: Course) -> bool:
    """Most of ``definition``'s words in one sentence of the lesson (memoised: large glossaries ask often)."""
    phrase = definition.strip().rstrip(".")
    key = ("said_in_lesson", phrase)
    if key not in course.memo:
        course.memo[key] = mentioned_in(phrase, course.lesson_text, 0.75)
    return course.memo[key]


def _course_definitions(course: Course) -> list[tuple[str, str]]:
    """(term, definition) pairs from the other lessons: definitional sentences and labelled-item bodies."""
    found: list[tuple[str, str]] = []
    for lesson in course.others:
        for _, sentence in lesson.sentences:
            if " is " in sentence or " are " in sentence or " as " in sentence or " to " in sentence or " means " in sentence:
                pair = defining_phrase(sentence)
                if pair:
                    found.append(pair)
        for group in lesson.groups:
            for item in group.items:
                if not item.description:
                    continue
                pair = defining_phrase(item.description)
                if pair and related(head_word(pair[0]), head_word(item.label)):
                    found.append((item.label, pair[1]))
                elif not pair and (_ARTICLE_LED.match(item.description) or item.description[:1].islower()) \
                        and _noun_phrase(item.description):
                    found.append((item.label, item.description))  # a body that is itself a noun phrase ("A promise ...")
    return list(dict.fromkeys(found))[:MAX_PROSE_POOL]


def _pick_course_definitions(entry, key_def: str, definitions: Sequence[tuple[str, str]], course: Course,
                             rng: random.Random, *, category: str | None, entity_kind: str | None) -> list[str]:
    """Definitions of other things in the course, as distractors for ``entry``'s definition.

    Noun-phrase definitions (the shape of the key) of a thing that is not the
    key nor an alias of it, not said of the key by this lesson, not a
    paraphrase of the key; glossary definitions of other kinds of term count
    too when their category fits.  Lengths close to the key's come first.
    """
    from rapidfuzz import fuzz

    from .types import GlossaryEntry

    pool: list[tuple[str, str]] = list(definitions)
    for e in course.glossary:
        if e.term != entry.term and e.kind != entry.kind and _name_class(course.entity_kinds, e.term) == entity_kind \
                and (category is None or term_category(e, course) == category):
            pool.append((e.term, e.definition))
    key_stems = content_stems(key_def)
    head = head_word(entry.term)
    term_sentences = [course.sentence_stems[i] for i in course.sentences_with(entry.term)]
    usable: list[str] = []
    for term, definition in pool:
        phrase = definition.strip().rstrip(".")
        if not phrase or synonymous(entry.term, term, course):
            continue
        if not length_ok(key_def, phrase, in_words=True):
            continue  # cheap, and most of a large glossary fails it
        memo_key = ("definition_distractor", term, phrase)
        if memo_key not in course.memo:
            course.memo[memo_key] = (
                _noun_phrase(phrase) and _is_definition(GlossaryEntry(term=term, definition=phrase, kind="defined"), course)
                and not _said_in_lesson(phrase, course)
            )
        if not course.memo[memo_key] or any(related(head, w) for w in content_words(phrase)):
            continue
        stems = content_stems(phrase)
        if not stems or len(stems & key_stems) * 3 > min(len(stems), len(key_stems)) or fuzz.token_set_ratio(key_def, phrase) >= 80:
            continue  # a paraphrase of the key
        # What this lesson says of the key itself: a distractor sharing half its words with that is true here.
        if any(len(stems & said) * 2 >= len(stems) for said in term_sentences):
            continue
        usable.append(phrase[:1].upper() + phrase[1:])
    usable = list(dict.fromkeys(usable))
    rng.shuffle(usable)
    key_len = word_count(key_def)
    usable.sort(key=lambda p: abs(word_count(p) - key_len) // 3)
    chosen: list[str] = []
    for p in usable:
        if length_ok(key_def, p, in_words=True) and all(length_ok(p, q, in_words=True) for q in chosen) \
                and not any(fuzz.token_set_ratio(p, q) >= 80 for q in chosen):
            chosen.append(p)
        if len(chosen) == MAX_DISTRACTORS:
            break
    return chosen if len(chosen) >= 2 else []


# Genus nouns ("An animal that ...", "a city in ...") that place a term in a broad category.
_GENUS = {
    "organism": frozenset("""
        animal animals plant plants organism organisms species creature creatures bird birds fish mammal
        mammals insect insects reptile reptiles amphibian bacterium bacteria fungus fungi tree trees alga
        algae predator predators herbivore herbivores carnivore carnivores omnivore omnivores microbe
        """.split()),
    "person": frozenset("""
        person people man woman men women monk merchant king queen emperor general leader ruler scholar
        professor official officials officer politician scientist writer author artist priest soldier
        """.split()),
    "place": frozenset("""
        place city cities country countries region town village river lake sea ocean island continent
        valley mountain site capital port province state kingdom empire territory
        """.split()),
}
_ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "sis", "ology", "ship", "ing", "cy")


def term_category(entry, course: Course) -> str | None:
    key = ("term_category", entry)
    if key not in course.memo:
        course.memo[key] = _term_category(entry, course)
    return course.memo[key]


def _term_category(entry, course: Course) -> str | None:
    """A broad semantic category of a glossary term: organism, person, place, or abstract; None if unknown.

    Signals, most reliable first: the term's named-entity kind, its glossary
    kind, the genus of a usable definition ("A process by which ...", "An
    animal that ...") and the suffix of the term's own head noun.  A term with
    a usable definition whose genus names no organism, person or place is
    an abstract concept or process (a chain, a step, a market).
    """
    kind = course.entity_kinds.get(norm_phrase(entry.term))
    if kind == "person" or entry.kind == "person":
        return "person"
    if kind in ("place", "country") or entry.kind in ("place", "country"):
        return "place"
    if kind == "organisation" or entry.kind == "organisation":
        return "organisation"
    if _is_definition(entry, course):
        genus = _genus(entry.definition)
        for category, nouns in _GENUS.items():
            if genus in nouns:
                return category
        return "abstract"
    head = head_word(entry.term).lower()
    for category, nouns in _GENUS.items():
        if head in nouns:
            return category
    if head.endswith(_ABSTRACT_SUFFIXES) and len(head) > 5:
        return "abstract"
    return None


def _genus(definition: str) -> str:
    """The noun a definition opens with: "chain" in "A chain that shows ...", "step" in "Each step in ..."."""
    toks = [t.lower() for t in words(definition)]
    while toks and toks[0] in STOPWORDS:
        toks = toks[1:]
    run: list[str] = []
    for t in toks:
        if t in STOPWORDS or t.endswith(("ly", "ed")) and run:
            break
        run.append(t)
    return run[-1] if run else ""


def _name_class(kinds: dict[str, str], term: str) -> str | None:
    kind = kinds.get(norm_phrase(term))
    return kind if kind in SWAPPABLE_KINDS else None


def _defining_sentence(course: Course, term: str, definition: str, threshold: float = 0.6) -> str:
    """The lesson sentence that states ``definition`` of ``term`` ("" when none does)."""
    best, best_score = "", threshold - 1e-9
    def_words = set(norm(w) for w in content_words(definition))
    for i in course.sentences_with(term):
        sentence = course.lesson.sentences[i][1]
        score = len(def_words & {norm(w) for w in content_words(sentence)}) / (len(def_words) or 1)
        if score > best_score:
            best, best_score = sentence, score
    return best


# --------------------------------------------------------------------------
# Sentences: fill in the blank, true / false


def _kind_ok_for_fill(kind: str) -> bool:
    return kind in FILL_KINDS or kind.startswith(("name:", "quantity:", "glossary:"))


def _kind_swappable(kind: str) -> bool:
    # Glossary terms "defined" or "concept" are too broad a kind: swapping two
    # of them yields nonsense or a statement that may still be true.
    return kind in SWAPPABLE_KINDS or kind.startswith(("name:", "quantity:")) or kind in GLOSSARY_SWAPPABLE


def fill_blank(mention: Mention, course: Course) -> Iterator[Candidate]:
    if not _kind_ok_for_fill(mention.kind):
        return
    statement = _statement(mention.sentence)
    match = find_phrase(statement, mention.text)
    if not match or find_phrase(statement[match.end():], mention.text):
        return
    if mention.kind == "year" and re.search(rf"{mention.text}\s*[–-]\s*\d|\d\s*[–-]\s*{mention.text}", statement):
        return  # one end of a range ("1989–1991")
    if mention.kind == "acronym" and re.search(r"\(\s*" + re.escape(mention.text) + r"\s*\)", statement):
        return  # "Domain Name System (DNS)": the expansion gives it away
    blanked = statement[: match.start()] + BLANK + statement[match.end():]
    blanked = re.sub(rf"\b([Aa])n? {re.escape(BLANK)}", rf"\1(n) {BLANK}", blanked)
    answers = [mention.text]
    if mention.glossary is not None:
        answers += [mention.glossary.term, *mention.glossary.aliases]
    if mention.kind == "person" and len(mention.text.split()) > 1:
        answers.append(mention.text.split()[-1])
    answers = list(dict.fromkeys(a for a in answers if a))
    glossary = mention.glossary is not None
    rule = GLOSSARY_FILL_BLANK if glossary else ENTITY_FILL_BLANK
    base = BASE[rule] - (0.12 if mention.kind == "acronym" else 0.0)
    yield Candidate(
        type=QuestionType.FILL_BLANK,
        rule=rule,
        stem=blanked,
        key=mention.text,
        answers=tuple(answers),
        kind=mention.kind,
        source_anchor=mention.anchor,
        source_sentence=mention.sentence,
        explanation=f"According to the text: “{mention.sentence}”",
        base=base,
        shown=(mention.sentence,),
        claims=(f"key:{norm(mention.text)}",),
    )


def false_statement(mention: Mention, course: Course, rng: random.Random) -> Iterator[Candidate]:
    if not _kind_swappable(mention.kind):
        return
    if mention.kind == "year" and re.search(rf"{mention.text}\s*[–-]|[–-]\s*{mention.text}", mention.sentence):
        return
    pool = [p for p in course.pool.get(mention.kind, []) if norm(p) != norm(mention.text)]
    rng.shuffle(pool)
    replacements = []
    for p in pool:
        if not synonymous(mention.text, p, course) and not find_phrase(mention.sentence, p):
            replacements.append(p)
            if len(replacements) == 2:
                break
    if not replacements:
        return
    statement = _statement(mention.sentence)
    match = find_phrase(statement, mention.text)
    if not match:
        return
    glossary = mention.glossary is not None
    rule = GLOSSARY_SWAP_FALSE if glossary else ENTITY_SWAP_FALSE
    for replacement in replacements:
        text = statement[: match.start()] + _same_case(replacement, statement[match.start(): match.end()]) + statement[match.end():]
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=rule,
            stem=f"True or false? According to the text, {_lower_first(text, course)}",
            statement=text,
            key=replacement,
            original=mention.text,
            truth=False,
            kind=mention.kind,
            source_anchor=mention.anchor,
            source_sentence=mention.sentence,
            explanation=f"False. The text says: “{mention.sentence}”",
            base=BASE[rule],
            shown=(mention.sentence,),
            claims=(f"key:{norm(mention.text)}",),
        )


# Definition openers that are ordinary words, lower-cased when a definition is quoted mid-sentence
# (names keep their capital: "Roman Senate" stays as it is).
_LOWERCASE_OPENERS = frozenset({"a", "an", "the", "something", "things", "someone", "people", "one", "any"})


def _lower_first(sentence: str, course: Course) -> str:
    """Lower-case the first word after "According to the text," unless it is a name."""
    toks = words(sentence)
    if not toks:
        return sentence
    first = toks[0]
    if first.lower() in STOPWORDS:
        return lower_first(sentence)
    if first in course.lexicon.mid_caps or first.isupper() and len(first) > 1:
        return sentence
    if len(toks) > 1 and toks[1][:1].isupper() and not toks[1].isupper() and toks[1] in course.lexicon.mid_caps:
        return sentence  # "William Caxton ..."
    return lower_first(sentence)


def _same_case(replacement: str, original: str) -> str:
    if original[:1].islower() and not replacement.isupper():
        return replacement[:1].lower() + replacement[1:]
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def true_statements(course: Course) -> Iterator[Candidate]:
    seen: set[str] = set()
    for mention in course.lesson.mentions:
        if mention.sentence in seen or not (_kind_swappable(mention.kind) or mention.kind == "acronym"):
            continue
        seen.add(mention.sentence)
        statement = _statement(mention.sentence)
        yield Candidate(
            type=QuestionType.TRUE_FALSE,
            rule=TRUE_STATEMENT,
            stem=f"True or false? According to the text, {_lower_first(statement, course)}",
            statement=statement,
            key=mention.text,
            truth=True,
            kind=mention.kind,
            source_anchor=mention.anchor,
            source_sentence=mention.sentence,
            explanation=f"True. The text says: “{mention.sentence}”",
            base=BASE[TRUE_STATEMENT],
            shown=(mention.sentence,),
            claims=(),
        )


# --------------------------------------------------------------------------
# Prose: inline enumerations and completable clauses


def _enumeration_pool(course: Course) -> tuple[list[str], dict[str, set[Frame]]]:
    """Listed items of the rest of the course (inline enumerations and short lists of other
    lessons), with the frames of the enumerations each came from."""
    pool: list[str] = []
    frames: dict[str, set[Frame]] = {}
    for lesson in course.others:
        for _, enumeration, frame, _ in lesson.enumerations:
            pool.extend(enumeration.items)
            governing = None if enumeration.ranged else enumeration_frame(frame)
            for item in enumeration.items:
                bucket = frames.setdefault(item, set())
                if governing is not None:
                    bucket.add(governing)
        for listing in lesson.listings:
            if not listing.labelled:
                pool.extend(listing.items)
    pool = list(dict.fromkeys(pool))[:MAX_PROSE_POOL]
    return pool, frames


# What governs an inline list: ("category", noun) for "fields including ___", ("noun", noun)
# for "the complexities of ___", ("verb", lemma) for "to uphold ___".
Frame = tuple[str, str]
_LIST_TRIGGER = re.compile(r"(?:,\s*)?\b(?:such as|including|like|namely|especially|particularly|notably)\s*$", re.I)
# Category nouns that name the same kind of listed thing ("fields including ..." / "areas such as ...").
_CATEGORY_CLASSES = (
    frozenset("field area domain sector sphere realm discipline".split()),
    frozenset("value principle ideal norm".split()),
    frozenset("country nation state".split()),
)
# Head-noun suffixes of abstract nouns ("comprehension", "stability", "equipment", "intelligence").
_ABSTRACT_NOUN = ("ity", "ness", "ion", "ment", "ance", "ence", "ship", "ism", "cy")


@lru_cache(maxsize=4096)
def enumeration_frame(frame: str) -> Frame | None:
    """The noun or verb that says what kind of thing an inline list's items are.

    "collaboration in various fields including _____" → ("category", "field");
    "the complexities of _____" → ("noun", "complexity"); "commitment to
    uphold _____" → ("verb", "uphold"); None when nothing before the blank says.
    """
    before = frame.split(BLANK, 1)[0]
    trigger = _LIST_TRIGGER.search(before)
    toks = [t.lower() for t in words(before[: trigger.start()] if trigger else before)]
    if not toks:
        return None
    if trigger:
        return None if toks[-1] in STOPWORDS else ("category", _noun_lemma(toks[-1]))
    last = toks[-1]
    if last in {"of", "from", "among", "between"} and len(toks) >= 2:
        governing = toks[-2]
        if is_verb(governing):
            return ("verb", _verb_lemma(governing))  # "consists of"
        return None if governing in STOPWORDS else ("noun", _noun_lemma(governing))
    if last in STOPWORDS:
        return None
    if is_verb(last, toks[-2] if len(toks) >= 2 else ""):
        return ("verb", _verb_lemma(last))
    return None


def _noun_lemma(word: str) -> str:
    nouns = getAllLemmas(word.lower()).get("NOUN", ())
    return nouns[0] if nouns else norm(word)


def _verb_lemma(word: str) -> str:
    verbs = getAllLemmas(word.lower()).get("VERB", ())
    return verbs[0] if verbs else word.lower()


def frames_match(a: Frame | None, b: Frame | None) -> bool:
    """Two lists hold the same kind of thing: one verb governs both, or their head nouns are one kind."""
    if a is None or b is None:
        return False
    if "verb" in (a[0], b[0]):
        return a == b
    if related(a[1], b[1]):
        return True
    return any(a[1] in c and b[1] in c for c in _CATEGORY_CLASSES)


def noun_class(phrase: str) -> str:
    """ "abstract" for a head noun with an abstract suffix (-ity, -ness, -ion, ...), else "plain"."""
    head = head_word(phrase).lower()
    return "abstract" if len(head) > 5 and head.endswith(_ABSTRACT_NOUN) else "plain"


def same_kind(option: str, option_frames: Sequence[Frame] | set[Frame], keys: Sequence[str],
              key_frame: Frame | None) -> bool:
    """``option`` is the same kind of thing as the listed ``keys``.

    Without word vectors: the same grammatical number, the same suffix class
    of head noun, and, where the keys' list names its category ("fields
    including ...") or a verb governs them ("to uphold ..."), or the option is
    a lone (vague) word: an option listed under a matching frame elsewhere
    ("areas such as ...", "to uphold ...").
    """
    numbers = {is_plural(k) for k in keys}
    if len(numbers) == 1 and is_plural(option) not in numbers:
        return False
    if noun_class(option) not in {noun_class(k) for k in keys}:
        return False
    if (key_frame is not None and key_frame[0] in ("category", "verb")) or word_count(option) == 1:
        return any(frames_match(key_frame, f) for f in option_frames)
    return True


def _quote(frame: str) -> str:
    return strip_discourse_marker(frame).strip()


def enumeration_questions(course: Course, rng: random.Random) -> Iterator[Candidate]:
    """Items listed inline in a sentence: "select all" with items listed elsewhere in the course, and true/false."""
    if not course.lesson.enumerations:
        return
    pool, pool_frames = _enumeration_pool(course)
    text = course.lesson_text
    in_text: dict[str, bool] = {}

    def said_here(p: str) -> bool:
        # Stricter than the rubric: half the item's words in one sentence of the lesson already rule
        # it out, when the lesson names its head noun too ("military aid" is not said by "military power").
        if p not in in_text:
            in_text[p] = mentioned_in(p, text, 0.5) and (
                word_count(p) < 2 or mentioned_in(p, text) or mentioned_in(head_word(p), text))
        return in_text[p]

    for section, enumeration, frame, resolved in course.lesson.enumerations:
        members = list(enumeration.items)
        quoted = _quote(frame)
        sentence = enumeration.sentence

        def outsider(p: str, members=members) -> bool:
            return not said_here(p) and not any(synonymous(m, p, course) for m in members)

        key_frame = None if enumeration.ranged else enumeration_frame(frame)  # "from A to B": no frame

        def kind_ok(p: str, keys: Sequence[str], key_frame=key_frame) -> bool:
            return same_kind(p, pool_frames.get(p, ()), keys, key_frame)

        # A false statement only needs an item that reads in the slot: a verb frame need not match.
        swap_frame = key_frame if key_frame is not None and key_frame[0] != "verb" else None

        def frame_first(p: str, key_frame=key_frame) -> int:
            """0: listed under a matching frame; 1: under a frame of the same sort (a verb for a verb); 2: other."""
            frames = pool_frames.get(p, ())
            if any(frames_match(key_frame, f) for f in frames):
                return 0
            return 1 if key_frame is not None and any(f[0] == key_frame[0] for f in frames) else 2

        # An item that names the lesson's topic is no key ("security and defense" in a lesson on them).
        askable = [m for m in members if not _names_title(m, course)]
        if len(askable) < 2:
            askable = []
        correct = askable if len(askable) <= 5 else sorted(rng.sample(askable, 4), key=askable.index)
        distractors: list[str] = []
        for member in correct:
            for d in _pick(member, pool, rng, course, prefer=frame_first,
                           extra=lambda p: outsider(p) and all(same_form(p, m) for m in correct)
                           and same_shape(p, correct) and kind_ok(p, correct)):
                if d in distractors or not _within_lengths(d, correct):
                    continue
                # "intelligence" and "intelligence-sharing": one option would give the other away.
                if any(synonymous(d, x, course, siblings=True) or _shared_count(d, x) for x in distractors):
                    continue
                distractors.append(d)
        distractors = distractors[: MAX_DISTRACTORS if len(correct) <= 3 else 2]
        explanation = f"The text says: “{sentence}”"
        if not correct:
            distractors = []
        claims = (f"enumeration:{sentence}",)
        if len(distractors) >= 2:
            yield Candidate(
                type=QuestionType.MULTIPLE,
                rule=ENUMERATION_ALL,
                stem=f"Which of the following does the text name in this sentence? “{quoted}” Select all that apply.",
                quoted=quoted,
                correct=tuple(correct),
                distractors=tuple(distractors),
                kind="list item",
                scope=text,
                source_anchor=section.anchor,
                source_sentence=sentence,
                explanation=explanation,
                base=BASE[ENUMERATION_ALL],
                shown=(sentence,),
                claims=claims,
            )
        statement = _quote(resolved)
        if not enumeration.ranged:
            yield Candidate(
                type=QuestionType.TRUE_FALSE, rule=TRUE_STATEMENT,
                stem=f"True or false? According to the text, {_lower_first(statement, course)}",
                statement=statement, key=members[0], truth=True, kind="list item",
                source_anchor=section.anchor, source_sentence=sentence, explanation=f"True. {explanation}",
                base=BASE[TRUE_STATEMENT], shown=(sentence,), claims=claims,
            )
        # False: one listed item swapped for an item the course lists elsewhere.
        swappable = [m for m in members if _bare_in(sentence, m)]
        rng.shuffle(swappable)
        for member in swappable[:2]:
            replacements = _pick(member, pool, rng, course, prefer=frame_first,
                                 extra=lambda p, member=member: outsider(p) and same_form(p, member)
                                 and same_shape(p, [member]) and kind_ok(p, [member], swap_frame))
            if not replacements:
                continue
            replacement = replacements[0]
            match = find_phrase(sentence, member)
            swapped = sentence[: match.start()] + _same_case(replacement, member) + sentence[match.end():]
            if resolved != sentence:
                continue  # the sentence was rewritten ("these ..." resolved): swap only in plain sentences
            swapped = _quote(swapped)
            yield Candidate(
                type=QuestionType.TRUE_FALSE, rule=ENUMERATION_SWAP_FALSE,
                stem=f"True or false? According to the text, {_lower_first(swapped, course)}",
                statement=swapped, key=replacement, original=member, truth=False, kind="list item",
                source_anchor=section.anchor, source_sentence=sentence,
                explanation=f"False. {explanation}", base=BASE[ENUMERATION_SWAP_FALSE],
                shown=(sentence,), claims=claims + (f"key:{norm(member)}",),
            )
            break


def _parts(text: str) -> list[str]:
    return [p for w in content_words(text) for p in (w.split("-") if "-" in w else [w]) if p]


def _shared_count(a: str, b: str) -> int:
    """How many content words (hyphenated words split into parts) ``a`` shares with ``b``."""
    other = _parts(b)
    return sum(1 for w in _parts(a) if any(related(w, t) for t in other))


def _names_title(item: str, course: Course) -> bool:
    title = content_words(course.title)
    own = content_words(item)
    return bool(own) and all(any(related(w, t) for t in title) for w in own)


def _bare_in(sentence: str, item: str) -> bool:
    """The item stands in the sentence without an article before it (so a swap stays grammatical)."""
    match = find_phrase(sentence, item)
    if not match:
        return False
    before = sentence[: match.start()].rstrip().lower()
    return not before.endswith((" a", " an", " the")) and before not in {"a", "an", "the"}


def _clause_pool(course: Course) -> dict[str, list[tuple[str, str, bool]]]:
    """form -> (clause, frame, from this lesson) across the course."""
    pool: dict[str, list[tuple[str, str, bool]]] = {}
    for lesson in [course.lesson, *course.others]:
        own = lesson is course.lesson
        for _, clause, frame, _ in lesson.clauses:
            bucket = pool.setdefault(clause.form, [])
            if len(bucket) < MAX_PROSE_POOL:
                bucket.append((clause.text, frame, own))
    return pool


def clause_completions(course: Course, rng: random.Random) -> Iterator[Candidate]:
    """A sentence with its purpose, means or result clause blanked; parallel clauses of the course as distractors.

    A clause of another lesson is a distractor when this lesson never says it;
    a clause of this lesson, when it is said of something else (its sentence
    shares little with the question's).  Neither may share a content word
    with the key (no half-paraphrases).
    """
    if not course.lesson.clauses:
        return
    pool = _clause_pool(course)
    text = course.lesson_text
    for section, clause, frame, resolved in course.lesson.clauses:
        quoted = _quote(frame)
        statement = _quote(resolved)
        # The sentence as a lifted true statement (the selection keeps these few).
        yield Candidate(
            type=QuestionType.TRUE_FALSE, rule=TRUE_STATEMENT,
            stem=f"True or false? According to the text, {_lower_first(statement, course)}",
            statement=statement, key=clause.text, truth=True, kind=f"clause:{clause.form}",
            source_anchor=section.anchor, source_sentence=clause.sentence,
            explanation=f"True. The text says: “{clause.sentence}”", base=BASE[TRUE_STATEMENT],
            shown=(clause.sentence,),
        )
        frame_stems = content_stems(quoted)

        def usable(p: str, key=clause.text, frame_stems=frame_stems, quoted=quoted) -> bool:
            entry = next(e for e in options_by_text if e[0] == p)
            _, other_frame, own = entry
            if shares_content(p, key) or _shared_count(p, quoted) > 1:
                return False  # a half-paraphrase of the key, or an option the stem itself cues
            if own:
                other = content_stems(other_frame)
                return len(other & frame_stems) <= 1
            return not mentioned_in(p, text)

        options_by_text = [e for e in pool.get(clause.form, []) if e[0] != clause.text]
        distractors = _pick(clause.text, [e[0] for e in options_by_text], rng, course, extra=usable)
        if len(distractors) < 2:
            continue
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=CLAUSE_COMPLETION,
            stem=f"How does the text complete this sentence? “{quoted}”",
            quoted=quoted,
            key=clause.text,
            correct=(clause.text,),
            distractors=tuple(distractors),
            kind=f"clause:{clause.form}",
            source_anchor=section.anchor,
            source_sentence=clause.sentence,
            explanation=f"The text says: “{clause.sentence}”",
            base=BASE[CLAUSE_COMPLETION],
            shown=(clause.sentence,),
            claims=(f"key:{norm(clause.text)}",),
        )

