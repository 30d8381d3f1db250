"""A teacher's light edits on a definition lifted from narrative, and on a counted headword.

Blind raters called these entries "minor" and named the edit in their notes:

* an adverb that ties the clause to the sentence before ("A plan that then
  provided ...", "..., which also includes certain fees", "A rate in which
  temperature therefore falls ...", "A process in which fruits then help
  ...") is dropped, and so is a fronted "only now" that turned its clause round ("A machine in which only now is
  the parchment removed" -> "... in which the parchment is removed");
* a definition that is one quotation ("\u201cthe systematic study of ...\u201d")
  loses its quotation marks;
* a trailing ", which ..." that describes another name mentioned inside the
  definition ("... support for the International Mine Action Standards, which
  give operators a common language ...") ends before it, since it defines that
  other name, not the headword;
* a lead-in left before the definition proper ("The property that describes
  this: the energy needed to ...") is dropped, the rest kept;
* a definition cut off at "..., which is why they." (the naming clause that
  followed was the term itself) ends before the "which", and a bare clause
  left ("Endocrine glands release their products ...") becomes a noun phrase
  ("Endocrine glands that release their products ...");
* a genus that is the term's own acronym lower-cased ("Antidiuretic hormone:
  An adh that helps ...") is the term's own head noun ("A hormone that
  helps ...");
* an acronym defined only by its expansion ("RIMPAC: The Rim of the Pacific
  exercise."), when its sentence goes on "..., known as RIMPAC, which the
  United States Navy has hosted since 1971", takes that clause: what the
  lesson says the thing is or does;
* a headword that counts its noun ("Two lungs", "Three branches") is shown
  without the count ("Lungs"), the counted form kept as an alias;
* a definition headed by the pronoun "One" ("Endothermic reaction: One that
  absorbs energy ...") takes the term's own head noun: "A reaction that
  absorbs energy ..." (:func:`one_as_genus`);
* a definition that opens with a bare superlative ("Largest vessels that
  empty lymph ...") gets its article: "The largest vessels that ..."
  (:func:`superlative_article`);
* a vague genus ("Primary consumers: Things that eat producers", "Balance of
  power: Something that keeps ...") takes the term's own head noun:
  "Consumers that eat producers", "A balance that keeps ..."
  (:func:`own_head_for_vague_genus`), unless the definition's verb is the
  one the head is the agent of ("Beta blockers: Things that block ...") or
  the head is an agent noun the lemma tables lack ("blocker");
* a headword the author wrote all in lower case ("**ion**: an atom ...") is
  shown with a capital like every other headword: "Ion"
  (:func:`capitalised_headword`); a command or a symbol ("git add", "pH")
  is left as written;
* a named instrument defined by its kind and what it did ("Treaty of Paris:
  A treaty that ended the Crimean War ...") takes the year the lesson gives
  it, in an aside on its signing in its own sentence ("The Treaty of Paris,
  signed on 30 March 1856, ended ...") or with its name in the title or
  any sentence ("The Dual Alliance of 1879", "The Treaty of Kiel (1814)"),
  one year only: "A treaty of 1856 that ended ..."
  (:func:`dated_instrument`); raters ask for the date of a treaty first;
* "A" before a noun English does not count or a gerund ("Chemical
  digestion: A digestion in which enzymes ...", "Channel straightening: A
  straightening that ...") is dropped: "Digestion in which enzymes ..."
  (:func:`uncounted_head`);
* a second main clause joined by ", and" whose subject points back at the
  headword ("A limited resource, and in Europe it is among the busiest ...",
  "Socialisation that begins ..., and it continues into adulthood ...") ends
  the definition before it: it says something more about the thing, in the
  writer's voice, and its pronoun has nothing to stand for in a glossary;
  so does a main clause with a subject of its own after "; " or ", and"
  ("Cloud at ground level; dew forms when ...", "A force that brought
  together contingents ..., and chaplains from different countries
  routinely shared chapels ..."): the sentence went on to another thing.

:func:`lessontext.glossary.polish.polish_terms` applies them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Term
from lessontext.glossary.phrases import finite_verb, genus_of, word_list
from lessontext.semantics import zipf
from lessontext.words import singular, term_key, word_pos
from lessontext.words.lemmas import getAllLemmas, getInflection

# "A plan that then provided ...", "..., which also includes ...": an adverb pointing to the sentence before.
_NARRATIVE_ADVERB = re.compile(r"\b(?P<relative>that|which|who)\s+(?:then|also|later|subsequently|in turn),?\s+(?=[a-z])")
# "A process in which fruits then help ...", "A mite from which honeybees also suffer": the same adverb inside a
# relative clause with a subject of its own, between that subject and its verb.
_ADVERB_IN_RELATIVE = re.compile(r"\b(?P<lead>(?:in|on|at|by|through|under|to|from|for|with|during)\s+which\s+"
                                 r"(?:[\w'-]+\s+){1,4}?)(?<!\band\s)(?<!\bor\s)(?:then|also|later|subsequently|in\s+turn),?\s+(?=[a-z])")
# "A machine in which only now is the parchment removed": "only now" fronted the clause and turned it round (test-cx).
_FRONTED_ONLY = re.compile(r"\b(?P<lead>which\s+)only\s+(?:now|then|later)\s+(?P<aux>is|are|was|were)\s+"
                           r"(?P<subject>(?:the|an?)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?P<participle>[a-z]+(?:ed|en|wn))\b")
# "A rate in which temperature therefore falls ...": an inference from the sentence before, between subject and verb.
# (", thus releasing energy" after a comma, "and therefore the side ..." after a conjunction state a result inside
# the definition and stay.)
_INFERENCE_ADVERB = re.compile(r"(?<=[a-z])(?<!\band)(?<!\bor)(?<!\bbut)\s+(?:therefore|thus|hence|consequently|accordingly)(?=\s+[a-z])")
# "“the systematic study of what we ought to do.”": the whole definition one quotation.
_WHOLE_QUOTATION = re.compile(r'^["“](?P<body>[^"“”]{12,})["”]\.?$')
# "... for the International Mine Action Standards, which give ...": a capitalised name of two or more words
# (small words inside), then a non-restrictive "which" clause that runs to the end.
_ASIDE_ON_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:of|for|on|and|the|in)\s+)*){1,7}[A-Z][\w'’-]+),"
                            r"\s+which\s+[^;:]+\.$")
_MIN_KEPT_WORDS = 8
# "The property that describes this: the energy needed ...": a lead-in pointing at the definition after the colon.
_POINTING_LEAD_IN = re.compile(r"^(?:The|A|An)\s+[a-z]+(?:\s+[a-z]+){0,4}\s+(?:this|these|it|them)\s*:\s+(?P<rest>\S.+)$")
_MIN_REST_WORDS = 4
# "..., which is why they.": the naming clause that followed ("... are called ductless glands") was cut away.
_WHY_NAMED = re.compile(r",\s+which\s+is\s+why\s+(?:they|it|this|these|he|she)(?:\s+(?:are|is))?\s*\.?$")
_MAX_SUBJECT_WORDS = 3
# ", and it is ...", ", and in Europe it is ...", ", but much of its effect lies ...": a second main clause whose
# subject is a pronoun (or "its"/"their" + noun) standing for the headword, with its finite verb ("..., and it
# describes the period ...", "it means ...": the clause that says what the word names is the definition, kept).
_SECOND_CLAUSE_ON_TERM = re.compile(
    r",\s+(?:and|but)\s+(?:(?:in|on|at|for|by)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:it|they|(?:much\s+of\s+)?(?:its|their)\s+[\w-]+)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:describes|describe|means|mean|refers|refer|denotes|denote|names|name|covers|cover)\b)"
    r"(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|[a-z]+s|[a-z]+ed)\b")
# "...; dew forms when ...", "..., and chaplains from different countries routinely shared ...": a main clause with
# a subject of its own (no pronoun) after "; " or ", and"/", but"/", while"/", whereas".
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")
_AUXILIARIES = frozenset("is are was were has have had can could will would may might must does do did".split())
_NOT_A_SUBJECT = frozenset("it its they their them he she his her you your we our one i this these that those there here "
                           "which who whom whose "
                           "where when what how why if because so as to then thus hence also not no such".split())
_SUBJECT_ENDS = frozenset("that which who whom whose where when while if because as so than".split())
_MAX_SUBJECT_WORDS_AFTER_JOIN = 16
_PREPOSITIONS = frozenset("in on at for by with from of to into over under after before during through between among about".split())
_MIN_FIRST_CLAUSE_WORDS = 3
# Before a clause with a subject of its own, a shorter head ("The force you apply") is too thin to stand alone.
_MIN_BEFORE_OWN_SUBJECT_WORDS = 5


# "A short, light-hearted piece with a chorus of satyrs, and was performed after ...", "The distance from one crest to
# the next, and is measured in metres": a noun phrase with no verb of its own, then a predicate joined by "and".
_JOINED_PREDICATE = re.compile(r",\s+and\s+(?:is|are|was|were)\s+(?=(?:(?:usually|often|mainly|mostly|also|then)\s+)?"
                               r"(?:[a-z]{2,}(?:ed|en|wn)\b|(?:built|kept|sent|held|made|set|put|sold|told|found|"
                               r"brought|left|lost|led|fed|won|run|cut|paid|laid|read|used)\b))")
_OWN_VERB = re.compile(r"\b(?:that|which|who|whom|whose|where|when|in\s+which|by\s+which)\b")


def _participle_joined(definition: str) -> str:
    """"A piece with a chorus, and was performed after ..." -> "A piece with a chorus, performed after ..."."""
    found = _JOINED_PREDICATE.search(definition)
    if found is None or not re.match(r"(?:An?|The)\s", definition) or _OWN_VERB.search(definition[: found.start()]):
        return definition  # "A load that acts ..., and is measured ...": the relative clause goes on
    return definition[: found.start()] + ", " + definition[found.end():]


def light_edits(definition: str, term: str) -> str:
    """A teacher's light edits: no narrative adverb, no wrapping quotation marks, no aside on another name."""
    definition = _participle_joined(definition)
    definition = _FRONTED_ONLY.sub(lambda m: f"{m['lead']}{m['subject']} {m['aux']} {m['participle']}", definition)
    definition = _INFERENCE_ADVERB.sub("", _NARRATIVE_ADVERB.sub(lambda m: m.group("relative") + " ", definition))
    definition = _ADVERB_IN_RELATIVE.sub(lambda m: m.group("lead"), definition)
    quoted = _WHOLE_QUOTATION.match(definition)
    if quoted:
        body = quoted.group("body").strip().rstrip(".")
        definition = body[0].upper() + body[1:] + "."
    lead_in = _POINTING_LEAD_IN.match(definition)
    if lead_in and len(word_list(lead_in.group("rest"))) >= _MIN_REST_WORDS:
        rest = lead_in.group("rest")
        definition = rest[0].upper() + rest[1:]
    why = _WHY_NAMED.search(definition)
    if why:
        definition = _clause_as_noun_phrase(definition[: why.start()].rstrip() + ".")
    definition = _without_second_clause(definition)
    aside = _ASIDE_ON_NAME.search(definition)
    if aside and aside.start("name") > 0 and term_key(aside.group("name")) != term_key(term):
        kept = definition[: aside.end("name")]
        if len(word_list(kept)) >= _MIN_KEPT_WORDS and kept.count("(") == kept.count(")"):
            definition = kept + "."
    return definition


# After a word that may be a noun or a verb ("dew forms when ...", "molecules stay mostly whole"), what shows it is
# the verb: a subordinator, a preposition, a particle ("sets out"), a determiner or an adverb in -ly.
_AFTER_A_VERB = frozenset("when where if because as the a an this these its their his her out up down off back".split())


def _main_verb(word: str, following: str, subject: list[str]) -> bool:
    """``word`` is a finite verb here: a verb only, or a noun-or-verb before what follows verbs, not a participle."""
    plural_subject = any(w.endswith("s") and not w.endswith("ss") for w in subject)
    if "VERB" not in word_pos(word) or not finite_verb(word, plural=None if plural_subject else False):
        return False
    if word.endswith(("ed", "en")) and (following in _PREPOSITIONS or not following):
        return False  # "goods transported by sea": a participle inside the noun phrase
    if word_pos(word) == {"VERB"}:
        return True
    return following in _AFTER_A_VERB or following in _PREPOSITIONS or following.endswith("ly")


# "Interest in which the interest earned ... is added to the balance, and the next period's interest is ...", "The
# law that behaviours ... become more likely, and behaviours ...": a clause with its own subject inside the
# definition (after "in which", "where", "when", "that" + noun) may go on past ", and"; the second clause is its.
_INNER_CLAUSE = re.compile(r"\b(?:(?:in|on|at|by|through|from|under|during|with|for|to) which|where|when|whereby|if)\b"
                           r"|\b(?:that|which)\s+(?P<word>[a-z][\w'’-]*)", re.I)


def _opens_inner_clause(text: str) -> bool:
    """``text`` has a clause with its own subject: "in which ...", "where ...", or "that" before a noun, not a verb."""
    for match in _INNER_CLAUSE.finditer(text):
        word = (match.group("word") or "").lower()
        if not word:
            return True
        relative = (word in _AUXILIARIES or word.endswith("ly") or finite_verb(word, plural=False)
                    or word_pos(word) == {"VERB"})
        if not relative:
            return True
    return False


def _second_subject_clause(definition: str) -> int | None:
    """Where a main clause with its own noun subject and finite verb joins the definition, or None."""
    for join in _CLAUSE_JOIN.finditer(definition):
        if _opens_inner_clause(definition[: join.start()]):
            return None
        words = re.findall(r"[\w'’-]+|[^\w\s]", definition[join.end():])
        first = words[0].lower() if words else ""
        if not first[:1].isalpha() or first in _NOT_A_SUBJECT or first in _PREPOSITIONS or first in _AUXILIARIES \
                or "VERB" in word_pos(first) and "NOUN" not in word_pos(first):
            continue
        for i, word in enumerate(words[1:_MAX_SUBJECT_WORDS_AFTER_JOIN + 1], start=1):
            lowered = word.lower()
            if not word[:1].isalnum() or lowered in _SUBJECT_ENDS:
                break
            following = words[i + 1].lower() if i + 1 < len(words) else ""
            # The subject's number: its first word ("coaches from each town") or the word before the verb.
            nouns = [words[0].lower(), next((w.lower() for w in reversed(words[:i]) if not w.lower().endswith("ly")), "")]
            if lowered in _AUXILIARIES or word.islower() and _main_verb(lowered, following, nouns):
                return join.start()
    return None


def _without_second_clause(definition: str) -> str:
    """"A limited resource, and in Europe it is among ..." -> "A limited resource."; "Cloud at ground level; dew
    forms when ..." -> "Cloud at ground level."."""
    second = _SECOND_CLAUSE_ON_TERM.search(definition)
    at = second.start() if second else _second_subject_clause(definition)
    if at is None:
        return definition
    kept = definition[:at].rstrip()
    least = _MIN_FIRST_CLAUSE_WORDS if second else _MIN_BEFORE_OWN_SUBJECT_WORDS
    if len(word_list(kept)) < least or kept.count("(") != kept.count(")"):
        return definition
    return kept + "."


def _clause_as_noun_phrase(definition: str) -> str:
    """"Endocrine glands release their products ..." -> "Endocrine glands that release their products ..."."""
    words = definition.split()
    for i in range(1, min(len(words) - 1, _MAX_SUBJECT_WORDS + 1)):
        noun = words[i - 1].lower()
        subject = [w.lower() for w in words[:i]]
        if not all(word_pos(w) & {"NOUN", "ADJ"} for w in subject) or subject[0] in {"the", "a", "an"}:
            return definition
        if singular(noun) != noun and "NOUN" in word_pos(noun) and finite_verb(words[i], plural=True) \
                and not words[i].lower().endswith(("ed", "ing")):
            return " ".join([*words[:i], "that", *words[i:]])
    return definition


# "An adh that helps ...": the term's own acronym, lower-cased, where its kind should be.
_ACRONYM_GENUS = re.compile(r"^(?P<article>An?)\s+(?P<acronym>[a-z]{2,6})\s+(?=that|which|who\b)")


def acronym_genus(term: Term) -> Term:
    """"Antidiuretic hormone: An adh that helps ..." -> "A hormone that helps ..."."""
    found = _ACRONYM_GENUS.match(term.definition)
    if not found:
        return term
    acronym = found.group("acronym").upper()
    initials = "".join(w[0] for w in word_list(term.term)).upper()
    if acronym != initials and acronym not in {a.upper() for a in term.aliases if a.isupper()}:
        return term
    genus, _plural = genus_of(term.term)
    if genus in {"Something", "Things"} or len(word_list(term.term)) < 2:
        return term
    return replace(term, definition=genus + term.definition[found.end() - 1:])


# "RIMPAC", "CSBMs": an acronym headword.
_ACRONYM_HEADWORD = re.compile(r"[A-Z][A-Z0-9&-]{1,9}s?")
# A clause that points back to something the entry cannot show.
_POINTS_BACK = re.compile(r"\b(?:they|them|their|this|these|those|he|she|his|her|it)\b", re.I)
_MAX_EXPANSION_WORDS = 10
_NAMES_ONLY = re.compile(r"^(?:stands|is\s+short|was\s+short|is\s+an?\s+(?:abbreviation|acronym))\b|^(?:means|abbreviates)\b")
_MIN_CLAUSE_WORDS = 3
# "places a similar obligation on ...", "does the same": compared with something the entry cannot show.
_COMPARED_OUTSIDE = re.compile(r"\b(?:similar|same|also|too|likewise|another|other)\b", re.I)


def _present_verb(word: str) -> bool:
    """"sets", "suggest": a verb in the present tense (a past one tells an event, not what the thing does)."""
    return any(word in (getInflection(lemma, tag) or ()) for lemma in getAllLemmas(word).get("VERB", ())
               for tag in ("VBZ", "VBP"))


def _subject_of_present(expansion: str, acronym: str, sentence: str) -> re.Match[str] | None:
    """"Standardisation Agreements (STANAGs) set out common procedures ...": the named thing is the subject of a
    verb in the present tense, which says what it does; the clause from that verb on (to a ";" or the end)."""
    match = re.search(rf"\b{re.escape(expansion.removeprefix('The ').removeprefix('the '))}"
                      rf"(?:\s*\({re.escape(acronym)}\)|,\s+(?:also\s+)?(?:known\s+as|called)\s+(?:the\s+)?{re.escape(acronym)},)"
                      rf"\s+(?P<clause>(?P<verb>[a-z]+)\s[^;:]+?)(?:[;:]|\.?$)", sentence, re.I)
    if not match or not finite_verb(match.group("verb")) or not _present_verb(match.group("verb")):
        return None
    # Only as the subject of its clause: at the sentence's start or after a clause boundary, never inside a phrase
    # ("The Vienna Document of the Organization ... (OSCE) provides ...", "under the ... framework, known as X, dogs").
    before = re.sub(r"(?:\bthe|\bThe)\s*$", "", sentence[:match.start()]).rstrip()
    if before and not before.endswith((",", ";")) and not re.search(r"\b(?:while|whereas|and|but)$", before):
        return None
    return None if _COMPARED_OUTSIDE.search(match.group("clause")) else match


def expansion_with_its_clause(term: Term) -> Term:
    """"RIMPAC: The Rim of the Pacific exercise." -> "... exercise, which the United States Navy has hosted since 1971.";
    "STANAGs: Standardisation agreements." -> "..., which set out common procedures ..." (the subject of that verb)."""
    expansion = term.definition.rstrip(".")
    words = word_list(expansion)
    if not _ACRONYM_HEADWORD.fullmatch(term.term) or not words or len(words) > _MAX_EXPANSION_WORDS:
        return term
    if any(ch in expansion for ch in ",;:()") or any(finite_verb(w) and w.islower() and w.endswith("s") for w in words):
        return term  # already says more than the name
    follows = re.search(rf"\b{re.escape(term.term)},\s+which\s+(?P<clause>[^;:]+?)(?:,?\s+and\s+which\b|[;:]|\.?$)",
                        term.sentence)
    if not follows:
        follows = _subject_of_present(expansion, term.term, term.sentence)
    if not follows:
        return term
    clause = follows.group("clause").strip().rstrip(",")
    if _POINTS_BACK.search(clause) or len(word_list(clause)) < _MIN_CLAUSE_WORDS or clause.count("(") != clause.count(")"):
        return term
    if _NAMES_ONLY.match(clause) or expansion.lower().removeprefix("the ") in clause.lower():
        return term  # "..., which stands for Structured Query Language": the name again
    return replace(term, definition=f"{expansion}, which {clause}.")


# "Two lungs", "Three branches": a count before a plural noun.
_COUNTED_HEADWORD = re.compile(r"^(?P<count>[A-Z][a-z]+)\s+(?P<rest>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*)$")


def uncounted_headword(term: Term) -> Term:
    """"Two lungs" is shown as "Lungs": the count belongs to the sentence, not to the term."""
    counted = _COUNTED_HEADWORD.match(term.term)
    if not counted or counted.group("count").lower() not in lexicon.NUMBER_WORDS | {"both"}:
        return term
    rest = counted.group("rest")
    if singular(rest.split()[-1]) == rest.split()[-1]:
        return term  # "Two-thirds majority" is hyphenated; "Three point" is not a plural noun phrase
    shown = rest[0].upper() + rest[1:]
    aliases = tuple(sorted({*term.aliases, term.term} - {shown}, key=str.lower))
    return replace(term, term=shown, key=term_key(shown), aliases=aliases)


# "One that absorbs energy ...", "Ones in which ...": a pronoun standing for the kind the sentence named before.
_ONE_AS_HEAD = re.compile(r"^(?P<one>One|Ones)\s+(?=(?:that|which|who|whose|(?:in|on|by|with|through)\s+which)\b)")


def one_as_genus(term: Term) -> Term:
    """"Endothermic reaction: One that absorbs energy ..." -> "A reaction that absorbs energy ..."."""
    found = _ONE_AS_HEAD.match(term.definition)
    if not found or len(word_list(term.term)) < 2:
        return term  # "Catalyst: One that ...": a one-word term has no head noun to lend
    genus, plural = genus_of(term.term)
    if genus in {"Something", "Things"} or plural != (found.group("one") == "Ones"):
        return term
    return replace(term, definition=f"{genus} {term.definition[found.end():]}")


# "Largest vessels that ...": a superlative adjective opening the definition with no article.
_BARE_SUPERLATIVE = re.compile(r"^(?P<word>[A-Z][a-z]+est)\s+(?=[a-z])")


def superlative_article(definition: str) -> str:
    """"Largest vessels that empty lymph ..." -> "The largest vessels that empty lymph ..."."""
    found = _BARE_SUPERLATIVE.match(definition)
    if not found:
        return definition
    word = found.group("word").lower()
    lemmas = getAllLemmas(word)
    if not lemmas or set(lemmas) - {"ADJ", "ADV"} or word in {lemma for forms in lemmas.values() for lemma in forms}:
        return definition  # "Interest", "Forest", "West": a word of its own, not a superlative
    return f"The {definition[0].lower()}{definition[1:]}"


# "A digestion that ...", "An interest with which ...": an article, a head noun, then the clause that defines it.
_ARTICLE_AND_HEAD = re.compile(r"^(?:An?)\s+(?P<head>[a-z][\w-]*)\s+(?=(?:that|which|who|where|whose|in|by|with)\b)")
# How much rarer (Zipf) than the singular a plural must be for the noun to be uncountable (as
# :func:`lessontext.questions.meanings.uncountable_with_article`, which keeps such definitions out of questions).
_UNCOUNTED = 1.7
# And rare in itself: "fronts" (3.6) and "transports" (3.3) are counted senses of words common in other senses.
_RARE_PLURAL = 2.5


def uncounted(head: str) -> bool:
    """"digestion", "rainfall", "straightening": a noun English does not count, or a gerund that is no noun."""
    lemmas = getAllLemmas(head)
    if head.endswith("ing"):  # "bookkeeping", "farming": a noun too, but one whose plural nobody writes
        return not lemmas.get("NOUN") or zipf(head) - zipf(f"{head}s") >= _UNCOUNTED and zipf(f"{head}s") < _RARE_PLURAL
    if not lemmas.get("NOUN") or head.endswith("s"):
        return False  # "A series of ...": counted, though its plural is the same word
    plural = (getInflection(head, "NNS") or (head,))[0]
    return plural == head or zipf(head) - zipf(plural) >= _UNCOUNTED and zipf(plural) < _RARE_PLURAL


def uncounted_head(definition: str, term: str) -> str:
    """"Chemical digestion: A digestion in which enzymes split ..." -> "Digestion in which enzymes split ..."."""
    found = _ARTICLE_AND_HEAD.match(definition)
    words = word_list(term)
    if not found or not words or found.group("head") != words[-1] or found.group("head") in lexicon.NUMBER_WORDS \
            or not uncounted(found.group("head")):
        return definition  # only the term's own head noun, written lower case ("Marco Polo" is a name)
    return definition[found.start("head")].upper() + definition[found.start("head") + 1:]


# "Something that ...", "Things that ...": the genus a rule gives when it reads the head as an agent noun or none.
_VAGUE_GENUS = re.compile(r"^(?P<genus>Something|Things)\s+(?P<rest>(?:that|which)\s+(?P<verb>[a-z]+)\b.*)$", re.S)
_HEAD_ENDS = frozenset({"of", "in", "for", "on", "to"})


def own_head_for_vague_genus(term: Term) -> Term:
    """"Primary consumers: Things that eat producers." -> "Consumers that eat producers."."""
    vague = _VAGUE_GENUS.match(term.definition)
    full = word_list(term.term)
    words = full[: next((i for i, w in enumerate(full) if w.lower() in _HEAD_ENDS), len(full))]
    if not vague or len(full) < 2 or not words or not words[-1].isalpha() or words[-1].isupper():
        return term  # a one-word term has no head noun of its own to lend ("Potometer: Something that ...")
    if len(words) > 1 and words[-1][0].isupper():
        return term  # "Additional Military Layers": a name's capitalised head is no common kind to head a gloss
    head = words[-1].lower()
    single = singular(head)
    plural = single != head
    # ("blocker", "reinforcer": an agent noun the tables lack only echoes its verb: "Blockers that slow ...")
    if plural != (vague.group("genus") == "Things") or "NOUN" not in word_pos(single) or single in lexicon.NUMBER_WORDS:
        return term
    verbs = set(getAllLemmas(vague.group("verb")).get("VERB", ())) | {vague.group("verb")}
    if any(single.startswith(v[:-1] if v.endswith("e") else v) for v in verbs if len(v) > 2):
        return term  # "Beta blockers: Things that block ...": the head only repeats the verb
    genus = head.capitalize() if plural else f"{rephrase.article(single)} {single}"
    return replace(term, definition=f"{genus} {vague.group('rest')}")


# "ion", "anion", "reaction time": a headword of plain lower-case words the lemma tables know.
_LOWER_CASE_WORDS = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*)*")


def capitalised_headword(term: Term, emphasised: frozenset[str] = frozenset()) -> Term:
    """"ion: An atom or group of atoms ..." is shown "Ion"; "git add" (a word the tables lack) stays as written.

    A headword the author set in bold (``emphasised``, lower-cased) is a word of the lesson even when the tables
    lack it ("**heterotroph** - an organism ..."), so it is capitalised too; a command is set as code, not in bold.
    """
    if not _LOWER_CASE_WORDS.fullmatch(term.term):
        return term
    if term.term not in emphasised and not all(word_pos(w) for w in term.term.replace("-", " ").split()):
        return term
    return replace(term, term=term.term[0].upper() + term.term[1:])


# "A treaty that ended ...", "An agreement under which ...": the kind of instrument and what it did.
_KIND_THEN_CLAUSE = re.compile(r"^(?P<genus>An?\s+(?P<kind>[a-z]+))\s+(?P<rest>(?:that|which|(?:under|by|in)\s+which|whereby)\s.+)$",
                               re.S)
# Instruments a date of signing names ("A treaty of 1856"); a body is founded, not "of 1950" ("An organization of
# 1950 that ..." reads as no teacher writes).
_DATED_KINDS = frozenset("treaty pact agreement accord convention protocol declaration charter act peace entente alliance"
                         .split())
# A definition of up to 30 words reads as one (and is asked in questions); the year adds two.
_MAX_UNDATED_WORDS = 28
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"


def _year_of(name: str, sentence: str, title: str, text: str) -> str | None:
    """The one year the lesson dates ``name`` by: ", signed on 30 March 1856," after it in its own sentence, or
    "<name> of 1879" / "<name> (1814)" in the title or any sentence, all alike; None when it gives none or two."""
    escaped = re.escape(name)
    signed = re.search(rf"\b{escaped},\s+(?:signed|concluded|agreed|adopted|ratified)\s+"
                       rf"(?:on|in|at)\s+(?P<aside>[^,;()]*?),", sentence)
    if signed:
        years = re.findall(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", signed.group("aside"))
        return years[0] if len(years) == 1 else None
    dated = re.compile(rf"\b{escaped}\s+(?:of\s+(?:[0-9]{{1,2}}\s+)?(?:{_MONTH}\s+)?|\(){_YEAR}\b")
    years = {m.group("year") for m in dated.finditer(f"{title}\n{text}")}
    return years.pop() if len(years) == 1 else None


def dated_instrument(term: Term, title: str, text: str = "") -> Term:
    """"Treaty of Paris: A treaty that ended the Crimean War ..." -> "A treaty of 1856 that ended ..." when the lesson
    dates that treaty (its own sentence's "signed on 30 March 1856" aside, or "The Treaty of Paris of 1856" in the
    title or the ``text``)."""
    found = _KIND_THEN_CLAUSE.match(term.definition)
    if not found or found.group("kind") not in _DATED_KINDS:
        return term
    if found.group("kind") not in {singular(w.lower()) for w in word_list(term.term)}:
        return term  # "Vision 2025: A document that ...": the kind is not in the name, so the name is not dated
    if re.search(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", term.definition):
        return term  # dated already, or a year of its own story
    if len(word_list(term.definition)) > _MAX_UNDATED_WORDS:
        return term  # long already: two more words would make it a passage (and no question's definition)
    year = next((y for name in (term.term, *term.aliases) if (y := _year_of(name, term.sentence, title, text))), None)
    if year is None:
        return term
    return replace(term, definition=f"{found.group('genus')} of {year} {found.group('rest')}")
