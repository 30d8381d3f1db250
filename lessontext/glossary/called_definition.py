"""What a naming sentence says the name stands for: "X is called T" -> X, "clause, a process called T" -> "A process
in which clause", "verb to a sugar called T" -> "A sugar to which ...", read by the ``called`` rule."""

from __future__ import annotations

import re

from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.antecedent import event_named_by_this
from lessontext.glossary.called_subject import (
    FRONTED_SETTING,
    clause_before_which,
    described_by_participle,
    last_coordinated_subject,
    process_clause,
    subject_named_in_passing,
)
from lessontext.glossary.candidate import MASK
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_generic, mask_term
from lessontext.glossary.clause_names import object_of_clause, proposition_after_colon
from lessontext.glossary.named_phrase import (
    agent_definition,
    described_after_name,
    noun_phrase_with_relative,
    phrase_start,
    subject_relative,
)
from lessontext.glossary.naming import (
    ARRANGEMENT_OF,
    LATER_RELATIVE,
    name_then_verb,
    named_before_comma,
    named_in_passive,
    named_noun_phrase,
    object_with_place,
    reported_claim,
    without_vague_count,
)
from lessontext.glossary.phrases import (
    MODALS,
    PREPOSITIONS,
    PRONOUN_START,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    looks_like_acronym,
    plural_head,
    word_list,
)
from lessontext.glossary.pointed_names import (
    described_by_demonstrative,
    named_by_demonstrative,
    pointed_to_before,
    trim_unresolved,
)
from lessontext.glossary.subject_np import (
    fronted_subject,
    participle_asides_only,
    subject_noun_phrase,
    subject_then_predicate,
)
from lessontext.words import STOPWORDS, past_participle, term_key, word_pos

# "The rigid outer layer is called T", "..., a chain of mountains ..., now known as T": the named noun phrase.
CONFIDENCE = 0.85
# A definition rebuilt from the clause ("A step in which light splits water molecules").
REBUILT_CONFIDENCE = 0.8
# "sacs surrounded by a fluid called the stroma" -> "A fluid that surrounds sacs".
AGENT_CONFIDENCE = 0.75
# "Governments use competition law, also known as antitrust law, to ...": the main name, Y its alias.
ALIAS_CONFIDENCE = 0.75
# "Many narratives slide between voices. This technique is called T": rebuilt from the sentence before.
PREVIOUS_SENTENCE_CONFIDENCE = 0.7
# No shape fits: the sentence with the term blanked (dropped later as unreadable unless another rule explains it).
MASKED_SENTENCE_CONFIDENCE = 0.6
# "A hard little door": the noun phrase that gets the name, as written, when nothing around it could be rebuilt
# (below the rules that say more: a table row "Snippet | The short extract of text shown under each result" wins).
PLAIN_CONFIDENCE = 0.65
_COUNTS = lexicon.NUMBER_WORDS | {"several", "many", "few", "some"}


# "Korea a Buddhist text": a preposition's capitalised object, then the article of the clause's own subject.
_PLACE_THEN_ARTICLE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:a|an|the)\s")
_WHEN_THEN_WHAT = re.compile(r"^(?P<when>When\s+[^,]{5,80}),\s+(?P<what>what\s+[a-z]+)$")


_CLAIM_NOUNS = frozenset("idea theory belief view hypothesis notion assumption".split())
_CLAIM_THAT = re.compile(r"\b(?:believed?|believes|think|thinks|thought|argue[sd]?|suggest(?:s|ed)?|propose[sd]?|knows?|knew"
                         r"|claim(?:s|ed)?|holds?|held|found|finds|show(?:s|ed)?)\s+that\s+(?P<claim>[^;:]{12,})$")
_EVENT_NOUNS = frozenset("""process step stage phase reaction phenomenon event procedure technique practice method mechanism
    condition state situation period effect change movement transition problem risk danger threat
    strategy policy approach arrangement practice tactic""".split())


_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
_TRAILING_RELATIVE = re.compile(r",\s+((?:which|that|who)\b[^;]*?)(?:,\s+(?:and|but)\b.*)?\.?$")


_NAME_CALLED_OBJECT = re.compile(r"^(?P<subj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+called\s+(?P<obj>.+?)\s*$")


_TRAILING_ARTICLE = re.compile(r"\s+(?:a|an|the)$")


_CLAUSE_THEN_PRONOUN = re.compile(r"^(?P<clause>[^;]+);\s+(?:they|it)$", re.I)


_RELATIVE_NAMING_OR_COMMA = re.compile(r"\b(?:which|that|who|called|known)\b|,")


def named_subject_definition(head_text: str, rest: str) -> str | None:
    """"a school of psychology" + "set out to study ..." -> "A school of psychology that set out to study ..."."""
    words = rest.split()
    if not words or not words[0].islower() or words[0] in STOPWORDS or not finite_verb(words[0]):
        return None
    bound_at, _bound = phrase_start(head_text, stop_at_prepositions=False)
    np = head_text[bound_at:].strip()
    if not np.lower().startswith(("a ", "an ")) or len(word_list(np)) < 3:
        return None
    definition = finish_definition(f"{np} that {rest}")
    return definition if definition and not has_anaphora(definition) else None


_LAST_RELATIVE = re.compile(r"\bwhose\s+(?P<rest>[a-z][^,;]+)$")  # "... someone whose heart has stopped, a condition"
_LAST_WHICH = re.compile(r"\b(?P<noun>[A-Za-z][\w-]*),\s+which\s+(?P<rest>[a-z][^,;]+)$")


# "The Treaty on Principles Governing ... Outer Space, including the Moon and Other Celestial Bodies,": a long
# capitalised title (its own lower-case joiners and an "including" aside) that is the whole text before the name.
_FULL_TITLE = re.compile(r"^The\s+(?P<title>(?P<kind>[A-Z][a-z]+)(?:\s+(?:[A-Z][\w-]*|of|on|in|the|and|for|to|at))+"
                         r"(?:,\s+including\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|the))*)?),$")


# "a stance known as T: the effort to revise ...", "called T, meaning the incorporation of ...", "what she called T:
# large single-use areas such as ..." (test-ek): the author glosses the name at once with a noun phrase and what
# restricts its head, at most one modifier from its article ("a neutral stimulus comes to ..." is a clause).
_GLOSS_AFTER_NAME = re.compile(
    r"^(?:\*\*|__|[*_\"”’'])*\s*(?::|,\s+(?:meaning|which\s+means|that\s+is,?|i\.e\.,?))\s+"
    r"(?P<gloss>(?:the\s+|an?\s+|(?=(?:[a-z][\w-]*\s+){0,2}[a-z]+s\s+(?:of|such)\s)(?:[a-z][\w-]*\s+)?)(?:[a-z][\w-]*\s+)?"
    r"(?P<head>[a-z][\w-]*)\s+(?:of|to|that|which|who|whose|for|by|between|in\s+which|such\s+as)\s[^;:()]+?)\s*(?:[.;]|$)")


def _gloss_after_name(tail: str) -> str | None:
    """The author's own noun-phrase gloss right after the name ("T: the effort to ..."), or None."""
    match = _GLOSS_AFTER_NAME.match(tail)
    if not match or "NOUN" not in word_pos(match.group("head")):
        return None
    definition = finish_definition(match.group("gloss"))
    return definition if definition and not has_anaphora(definition) else None


# "... used a trick called T, which turned a product into a sum": the kind right before the naming verb (an article
# and at most three lower-case words) and the relative after the name, which says what that kind of thing does.
_KIND_BEFORE_NAMING = re.compile(r"(?:^|[\s,])(?P<np>an?\s+(?:[a-z][\w-]*\s+){0,2}(?!later\b)[a-z][\w-]*)(?:\s+later)?$")
_RELATIVE_AFTER_NAME = re.compile(
    r"^(?:\*\*|__|[*_\"”’'])*,\s+(?P<pronoun>which|that|who|where)\s+(?P<rest>[^;:()]+?)(?:,\s+(?:and|but)\s.*)?\.?$")
_IS_WHY = re.compile(r"^(?:is|was)\s+(?:why|how|what)\b")  # "which is why actors ...": a consequence, no kind
_MEANT_THAT = re.compile(r"^(?:means|meant)\s+that\s+", re.I)
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their|them|it|its)\b", re.I)


def kind_with_relative(head_text: str, tail: str) -> str | None:
    """"an enzyme called T, which digests fibrin" -> "An enzyme that digests fibrin"; "an institution later
    remembered as T, where texts were translated" -> "An institution where texts were translated"; "a problem called
    T, which meant that a plant would topple" -> "A problem in which a plant would topple". The relative must be
    the kind's own (its subject or, with "where", its place) and speak of no one else ("which uses their movement"); a
    kind that sums up the clause before it ("..., a condition called T, which ...") or is its setting ("rises in a
    slow circulation called T") is read from that clause."""
    kind, relative = _KIND_BEFORE_NAMING.search(head_text), _RELATIVE_AFTER_NAME.match(tail)
    if not kind or not relative or len(word_list(relative["rest"])) > 25 or _PERSONAL_PRONOUN.search(relative["rest"]):
        return None
    opening = head_text[:kind.start("np")]
    before = word_list(opening)
    if opening.rstrip().endswith(",") or (before and before[-1].lower() in PREPOSITIONS and relative["pronoun"] != "where"):
        # "bones become thin and fragile, a condition called T, which ...", "Hot rock rises in a slow circulation
        # called T, which ...": the clause before says what it is ("A slow circulation in which hot rock rises")
        return None
    words = word_list(kind["np"])[1:]
    if any((w in STOPWORDS and not (w == "of" and 0 < at < len(words) - 1)) or w in _COUNTS for at, w in enumerate(words)) \
            or "NOUN" not in word_pos(words[-1]) or is_generic(words[-1]):
        return None
    rest, pronoun = relative["rest"], relative["pronoun"]
    if pronoun != "where":
        first = word_list(rest)[0].lower()
        if meant := _MEANT_THAT.match(rest):
            rest, pronoun = rest[meant.end():], "in which"
        elif not (finite_verb(first) or clear_verb_form(first)) or pronoun == "who" or _IS_WHY.match(rest):
            return None  # "which for Cheddar usually means ...": no verb of the kind's own right after the pronoun
        else:
            pronoun = "that"
    definition = finish_definition(f"{kind['np']} {pronoun} {rest}")
    return definition if definition and not has_anaphora(definition) else None


_ENDS_IN_KIND = re.compile(r"\b(?:in|by|through|during)\s+an?\s+[a-z]+$")
# "For a star, the total power radiated": a scope, then the noun phrase that gets the name.
_FOR_SCOPE = re.compile(r"^For\s+(?P<scope>(?:an?|each|any|every)\s+[a-z]+(?:\s+[a-z]+)?),\s+(?P<np>(?:the|an?)\s+.+)$")
# An aside that gives a size or an amount between two commas ("..., about the size of a golf ball, known as T").
_MEASURE_ASIDE = re.compile(r",\s+(?:about|roughly|nearly|almost|around|approximately|some)\s+[^,]+,$", re.I)


def naming_definition(sentence: str, term: str, *, verb_start: int, term_start: int, term_end: int,
                       passive: bool, active: bool, previous: str = "", bold: bool = False) -> tuple[str, float] | None:
    """A definition from "X is called T", "..., a process called T", "NP, known as T, ...".

    What gets the name is the definition: the noun phrase before the naming
    verb, or for "clause, a process called T" the clause turned into "A
    process in which clause", or for "verb to a sugar called T" the clause
    turned into "A sugar to which ...".  A naming sentence that none of
    these shapes fits keeps the sentence with the term masked, at lower
    confidence.
    """
    head_text = sentence[:verb_start].rstrip()
    tail = sentence[term_end:].strip()
    if gloss := _gloss_after_name(tail):
        return gloss, CONFIDENCE  # the author's gloss says what the name means better than any rebuilt phrase
    if not passive and not active and (described := kind_with_relative(head_text, tail)):
        return described, CONFIDENCE
    relative = _TRAILING_RELATIVE.match(tail)
    if active:
        # "Wegener called the former supercontinent Pangaea."
        subject = _NAME_CALLED_OBJECT.match(sentence[:term_start] + sentence[term_start:term_end].rsplit(term, 1)[0])
        obj = _TRAILING_ARTICLE.sub("", subject.group("obj")) if subject else ""
        if subject and len(word_list(obj)) >= 2:
            definition = finish_definition(f"{obj} (so named by {subject.group('subj')})")
            if definition:
                return definition, REBUILT_CONFIDENCE
    elif passive and (proposition := proposition_after_colon(head_text, tail)):
        # "The principle behind these clauses is known as T: an armed attack against one member is treated as
        # an attack against all" -> "The principle that an armed attack against one member is treated as ...".
        definition = finish_definition(proposition)
        if definition and not has_anaphora(definition):
            return definition, REBUILT_CONFIDENCE
    elif passive and (process := process_clause(head_text, term)):
        # "The weight of overlying material ... packs grains together, which is called compaction"
        # -> "A process in which the weight of overlying material ... packs grains together".
        definition = finish_definition(rephrase.relative_definition(process, "in", clause_before_which(head_text)))
        if definition and not has_anaphora(definition):
            return definition, REBUILT_CONFIDENCE
    elif passive:
        np = last_coordinated_subject(DISCOURSE_OPENER.sub("", head_text).strip())
        np = _INTERJECTED_ASIDE.sub("", np).rstrip()
        if (scoped := _FOR_SCOPE.match(np)) and "," not in scoped["np"]:
            # "For a star, the total power radiated is called its T" -> "The total power radiated by a star" (test-dv)
            link = "by" if past_participle(scoped["np"].split()[-1]) else "of"
            definition = finish_definition(f"{scoped['np']} {link} {scoped['scope']}")
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        pronoun = _CLAUSE_THEN_PRONOUN.match(np)
        if pronoun:
            # "Animals cannot make their own food; they are called consumers"
            # -> "Animals that cannot make their own food".
            relative = subject_relative(pronoun.group("clause"))
            definition = finish_definition(relative) if relative else None
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        fronted = _WHEN_THEN_WHAT.match(np)
        if fronted:
            # "When an acid donates a proton, what remains is called ..." -> "What remains when an acid donates a proton".
            definition = finish_definition(f"{fronted.group('what')} {rephrase.lower_first(fronted.group('when'))}")
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        relative = _RELATIVE_ASIDE.match(np)
        if relative:
            # "Goods of this kind, which have both civilian and military uses, are called T"
            # -> "Goods that have both civilian and military uses".
            head = _OF_THIS_KIND.sub("", relative.group("head")).strip()
            if kind_of := _THIS_KIND_OF.match(head):  # "This kind of system, which works by reflection, is called T"
                head = f"{rephrase.article(kind_of['noun'])} {kind_of['noun']}"
            linked = f"{relative['preposition']} which" if relative["preposition"] else "that"
            definition = finish_definition(f"{head} {linked} {relative.group('rest')}")
            if definition and len(word_list(head)) <= 4 and not has_anaphora(definition):
                return definition, REBUILT_CONFIDENCE
        if reordered := fronted_subject(np) or event_named_by_this(np, term):
            # "Where one plate sinks beneath another, the process is called T" -> "The process where one plate ...".
            definition = finish_definition(reordered)
            return (definition, REBUILT_CONFIDENCE) if definition else None
        if (("," not in _COMMAS_OF_ONE_PHRASE.sub("", _EXAMPLE_ASIDE.sub("", np)) or participle_asides_only(np)
             or subject_noun_phrase(np)) and len(word_list(np)) >= 3
                and word_list(np)[0].lower() not in lexicon.UNRESOLVED_OPENERS):
            definition = finish_definition(np)
            if definition:
                return definition, CONFIDENCE

    elif head_text.endswith(","):
        # "..., a chain of mountains running through the Atlantic, now known as T"; "..., and votes cast for
        # losing candidates, often called T, ...".
        if _MEASURE_ASIDE.search(head_text):
            # "the mass of one cylinder of platinum–iridium, about the size of a golf ball, known as T": the aside gives
            # a size, and which phrase before it gets the name (the mass? the cylinder?) no rule can tell (test-dv,
            # both raters: "T: The size of a golf ball", a wrong key)
            return None
        if (pointed := pointed_to_before(DISCOURSE_OPENER.sub("", head_text).strip(), previous)) is not None:
            # "This judgement, known as T, covers ...": what the demonstrative points to is in the sentence before.
            return (pointed, PREVIOUS_SENTENCE_CONFIDENCE) if pointed else None
        if described := subject_then_predicate(head_text, tail):
            return described, REBUILT_CONFIDENCE  # "Part of the land, known as T, was farmed for the lord"
        if title := _FULL_TITLE.match(head_text):
            # "The Treaty on ... Outer Space, including the Moon ..., usually called the Outer Space Treaty": the short
            # name's full title, never the title's tail after "including".
            kind = title["kind"].lower()
            return ((f"The {kind} whose full title is the {title['title']}.", REBUILT_CONFIDENCE)
                    if word_list(term)[-1].lower() == kind else None)
        bound_at, bound = phrase_start(head_text[:-1], stop_at_prepositions=False)
        if (relative := noun_phrase_with_relative(head_text[:-1], bound_at, bound)) and (
                definition := finish_definition(rephrase.drop_demonstratives(relative))) and not has_anaphora(definition):
            # "..., or the poisons that organisms produce, known as T, ..." -> "The poisons that organisms produce".
            return definition, CONFIDENCE
        if placed := _PLACED_NP.search(head_text[:-1]):
            # "attaches to a region of DNA just before the gene, called the promoter": the region is named, not the
            # gene (test-cq, both raters: a garbled "The gene before which ...").
            definition = finish_definition(f"{placed['np']} {placed['pp']}")
            return (definition, REBUILT_CONFIDENCE) if definition else None
        if purpose := _PURPOSE_OBJECT.search(head_text[:-1]):
            # "published a model to explain the size and spacing of settlements, known as T": the name is the
            # model's, not its object's (test-co, both raters: "The size and spacing of settlements.")
            definition = finish_definition(f"{purpose['np']} {purpose['purpose']}")
            return (definition, REBUILT_CONFIDENCE) if definition and not _PRONOUN.search(definition) else None
        named_np = named_before_comma(head_text[:-1], bound_at)
        if named_np:
            return named_np[0], CONFIDENCE if named_np[1] else REBUILT_CONFIDENCE
        if not active and (rebuilt := object_of_clause(head_text, tail)):
            # "At the same summit Russia made political commitments, known as T, to withdraw ..." -> "Political
            # commitments that Russia made at the same summit to withdraw ...".
            return rebuilt, REBUILT_CONFIDENCE
    elif LATER_RELATIVE.search(tail) and (named := named_noun_phrase(head_text, tail)) and " which " in named:
        # "Work is divided by a principle called T, or fair return, under which each country receives ...":
        # the relative after the name says what it is, not the clause before it.
        definition = finish_definition(named)
        if definition and not has_anaphora(definition):
            return definition, REBUILT_CONFIDENCE
    else:
        bound_at, bound = phrase_start(head_text, stop_at_prepositions=True)
        # "fed into the bottom of a tall tower called T": the name is the tower's, not its bottom's (test-cc)
        np = _PART_OF.sub("", without_vague_count(head_text[bound_at:].strip(), head_text[:bound_at]))
        if _PLACE_THEN_ARTICLE.match(np):
            return None  # "in Korea a Buddhist text known as T was printed ...": a setting, then the subject (test-cm)
        np_words = word_list(np)
        clause = trim_unresolved(DISCOURSE_OPENER.sub("", head_text[:bound_at].rstrip(" ,")).strip())
        if bound in PREPOSITIONS:
            clause = clause[: clause.rstrip().rfind(" ") + 1].rstrip(" ,") if " " in clause else ""
        first = np_words[0].lower() if np_words else ""
        # "In Ruritania, a fund known as T pays ...": a fronted setting is no clause the name describes.
        setting = FRONTED_SETTING.match(head_text)
        if bound == "," and first in {"a", "an"} and len(np_words) <= 4 and clause and not (
                setting and setting.end() >= bound_at):
            # "Light splits water molecules, a step known as photolysis."
            after = _after_name(sentence, term, term_start, tail).lstrip()
            if term.islower() and after[:1].isalpha() and (subject_of := subject_named_in_passing(np, after)):
                # "In incomplete metamorphosis, ..., a young stage called T gradually comes to resemble the adult": the
                # phrase is the subject of the verb after the name, no summary of the clause before (test-cr).
                return subject_of, REBUILT_CONFIDENCE
            if _gerund_subject(clause, after) and len(np_words) == 2:
                # "Adding gypsum ... to softer water, a practice called T, allowed ...": the gerund's phrase is the
                # practice, no clause (test-db, both raters: "A practice in which adding gypsum ...")
                definition = finish_definition(f"The {np_words[-1].lower()} of {rephrase.lower_first(clause)}")
                return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
            if not any(w.islower() and finite_verb(w) for w in word_list(clause)):
                return None  # "Finally, a new class called T, based on ...": an opening adverbial, no clause to sum up
            if np_words[-1].lower() in _EVENT_NOUNS:
                # "... for someone whose heart has stopped, a condition called T": the state is the last clause's.
                last, which = _LAST_RELATIVE.search(clause), _LAST_WHICH.search(clause)
                # ("DDT breaks down into DDE, which builds up in animals ..., a process called T": the relative's.)
                clause = f"the {last.group('rest')}" if last else (
                    f"{'' if which['noun'][:1].isupper() else 'the '}{which['noun']} {which['rest']}" if which else clause)
                definition = finish_definition(rephrase.relative_definition(np, "in", reported_claim(clause)))
            elif (claim := _CLAIM_THAT.search(clause)) and np_words[-1].lower() in _CLAIM_NOUNS:
                # "Scientists believe that mitochondria were once ..., an idea known as T": "The idea that ..." (test-ed)
                definition = finish_definition(f"The {np_words[-1].lower()} that {claim['claim']}")
            else:
                definition = finish_definition(f"{np}: {rephrase.lower_first(rephrase.reorder_subordinate(clause))}")
            if definition and not has_anaphora(definition):
                return definition, REBUILT_CONFIDENCE
        elif bound == "by" and agent_definition(head_text[:bound_at], np):
            # "sacs, which are surrounded by a fluid called the stroma" ->
            # "A fluid that surrounds thylakoids".
            definition = finish_definition(agent_definition(head_text[:bound_at], np))
            if definition and not has_anaphora(definition):
                return definition, AGENT_CONFIDENCE
        elif bound == "to" and (infinitive := _infinitive_object(head_text[:bound_at], np_words)) is not None:
            # "Millers began to charge fees called T": "to" marks an infinitive, not a preposition; what gets the
            # name is its object ("Fees which millers began to charge"), never "Charge fees to which millers began".
            return (infinitive, REBUILT_CONFIDENCE) if infinitive else None
        elif bound in PREPOSITIONS and _indefinite(np_words) and clause and not _RELATIVE_NAMING_OR_COMMA.search(
            clause := _main_clause(_OPENING_PHRASE.sub("", _EXAMPLE_ASIDE.sub("", clause)))
        ) and not _ANSWER_SUBJECT.match(clause):  # ("A series of sound changes in which a large part of the answer lies")
            # "RuBisCO attaches carbon dioxide to a sugar called RuBP."
            if _attributive_participle_last(word_list(clause)):
                # "... put numbers on this flow with a simple formula built around a quantity called T": the kind is
                # the participle's, and no clause is about it ("A quantity around which engineers ... built": test-cy,
                # both raters)
                return None
            definition = finish_definition(rephrase.drop_demonstratives(rephrase.relative_definition(np, bound, clause)))
            if definition and not has_anaphora(definition):  # not "A number with which we allow for this" (test-dv)
                return definition, REBUILT_CONFIDENCE
        elif bound not in {",", None} and (means := _MEANS.match(np)) and _indefinite(word_list(means.group("means"))):
            # "Photographers compare amounts of light using a unit called T": what gets the name is the means, not
            # "Amounts of light using a unit" -> "A unit with which photographers compare amounts of light".
            definition = None if not clause or PRONOUN_START.match(clause) else finish_definition(
                rephrase.relative_definition(means.group("means"), "with", f"{clause} {means.group('object')}"))
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        elif bound in PREPOSITIONS and (verb_at := _main_verb_after_plural(np_words)):
            # "Water flowing in thin films over walls and floors deposits sheets called T": the phrase after the
            # preposition runs past the sentence's verb, and what gets the name is its object (test-db, both raters:
            # "Walls and floors deposits sheets") -> "Sheets that water flowing ... over walls and floors deposits".
            subject = f"{head_text[:bound_at].rstrip()} {' '.join(np_words[:verb_at + 1])}"
            definition = finish_definition(f"{' '.join(np_words[verb_at + 1:])} that {rephrase.lower_first(subject)}")
            return (definition, REBUILT_CONFIDENCE) if definition and not has_anaphora(definition) else None
        elif bound not in {",", None} and len(np_words) >= 2 and (first not in {"a", "an", "the"} or relative) \
                and not name_then_verb(np_words) and not (bound in _BE and first.endswith("ing")):
            # ("Guido dedicated his treatise known as T": a clause; "had been seeing a critic named T": a verb's phrase)
            # "... are stacks of flattened sacs called thylakoids, which ..." -> "Flattened sacs, which ...": the
            # name is the units', not the arrangement's ("long chains of building blocks called amino acids").
            np = ARRANGEMENT_OF.sub("", np)
            definition = finish_definition(np + (", " + relative.group(1) if relative else ""))
            if definition and not has_anaphora(definition):
                return definition, REBUILT_CONFIDENCE
    after_name = _after_name(sentence, term, term_start, tail)
    if not passive and not active and (described := described_after_name(head_text, after_name)):
        return described, REBUILT_CONFIDENCE
    named = named_noun_phrase(head_text, tail) if not passive else named_in_passive(head_text)
    confidence = REBUILT_CONFIDENCE
    if passive and not named:
        named = named_by_demonstrative(head_text, previous)
        if named and " in which " in named:
            confidence = PREVIOUS_SENTENCE_CONFIDENCE
    if passive and not named:
        # "This glowing ball of gas is called a protostar" -> "A glowing ball of gas": the description stands
        # without the sentence before.
        named = described_by_demonstrative(DISCOURSE_OPENER.sub("", head_text).strip())
    if not passive and not active and not named:
        named = object_with_place(head_text)
    if named and _ENDS_IN_KIND.search(named.rstrip(" .")):
        named = None  # "chipping a ring around the broad end in a process called T": the process is named, not the
        # ring (test-dw, both raters: a wrong key)
    if named:
        definition = finish_definition(named)
        if definition and not has_anaphora(definition):
            return definition, confidence
    if not passive and not active and not looks_like_acronym(term) and (
            subject_of := subject_named_in_passing(head_text, after_name)):
        return subject_of, REBUILT_CONFIDENCE  # "Tiny organisms called T carry out ..." -> "Tiny organisms that carry ..."
    if not passive and not active and (described := described_by_participle(head_text, after_name)):
        return described, REBUILT_CONFIDENCE  # "large halls called T, used for trade" -> "Large halls used for trade"
    if not passive and not active and not sentence[term_start:].lower().startswith("the ") and " and " not in term and (
            plain := _plain_noun_phrase(head_text)):
        # "scraping algae with a rough, tooth-covered tongue called a T": what a kind is ("the T" names one thing, "T and
        # U" two)
        return plain, PLAIN_CONFIDENCE
    masked = finish_definition(mask_term(trim_unresolved(sentence), term_key(term)))
    # ("His second set of doors, later known as T, shows how far sculpture had moved ...": trimmed of its
    # unresolved opening, the sentence lost the name itself, and what is left is about something else.)
    return (masked, MASKED_SENTENCE_CONFIDENCE) if masked and MASK in masked else None


def _main_verb_after_plural(words: list[str]) -> int | None:
    """Where a verb in "-s" follows a plural noun and comes before a short object ("floors deposits sheets"): two
    plural nouns in a row are rare, a plural subject's last noun and its verb are not; None when there is none."""
    for at in range(1, len(words) - 1):
        word, before, after = words[at].lower(), words[at - 1].lower(), words[at + 1:]
        if (word.endswith("s") and "VERB" in word_pos(word) and before.endswith("s") and "NOUN" in word_pos(before)
                and len(after) <= 3 and after[0].lower() not in STOPWORDS):
            return at
    return None


def _attributive_participle_last(words: list[str]) -> bool:
    """The clause ends on a participle that describes the noun before it ("a simple formula built"), not on a passive
    ("was divided", "are often joined") or a past tense ("both belonged")."""
    if len(words) < 2 or not past_participle(words[-1].lower()):
        return False
    before = words[-2].lower()
    if any(w.lower() in _BE for w in words[-5:-1]):
        return False  # "in which only now is the parchment removed": a passive turned round
    return before not in STOPWORDS and "NOUN" in word_pos(before) and not before.endswith("ly")


def _plain_noun_phrase(head_text: str) -> str | None:
    """The noun phrase right before the naming verb, as written, when no clause around it could be rebuilt: an
    indefinite one or a bare plural, with at least one modifier ("a rough, tooth-covered tongue", "small flaps")."""
    tokens = re.findall(r"[\w'’-]+|,", head_text)
    words: list[str] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        if token == "," and words and at and "ADJ" in word_pos(tokens[at - 1].lower()):
            words.insert(0, token)  # "a rough, tooth-covered tongue": adjectives in a comma list
            continue
        if token.lower() in {"a", "an"} and words:
            words.insert(0, token)
            break
        pos = word_pos(token.lower())
        modifier = "-" in token or "ADJ" in pos or "NOUN" in pos and not finite_verb(token)  # ("language uses")
        if not (token.islower() and (modifier or not words and "NOUN" in pos) and token.lower() not in STOPWORDS
                and token.lower() not in _COUNTS):
            break
        words.insert(0, token)
    while words and words[0] == ",":
        words.pop(0)
    indefinite = bool(words) and words[0].lower() in {"a", "an"}
    content = [w for w in words[1:] if w != ","] if indefinite else [w for w in words if w != ","]
    if len(content) < 2 or "NOUN" not in word_pos(content[-1].lower()) or is_generic(content[-1]) or not (
            indefinite or plural_head(content[-1])):
        return None
    return finish_definition(" ".join(words).replace(" ,", ","))


def _gerund_subject(clause: str, after: str) -> bool:
    """``clause`` is a gerund's phrase with no verb of its own, and the subject of the verb after the name ("Adding
    gypsum ... to softer water, a practice called T, allowed ..."): not "Rising prices encouraged people ...", not
    "According to tradition, ...", not a phrase that ends its sentence."""
    words = word_list(clause)
    return bool(words) and (words[0].endswith("ing") and words[0].lower() not in PREPOSITIONS | {"according", "following", "including"}
            and "VERB" in word_pos(words[0].lower()) and not any(clear_verb_form(w) or w.lower() in MODALS for w in words[1:])
            and (next_word := re.match(r",\s+([a-z]+)", after)) is not None and "VERB" in word_pos(next_word.group(1)))


def _after_name(sentence: str, term: str, term_start: int, tail: str) -> str:
    """The text after the name itself: the naming group runs past it ("T in place of ...")."""
    at = sentence.find(term, term_start)
    return sentence[at + len(term):].strip() if at >= 0 else tail


# "Goods of this kind, which have both civilian and military uses,": a head noun and its non-restrictive relative.
# "A large part of the answer lies in ...", "The reason lies in ...": the clause says where an explanation is, not
# what the named thing is (both raters on test-df).
_ANSWER_SUBJECT = re.compile(r"^(?:(?:a|the)\s+(?:large\s+|main\s+|big\s+)?part\s+of\s+)?the\s+(?:answer|reason|explanation"
                             r"|key|solution|secret|cause|problem|difference)\b", re.I)
# "A script of this kind, in which vowels are left for the reader to supply,": the relative after a preposition.
_RELATIVE_ASIDE = re.compile(r"^(?P<head>[A-Z][^,]{2,60}?),\s+(?:(?P<preposition>in|on|at|by|through|with|from|for)\s+which"
                             r"|which|that)\s+(?P<rest>[^,]{5,150}?),?$")
_THIS_KIND_OF = re.compile(r"^(?:This|That|Such\s+an?)\s+(?:kind|type|sort|form)\s+of\s+(?P<noun>[a-z][\w-]*)$")
_OF_THIS_KIND = re.compile(r"\s+(?:of\s+(?:this|that|these|those)\s+(?:kind|type|sort)s?|like\s+(?:this|these))$")


def _indefinite(np_words: list[str]) -> bool:
    """"a sugar", "long threads": a noun phrase the naming introduces (an article, or a bare plural)."""
    if not np_words:
        return False
    first = np_words[0].lower()
    return first in {"a", "an"} or (first not in STOPWORDS and len(np_words) <= 3 and plural_head(" ".join(np_words)))


# "amounts of light using a unit", "heavy loads using cranes": an object, then the means it is handled with.
_MEANS = re.compile(r"^(?P<object>[^,;]+?)\s+(?:by\s+)?using\s+(?P<means>(?:an?\s+)?[a-z][^,;]*)$", re.I)
# "began to", "learned to", "were allowed to": the verb before an infinitive's "to".
_VERB_BEFORE_TO = re.compile(r"(?P<clause>.*\b(?P<verb>[a-z]+))\s+to$")


def _infinitive_object(before_to: str, np_words: list[str]) -> str | None:
    """"In the village, millers began" + "charge fees" -> "Fees which millers began to charge"; "" if not rebuilt.

    ``None`` when "to" is a preposition after all: no verb before it, or no bare verb after it ("plants").
    """
    match = _VERB_BEFORE_TO.match(before_to.rstrip())
    if not match or len(np_words) < 2 or not np_words[0].islower():
        return None
    verb, head = match.group("verb"), np_words[0]
    if not clear_verb_form(verb) or "VERB" not in word_pos(head) or head.endswith(("s", "ed", "ing")) or "ADJ" in word_pos(
            head) and re.search(r"\b(?:is|are|was|were|been)\s+\w+ed\s+to$", before_to.rstrip()):  # "were reduced to single signs"
        return None
    clause = trim_unresolved(DISCOURSE_OPENER.sub("", match.group("clause").split(",")[-1]).strip())
    if not clause or PRONOUN_START.match(clause) or not _indefinite(np_words[1:]):
        return ""
    definition = finish_definition(f"{' '.join(np_words[1:])} which {rephrase.lower_first(clause)} to {head}")
    return definition if definition and not has_anaphora(definition) else ""


# "The amount of money you start with, whether saved or borrowed, is called T", "Vitamins and minerals, by
# contrast, are known as T": an aside that neither restricts nor describes the subject; the subject stands alone.
_INTERJECTED_ASIDE = re.compile(
    r",\s+(?:whether\s+[^,]+?\s+or\s+[^,]+?|by\s+contrast|in\s+contrast|however|in\s+turn|therefore|in\s+general"
    r"|in\s+practice|in\s+everyday\s+speech|in\s+everyday\s+language)\s*(?=,|$)", re.I)


# "Most stars, including the Sun, lie on ...": an aside of examples inside a clause.
# "In plants and animals, the DNA ... is packaged into ...": a scene-setting phrase before the clause.
# "Once the fixed points are agreed, the gap ... is divided into", ", and their differences follow": the main clause
# after an opening subordinate clause or a coordinator, when it has a subject of its own (an article first).
_MAIN_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:(?:and|but|so)\s+)?(?P<main>(?:the|a|an)\s+[^,]+)$", re.I)


# "a region of DNA just before the gene": a thing placed by a preposition of position, which the name after it names.
_PLACED_NP = re.compile(r"\b(?P<np>(?:an?|the)\s+[a-z][\w-]*(?:\s+of\s+[A-Za-z][\w-]*)?)\s+"
                        r"(?P<pp>(?:just|immediately|right)\s+(?:before|after|behind|above|below|beside)\s+the\s+[a-z][\w-]*)$")
_PART_OF = re.compile(r"^(?:the\s+(?:bottom|top|base|side|end|edge|centre|center|middle|front|back|surface|inside|outside)"
                      r"|crystals|grains|particles|pieces|fibres|fibers|flakes|drops|lumps)\s+of\s+(?=an?\s)", re.I)
# "a model to explain the size and spacing of settlements": a made thing and what it is for, closing the phrase.
_PURPOSE_OBJECT = re.compile(r"\b(?P<np>(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:model|theory|method|system|device|machine|tool"
                             r"|instrument|test|scale|framework|technique|law|rule|formula))\s+(?P<purpose>to\s+[a-z]+\s+[^,;]+)$")
_PRONOUN = re.compile(r"\b(?:they|them|their|he|him|his|she|her)\b", re.I)  # ("it" polishing resolves)


def _main_clause(clause: str) -> str:
    found = _MAIN_CLAUSE_AFTER_COMMA.search(clause)
    return found.group("main") if found else clause


_OPENING_PHRASE = re.compile(r"^(?:In|On|At|During|Within|Among)\s+[^,]{1,40},\s+")
_EXAMPLE_ASIDE = re.compile(r",\s+(?:including|such as|like|e\.g\.)\s+[^,]+,")
# ", such as water, air or a rope" closing it, "The people, groups and institutions that": one noun phrase's commas.
_COMMAS_OF_ONE_PHRASE = re.compile(r",\s+(?:including|such as|like|e\.g\.)\s+[^;:()]+,?$|,$"
                                   r"|^(?:(?:the|all|any)\s+)?[a-z]+(?:,\s+[a-z]+)+,?\s+(?:and|or)\s+(?=[a-z])", re.I)
