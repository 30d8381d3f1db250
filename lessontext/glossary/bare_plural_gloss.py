"""A bare plural's gloss after a comma: "Some forums establish hotlines, direct communication links between ..."."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous, kind_from_definition, mask_term, valid_term
from lessontext.glossary.lightedits import uncounted
from lessontext.glossary.phrases import clear_verb_form, finite_verb, np_before, plural_head, strip_article, word_list
from lessontext.words import STOPWORDS, term_key, word_pos

# "establish hotlines, direct communication links between ...": a gloss without an article, a little less sure.
CONFIDENCE = 0.7
# "a step known as T", "a property economists call T", "a promise remembered as T": the gloss names its own term.
NAMING_VERB = re.compile(r"\b(?:call|calls|called|known\s+as|remembered\s+as|referred\s+to\s+as|termed|named)\b")


# "Some forums establish hotlines, direct communication links between ministries ...": a bare plural gloss
# (up to two modifiers, a plural head, then what they are of, between or for, or who makes them: "onsen, baths fed by
# natural hot springs"), closing the sentence or its object
# (or a clause: "... were macromolecules, enormous chains of atoms linked by chemical bonds, but the idea ...").
# "... created cross-border areas, reserved airspace that straddles a frontier ...": a noun English does not count
# ("airspace", "guidance") glosses a plural without an article just as a plural does.
_GLOSS = re.compile(
    r",\s+(?P<gloss>(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+(?P<link>of|between|that|which|who|used|intended|for"
    r"|(?:[a-z]+ed|fed|led|made|built|run|held|kept|bred)\s+by)\s+"
    r"[^,;:]{5,140}?)(?=,\s+(?:with|to|for|in|from|across|which|but|yet|while|whereas)\b"
    r"|,\s+and\s+(?:he|she|they|it|its|their|his|her|the|this|these)\b|[.!?]?$)")


# "lists of grievances for their deputies to present": whose, the sentence said.
_OWNER_OUTSIDE = re.compile(r"\b(?:their|its|his|her|our)\b", re.I)


# "owned a stock of scenarios, short outlines of a plot ...", "replaced the chain with compensation bars, paired
# strips of brass and iron ...": the plural is the object of a preposition after the verb.
_HOLDERS = frozenset({"of", "with"})
_VERB_THEN_OBJECT = re.compile(r"\b[a-z]+ed\s+(?:a|an|the|their|its|his|her)\s")


_NUMBER = re.compile(r"(?:teen|ty|hundred|thousand|million)$")


def _foreign(term: str) -> bool:
    """"onsen", "balneae": one lower-case word the dictionary does not know, which may be plural as it stands (not a
    number, "thirty", nor a name, "MODUM")."""
    return term.isalpha() and term.islower() and not word_pos(term) and not _NUMBER.search(term)


def bare_plural_glosses(section: DocumentSection, sentence: str) -> list[Candidate]:
    """"establish hotlines, direct communication links between ..." -> "Direct communication links between ..."."""
    out = []
    for match in _GLOSS.finditer(sentence):
        gloss, head = match.group("gloss"), match.group("head")
        modifiers = word_list(gloss[: match.start("head") - match.start("gloss")])
        np = np_before(sentence, match.start())
        relative = match.group("link") in {"that", "which", "who"}
        listed = gloss[: match.start("link") - match.start("gloss")] if relative else gloss
        if (not np or " and " in f" {listed} " or any(w in STOPWORDS or w.endswith("ing") and "VERB" in word_pos(w)
                                                     for w in modifiers)
                or "NOUN" not in word_pos(head) or clear_verb_form(head)):
            continue  # "apples, pears and ...": a list; "..., but it verifies that ...", "reverses, creating ...": a clause
        if not (head.endswith("s") or relative and uncounted(head)):
            continue  # a singular that counts needs its article ("a link between ...")
        words = word_list(np[0])
        # The head is no verb ("the ordinaries"), nor a word after "there were" ("there were plunge baths, pools ...").
        existential = [w.lower() for w in word_list(sentence[: np[1]])[-2:]] in (["there", "is"], ["there", "are"],
                                                                                  ["there", "was"], ["there", "were"])
        verb_at = -1 if existential else max((i for i, w in enumerate(words[:-1]) if finite_verb(w)), default=-1)
        term = strip_article(" ".join(words[verb_at + 1:]))  # "shares conjunction warnings" -> "conjunction warnings"
        before = word_list(sentence[: np[1]]) + words[: verb_at + 1]
        while before and before[-1].lower() in {"the", "these", "those"}:
            before = before[:-1]  # "use the ordinaries, bold geometric bands ..." (test-dc)
        if before and NAMING_VERB.fullmatch(before[-1].lower()):
            continue  # "what specialists call **X**, steps that ...": the naming rules read a name just given
        if "," in sentence[: np[1]].rpartition(":")[2] and ":" in sentence[: np[1]]:
            continue  # "...: single cans and multipacks of drinks, family-size bags of pasta": a list's next item
        if (not term or not (plural_head(term) or _foreign(term)) or not valid_term(term) or not before
                or not (finite_verb(before[-1]) or before[-1] in {"is", "are", "was", "were"} or before[-1] in _HOLDERS)
                or NAMING_VERB.search(gloss)):
            continue  # the object of a verb ("shares conjunction warnings, notices of ..."), or what something is
            # ("they were macromolecules, enormous chains of atoms ...", test-cx), nothing else
        if before[-1] in _HOLDERS and (any(clear_verb_form(w) for w in modifiers) or _VERB_THEN_OBJECT.search(gloss)):
            continue  # "in the park of Versailles, representatives of Hungary signed a treaty": a clause's subject
        definition = finish_definition(mask_term(gloss, term_key(term)))
        if definition and not is_vacuous(definition) and not _OWNER_OUTSIDE.search(definition):
            out.append(Candidate(term, definition, kind_from_definition(term, definition), section, sentence,
                                 CONFIDENCE, "pattern"))
    return out
