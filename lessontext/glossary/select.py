"""From candidates to terms: readable definitions, the English check, and merging by key.

:func:`merge_candidates` groups candidates whose keys meet (directly or through an
alias), keeps the best-supported definition, picks the kind and the
display form the running text uses, and records the rule of the chosen
candidate on the :class:`~lessontext.glossary.candidate.Term`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from lessontext.document import Document
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import MASK, Candidate, Term
from lessontext.glossary.checks import RESTRICTIVE, finish_definition, mask_term, organisation_name
from lessontext.glossary.clauses import told_step
from lessontext.glossary.phrases import genus_of, looks_like_acronym, plural_head, word_list
from lessontext.vocabulary import TermKind
from lessontext.words import (
    STOPWORDS,
    fold,
    group_by_key,
    singular,
    span_key,
    split_words,
    term_key,
    token_spans,
    word_pos,
)

# English text is at least this share of function words.
_MIN_STOPWORD_SHARE = 0.2
# Each further kind of evidence (label, pattern, acronym, ...) for a term adds this much, up to the maximum.
_PER_EXTRA_SOURCE = 0.05
_MAX_CONFIDENCE = 0.99

# Source priority when confidences tie: explicit wording first.
_SOURCE_RANK = {"pattern": 0, "label": 1, "acronym": 2, "named": 3, "concept": 4}


_KIND_RANK = {TermKind.ACRONYM: 0, TermKind.ORGANISATION: 1, TermKind.PROGRAMME: 1, TermKind.EXERCISE: 1,
              TermKind.EQUIPMENT: 1, TermKind.COUNTRY: 1, TermKind.DEFINED: 2, TermKind.CONCEPT: 3}


_EXAMPLE_DEFINITION = re.compile(r"^(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:example|instance|illustration|case)\b", re.I)


_EXAMPLE_CLAUSE = re.compile(r"\b(?:in which|that|where|which)\s+for (?:example|instance)\b", re.I)


_BARE_VERB_NEXT = frozenset("the a an its their his her this these that those when how what whether".split())


def _bare_verb_start(definition: str) -> bool:
    """"Records the electrical activity ...", "Forwards packets ...": a predicate, not a noun phrase."""
    words = word_list(definition[:60])
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1]
    if not first.endswith("s") or "VERB" not in word_pos(first) or first.endswith("ss"):
        return False
    if second.lower() in {"that", "which", "who"} and "NOUN" in word_pos(first):
        return False  # "Programmes that collect ...": a head noun and its relative clause
    if second.lower() in _BARE_VERB_NEXT:
        return True
    return second.islower() and second.endswith("s") and "NOUN" in word_pos(second) and not definition[len(words[0]):].startswith(",")


_HEAD_THAT = re.compile(r"^([\w-]+) that\b")


# "C to D", "2 flats (B♭, E♭)", "2,000 × (1.05)^10 ≈ £3,257.79": notes, numbers and symbols, not words.
_MIN_DEFINITION_WORDS = 2
_PROSE_WORD = re.compile(r"(?<![\w♭♯])[A-Za-z][a-z]{2,}(?![\w♭♯])")


def is_data(definition: str) -> bool:
    """True for a worked figure or a list of symbols: fewer than two words of three letters or more."""
    return len(_PROSE_WORD.findall(definition)) < _MIN_DEFINITION_WORDS


# "A saying that holds that amateurs talk about tactics ...": a reported claim, not what a term means.
_CLAIM = re.compile(r"^An?\s+[\w-]+\s+that\s+(?:holds|says|states|claims|argues|suggests|goes)\s+that\b", re.I)


# "A law that states that ...": what a law, principle, rule or article states is what it is, not a reported claim.
_STATEMENT_HEADS = frozenset("law laws principle principles rule rules theorem theorems hypothesis postulate axiom "
                              "article articles clause clauses provision provisions".split())


# "Components like these", "Components that behave this way", "The youngest of the three", "the ions then
# flow back": a definition that only makes sense beside the sentences before it.
# ("such as those around deep-sea vents": "those" with its own restricting phrase points inside the definition;
# "of the five-line stave": a number inside a compound adjective.)
_CONTEXT_BOUND = re.compile(
    r"\b(?:like|as)\s+(?:these|this|them|those(?!\s+(?:of|in|on|at|around|near|from|with|who|that|which|[a-z]+ed)\b))\b"
    r"|\b(?:this|that)\s+way\b"
    # ("the former Soviet states", "the former Yugoslavia": an adjective before a name, not "the former" of two.)
    r"|\bof the (?:two|three|four|five)\b(?!-|\s+[\w-]+)|\bthe (?:former|latter)\b(?!\s+[A-Z])|\bthe\s+\w+s\s+then\b",
    re.I,
)


# "Communities that Beneath the AU sit groupings called or RECs.", "... 1527, is called.": a naming clause
# with its name cut out, a broken fragment.
_NAME_CUT_OUT = re.compile(r"\b(?:called|known as|termed|named)\s*(?:or\b|[.,;:]|$)", re.I)


# "The most important document", "One of the clearest examples of how ...": a ranking, not what the thing is.
_RANKING = re.compile(r"^(?:the|one of the)\s+(?:(?:most|least)\s+\w+|best|worst|(?P<est>[a-z]+est))\b", re.I)
# "One of the first free-standing statues since antiquity": a place in a sequence, no more a definition than a rank.
_ONE_OF_THE_FIRST = re.compile(r"^one of the\s+(?:first|last|few|only)\b", re.I)
# "One of trust.": "one" stands for a noun of the sentence ("The remaining challenge is one of trust").
_ELLIPTICAL_ONE = re.compile(r"^one of\s+(?!the\b|an?\b|its\b|their\b|his\b|her\b|our\b)[a-z]+\.?$", re.I)


# "A guideline, not a law": a correction of a misreading, not a definition.
_CONTRAST_ONLY = re.compile(r"^(?:an?|the)\s+[\w-]+,\s+not\s+(?:an?|the)\s+[\w-]+\.?$", re.I)


# "A related move.", "The broader field.", "The same year the ... Convention": a short phrase that places the term
# beside something in the sentences around it and says nothing of what it is.
_RELATIONAL_ONLY = re.compile(
    r"^(?:an?|the|another)\s+(?:related|broader|wider|similar|same|other|further|second|next|parallel)\b", re.I)
_MAX_RELATIONAL_WORDS = 8


def _relational_only(definition: str) -> bool:
    return (bool(_RELATIONAL_ONLY.match(definition)) and len(word_list(definition)) <= _MAX_RELATIONAL_WORDS
            and not RESTRICTIVE.search(definition))


def _ranking(definition: str) -> bool:
    if _ONE_OF_THE_FIRST.match(definition) or _ELLIPTICAL_ONE.match(definition):
        return True
    match = _RANKING.match(definition)
    if not match:
        return False
    if definition.lower().startswith("one of"):
        return True
    # "The smallest planet in the solar system", "The smallest of the twelve steps of an octave": ranked
    # within something that says what it is; "The most important document" says only how it ranks.
    if len(word_list(definition)) > 4:
        return False
    est = match.group("est")
    if est is None:
        return True
    # "clearest", "biggest", "largest" are superlatives; "forest", "interest" are not.
    stems = {est[:-3], est[:-2], est[:-4], est[:-3] + "e", est[:-4] + "y"}
    return any("ADJ" in word_pos(stem) for stem in stems if len(stem) > 1)


def _out_of_context(candidate: Candidate) -> bool:
    """A definition a teacher would delete whatever its term: bound to the sentences before it, or only a ranking."""
    if candidate.source == "label":
        return False
    definition = candidate.definition
    return bool(_CONTEXT_BOUND.search(definition) or _ranking(definition) or _CONTRAST_ONLY.match(definition)
                or _NAME_CUT_OUT.search(definition) or _relational_only(definition) or _listed_item(candidate))


def _listed_item(candidate: Candidate) -> bool:
    """"such as a sore knee, a mild rash or tiredness": the term and its "appositive" are items of one list."""
    # The next item is a short noun phrase, then "or"/"and" ("such as X, which let A and B ..." is a clause on X).
    return bool(re.search(rf"\b(?:such\s+as|including|like)\s+(?:an?\s+|the\s+)?{re.escape(candidate.term)},\s+"
                          r"(?:an?\s+|the\s+)?(?!(?:which|who|whose|that|where|when|through|in|by|with|for|from|to|on|at)\b)"
                          r"(?:[\w-]+\s+){1,4}(?:or|and)\s", candidate.sentence, re.I))


# "Leonardo da Vinci", "Filippo Brunelleschi": capitalised words, with the particles of a personal name.
_NAME_PARTICLES = frozenset("da de de' di del della der den van von le la du al bin ibn".split())
# "A painter, engineer and ...", "A goldsmith from ...": the article and the words up to the head's end.
_PERSON_HEAD = re.compile(r"^(?:An?|The)\s+(?P<group>[a-z]+(?:\s+[a-z]+){0,2})")
_AFTER_HEAD = frozenset("who whose whom that which from of in at and or with for to by on".split())


def _proper_name(candidate: Candidate) -> bool:
    """The term is written as a name: several capitalised words, or one capitalised word inside its sentence."""
    words = candidate.term.split()
    if not words or looks_like_acronym(candidate.term) or any(not w[0].isupper() and w.lower() not in _NAME_PARTICLES
                                                              for w in words):
        return False
    if len([w for w in words if w[0].isupper()]) > 1:
        return True
    at = candidate.sentence.find(candidate.term)
    # "Mill, a philosopher and MP, ...": a singular noun with no article before it opens a sentence only as a name.
    bare_singular = (at == 0 and len(words) == 1 and singular(words[0].lower()) == words[0].lower()
                     and candidate.sentence[len(candidate.term):].startswith(","))
    return (at > 0 or bare_singular) and candidate.source != "label"


def names_a_person(candidate: Candidate) -> bool:
    """A name described by who the person was ("Johannes Gutenberg: A goldsmith from Mainz").

    A teacher's glossary defines concepts; the people a lesson tells of are
    not its terms (raters rejected every person entry of an art lesson; a
    history lesson describes its people the same way).
    """
    head = _PERSON_HEAD.match(candidate.definition)
    if not head:
        return False
    group = head.group("group").split()
    cut = next((i for i, w in enumerate(group) if w in _AFTER_HEAD), len(group))
    return cut > 0 and singular(group[cut - 1]) in lexicon.PERSON_NOUNS and _proper_name(candidate)


# 'term "operant', 'word "salary"': a word mentioned as a word, with "the term" before it.
_THE_TERM_QUOTED = re.compile(r"(?:the\s+)?(?:term|word|expression|phrase)\s+[\"“‘'](?P<name>[^\"”’']+)[\"”’']?", re.I)
_SO_CALLED = re.compile(r"(?:so[- ]called|self[- ]styled)\s+(?=\S)", re.I)
# "Biological Weapons Convention of 1972", "Law of the Sea of 1982": a name, then the year that dates it; the year is
# no part of the name the lesson goes on to use ("the Convention", "the Biological Weapons Convention").
_DATED_NAME = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|the|and|in)\s+)*[A-Z][\w'’-]*)+)\s+of\s+"
                         r"(?:1[0-9]{3}|20[0-9]{2})$")


def undated_name(term: str) -> str | None:
    """The name without its year ("Kyoto Protocol of 1997" -> "Kyoto Protocol"), or None for no dated name."""
    match = _DATED_NAME.match(term.strip())
    return match.group("name") if match else None

_TERM_WITH_ACRONYM = re.compile(r"(?P<name>[^()]+?)\s*\((?P<short>[^()]+)\)")


# "While a proposed law is being debated it [is called a bill]": the naming sentence's subject is "it", and what
# it names is the noun phrase of the clause before it: "A proposed law while it is being debated."
_STATE_THEN_IT = re.compile(r"^(?P<when>While|When|As long as) (?P<np>(?:an?|the) [^,;]+?) (?P<verb>is|was|remains) "
                            r"(?P<rest>[^,;]+?) it\.?$")


def _named_in_state(definition: str) -> str:
    """"While a plan is being drafted it." -> "A plan while it is being drafted."; anything else unchanged."""
    match = _STATE_THEN_IT.match(definition)
    if not match:
        return definition
    return f"{match['np'][0].upper()}{match['np'][1:]} {match['when'].lower()} it {match['verb']} {match['rest']}."


# "Any object that travels around a larger body; the Moon is a natural ___ of the Earth.": a defining noun phrase,
# then a clause that uses the term (an instance, a figure); the definition is the part before the semicolon.
_NOUN_PHRASE_START = re.compile(r"^(?:An?|The|Any|Each|Every)\s")
_MIN_BEFORE_USE_WORDS = 4
_PERSONAL = re.compile(r"\b(?:it|they|them|he|him|she|her|we|us)\b", re.I)


def _before_used_clause(definition: str) -> str:
    """The definition up to the "; " after which it only uses the (blanked) term; anything else unchanged."""
    head, sep, rest = definition.partition("; ")
    if not sep or MASK in head or MASK not in rest or not _NOUN_PHRASE_START.match(head) or _PERSONAL.search(head):
        return definition  # ("The Greeks adopted it, probably in the eighth century BC; ... called ___": a clause)
    return head.rstrip(" ,") + "." if len(word_list(head)) >= _MIN_BEFORE_USE_WORDS else definition


def make_readable(candidate: Candidate) -> Candidate | None:
    """The candidate with a definition that reads as one, or None.

    A blanked sentence, an example given for something else ("A classic
    example: ..."), and an aside ("in which for example ...") do not define;
    a bare predicate ("Records the electrical activity ...") gets a head
    noun ("Something that records ..."), and so does a definition headed by
    the term's own agent noun ("Blockers that slow ...").
    """
    so_called = _SO_CALLED.match(candidate.term)
    if so_called:
        # "the so-called renegade aircraft, a civilian aircraft ...": "so-called" is the writer's, not the term's.
        candidate = replace(candidate, term=candidate.term[so_called.end():])
    quoted = _THE_TERM_QUOTED.fullmatch(candidate.term.strip())
    if quoted:
        # 'The term "operant" refers to ...': the word the sentence talks about is the term.
        candidate = replace(candidate, term=quoted.group("name"))
    bracketed = _TERM_WITH_ACRONYM.fullmatch(candidate.term.strip())
    if bracketed and looks_like_acronym(bracketed.group("short")):
        # "live exercise (LIVEX)": the name, with the acronym as its alias (merged with the name's other evidence).
        candidate = replace(candidate, term=bracketed.group("name"), aliases={*candidate.aliases, bracketed.group("short")})
    undated = undated_name(candidate.term)
    if undated:
        # The dated form stays as another name, so "the Protocol of 1925" and "the Protocol" are one entry.
        candidate = replace(candidate, term=undated, aliases={*candidate.aliases, candidate.term.strip()})
    definition = _before_used_clause(_named_in_state(candidate.definition))
    if definition != candidate.definition:
        candidate = replace(candidate, definition=definition)
    if MASK in definition or _EXAMPLE_DEFINITION.match(definition) or _EXAMPLE_CLAUSE.search(definition):
        return None
    head_word = fold(word_list(candidate.term)[-1]) if word_list(candidate.term) else ""
    first_word = fold(word_list(candidate.term)[0]) if word_list(candidate.term) else ""
    claim = _CLAIM.match(definition) and not {head_word, first_word} & _STATEMENT_HEADS
    if is_data(definition) or claim or _out_of_context(candidate) or names_a_person(candidate):
        return None
    genus, plural = genus_of(candidate.term)
    if _bare_verb_start(definition) and not plural:
        return replace(candidate, definition=f"{genus} that {rephrase.lower_first(definition)}")
    head = fold(word_list(candidate.term)[-1]) if word_list(candidate.term) else ""
    echoed = _HEAD_THAT.match(definition)
    if echoed and fold(echoed.group(1)) == head and genus in {"Things", "Something"} and len(word_list(candidate.term)) > 1:
        return replace(candidate, definition=genus + definition[len(echoed.group(1)):])
    return candidate


def is_english(document: Document) -> bool:
    words = [w.lower() for _, sentence in document.sentences() for w in split_words(sentence)]
    if len(words) < 8:
        return bool(words) and sum(w in STOPWORDS for w in words) / len(words) >= _MIN_STOPWORD_SHARE
    return sum(w in STOPWORDS for w in words) / len(words) >= _MIN_STOPWORD_SHARE


_QUOTE_MARKS = "\"“”"


def _inside_name(sentence: str, spans: list, start: int, end: int) -> bool:
    """The words at ``start:end`` are part of a longer capitalised name ("the Desert Locust Information Service"):
    their capitals are the name's, not the term's, so they say nothing of how the lesson writes the term alone."""
    after = (end < len(spans) and sentence[spans[end][0]: spans[end][0] + 1].isupper()
             and not sentence[spans[end - 1][1]: spans[end][0]].strip())
    previous = sentence[spans[start - 1][0]: spans[start - 1][1]] if start >= 2 else ""
    before = (previous[:1].isupper() and previous.lower() not in STOPWORDS
              and not sentence[spans[start - 1][1]: spans[start][0]].strip())  # "The Technical ..." is the name's own
    return after or before


class _Forms:
    """Surface forms of every n-gram key in the document's running text."""

    def __init__(self, document: Document, keys: set[str]) -> None:
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        self.count: Counter[str] = Counter()
        lengths = sorted({len(k.split()) for k in keys})
        # Only n-grams whose first word starts some key can match.
        starts = {k.split()[0] for k in keys}
        for _, sentence in document.sentences():
            spans = token_spans(sentence)
            for i in range(len(spans)):
                if spans[i][2] not in starts and spans[i][3] not in starts:
                    continue
                for n in lengths:
                    if i + n > len(spans):
                        break
                    key = span_key(spans, i, i + n)
                    if key in keys:
                        surface = sentence[spans[i][0] : spans[i + n - 1][1]]
                        if any(q in surface for q in _QUOTE_MARKS):
                            continue  # 'no-undercut" policy': a quoted word inside a longer term, no display form
                        if surface.endswith(("'s", "’s")):
                            surface = surface[:-2]
                        self.forms[key][(surface, i == 0 or surface[1:] != surface[1:].lower()
                                                       and _inside_name(sentence, spans, i, i + n))] += 1
                        self.count[key] += 1

    def display(self, key: str, fallback: str, from_label: bool = False) -> str:
        """Prefer how running text writes the term (mid-sentence, not inside a longer name), accents kept."""
        forms = self.forms.get(key)
        if not forms:
            return _sentence_case(fallback, from_label)
        mid = [(c, s) for (s, initial), c in forms.items() if not initial]
        if mid:
            # Most frequent; prefer accented spellings, then lower case.
            mid.sort(key=lambda cs: (-cs[0], cs[1].isascii(), cs[1] != cs[1].lower(), cs[1]))
            best = mid[0][1]
            if fold(best) == best.lower() and best != fallback and fold(fallback) == fold(best) and not best.isascii():
                return capitalise(best)
            if not fallback.isascii() and fold(best) == fold(fallback) and best.isascii():
                best = fallback if fallback[1:].lower() == fallback[1:] else fallback.lower()
            return capitalise(best)
        return _sentence_case(fallback, from_label)


def capitalise(text: str) -> str:
    """Upper-case the first letter, except of a word written with a capital inside ("pH scale", "mRNA")."""
    first = text.split()[0] if text.split() else ""
    if first[:1].islower() and any(ch.isupper() for ch in first[1:]):
        return text
    return text[0].upper() + text[1:] if text else text


def _sentence_case(text: str, from_label: bool = False) -> str:
    """Capitalise the first letter; turn a Title Case label of common words to sentence case.

    A label that names a body ("Peace and Security Council", "Peace Fund") is a proper name and keeps its
    capitals (:func:`lessontext.glossary.checks.organisation_name`).
    """
    if not text:
        return text
    words = text.split()
    small = {"of", "and", "for", "the", "on", "in", "to", "a", "an", "or"}
    if (from_label and len(words) > 1 and not organisation_name(text)
            and all(w[:1].isupper() and not w.isupper() for w in words if w.lower() not in small)
            and all(word_pos(fold(w).strip("-")) - {"PROPN"} for w in words[1:] if w.lower() not in small)):
        first = words[0]
        if "-" in first and all(p[:1].isupper() and p[1:].islower() for p in first.split("-")):
            first = first[:1] + first[1:].lower()  # "Confidence-Building" -> "Confidence-building"
        text = first + " " + " ".join(w.lower() if w.lower() not in small else w for w in words[1:])
    return capitalise(text)


def _number_variants(display: str) -> set[str]:
    """The singular of a plural term ("Defense attachés" -> "Defense attaché").

    Plurals are not invented (uncountable nouns, adjectives and names have
    none); the plurals the text uses are already among the surface forms.
    """
    words = display.split()
    if not words:
        return set()
    last = words[-1]
    if "of" in words[1:-1]:
        return set()  # "tribunes of the plebs": the number is the head's, not the last word's
    folded = fold(last)
    if not folded.isalpha() or last.isupper() or any(w[:1].isupper() for w in words[1:]):
        return set()
    single = singular(folded)
    if single != folded:
        form = last[: len(single)] if folded.startswith(single) else single
        return {" ".join(words[:-1] + [form])}
    return set()


# "The staging area.": a definition that only names the thing by another name.
_POINTS_TO = re.compile(r"^(?:The|An?)\s+(?P<name>[^,;.:()]{1,40})\.$")
# Rules whose definition is the other name the sentence gives ("an operant chamber, often called a Skinner box").
_ASIDE_NAME_RULES = frozenset({"named_aside"})


def names_itself(candidate: Candidate) -> bool:
    """The definition uses the term it should define ("Supernova: The collapse triggers an explosion called a supernova")."""
    key = candidate.key
    n = len(key.split())
    spans = token_spans(candidate.definition)
    return bool(key) and any(span_key(spans, i, i + n) == key for i in range(len(spans) - n + 1))


def _gloss_over_narrative(group: list[Candidate], best: Candidate) -> Candidate:
    """For a label whose body tells what happens and names the term on the way, the sentence rule's gloss of it.

    "**White dwarf**: the exposed core remains as a **white dwarf**, an object
    with about the mass of the Sun ..." is a stage of a story; the appositive
    of the same sentence ("An object with about the mass of the Sun ...") is
    the definition.  So is a pattern's gloss of a term whose label body is one step of a worked case ("Effector: The
    muscle contracts and pulls the hand away." beside "... an **effector**, which is either a muscle ...").
    """
    if best.source != "label" or not (names_itself(best) or told_step(best.definition)):
        return best
    return next((c for c in group if c.source == "pattern" and not names_itself(c)), best)


def _opens_with_bare_plural(definition: str, term: str) -> bool:
    """"Biological catalysts made of protein." for "enzymes": no article, a plural head like the term's own."""
    words = definition.split()
    head = next((w for w in words[:4] if w.lower() in {"that", "which", "who", "of", "made", "used", "with"}), None)
    noun = words[words.index(head) - 1] if head and words.index(head) > 0 else ""
    return (bool(words) and words[0].lower() not in {"a", "an", "the", "one", "any"} and plural_head(term)
            and bool(noun) and plural_head(noun.lower()))


def _expansion_only(candidate: Candidate) -> bool:
    """An acronym's candidate whose definition only spells the acronym out."""
    spelled = fold(candidate.definition.rstrip(". "))
    return candidate.source == "acronym" and any(fold(a) == spelled for a in candidate.aliases)


# "R'_A", "x′": a symbol with a prime, which the key's folding of quotes would drop.
_PRIMED = re.compile(r"^[A-Za-zΑ-Ωα-ω]['′]")


def merge_candidates(candidates: list[Candidate], document: Document) -> tuple[Term, ...]:
    groups = group_by_key(candidates, key=lambda c: c.key, aliases=lambda c: c.aliases)

    keys = {c.key for c in candidates} | {term_key(a) for c in candidates for a in c.aliases}
    forms = _Forms(document, {k for k in keys if k})
    terms = []
    for group in groups:
        group.sort(key=lambda c: (-c.confidence, _SOURCE_RANK[c.source]))
        best = _gloss_over_narrative(group, group[0])
        if _expansion_only(best):
            # "CCDCOE: Cooperative Cyber Defence Centre of Excellence." beside "A centre that focuses on ...": the
            # spelled-out name says nothing of what the thing is; the sentence that does wins.
            best = next((c for c in group if not _expansion_only(c)), best)
        pointer = _POINTS_TO.match(best.definition)
        if pointer:
            # "Index: The staging area." beside "staging area: An area that sits ...": the named thing, defined.
            target = term_key(pointer.group("name"))
            best = next((c for c in group if c.key == target and not _POINTS_TO.match(c.definition)), best)
        if best.rule in _ASIDE_NAME_RULES:
            # "Skinner box: An operant chamber." (from "an operant chamber, often called a Skinner box, a cage in
            # which ...") beside the appositive, "EMARs: European Military Airworthiness Requirements." beside
            # "..., which were modelled on ...": another name is never published as a definition (publish's
            # NAME_ONLY_RULES), so any other candidate for the term wins, however much surer the name was.
            # Failing that, a short noun phrase another rule reads the same way ("Kurultai: A great assembly of Mongol
            # leaders.", from "called" as well as from the aside) is that rule's definition, not a pointer to a name.
            best = next((c for c in group if c.rule not in _ASIDE_NAME_RULES and not _POINTS_TO.match(c.definition)),
                        None) or next((c for c in group if c.rule not in _ASIDE_NAME_RULES
                                       and c.definition == best.definition), best)
        # Of the acronym evidence, the candidate named by the expansion shows it ("RuBP" only when mentioned alone).
        main = max((c for c in group if c.source == "acronym"), key=lambda c: len(c.term), default=best)
        if main.source == "acronym" and main.aliases and any(
                c.source != "acronym" and c.key in {term_key(a) for a in main.aliases} for c in group):
            # The text also explains the expansion ("a sugar called ribulose bisphosphate (RuBP)"): show it.
            main = replace(main, term=max(main.aliases, key=len))
        named = next((c for c in group if c.source != "acronym" and main.key in {term_key(a) for a in c.aliases}), None)
        if main.source == "acronym" and named is not None and main.key not in {term_key(a) for a in main.aliases}:
            # "The UN Department of Peace Operations (DPO) sets ..." beside "(DPO)" read as "Department of Peace
            # Operations": the name the sentence that explains it gives, in full.
            main = replace(main, term=named.term)
        kind = min((c.kind for c in group), key=lambda k: _KIND_RANK[k])
        if kind in {TermKind.DEFINED, TermKind.CONCEPT} and any(c.source in {"pattern", "label"} for c in group):
            kind = TermKind.DEFINED
        display_source = main.term
        display = forms.display(term_key(display_source), display_source, main.source in {"label", "concept"})
        if main.verbatim or _PRIMED.match(main.term):
            display = main.term  # ("R'_A", the new rating, is not "R_A", the old one: test-en, both raters)
        elif main.source == "acronym":
            display = capitalise(main.term)
        elif (main.source == "pattern" and len(display.split()) == len(main.term.split())
              and _opens_with_bare_plural(main.definition, main.term)):
            # "**enzymes**, which are biological catalysts ...": a plural gloss keeps the plural it defines.
            shown, defined = display.split()[-1], main.term.split()[-1]
            if fold(shown) != fold(defined) and singular(fold(shown)) == singular(fold(defined)):
                display = " ".join(display.split()[:-1] + [defined.lower()])
                display = capitalise(display)
        elif main.source == "label" and display.split() and main.term.split():
            # Keep the number the author chose for the label ("Tributary"),
            # whatever the running text uses more often.
            shown, labelled = display.split()[-1], main.term.split()[-1]
            if fold(shown) != fold(labelled) and singular(fold(shown)) == singular(fold(labelled)):
                display = " ".join(display.split()[:-1] + [labelled.lower() if len(display.split()) > 1 else labelled])
        sources = {c.source for c in group}
        confidence = min(_MAX_CONFIDENCE, best.confidence + _PER_EXTRA_SOURCE * (len(sources) - 1))
        aliases: set[str] = set()
        for cand in group:
            aliases |= cand.aliases
            aliases.add(cand.term)
        key = term_key(display)
        for (surface, _initial) in forms.forms.get(key, {}):
            aliases.add(surface)
        aliases |= _number_variants(display)
        seen = {display.lower()}
        clean_aliases = []
        for alias in sorted(aliases, key=lambda a: (a.lower(), a)):
            if alias.lower() in seen:
                continue
            seen.add(alias.lower())
            clean_aliases.append(alias)
        definition = best.definition
        if fold(definition.rstrip(".")) == fold(display) and len(group) > 1:
            # "Transport Layer Security: Transport Layer Security.": the next-best evidence explains.
            definition = next((c.definition for c in group[1:] if fold(c.definition.rstrip(".")) != fold(display)),
                              definition)
        if best.mask and main is not best:
            definition = finish_definition(mask_term(definition, term_key(main.term))) or definition
        terms.append(Term(
            term=display, key=key, definition=definition, kind=kind,
            section_anchor=best.section.anchor, sentence=best.sentence,
            aliases=tuple(clean_aliases), confidence=round(confidence, 2), rule=best.rule,
        ))
    return tuple(terms)
