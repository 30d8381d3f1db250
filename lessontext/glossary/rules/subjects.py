"""Terms introduced as the subject of what they do: "Decomposers break down dead matter ...",
"... fusion centres, which collect ..." (names as subjects are in :mod:`.named_subjects`, which shares the checks here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lessontext.document import DocumentSection, ItemList, Paragraph
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import DISCOURSE_OPENER, finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import (
    CONTRAST_SPLIT,
    END_OF_LIFE,
    PREPOSITIONS,
    PRONOUN_START,
    clear_verb_form,
    finite_verb,
    has_anaphora,
    plural_pronouns_inside,
    predicate_of,
    verb_only,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.semantics import specificity as _specificity
from lessontext.vocabulary import TermKind
from lessontext.words import (
    CARDINALS,
    STOPWORDS,
    TENS,
    UNITS,
    fold,
    getAllLemmas,
    getInflection,
    singular,
    term_key,
    word_pos,
)

specificity = lru_cache(maxsize=16384)(_specificity)

# "Decomposers break down ...": a specialised word introduced by what its members do.
GENERIC_SUBJECT_CONFIDENCE = 0.6
# "... information fusion centres, which collect reports ...": introduced with what it does.
RELATIVE_GLOSS_CONFIDENCE = 0.65

# "X encompasses/comprises/consists of NP": the object is what X is.
SCOPE_CONFIDENCE = 0.7
# "The concept of X holds that ...": the proposition is the concept.
CONCEPT_HOLDS_CONFIDENCE = 0.75

# Words rarer than this (0 everyday .. 1 hardly used) are specialised enough to be explained.
_SPECIALISED = 0.6
# A compound of two or three words is a term at a lower rarity ("sonar stations", "lateral erosion"); one of
# everyday words ("research partnerships", "regional forums", "transparency measures") means what its words say,
# and a sentence with it as subject says what such things do in the text's argument, not what they are.
_SPECIALISED_COMPOUND = 0.54
# ... and a hyphenated compound ("end-use monitoring") is coined vocabulary at a lower rarity still.
_SPECIALISED_HYPHENATED = 0.4


def _rarity_needed(np: str) -> float:
    """How rare a noun phrase's rarest word must be for it to be a term a lesson explains."""
    if "-" in np:
        return _SPECIALISED_HYPHENATED
    return _SPECIALISED_COMPOUND if len(np.split()) > 1 else _SPECIALISED


def _first_mention(context: Context, section: DocumentSection, sentence: str, key: str) -> bool:
    """True when no earlier sentence of the document uses ``key`` (its words in order)."""
    folded_sentences = context.memo.get("folded_sentences")
    if folded_sentences is None:
        folded_sentences = context.memo["folded_sentences"] = [
            (sec, earlier, " " + " ".join(singular(fold(w)) for w in word_list(earlier)) + " ")
            for sec in context.document.sections for earlier in sec.sentences]
    wanted = f" {key} "
    for sec, earlier, folded in folded_sentences:
        if earlier is sentence or (sec is section and earlier == sentence):
            return True
        if wanted in folded:
            return False
    return True


_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|his|her|him)\b", re.I)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten both all most many some".split())


# "include spits and bars" (examples), "play a crucial role", "form an essential component" (importance),
# "remain", "vary", "seem", "showed how slowly ...", "marked a turning point" (what an event taught or meant):
# these verbs say something about a thing, not what it is or does.
_NON_DEFINING_VERBS = frozenset(
    """
    include vary differ remain seem appear become exist matter depend play form represent constitute
    continue grow increase decline improve enhance strengthen help
    show demonstrate prove reveal illustrate highlight underline mark
    """.split()
)


def _explains(predicate: str, *, singular_subject: bool = False) -> bool:
    """A predicate that says what the thing does, not what it has done or claims.

    "have greatly enhanced ..." (an outcome), "held that ..." (a claim) and a
    predicate that leans on "it/they" do not explain.
    """
    words = predicate.split()
    if not words or words[0].lower() in {"have", "has", "had"}:
        return False
    if words[0].lower() in _NON_DEFINING_VERBS or (getAllLemmas(words[0].lower()).get("VERB") or ("",))[0] in _NON_DEFINING_VERBS:
        return False
    if len(words) > 1 and words[1].lower() == "that" or _RANKING.search(predicate) or _ABOUT_A_WORD.match(predicate):
        return False
    if _COMPARED_ONLY.match(predicate) or END_OF_LIFE.match(predicate):
        return False
    # "A treaty that allowed its members to ...": after a singular subject, "its" is the thing's own.
    return not _PRONOUN.search(plural_pronouns_inside(_ITS.sub("", predicate) if singular_subject else predicate))


_ITS = re.compile(r"\bits\b")
# "use the term socialisation for ...": the subject names a word; the sentence defines that word, not the subject.
_ABOUT_A_WORD = re.compile(r"^[a-z]+\s+the\s+(?:term|word|name|label|phrase|expression)\b", re.I)
# "created one of the most intrusive regimes of its time": a ranking, not what the thing is.
_RANKING = re.compile(r"\bone of the (?:most|least|\w+est)\b", re.I)
# "went much further", "goes beyond ...", "did more": a comparison with what the sentences before told of.
_COMPARED_ONLY = re.compile(r"^[a-z]+\s+(?:much\s+|even\s+|still\s+|far\s+)?(?:further|farther|beyond|more|less)\b", re.I)
_BY_TWO_PARTIES = re.compile(r"\b(?:by|between)\s+[^,;]+\band\b")
_THEIR = re.compile(r"\btheir\b")


# ", meaning that they were paying more ...": a clause glossing the last words, not the subject (test-cl).
_GLOSS_OF_LAST_WORDS = re.compile(r",\s+meaning\s+(?:that\s+)?(?:they|it|he|she|we|you)\b.*$")


def _cut_predicate(predicate: str) -> str:
    """The first main clause of a predicate: up to "; ", ", while ...", ", but ...", without a closing ", meaning ..."."""
    predicate = _GLOSS_OF_LAST_WORDS.sub("", predicate.split(";")[0])
    return CONTRAST_SPLIT.split(predicate)[0].strip().rstrip(".")


# "Eighty radionuclide stations filter ...": the count an essay gives of a class is no part of the class's name.
_COUNT_OPENER = re.compile(
    rf"^(?:(?:{'|'.join(TENS)})(?:-(?:{'|'.join(UNITS)}))?|{'|'.join(sorted(CARDINALS - set(TENS), key=len, reverse=True))})\s+(?=[a-z])",
    re.I,
)
_BARE_PLURAL_SUBJECT = re.compile(r"^(?P<np>[A-Z][a-z-]+(?:\s+[a-z-]+){0,2}?)(?P<rest>,?\s+[a-z].+)$")
_EXAMPLES_ASIDE = re.compile(r"^,?\s*(?:such as|including|like(?!\s+to\b))\s+")  # ("Zoos like to describe ...": a verb)
_MAX_ASIDE_WORDS = 10
_SUCH_AS = re.compile(r"\bsuch as\b", re.I)


def _split_examples(rest: str) -> tuple[str, str]:
    """" such as rabbits, deer and hares eat plants" -> ("such as rabbits, deer and hares", "eat plants")."""
    opener = _EXAMPLES_ASIDE.match(rest)
    if not opener:
        return "", rest.strip()
    words = rest[opener.end():].split()
    for i in range(1, min(len(words), _MAX_ASIDE_WORDS)):
        if finite_verb(words[i].strip(","), plural=True) and words[i - 1].lower() not in {"and", "or"}:
            aside = rest[: len(rest) - len(" ".join(words[i:]))].strip(" ,")
            return aside, " ".join(words[i:])
    return "", ""


# "takes", "makes": verbs of a singular subject ("Basalt makes up ...") that a plural noun's spelling would hide.
_LIGHT_VERBS = frozenset("takes makes gives gets has does goes comes keeps lets puts sets helps allows enables".split())  # ("helps": test-em)


# Heads of abstract nouns a singular compound subject can have ("intelligence sharing", "arms limitation").
_ABSTRACT_SUFFIXES = ("ing", "tion", "sion", "ment", "ance", "ence", "ity", "acy", "ism")


# "real", "big", "new": adjectives this common (specificity) only describe.
_EVERYDAY_ADJECTIVE = 0.4


def _adjective_on_known_noun(context: Context, section: DocumentSection, sentence: str, words: list[str]) -> bool:
    """"Real ecosystems contain ...", after "ecosystem" was explained: an adjective on a noun already met, not a new term."""
    if len(words) < 2:
        return False
    pos = word_pos(words[0].lower())
    if "ADJ" not in pos or "NOUN" in pos and specificity(words[0].lower()) >= _EVERYDAY_ADJECTIVE:
        return False  # "chemical weapons": a specific modifier makes a new term
    return not _first_mention(context, section, sentence, term_key(" ".join(words[1:])))


def _in_label_body(section: DocumentSection, sentence: str) -> bool:
    """True for a sentence of a labelled item or paragraph: it explains the label, not its own subject."""
    for block in section.blocks:
        if isinstance(block, ItemList):
            if any(item.label and sentence in item.sentences for item in block.items):
                return True
        elif isinstance(block, Paragraph) and block.label and sentence in block.sentences:
            return True
    return False


# "Repeated eruptions", "Frequent floods": a modifier of how often a thing happens names no class of it.
_HOW_OFTEN = frozenset("repeated frequent occasional successive recurring recurrent continued constant sudden".split())


def find_generic_subjects(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Leaf decomposers break down dead leaves." -> "Decomposers that break down dead leaves".

    A bare plural noun phrase of specialised words (:func:`~lessontext.semantics.specificity`)
    opening the sentence that first mentions it, followed by a present-tense
    verb: a general statement that introduces the class by what its members
    do; a count opening it ("Eighty radionuclide stations filter ...") is
    no part of the class's name.  Everyday words ("Farmers grow ...") and later mentions are not
    definitions.  A single word has no head noun to say what kind of thing it
    is ("Things that ..."): only with its members named ("Grazers such as
    goats ...") is it defined (without, 0 of 5 rated entries were usable).
    A name with its verb ("Frontex runs ...") and an imperative ("Suppose
    pencils cost ...") are no noun phrase.
    """
    text = sentence.strip()
    if count := _COUNT_OPENER.match(text):
        text = text[count.end():][:1].upper() + text[count.end():][1:]  # "Eighty radionuclide stations": the class
    if not text[:1].isupper() or text.split(" ", 1)[0].lower() in STOPWORDS:
        return []  # "The ...", "In ...", "It ...": no bare noun phrase opens the sentence
    if not _BARE_PLURAL_SUBJECT.match(text) or _in_label_body(section, sentence):
        return []
    tokens = text.split(" ")
    for size in range(1, min(4, len(tokens))):
        np = " ".join(tokens[:size])
        words = word_list(np)
        head = words[-1].lower() if words else ""
        aside, rest = _split_examples(" " + " ".join(tokens[size:]) if not np.endswith(",") else ", " + " ".join(tokens[size:]))
        np = np.rstrip(",")
        first_verb = rest.split()[0] if rest.split() else ""
        plural = singular(head) != head
        if head in _LIGHT_VERBS and size > 1:
            return []  # "Photosynthesis takes place ...", "Fluoride makes enamel ...": a singular subject and its verb
        if head and plural and _present(first_verb, plural=True) and not np.endswith(",") \
                and first_verb.lower() not in PREPOSITIONS:  # ("Plumb lines near the mountains did not ...": test-cs)
            break
        # "Intelligence sharing allows allies to ...": an abstract compound, singular.
        if (head and size > 1 and not plural and head.endswith(_ABSTRACT_SUFFIXES)
                and _present(first_verb, plural=False) and "NOUN" not in word_pos(first_verb.lower())
                and not np.endswith(",")):
            break
    else:
        return []
    words = word_list(np)
    if any(w.lower() in STOPWORDS for w in words) or not valid_term(np) or is_generic(np):
        return []
    first = words[0].lower()
    if first in _HOW_OFTEN or first.endswith("er") and any(lemma != first for lemma in getAllLemmas(first).get("ADJ", ())):
        return []  # "Repeated eruptions build up layers ...": how often they happen, not a kind of eruption (test-cl);
        # "Hotter kilning darkens the grain": more of something, not a kind of it (test-db)
    if len(words) == 1 and not aside:
        # "Traffickers change routes quickly", "Navies contribute expertise": a bare plural with no head noun to
        # say what kind of thing it is ("Things that ...") and no members named ("Grazers such as goats ...")
        # names the actors of the text's argument, not a term.
        return []
    if verb_only(words[0].lower()) and words[0].lower() in (getAllLemmas(words[0].lower()).get("VERB") or ()):
        return []  # "Suppose pencils cost 40p each": an imperative opens the sentence, not a noun phrase
    if len(words) > 1 and "-" not in words[0] and not word_pos(words[0].lower()) and not count:
        return []  # "Frontex runs joint operations": a name opens the sentence and its verb follows (named_subjects)
    needed = _SPECIALISED_HYPHENATED if not plural else _rarity_needed(np)  # a singular abstract compound
    if specificity(np.lower()) < needed or word_pos(head) and "NOUN" not in word_pos(head) and not head.endswith("ing"):
        return []
    if not _first_mention(context, section, sentence, term_key(np)):
        return []
    if _adjective_on_known_noun(context, section, sentence, words):
        return []
    predicate = predicate_of(rest, plural=plural)
    if not predicate:
        return []
    predicate = _cut_predicate(predicate)
    if not _explains(predicate):
        return []
    if len(words) == 1 and head.endswith(("ists", "ians")):
        # "Statisticians choose a basket ...", "Utilitarians take happiness to be ...": what a profession or a
        # school does in the lesson; the term is its object or its doctrine, not the people.
        return []
    genus = "Things that"
    if len(words) > 1:
        genus = f"{head[:1].upper()}{head[1:]} that"
    definition = finish_definition(f"{genus} {predicate}" + (f", {aside}" if aside else ""))
    if not definition or has_anaphora(_SUCH_AS.sub("", definition)):
        return []
    return [Candidate(np, definition, TermKind.DEFINED, section, sentence, GENERIC_SUBJECT_CONFIDENCE, "pattern")]


_RELATIVE_AFTER_NP = re.compile(
    r"(?:^|\s)(?P<det>the\s+|some\s+|many\s+|several\s+)?(?P<np>[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2}),\s+"
    r"(?P<rel>which|who)\s+(?=(?P<rest>[^;]+))"
)
@lru_cache(maxsize=8192)
def _present(verb: str, plural: bool) -> bool:
    """"collect" after a plural, "collects" after a singular: a present-tense verb agreeing with its noun."""
    lemmas = getAllLemmas(verb.lower()).get("VERB") or ()
    tag = "VBP" if plural else "VBZ"
    return any(verb.lower() in (getInflection(lemma, tag) or ()) for lemma in lemmas)


# ", the quaestors, who ...", ", and ...": where the relative clause ends.
_NEXT_ITEM = re.compile(r",\s+(?=(?:the|a|an|and|but|while|so|which|who|thereby|with|is|are|was|were)\b)")
_EXAMPLE_BEFORE = re.compile(r"\b(?:such as|including|like|e\.g\.)\s*$")


def _in_bold_or_recurring(np: str, context: Context) -> bool:
    """The author set ``np`` in bold, or the lesson names it again (a plural or singular head counts)."""
    if term_key(np) in context.bold_keys:
        return True
    text = context.running_text
    words = [w.lower() for w in word_list(np)]
    stem = words[-1][: max(4, len(words[-1]) - 2)]
    pattern = r"\b" + r"\s+".join(map(re.escape, words[:-1] + [stem])) + r"\w*"
    return len(re.findall(pattern, text)) >= 2


# "minerals, which are naturally occurring solids with ...", "humus, which is dark organic matter formed ...": a
# copula relative whose complement is an indefinite noun phrase states what the thing is, as "X is a Y" does.
_COPULA_RELATIVE = re.compile(
    r"^(?:is|are)\s+(?!(?:not|the|this|that|these|those|its|their|his|her|also|now|still|often|usually|one|part|home"
    r"|used|known|called|based|made|found|located|seen|said|thought|being|more|less|most|very|so|too|as)\b)"
    r"(?P<np>(?:an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+(?:of|with|that|which|in|for|from|formed|made|used"
    r"|found|produced|built|caused|carried|consisting|containing)\b[^;]{8,200})"
)
_GENUS_END = re.compile(r"\s(?:of|with|that|which|in|for|from|formed|made|used|found|produced|built|caused|carried"
                        r"|consisting|containing)\b")
_NOT_A_GENUS = frozenset("always never exactly just only then there here usually sometimes generally rarely normally "
                         "mainly mostly largely thus therefore simply what how where why who when whether".split())
# An everyday word ("city", "port") glossed this way describes one place; a word a lesson teaches is rarer.
_COPULA_RELATIVE_SPECIFICITY = 0.45


_PASSIVE_PLACED = re.compile(r"^(?:is|are)\s+(?P<verb>[a-z]+)\s+(?:into|onto|by|with|from|to|on|in|at|over|through)\b")


def _copula_gloss(rest: str, plural: bool) -> str | None:
    """The noun phrase a copula relative states ("naturally occurring solids with ..."), agreeing in number, or None."""
    match = _COPULA_RELATIVE.match(rest)
    if not match or (rest.startswith("are") != plural):
        return None
    if (passive := _PASSIVE_PLACED.match(rest)) and "VERB" in word_pos(passive["verb"].lower()):
        return None  # "a mat, which is cut into slabs ...": what is done to it (test-cw, both raters)
    np = _NEXT_ITEM.split(_cut_predicate(match.group("np")))[0]
    genus = [w.lower() for w in word_list(_GENUS_END.split(np, maxsplit=1)[0])]
    if not genus or genus[0] not in {"a", "an"} and clear_verb_form(genus[0]) or set(genus) & _NOT_A_GENUS:
        return None  # "are spread over ...", "is always connected in ...", "is exactly what ...": no noun phrase
    return np if "NOUN" in word_pos(genus[-1]) else None


def _before_main_verb(predicate: str) -> str:
    """A non-restrictive relative closes on the comma before the main clause's verb ("alpha-amylase, which cuts
    chains in the middle, prefers about 70 °C": test-db, both raters, "Something that cuts chains in the middle,
    prefers about 70 °C.")."""
    parts = predicate.split(", ")
    # The main clause is the last segment ("who measure water depth, locate rocks, ..., record tides": a list of the
    # relative's own predicates)
    if len(parts) > 1 and _verb_first(parts[-1]) and not any(_verb_first(part) for part in parts[1:-1]):
        return ", ".join(parts[:-1])
    return predicate


def _verb_first(part: str) -> bool:
    first = part.split(" ", 1)[0]
    return first.islower() and clear_verb_form(first) and not first.endswith(("ing", "ed"))


def find_relative_glosses(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"... set up information fusion centres, which collect reports ..." -> "Centres that collect reports ...".

    A specialised noun phrase, at its first mention, glossed by a
    non-restrictive relative clause that starts with a verb; an example
    ("such as the X, which ...") is not introduced.
    """
    out = []
    if ", which " not in sentence and ", who " not in sentence:
        return out
    for match in _RELATIVE_AFTER_NP.finditer(sentence):
        np = match.group("np")
        words = word_list(np)
        after_function_word = False  # "with rescue breaths": after a preposition, "rescue" opens the noun phrase
        while words and (words[0].lower() in STOPWORDS | _NUMBER_WORDS or len(words) > 1 and (
                finite_verb(words[0]) and not (after_function_word and "NOUN" in word_pos(words[0]))
                or "VERB" in word_pos(words[0]) and "NOUN" not in word_pos(words[0]))):
            after_function_word = words[0].lower() in STOPWORDS
            words = words[1:]
        if not words:
            continue
        np = " ".join(words)
        head = words[-1].lower()
        if _EXAMPLE_BEFORE.search(sentence[: match.start("np")]) or not valid_term(np) or is_generic(np):
            continue
        plural = singular(head) != head
        stated = _copula_gloss(match.group("rest"), plural) if match.group("rel") == "which" else None
        # "**services**, which are activities ...": the author's term, glossed by a noun ("**needs**, which are essential
        # for ...": an adjective's verdict, which another rule reads)
        bold = any(b.lower() == np.lower() for b in context.document.emphasis) and bool(stated) and "ADJ" not in word_pos(
            word_list(stated)[0].lower())
        if stated and (bold or specificity(np.lower()) >= _COPULA_RELATIVE_SPECIFICITY) and (
                not word_pos(head) or "NOUN" in word_pos(head)):
            definition = finish_definition(stated[:1].upper() + stated[1:])
            if definition and not has_anaphora(_SUCH_AS.sub("", definition)) and _first_mention(
                    context, section, sentence, term_key(np)):
                out.append(Candidate(np, definition, TermKind.DEFINED, section, sentence, RELATIVE_GLOSS_CONFIDENCE,
                                     "pattern"))
            continue
        if specificity(np.lower()) < _rarity_needed(np):
            continue
        if match.group("rel") == "which" and not _in_bold_or_recurring(np, context):
            continue  # a thing named once in passing is not a term the lesson teaches (roles with "who" are)
        if word_pos(head) and "NOUN" not in word_pos(head):
            continue
        verb = match.group("rest").split()[0]
        if match.group("rel") == "which" and not _present(verb, plural):
            continue  # "..., which made soldiers loyal": it may gloss the whole clause
        predicate = predicate_of(match.group("rest"), plural=plural)
        if not predicate or not _first_mention(context, section, sentence, term_key(np)):
            continue
        predicate = _before_main_verb(_NEXT_ITEM.split(_cut_predicate(predicate))[0])
        if not _explains(predicate):
            continue
        relative = "who" if match.group("rel") == "who" else "that"
        if len(words) > 1:
            bare = plural or head.endswith("ing")  # "Monitoring that checks ...", not "A monitoring"
            genus = f"{head[:1].upper()}{head[1:]}" if bare else f"{rephrase.article(head)} {head}"
        elif relative == "who":
            genus = "People" if plural else "Someone"
        else:
            genus = "Things" if plural else "Something"
        definition = finish_definition(f"{genus} {relative} {predicate}")
        if not definition or has_anaphora(_SUCH_AS.sub("", definition)):
            continue
        out.append(Candidate(np, definition, TermKind.DEFINED, section, sentence, RELATIVE_GLOSS_CONFIDENCE, "pattern"))
    return out


GENERIC_SUBJECT = RULES.register(Rule(
    name="generic_subject", priority=82, scope=Scope.SENTENCE, confidence=GENERIC_SUBJECT_CONFIDENCE,
    find=find_generic_subjects,
    examples=(
        finds("# Soil\n\nLeaf decomposers break down dead leaves and return nutrients to the soil.\n", "Leaf decomposers"),
        misses("# Surveys\n\nPlumb lines near the mountains did not hang where theory said.\n", "Plumb lines"),
        misses("# Soil\n\nDecomposers break down dead leaves and return nutrients to the soil.\n", "Decomposers"),
        misses("# Soil\n\nFarmers grow wheat on the plain.\n", "Farmers"),
        misses("# Volcanoes\n\nRepeated eruptions build up layers of lava and ash around the vent.\n", "Repeated eruptions"),
        finds("# Seas\n\nTwelve sonar buoys listen for submarines near the harbour mouth.\n", "sonar buoys"),
        misses("# Seas\n\nTwelve sonar buoys listen for submarines near the harbour mouth.\n", "Twelve sonar buoys"),
        misses("# Borders\n\nPolarix runs joint patrols along the coast.\n", "Polarix runs"),
        misses("# Rice\n\nPuddling helps seedlings root easily and buries weeds.\n", "Puddling helps seedlings"),
        finds("# Rivers\n\nLateral erosion widens the channel in the lower course.\n", "Lateral erosion"),
        misses("# Trade\n\nRegional partnerships spare each member the full cost of new ports.\n",
               "Regional partnerships"),
        misses("# Society\n\nSociologists use the term anomie for the loss of shared norms in a society.\n",
               "Sociologists"),
        misses("# Prices\n\nStatisticians choose a basket of goods that represents what a typical household buys.\n",
               "Statisticians"),
    ),
))

RELATIVE_GLOSS = RULES.register(Rule(
    name="relative_gloss", priority=81, scope=Scope.SENTENCE, confidence=RELATIVE_GLOSS_CONFIDENCE,
    find=find_relative_glosses,
    examples=(
        finds("# Seas\n\nMany navies run sonar stations, which listen for submarines near the coast. The navy built"
              " two sonar stations last year.\n", "sonar stations"),
        misses("# Seas\n\nMany navies run sonar stations, which listen for submarines near the coast.\n",
               "sonar stations"),
        misses("# Seas\n\nMany regions run large offices, which collect reports from ships.\n", "large offices"),
        finds("# Soil\n\nGood soil is full of humus, which is dark organic matter formed from rotted leaves.\n", "humus"),
        misses("# Circuits\n\nThe circuit needs a voltmeter, which is always connected in parallel.\n", "voltmeter"),
        misses("# Ports\n\nThe ships sailed to the city, which is a busy port with deep water.\n", "city"),
        # test-cp: an everyday word the author sets in bold and glosses is the lesson's term
        finds("# Economy\n\nThis sector provides **services**, which are activities that people pay for but that do not"
              " result in a physical product.\n", "services"),
    ),
))


# ("The outer layer consists of letters ...": one thing of the text, not a kind; every rated "The" subject was
# rejected by both raters, test-av and test-cr.)
_SCOPE_VERB = re.compile(
    r"^(?P<term>[A-Z]?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:encompasses|encompass|comprises|comprise|"
    r"consists\s+of|consist\s+of|embraces|covers)\s+(?P<object>[^;]{6,200}?)\.?$"
)


# "covers" that spreads over a place or a distance, not a scope: "Stratus covers the sky in a flat grey sheet",
# "the flight covers about 37 metres", "the monsoon covers the whole country", "Ash covers the ground so thickly
# that ..." (how much or how fast, an event); "covers more than the daily report" compares, it names no content.
_PHYSICAL_COVER = re.compile(r"^(?:about|around|roughly|nearly|almost|over|up\s+to|\d)|^(?:the\s+)?(?:whole|entire)\b|"
                             r"^(?:the\s+)?[\w-]+\s+(?:in|with|like)\s+an?\s|^(?:more|less|much\s+more)\s+than\b|"
                             r"^(?:the\s+)?[\w-]+\s+(?:so|too)\s+[a-z]+")


def find_scope_statements(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Defence diplomacy encompasses all the peaceful uses of armed forces abroad." -> the object.

    "Encompasses", "comprises", "consists of" say what a thing is made of or
    covers: the object noun phrase reads as its definition.
    """
    match = _SCOPE_VERB.match(DISCOURSE_OPENER.sub("", sentence.strip()))
    if not match:
        return []
    term = match.group("term")
    if not valid_term(term) or is_generic(term) or PRONOUN_START.match(term):
        return []
    obj = match.group("object")
    if PRONOUN_START.match(obj) or _PRONOUN.match(obj):
        return []
    if " covers " in f" {match.group(0)} " and _PHYSICAL_COVER.search(obj):
        return []
    definition = finish_definition(obj)
    if not definition or has_anaphora(_SUCH_AS.sub("", definition)):
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, SCOPE_CONFIDENCE, "pattern")]


_CONCEPT_HOLDS = re.compile(
    r"^(?:The|This)\s+(?P<genus>concept|idea|principle|doctrine|notion|theory|policy|rule)\s+of\s+"
    r"(?P<term>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:holds|states|says|means|is|maintains|assumes)\s+that\s+(?P<clause>.{8,200}?)\.?$"
)


# "Archimedes' principle states that the upthrust ...", "The sunny 16 rule says that ...": a law, principle or rule
# named with its own head noun, and the proposition it states.
_LAW_STATES = re.compile(
    r"^(?:The\s+)?(?P<term>(?:[\w'’-]+\s+){1,4}?(?P<genus>law|principle|rule|theorem|postulate))\s+"
    r"(?:states|says|holds)\s+that\s+(?P<clause>.{8,200}?)\.?$"
)


# "... led to the idea of isostasy, that the crust floats on denser rock beneath": a named idea and, after its comma,
# the proposition it is (test-cs); "the idea of the social contract: the claim that political authority rests ..."
# (test-cw).
_IDEA_OF_THAT = re.compile(
    r"\b(?:the|an?)\s+(?P<genus>idea|theory|principle|belief|notion|doctrine|concept)\s+of\s+"
    r"(?:the\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:,|:\s+the\s+(?:claim|belief|view|notion))\s+that\s+"
    r"(?P<clause>[^;:]{8,200}?)\.?$")


def find_concept_holds(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"The concept of collective security holds that an attack on one is an attack on all." -> "The principle that ...".

    Also "... the idea of isostasy, that the crust floats ..." (``_IDEA_OF_THAT``).  A named concept, principle or doctrine and the proposition it holds:
    "The <genus> that <clause>" defines it.  So does a law or principle
    named with its own head noun ("Archimedes' principle states that the
    upthrust ... equals ..." -> "The principle that the upthrust ...").
    """
    text = DISCOURSE_OPENER.sub("", sentence.strip())
    match = _CONCEPT_HOLDS.match(text) or _IDEA_OF_THAT.search(text)
    if not match:
        match = _LAW_STATES.match(text)
        first = fold(word_list(match.group("term"))[0]) if match else ""
        if not match or first in STOPWORDS or first in lexicon.GENERIC_MODIFIERS:
            return []  # "This rule says that ...", "The same principle holds that ...": no name
    term = match.group("term")
    if not valid_term(term) or is_generic(term):
        return []
    genus = "principle" if match.group("genus") == "concept" else match.group("genus")
    definition = finish_definition(f"The {genus} that {match.group('clause')}")
    if not definition or PRONOUN_START.match(match.group("clause")) or match.re is _IDEA_OF_THAT and has_anaphora(definition):
        return []
    return [Candidate(term, definition, TermKind.DEFINED, section, sentence, CONCEPT_HOLDS_CONFIDENCE, "pattern")]


SCOPE_STATEMENT = RULES.register(Rule(
    name="scope_statement", priority=86, scope=Scope.SENTENCE, confidence=SCOPE_CONFIDENCE,
    find=find_scope_statements,
    examples=(
        finds("# Defence\n\nDefence diplomacy encompasses all the peaceful uses of armed forces abroad.\n",
              "Defence diplomacy"),
        misses("# Defence\n\nThe plan covers it in detail.\n", "plan"),
        misses("# Novels\n\nThe outer layer consists of letters written by an explorer to his sister.\n", "outer layer"),
        misses("# Weather\n\nFog covers the valley in a thick white layer.\n", "Fog"),
        misses("# Weather\n\nThe rainy season covers the whole island by June.\n", "rainy season"),
        finds("# Weather\n\nClimatology covers the long-run patterns of weather in a region.\n", "Climatology"),
        misses("# Volcanoes\n\nAsh covers the ground so thickly that crops fail.\n", "Ash"),
        misses("# Planning\n\nCareer planning covers more than the choice of a first job.\n", "Career planning"),
    ),
))

CONCEPT_HOLDS = RULES.register(Rule(
    name="concept_holds", priority=85, scope=Scope.SENTENCE, confidence=CONCEPT_HOLDS_CONFIDENCE,
    find=find_concept_holds,
    examples=(
        finds("# Defence\n\nThe concept of collective security holds that an attack on one member is an attack on all.\n",
              "collective security"),
        misses("# Defence\n\nThe concept of the lesson holds that it matters.\n", "lesson"),
        finds("# Earth\n\nTheir attempts led to the idea of isostasy, that the crust floats on denser rock beneath.\n",
              "isostasy"),
        finds("# Politics\n\nOne answer is the idea of the social contract: the claim that political authority rests on "
              "an agreement among the people who are governed.\n", "social contract"),
        finds("# Floating\n\nPascal's principle states that pressure applied to a trapped liquid spreads equally in "
              "all directions.\n", "Pascal's principle"),
        misses("# Floating\n\nThis principle states that pressure applied to a trapped liquid spreads equally in all "
               "directions.\n", "principle"),
        misses("# Floating\n\nThe same principle states that pressure applied to a trapped liquid spreads equally in "
               "all directions.\n", "same principle"),
    ),
))
