"""Appositives: "Hydraulic action, the sheer force of water, ...", "the asthenosphere, a weak layer of the mantle"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.appositive_clauses import (
    ETYMON,
    EVENT_JUDGED,
    OTHER_LANGUAGE,
    PAST_VERB_AND_OBJECT,
    SUBORDINATORS,
    TOWN_BEFORE,
    WH_COMPLEMENT,
    act_renamed,
    adverb_after_verb,
    adverbial_only,
    agreeing_verb,
    appositive_head,
    clause_verb,
    coordinated,
    coordinated_features,
    coordinated_items,
    event_for_thing,
    first_name,
    gloss_of_owner,
    glossed_in_turn,
    glosses_another,
    likened,
    list_then_verb,
    listed_items,
    main_verb_of_be,
    named_with_of,
    no_next_item,
    opening_phrase_only,
    parallel_item,
    relative_with_auxiliary,
    renames_last_noun,
    told_clause,
    verbless_relative,
    whole_name,
)
from lessontext.glossary.bare_plural_gloss import NAMING_VERB, bare_plural_glosses
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import (
    finish_definition,
    is_vacuous,
    kind_from_definition,
    lone_gerund,
    mask_term,
    valid_term,
)
from lessontext.glossary.commas import JOINED_COMMA, join_coordinate_adjectives
from lessontext.glossary.correlative import comparative_correlative
from lessontext.glossary.list_tail import list_tail
from lessontext.glossary.phrases import (
    AUXILIARIES,
    NAME_JUST_GIVEN,
    PREPOSITIONS,
    RELATIVE_WORD,
    clear_verb_form,
    finite_verb,
    list_goes_on,
    np_before,
    plural_head,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.the_appositive import (
    ORDINALS,
    counted_in_turn,
    restates_label_head,
    series_item,
    specialised_with_complement,
    subject_verb_follows,
    unnamed,
)
from lessontext.words import STOPWORDS, past_participle, past_tense, term_key, word_pos

# "the asthenosphere, a weak layer ...", "Hydraulic action, the force of ...".
CONFIDENCE = 0.8
# An appositive after a lower-case noun phrase that opens the sentence.
OPENING_NOUN_CONFIDENCE = 0.75

# ("a range of about 5,000 km": the comma of a number's thousands ends no appositive.)
_APPOSITIVE = re.compile(r",\s+(?P<appos>(?P<det>an?|the)\s+(?:[^,;:]|(?<=\d),(?=\d{3}\b)){3,160}?)"
                         r"(?=,(?!\d{3}\b)|\.$|;|$)")


# "Since 1997 the navies have hosted X, a ...", "Before 1990 ...": a preposition and its date, not a clause.
_SINCE_A_DATE = re.compile(r"^\s*(?:since|before|after|until)\s+(?:the\s+)?(?:\d{4}s?|\d{1,2}(?:st|nd|rd|th)\s+century)\b",
                           re.I)
# "According to the accounts kept by writers, a ruler who ... defeated ...": a phrase of source or cause, then the subject.
_OPENING_SOURCE = re.compile(r"^\s*(?:according\s+to|thanks\s+to|because\s+of|owing\s+to|due\s+to|in\s+spite\s+of"
                             r"|in\s+the\s+(?:view|words)\s+of)\b", re.I)


# "its spire, the tallest in England at about 123 metres": a ranking with no noun, not what it is (test-dy).
_RANKED_ONLY = re.compile(r"^the\s+(?:most\s+[a-z]+|(?P<adj>[a-z]{2,}est))\s+(?:in|of|on|at|among|ever|yet)\b")
# "a lecture room sat below": a past tense that no passive participle shares, so a clause and not a noun phrase.
_STANCE_PASTS = frozenset("sat stood lay hung lived remained rested".split())
# "... contributed troops to peace operations, a sign of growing professionalism": a comment on the whole clause.
_COMMENT_ON_CLAUSE = re.compile(
    r"^(?:an?|the)\s+(?:[a-z]+\s+)?(?:sign|mark|testament|reflection|indication|symbol|reminder)\s+(?:of|to|that)\b",
    re.I)
# "... invite observers, a confidence-building measure intended to ...", "... development, an important step for":
# a noun of an act, a step, a duty or a remark sums up the clause before the comma, not the noun next to it ("a measure
# of"); "... outside NATO, a remark widely understood as ..." (test-z-r2: a wrong definition of NATO); "... at high
# level, a historical quirk worth remembering", "... the zone, a legacy that began in 1967": a judgement or a
# consequence of what the clause told.
SUMMATIVE_APPOSITIVE = re.compile(
    r"^(?:an?|the)\s+(?:(?:piece|stroke|bit)\s+of\s+)?(?:(?!(?:to|of|for|in|on|at|by|with|from|that|which|who)\s)[\w-]+\s+){0,2}?(?:step|move|measure|commitment|achievement|milestone|breakthrough|opportunity"
    r"|responsibility|showcase|success|setback|remark|comment|compromise|concession|legacy|quirk|irony|paradox|lesson|concern"
    # "... recognised Rome as an ally, a choice that looked wiser ...", "..., an episode that damaged ...", "... home
    # territory, a limitation ...", "... cannibalism, a claim that ...", "... a fresh sheet, an idea that would underpin
    # photography" (test-cu): a choice made, an episode or an idea told, or a report of it, sums up the clause too.
    r"|choice|episode|limitation|claim|allegation|accusation|rumour|rumor|attempt|quarrel|dispute|idea"  # (test-ct)
    r"|endorsement|tribute|publicity|honour|honor|coup|boast"  # "..., a piece of royal endorsement he ..." (test-cz)
    r"|saving|economy(?=\s+for\b)|pattern|[a-z]+(?=\s+being\b)"  # "an important economy for", "a regulus being" (dy, dz)
    r"|(?:problem|drawback|danger|hazard|nuisance|worry)(?=\s+(?:for|to)\b))"  # "the soil, a particular problem for" (ek)
    r"\b(?!\s+(?:of|in\s+which|by\s+which|whereby)\b)", re.I)
# "Enzymes that ..., the haemoglobin that ..., the keratin in hair and the antibodies ... are all proteins": a list.
_ALL_OF_THEM = re.compile(r"\b(?:are|were)\s+(?:all|both)\b")
_SINGULAR_SUBJECTS = frozenset("which that who it he she this".split())  # before a verb: "which releases niacin, a ..."
# "the spread of monoculture, the growing of a single crop ...": a change in a thing glosses the thing, not the change.
_CHANGE_NOUNS = frozenset("spread rise growth decline increase introduction adoption expansion arrival outbreak".split())
# "His father, a minor chief, ...": a noun owned by one person is that person's relative or thing, not a term.
_OWNERS = frozenset("his her my your our this those these".split())


# "a shell of gas, a planetary nebula", "the longest phase of its life, the main sequence": the appositive renames
# the whole phrase before a noun's "of", not the noun after it ("died of X, a ...", "made of X, a ...": a verb's or an
# adjective's "of" has the appositive's term after it).
_TRAILING_OF = re.compile(r"\b(?P<before>[A-Za-z]+)\s+of(?:\s+(?:its|their|his|her|our|your|my|all|every|each)(?:\s+[a-z-]+)?"
                          r"|(?P<the>\s+the)|(?P<a>\s+an?))?\s*$")  # ("of the" before a lower-case term: only a whole name written again)


# "a president, a prime minister and cabinet, or a monarch", "the United States, the Soviet Union, the United
# Kingdom, France and China": after the "appositive" another determiner phrase of the same series follows.
# "factories powered by steam, a growing network of railways, and rapidly expanding towns": the last item needs no
# article ("..., and in 1771 he opened ..." is a second clause, not an item).
_SERIES_CONTINUES = re.compile(r",\s+(?:(?:and|or)\s+)?(?:an?|the)\s+\w|,\s+(?:and|or)\s+(?!(?:in|on|at|by|from|after"
                               r"|during|when|then|so|he|she|it|they|we|you|this|that|these|those|there)\b)[a-z]", re.I)


# "the Staff College in Kyoto, a ...", "the palace at Tartu, a ...": a capitalised place after "in" or "at" locates
# the noun before it; the appositive after the place describes that noun or the sentence, not the place. ("took part in X, a multinational exercise": a verb's object, glossed.)
_PLACE_AFTER = re.compile(r"(?:\b[A-Z][\w-]*|\b(?:the|a|an|its|their)\s+[a-z][\w-]*)\s+(?:in|at|near)\s+"
                          r"(?:[A-Z][\w-]*\s+and\s+)?$")
# "used by hostile groups, the routes by which", "such as the delinquent, the pupil who ..., or": a phrase's object (test-ed)
_AFTER_PREPOSITION = re.compile(r"\b(?:by|on|from|with|for|to|in|among|about|against)\s*$|\bsuch\s+as\s+(?:the\s+|an?\s+)?$", re.I)
_COLON_LIST_ITEM = re.compile(r":\s*[^:;,()]{2,40},\s*$")  # "a product: steel ribs, machine-woven fabric, a frame ..."


# ", often including the X Group, clear mines ...": examples set inside the appositive's relative clause.
_EXAMPLES_INSIDE = re.compile(r",\s+(?:(?:often|usually|typically|[a-z]+ly)\s+)?(?:including|such\s+as|notably|for\s+example|e\.g\.)\s")


# "Aperture also limits resolution, the ...": an adverb may stand between the opening word and its verb.
_CAPITALISED_OPENING_WORD = re.compile(r"(?:(?:The|A|An)\s+)?([A-Z][a-z-]+)\s+(also\s+|often\s+|usually\s+|still\s+)?")

_AND_OR = re.compile(r"\b(?:and|or)\b")
# "the Conference on Security and Co-operation in Europe, a forum ...": the capitalised words of one name, joined by
# "on", "of", "for", "in" (and "and" inside them), after "the"; the phrase before the comma is its last word only.
_COMMA_THEN_FINITE_VERB = re.compile(r",\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|can|may|will|does|do|did)\b")


# ", extended its standards", ", has grown": the appositive closed, then its subject's verb and object.
_SUBJECT_VERB_AFTER_APPOSITIVE = re.compile(
    r",\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ed|is|are|was|were|has|have)\s+(?:its|their|the|a|an|to|[a-z]+ed)\b")


_COMMA_THEN_S_VERB = re.compile(r",\s+[a-z]+s\b")  # and "a conference in X adopted the text": a past verb, its object


# "many use non-resident accreditation, an arrangement ...": a pronoun or quantifier subject before its verb.
_BARE_SUBJECTS = frozenset("they we you i many most some few others both all several".split())


# "uses **contrapposto**, a classical pose in which ...", "requires **joins**, queries that combine rows ...",
# "a **normal good**, one for which demand rises with income": the appositive of a phrase the author set in bold.
# An acronym in brackets may stand inside it ("... administered by the International Atomic Energy Agency (IAEA) ...").
# A bare plural opens it only before a relative ("queries that ..."), or with one modifier before a relative,
# "where", "of", a participle or a preposition of place ("**border posts**, small huts where guards ...",
# "**plates**, large slabs of rock that ...", "**receptors**, specialised cells found in ...", "**villi**, tiny
# folds lining the gut", "**stomata**, small pores on the leaf"); never after a quantifier ("many kinds of ...").
# ("**antibodies**, Y-shaped proteins": a letter-shape modifier; ", despite deadlines": a preposition's phrase.)
_BOLD_APPOSITIVE = (r",\s+(?P<appos>(?:(?:an?|the|one|something)\s+|[a-z]+s\s+(?=(?:that|which|who)\b)"
                    r"|(?!(?:and|but|or|while|so|yet|as|if|some|many|most|all|both|few|several|other|such|these"
                    r"|those|their|its|two|three|four|which|who|whose|that|when|with|for|from|in|on|at|by|to|into"
                    r"|including|each|every|no|despite|" + "|".join(sorted(PREPOSITIONS | SUBORDINATORS)) +
                    r")\s)(?:[a-z][\w-]*|[A-Z]-[a-z]+)\s+(?:[a-z]+-[a-z]+\s+)?(?!(?:is|was|has|does|this|thus)\s)[a-z]{2,}s\s+"
                    r"(?=(?:that|which|who|where|of|in|on|inside|within|between|along|around|beneath|[a-z]+ed|[a-z]{3,}ing|found"
                    r"|made|built|held|grown|worn|known)\b))"
                    r"(?:[^,;:()]|\([A-Z][A-Za-z]{1,9}\)){3,160}?)(?=,|\.$|;|:|$)")


# "**weathering**, the breakdown of ...": a gerund the author sets in bold and glosses with a noun phrase is a term.
_BOLD_GERUND = re.compile(r"[a-z]{4,}ing")
_EXAMPLES_IN_BRACKETS = re.compile(r"\s+\((?:such as|e\.g\.|for example|for instance|including)\b[^()]*\)")
# "... through any **fluid** (a liquid or a gas).": a lower-case gloss of a word inside the appositive, set aside.
_GLOSS_IN_BRACKETS = re.compile(r"\s+\((?:an?\s+|the\s+)?[a-z][a-z -]{1,40}\)")
# "**drag**, the general name for the resistive force ...": what the name is given to is the definition.
_NAME_FOR = re.compile(r"^the\s+(?:(?:general|usual|common|scientific|technical|everyday|collective)\s+)?"
                       r"(?:name|term|word)\s+(?:given\s+to|used\s+for|for)\s+(?=(?:an?|the|any)\s)", re.I)


# After a bold term that heads the appositive: its other name or the list goes on ("or soft palate", ", ...").
# A noun after it instead ("an **unstressed** syllable", "the **metre** of ...") makes the bold word a modifier
# or a genus, and the appositive a gloss.
_BOLD_HEADS_APPOSITIVE = re.compile(r"^(?:$|[\s,;:.)]*$|\s*[,;(]|\s+(?:or|and|is|are)\b)")


def _another_bold_term(appos: str, term: str, bold: list[str]) -> bool:
    """"the **velum** or soft palate" after "the **hard palate**,": the appositive opens with another bold term."""
    rest = strip_article(appos).lower()
    return any(b != term and rest.startswith(b.lower()) and not rest[len(b):len(b) + 1].isalnum()
               and _BOLD_HEADS_APPOSITIVE.match(rest[len(b):]) for b in bold)


_COORDINATORS = frozenset("and but or so yet".split())
def _closes_adverbial_clause(words: list[str], appos: str) -> bool:
    """"..., and when the bank tightened credit, a recession followed": the comma ends a clause, the main one follows.

    After a clause of time, condition or cause ("when", "if", "because" and a verb), a noun phrase with its own past
    verb ("a recession followed in 1937") or a modal after a past verb ("an observer who noted it could compare ...") is
    the main clause, not a gloss of the clause's last noun; a noun phrase without one still renames it ("while others
    joined the Janissaries, the elite infantry corps that ...", "its base level, the lowest point to which it can erode").
    """
    words = words[1:] if words[:1] and words[0].lower() in _COORDINATORS else words
    if not words or words[0].lower() not in SUBORDINATORS or _SINCE_A_DATE.match(" ".join(words)):
        return False  # ("since 1998 the states have hosted X, a ...": a date, then the clause the appositive ends)
    head = word_list(RELATIVE_WORD.split(appos, maxsplit=1)[0])
    said = word_list(appos)
    return (any(clear_verb_form(w) for w in words[2:]) and (any(w.endswith("ed") and clear_verb_form(w) for w in head[1:6])
            or bool({w.lower() for w in said} & {"could", "would", "can", "will", "must", "may"})
            and any(w.endswith("ed") and clear_verb_form(w) for w in said)))


def _verb_list_item(words: list[str]) -> bool:
    """"combine resistors in series": a bare appositive that opens with a verb's base form, not an adjective."""
    first = words[0].lower()
    pos = word_pos(first)
    return (first not in {"a", "an", "the", "one", "something"} and "VERB" in pos and "ADJ" not in pos
            and not first.endswith("ed") and len(words) > 1 and words[1].lower() not in STOPWORDS)


def _bold_appositives(section: DocumentSection, sentence: str, context: Context) -> tuple[list[Candidate], set[int]]:
    """Candidates for "... **T**, a/the/one NP ...", and the commas they used.

    The author's bold marks where the term starts, so the verb or the
    "a demonstration of" before it is not part of the term, and a "the"
    appositive ("**chiaroscuro**, the strong contrast of light and dark")
    is the author's gloss, not a description of one thing.
    """
    out: list[Candidate] = []
    taken: set[int] = set()
    bold = context.memo.get("appositive_bold")
    if bold is None:
        bold = context.memo["appositive_bold"] = sorted(
            (b for b in context.document.emphasis if (valid_term(b) or _BOLD_GERUND.fullmatch(b)) and len(b) > 2),
            key=len, reverse=True)
    original = sentence
    sentence = join_coordinate_adjectives(sentence)
    # "**weathering**, the breakdown of rock by physical processes (such as frost shattering) or ...": examples aside.
    sentence = _GLOSS_IN_BRACKETS.sub("", _EXAMPLES_IN_BRACKETS.sub("", sentence))
    for term in bold:  # type: ignore[union-attr]
        if term not in sentence:
            continue
        for match in re.finditer(re.escape(term) + _BOLD_APPOSITIVE, sentence):
            comma = match.start("appos") - 1
            while sentence[comma] != ",":
                comma -= 1
            if comma in taken or match.start() and sentence[match.start() - 1].isalnum():
                continue
            appos = match.group("appos").strip().replace(JOINED_COMMA, ",")
            words = word_list(appos)
            if len(words) < 3 or coordinated(appos) or NAMING_VERB.search(appos):
                continue
            if _verb_list_item(words):
                continue  # "use **Ohm's law**, combine resistors in series ...": the next item of a list of tasks
            if verbless_relative(appos):
                continue  # "**rule of law**, the principle that everyone, including ..., is subject to ...": cut
            if event_for_thing(term, appos):
                continue  # "between the two **amino acids**, a reaction that ...": the clause summed up
            appos = (appos + list_tail(sentence[match.end():], appos)).replace(JOINED_COMMA, ",")
            if _another_bold_term(appos, term, bold):
                continue  # "the **hard palate**, the **velum** or soft palate, ...": the next item of a list
            if opening_phrase_only(word_list(sentence[: match.start()])):
                continue  # "In the **lower course**, the river floods ...": an opening phrase, then the clause
            # "the power of courts to examine whether the acts ... are lawful": a clause inside the noun phrase.
            head = WH_COMPLEMENT.split(RELATIVE_WORD.split(appos, maxsplit=1)[0], maxsplit=1)[0]
            if clause_verb(word_list(head)):
                continue  # a clause, not a noun phrase
            appos = _NAME_FOR.sub("", appos)  # "the general name for the resistive force ..." -> "the resistive force ..."
            if words[0].lower() == "one":
                # "a normal good, one for which ..." -> "A good for which ...".
                noun = word_list(term)[-1].lower()
                appos = f"{rephrase.article(noun)} {noun}{appos[3:]}"
            definition = finish_definition(mask_term(appos, term_key(term)))
            if definition is None or is_vacuous(definition):
                continue
            taken.add(comma)
            out.append(Candidate(strip_article(term), definition, kind_from_definition(term, definition), section,
                                 original, CONFIDENCE, "pattern"))
    if sentence != original:  # the commas used, found again in the sentence as written
        taken = {original.find(sentence[c:c + 40]) for c in taken} - {-1}
    return out, taken


def find_appositive(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"X, a/the NP, ...": the noun phrase before the comma is the term, the appositive its definition.

    A list ("X, Y and an optional Z"), an opening adverbial ("During the day, a healthy plant ..."), a clause instead
    of a noun phrase, and a "the" appositive that does not restrict ("Paris, the capital") are not definitions.
    """
    out, taken = _bold_appositives(section, sentence, context)
    out += bare_plural_glosses(section, sentence)
    written, sentence = sentence, unnamed(sentence)
    first_word = (word_list(sentence)[:1] or [""])[0].lower()
    for n, match in enumerate(_APPOSITIVE.finditer(join_coordinate_adjectives(sentence))):
        comma = match.start()
        if comma in taken:
            continue
        named = bool(NAME_JUST_GIVEN.search(sentence[:comma]))  # "what doctors now call the T, the ...": its gloss
        if (n == 0 and first_word in SUBORDINATORS and sentence.count(",", 0, comma) == 0
                and not _SINCE_A_DATE.match(sentence) and not named):
            continue  # (but "While ... he traced what doctors call the T, a ...": a name just given, then its gloss)
        if _OPENING_SOURCE.match(sentence) and sentence.count(",", 0, comma) == 0:
            continue  # "According to X's writers, a ruler who ...": the opening phrase, then the subject
        appos = match.group("appos").strip().replace(JOINED_COMMA, ",")
        if comparative_correlative(sentence[:comma], appos) or likened(sentence[:comma]):
            continue  # "the sooner ..., the better the chance ...": two comparisons; "shaped like a bowl, a reflector"
        if (NAMING_VERB.search(appos) or appos.count("(") != appos.count(")") or _COMMENT_ON_CLAUSE.match(appos) or lexicon.NAME_ORIGIN.match(appos)
                or (ranked := _RANKED_ONLY.match(appos)) and (not ranked["adj"] or word_pos(ranked["adj"]) == {"ADJ"})
                or _ALL_OF_THEM.search(sentence[match.end():]) or event_for_thing(sentence[:comma], appos)
                or SUMMATIVE_APPOSITIVE.match(appos) or EVENT_JUDGED.match(appos) or act_renamed(sentence[:comma], appos)):
            continue
        if (coordinated_items(appos) and not coordinated_features(appos)
                or list_goes_on(appos, sentence[match.end():]) or listed_items(appos) or list_then_verb(appos)
                or series_item(sentence[:comma], appos)):
            continue  # "X, Y and an optional Z", "X, a Y, and a Z", "X, a Y or simply a Z": a list, not an appositive
            # (but "the SS-20, a missile with three warheads and a range of ...": what the one thing has)
        segment_start = sentence.rfind(",", 0, comma) + 1
        segment_words = word_list(sentence[segment_start:comma])
        if segment_start and _closes_adverbial_clause(segment_words, appos) and not named:
            continue  # "..., and when the bank tightened credit, a recession followed": the main clause
        # "During the day, a healthy plant ...": the comma closes an opening
        # adverbial phrase, not a noun phrase with an appositive.
        # "Beneath the lithosphere lies the asthenosphere, a ..." has its verb
        # after the opening phrase: a verb form ("lies") right after a noun.
        if opening_phrase_only(segment_words, participles=True, opening=not segment_start) and not _SUBJECT_VERB_AFTER_APPOSITIVE.match(
                sentence[match.end():]):
            continue  # (but "In the same period the X Task Force, an intergovernmental body ..., extended ...":
            # the verb after the appositive makes the words before it the opening phrase and the subject)
        np = np_before(sentence, comma)
        if not np:
            continue
        term, start = np
        whole = whole_name(sentence, start, comma)
        if whole is not None:
            term, start = whole
        parts = term.split()
        for k in range(len(parts) - 2, 0, -1):
            # "assistance builds interoperability": the subject and its verb are not part of the object.
            subject_plural = plural_head(parts[k - 1])
            agrees = (finite_verb(parts[k], plural=False) and parts[k].endswith("s") and not subject_plural
                      or subject_plural and finite_verb(parts[k], plural=True) and not parts[k].endswith("s"))
            if parts[k].islower() and agrees and ("NOUN" in word_pos(parts[k - 1].lower()) or not word_pos(
                    parts[k - 1].lower())):  # (a word the lexicon lacks: "methanogens produce methane", test-em)
                object_start = sentence.index(" ".join(parts[k + 1:]), start)
                term, start = sentence[object_start:comma].strip(), object_start
                break
        parts = term.split()
        before = word_list(sentence[:start])[-1:]
        subject = [w.lower() for w in word_list(sentence[:start])[-2:]]
        if subject and subject[-1] in {"also", "then", "now", "often", "usually"}:
            subject = subject[:-1]  # "it also releases niacin, a ..."
        if len(parts) > 1 and subject and subject[-1] in _SINGULAR_SUBJECTS and parts[0].islower() \
                and finite_verb(parts[0], plural=False) and parts[0].endswith("s"):
            term, start, parts = " ".join(parts[1:]), sentence.index(" ".join(parts[1:]), start), parts[1:]  # "which releases niacin, a ..."
        # "they drink nectar, ..., and collect pollen, ...": the bare subject before "and" owns this verb too.
        shared = bool(before) and before[0].lower() in {"and", "or"} and bool(
            {w.lower() for w in word_list(sentence[:start])} & _BARE_SUBJECTS)
        if (len(parts) > 1 and before and (before[0].lower() in _BARE_SUBJECTS or shared) and parts[0].islower()
                and finite_verb(parts[0], plural=True)):
            term, start = " ".join(parts[1:]), sentence.index(" ".join(parts[1:]), start)  # drop the verb
        if sum(not word_pos(w.lower()) for w in term.split()) >= 2 and term.islower():
            continue  # "declare a diplomat persona non grata, ...": an object and its foreign complement, no clear term
        if term.split()[0].lower() in ORDINALS or adverb_after_verb(term, sentence[:start]) or glosses_another(sentence[:start], appos) \
                or re.search(r"\b(?:they|we|he|she|you)\s+$", sentence[:start], re.I):  # ("the very activity they tap, ...")
            continue  # "... melted easily and hardened fast, an oil-based ink ...": the next item of a list (test-cm)
        before_words = [w.lower() for w in word_list(sentence[:start])[-2:]]
        if term.islower() and (set(before_words[-1:]) & _OWNERS or before_words[-1:] == ["own"]
                               or before_words[-1:] == ["that"] and before_words[0] in PREPOSITIONS | {"of"}):
            # "his father, a minor chief": one person's relative ("his Ninety-Five Theses": a name, kept); "the cost of
            # that cow, a little less grass ...", "his own hay, a simple rule ...": one thing of the story (test-dt)
            continue
        if (trailing := _TRAILING_OF.search(sentence[:start])) and "NOUN" in word_pos(trailing["before"].lower()) \
                and trailing["before"].lower() not in _CHANGE_NOUNS and (term.islower() or not trailing["the"]):
            whole_of = not trailing["a"] and named_with_of(trailing, term, appos, sentence[:start], context)
            if not whole_of and gloss_of_owner(trailing["before"], term, appos):
                # "the leeward side of a mountain range, the side sheltered from ...": the owner's gloss (test-dr)
                if not (owner := np_before(sentence, trailing.end("before"))) or len(word_list(owner[0])) > 3:
                    continue
                term, start = owner
            elif whole_of:
                term, start = f"{trailing['before']} of {'the ' * bool(trailing['the'])}{term}", trailing.start("before")
            elif not trailing["the"] and not trailing["a"]:
                continue  # "a shell of gas, a planetary nebula": the appositive renames the whole phrase (after "of a"
                # the term is the noun that follows: "made of a hard wood, a ...")
        if restates_label_head(section, sentence, start):
            continue  # "hulled, unroasted coffee seeds, the form ...": a label's body glossing its own head (test-cx)
        if sentence[:start].rstrip().endswith(")") or _COLON_LIST_ITEM.search(sentence[:start]):
            continue  # "the sinoatrial (SA) node, a ...": the acronym rule has the whole name; a colon's list (test-ec)
        if term[:1].isupper() and (_PLACE_AFTER.search(sentence[:start]) or TOWN_BEFORE.search(sentence[:start])):
            continue  # "the X Center in Garmisch, a German-American institution, ...": the place of a name, not glossed
        opening = _CAPITALISED_OPENING_WORD.fullmatch(sentence[:start])
        if opening and len(parts) > 1 and parts[0].islower() and finite_verb(parts[0], plural=plural_head(opening.group(1))):
            # "Condensation releases latent heat, the energy ...": the opening word is the subject of the verb that
            # opens the phrase, and the phrase after the verb is what the appositive renames.
            term, start, opening = " ".join(parts[1:]), sentence.index(" ".join(parts[1:]), start), None
        if (opening and opening.group(1).lower() not in lexicon.BAD_TERM_START and not opening.group(2)
                and word_pos(opening.group(1).lower()) & {"ADJ", "NOUN"}):
            # "Hydraulic action, the sheer force ...": the sentence's first word,
            # capitalised only because it opens the sentence, is part of the term.
            term, start = opening.group(1) + " " + term, opening.start(1)
        term = strip_article(term)
        if not valid_term(term, strict=whole is None and not lone_gerund(term) and " of the " not in term, named=whole is not None):
            continue  # (a whole name keeps its "on" and "and": "Conference on Security and Co-operation in Europe")
        if parallel_item(term, appos):
            continue  # "what matters is a single timetable, a single ticket and connections that work": a list
        if (match.group("det").lower() in {"a", "an"} and plural_head(term)
                and not plural_head(appositive_head(appos)) and _AND_OR.search(appos)):
            continue  # "elected magistrates, a council of elders": a list, not an appositive
        if (match.group("det").lower() in {"a", "an"} and plural_head(term)
                and not plural_head(appositive_head(appos)) and re.search(r"\b(?:and|or)\s*$", sentence[:start])):
            continue  # "bonds from pension funds and insurers, a process that ...": the clause renamed, not the last plural
        if (match.group("det").lower() in {"a", "an"} and plural_head(term) and not plural_head(appositive_head(appos))
                and term.islower() and not sentence[match.end():].strip(" .;")):
            continue  # "... in his dealings with other powers, an optional offer of assistance.": the clause summed up
        appos_words = word_list(appos)
        if len(appos_words) < 3:
            continue
        # "Bandwidth, the maximum amount of data ..., is measured in ...": a
        # "the" appositive between a sentence's subject and its verb.
        following = sentence[match.end():]
        if verbless_relative(appos) or (RELATIVE_WORD.search(appos) and _EXAMPLES_INSIDE.match(following)
                                         and not relative_with_auxiliary(appos)):
            continue  # "an operation in which allied navies, often including X, clear ...": the clause cut before its verb
            # (but "a vehicle whose drive module can carry different modules, such as ...": the clause has its verb)
        appos += list_tail(following, appos)
        if (_SERIES_CONTINUES.match(following) and term not in context.document.emphasis and not no_next_item(following)
                and not renames_last_noun(appos, following)
                and (not RELATIVE_WORD.search(re.sub(r"\([^()]*\)", "", appos)) or _AFTER_PREPOSITION.search(sentence[:start]))):
            # "a gas escapes, a change in colour, or the concentration ...": items of one series ("a sending
            # state, the country that deploys the troops, and a receiving state, ..." glosses each item, and
            # "use **phonetics**, the study of ..., and the **IPA**" glosses the term the author set in bold);
            # a term inside a phrase ("the types of drones used by hostile groups, the routes by which ..., and
            # the tactics ...") ends the series' first item, whatever the next item's clause.
            continue
        if (lead := counted_in_turn(sentence[:start])) is not None:  # "The second is normalising judgement, the ..."
            term, start = lead + term, start - len(lead)
        framed = lead is not None or sentence[:start].strip().lower() in {"", "the", "a", "an"} and bool(
            _COMMA_THEN_FINITE_VERB.match(following)
            or _COMMA_THEN_S_VERB.match(following) and finite_verb(following.split()[1], plural=False)
            or subject_verb_follows(following, plural=plural_head(term))
        )
        if (match.group("det").lower() == "the" and not framed and not named and not glossed_in_turn(appos, following)
                and not RELATIVE_WORD.search(" ".join(appos_words[:9 if "of" in appos_words[:7] and "and" not in appos_words[:8] else 7]))
                and not specialised_with_complement(term if start else term[:1].lower() + term[1:], appos_words)):
            continue
        # The appositive must be a noun phrase, not a clause: no finite verb
        # before its relative clause.
        head = RELATIVE_WORD.split(appos, maxsplit=1)[0]
        head_words = word_list(head)
        if any(w.lower() in AUXILIARIES or (w.endswith("s") and clear_verb_form(w)) for w in head_words[1:5]) or (
                len(head_words) > 2 and word_pos(head_words[-1].lower()) == {"ADV"} and past_tense(verb := head_words[-2].lower()) and (not past_participle(verb) or verb in _STANCE_PASTS)) \
                or PAST_VERB_AND_OBJECT.search(head) or main_verb_of_be(head_words) and adverbial_only(sentence[:comma]):
            continue
        if agreeing_verb(word_list(head)) or told_clause(appos) or OTHER_LANGUAGE.search(appos) or ETYMON.match(term):
            continue  # "equal, a higher price leads to ...", "the West insisted that ...": a subject and its verb
        definition = finish_definition(mask_term(appos, term_key(term)))
        if definition is None or is_vacuous(definition):
            continue
        kind = kind_from_definition(term, definition)
        confidence = CONFIDENCE if term[:1].isupper() or start > 0 else OPENING_NOUN_CONFIDENCE
        named_first = first_name(sentence, start)
        if named_first:  # "the testa, or seed coat, a tough layer ...": the gloss of the first name, the second its alias
            term, definition = named_first, finish_definition(mask_term(appos, term_key(named_first))) or definition
        aliases = {strip_article(sentence[start:comma])} if named_first else set()
        out.append(Candidate(term, definition, kind, section, written, confidence, "pattern", aliases))
    return out


APPOSITIVE = RULES.register(Rule(
    name="appositive", priority=120, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_appositive,
    examples=(
        finds("# Earth\n\nBeneath the lithosphere lies the asthenosphere, a weak and partly molten layer of the mantle.\n",
              "asthenosphere"),
        # test-cp: a second name after ", or" is an alias; a clause is no appositive; a verb is no part of the term
        finds("# Seeds\n\nOutside is the **testa**, or seed coat, a tough layer that protects the seed.\n", "testa"),
        misses("# Seeds\n\nOutside is the **testa**, or seed coat, a tough layer that protects the seed.\n", "seed coat"),
        misses("# Work\n\nIn poor countries, especially in parts of Africa, a large share of the workforce is still "
               "employed in farming.\n", "Africa"),
        finds("# Food\n\nIt is cooked with lime, and it also releases niacin, a B vitamin that the body needs.\n", "niacin"),
        finds("# Farms\n\nThe spread of monoculture, the growing of a single crop over large areas, has cut the "
              "variety of crops.\n", "monoculture"),
        finds("# Farms\n\nHis goal was to create high-yielding varieties, types of crop that produce far more grain.\n",
              "high-yielding varieties"),
        misses("# Votes\n\nMeetings drew up cahiers, lists of grievances for their deputies to present.\n", "cahiers"),
        misses("# Farms\n\nIt is known as the Fertile Crescent, a name popularised by the historian James Breasted.\n",
               "Fertile Crescent"),
        # the clause summed up at the sentence's end, not the plural before it (test-cg, both raters)
        misses("# Treaties\n\nThe emperor could use the envoy in his dealings with other powers, an optional offer "
               "of assistance.\n", "powers"),
        finds("# Forces\n\nSpecial operations forces, the small and highly trained units often used in raids, "
              "frequently train with foreign counterparts.\n", "special operations forces"),
        misses("# Forces\n\nThe forces met the rebels, the small units in the hills, quickly after dawn.\n", "rebels"),
        misses("# Farming\n\nYields rose for a decade, but when the rains failed and the farmers lost their cattle, a long "
               "famine followed in 1921.\n", "cattle"),
        finds("# Forums\n\nSome forums also establish hotlines, direct communication links between ministries "
              "intended for use in emergencies.\n", "hotlines"),
        finds("# Space\n\nThe agency shares conjunction warnings, notices of possible close approaches between "
              "objects, with operators around the world.\n", "conjunction warnings"),
        finds("# Air\n\nRegulators have also created frontier training areas, reserved airspace that straddles the "
              "frontier and is patrolled by both air forces.\n", "frontier training areas"),
        misses("# Air\n\nRegulators created frontier training areas, wooden platform that overlooks the frontier.\n", "frontier training areas"),
        misses("# Farm\n\nWe bought apples, pears of the region and oranges.\n", "apples"),
        finds("# Farms\n\nThe farmer died of swamp fever, a disease of the liver caused by parasites.\n", "swamp fever"),
        misses("# Peace\n\nMonitors count troop movements, but it verifies that weapons have gone.\n", "troop movements"),
        misses("# Farm\n\nWe bought apples, pears and an orange at the market.\n", "apples"),
        finds("# Rockets\n\nThe navy deployed the KT-40, a mobile rocket with a range of 5,000 km.\n", "KT-40"),
        misses("# Prices\n\nFirms watch how customers react to price changes, a property economists call price "
               "elasticity.\n", "price changes"),
        misses("# Oaths\n\nThe deputies swore to stay until France had a constitution, a promise remembered as the "
               "Tennis Court Oath.\n", "constitution"),
        misses("# Rates\n\nWe measure the loss of mass as a gas escapes, a change in colour, or the concentration "
               "of a substance.\n", "gas escapes"),
        misses("# States\n\nFive states are recognised: the United States, the Soviet Union, the United Kingdom, "
               "France and China.\n", "United States"),
        misses("# Government\n\nAt its head stands a president, a prime minister and cabinet, or a monarch.\n",
               "president"),
        finds("# Forces\n\nThey are negotiated between a sending state, the country that deploys the troops, and a "
              "receiving state, the country that hosts them.\n", "sending state"),
        misses("# Reports\n\nPartners share the types of vehicles used by armed gangs, the routes by which their parts are "
               "moved, and the tactics seen in recent raids.\n", "armed gangs"),
        finds("# Speech\n\nTo study sounds, linguists use **phonetics**, the study of how sounds are produced, and "
              "the **phonetic alphabet** (PA), in which each symbol stands for one sound.\n", "phonetics"),
        misses("# Law\n\nReview serves the rule of law, the principle that everyone, including the government, is "
               "subject to the law.\n", "rule of law"),
        misses("# Law\n\nReview serves the **rule of law**, the principle that everyone, including the government, is "
               "subject to the law.\n", "rule of law"),
        finds("# Law\n\nOne check is **judicial review**, the power of courts to examine whether the acts of the "
              "other branches are lawful.\n", "judicial review"),
        finds("# Treaty\n\nStates must accept **safeguards**, a system of inspections administered by the "
              "International Atomic Energy Agency (IAEA) to check that material is not diverted.\n", "safeguards"),
        finds("# Elections\n\nIts main weakness is **disproportionality**, a gap between the share of the votes and "
              "the share of the seats.\n", "disproportionality"),
        finds("# Stars\n\nSuch an object is called a **brown dwarf**, something between a large planet and a small "
              "star.\n", "brown dwarf"),
        misses("# Stars\n\nA star settles into the longest and most stable phase of its life, the main sequence.\n",
               "life"),
        misses("# Music\n\nAdding a fourth note, a seventh above the root, gives a richer chord.\n", "fourth note"),
        # test-cl: a name built with "of" that the lesson writes again is the term; written once, the noun before
        # "of" and the thing it is of are not ("an outbreak of plague, a disease ..." glosses the plague)
        finds("# Banks\n\n## Bills of exchange\n\nBankers avoided the ban through the bill of exchange, a written order to"
              " pay a sum in another currency at a later date.\n", "bill of exchange"),
        misses("# Towns\n\nIn 1665 the town suffered an outbreak of plague, a disease carried by the fleas of rats.\n",
               "outbreak of plague"),
        finds("# Banks\n\nA member of the Arte del Cambio, the guild of bankers and money changers, he lent with care.\n",
              "Arte del Cambio"),
        misses("# Banks\n\nIn 1397 he moved his bank from Rome to Florence, an event usually taken as the founding of the"
               " firm.\n", "Florence"),
        # test-cm: an adverb ending a list's item, a town's state, a phrase set off by commas, a list's middle item
        misses("# Print\n\nHe made an alloy that melted easily and hardened fast, an oil-based ink that clung to metal, and"
               " a press.\n", "fast"),
        misses("# Libraries\n\nThe first opened in 1889 at Braddock, Pennsylvania, a town beside one of his mills.\n",
               "Pennsylvania"),
        misses("# Libraries\n\nA town had to promise to spend each year, from local taxes, a sum equal to ten per cent of the"
               " grant.\n", "local taxes"),
        misses("# Weather\n\nA depression has a warm front at the leading edge, a wedge of warm, moist air behind it, and a"
               " cold front.\n", "leading edge"),
        misses("# Trade\n\nThe rule says that, all else being steady, a lower tariff brings in more imports.\n", "steady"),
        finds("# Ice\n\nAs the ice melts, the glacier drops moraine, the loose rock and gravel carried down by the ice.\n",
              "moraine"),
        misses("# Ice\n\nWhen the ice melts, or when the glacier retreats over moraine, the rock in its bed is exposed to the"
               " air.\n", "moraine"),
        misses("# Trade\n\nBeyond tariffs and quotas, the guild insisted that every bolt of cloth carry its seal.\n", "quotas"),
        misses("# Kitchen\n\nSeal each jar with wax, a cork or simply a tight lid.\n", "wax"),
        misses("# Ports\n\nThe harbour still charges a toll on every barge, a legacy that began with the medieval guilds.\n",
               "barge"),
        finds("# Books\n\nThe censors kept the Register, a list of works readers were forbidden to own.\n", "Register"),
        finds("# Sport\n\nThe league runs the Youth Games, a contest held every two years for young players.\n", "Youth Games"),
    ),
))
