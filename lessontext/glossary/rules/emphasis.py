"""Terms the author sets in bold as the subject of what they do: "**Vicarious liability** makes one person answerable ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import (
    AUXILIARIES,
    CONTRAST_SPLIT,
    finite_verb,
    has_anaphora,
    is_participle,
    plural_head,
    predicate_of,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import fold, singular, word_pos

# The author's bold marks the term; the sentence it opens says what it does (a light rewording).
CONFIDENCE = 0.7

_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
_PAREN_ASIDE = re.compile(r"^\s*\([^()]{1,60}\)")
# ", such as food or warmth, ", ", usually abbreviated to PR, ": an aside between the bold subject and its verb.
_COMMA_ASIDE = re.compile(
    r"^\s*,\s+(?:(?P<examples>(?:such as|like|including)\s+[^,;()]{2,60}?)"
    r"|(?:(?:also|often|usually|commonly|sometimes)\s+)?(?:called|known as|abbreviated to|shortened to)\s+"
    r"(?P<name>[^,;()]{1,40}?)"
    # ", part of the brainstem, ": what the term is a part or a kind of, set beside it, is its genus.
    r"|(?P<genus>(?:part|one|a|an)\s+(?:of\s+)?[^,;()]{2,50}?)"
    # ", at the back beneath the cerebrum, ": where it is, a place told on the way to what it does.
    r"|(?P<place>(?:at|in|on|near|beneath|behind|below|above|inside|under|between)\s+[^,;()]{2,50}?)),\s+(?=[a-z])")
# "Liability that applies ...": an abstract or mass head takes no article.
_MASS_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism", "acy", "ing", "ics")
# "... makes one person answerable for another's tort": reporting, possession and outcome verbs do not explain.
_NOT_EXPLAINING = frozenset("have has had include includes remain remains seem seems became become".split())


def _bold_terms(context: Context) -> list[str]:
    terms = context.memo.get("bold_terms")
    if terms is None:
        terms = context.memo["bold_terms"] = sorted(
            (b for b in context.document.emphasis if valid_term(b) and not is_generic(b)), key=len, reverse=True)
    return terms  # type: ignore[return-value]


def subject_genus(term: str, predicate: str) -> str:
    """"vicarious liability" + "makes ..." -> "Liability that makes ..."; a one-word term gives the predicate."""
    words = word_list(term)
    # "law of demand" is a law: the head noun comes before its "of"-phrase.
    cut = next((i for i, w in enumerate(words) if i and w.lower() in {"of", "in", "for", "on", "to"}), len(words))
    qualified = cut < len(words)
    words = words[:cut]
    predicate = predicate[:1].lower() + predicate[1:]
    if len(words) < 2 and not qualified:
        return predicate[:1].upper() + predicate[1:]
    head = words[-1] if words[-1].isupper() else words[-1].lower()
    plural = singular(fold(head)) != fold(head)
    if plural or head.endswith(_MASS_SUFFIXES):
        return f"{head[:1].upper()}{head[1:]} that {predicate}"
    article = "An" if head[:1] in "aeiou" else "A"
    return f"{article} {head} that {predicate}"


# "The principle of distinction requires ...", "The law of supply states ...": a subject that names a principle
# by its "of"-phrase is a term whether or not the author sets it in bold.
_NAMED_PRINCIPLE = re.compile(r"^The\s+(?P<term>(?:principle|law|rule|doctrine)\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s")


def _named_principle(sentence: str) -> list[str]:
    """"The principle of precaution requires ..." -> ["principle of precaution"]: the words before the verb."""
    match = _NAMED_PRINCIPLE.match(sentence.strip())
    if not match:
        return []
    words = match.group("term").split()
    for end in range(3, len(words) + 1):
        after = (words[end:] + sentence.strip()[match.end():].split())[:1]
        if after and finite_verb(after[0]) and valid_term(" ".join(words[:end])):
            return [" ".join(words[:end])]
    return []


# "**Structural isomers** have the same molecular formula but different ...": what they share and what sets them apart,
# the classic definition of a kind (test-eh, both raters: a must-have), not a perfect tense ("has grown").
_HAVE_THE_SAME = re.compile(r"^\s*(?:have|has)\s+the\s+same\b", re.I)
_LATER_VERB = re.compile(r"\s(?:can|could|may|might|must|will|would|should|is|are|was|were|has|have|had)\s")


def find_bold_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"**Strict liability** applies in certain situations regardless of fault." -> "Liability that applies ...".

    A sentence that opens with a phrase the author set in bold, followed
    by a finite lexical verb, introduces that term by what it does.  Copulas
    ("is", "are") are the copula rule's; a predicate leaning on "it/this",
    an outcome ("has ..."), or a bold phrase that is not a term stays out.
    """
    text = _ARTICLE.sub("", sentence.strip(), count=1)
    for term in _bold_terms(context) + _named_principle(sentence):
        if not text.lower().startswith((term.lower() + " ", term.lower() + ",")):
            continue
        rest = text[len(term):]
        aside = _PAREN_ASIDE.match(rest)
        rest = rest[aside.end():] if aside else rest
        examples, aliases, genus = "", set(), None
        if comma_aside := _COMMA_ASIDE.match(rest):
            # "A **primary reinforcer**, such as food or warmth, satisfies ...": the examples close the definition;
            # "**Proportional representation**, usually abbreviated to PR, aims ...": the other name is an alias.
            rest = rest[comma_aside.end():]
            if comma_aside.group("examples"):
                examples = ", " + comma_aside.group("examples")
            elif comma_aside.group("genus") or comma_aside.group("place"):
                genus = comma_aside.group("genus")
            else:
                aliases = {strip_article(comma_aside.group("name"))}
        first = rest.split()[:1]
        if not first or (first[0].lower() in AUXILIARIES | _NOT_EXPLAINING and not _HAVE_THE_SAME.match(rest)):
            return []
        if is_participle(first[0].lower()) and _LATER_VERB.search(rest.split(",")[0]):
            return []  # "The iron catalyst used later in the process can be poisoned ...": the participle restricts the
            # subject, whose verb comes later (both raters on test-df: "A catalyst that used later ...")
        head, verb = (word_list(rest)[:2] + ["", ""])[:2]
        if (head.islower() and plural_head(head) and "NOUN" in word_pos(head) and not _ARTICLE.match(sentence.strip())
                and (word_pos(verb) == {"VERB"} and finite_verb(verb, plural=True) or rest.split()[0].endswith(","))):
            # "**Cacao** pods grow ...": the bold word names the pods' kind, the pods do the growing (test-cu); after an
            # article the word is the term's verb ("A **main clause** makes complete sense ..."); "**Stutter** peaks,
            # small artefacts ..., arise": the pods' or peaks' gloss follows (test-dc, both raters: "Stutter: Peaks, ...").
            return []
        plural = singular(fold(word_list(term)[-1])) != fold(word_list(term)[-1])
        predicate = predicate_of(rest.strip(), plural=plural)
        if not predicate:
            return []
        predicate = CONTRAST_SPLIT.split(predicate.split(";")[0])[0].strip().rstrip(".:")
        if len(predicate.split()) < 3 or has_anaphora(predicate):
            return []
        # "The **medulla**, part of the brainstem, controls ..." -> "Part of the brainstem that controls ...".
        defined = f"{genus} that {predicate[:1].lower()}{predicate[1:]}" if genus else subject_genus(term, predicate)
        if examples and " that " in defined:
            defined = defined.replace(" that ", f"{examples}, that ", 1)  # "A reinforcer, such as food, that ..."
        elif examples:
            return []  # no genus for the examples to illustrate
        definition = finish_definition(defined)
        if not definition:
            return []
        return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern", aliases)]
    return []


BOLD_SUBJECT = RULES.register(Rule(
    name="bold_subject", priority=83, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_bold_subjects,
    examples=(
        finds("# Tort\n\n**Vicarious liability** makes one person answerable for another person's tort.\n",
              "Vicarious liability"),
        misses("# Tort\n\nVicarious liability makes one person answerable for another person's tort.\n",
               "Vicarious liability"),
        misses("# Tort\n\n**Vicarious liability** has grown in importance since 1990.\n", "Vicarious liability"),
        finds("# Isomers\n\n**Structural isomers** have the same molecular formula but different arrangements of "
              "atoms.\n", "Structural isomers"),
        misses("# Ammonia\n\nThe **iron catalyst** used later in the process can be poisoned by impurities.\n",
               "iron catalyst"),
        finds("# War\n\nThe principle of precaution requires constant care to spare civilians.\n", "principle of precaution"),
        misses("# War\n\nThe principle of precaution has grown in importance since 1990.\n", "principle of precaution"),
        misses("# Farms\n\n**Cacao** pods grow directly from the trunk of the tree.\n", "Cacao"),
        misses("# Tests\n\n**Ghost** bands, faint copies one step lighter than a true band, appear in old gels.\n", "Ghost"),
        finds("# Writing\n\nThe **colon** points forward to the list or example that comes next.\n", "colon"),
        finds("# Grammar\n\nA **main clause** makes complete sense on its own and could stand as a sentence.\n", "main clause"),
    ),
))
