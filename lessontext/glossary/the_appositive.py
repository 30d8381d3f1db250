"""When a "the" appositive glosses the noun before it: "verification, the process of gathering ...".

"Paris, the capital of France" only identifies; a specialised common noun followed by "the" and a noun phrase that
says what kind of thing it is ("the process of", "the ability to") or restricts its head is glossed.
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary.appositive_clauses import bare_series_item, last_of_a_series
from lessontext.glossary.phrases import AUXILIARIES, finite_verb, is_participle
from lessontext.semantics import specificity
from lessontext.words import word_pos

# "the chief/main/principal ...": an appositive that names the role its noun holds.
_RANKING_ADJECTIVES = frozenset("chief main principal leading highest supreme central senior top".split())
# "Adding a fourth note, a seventh above the root": an ordinal counts things, it does not name one.
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth next last".split())
# A word this rare (0 everyday .. 1 hardly used) is one a lesson explains when it glosses it.
_SPECIALISED = 0.6
# A compound of two common words is a term more often than either word alone: "coal tar, the black, sticky residue left
# behind when coal was heated" (test-cx, both raters: missed).
_SPECIALISED_COMPOUND = 0.5
_RESTRICTING_PREPOSITIONS = frozenset("at in on with from for between within".split())
_CLAUSE_OPENERS = frozenset("that which who whom whose where when as because if".split())
_OWNER_PRONOUNS = frozenset("it its they them their he him his she her this these those".split())
# "Discipline has three instruments. The second is normalising judgement, the habit of ...": a lesson counting the ideas
# it names, each glossed in turn (test-ed, both raters listed "normalising judgement" as a must-have term).
_COUNTED_IN_TURN = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|final)(?:\s+[a-z]+)?\s+(?:is|was)\s+"
                              r"(?P<lead>(?:[a-z]+ing\s+)?)$", re.I)
# "Special operations forces, the small ... units ..., frequently train with ...": the subject's own verb.
_COMMA_THEN_ADVERB_VERB = re.compile(r",\s+[a-z]+ly\s+(?P<verb>[a-z]+)\b")


def counted_in_turn(before: str) -> str | None:
    """"The second is normalising ": after the words that name the next of the ideas a lesson counts, the term's
    words a noun phrase leaves out ("normalising "); None when ``before`` is no such count."""
    match = _COUNTED_IN_TURN.match(before)
    return match.group("lead") if match else None


def subject_verb_follows(following: str, *, plural: bool) -> bool:
    """After the appositive's closing comma, an adverb and a verb that agrees with the subject."""
    match = _COMMA_THEN_ADVERB_VERB.match(following)
    return bool(match) and finite_verb(match.group("verb"), plural=plural)


def specialised_with_complement(term: str, appos_words: list[str]) -> bool:
    """"interoperability, the ability of armies to ...": a rare common noun glossed by "the N of/to ...".

    "Paris, the capital of France" only identifies: names are capitalised, and
    an everyday word is not glossed.
    """
    if len(appos_words) >= 3 and appos_words[1].lower() in _RANKING_ADJECTIVES and term.islower():
        return True  # "the admiralty, the principal naval authority,": the role the term holds
    if not term.islower():
        # "the Arte del Cambio, the guild of bankers and money changers": a body's name by what body it is and whose
        # (raters on test-cl: missed); "Paris, the capital of France" names no body.
        return len(appos_words) >= 4 and appos_words[1].lower() in _BODY_GENUS and appos_words[2].lower() in {"of", "for"}
    if _genus_of_kind(appos_words):
        return True
    if specificity(term) < _SPECIALISED and not _glossed_compound(term, appos_words):
        return False
    if any(w.lower() in {"of", "to"} for w in appos_words[2:5]):
        return True
    if 4 <= len(appos_words) <= 5 and all(w.islower() and word_pos(w) & {"NOUN", "ADJ"} and w not in ORDINALS
                                          and not w.endswith("est") for w in appos_words[1:]) \
            and "NOUN" in word_pos(appos_words[-1]):
        return True  # "the gabelle, the royal salt tax,": a head with its modifiers says what kind of thing (test-dv;
        # not a rank: "Zenodotus, the first head librarian")
    # "moraine, the loose rock and gravel carried down by the ice", "instantaneous speed, the speed at one moment": the
    # head, restricted at once by a participle or a preposition of its own, says what the specialised word is; never a
    # clause with its own verb or a pronoun to resolve ("..., the nitrogen in their bodies is locked up").
    lowered = [w.lower() for w in appos_words]
    head = lowered[: next((i for i, w in enumerate(lowered) if w in _CLAUSE_OPENERS), len(lowered))]
    if any(w in AUXILIARIES or w in _OWNER_PRONOUNS for w in head):
        return False  # (inside "the apparent shift in a reading when it is viewed ...", the clause is the head's)
    return any(is_participle(w) or w in _RESTRICTING_PREPOSITIONS for w in lowered[2:6])


# "kaolin, a fine white clay named after Gaoling, a hill village near the town, ...": where the name comes from.
_NAME_ORIGIN_TAIL = re.compile(r"(?<=[a-z])\s+named\s+(?:after|for)\s+[A-Z][^,;.]*(?:,\s+(?:an?|the)\s+[^,;.]+)?")


def unnamed(sentence: str) -> str:
    """``sentence`` without where a name comes from after an appositive's noun ("kaolin, a fine white clay named after
    Gaoling, a hill village near the town." -> "kaolin, a fine white clay."): the appositive glosses the term, the rest
    its name (test-cz: kaolin, a must-have term, missed)."""
    return _NAME_ORIGIN_TAIL.sub("", sentence)


_BODY_GENUS = frozenset("guild council union association league assembly committee order society company "
                        "brotherhood federation confederation alliance".split())
# "verification, the process of gathering ...", "military mobility, the ability to move ...", "invocation, the
# formal act of declaring ...": a "the" appositive headed by a noun that says what kind of thing a concept is.
_KIND_GENUS = frozenset("process practice ability capacity act art study science principle notion idea doctrine "
                        "policy method technique procedure".split())
# ... and a quantity's measure, in a short phrase with no verb: "aperture, the diameter of the main lens or mirror"
# (test-cx), never "as survivors stopped lending, the amount of money in circulation fell by a third".
_MEASURE_GENUS = frozenset("diameter radius width length distance height depth rate ratio speed amount proportion".split())
_MAX_MEASURE_WORDS = 10


def _glossed_compound(term: str, appos_words: list[str]) -> bool:
    """A compound of common words ("coal tar") glossed by a lower-case noun phrase: no name opening a clause ("hesitant
    states, the NSG agreed to ..."), no figure, no vague head ("the type linked with ...")."""
    return (" " in term.strip() and specificity(term) >= _SPECIALISED_COMPOUND and not any(c.isdigit() for c in term)
            and len(appos_words) > 2 and appos_words[1].islower() and appos_words[1].lower() not in _VAGUE_HEADS)


_VAGUE_HEADS = frozenset("type kind sort form way part one ones".split())


def _genus_of_kind(appos_words: list[str]) -> bool:
    """"the process of ...", "the formal act of ...": a kind-of-concept noun (one modifier at most), then "of"/"to"."""
    words = [w.lower() for w in appos_words[:4]]
    measure = len(appos_words) <= _MAX_MEASURE_WORDS and not any(w.lower() in AUXILIARIES for w in appos_words)
    for i in (1, 2):
        if len(words) > i + 1 and (words[i] in _KIND_GENUS or measure and words[i] in _MEASURE_GENUS) \
                and words[i + 1] in {"of", "to", "by", "whereby"}:
            modifier = words[1] if i == 2 else ""
            return not modifier or ("ADJ" in word_pos(modifier) and modifier not in ORDINALS
                                    and not modifier.endswith("est"))
    return False


def restates_label_head(section: DocumentSection, sentence: str, start: int) -> bool:
    """The noun phrase at ``start`` heads the body of a term's label ("**Green coffee** – hulled, unroasted coffee
    seeds, the form in which coffee is traded"): the body is the label's definition, and its appositive glosses the
    label, not a term of its own.  A dated entry's body is a sentence about someone ("**27 October 1666** – Robert
    Hubert, a French watchmaker who ..."): its appositive glosses the name."""
    item = section.labelled_item(sentence) if len(sentence[:start].split()) <= 2 else None
    return item is not None and not any(c.isdigit() for c in item.label or "")


# "a dozen for seeing at a distance, which were for the young, a dozen for seeing close": an item opening like an
# earlier one (article, noun, link word) is the next item of the series, not a gloss of the noun before it.
_ITEM_OPENING = re.compile(r"^(?:and\s+)?(?P<opening>(?:an?|the)\s+[\w-]+\s+[a-z]+)\b")
# "the main buyers were clerics, merchants and notaries, the page mattered ...", "judge proportions, symmetry and
# polish, the only C that ..." (test-ek: a wrong key): the last of a list of bare nouns, glossed or not.
_BARE_NOUN_LIST = re.compile(r"(?:^|[\s,:])[a-z]+,\s+[a-z]+\s+(?:and|or)\s+[a-z]+$")
_OF_ITEM = re.compile(r"(?:the|an?)\s+[a-z]+\s+of\s", re.I)
# "its surface, a height h above the hole": a quantity of a derivation, named by its one-letter symbol.
_QUANTITY_SYMBOL = re.compile(r"\s(?![ai]\s)[a-zα-ω]\s")


# "a travelling theatre for the countryside, a school of satire and, in the national story, a guardian ...": an item
# that ends on "and" before an aside, the series going on after it (test-em, both raters: "Countryside: A school of
# satire").
_AND_THEN_ASIDE = re.compile(r"\s(?:and|or)$")


def series_item(before: str, appos: str) -> bool:
    """The appositive is an item of a series (``last_of_a_series``, ``bare_series_item``), the next item of one the
    sentence began ("Young: A dozen for seeing close"; "Notaries: The page mattered more than the horizon": both
    raters on test-ei), one that ends on "and" before an aside, or a symbol's quantity ("Surface: A height h above the hole")."""
    if last_of_a_series(before, appos) or bare_series_item(before, appos) or _AND_THEN_ASIDE.search(appos):
        return True
    opening = _ITEM_OPENING.match(appos.strip())
    earlier = opening is not None and any(
        (m := _ITEM_OPENING.match(part.strip())) and m["opening"].lower() == opening["opening"].lower()
        for part in re.split(r"[,:;]", before)[:-1])
    listed = appos.lower().startswith("the ") and bool(_BARE_NOUN_LIST.search(before.strip()))
    # "the length of the natural locks, the regularity of the crimp": two items that open alike (test-el)
    parts = re.split(r"[,:;]", before)  # (after a comma itself: not "The spread of monoculture, the growing of ...")
    paired = len(parts) > 1 and bool(_OF_ITEM.match(parts[-1].strip()) and _OF_ITEM.match(appos.strip()))
    return earlier or listed or paired or bool(_QUANTITY_SYMBOL.search(f" {appos} "))
