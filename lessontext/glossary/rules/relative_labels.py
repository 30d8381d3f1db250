"""List items that open with a bold term, a comma and a relative clause: "- **Large combined exercises**, where
pilots practise ...", "- **Relief rainfall**, when moist air is forced up ...", "- **Red blood cells**, which carry
oxygen".

The comma-label rule reads "**Term**, which teaches ..." (a singular verb) and "**Term**, covering ..."; the
in-which rules read "**Term**, in which ...".  Authors list kinds, forms and types just as often with "where" (a
setting), "when" (an occasion) or "which" and a plural verb; each item is then a term and what it is.  At least two
items of the same list (siblings) must have a bold term, a comma and a relative word: the author's list of terms,
not one aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lessontext.document import Block, DocumentSection, ItemList, ListItem
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, valid_term
from lessontext.glossary.phrases import PREPOSITIONS, has_anaphora, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.rules.comma_labels import CONFIDENCE
from lessontext.glossary.rules.emphasis import _MASS_SUFFIXES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, getAllLemmas, getInflection, singular, term_key, word_pos

# "**Term**, where ...", "**Term**, when ...", "**Term**, which spread ...": the gloss after the bold term's comma.
_RELATIVE_GLOSS = re.compile(r"^(?P<term>[^,;:()]{2,60}),\s+(?P<rel>where|when|which)\s+(?P<rest>[a-z].+?)[.;]?$")
# Any relative opener after the bold term's comma: what makes the list a list of glossed terms.
_ANY_RELATIVE = re.compile(r"^[^,;:()]{2,60},\s+(?:(?:in|under|through|by)\s+which|which|where|when|who|whose)\s")
_MIN_ITEMS = 2
_MIN_GLOSS_WORDS = 2
# "where the two pilots ...": a clause needs its own verb; "when" clauses that only date a thing are not kinds.
_DATE = re.compile(r"^(?:in|during|since|from)?\s*\d{4}\b")
_MAX_DEFINITION_WORDS = 30


def _present_plural(verb: str) -> bool:
    """"carry", "spread", "defend": a present-tense verb agreeing with a plural subject (not "began", "has")."""
    lemmas = getAllLemmas(verb).get("VERB")
    return bool(lemmas) and any(verb in (getInflection(lemma, "VBP") or ()) for lemma in lemmas)


def _head(term: str) -> str | None:
    """The head noun of a term without a prepositional phrase ("Large combined exercises" -> "exercises")."""
    words = word_list(term)
    if not words or any(w.lower() in PREPOSITIONS for w in words):
        return None  # "Foreign students at national academies, where ...": "where" may belong to the academies
    head = words[-1]
    if head.isupper() or fold(head) in STOPWORDS or "NOUN" not in word_pos(fold(head)):
        return None
    return head.lower()


def _definition(term: str, relative: str, rest: str) -> str | None:
    head = _head(term)
    if head is None or len(word_list(rest)) < _MIN_GLOSS_WORDS or has_anaphora(rest) or _DATE.match(rest):
        return None
    plural = singular(head) != head
    if relative == "which":
        verb = rest.split()[0]
        if not plural or not _present_plural(verb):
            return None  # "which has ...", "which began in 2004 ...": the comma-label rule's, or a history
        gloss = f"that {rest}"
    elif relative == "where":
        gloss = f"in which {rest}"
    else:
        gloss = f"that {'occur' if plural else 'occurs'} when {rest}"
    # "Rainfall that occurs when ...": an occasion's head is read as a mass noun, as are "-tion", "-ment" heads.
    bare = plural or relative == "when" or head.endswith(_MASS_SUFFIXES)
    genus = head.capitalize() if bare else f"{'An' if head[0] in 'aeiou' else 'A'} {head}"
    definition = finish_definition(f"{genus} {gloss}")
    if not definition or len(definition.split()) > _MAX_DEFINITION_WORDS:
        return None
    return definition


def _sibling_lists(items: Iterable[ListItem]) -> Iterable[tuple[ListItem, ...]]:
    """The items of a list and, in turn, the sub-items of each item (nested lists are read as lists too)."""
    items = tuple(items)
    yield items
    for item in items:
        if item.children:
            yield from _sibling_lists(item.children)


def find_relative_labels(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A list whose items open with a bold term, a comma and "where", "when" or "which": each term, defined by it.

    "**Large combined exercises**, where pilots practise ..." -> "Exercises
    in which pilots practise ..."; "**Relief rainfall**, when moist air is
    forced up over hills" -> "Rainfall that occurs when ..."; "**Red blood
    cells**, which carry oxygen" -> "Cells that carry oxygen".  The term's
    head noun is the genus, so a term with a prepositional phrase (whose
    noun the clause may belong to) is left out, as is "which" with a
    singular or past verb (another rule's, or a history).
    """
    if not isinstance(block, ItemList):
        return []
    bold = context.bold_keys
    out = []
    for siblings in _sibling_lists(block.items):
        texts = [item.text.strip() for item in siblings if not item.label]
        glossed = [t for t in texts if _ANY_RELATIVE.match(t) and term_key(t.split(",")[0]) in bold]
        if len(glossed) < _MIN_ITEMS:
            continue
        for text in glossed:
            match = _RELATIVE_GLOSS.match(text)
            if not match:
                continue
            term = match.group("term").strip()
            if not valid_term(term, strict=False):
                continue
            definition = _definition(term, match.group("rel"), match.group("rest"))
            if definition:
                out.append(Candidate(term, definition, TermKind.DEFINED, section, text, CONFIDENCE, "label"))
    return out


RELATIVE_LABEL = RULES.register(Rule(
    name="relative_label", priority=186, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_relative_labels,
    examples=(
        finds("# Air\n\nThe training of pilots takes several forms in the air forces of the world:\n\n"
              "- **Shared schools**, in which nations pool instructors.\n"
              "- **Large combined exercises**, where pilots practise complex missions together.\n", "Large combined exercises"),
        finds("# Rain\n\nAir rises for three reasons:\n\n- **relief rainfall**, when moist air is forced up over hills;\n"
              "- **frontal rainfall**, when warm air rises over colder air.\n", "frontal rainfall"),
        finds("# Blood\n\nBlood has several parts:\n\n- **Red cells**, which carry oxygen to the tissues\n"
              "- **White cells**, which defend the body against infection\n", "White cells"),
        misses("# Air\n\nTraining takes several forms:\n\n- **Foreign students at academies**, where cadets train abroad.\n"
               "- **Large combined exercises**, where pilots practise complex missions together.\n",
               "Foreign students at academies"),
        misses("# Air\n\nPolicing takes several forms:\n\n- **Baltic patrols**, which began in 2004 when three states joined.\n"
               "- **Island patrols**, which began in 2008 when the base closed.\n", "Baltic patrols"),
        misses("# Air\n\nOne form stands out:\n\n- **Large combined exercises**, where pilots practise complex missions.\n"
               "- Simulators, which are cheaper to run every year.\n", "Large combined exercises"),
    ),
))
