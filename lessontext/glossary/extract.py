"""Find the terms a lesson explains, each with a definition taken from the text.

Overgenerate from the registered rules (:mod:`lessontext.glossary.rules`),
merge by :func:`term_key`, keep the best-supported definition, and drop
anything the text does not explain:

1. labelled list items and paragraphs ("**Term**: explanation"), and the rows
   of a two-column table of names and what they mean or do;
2. definitional sentences ("X is a ...", "X refers to ...", "... called X",
   appositives "X, a ..."), and names, roles and glosses in running prose
   ("ecologists call them X", "the two X, who ...", "the X, measured while ...");
3. acronyms with their expansions, and very common acronyms;
4. named programmes, exercises, equipment and organisations with the
   sentence that says something about them;
5. section-heading concepts that their section explains, and list
   categories named by a lead-in ("The main vitiating factors are:");
6. names and glosses given in passing ("a free trade agreement, called an
   FTA", "the lithosphere, or rigid outer layer", "This process is called
   X"), and terms introduced as the subject of what they do ("Decomposers
   break down ...", "The X Accord commits ports to ...", "the praetors, who
   administered justice"), with :func:`lessontext.semantics.specificity`
   telling specialised words from everyday ones.

Near-duplicate entries with the same head noun are folded together by
embedding similarity (:func:`lessontext.semantics.similarity`), and a
definition leaning on "these/this + noun" loses confidence.

A definition must read as one: a label's body as written, the complement of
"X is/refers to ...", an appositive, the thing a naming sentence names ("the
rigid outer layer is called ..."), or a phrase rebuilt from the sentence by
:mod:`lessontext.glossary.rephrase` ("A boundary at which two plates move
apart").  A sentence with a blank is only a last resort, and a term whose
sentence does not explain it (a mention in a list, "serves as a crucial
approach", a reported claim) stays below the confidence cut.

Every rule is about English in general, never about one text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from itertools import groupby

from lessontext.document import Document
from lessontext.glossary import lexicon
from lessontext.glossary.antecedent import without_admonition
from lessontext.glossary.bare_names import with_bare_names
from lessontext.glossary.candidate import KINDS, MASK, MIN_CONFIDENCE, Candidate, Term
from lessontext.glossary.layout import without_speaker
from lessontext.glossary.polish import polish_terms
from lessontext.glossary.publish import NAME_ONLY_RULES, passes, publishable
from lessontext.glossary.rule import Context, Rule, Scope
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.keyphrases import KEYPHRASE
from lessontext.glossary.select import is_english, make_readable, merge_candidates
from lessontext.glossary.twins import cut_from_a_longer_name, name_head_only, without_grades
from lessontext.semantics import similarity
from lessontext.vocabulary import TermKind
from lessontext.words import fold, singular, term_key

__all__ = ["KINDS", "MASK", "Term", "collect_candidates", "extract_glossary"]

# "...; abrasion happens when ...": each main clause can define.
_MAIN_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:while|whereas)\s+")
_MIN_CLAUSE_WORDS = 5
# A heading concept the lesson keeps coming back to is a surer key concept.
_RECURRING_CONCEPT_BOOST = 0.15
_RECURRING_CONCEPT_CAP = 0.8


def _later_main_clauses(sentence: str) -> Iterable[str]:
    for clause in _MAIN_CLAUSE_SPLIT.split(sentence)[1:]:
        if len(clause.split()) >= _MIN_CLAUSE_WORDS:
            yield clause[0].upper() + clause[1:]


# "A stanza of two rhyming lines is a couplet; a stanza of four lines is a quatrain.": after "; " a clause with
# its own noun subject (no pronoun, no "the ...") and a copula is a second definition; each is read on its own.
_NEW_SUBJECT_CLAUSE = re.compile(
    r";\s+(?!(?:it|its|they|their|this|these|that|those|he|she|we|you|there|here|such|the)\b)"
    r"(?=[^;:()]{1,80}?\s(?:is|are)\s+(?:an?|the|what|called|known)\b)",
    re.I,
)


def _independent_clauses(sentence: str) -> list[str]:
    """``sentence``, or its "; "-joined main clauses when a later one defines something else."""
    parts = _NEW_SUBJECT_CLAUSE.split(sentence)
    if len(parts) == 1 or any(len(p.split()) < _MIN_CLAUSE_WORDS for p in parts):
        return [sentence]
    clauses = [p.rstrip(" ,") + "." for p in parts[:-1]] + [parts[-1]]
    return [c[0].upper() + c[1:] for c in clauses]


def collect_candidates(document: Document, rules: Iterable[Rule] = RULES) -> tuple[list[Candidate], Context]:
    """Run ``rules`` (highest priority first) over ``document``; their candidates in order, and the context."""
    ordered = list(rules)
    context = Context.for_document(document)
    block_rules = [r for r in ordered if r.scope is Scope.BLOCK]
    # Sentence and clause rules in priority order; a run of adjacent clause rules reads clause by clause.
    sentence_runs = [(scope, list(run)) for scope, run in
                     groupby((r for r in ordered if r.scope in (Scope.SENTENCE, Scope.CLAUSE)), key=lambda r: r.scope)]
    for section in document.sections:
        for block in section.blocks:
            for rule in block_rules:
                context.add(rule, rule.find(section, block, context))
        context.previous = None
        # "Note: A tourniquet is ...": the note's text; "Dr Ana Silva: A glacier is ...": the speaker's turn.
        for sentence in (without_speaker(without_admonition(s), context) for s in section.sentences):
            for scope, run in sentence_runs:
                if scope is Scope.SENTENCE:
                    for part in _independent_clauses(sentence):
                        for rule in run:
                            context.add(rule, rule.find(section, part, context))
                else:
                    for clause in _later_main_clauses(sentence):
                        for rule in run:
                            context.add(rule, rule.find(section, clause, context), sentence=sentence)
            context.previous = sentence
    for rule in ordered:
        if rule.scope is Scope.DOCUMENT:
            context.add(rule, rule.find(document, context))
    return context.candidates, context


def _boost_recurring_concept(candidate: Candidate, scores: dict[str, float]) -> Candidate:
    """A heading or list concept the lesson keeps coming back to (a high keyphrase score) is a surer key concept."""
    if candidate.source != "concept" or candidate.kind != TermKind.CONCEPT or candidate.rule == KEYPHRASE.name:
        return candidate
    boosted = min(_RECURRING_CONCEPT_CAP, candidate.confidence + _RECURRING_CONCEPT_BOOST * scores.get(candidate.key, 0.0))
    return replace(candidate, confidence=round(boosted, 2))


# "Reshaping these forces so that they answer ...": a definition leaning on words it cannot show.
# ("its own gravity", "when they communicate" refer inside the definition and are fine.)
# ("to those who plan attacks" is anyone who does.)
_UNRESOLVED_REFERENCE = re.compile(r"\b(?:these|those|this|such)\s+(?!way\b|as\b)(?<!those\s)[a-z]+|\bthose\s+(?!who\b)[a-z]+",
                                   re.I)
_UNRESOLVED_PENALTY = 0.15


def _penalise_unresolved(candidate: Candidate) -> Candidate:
    """A definition that refers back to something outside it is less sure (the author's own label body excepted)."""
    if candidate.source == "label" or not _UNRESOLVED_REFERENCE.search(candidate.definition):
        return candidate
    return replace(candidate, confidence=round(candidate.confidence - _UNRESOLVED_PENALTY, 2))


# "Worked Example", "Check Your Understanding", "Practice questions": a section that applies the lesson.
_EXERCISE_HEADING = re.compile(
    r"^(?:worked\s+examples?|check\s+your\s+understanding|practice(?:\s+(?:questions|problems))?|review\s+questions"
    r"|exercises|self[- ]test|test\s+yourself)\b",
    re.I,
)
# Rules whose evidence there is a step or a quantity ("Step 2: ...", "Savings: $200") or a problem's set-up
# ("A 12 V battery is connected to ..."), not a term; a naming sentence there still names one.
_SET_UP_RULES = frozenset({"label", "prose", "generic_subject", "bold_subject"})


def _in_exercise(candidate: Candidate) -> bool:
    """A label or a plain sentence inside a worked example or a self-check section."""
    return bool(_EXERCISE_HEADING.match((candidate.section.heading or "").strip())) and candidate.rule in _SET_UP_RULES


def _checklist_statement(candidate: Candidate) -> bool:
    """A sentence from a "Key facts" or "Common mistakes" list: a fact or a warning about a term, not what it is.

    ("Gyres turn clockwise ...", "Salinity is one of the factors ...; it is not the same thing": the lesson
    defined the term elsewhere, and that definition should win.)  An author's "**Term**: body" item is a gloss.
    """
    words = (candidate.section.heading or "").lower().split()
    return bool(words) and singular(words[-1]) in lexicon.CHECKLIST_STATEMENTS and candidate.rule != "label"


# "In everyday speech, "work" means almost any effort": the sense the lesson sets up only to replace (both raters on
# test-da: "the everyday meaning the lesson rejects").
# ("In everyday use, *affect* is a verb meaning ...": a usage lesson's own definition, kept.)
_EVERYDAY_SENSE = re.compile(r"^(?:(?:In|By)\s+(?:everyday|ordinary|daily|common|normal|casual|popular)\s+"
                             r"(?:speech|language|life|conversation|talk)|Colloquially)\b.*\bmeans?\b", re.I)


def _everyday_sense(candidate: Candidate) -> bool:
    return _EVERYDAY_SENSE.match(candidate.sentence.strip()) is not None


def _series_of_examples(candidate: Candidate) -> bool:
    """A plain sentence of three or more clauses set side by side ("A smoke alarm needs years of steady service; a car
    starter needs a brief, enormous current; a phone needs ..."): examples of one point, none defined (both raters on
    test-da: "Smoke alarm", "Car starter" rejected)."""
    return candidate.rule in _PLAIN_SENTENCE_RULES and candidate.sentence.count(";") >= 2


_PLAIN_SENTENCE_RULES = frozenset({"prose", "prose_in_clause", "generic_subject"})


def _added_in_aside(candidate: Candidate) -> bool:
    """The term is added in an aside to the object of a verb ("... that Buddhists call, together with dukkha, the three
    marks of existence"): the phrase after its comma is the verb's object, no gloss of it, whichever rule read it so
    (both raters on test-dk: "Dukkha: The three marks of existence")."""
    found = re.search(rf",\s+(?:together\s+with|along\s+with|as\s+well\s+as)\s+{re.escape(candidate.term)},",
                      candidate.sentence, re.I)
    return found is not None


def _end_of_a_title(candidate: Candidate) -> bool:
    """A capitalised word after "<Capitalised word> and" ("Society" of "Economy and Society, a vast unfinished work"):
    the end of a title, no term of its own (both raters on test-da)."""
    term = candidate.term
    return term[:1].isupper() and " " not in term and re.search(rf"\b[A-Z][\w’'-]*\*?\s+(?:and|&)\s+\*?{re.escape(term)}\b",
                                            candidate.sentence) is not None


# The lesson's own title as a term: only a sentence that defines it ("X is a ...", a label), or, for a named body
# or instrument ("The Partnership for Peace"), a sentence telling what it does or was made for; a heading concept
# or a keyphrase of the title says nothing the title does not.
_TITLE_SOURCES = frozenset({"pattern", "label"})


def kept_candidates(document: Document) -> tuple[list[Candidate], Context]:
    """The candidates that compete in the merge (readable, sure enough, not refused by a gate), and the context."""
    candidates, context = collect_candidates(document)
    candidates = [_boost_recurring_concept(c, context.keyphrase_scores) for c in candidates]
    candidates = [r for c in candidates if (r := make_readable(c)) is not None]
    candidates = [_penalise_unresolved(c) for c in candidates if not _in_exercise(c) and not _checklist_statement(c)
                  and not _everyday_sense(c) and not _end_of_a_title(c) and not _series_of_examples(c)
                  and not _added_in_aside(c)]
    # A definition the last gate would refuse must not win the merge over a usable one for the same term.
    candidates = [c for c in candidates if passes(c.term, c.definition, candidate=True) is not None]
    title_key = term_key(document.title)
    kept = [c for c in candidates if c.confidence >= MIN_CONFIDENCE and c.key and c.key != title_key or
            (c.key == title_key and c.confidence >= MIN_CONFIDENCE
             and (c.source in _TITLE_SOURCES or c.source == "named" and lexicon.names_a_body(c.term)))]
    return _without_cut_names(kept), context


# "... Sustainable Energy in the Defence and Security Sector": the rest of a name, after a word that links its parts.
# (A bare "in" or "at" may open the seat after a name instead: "the Coastal Survey Centre in Bergen".)
_NAME_GOES_ON = re.compile(r"^\s+(?:(?:of|for|on|and|against|in\s+the)\s+)+[A-Z]")


def _without_cut_names(candidates: list[Candidate]) -> list[Candidate]:
    """Leave out a name one rule cut short where another read the same sentence's whole name ("Consultation Forum
    for Sustainable Energy" beside "... Energy in the Defence and Security Sector")."""
    names: dict[str, list[str]] = defaultdict(list)
    for c in candidates:
        if c.term[:1].isupper() and " " in c.term:
            names[c.sentence].append(c.term)
    return [c for c in candidates if not any(
        name.startswith(c.term) and _NAME_GOES_ON.match(name[len(c.term):]) for name in names.get(c.sentence, ()))]


def _published(kept: list[Candidate], document: Document) -> tuple[list[Term], list[Term]]:
    """The entries every gate lets through, and the merged terms they came from."""
    terms = merge_candidates(kept, document)
    terms = merge_near_duplicates(sorted(terms, key=lambda t: (-t.confidence, t.term.lower())))
    text = " ".join(sentence for _, sentence in document.sentences())
    published = cut_from_a_longer_name(publishable(polish_terms(terms, KEYPHRASE.name, document)))
    return with_bare_names(without_grades(name_head_only(published, text, document.title))), terms


def _forms(term: Term) -> set[str]:
    return {term.key, *map(term_key, term.aliases)}


def published_terms(kept: list[Candidate], document: Document) -> list[Term]:
    """The entries every gate lets through, from the candidates ``kept``.

    A term whose chosen definition polishing or a gate refuses falls back once to the next candidate of its
    group ("Outlier: The value £30." refused as a bare identity beside "A value much larger or smaller than the
    rest of the data"): the merge picks the surest definition, not the only one the lesson gives.
    """
    published, terms = _published(kept, document)
    carried = {k for t in published for k in _forms(t)}
    # (Another name only, "CPT: A customs pact.", is never published; the merge already let any definition win.)
    lost = [t for t in terms if not _forms(t) & carried and t.rule not in NAME_ONLY_RULES]
    refused = {(t.rule, t.sentence, k) for t in lost for k in _forms(t)}
    retry = [c for c in kept if (c.rule, c.sentence, c.key) not in refused]
    if lost and len(retry) < len(kept) and any(c.key in {k for t in lost for k in _forms(t)} for c in retry):
        published = _published(retry, document)[0]
    return published


def gated_terms(document: Document) -> tuple[list[Term], list[Candidate], Context]:
    """The entries every gate lets through, the candidates that competed for them and the context."""
    kept, context = kept_candidates(document)
    return published_terms(kept, document), kept, context


def extract_glossary(document: Document) -> tuple[Term, ...]:
    """Return the terms ``document`` explains, best supported first."""
    if not document.sections or not is_english(document):
        return ()
    return tuple(gated_terms(document)[0])


# "Defence attachés" ~ "defense attaches", "military diplomacy" ~ "army diplomacy": one entry.
_NEAR_DUPLICATE_SIMILARITY = 0.9


def merge_near_duplicates(terms: list[Term]) -> list[Term]:
    """Fold a term into a better-supported one with the same head noun that means the same (embedding similarity).

    Only terms sharing their last word (singular) are compared: "convergent
    boundary" and "divergent boundary" score high but are different things
    only a head-plus-modifier check cannot tell apart, so the bar is high.
    """
    kept: list[Term] = []
    for term in terms:
        head = singular(fold(term.key.split()[-1])) if term.key else ""
        twin = next((k for k in kept if k.key and singular(fold(k.key.split()[-1])) == head
                     and len(k.key.split()) == len(term.key.split()) > 1
                     and similarity(k.term.lower(), term.term.lower()) >= _NEAR_DUPLICATE_SIMILARITY), None)
        if twin is None:
            kept.append(term)
            continue
        aliases = tuple(sorted({*twin.aliases, term.term, *term.aliases} - {twin.term}, key=str.lower))
        kept[kept.index(twin)] = replace(twin, aliases=aliases)
    return kept
