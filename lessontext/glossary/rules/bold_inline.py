"""Terms the author sets in bold mid-sentence: "NP is the **T**", "... the **T**: what it says"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.appositive_clauses import event_for_thing
from lessontext.glossary.bold_does import does_in_present
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_generic, valid_term
from lessontext.glossary.conditions import UNRESOLVED_IN_CLAUSE, condition_then_state
from lessontext.glossary.participles import nouns_then_participle
from lessontext.glossary.phrases import (
    AUXILIARIES,
    PREPOSITIONS,
    PRONOUN_START,
    finite_verb,
    has_anaphora,
    predicate_of,
    word_at,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.vocabulary import TermKind
from lessontext.words import fold, getAllLemmas, getInflection, word_pos

from lessontext.glossary.rules import RULES  # isort: skip

# "The interest rate quoted by a bank is the **nominal rate**": the author names the subject in bold.
COMPLEMENT_CONFIDENCE = 0.7
# "Lord Atkin set out the **neighbour principle**: we must take ...": the colon gives what the term says.
COLON_CONFIDENCE = 0.7
# "The **circle of fifths** arranges the twelve major keys ...": the bold subject by what it does.
SUBJECT_CONFIDENCE = 0.65
# Verbs that say what the thing is or has rather than what it does.
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|his|her|him)\b", re.I)
_NOT_DOING = frozenset("is are was were has have had becomes seems appears remains includes contains means".split())

# Nouns whose content is a proposition: "the principle that we must ...".
_PROPOSITION_HEADS = frozenset(
    "principle rule test doctrine idea maxim theory law hypothesis assumption presumption".split()
)
# "The main idea is the **X**", "The first is the **X**": a subject that ranks or counts is no explanation.
_RANKING = frozenset("most least main key first second third last only other best next same important".split())
_MIN_SUBJECT_WORDS = 3
# "made of", "built on", "consisting of": a participle that says what the thing is made of or how it is built.
_IRREGULAR_PARTICIPLES = frozenset("made built held kept found set put sent meant known given taken".split())
# "two semitones make a **tone**": a counted plural is what the term amounts to.
_AMOUNT_VERBS = r"(?:make|makes|form|forms|make\s+up|form\s+up)"
_MAX_SUBJECT_WORDS = 16


def _bold_terms(context: Context) -> list[str]:
    terms = context.memo.get("inline_bold_terms")
    if terms is None:
        terms = context.memo["inline_bold_terms"] = sorted(
            {b for b in context.document.emphasis if valid_term(b, strict=False) and not is_generic(b)},
            key=lambda b: (-len(b), b))
    return terms  # type: ignore[return-value]


def _superlative(word: str) -> bool:
    lemmas = getAllLemmas(word).get("ADJ", ())
    return word.endswith("est") and bool(lemmas) and all(lemma != word for lemma in lemmas)


def _plain_subject(subject: str) -> bool:
    """"The interest rate quoted by a bank": a noun phrase that describes, not "It", "This", "The most important"."""
    words = [fold(w) for w in word_list(subject)]
    if not (_MIN_SUBJECT_WORDS <= len(words) <= _MAX_SUBJECT_WORDS) or words[0] not in {"the", "a", "an"}:
        return False
    if any(w in _RANKING or _superlative(w) for w in words[1:3]):
        return False
    return not has_anaphora(subject) and not PRONOUN_START.match(subject) and "," not in subject


_USUAL_ASIDE = re.compile(r",\s+(?:usually|often|typically|normally|generally)\s+(?:an?|the)\s+[^,]+$")


def _complement(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"NP is the **T**." -> NP; "NP is the **T**: clause" -> "NP: clause"; "What ... is the **T**, which R" -> "A head that R".

    A second main clause after "; " ("...is an **aquifer**; many wells draw on aquifers") says something else.
    """
    match = re.match(
        rf"^(?P<subj>.+?)\s+(?:is|are)\s+(?:the|an?)\s+{re.escape(term)}"
        rf"(?:\s*(?P<end>[.!]?)$|;\s+(?P<next_clause>.+)$|:\s+(?P<colon>.+)$|,\s+(?:which|that|who)\s+(?P<rel>[^,;]+?)\.?$)",
        DISCOURSE_OPENER.sub("", sentence.strip()), re.I)
    if not match:
        return None
    subject = match.group("subj").strip()
    if not _plain_subject(subject) and (last := re.split(r",\s+and\s+", subject)[-1].rstrip(",")) != subject:
        # "..., and the boundary between one basin and the next, usually a ridge, is the **watershed**": the last clause's
        subject = last if _plain_subject(_USUAL_ASIDE.sub("", last)) else subject
    if _plain_subject(_USUAL_ASIDE.sub("", subject)):
        definition = subject
        if match.group("colon"):
            definition = f"{subject}: {rephrase.lower_first(match.group('colon'))}"
    elif match.group("rel") and subject.split()[0].lower() == "what" and len(word_list(term)) > 1:
        definition = rephrase.genus_phrase(term, match.group("rel"))
    else:
        return None
    definition = finish_definition(definition) if not has_anaphora(definition) else None
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, COMPLEMENT_CONFIDENCE, "pattern")


def _participle(word: str) -> bool:
    word = word.lower()
    return "VERB" in word_pos(word) and (word.endswith(("ed", "ing")) or word in _IRREGULAR_PARTICIPLES)


def _described_complement(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"The most basic chord is the **triad**, made of three notes: ..." -> "A chord made of three notes: ..."."""
    match = re.match(
        rf"^(?:the|an?)\s+(?P<subj>[^,;:]+?)\s+(?:is|are)\s+(?:the|an?)\s+{re.escape(term)},\s+"
        r"(?P<part>(?P<verb>[a-z]+)\s+(?:of|from|on|by|with|in)\s+[^;]+?)\.?$",
        DISCOURSE_OPENER.sub("", sentence.strip()), re.I)
    if not match or not _participle(match.group("verb")):
        return None
    head = word_list(match.group("subj"))[-1:]
    if not head or word_pos(head[0].lower()) != {"NOUN"} or not head[0].islower() or len(word_list(term)) > 3:
        return None
    definition = finish_definition(f"{rephrase.article(head[0])} {head[0]} {match.group('part')}")
    if not definition or has_anaphora(definition):
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, COMPLEMENT_CONFIDENCE, "pattern")


def _amount(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"... and two semitones make a **tone** (or whole step)." -> "Two semitones together.", alias "whole step"."""
    match = re.search(
        rf"(?:^|,\s+|\band\s+)(?P<amount>(?P<number>[a-z]+)\s+(?P<noun>[a-z]+))\s+{_AMOUNT_VERBS}\s+(?:an?|one)\s+"
        rf"{re.escape(term)}(?:\s+\((?:or|also called)\s+(?P<alias>[a-z][a-z -]+)\))?\s*[.;]?$",
        sentence.strip(), re.I)
    if not match or match.group("number").lower() not in lexicon.NUMBER_WORDS or not match.group("noun").endswith("s"):
        return None
    if "NOUN" not in word_pos(match.group("noun").lower()):
        return None
    definition = finish_definition(f"{match.group('amount')} together")
    if not definition:
        return None
    aliases = {match.group("alias").strip()} if match.group("alias") else set()
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, COMPLEMENT_CONFIDENCE, "pattern",
                     aliases=aliases)


def _bold_subject(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"The **circle of fifths** arranges the twelve major keys so that ..." -> "A circle that arranges ..."."""
    match = re.match(rf"^(?:The|An?)\s+{re.escape(term)}\s+(?P<rest>[a-z].+)$", sentence.strip())
    words = word_list(term)
    if not match or len(words) < 2 or not term.islower():
        return None
    verb = fold(match.group("rest").split()[0])
    predicate = predicate_of(match.group("rest").rstrip(" :"), plural=False)
    if (not predicate or verb in _NOT_DOING or not verb.endswith("s") or has_anaphora(predicate)
            or _PRONOUN.search(predicate)):
        return None
    cut = next((i for i, w in enumerate(words) if w in {"of", "on", "for", "in"}), len(words))
    genus = words[cut - 1] if 0 < cut else ""
    if not genus or "NOUN" not in word_pos(genus) or genus.endswith("s"):
        return None
    definition = finish_definition(f"{rephrase.article(genus)} {genus} that {predicate.split(';')[0]}")
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, SUBJECT_CONFIDENCE, "pattern")


def _named_then_it(term: str, sentence: str, previous: str, section: DocumentSection) -> Candidate | None:
    """"... the **staging area**, also called the index. It sits between ..." -> "An area that sits between ..."."""
    named = re.search(rf"(?:^|\s)the\s+{re.escape(term)}(?:,\s+(?:also\s+)?(?:called|known as)\s+(?:the\s+)?"
                      rf"(?P<alias>[a-z][a-z -]{{1,30}}?))?\.$", previous.strip(), re.I)
    words = word_list(term)
    if not named or len(words) < 2 or not term.islower():
        return None
    it = re.match(r"^It\s+(?P<rest>[a-z].+)$", sentence.strip())
    predicate = predicate_of(it.group("rest"), plural=False) if it else None
    head = words[-1]
    if (not predicate or fold(predicate.split()[0]) in _NOT_DOING or _PRONOUN.search(predicate)
            or has_anaphora(predicate) or "NOUN" not in word_pos(head) or head.endswith("s")):
        return None
    definition = finish_definition(f"{rephrase.article(head)} {head} that {predicate}")
    if not definition:
        return None
    aliases = {named.group("alias").strip()} if named.group("alias") else set()
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, SUBJECT_CONFIDENCE, "pattern",
                     aliases=aliases)


def _made_by_doing(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"Adding a fourth note, a seventh above the root, produces a **seventh chord**." -> "A chord produced by adding ..."."""
    match = re.match(rf"^(?P<doing>[A-Z][a-z]+ing)\s+(?P<what>[^;:]+?),?\s+(?P<verb>produces|gives|creates|forms|makes|"
                     rf"yields)\s+(?:an?|the)\s+{re.escape(term)}\s*\.?$", sentence.strip())
    words = word_list(term)
    if not match or len(words) < 2 or not term.islower() or "VERB" not in word_pos(match.group("doing").lower()):
        return None
    head = words[-1]
    made = (getInflection(match.group("verb")[:-1] if match.group("verb") != "makes" else "make", "VBN") or ("",))[0]
    if not made or "NOUN" not in word_pos(head) or head.endswith("s") or _PRONOUN.search(match.group("what")):
        return None
    definition = finish_definition(
        f"{rephrase.article(head)} {head} {made} by {match.group('doing').lower()} {match.group('what')}")
    if not definition or has_anaphora(definition):
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, COMPLEMENT_CONFIDENCE, "pattern")


def _ranked_kind(term: str, sentence: str, previous: str, bold: list[str], section: DocumentSection) -> Candidate | None:
    """"... produces a **seventh chord**. The most important is the **dominant seventh**, built on the fifth degree: ..."
    -> "A seventh chord built on the fifth degree" (the kind the sentence before names in bold)."""
    match = re.match(rf"^The\s+(?:most|main|best)\s+[a-z]+\s+(?:is|are)\s+the\s+{re.escape(term)},\s+"
                     r"(?P<part>(?P<verb>[a-z]+)\s+(?:on|of|from|by|with|in)\s+[^:;,]+?)\s*(?:[:;.]|$)", sentence.strip())
    kind = re.search(r"\s(?:an?|the)\s+(?P<kind>[a-z]+(?:\s[a-z]+){0,2})\.$", previous.strip())
    if not match or not kind or kind.group("kind") not in bold or not _participle(match.group("verb")):
        return None
    definition = finish_definition(f"{rephrase.article(kind.group('kind'))} {kind.group('kind')} {match.group('part')}")
    if not definition or has_anaphora(definition) or _PRONOUN.search(definition):
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, SUBJECT_CONFIDENCE, "pattern")


def _noun_phrase_gloss(says: str) -> str | None:
    """"a bug fix that changes nothing else", "new features that remain compatible": a noun phrase, not a clause."""
    words = word_list(says)
    if not words:
        return None
    if fold(words[0]) in {"a", "an"}:
        # "independent: a coin has no memory": an article and a noun, then the clause's own verb, is a reason
        # given for what came before the colon, not a noun phrase that says what the bold word is.
        for word in words[1:6]:
            lw = word.lower()
            if lw in {"that", "which", "who", "whose", "where", "when"}:
                break
            if lw in AUXILIARIES:
                return None
        return says
    relative = re.search(r"\s(?:that|which|who)\s", says)
    before = word_list(says[: relative.start()]) if relative else []
    if before and len(before) <= 3 and says[:1].islower() and all(word_pos(w) & {"NOUN", "ADJ"} for w in before) \
            and "NOUN" in word_pos(before[-1]):
        return says
    return says if nouns_then_participle(says) else None


def _colon_gloss(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"... the **neighbour principle**: we must ..." -> "The principle that we must ..."; "a **patch**: a bug fix ..."."""
    # "... some are **pathogens**: organisms that ...", "... concentrates on **phonetics**: how ...": a bare plural
    # or mass noun after its verb or preposition glosses the same way.
    match = re.search(rf"(?:\b(?:the|an?)\s+|(?<=[a-z] ))(?P<term>{re.escape(term)}(?:\s+(?P<head>[a-z]+))?)"
                      rf":\s+(?P<says>\S.+)$", sentence, re.I)
    if not match or match.start() == 0 or has_anaphora(match.group("says")):
        return None
    says = match.group("says").strip().split(";")[0]
    if match.group("head") and "NOUN" not in word_pos(match.group("head")):
        return None
    term = match.group("term")  # "a **minor** release: ...": the bold modifier and its noun
    term_words = [fold(w) for w in word_list(term)]
    # "the **law of effect**": the head of "N of N" is the first noun.
    head = term_words[term_words.index("of") - 1] if "of" in term_words[1:] else term_words[-1]
    says_words = word_list(says)
    first = fold(says_words[0]) if says_words else ""
    # A proposition: "we must ...", "a person is ...", "no one may ...", "behaviours followed by ... become ...":
    # a clause with its own subject.
    plural_subject = (first.endswith("s") and "NOUN" in word_pos(first) and says[:1].islower()
                      and any(w.lower() in AUXILIARIES or finite_verb(w, plural=True) for w in says_words[1:]))
    if head in _PROPOSITION_HEADS and (first in {"we", "you", "a", "an", "the", "no", "every", "each", "one",
                                                 "people", "anyone", "everyone"} or plural_subject):
        definition = finish_definition(f"The {head} that {rephrase.lower_first(says)}")
    elif gloss := _noun_phrase_gloss(says):
        noun = match.group("head")
        if noun and fold(word_list(gloss)[0]) not in {"a", "an"}:
            # "a **minor** release: new features that ..." -> "A release with new features that ...".
            gloss = f"{rephrase.article(noun)} {noun} with {gloss}"
        definition = finish_definition(gloss)
    else:
        return None
    if not definition or not valid_term(term, strict=False):
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, COLON_CONFIDENCE, "pattern")


# "... use the **midpoint method**, which divides each change by ...", "In **alcoholic fermentation**, which
# is carried out by yeast, ...": the relative clause after the bold phrase says what it is or does.
_WHICH_AFTER_BOLD = r",\s+which\s+(?P<rel>[^,;:()]+?)\s*(?=[,;:.]|$)"
_WHICH_IS = re.compile(r"^(?:is|are)\s+(?P<np>(?!(?:a|an|the|one|also|not|usually|often|always|very|more|less)\b)[a-z][^,;]*)$")


# "**shaping**, which means reinforcing successive approximations ...", "**learning**, which psychologists define as
# a relatively permanent change ...": the author's own gloss of the bold term.
DEFINED_AS_CONFIDENCE = 0.8
_WHICH_MEANS = (r",\s+(?:which\s+(?:means|is\s+defined\s+as|(?:[a-z]+\s+){0,2}define\s+as|(?:[a-z]+\s+){0,2}defines\s+as)"
                r"|defined\s+as)\s+(?P<gloss>[^;:()]{8,200}?)\s*(?=[;:.]|$)")
# "five **nuclear-weapon states**, defined as those that had ...": "those" stands for the term's head noun.
_THOSE = re.compile(r"^those\s+(?=that|who|which)")


def _which_means(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"**shaping**, which means reinforcing ..." -> "Reinforcing ..."; "**X**, which psychologists define as Y" -> "Y"."""
    match = re.search(re.escape(term) + _WHICH_MEANS, sentence, re.I)
    if not match or match.group("gloss").startswith("that "):
        return None  # "which means that prices rise": a consequence, not a gloss
    gloss = match.group("gloss")
    if _THOSE.match(gloss):
        head = word_list(term)[-1]
        if not head.islower() or not head.endswith("s"):
            return None
        gloss = _THOSE.sub(f"{head} ", gloss)
    if UNRESOLVED_IN_CLAUSE.search(gloss):
        return None
    definition = finish_definition(gloss)
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, DEFINED_AS_CONFIDENCE, "pattern")


def _which_after(term: str, sentence: str, section: DocumentSection, context: Context) -> Candidate | None:
    """"**total revenue**, which is price multiplied by quantity" -> "Price multiplied by quantity" (a single bold
    word too: "**enzymes**, which are biological catalysts ..."); "the **midpoint method**, which divides each change ..." -> "A method that divides each change ..."."""
    match = re.search(re.escape(term) + _WHICH_AFTER_BOLD, sentence, re.I)
    if not match:
        return None
    rel = match.group("rel").strip()
    if len(word_list(rel)) < 3 or UNRESOLVED_IN_CLAUSE.search(rel):
        return None
    copula = _WHICH_IS.match(rel)
    if copula and word_list(copula.group("np"))[0].lower().endswith(("ed", "en")):
        copula = None  # "which is carried out by yeast": a passive, said of the head noun
    if copula is None and len(word_list(term)) < 2:
        # "an **ammeter**, which must be connected ...": no head noun to say what it is; "**enzymes**, which are
        # biological catalysts made of protein" names what it is, so a single word needs none.
        definition = finish_definition(rel) if does_in_present(term, rel, sentence, context) else None
        if not definition:
            return None
        return Candidate(term, definition, TermKind.DEFINED, section, sentence, SUBJECT_CONFIDENCE, "pattern")
    definition = finish_definition(copula.group("np") if copula else rephrase.genus_phrase(term, rel))
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, SUBJECT_CONFIDENCE, "pattern")


# "... call **confidence-building measures**, steps that reduce suspicion ...": the phrase after the comma says what it is.
APPOSITIVE_CONFIDENCE = 0.7
_FINAL_APPOSITIVE = re.compile(r",\s+(?P<np>[a-z][^;:()]+?)[.!?]?$")
_VERB_TO_THE_END = re.compile(r",\s+(?P<verb>[a-z]+)\s[^,]*$")  # (not ", developed later in ..., that ...")
_MIN_APPOSITIVE_WORDS = 4


# "the interest earned in each period is added to ...": a clause before any relative word is no noun phrase.
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b", re.I)
_COPULA_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.I)
_LIST_LEAD_WORDS = 2
_SUBORDINATORS = frozenset("when if as although though while because since once unless whereas".split())
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became)\s+(?:\w+\s+)?$", re.I)


def _starts_list(np: str, other: str) -> bool:
    """"the **velum** or soft palate, the **uvula**": the appositive opens with another bold term, a list."""
    at = np.lower().find(other.lower())
    return at >= 0 and len(word_list(np[:at])) <= _LIST_LEAD_WORDS


def _opening_phrase(before: str) -> bool:
    """"In the", "When demand is": the bold term ends an opening phrase, and the comma starts the main clause."""
    words = [fold(w) for w in word_list(before)]
    return bool(words) and "," not in before and (words[0] in PREPOSITIONS or words[0] in _SUBORDINATORS)


def _final_appositive(term: str, sentence: str, bold: list[str], section: DocumentSection) -> Candidate | None:
    """"a **product life cycle**, the stages of introduction, growth ... follow" -> "The stages of introduction, ..."."""
    at = word_at(term, sentence)
    match = _FINAL_APPOSITIVE.match(sentence, at + len(term)) if at > 0 else None
    if not match or _COPULA_BEFORE.search(sentence[:at]) or _opening_phrase(sentence[:at]):
        return None  # "demand is **inelastic**, a price rise ...", "In the **upper valley**, the glacier ...": a clause
    np = match.group("np")  # (", the time for one orbit, rises steeply": the subject's present verb ends it; test-ee)
    np = np[: c.start()] if (c := _VERB_TO_THE_END.search(np)) and c["verb"].endswith("s") and finite_verb(c["verb"]) else np
    words = word_list(np)
    head = _RELATIVE_WORD.split(np, maxsplit=1)[0]
    if (len(words) < _MIN_APPOSITIVE_WORDS or UNRESOLVED_IN_CLAUSE.search(np) or _COPULA_WORD.search(head)
            or any(_starts_list(np, other) for other in bold if other.lower() not in term.lower())):
        return None  # a clause ("the interest earned is added"), a list of bold terms, a gloss pointing outside itself
    if event_for_thing(term, np):
        return None  # "between the two **amino acids**, a reaction that ...": the clause summed up (test-cq)
    if (words[0].lower().endswith("ing") and words[0].lower() != "meaning" and "VERB" in word_pos(words[0].lower())
            and not term.lower().endswith("ing")):
        return None  # "added as a **decolouriser**, countering the tint ...": what the subject does (test-cv, both raters)
    gloss = np if fold(words[0]) == "the" and fold(words[1]) not in _RANKING else _noun_phrase_gloss(np)
    definition = finish_definition(gloss) if gloss else None
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, APPOSITIVE_CONFIDENCE, "pattern")


# "A new assembly elected by broader male suffrage, the **National Convention**, abolished ...": the subject named.
_SUBJECT_THEN_NAME = re.compile(r"^(?P<np>(?:A|An|The)\s+[^,;:]{3,100}),\s+(?:the\s+)?$")
_COMMA_THEN_VERB = re.compile(r",\s+(?P<verb>[a-z]+)\s")


def _subject_then_name(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"A new assembly elected by ..., the **National Convention**, abolished ..." -> "A new assembly elected by ..."."""
    at = word_at(term, sentence)
    match = _SUBJECT_THEN_NAME.match(sentence[:at]) if at > 0 else None
    verb = _COMMA_THEN_VERB.match(sentence, at + len(term)) if match else None
    if not verb or not finite_verb(verb.group("verb")):
        return None
    np = match.group("np")
    if len(word_list(np)) < _MIN_SUBJECT_WORDS or UNRESOLVED_IN_CLAUSE.search(np):
        return None
    definition = finish_definition(np)
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, APPOSITIVE_CONFIDENCE, "pattern")


# "Lauterborn proposed the **4Cs** as a customer-centred alternative: customer solution instead of product, ...".
_PROPOSED_BEFORE = re.compile(r"\b(?:proposed|introduced|presented|put\s+forward|defined)\s+(?:the\s+)?$", re.I)
_AS_ROLE = re.compile(r"\s+as\s+(?P<np>an?\s+[^,;:]{3,80}?)(?::\s+(?P<says>[^;]{5,240}?))?[.!?]?$")


def _proposed_as(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"X proposed the **4Cs** as a customer-centred alternative: ..." -> "A customer-centred alternative: ..."."""
    at = word_at(term, sentence)
    if at <= 0 or not _PROPOSED_BEFORE.search(sentence[:at]):
        return None
    match = _AS_ROLE.match(sentence, at + len(term))
    if not match:
        return None
    says = match.group("says")
    definition = finish_definition(f"{match.group('np')}: {says}" if says else match.group("np"))
    if not definition or has_anaphora(definition):
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, APPOSITIVE_CONFIDENCE, "pattern")


# "When two genes are followed at once in a **dihybrid cross** between ..., the ratio is ...": the setting it names.
_WHEN_IN_A = re.compile(r"^When\s+(?P<clause>[^,;:]{8,140}?)\s+in\s+an?\s+$")


def _when_in_a(term: str, sentence: str, section: DocumentSection) -> Candidate | None:
    """"When two genes are followed at once in a **dihybrid cross**, ..." -> "A cross in which two genes are followed ..."."""
    at = word_at(term, sentence)
    match = _WHEN_IN_A.match(sentence[:at]) if at > 0 else None
    words = word_list(term)
    if not match or len(words) < 2 or "NOUN" not in word_pos(fold(words[-1])):
        return None  # a one-word term has no head noun to say what it is
    clause = match.group("clause")
    if UNRESOLVED_IN_CLAUSE.search(clause):
        return None
    head = words[-1].lower()
    definition = finish_definition(f"{rephrase.article(head)} {head} in which {clause}")
    if not definition:
        return None
    return Candidate(term, definition, TermKind.DEFINED, section, sentence, APPOSITIVE_CONFIDENCE, "pattern")


def find_bold_inline(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """A phrase the author set in bold in the middle of a sentence, where the sentence says what it is.

    "The interest rate quoted by a bank is the **nominal rate**" gives the
    subject as the definition (a subject that ranks, "The most important is
    the **X**", or points back, "This is the **X**", does not explain);
    "A useful shortcut is the **rule of 72**: divide ..." adds what follows
    the colon; "Lord Atkin set out the **neighbour principle**: we must take
    reasonable care ..." gives a principle, rule or test the proposition it
    states; "The most basic chord is the **triad**, made of three notes ..."
    gives "A chord made of three notes ..." (the subject's noun and the
    participle that describes it); "two semitones make a **tone** (or whole
    step)" gives "Two semitones together", the bracketed name an alias;
    "The **circle of fifths** arranges the twelve major keys ..." gives "A
    circle that arranges ..." (the bold subject by what it does, named by its
    head noun, a little less sure); "... the **staging area**, also called
    the index. It sits between ..." gives "An area that sits between ..."
    (the sentence after the one that names it), the other name an alias;
    "Adding a fourth note ... produces a **seventh chord**" gives "A chord
    produced by adding a fourth note ..."; "When spending exceeds income, the
    result is a **deficit**" gives "The result when spending exceeds income"
    and "If the vocal folds vibrate ..., the sound is **voiced**" gives "Said
    of a sound when the vocal folds vibrate ..." (a condition that names no
    one and points back to nothing).
    """
    lowered = sentence.lower()
    out = []
    previous = (context.previous or "").lower()
    for term in _bold_terms(context):
        if previous and term.lower() in lowered and (found := _ranked_kind(term, sentence, context.previous or "",
                                                                         _bold_terms(context), section)):
            out.append(found)
            continue
        if previous and term.lower() in previous and sentence.startswith("It "):
            found = _named_then_it(term, sentence, context.previous or "", section)
            if found:
                out.append(found)
                continue
        if term.lower() not in lowered or lowered.startswith(term.lower()):
            continue
        found = (_which_means(term, sentence, section)
                 or _final_appositive(term, sentence, _bold_terms(context), section)
                 or condition_then_state(term, sentence, section)
                 or _subject_then_name(term, sentence, section)
                 or _proposed_as(term, sentence, section)
                 or _when_in_a(term, sentence, section)
                 or _complement(term, sentence, section) or _described_complement(term, sentence, section)
                 or _colon_gloss(term, sentence, section) or _amount(term, sentence, section)
                 or _bold_subject(term, sentence, section) or _made_by_doing(term, sentence, section)
                 or _which_after(term, sentence, section, context))
        if found:
            out.append(found)
    return out


BOLD_INLINE = RULES.register(Rule(
    name="bold_inline", priority=79, scope=Scope.SENTENCE, confidence=COMPLEMENT_CONFIDENCE, find=find_bold_inline,
    examples=(
        finds("# Markets\n\nAn externality affects a **third party**, meaning someone who is neither the buyer nor the"
              " seller.\n", "third party"),
        misses("# Glass\n\nSmall amounts of manganese were added as a **decolouriser**, countering the greenish tint left"
               " by iron.\n", "decolouriser"),
        misses("# Circuits\n\nThe two lamps are wired in **parallel**. The lamps are parallel: a fault in one does not"
               " put out the other.\n", "parallel"),
        misses("# Circuits\n\nThe two lamps are **parallel**: a lamp can fail without putting out the other.\n",
               "parallel"),
        finds("# Rates\n\nThe interest rate quoted by a bank is the **nominal rate**.\n", "nominal rate"),
        finds("# Rivers\n\nThe land a river drains is its **basin**, and the boundary between one basin and the next, "
              "usually a ridge of high ground, is the **watershed**.\n", "watershed"),
        misses("# Rivers\n\nIt rained hard, and it is the **watershed**.\n", "watershed"),
        finds("# Germs\n\nMost microbes are harmless, but some are **pathogens**: organisms that cause disease.\n",
              "pathogens"),
        finds("# Relief\n\nMuch of this help was **outdoor relief**: money, food or clothing given to people in their "
              "own homes.\n", "outdoor relief"),
        finds("# Commas\n\nThe first example is a **comma splice**: two complete sentences joined only by a comma.\n",
              "comma splice"),
        misses("# Peace\n\nThe movement grew out of **pacifism**: people believed in peace above all.\n", "pacifism"),
        misses("# Egypt\n\nThe organs went into **canopic jars**: each guarded by one of four gods.\n", "canopic jars"),
        finds("# Tort\n\nLord Atkin set out the **neighbour principle**: we must take reasonable care to avoid "
              "acts that could injure our neighbour.\n", "neighbour principle"),
        misses("# Chords\n\nThe most important is the **dominant seventh**.\n", "dominant seventh"),
        finds("# Learning\n\nAnimals can be taught through **shaping**, which means reinforcing successive "
              "approximations to the desired behaviour.\n", "shaping"),
        finds("# Learning\n\nBoth are examples of **learning**, which psychologists define as a relatively permanent "
              "change in behaviour.\n", "learning"),
        misses("# Prices\n\nDemand is **elastic**, which means that prices matter.\n", "elastic"),
        finds("# Plants\n\nGlucose is joined into **cellulose**, which strengthens cell walls.\n", "cellulose"),
        misses("# Budgets\n\nThe budget shows a **surplus**, which can be saved or spent.\n", "surplus"),
        finds("# Treaty\n\nThe treaty recognises five **nuclear-weapon states**, defined as those that had exploded a "
              "nuclear device before 1967: the United States and others.\n", "nuclear-weapon states"),
        finds("# Learning\n\nThorndike summarised this in the **law of effect**: behaviours followed by satisfying "
              "consequences become more likely.\n", "law of effect"),
        finds("# Versions\n\n- a new middle number signals a **minor** release: new features that remain compatible.\n",
              "minor release"),
        misses("# Rates\n\nThe interest rate quoted by a bank is the nominal rate.\n", "nominal rate"),
        finds("# Chords\n\nThe most basic chord is the **triad**, made of three notes: a root, a third and a fifth.\n",
              "triad"),
        misses("# Chords\n\nThe most basic chord is the **triad**, which we meet next.\n", "triad"),
        finds("# Steps\n\nThe octave has twelve steps, and two semitones make a **tone** (or whole step).\n", "tone"),
        misses("# Steps\n\nThese notes make a **tone** when played together.\n", "tone"),
        finds("# Keys\n\nThe **circle of fifths** arranges the twelve major keys so that each key is a perfect fifth "
              "above the previous one.\n", "circle of fifths"),
        misses("# Keys\n\nThe **circle of fifths** shows them clearly.\n", "circle of fifths"),
        finds("# Chords\n\nAdding a fourth note, a seventh above the root, produces a **seventh chord**.\n",
              "seventh chord"),
        misses("# Chords\n\nAdding it produces a **seventh chord**.\n", "seventh chord"),
        finds("# Chords\n\nAdding a seventh produces a **seventh chord**. The most important is the **dominant "
              "seventh**, built on the fifth degree: G7 in C major.\n", "dominant seventh"),
        misses("# Chords\n\nAdding a seventh produces a chord. The most important is the **dominant "
               "seventh**, built on the fifth degree.\n", "dominant seventh"),
        finds("# Trust\n\nOver time, repeated meetings build what specialists call **confidence-building measures**, steps "
              "that reduce suspicion by making intentions more transparent.\n", "confidence-building measures"),
        finds("# Cells\n\nBiologists think of a cell as passing through a **cell cycle**, the stages of growth, "
              "copying and division that most cells follow over time.\n", "cell cycle"),
        misses("# Speech\n\nThe places include the **hard palate**, the **velum** or soft palate and the tongue.\n",
               "hard palate"),
        misses("# Demand\n\nWhen demand is **inelastic**, a price rise increases total revenue, which we see.\n",
               "inelastic"),
        misses("# Interest\n\nBanks pay **compound interest**, the interest earned in each period is added to the "
               "balance.\n", "compound interest"),
        finds("# Genes\n\nIf an organism has two identical alleles for a gene, it is described as **homozygous** for "
              "that gene.\n", "homozygous"),
        misses("# Genes\n\nIf it has two different alleles, it is **heterozygous**.\n", "heterozygous"),
        misses("# Genes\n\nIf an organism has them, it is **heterozygous**.\n", "heterozygous"),
        finds("# Budgets\n\nWhen spending exceeds income, the result is a **deficit**.\n", "deficit"),
        misses("# Budgets\n\nWhen this plan fails, the result is a **deficit**.\n", "deficit"),
        finds("# Revolution\n\nA new assembly elected by broader male suffrage, the **National Convention**, abolished "
              "the monarchy.\n", "National Convention"),
        misses("# Revolution\n\nThe new body, the **National Convention**, was elected in 1792.\n",
               "National Convention"),
        finds("# Marketing\n\nIn 1990 a professor proposed the **4Cs** as a customer-centred alternative: customer "
              "solution instead of product and cost instead of price.\n", "4Cs"),
        misses("# Marketing\n\nIn 1990 a professor proposed the **4Cs** to his students.\n", "4Cs"),
        finds("# Genes\n\nWhen two genes are followed at once in a **dihybrid cross** between two plants, the ratio "
              "is 9 : 3 : 3 : 1.\n", "dihybrid cross"),
        misses("# Genes\n\nWhen they are followed in a **dihybrid cross**, the ratio changes.\n", "dihybrid cross"),
        misses("# Speech\n\nThey worked with the **hard palate**, the one they had studied before.\n", "hard palate"),
        finds("# Git\n\nGit has one new idea: the **staging area**, also called the index. It sits between the "
              "working copy and the repository.\n", "staging area"),
        misses("# Git\n\nGit has one new idea: the **staging area**, also called the index. It is useful.\n",
               "staging area"),
    ),
))
