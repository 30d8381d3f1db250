"""Names, roles and glosses in running prose, where no definition verb is used.

"The chief officials were the two consuls, who ...", "their own officials,
the tribunes, who ...", "four chambers: two atria, which ...", "the
systolic pressure, measured while ...", "The Krebs cycle produces ...",
"overlapping chains, which together form a food web", "shows price
leadership: when ...", "When A, B, and a surplus appears".
"""

from __future__ import annotations

import re
from collections import Counter

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, is_vacuous, valid_term
from lessontext.glossary.phrases import (
    IT_WORD,
    MODALS,
    PREPOSITIONS,
    PRONOUN_START,
    REPORTING_VERBS,
    Guarded,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    np_before,
    participle_and_agent,
    plural_head,
    predicate_of,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, word_pos

# "The chief officials were the two consuls, who ...": a role with what its holders do.
ROLE_CONFIDENCE = 0.8
# "a tribune, who could veto ...": a person by what they do.
PERSON_CONFIDENCE = 0.7
# Listed, participle and appositive glosses ("two atria, which ...", "the systolic pressure, measured while ...").
GLOSS_CONFIDENCE = 0.75
# "shows price leadership: when ...", "When A, ... a surplus appears": a term by the situation it names.
CONDITION_CONFIDENCE = 0.7


_THEY = re.compile(r"\bthey\b")


_ROLE_SUBJECT = re.compile(
    r"^(?P<genus>(?:The|Its|Their)\s+[^,;]{3,60}?)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:two\s+|three\s+|four\s+)?"
    r"(?P<term>[a-z][\w-]+),\s+who\s+(?P<rel>[^;]+?)\.?$"
)


_ROLE_APPOSITIVE = Guarded(re.compile(
    r"\b(?P<genus>[a-z][\w-]+s),\s+the\s+(?P<term>[a-z][\w-]+(?:\s+of\s+the\s+[a-z][\w-]+)?),\s+who\s+(?P<rel>[^;,]+?)(?:[,;.]|$)"
), "who")


_ROLE_INDEFINITE = Guarded(re.compile(r"\b(?:a|an)\s+(?P<term>[a-z][\w-]+),\s+who\s+(?P<rel>[^;,]+?)(?:[,;.]|$)"), "who")


_LISTED_GLOSS = Guarded(re.compile(
    r"\b(?:two|three|four|five|several)\s+(?P<genus>[a-z][\w-]+s):\s+(?P<items>.+)$"
), ":")


_LISTED_ITEM = re.compile(
    r"(?:^|,\s+(?:and\s+)?|\band\s+)(?:two|three|four|one|the)\s+(?P<term>[a-z][\w-]+),\s+(?:which|that|who)\s+(?P<rel>[^,;]+?)(?=,|;|\.?$)"
)


# "the resting rate, measured while the muscles relax": the time or condition sets the term apart from
# its twin.  An agent or a place ("the major powers, supported by ...", "the direct line, measured at
# the port") says who acts or where, and "The line measured at the port" only restates the headword.
_PARTICIPLE_GLOSS = re.compile(
    r"\bthe\s+(?P<term>[a-z][\w-]+\s+[a-z][\w-]+),\s+(?P<verb>[a-z]+(?:ed|en|wn))\s+(?P<rest>(?:while|when|whenever|during|after|before)\s+[^,;]+?)(?=,|;|\.?$)"
)


_NAMED_THING = re.compile(
    r"^The\s+(?P<name>(?:[A-Z][\w–-]*\s+){1,3})(?P<head>[a-z][\w-]+)\s+(?P<verb>[a-z]+s)\s+(?P<rest>[^;]{10,}?)\.?$"
)


# "astronomers use stellar parallax, the small apparent shift in a star's position."
_FINAL_THE_GLOSS = re.compile(r",\s+the\s+(?P<appos>(?:[a-z][\w'-]*\s+){0,3}[a-z][\w-]*\s+(?:of|in|on|at|between|from|to)\s+[^,;:()]{3,140}?)\.?$")


# "...: A, the B of C, the D of E.": a colon opens a list whose items are set side by side with commas.
_COLON_LIST = re.compile(r":[^:;]*,[^:;]*$")


# "divided into patricians, members of old families, and plebeians, ..."
_PAIR_GLOSS = re.compile(
    r"\b(?:into|between|either|both)\s+(?P<term>[a-z][\w-]+),\s+(?P<appos>[a-z][\w-]+s\s+of\s+[^,;]{5,120}),\s+(?:and|or)\s+"
)


_TOGETHER_FORM = re.compile(
    r",\s+which\s+(?:together\s+)?(?:form|make up|constitute)\s+(?:an?|the)\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s*(?:[.;]|$)"
)


_SHOWS_COLON = Guarded(re.compile(
    r"\b(?:shows?|exhibits?|displays?|practi[cs]es?|follows?)\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?):\s+"
    r"(?P<clause>(?:when|whenever|if)\s+[^;]{10,}?)\.?$"
), ":")


_WHEN_APPEARS = re.compile(
    r"^When\s+(?P<cond>[^,;]{5,100}),\s+(?:(?P<main>[^,;]{5,120}),\s+and\s+)?an?\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s+"
    r"(?:appears|arises|occurs|results|develops)\.?$"
)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten hundred thousand million".split())


_RESOLVABLE_PRONOUN = re.compile(r"\b(?:it|they|them|its|their)\b")


_POSSESSIVE_OR_OBJECT_PRONOUN = re.compile(r"\b(?:its|their|them)\b")


_THE_PLURAL_NOUN = re.compile(r"\bthe\s+([a-z][\w-]+s)\b")


def _resolve_pronoun(text: str, before: str) -> str | None:
    """Replace "it"/"they" in ``text`` with the nearest fitting noun in ``before`` (None when none fits)."""
    if not _RESOLVABLE_PRONOUN.search(text):
        return text
    if _POSSESSIVE_OR_OBJECT_PRONOUN.search(text):
        return None
    if _THEY.search(text):
        found = _THE_PLURAL_NOUN.findall(before)
        found = [w for w in found if plural_head(w)]
        return _THEY.sub(f"the {found[-1]}", text) if found else None
    for word in reversed(word_list(before)):
        lw = word.lower()
        if lw in STOPWORDS or lw in {"which", "that", "who"} or not word.isalpha() or not word.islower() or len(lw) < 3 or lw in _NUMBER_WORDS:
            continue
        if "NOUN" in word_pos(lw) and not plural_head(lw) and not clear_verb_form(lw):
            return IT_WORD.sub(lw, text)
    return None


def _count(document_words: Counter[str], term: str) -> int:
    return document_words.get(singular(fold(word_list(term)[-1])), 0)


_POSSESSIVE_GENUS = re.compile(r"(?:Its|Their)\b")


_PERSONAL_PRONOUN = re.compile(r"\b(?:it|they|them|its|their|he|she|his|her)\b")


_CONJUNCTION_OR_RELATIVE = re.compile(r"\b(?:and|or|which|who|that)\b")
# "With X, the interest earned in each period is added ...", "for every transaction, the total of the debits must
# equal ...": a clause, not a closing appositive.
_FINITE_BE = re.compile(r"\b(?:is|are|was|were|must|should|can|cannot|will|would|may|might)\b")


# "..., the demand curve shifts to the right", "..., the decision to permit it rests with ...": a noun (or "it")
# followed by a present-tense verb and its preposition is a main clause after an opening clause, not an appositive.
_SUBJECT_AND_VERB = re.compile(r"\b(?P<subject>[a-z]+)\s+(?P<verb>[a-z]+s)\s+(?:to|with|on|in|at|from|into|by|for|the|an?)\b")


_PHRASE_PREPOSITIONS = frozenset("of in for on to at by with from into about between among".split())


def _has_main_verb(appositive: str) -> bool:
    """``appositive`` holds a subject and its finite verb ("the curve shifts to ...", "... it rests with"): a clause.

    A noun counts as the subject only in the appositive's first phrase: in "the use of star angles to ..."
    "angles" is a noun after a preposition, not a verb.
    """
    for m in _SUBJECT_AND_VERB.finditer(appositive):
        subject, before = m.group("subject"), appositive[: m.start()].split()
        first_phrase = not any(w in _PHRASE_PREPOSITIONS for w in before)
        if ((subject == "it" or first_phrase and subject not in STOPWORDS and not subject.endswith("s"))
                and finite_verb(m.group("verb"), plural=False)):
            return True
    return False


_QUANTIFIED_NP_AT_END = re.compile(r"\b(?P<np>(?:many|several|numerous|all|the|some)\s+[^,;]{3,60})$")


_IT_OR_POSSESSIVE = re.compile(r"\b(?:it|its|their|them)\b")


# "In a reaction, the concentration ... falls", "With no energy source left, the core collapses", "The more
# offspring, the closer the results ...": the noun before the comma sits in an opening phrase, and what follows
# is the main clause, not a gloss of it.
_OPENING_WORDS = PREPOSITIONS | frozenset("when if as because although though while since after before once unless".split())
_COMPARATIVE_OPENING = re.compile(r"^the\s+(?:more|less|fewer|greater|higher|lower|larger|smaller)\b", re.I)
# "at the other lies development, the engineering of ...": a locative inversion puts the verb before the term.
_INVERSION_VERBS = frozenset("lies lie lay stands stand stood sits sit sat".split())


def _in_opening_phrase(sentence: str, np_start: int) -> bool:
    """The noun phrase at ``np_start`` belongs to a phrase opening its clause, with no verb of its own."""
    segment_start = max(sentence.rfind(mark, 0, np_start) for mark in ",;:") + 1
    segment = sentence[segment_start:np_start].strip()
    words = word_list(segment)
    if _COMPARATIVE_OPENING.match(segment) or not segment and _COMPARATIVE_OPENING.match(sentence[np_start:]):
        return True
    if not segment_start and participle_and_agent(words):
        return True  # "Fed by an aqueduct, the water passed ...": a participle and its agent (test-dp, both raters)
    # ("By accepting the gifts, the guests act as ...": a preposition's gerund is no verb of a clause; test-dc)
    return bool(words) and words[0].lower() in _OPENING_WORDS and not any(
        clear_verb_form(w) and not (at == 1 and w.endswith("ing") and words[0].lower() in PREPOSITIONS)
        for at, w in enumerate(words[1:], 1))


def find_roles(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """Roles ("the two consuls, who ..."), listed glosses ("two atria, which ..."), participle and appositive glosses.

    A role or gloss is kept only when the sentence says what the thing does
    or is; words the lesson uses once ("a farmer, who ...") are not terms.
    """
    document_words = context.document_words
    out: list[Candidate] = []

    def add(term: str, definition: str | None, confidence: float, strict: bool = True) -> None:
        if not definition or not valid_term(term, strict=strict):
            return
        definition = finish_definition(definition)
        if definition and not has_anaphora(definition) and not is_vacuous(definition):
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, confidence, "pattern"))

    match = _ROLE_SUBJECT.match(sentence)
    if match and plural_head(match.group("genus")) == plural_head(match.group("term")):
        genus = match.group("genus")
        if not _POSSESSIVE_GENUS.match(genus) and _count(document_words, match.group("term")) >= 2:
            add(match.group("term"), f"{genus}, who {match.group('rel')}", ROLE_CONFIDENCE)
    for match in _ROLE_APPOSITIVE.finditer(sentence):
        genus = match.group("genus")
        if re.search(r",\s+who\b", sentence[: match.start()]):
            continue  # "the wardens, who kept the keys, the bailiffs, who ...": a list of glossed roles
        if "NOUN" in word_pos(singular(genus)) and genus not in lexicon.GENERIC_NOUNS and plural_head(genus):
            rel = _resolve_pronoun(match.group("rel"), "")
            if rel:
                add(match.group("term"), f"{genus} who {rel}", ROLE_CONFIDENCE, strict=False)
    for match in _ROLE_INDEFINITE.finditer(sentence):
        term = match.group("term")
        rel = match.group("rel")
        first = rel.split()[0]
        if (document_words and _count(document_words, term) >= 2 and "NOUN" in word_pos(term)
                and (finite_verb(first) or first in MODALS) and not _PERSONAL_PRONOUN.search(rel)):
            add(term, f"A person who {rel}", PERSON_CONFIDENCE)
    match = _LISTED_GLOSS.search(sentence)
    if match:
        genus = match.group("genus")
        items = match.group("items")
        if "NOUN" in word_pos(singular(genus)) and genus not in lexicon.GENERIC_NOUNS:
            listed = list(_LISTED_ITEM.finditer(items))
            for item in listed:
                before = items[: item.start("rel")]
                for other in listed:
                    before = before.replace(other.group("term"), "")
                rel = _resolve_pronoun(item.group("rel"), before)
                if rel and predicate_of(rel):
                    add(item.group("term"), f"{genus} that {rel}", GLOSS_CONFIDENCE)
    for match in _PARTICIPLE_GLOSS.finditer(sentence):
        term, verb = match.group("term"), match.group("verb")
        if "VERB" not in word_pos(verb):
            continue
        rest = _resolve_pronoun(match.group("rest"), sentence[: match.start()])
        head = word_list(term)[-1]
        if rest:
            add(term, f"The {head} {verb} {rest}", GLOSS_CONFIDENCE)
    match = _NAMED_THING.match(sentence)
    if match:
        name, head, verb = match.group("name").strip(), match.group("head"), match.group("verb")
        if ("NOUN" in word_pos(head) and head not in lexicon.GENERIC_NOUNS and finite_verb(verb, plural=False)
                and verb not in REPORTING_VERBS and not PRONOUN_START.match(match.group("rest"))):
            add(f"{name} {head}", f"{rephrase.article(head)} {head} that {verb} {match.group('rest')}", GLOSS_CONFIDENCE, strict=False)
    match = _FINAL_THE_GLOSS.search(sentence)
    if match and _COLON_LIST.search(sentence[: match.start()]):
        match = None  # "...: radar contacts, the positions of aircraft, the state of weapons.": a list's last items
    if (match and not _CONJUNCTION_OR_RELATIVE.search(match.group("appos")) and not _FINITE_BE.search(match.group("appos"))
            and not _has_main_verb(match.group("appos"))):
        np = np_before(sentence, match.start())
        if np and np[0].split() and np[0].split()[0] in _INVERSION_VERBS:
            verb = np[0].split()[0]
            np = (np[0][len(verb):].strip(), np[1] + len(verb) + 1)
        elif np and _in_opening_phrase(sentence, np[1]):
            np = None
        if np and np[0].islower() and _count(document_words, np[0]) >= 2:
            term = strip_article(np[0])
            words = term.split()
            for i in range(1, len(words) - 1):
                # "astronomers use stellar parallax": a subject and its verb are not the term's.
                if plural_head(words[i - 1]) and finite_verb(words[i], plural=True):
                    term = " ".join(words[i + 1:])
                    break
            # "Five iambs in a row make **iambic pentameter**, the ...": the author's bold marks where the term starts.
            term = next((b for b in context.document.emphasis
                         if term.lower().endswith(" " + b.lower()) and valid_term(b)), term)
            add(term, "The " + match.group("appos"), GLOSS_CONFIDENCE)
    match = _PAIR_GLOSS.search(sentence)
    if match:
        add(match.group("term"), match.group("appos"), GLOSS_CONFIDENCE)
    match = _TOGETHER_FORM.search(sentence)
    if match:
        term = match.group("term")
        quantified = _QUANTIFIED_NP_AT_END.search(sentence[: match.start()])
        np = (quantified.group("np"), quantified.start("np")) if quantified else np_before(sentence, match.start())
        head = word_list(term)[-1]
        if np and len(word_list(np[0])) >= 2 and plural_head(np[0]) and len(word_list(term)) > 1:
            add(term, f"{rephrase.article(head)} {head} formed by {np[0]} together", GLOSS_CONFIDENCE)
    match = _SHOWS_COLON.search(sentence)
    if match and not is_generic(match.group("term")):
        add(match.group("term"), match.group("clause"), CONDITION_CONFIDENCE)
    match = _WHEN_APPEARS.match(sentence)
    if match and not is_generic(match.group("term")):
        definition = f"The situation in which {match.group('cond')}"
        if match.group("main"):
            definition += f" and {match.group('main')}"
        if not _IT_OR_POSSESSIVE.search(definition):
            add(match.group("term"), definition, CONDITION_CONFIDENCE)
    return out


ROLE = RULES.register(Rule(
    name="role", priority=170, scope=Scope.SENTENCE, confidence=ROLE_CONFIDENCE, find=find_roles,
    examples=(
        finds("# Rome\n\nThe chief officials were the two consuls, who led the army. Each year the consuls changed.\n", "consuls"),
        misses("# Rome\n\nThe chief officials were the two consuls, who led the army.\n", "consuls"),
        misses("# Ships\n\nA ship's crew must watch several things: storm warnings far away, the positions of nearby "
               "boats, the state of the engines. Nearby boats matter most in fog.\n", "nearby boats"),
        misses("# Rates\n\nA reaction is fast. In a reaction, the concentration of reactant A falls from 0.80 to "
               "0.35.\n", "reaction"),
        misses("# Stars\n\nThe energy source is fusion. With no energy source left, the core of the star "
               "collapses in less than a second.\n", "energy source left"),
        misses("# Genes\n\nCount the offspring. The more offspring, the closer the results of a cross come to "
               "the ratio.\n", "offspring"),
        misses("# Loans\n\nWhether the loan is public or private, the decision to approve it rests with the bank. "
               "A private loan is common.\n", "private"),
        misses("# Markets\n\nIf incomes rise and the good is normal, one whose demand rises with income, the demand "
               "curve shifts to the right. Income matters.\n", "income"),
        misses("# Sailing\n\nSailors plot the direct line, measured at the port. The direct line is short.\n",
               "direct line"),
        finds("# Research\n\nResearch is a spectrum. At one end is theory; at the other lies development, the "
              "engineering of a system for production. Development is costly.\n", "development"),
    ),
))
