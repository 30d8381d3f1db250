"""Names and glosses given in passing: "a free trade agreement, called an FTA, ...",
"the lithosphere, or rigid outer layer, ...", and "This process is called condensation."
"""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import (
    AUXILIARIES,
    PREPOSITIONS,
    PRONOUN_START,
    finite_verb,
    has_anaphora,
    looks_like_acronym,
    np_before,
    plural_head,
    predicate_of,
    schwartz_hearst,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.subject_aside import aside_gloss, possessive_subject
from lessontext.semantics import specificity
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, fold, singular, term_key, word_pos

# "a free trade agreement, called an FTA,": the name and what it names, side by side.
NAMED_ASIDE_CONFIDENCE = 0.8
# "the lithosphere, or rigid outer layer,": "or" glosses more often than it lists; a little less sure.
OR_GLOSS_CONFIDENCE = 0.7
# The same closing its sentence ("... to create a hollow bulb, or parison."): less sure, and no plain-noun phrase
# after a participle ("with the lips pushed forward, or **unrounded**": two choices, not two names).
CLOSING_OR_GLOSS_CONFIDENCE = 0.55
# "This process is called condensation.": the previous sentence says what happens.
PREVIOUS_SENTENCE_CONFIDENCE = 0.75
# "an attaché enjoys diplomatic immunity, meaning protection from arrest": the author glosses the phrase.
MEANING_CONFIDENCE = 0.75

_NP = r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+"

# "<article> NP, (also) called|known as|termed|referred to as NAME(,|.|;|()".
_NAMED_ASIDE = re.compile(
    r"(?:^|\s)(?P<art>an?|the)\s+(?P<np>" + _NP + r"),\s+(?:(?:also|commonly|often|sometimes|usually)\s+)?"
    r"(?:called|known\s+as|termed|referred\s+to\s+as|dubbed)\s+(?P<name>(?:the\s+|an?\s+)?[^,;:.()]{2,60}?)"
    r"\s*(?=,|;|\.|\(|$)"
)

# "<article> NP, or GLOSS," (closed by a comma: an aside, not the last item of a list).
# ("86 billion nerve cells, or neurons,", "thousands of tiny pores, or stomata,": a counted plural, no article.)
_OR_GLOSS = re.compile(
    r"(?:^|\s)(?P<art>an?|the|(?<![\w,] )(?:An?|The)|of|\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion))?)\s+(?P<np>" + _NP
    + r"),\s+or\s+(?P<gloss>(?:the\s+|an?\s+)?" + _NP + r")(?:,\s|\.$)"  # ("... to create a hollow bulb, or parison.")
)
_MEASURE_OF = re.compile(r"^(?:number|amount|size|length|count|shape|colour|color)\s+of\s+(?=[a-z])")
# ", which pass signals to one another": what the glossed thing does, to the end of the clause.
_RELATIVE_AFTER = re.compile(r"^(?P<rel>which|that|who)\s+(?P<clause>[^,;:()]{8,160}?)\s*(?:[,;:(]|\.?$)")

# The gloss is the term only when clearly more specialised than the first name.
_CLEARLY_MORE_SPECIFIC = 0.1

_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")
_LAST_CLAUSE = re.compile(r"[;:]\s+|,\s+(?:and|but|then)\s+")


def _clause(gloss: str) -> bool:
    """"the crust bulges": a definite singular noun and a verb that agrees with it."""
    words = word_list(gloss)
    return (len(words) == 3 and words[0].lower() == "the" and not plural_head(words[1])
            and finite_verb(words[2], plural=False) and words[2].endswith("s"))


def _noun_phrase(text: str) -> bool:
    words = [w.lower() for w in word_list(text)]
    return bool(words) and not any(w in STOPWORDS and w not in {"of", "and"} for w in words) and words[-1] not in STOPWORDS


# "a model to explain the ...", "a region of DNA just before the ...": the noun before the comma ends a longer phrase,
# whose head the name after the comma names.
_INSIDE_LONGER_PHRASE = re.compile(r"\bto\s+[a-z]+\s+(?:the|a|an)?\s*$|\b(?:just|immediately|right)\s+(?:before|after|behind"
                                r"|above|below|beside)\s+(?:the\s+)?$"  # ("a region just before the gene, called T")
                                r"|\ban?\s+(?:[a-z]+\s+){1,4}[a-z]+(?:ed|en)\s+(?:in|into|on|from|within|inside)\s+(?:the\s+)?$")
# ("a set of proteins dissolved in the plasma, called T": the set's name, not the plasma's; test-cs, both raters)


def find_named_asides(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... sign a free trade agreement, called an FTA, to ..." -> FTA: "A free trade agreement".

    The noun phrase before the comma is what the name names; a name that is
    itself a clause or a generic word is not a term.
    """
    out = []
    for match in _NAMED_ASIDE.finditer(sentence):
        name = strip_article(match.group("name").strip())
        np = match.group("np")
        if not _noun_phrase(np) or not valid_term(name, strict=False) or is_generic(name) or name.split()[0] in lexicon.RANKED_OPENERS:
            continue
        if len(word_list(name)) > 4 or term_key(name) == term_key(np):
            continue
        art = match.group("art").lower()
        if art == "the" and np.islower() and len(word_list(np)) < 2:
            continue  # "the water that rushes up the beach, called the swash": "The beach." only points (test-be)
        if _INSIDE_LONGER_PHRASE.search(sentence[: match.start("np")]):
            continue  # "a model to explain the size and spacing of settlements, known as T": the model's name (test-co)
        if looks_like_acronym(name) and np[:1].isupper():
            # "the Office for the Coordination of Humanitarian Affairs, called OCHA": the whole name, not its tail.
            window = " ".join(sentence[: match.end("np")].split()[-(len(name) + 5):])
            long = schwartz_hearst(name, window)
            if long is None:
                continue
            np, art = strip_article(long), "a"
        lead = "The" if art == "the" else rephrase.article(word_list(np)[0])
        if np[:1].isupper() and art != "the" and looks_like_acronym(name):
            lead = ""
        definition = (finish_definition(f"{lead} {np}".strip()) if len(word_list(np)) >= 2
                      else f"{lead} {np}.".strip())
        if not definition:
            continue
        kind = TermKind.ACRONYM if looks_like_acronym(name) and name.isupper() else TermKind.DEFINED
        out.append(Candidate(name, definition, kind, section, sentence, NAMED_ASIDE_CONFIDENCE, "pattern", mask=False))
    return out


def find_or_glosses(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"the lithosphere, or rigid outer layer, ..." -> Lithosphere: "The rigid outer layer".

    Of the two names the more specialised (:func:`~lessontext.semantics.specificity`)
    is the term and the other its plain-language gloss; an "or" after a list
    ("tanks, ships, or aircraft") is a choice, not a gloss.
    """
    out = []
    for match in _OR_GLOSS.finditer(sentence):
        before = sentence[: match.start("art")]
        if _LIST_BEFORE.search(before) or _LAST_CLAUSE.split(before)[-1].count(",") >= 2:  # (", and blew into ...")
            continue
        np, gloss = match.group("np"), strip_article(match.group("gloss"))
        closing = match.group(0).endswith(".")
        if closing and any(w.endswith("ed") for w in word_list(np)[1:]):
            continue
        if plural_head(gloss):
            np = _MEASURE_OF.sub("", np)  # "the number of seed leaves, or cotyledons": the leaves (test-cs, both raters)
        if not (np.islower() and gloss.islower()):
            continue  # names and acronyms ("the Sea Convention, or LOSC,") are the acronym rule's
        if not (_noun_phrase(np) and _noun_phrase(gloss)) or len(word_list(gloss)) > 5 or _clause(match.group("gloss")) \
                or word_pos(word_list(gloss)[-1].lower()) == {"ADV"}:
            continue  # ("a blister of rock, or the crust bulges,": a second clause, not another name; test-dz; "leave
            # the organisation, or move elsewhere": a verb and its adverb, test-en)
        counted = match.group("art").lower() not in {"a", "an", "the"}
        # ("86 billion nerve cells, or neurons,": after a count, the rarer name the "or" brings in is the term.)
        bold = context.bold_keys
        marked = term_key(gloss) in bold and term_key(np) not in bold
        if match.group("art")[:1].isupper() and not marked:
            continue  # a sentence's opening "An **endotherm**, or warm-blooded animal, ...": the copula's, or no gloss
        if marked:
            term, described = gloss, np  # "A raised body temperature, or **fever**, ...": the author marks the term
        elif specificity(gloss) > specificity(np) + (0.0 if counted else _CLEARLY_MORE_SPECIFIC):
            term, described = gloss, np
        else:
            term, described = np, gloss
        if not valid_term(term) or is_generic(term) or len(word_list(term)) > 4:
            continue
        if len(word_list(described)) < 2:
            continue
        if counted and not (plural_head(np) and term == gloss):
            continue  # "of rules, or laws,": only a counted plural glossed by a rarer name
        definition = f"{described[:1].upper()}{described[1:]}" if counted else f"The {described}"
        if match.group("art").lower() in {"a", "an"}:
            definition = f"{rephrase.article(described)} {described}"  # "A raised body temperature, or fever, ..."
        relative = _RELATIVE_AFTER.match(sentence[match.end():])
        if relative and term == gloss and predicate_of(relative.group("clause"), plural=plural_head(np)):
            definition += f" {relative.group('rel')} {relative.group('clause')}"  # "nerve cells, or neurons, which ..."
        definition += "."
        out.append(Candidate(term, definition, TermKind.DEFINED, section, sentence,
                             CLOSING_OR_GLOSS_CONFIDENCE if closing else OR_GLOSS_CONFIDENCE, "pattern",
                             mask=False))
    return out


_THIS_IS_CALLED = re.compile(
    r"^(?:This|These|Such an?|Such)\s+(?P<noun>[a-z]+)\s+(?:is|are)\s+(?:(?:also|often|commonly|usually|sometimes)\s+)?"
    r"(?:called|known\s+as|termed|referred\s+to\s+as)\s+(?P<name>(?:the\s+|an?\s+)?[^,;:()]{2,50}?)"
    r"(?:,\s+(?:since|because|as|after)\s[^;]+)?\.?$"  # ("..., since the time between two ticks is stretched": why)
)
# "... and a startling result follows: a moving clock runs slow": what the colon announces is what happens.
_ANNOUNCED = re.compile(r"^[^:]{3,}\b(?:follows|emerges|appears|is\s+this|happens)\s*:\s+(?P<clause>[a-z][^:]+)$")

# Nouns after which "the NOUN in which <what happens>" reads as a definition.
_EVENT_NOUNS = frozenset(
    """
    process procedure practice phenomenon effect stage phase method technique approach strategy arrangement
    situation event change reaction cycle mechanism policy principle pattern movement exchange relationship
    """.split()
)


# "When an acid reacts with a base, the products are ...": a happening (with its own subject) and its outcome.
_WHEN_THEN = re.compile(r"^When\s+(?P<event>(?:an?|the)\s+[^,;]{5,80}?),\s+(?P<outcome>(?:an?|the)\s+[^,;]{5,80})$")


def find_previous_sentence_names(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Water vapour cools into droplets. This process is called condensation." -> "The process in which ...".

    The previous sentence of the same section says what happens; it must
    stand on its own (no "it/this/they" at its start).
    """
    match = _THIS_IS_CALLED.match(sentence.strip())
    previous = context.previous
    if not match or not previous or match.group("noun") not in _EVENT_NOUNS:
        return []
    name = strip_article(match.group("name").strip())
    if not valid_term(name) or is_generic(name) or PRONOUN_START.match(previous.strip()):
        return []
    clause = previous.strip().rstrip(".!?")
    if announced := _ANNOUNCED.match(clause):
        clause = announced["clause"]
    if clause.endswith(":") or "?" in clause or len(word_list(clause)) > 35:
        return []
    first = word_list(clause)[:1]
    happening = _WHEN_THEN.match(clause)
    if happening:
        # "When an acid reacts with a base, the products are a salt and water. This reaction is called ...":
        # the "when" clause is what happens, the main clause its outcome.
        clause = f"{happening.group('event')}; {rephrase.lower_first(happening.group('outcome'))}"
    elif first and first[0][0].isupper() and fold(first[0]) in STOPWORDS and fold(first[0]) not in {"the", "a", "an"}:
        return []  # "If ...", "Although ...": a condition, not a happening
    definition = finish_definition(f"The {match.group('noun')} in which {rephrase.lower_first(clause)}")
    if not definition:
        return []
    return [Candidate(name, definition, TermKind.DEFINED, section, f"{previous} {sentence}",
                      PREVIOUS_SENTENCE_CONFIDENCE, "pattern", mask=False)]


NAMED_ASIDE = RULES.register(Rule(
    name="named_aside", priority=136, scope=Scope.SENTENCE, confidence=NAMED_ASIDE_CONFIDENCE, find=find_named_asides,
    examples=(
        finds("# Trade\n\nCountries often sign a free trade agreement, called an FTA, to remove tariffs.\n", "FTA"),
        misses("# Trade\n\nThe ship, called at three ports, unloaded grain.\n", "at three ports"),
        misses("# Tides\n\nThe water that climbs up the shore, called the uprush, carries sand.\n", "uprush"),
        misses("# Towns\n\nChristaller published a model to explain the spacing of towns, known as central place theory.\n",
               "central place theory"),
    ),
))

OR_GLOSS = RULES.register(Rule(
    name="or_gloss", priority=134, scope=Scope.SENTENCE, confidence=OR_GLOSS_CONFIDENCE, find=find_or_glosses,
    examples=(
        finds("# Earth\n\nAbove it lies the lithosphere, or rigid outer layer, which is broken into plates.\n",
              "lithosphere"),
        misses("# Army\n\nThe army bought trucks, radios, or the new helmets, for its units.\n", "new helmets"),
        misses("# Firms\n\nUnhappy members stop paying, leave the organisation, or move elsewhere.\n", "organisation"),
        finds("# Leaves\n\nA leaf has thousands of tiny pores, or stomata, which let gases in and out.\n", "stomata"),
        misses("# Towns\n\nThe council has dozens of rules, or laws, which apply to everyone.\n", "laws"),
        finds("# Illness\n\nA swollen red patch of skin, or **rash**, can follow a bite.\n", "rash"),
        misses("# Illness\n\nA swollen red patch of skin, or rash, can follow a bite.\n", "rash"),
        misses("# Animals\n\nAn **endotherm**, or warm-blooded animal, keeps its body warm.\n", "endotherm"),
        # The gloss may close the sentence, after a clause joined by "and" (test-cv).
        finds("# Glass\n\nThey heated the gather, rolled it flat, and blew into the pipe to create a hollow bulb, or "
              "parison.\n", "parison"),
        misses("# Travel\n\nYou can take a bus, or taxi.\n", "taxi"),
        misses("# Vowels\n\nVowels may be **rounded**, with the lips pushed forward, or **unrounded**.\n", "unrounded"),
    ),
))

PREVIOUS_SENTENCE_NAME = RULES.register(Rule(
    name="previous_sentence_name", priority=133, scope=Scope.SENTENCE, confidence=PREVIOUS_SENTENCE_CONFIDENCE,
    find=find_previous_sentence_names,
    examples=(
        finds("# Water\n\nWater vapour cools and turns into droplets high in the air. This process is called condensation.\n",
              "condensation"),
        misses("# Water\n\nIt cools and turns into droplets. This process is called condensation.\n", "condensation"),
        finds("# Acids\n\nWhen an acid reacts with a base, the products are a salt and water. This reaction is called"
              " neutralisation.\n", "neutralisation"),
        misses("# Acids\n\nIf an acid is spilled, the bench must be washed. This reaction is called neutralisation.\n",
               "neutralisation"),
        # what a colon announces, and a reason after the name (test-ek)
        finds("# Metals\n\nHeat a wire and a strange result follows: the wire sags under its own weight. This effect is "
              "called creep, since the metal slowly flows.\n", "creep"),
    ),
))


# "..., meaning a standard under which ...", "..., meaning protection from arrest", "..., meaning that nations share ...".
# A single word is a term only when it is a specialised one ("annuality", "perestroika"), as in the appositive and
# subject rules; an everyday word before ", meaning" ("rates", "self") is the subject of a consequence or a topic.
_SPECIALISED_WORD = 0.6
# "lay in verification, meaning the means by which each party could check ...": a word of middling specificity that
# the author glosses with a whole noun phrase is a term ("raised its rates, meaning the price of loans went up" is a
# consequence: a clause, not a noun phrase; "price", "rates", "fees" are everyday, below this).
_GLOSSED_WORD = 0.5
# A gloss ends before the comma that opens the next "NP, meaning ..." ("disegno, meaning drawing, with Venetian
# colorito, meaning ...").
# ("..., that is, arranging deals between other parties,": the same gloss, set off by "that is".)
# ", which then meant any charge for a loan" (test-cl: "usury" missed) glosses like ", meaning"; "which means that
# ..." is most often a consequence of the clause, and is not read.
_MEANING = re.compile(r",\s+(?:meaning|that\s+is,|which\s+(?:(?:then|originally|here|now)\s+)?(?:means|meant)(?!\s+(?:that|you|we|they|it|he|she|i|this|there)\b))\s+"
                      r"(?P<gloss>(?P<that>that\s+)?[^;]{8,240}?)\s*"
                      r"(?:[;.]|,\s+(?:and|but|which|because)\b|,\s+(?=[^,;]{1,60},\s+meaning\s)|$)")
# "took the title mansa, meaning king": a naming noun before the word; the word is the term, the noun its kind.
_NAMING_HEAD = re.compile(r"^(?P<kind>title|word|term|rank|honorific|character|name|syllable|symbol)\s+(?P<name>[a-zA-Z][\w'-]*)$", re.I)
# "a sustained fall in the price level, meaning ...": the phrase before the comma is the object of a preposition
# inside a larger noun phrase ("a fall in"), and the gloss may restate the larger phrase as well as its last part.
_INSIDE_A_NOUN_PHRASE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?P<head>[\w-]+)\s+(?:in|on|of|to|for)\s+(?:(?:the|a|an)\s+)?$",
                                   re.I)
# "a giornata, meaning \"a day's work\"": a translation of the word, not what it is.
_QUOTED = re.compile(r"^[\"“‘']")


def _nominal_head(word: str) -> bool:
    """"fall", "rise": a noun heading the phrase; "speaks", "ruled": the sentence's verb, not a head."""
    pos = word_pos(word.lower())
    return "NOUN" in pos and not ("VERB" in pos and word.lower().endswith("s"))


# "the means by which ...", "several spare routes rather than one", "proposed changes to the wording": a noun phrase.
_GLOSS_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when)\b")
_QUANTIFIERS = frozenset("several many some few two three four various".split())
# "different doctrine", "new doctrine": a modifier that says which or how many, not what kind.
_VAGUE_MODIFIERS = frozenset("different various several many certain other such new similar numerous some".split())


def _noun_phrase_gloss(words: list[str]) -> bool:
    """The gloss is a noun phrase: an article, a quantifier or a noun first, and no verb of its own before a relative.

    "the price of loans went up" has its own verb (a consequence); "the means by which each party could check" has
    its verb inside the relative clause, which restricts the noun.
    """
    if len(words) < 2:
        return False
    first = fold(words[0])
    if not (first in {"a", "an", "the"} or first in _QUANTIFIERS or word_pos(first) & {"NOUN", "ADJ"}
            and first not in STOPWORDS and not finite_verb(first)):
        return False
    for word in words[1:]:
        lw = word.lower()
        if _GLOSS_RELATIVE.fullmatch(lw):
            return True
        if lw in AUXILIARIES or lw.endswith(("s", "ed")) and finite_verb(lw) and "NOUN" not in word_pos(lw):
            return False
    return True


_GERUND_AT_END = re.compile(r"\b(?P<gerund>[a-z]+(?:-[a-z]+)*ing)$")


def _gerund_before(sentence: str, end: int) -> tuple[str, int] | None:
    """"... transit and brokering" before ", that is, arranging ...": the activity glossed, and where it starts."""
    match = _GERUND_AT_END.search(sentence[:end])
    return (match["gerund"], match.start()) if match else None


def _object_before(before: str) -> bool:
    """The phrase before ", meaning" is an object: a preposition or a lower-case verb comes right before it, or
    before the noun it is coordinated with ("deals with climate change and resilience, meaning ...")."""
    words = word_list(before)
    while words and fold(words[-1]) in {"a", "an", "the"}:
        words = words[:-1]
    if words[-1:] in (["and"], ["or"]) and "," not in before[-40:]:
        return any(w.islower() and (w in PREPOSITIONS or finite_verb(w)) for w in words[-4:-1])
    return bool(words) and words[-1].islower() and (words[-1] in PREPOSITIONS or finite_verb(words[-1]))


# "meaning that its policyholders were ...": what the thing's own parts or people do.
_ITS_PART = re.compile(r"^that\s+its\s+(?P<rest>[a-z][^;:]+)$")
_PROPOSITION_NOUNS = frozenset("idea principle rule doctrine notion view theory belief policy".split())


def find_meaning_glosses(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Governments speak of effective verification, meaning a standard under which ..." -> the gloss.

    The noun phrase just before ", meaning" is the term (two or more words,
    a specialised word, or a phrase the author set in bold); what follows is its meaning when it
    is a noun phrase ("a standard ...", "protection from arrest") or "that"
    and a clause ("The idea that nations share ...").  "Rates rose, meaning
    the price ..." (a consequence, not a gloss) has no noun phrase term.
    "the title mansa, meaning king" glosses the word after the naming noun:
    "Mansa": "A title meaning king".
    """
    out = []
    for match in _MEANING.finditer(sentence):
        found = np_before(sentence, match.start())
        gerund = found is None and (found := _gerund_before(sentence, match.start())) is not None
        if not found:
            continue
        inside = _INSIDE_A_NOUN_PHRASE.search(sentence[: found[1]])
        if inside and _nominal_head(inside["head"]):
            continue  # "a steady rise in the sea level, meaning ...": the gloss may restate the whole phrase
        term = strip_article(found[0])
        # "Veterans' affairs, meaning the care ..., has become ...": a gloss set off after the sentence's subject.
        aside = aside_gloss(sentence, found[1], sentence[match.start("gloss"):])
        if aside:
            term = possessive_subject(sentence, term, found[1])
        parts = term.split()
        measured = False
        if (len(parts) > 1 and finite_verb(parts[0]) and parts[0].endswith("s")
                and word_list(sentence[: found[1]])[-1:] in (["it"], ["It"], ["this"], ["This"])):
            term = " ".join(parts[1:])  # "it measures spread, meaning ...": the verb's object is glossed, not the verb
            measured = parts[0].lower() == "measures"  # and a quantity a measure is of is a term, however everyday
        naming = _NAMING_HEAD.match(term)
        if naming:
            term = naming.group("name")  # "the title mansa, meaning king": the word is the term, the title its kind
        bold = term_key(term) in context.bold_keys
        gloss = match.group("gloss").strip()
        # An object glossed by a noun phrase ("deals with diversion, meaning the movement of arms to ...") is a term
        # even when the word is fairly common; the sentence's subject before ", meaning" is where consequences hang.
        glossed_object = (not match.group("that") and _noun_phrase_gloss(word_list(gloss))
                          and _object_before(sentence[: found[1]]))
        bar = _GLOSSED_WORD if glossed_object else _SPECIALISED_WORD
        if glossed_object:
            # "exposed to different doctrine, meaning the official body of principles ...": the gloss is doctrine's.
            kept = list(term.split())
            while len(kept) > 1 and fold(kept[0]) in _VAGUE_MODIFIERS:
                kept = kept[1:]
            term = " ".join(kept)
        if not valid_term(term, strict=not gerund) or is_generic(term) or (
                len(word_list(term)) < 2 and not bold and not measured and specificity(term.lower()) < bar):
            continue
        if _QUOTED.match(gloss):
            continue
        words = word_list(gloss)
        if aside:
            definition = finish_definition(aside)
        elif match.group("that"):
            # ("it can capsize, meaning that it changes shape ...": a verb's "it" is the thing that capsizes, no idea:
            # test-dp, both raters)
            owner = _ITS_PART.match(gloss)
            head = term.split()[-1].lower()
            if owner and "NOUN" in word_pos(head) and head not in _PROPOSITION_NOUNS:
                # "founded as a mutual office, meaning that its policyholders were also its owners": an office whose
                # policyholders ..., not an idea (test-eh, both raters: "a mutual office is an insurer, not an idea")
                definition = finish_definition(f"{rephrase.article(head)} {head} whose {owner['rest']}")
            else:
                definition = None if re.match(r"that\s+(?:it|they)\b", gloss) else finish_definition(f"The idea {gloss}")
        elif naming and words and fold(words[0]) not in {"a", "an", "the"} and word_pos(fold(words[0])) & {"NOUN"}:
            definition = finish_definition(f"A {naming.group('kind').lower()} meaning {gloss}")
        elif term.endswith("ing") and fold(words[0]).endswith("ing") and len(words) > 2 and not has_anaphora(gloss):
            # "brokering, that is, arranging deals between other parties": an activity glossed by another (the last
            # of a list of activities: "export, transit and brokering").
            term = re.split(r",\s+|\s+and\s+", term)[-1]
            definition = finish_definition(gloss) if valid_term(term, strict=not gerund) else None
        elif words and (fold(words[0]) in {"a", "an", "any"} or (word_pos(words[0]) & {"NOUN"} and len(words) > 2
                                                           and not finite_verb(words[1]))
                        or (bold or glossed_object) and fold(words[0]) in _QUANTIFIERS | {"the"}
                        and len(words) > 2):
            # ("**core duties**, meaning the checks ...": after the author's bold, "the" opens the gloss too; so it
            # does before a noun phrase with no verb of its own: "meaning the movement of arms to another user".)
            definition = finish_definition(gloss)
        elif words and fold(words[0]) in {"how", "what"} and len(words) >= 3 and not finite_verb(words[1]) \
                or words and fold(words[0]) == "how" and len(words) >= 4 and word_pos(fold(words[1])) & {"ADJ", "ADV"}:
            # "a **duration**, meaning how long it lasts", "the **purpose**, meaning what the speaker wants ...": a
            # question word opens a noun clause that says what the quantity or the thing is.
            definition = finish_definition(gloss)
        else:
            continue
        if definition and not has_anaphora(definition):
            out.append(Candidate(term, _one_of_plural(term, definition), TermKind.DEFINED, section, sentence,
                                 MEANING_CONFIDENCE, "pattern"))
    return out


def _one_of_plural(term: str, definition: str) -> str:
    """"diphthongs, that is, glides from one vowel position to another" -> "A glide from one vowel position to
    another.": a bare plural gloss of a plural term said of one, so it reads as a noun, not as a verb ("Glides from
    ..." was refused as a predicate with no subject: test-df)."""
    words = definition.split()
    head = words[0].lower() if words else ""
    if not term.endswith("s") or singular(term.lower()) == term.lower() or singular(head) == head \
            or "NOUN" not in word_pos(singular(head)) or len(words) < 3 or words[1].lower() not in _PREPOSITIONS:
        return definition
    one = singular(head)
    return f"{rephrase.article(one).capitalize()} {one} {' '.join(words[1:])}"


_PREPOSITIONS = frozenset("from of for in on with between to by".split())


MEANING_GLOSS = RULES.register(Rule(
    name="meaning_gloss", priority=132, scope=Scope.SENTENCE, confidence=MEANING_CONFIDENCE,
    find=find_meaning_glosses,
    examples=(
        finds("# Diplomacy\n\nOnce accepted, an envoy enjoys diplomatic immunity, meaning protection from arrest by the"
              " host country.\n", "diplomatic immunity"),
        misses("# Rates\n\nThe bank raised its rates, meaning the price of loans went up.\n", "rates"),
        finds("# Rome\n\nThe ruler took the title princeps, meaning first citizen.\n", "princeps"),
        misses("# Rome\n\nThe ruler took the title princeps, meaning first citizen.\n", "title princeps"),
        finds("# Law\n\nEarly legal systems relied on primogeniture, meaning that the eldest son inherited the whole"
              " estate.\n", "primogeniture"),
        finds("# Alliances\n\nBurden sharing, meaning the division of a common defence's cost among allies, has long"
              " divided the alliance.\n", "burden sharing"),
        finds("# Clubs\n\nMembers' rights, meaning the claims a member may make on the club, are set out in its"
              " rules.\n", "members' rights"),
        finds("# Ports\n\nEach port must keep up its **core duties**, meaning the customs, health and safety checks"
              " needed to clear a ship, and must report each year.\n", "core duties"),
        misses("# Ports\n\nHarbour fees rose, meaning the cost of each call went up.\n", "harbour fees"),
        finds("# Trade\n\nThe law covers export and brokering, that is, arranging sales between two other parties.\n",
              "brokering"),
        finds("# Trade\n\nThe export rules deal mainly with diversion, meaning the transfer of goods to a buyer who was"
              " never approved.\n", "diversion"),
        misses("# Trade\n\nThe council cut its spending, meaning the number of staff who could be hired went down.\n",
               "spending"),
        finds("# Towns\n\nThe second plan deals with flooding and resilience, meaning a town's ability to recover from"
              " shocks.\n", "resilience"),
        finds("# Bells\n\nEvery bell has a **pitch**, meaning how high or low it sounds, and a **decay**, meaning how"
              " long its note lasts.\n", "decay"),
        misses("# Seas\n\nA marine transgression is a steady rise in the relative sea level, meaning a coastline that"
               " moves inland.\n", "relative sea level"),
        # test-cl: ", which then meant" glosses like ", meaning"; "which means you can ..." is a consequence
        finds("# Banks\n\nThe Church condemned usury, which then meant any charge for a loan.\n", "usury"),
        misses("# Muscle\n\nSkeletal muscle is **voluntary**, which means you can control it consciously.\n", "voluntary"),
    ),
))
