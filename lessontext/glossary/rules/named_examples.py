"""Named examples of a kind that opens a sentence: "Less formal forums, such as the Club of Berne, bring together heads
of security services" -> "Club of Berne: A less formal forum that brings together heads of security services"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import MODALS, has_anaphora, predicate_of, word_list
from lessontext.glossary.predication import relational
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.subjects import _cut_predicate, _explains
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, getAllLemmas, getInflection, singular, word_pos

# What the kind does is said of the name only as one of its members: less sure than a sentence about the name.
CONFIDENCE = 0.6


# An owner before the name: "NATO's", "the United States'".
_OWNER = r"(?:(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:['’]s|s['’])\s+)?"
# "Link 16", "Standing Group 2": a number after the first word is part of the name.
_NAME = r"(?:the\s+)?" + _OWNER + r"[A-Z][\w-]*(?:\s+(?:(?:of|for|in|on|and|the)\s+)*(?:[A-Z][\w-]*|\d+\b)){0,7}"
_KIND_THEN_EXAMPLES = re.compile(
    r"^(?P<kind>[A-Z][a-z-]+(?:\s+[a-z-]+){0,3}),\s+(?:such\s+as|including|like)\s+"
    rf"(?P<names>{_NAME}(?:\s+\([A-Z][\w-]*\))?(?:\s+[a-z]+)?(?:\s+and\s+{_NAME}(?:\s+\([A-Z][\w-]*\))?)?)"
    r"(?:\s+in\s+the\s+[A-Z][\w-]*(?:-[A-Z][\w-]*)?)?,\s+(?P<rest>[a-z].+)$"
)
# One name of the list: "NATO's Dynamic Monarch series" -> "Dynamic Monarch"; "(ITAR)" its short name.
_ONE_NAME = re.compile(r"(?:the\s+)?" + _OWNER + r"(?P<name>[A-Z][\w-]*(?:\s+(?:(?:of|for|in|on|the)\s+)*"
                       r"(?:[A-Z][\w-]*|\d+\b)){0,7})(?:\s+\((?P<acronym>[A-Z][\w-]*)\))?")


# "Pacific Reach in the Asia-Pacific": where the named thing takes place is no part of its name.
_WHERE_AFTER = re.compile(r"\s+in\s+the\s+[A-Z][\w-]*$")


def _singular_predicate(predicate: str) -> str | None:
    """"bring together ..." -> "brings together ...": the kind's plural verb, said of one member; a modal stays."""
    words = predicate.split(" ", 1)
    verb = words[0]
    if verb in MODALS:
        return predicate
    lemmas = getAllLemmas(verb).get("VERB") or ()
    if verb not in lemmas:
        return None  # "had left", "compiled": one past event of the kind, not what its members do
    third = (getInflection(lemmas[0], "VBZ") or (None,))[0]
    return f"{third} {words[1]}" if third and len(words) > 1 else None


def find_named_examples(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Less formal forums, such as the Club of Berne, bring together ..." -> "A less formal forum that brings ...".

    The sentence opens with a plural kind (not people, not a relation such
    as "Later researchers"), gives one or two capitalised names as its
    examples, and says in the present tense what members of the kind do;
    each name is then a member of the kind that does it.
    """
    match = _KIND_THEN_EXAMPLES.match(sentence.strip())
    if not match:
        return []
    kind_words = word_list(match["kind"])
    head = kind_words[-1].lower()
    one = singular(head)
    if (one == head or "NOUN" not in word_pos(one) or one in STOPWORDS or one in lexicon.PERSON_NOUNS
            or any(relational(w) for w in kind_words[:-1])):
        return []
    rest = match["rest"]
    # "..., can limit what partners may share": a modal says what members of the kind can do.
    predicate = predicate_of(rest, plural=True) or (rest.rstrip(".") if rest.split()[0] in MODALS else None)
    if not predicate or not _explains(_cut_predicate(predicate)):
        return []
    said = _singular_predicate(_cut_predicate(predicate))
    kind = " ".join([*(w.lower() for w in kind_words[:-1]), one])
    definition = finish_definition(f"{rephrase.article(kind)} {kind} that {said}") if said else None
    if not definition or has_anaphora(definition):
        return []
    out = []
    for name in _ONE_NAME.finditer(match["names"]):
        term = _WHERE_AFTER.sub("", name["name"])
        if len(word_list(term)) < 2 and not name["acronym"] or fold(term) in lexicon.COUNTRIES:
            continue
        aliases = {name["acronym"]} if name["acronym"] else set()
        out.append(Candidate(term, definition, lexicon.KIND_HEADS.get(one) or TermKind.DEFINED, section, sentence,
                             CONFIDENCE, "named", aliases))
    return out


NAMED_EXAMPLE = RULES.register(Rule(
    name="named_example", priority=88, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_named_examples,
    examples=(
        finds("# Ports\n\nLess formal forums, such as the Harbour Club of Genoa, bring together the heads of port "
              "services.\n", "Harbour Club of Genoa"),
        misses("# Ports\n\nLater researchers, such as Anna Berg, have argued that the limit is lower.\n", "Anna Berg"),
        misses("# Ports\n\nCostly wars, including the Harbour War, had left the town close to bankruptcy.\n",
               "Harbour War"),
    ),
))
