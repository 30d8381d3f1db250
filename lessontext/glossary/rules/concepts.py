"""Section-heading concepts that their section explains: "## Photosynthesis" and its first explaining sentence."""

from __future__ import annotations

import re

from lessontext.document import Document
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, valid_term
from lessontext.glossary.comparison import limitation
from lessontext.glossary.phrases import PREPOSITIONS, PRONOUN_START, finite_verb, plural_head, predicate_of, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import fold, span_key, term_key, token_spans, word_pos

# A heading is a concept the section is about; the lesson's recurring ones are boosted later (extract.py).
CONFIDENCE = 0.6


_HEADING_PREFIX = re.compile(
    r"^(?:what (?:is|are)(?: an?| the)?|understanding|introduction to|introducing|defining|about|the|an?)\s+", re.I
)


def _heading_concept(heading: str) -> str | None:
    text = heading.strip().rstrip("?:.!")
    text = _HEADING_PREFIX.sub("", text)
    text = _HEADING_PREFIX.sub("", text)
    if not text or not valid_term(text) or len(word_list(text)) > 4:
        return None
    if any(w.lower() in {"and", "of", "for", "in", "on", "to"} for w in word_list(text)):
        return None
    return text


_REFERRING_WORD = re.compile(r"\b(?:they|their|them|these|those|this|it|its)\b", re.I)


# "... takes place in a structure ...": the clause and the noun phrase a preposition introduces.
_INTRODUCED = re.compile(
    r"^(?P<clause>[^,;:()]{6,80}?)\s+(?P<prep>" + "|".join(sorted(PREPOSITIONS)) + r")\s+(?P<np>an?\s+[^,;:()]{0,40}?)[.]?$"
)


_COORDINATED_HEADING = re.compile(r"^(?P<a>[^,;:]+?)\s+and\s+(?P<b>[^,;:]+)$")


def _heading_concepts(heading: str) -> list[str]:
    """"National Responsibility and Shared Responsibility": two concepts with one head noun, each its own."""
    match = _COORDINATED_HEADING.match(heading.strip().rstrip("?:.!"))
    if match:
        a, b = (_heading_concept(match.group(g)) for g in ("a", "b"))
        if a and b and len(word_list(a)) > 1 and fold(word_list(a)[-1]) == fold(word_list(b)[-1]):
            return [a, b]
    concept = _heading_concept(heading)
    return [concept] if concept else []


# "logistics is a national responsibility: each country supplies ...", then "This principle reflects ...".
_NAMED_THEN_STATED = r"\b(?:is|are|was|were|as)\s+(?:an?|the)\s+{}:\s+(?P<says>[^;]+?)\.?$"
_THIS_NOUN = re.compile(r"^(?:This|That)\s+(?P<noun>[a-z]+)\s+[a-z]+")
_EACH_BEFORE = re.compile(r"\b(?:each|every)\s+[a-z]+\b[^.]*\bits\b")


def _stated(concept: str, sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """"X is a national responsibility: each country ..." + "This principle ..." -> "The principle that each country ...".

    The stated proposition explains the heading concept only when the next
    sentence names what kind of thing it is ("This principle"); "its" after
    "each country" refers inside the definition.
    """
    pattern = re.compile(_NAMED_THEN_STATED.format(re.escape(concept)), re.I)
    for i, sentence in enumerate(sentences[:3]):
        match = pattern.search(sentence)
        if not match or i + 1 >= len(sentences):
            continue
        genus = _THIS_NOUN.match(sentences[i + 1])
        says = match.group("says")
        if not genus or "NOUN" not in word_pos(genus.group("noun")) or PRONOUN_START.match(says):
            return None
        definition = finish_definition(f"The {genus.group('noun')} that {rephrase.lower_first(says)}")
        if definition and not _REFERRING_WORD.search(_EACH_BEFORE.sub("", definition)):
            return definition, sentence
    return None


def find_heading_concepts(document: Document, context: Context) -> list[Candidate]:
    """A section's heading concept, explained by the first sentence that introduces it.

    "The light-dependent reactions take place in ..." -> "Reactions that take
    place in ..."; "Every response begins with a three-digit status code" ->
    "A three-digit code with which every response begins".
    """
    out = []
    for section in document.sections:
        if not section.heading:
            continue
        concepts = _heading_concepts(section.heading)
        if len(concepts) > 1:
            for concept in concepts:
                found = _stated(concept, section.sentences)
                if found:
                    out.append(Candidate(concept, found[0], TermKind.CONCEPT, section, found[1], CONFIDENCE, "concept"))
            continue
        if not concepts:
            continue
        concept = concepts[0]
        key = term_key(concept)
        n = len(key.split())
        for sentence in section.sentences:
            clean = DISCOURSE_OPENER.sub("", sentence)
            spans = token_spans(clean)
            offset = 1 if spans and spans[0][2] in {"the", "a", "an"} else 0
            definition = None
            if len(spans) >= offset + n + 4 and span_key(spans, offset, offset + n) == key:
                predicate = predicate_of(clean[spans[offset + n - 1][1]:].strip(), plural=plural_head(concept))
                if predicate and not limitation(predicate):  # "produces nothing at night": a drawback, not what it is
                    definition = finish_definition(rephrase.genus_phrase(concept, predicate))
            else:
                introduced = _INTRODUCED.search(clean.rstrip("."))
                if (introduced and term_key(introduced.group("np")).endswith(key)
                        and not PRONOUN_START.match(introduced.group("clause"))):
                    clause = introduced.group("clause")
                    if any(finite_verb(w) for w in word_list(clause)[1:]):
                        np = rephrase.head_with_modifiers(introduced.group("np"), concept)
                        definition = finish_definition(rephrase.relative_definition(np, introduced.group("prep"), clause))
            if definition is None or _REFERRING_WORD.search(definition):
                continue
            out.append(Candidate(concept, definition, TermKind.CONCEPT, section, sentence, CONFIDENCE, "concept"))
            break
        else:
            found = _referred_back(concept, section.sentences) or _relativised(concept, section.sentences)
            if found:
                definition, sentence = found
                out.append(Candidate(concept, definition, TermKind.CONCEPT, section, sentence, CONFIDENCE, "concept"))
    return out


_MAX_CLAUSE_WORDS = 30
# Prepositions of place that open an inverted sentence ("Below the shelf lies ...", "Above it sits ...").
_PLACE_WORDS = frozenset("above below behind beside beyond atop underneath alongside upon".split())
_ARTICLES = frozenset({"the", "a", "an"})
_CLAUSE_END = re.compile(r",\s+(?=(?:while|whereas|but|and|which|who|thereby|thus|so|as)\b)|;\s+")


def _relativised(concept: str, sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """"## Joint Exercises ... Neighbours hold joint exercises with partners to ..." -> "Exercises that neighbours hold ...".

    An essay's section heading names the concept the section explains; the
    first sentence that uses it after a verb or a preposition becomes a
    relative clause on the concept's head ("Exercises in which many states
    take part every year").  The clause before must have its own subject
    (not "it/they/this").
    """
    words = word_list(concept)
    if len(words) < 2:
        return None
    key = term_key(concept)
    n = len(key.split())
    for sentence in sentences[:4]:
        clean = DISCOURSE_OPENER.sub("", sentence).strip()
        if "?" in clean or PRONOUN_START.match(clean) or len(clean.split()) > _MAX_CLAUSE_WORDS:
            continue
        spans = token_spans(clean)
        for i in range(1, len(spans) - n + 1):
            if span_key(spans, i, i + n) != key:
                continue
            j = i - 1
            if spans[j][2] in _ARTICLES:
                j -= 1
            before_word = clean[spans[j][0]:spans[j][1]].lower() if j >= 0 else ""
            rest = clean[spans[i + n - 1][1]:]
            if j == 0 and before_word in PREPOSITIONS and rest.startswith(","):
                # "Through officer exchanges, young officers spend ..." -> "Exchanges through which young officers ..."
                clause = _CLAUSE_END.split(rest.strip(" ,").rstrip("."))[0]
                head = words[-1].lower() if not words[-1].isupper() else words[-1]
                np = head[:1].upper() + head[1:] if plural_head(concept) else f"{rephrase.article(head)} {head}"
                if not PRONOUN_START.match(clause) and any(finite_verb(w) for w in word_list(clause)[1:]):
                    definition = finish_definition(rephrase.relative_definition(np, before_word, clause))
                    if definition and not _REFERRING_WORD.search(definition[len(np):]):
                        return definition, sentence
                break
            if j < 1:
                break
            head_clause = clean[: spans[j][0]].strip()
            after = _CLAUSE_END.split(clean[spans[i + n - 1][1]:].strip().rstrip("."))[0].strip(" ,")
            if before_word in PREPOSITIONS:
                clause, preposition = f"{head_clause} {after}", before_word
            elif finite_verb(before_word) or before_word.endswith("ing") is False and finite_verb(before_word, plural=True):
                if j and spans[j - 1][2] == "to":
                    break  # "is not whether to have mixed economies": an infinitive's object (test-df)
                if spans[0][2] in PREPOSITIONS | _PLACE_WORDS and j == i - 1 - (spans[i - 1][2] in _ARTICLES):
                    break  # "Below the shelf lies the deep zone, ...": an inverted sentence, the concept its subject
                clause, preposition = f"{clean[: spans[j][1]]} {after}", ""
            else:
                break
            if "," in clause or re.search(r"\bwhat\b", clause, re.I):
                break  # "Put together, the rows of the table form what scientists call ...": no relative clause (test-dj)
            clause_words = word_list(clause)
            if len(clause_words) < 3 or not any(finite_verb(w) or w.lower() in {"is", "are", "was", "were"}
                                                for w in clause_words[1:]):
                break
            head = words[-1].lower() if not words[-1].isupper() else words[-1]
            np = head[:1].upper() + head[1:] if plural_head(concept) else f"{rephrase.article(head)} {head}"
            definition = finish_definition(rephrase.relative_definition(np, preposition, clause.strip()))
            if definition and not _REFERRING_WORD.search(definition[len(np):]):
                return definition, sentence
            break
    return None


_DEMONSTRATIVE_SUBJECT = re.compile(r"^(?:These|This|Such)\s+(?P<noun>[a-z][\w-]*)\s+(?P<rest>.+)$")


def _referred_back(concept: str, sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """"## Disarmament Programmes ... These programmes reduce ..." -> "Programmes that reduce ...".

    In a section headed by a concept, a sentence whose subject is "these/this/such"
    and the heading's head noun is about the concept: its predicate explains it.
    """
    words = word_list(concept)
    if len(words) < 2:
        return None
    head = fold(words[-1])
    for sentence in sentences:
        match = _DEMONSTRATIVE_SUBJECT.match(DISCOURSE_OPENER.sub("", sentence).strip())
        if not match or fold(match.group("noun"))[:5] != head[:5]:
            continue
        noun = match.group("noun")
        plural = plural_head(noun)
        predicate = predicate_of(match.group("rest"), plural=plural)
        if not predicate or predicate.split()[0].lower() in {"have", "has", "had", "also"}:
            continue  # "This sector also includes ...": one more thing it has, after what it is
        definition = finish_definition(rephrase.genus_phrase(concept, predicate))
        if definition and not _REFERRING_WORD.search(definition):
            return definition, sentence
    return None


HEADING_CONCEPT = RULES.register(Rule(
    name="heading_concept", priority=60, scope=Scope.DOCUMENT, confidence=CONFIDENCE, find=find_heading_concepts,
    examples=(
        finds("# Plants\n\n## Light-dependent reactions\n\nThe light-dependent reactions take place in the thylakoid membranes.\n",
              "Light-dependent reactions"),
        misses("# Memory\n\n## The memory hierarchy\n\nPut together, the rows of the table form what computer scientists call"
               " the memory hierarchy.\n", "memory hierarchy"),  # test-dj, both raters: a garbled relative clause
        finds("# Supply\n\n## National Supply and Shared Supply\n\nFuel is a national supply: each country buys its "
              "own fuel. This principle reflects budgets.\n", "National supply"),
        misses("# Supply\n\n## National Supply and Shared Supply\n\nFuel is a national supply: each country buys its "
               "own fuel. Budgets differ.\n", "National supply"),
        misses("# Plants\n\n## Light-dependent reactions\n\nThey take place in the thylakoid membranes.\n",
               "Light-dependent reactions"),
    ),
))
