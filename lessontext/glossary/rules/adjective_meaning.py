"""A property named and glossed at once: "The skin is semi-permeable, meaning it lets some substances through".

(", which means (that) they ..." glosses the same way: "The two meetings are concurrent, which means they cannot both
be attended" -> "Not able to both be attended ...".)

Teaching prose gives a technical adjective as the complement of "is/are" and explains it straight after with
", meaning" and a clause about the same subject ("it lets ...", "their output depends on ...").  The adjective
(with its adverb: "selectively permeable") is the term, and the clause, said of no one in particular, its
definition: "it lets X" -> "Letting X"; "their output depends on Y" -> "Having an output that depends on Y".
An evaluation ("is important, meaning we must ...") or a clause about someone else ("meaning farmers ...")
is a consequence, not a gloss.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition
from lessontext.glossary.phrases import has_anaphora, is_participle, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import zipf
from lessontext.vocabulary import TermKind
from lessontext.words import getAllLemmas, getInflection, singular, term_key, word_pos

# The author's own gloss, but rebuilt from a clause.
CONFIDENCE = 0.7
ADJECTIVE_MEANING = re.compile(
    r"\b(?:is|are)\s+(?P<adjective>(?:[a-z]+ly\s+)?[a-z][\w-]+)(?:,\s+(?:meaning|which\s+means)\s+(?:that\s+)?|;\s+)"
    r"(?P<pronoun>it|they|its|their)\s+"
    r"(?P<rest>[^;]{6,200}?)\s*(?:[;.]|$)")
# "The novel is therefore partly epistolary, that is, written in the form of letters": the gloss itself.
ADJECTIVE_THAT_IS = re.compile(
    r"\b(?:is|are)\s+(?:(?:therefore|thus|also|so)\s+)?(?P<adjective>(?:[a-z]+ly\s+)?[a-z][\w-]+),\s+that\s+is,\s+"
    r"(?P<gloss>[a-z][^,;.]{6,150}?)\s*(?:[,;.]|$)")
# A gloss this short explains only a word English rarely uses ("endothermic: taking in heat").
_SHORT_GLOSS_WORDS, _LONG_GLOSS_WORDS, _RARE_ZIPF = 3, 4, 3.0


# "Mass is a scalar quantity, which means it has size but no direction", "Weight is a vector quantity: it has ...": a
# kind named and glossed at once.
KIND_MEANING = re.compile(
    r"\b(?:is|are)\s+an?\s+(?P<modifier>[a-z][\w-]+)\s+(?P<head>[a-z]+)(?:,\s+(?:meaning|which\s+means)\s+(?:that\s+)?|:\s+)"
    r"it\s+(?P<rest>[a-z][^;]{6,200}?)\s*(?:[;.]|$)")


BOLD_KIND_IS = re.compile(
    r"\b(?:is|are)\s+an?\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+)?),\s+(?:meaning|which\s+means)\s+(?:that\s+)?"
    r"(?:it|they)\s+(?:is|are)\s+(?P<np>(?:an?|the)\s+[^;:]{6,200}?)\s*(?:[;.]|$)")
_GENERIC_SUBJECT = re.compile(r"^(?:An?|Each|Every)\s+(?P<noun>[a-z]+)\s+(?:is|are)\s+an?\s")


# "meaning they cannot both happen at once": a modal of ability, said of no one, is what the adjective says.
_ABILITY = {"can": "able to", "cannot": "not able to", "can't": "not able to"}


# A word the tables do not know is an adjective by its ending ("exothermic").
_ADJECTIVE_ENDING = re.compile(r"(?:ic|al|ous|ive|ary|able|ible|ent|ant)$")


def _adjective(word: str) -> bool:
    pos = word_pos(word)
    return "ADJ" in pos or not pos and bool(_ADJECTIVE_ENDING.search(word))


def _gerund(verb: str) -> str | None:
    """"lets" -> "letting", "stay" -> "staying"."""
    for lemma in getAllLemmas(verb.lower()).get("VERB", ()):
        forms = getInflection(lemma, "VBG")
        if forms:
            return forms[0]
    return None


def _definition(pronoun: str, rest: str) -> str | None:
    words = rest.split()
    if pronoun in {"it", "they"}:
        ability = _ABILITY.get(words[0].lower())
        if ability and len(words) > 2:
            return f"{ability} {' '.join(words[1:])}"  # "they cannot both happen" -> "not able to both happen"
        gerund = _gerund(words[0])
        return f"{gerund} {' '.join(words[1:])}" if gerund and words[0].lower() not in {"is", "are", "was", "were"} else None
    noun = words[0].lower()
    if "NOUN" not in word_pos(noun) or len(words) < 3:
        return None
    owned = noun if singular(noun) != noun else f"{rephrase.article(noun).lower()} {noun}"
    return f"having {owned} that {' '.join(words[1:])}"


def find_adjective_meaning(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The skin is semi-permeable, meaning it lets ..." -> semi-permeable: "Letting ..."."""
    out = []
    for match in ADJECTIVE_MEANING.finditer(sentence):
        term = match.group("adjective")
        head = term.split()[-1].lower()
        participle = "-" in head and head.endswith(("ing", "ed"))  # "load-bearing", "cold-blooded": unknown to the tables
        if not (_adjective(head) or participle) or head in lexicon.EVALUATIVE:
            continue
        if match.group(0).split(match.group("adjective"), 1)[1].lstrip().startswith(";") and zipf(head) >= _RARE_ZIPF:
            continue  # "The weather is cold; it rains every day": only a rare word is glossed by the clause after ";"
        rest = re.split(r",\s+(?:and|but|so)\s+", match.group("rest"))[0]  # ", and it raises ...": the next claim
        built = _definition(match.group("pronoun").lower(), rest)
        definition = finish_definition(built) if built else None
        shortest = _SHORT_GLOSS_WORDS if zipf(head) < _RARE_ZIPF else _LONG_GLOSS_WORDS
        if definition and not has_anaphora(definition) and len(word_list(definition)) >= shortest:
            out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    for match in ADJECTIVE_THAT_IS.finditer(sentence):
        term, gloss = match.group("adjective"), match.group("gloss")
        head, first = term.split()[-1].lower(), gloss.split()[0].lower()
        if not _adjective(head) or head in lexicon.EVALUATIVE or not (is_participle(first) or "ADJ" in word_pos(first)):
            continue  # the gloss of an adjective is a participle or an adjective phrase ("written in ...")
        definition = finish_definition(gloss)
        if definition and not has_anaphora(definition):
            out.append(Candidate(term.split()[-1], definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    for match in BOLD_KIND_IS.finditer(sentence):
        # "DNA is a **polymer**, which means it is a very long molecule ...": the kind the author set in bold.
        if term_key(match["term"]) in context.bold_keys and (definition := finish_definition(match["np"])) \
                and not has_anaphora(definition):
            out.append(Candidate(match["term"], definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    for match in KIND_MEANING.finditer(sentence):
        modifier, head = match.group("modifier"), match.group("head")
        rest = re.split(r",\s+(?:and|but|so)\s+", match.group("rest"))[0]  # ", and it always acts ...": the next claim
        verb = rest.split()[0].lower()
        if not word_pos(modifier) & {"ADJ", "NOUN"} or modifier in lexicon.EVALUATIVE or "NOUN" not in word_pos(head) \
                or not (verb.endswith("s") or verb in {"can", "cannot", "must", "may", "will"}):
            continue  # "a good idea, which means it ...": a verdict; "it" must be the subject of a verb
        subject = _GENERIC_SUBJECT.match(sentence)
        genus = subject.group("noun") if subject else head  # "Each firm is a price taker: it ..." -> "A firm that ..."
        definition = finish_definition(f"{rephrase.article(genus)} {genus} that {rest}")
        if definition and not has_anaphora(definition):
            out.append(Candidate(f"{modifier} {head}", definition, TermKind.DEFINED, section, sentence, CONFIDENCE, "pattern"))
    return out


ADJECTIVE_MEANING_RULE = RULES.register(Rule(
    name="adjective_meaning", priority=107, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_adjective_meaning,
    examples=(
        finds("# Skin\n\nThe skin is semi-permeable, meaning it lets some substances through while keeping others"
              " out.\n", "semi-permeable"),
        finds("# Seeds\n\nMany seeds are dormant, meaning they stay alive without growing until the spring.\n",
              "dormant"),
        finds("# Rooms\n\nThe two meetings are concurrent, which means they cannot both be attended by the same"
              " person.\n", "concurrent"),
        finds("# Plants\n\nThis lily is perennial, which means that it grows back from the same root every"
              " spring.\n", "perennial"),
        misses("# Farms\n\nThe harvest is important, meaning farmers hire extra workers.\n", "important"),
        misses("# Farms\n\nThe soil is dry, meaning farmers must water the crops every day.\n", "dry"),
        # test-cp: a compound participle, and a kind named and glossed at once
        finds("# Walls\n\nIn old houses the outer walls are load-bearing, which means they carry the weight of every"
              " floor.\n", "load-bearing"),
        finds("# Forces\n\nMass is a scalar quantity, which means it has size but no direction.\n", "scalar quantity"),
        finds("# Forces\n\nWeight is a vector quantity: it has size and direction, and it acts downwards.\n",
              "vector quantity"),
        misses("# Farms\n\nRotation is a good idea, which means it pays to plan ahead.\n", "good idea"),
        finds("# Markets\n\nEach firm is a price taker: it must accept the price set by the market.\n", "price taker"),
        # test-cr: a short gloss of a rare word, after ", meaning" or ";", and a gloss set off by "that is"
        finds("# Iron\n\nThis reaction is strongly exothermic, meaning that it gives out heat, and it warms the base.\n",
              "strongly exothermic"),
        finds("# Iron\n\nThis reaction is endothermic; it takes in heat.\n", "endothermic"),
        finds("# Novels\n\nThe novel is therefore partly epistolary, that is, written in the form of letters.\n",
              "epistolary"),
        finds("# Genes\n\nDNA is a **polymer**, which means it is a very long molecule built from small units.\n", "polymer"),
        misses("# Genes\n\nDNA is a polymer, which means it is a very long molecule built from small units.\n", "polymer"),
    ),
))
