"""Whether an appositive's words make a noun phrase (a gloss) or something else: a clause, a list, a cut clause.

The appositive rule (:mod:`lessontext.glossary.rules.appositive`) reads "X, a/the NP, ..." and keeps the noun
phrase as X's definition only when these checks find a noun phrase: no verb of its own before its relative
clause (:func:`clause_verb`, :func:`agreeing_verb`, :data:`PAST_VERB_AND_OBJECT`), no list of articled phrases
(:func:`coordinated`, :func:`listed_items`), no relative clause cut before its verb (:func:`verbless_relative`), no
clause with its own subject and verb (:func:`told_clause`).  Also where the term before the comma begins and ends:
a whole name joined by "of" or "del" (:func:`whole_name`), a name built with "of" the lesson writes again
(:func:`named_with_of`).
"""

from __future__ import annotations

import re

from lessontext.glossary.checks import valid_term
from lessontext.glossary.phrases import (
    AUXILIARIES,
    COORDINATED_ARTICLE,
    PREPOSITIONS,
    RELATIVE_WORD,
    clear_verb_form,
    finite_verb,
    np_before,
    participle_and_agent,
    plural_head,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context
from lessontext.semantics import similarity
from lessontext.words import STOPWORDS, getAllLemmas, word_pos
from lessontext.words.lemmas import getInflection

__all__ = ["PAST_VERB_AND_OBJECT", "WH_COMPLEMENT", "agreeing_verb", "appositive_head", "clause_verb", "coordinated",
           "act_renamed", "coordinated_features", "list_then_verb", "listed_items", "parallel_item", "relative_with_auxiliary", "told_clause", "verbless_relative",
           "adverbial_only", "event_for_thing", "first_name", "main_verb_of_be"]


def appositive_head(appos: str) -> str:
    """"a council of elders and ..." -> "council": the noun before the first preposition or relative."""
    head = "x"
    for word in word_list(appos)[1:]:
        if word.lower() in PREPOSITIONS or word.lower() in {"of", "that", "which", "who", "and", "or"}:
            break
        head = word
    return head


# "a measure of how demand responds": a wh-clause inside the noun phrase has its own verb.
WH_COMPLEMENT = re.compile(r"\b(?:whether|how|why|what)\b")


# "a gap between the share of votes ... and the share of seats", "something between a large planet and a small
# star": "between A and the B" joins inside one noun phrase, it does not list two.
# "the chelicerates, named after their chelicerae, a group that ...": the appositive is the named group's, not the
# name's source (test-cr, both raters: "Chelicerae: A group that includes horseshoe crabs").
# After an appositive, no next item of a series: a second clause with its own subject and verb (", and the plant can
# then form seeds", ", and its fees provided income ..."), the sentence's next verb (", and often exercised first in
# ..."), or a next term glossed in turn ("between balneae, the smaller baths ..., and thermae, the vast complexes ...").
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|so)\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){1,2}?(?:can|could|will|would|may|might|"
    r"must|should|is|are|was|were|has|have|had|[a-z]{3,}ed)\b"
    r"|,\s+and\s+(?:often|then|also|later|usually|sometimes|finally|first|soon)\s+[a-z]{3,}ed\b"
    # ", and Philo of Byzantium followed with ...": a name and its verb open the next clause (test-eb)
    r"|,\s+(?:and|but|so)\s+[A-Z][\w'’-]+(?:\s+(?:of|de|von|van)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,3}\s+"
    r"(?:[a-z]{3,}ed|was|were|had|has|is|are|could|would|will)\b")
_GLOSSED_NEXT = re.compile(r",\s+(?:and|or)\s+(?:the\s+|an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+(?:the|an?)\s")


def no_next_item(following: str) -> bool:
    """What follows an appositive is a second clause or a next glossed term, not the next item of a series."""
    return bool(_NEW_CLAUSE.match(following) or _GLOSSED_NEXT.match(following))


def glossed_in_turn(appos: str, following: str) -> bool:
    """"balneae, the smaller baths ..., and thermae, the vast ...": a "the" phrase with no verb of its own, and a next
    term glossed in turn ("a small force, the finances of the state were placed ..., and the capitulations, the ..."
    is a list of clauses)."""
    return bool(_GLOSSED_NEXT.match(following)) and not any(
        w.lower() in AUXILIARIES for w in word_list(appos))


_NAMED_AFTER = re.compile(r"\b(?:named|called)\s+(?:after|for)\s+(?:(?:their|its|his|her|the)\s+)?$", re.I)


def glosses_another(before: str, appos: str) -> bool:
    """The appositive glosses a phrase other than the one before its comma: the group a name comes from ("named after
    their chelicerae, a group that ..."), or the subject its head noun repeats ("The line that eventually solved the
    problem, a line joining every point at the same height, ...": test-cs, both raters: "Problem: A line ...")."""
    nouns = {appositive_head(appos), *word_list(appos)[1:2]} - {"x"}
    return bool(_NAMED_AFTER.search(before) or _TERM_IS_THE.match(before)) or any(
        re.search(rf"\b{re.escape(noun)}s?\s+(?:that|which|who)\b", before, re.I) for noun in nouns)


# "Communitas is the opposite experience, a direct bond between ...": the appositive glosses the subject the copula
# names, whose description the phrase before the comma is (test-de, both raters: "Opposite experience: A direct bond").
_TERM_IS_THE = re.compile(r"^(?!(?:The|A|An|This|That|It|Another|One|Each|Such|Its|Their|His|Her)\b)[A-Z][a-z-]+\s+"
                          r"(?:is|are|was|were)\s+the\s+(?:[a-z-]+\s+)?$")
_BETWEEN_AND = re.compile(r"\bbetween\b[^,;]*?\band\b")


def coordinated(appos: str) -> bool:
    """"X, Y and an optional Z": the appositive joins articled phrases, a list (not "between A and the B")."""
    return bool(COORDINATED_ARTICLE.search(_BETWEEN_AND.sub("between", appos)))


# "a mobile ballistic missile with three warheads and a range of 5,000 km": an "a/an" phrase whose noun head (up to
# four modifiers before it) takes "with", and the "and a ..." after it joins what the thing has, not a next item.
_KIND_WITH = re.compile(r"^an?\s+(?:[\w-]+\s+){0,4}?(?P<head>[a-z][\w-]*)\s+with\s+(?P<features>(?:[^,;]|(?<=\d),(?=\d{3}\b))*)$")


# A coordinated phrase that takes its own relative clause ("... and the antibodies that fight infection").
_ITEM_WITH_CLAUSE = re.compile(r"\b(?:and|or)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)\b")


def coordinated_items(appos: str) -> bool:
    """"X, a Y and a Z": an articled phrase joined by "and"/"or" makes the appositive a list.  Inside an "a/an"
    appositive's relative clause it joins the clause's own objects ("a camera lucida, a prism on a stalk that lets
    the eye see the scene and the paper at once"), unless the joined phrase takes a clause of its own ("the
    haemoglobin that carries oxygen and the antibodies that fight infection": items of a list)."""
    before_clause = RELATIVE_WORD.split(appos, maxsplit=1)[0]
    if COORDINATED_ARTICLE.search(before_clause) or not COORDINATED_ARTICLE.search(appos):
        return bool(COORDINATED_ARTICLE.search(before_clause))
    return not re.match(r"an?\s", appos, re.I) or bool(_ITEM_WITH_CLAUSE.search(appos))


def coordinated_features(appos: str) -> bool:
    """"a missile with three warheads and a range of ...": the coordination sits inside the head noun's "with"."""
    match = _KIND_WITH.match(appos)
    if not match or "NOUN" not in word_pos(match["head"]) or match["head"] in STOPWORDS:
        return False
    features = match["features"]
    joined = list(COORDINATED_ARTICLE.finditer(features))
    if not joined or COORDINATED_ARTICLE.search(appos[: match.start("features")]):
        return False
    # "... with two burners and a lamp" may list a next thing; "and a range of ...", "and a crew of ..." is a feature
    # with its own measure.
    return any(w.lower() in PREPOSITIONS or w.lower() == "of" for w in word_list(features[joined[-1].end():]))


def verbless_relative(appos: str) -> bool:
    """"the principle that everyone": a relative clause cut before its verb (", including ..., is subject to ...")."""
    match = RELATIVE_WORD.search(appos)
    if not match:
        return False
    rest = word_list(appos[match.end():])
    return not any(w.lower() in AUXILIARIES or finite_verb(w) or clear_verb_form(w) for w in rest)


def relative_with_auxiliary(appos: str) -> bool:
    """"a vehicle whose drive module can carry ...": the relative clause has its verb before any aside that follows."""
    match = RELATIVE_WORD.search(appos)
    return bool(match) and any(w.lower() in AUXILIARIES for w in word_list(appos[match.end():]))


# "a conference in X adopted the text": a past verb and its object, a clause.
# ("..., a bell-shaped gap remained between core and cope": a past verb of place, and the words before it its subject;
# "pressed the wrong way, a facet barely changes": a verb after an adverb of degree or frequency)
PAST_VERB_AND_OBJECT = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){1,5}?(?:(?!(?:called|named|termed|used|based)\b)[a-z]{3,}ed\s+(?:the|an?|its|their|his|her)\s"
    r"|(?:sat|stood|lay|hung|lived|remained|rested|survived|existed)\s+(?:between|in|on|at|inside|behind|beneath|under)\s"
    r"|(?:barely|hardly|scarcely|rarely|seldom|never|always|quickly|slowly)\s+[a-z]{3,}(?:s|ed)\b)")


_WH_WORDS = frozenset("how what why whether when where".split())
_DETERMINERS = frozenset("a an the its their his her this these that those each every".split())


def agreeing_verb(words: list[str]) -> bool:
    """"a higher price leads to ...": a singular noun, then an "-s" verb and its preposition or object.

    "leads", "rises", "measures" are nouns as well as verbs, so the word
    counts as a verb only between a singular noun subject and a function word.
    """
    for i in range(2, len(words) - 1):
        word, before, after = words[i], words[i - 1], words[i + 1]
        if before.lower() in _WH_WORDS | _DETERMINERS or word.lower() in _WH_WORDS | _DETERMINERS:
            return False  # "a measure of how demand responds to", "the energy a star gives off": a clause inside
        if (word.islower() and word.endswith("s") and not word.endswith("ss") and finite_verb(word, plural=False)
                and "NOUN" in word_pos(before.lower()) and before.lower() not in STOPWORDS
                and not plural_head(before) and after.lower() in STOPWORDS):
            return True
        if word.islower() and _simple_past(word) and "NOUN" in word_pos(before.lower()) and after.lower() in STOPWORDS:
            return True  # "a much smaller rebellion began in a house ...": the subject of the main clause (test-cu)
    return False


def _simple_past(word: str) -> bool:
    """"began", "shook", "grew": a past tense that is no participle and no noun, so a verb wherever it stands."""
    lemmas = getAllLemmas(word).get("VERB", ())
    return "NOUN" not in word_pos(word) and any(
        word in getInflection(lemma, "VBD") and word not in getInflection(lemma, "VBN") for lemma in lemmas)


_CONTACT_DETERMINERS = frozenset("a an the each every".split())


def clause_verb(words: list[str]) -> bool:
    """An auxiliary or an "-s" verb after the appositive's first word: a clause, not a noun phrase.

    "a gap between the share of votes a party receives and ...", "the group
    of customers the business has chosen to serve" keep their noun phrase: a
    verb right after "a/the N" that itself follows a noun opens a relative
    clause without "that" (the votes [that] a party receives).
    """
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in AUXILIARIES or w.endswith("s") and clear_verb_form(w):
            contact = (i >= 4 and words[i - 2].lower() in _CONTACT_DETERMINERS and words[i - 1].islower()
                       and "NOUN" in word_pos(words[i - 1].lower()) and not plural_head(words[i - 1])
                       and words[i - 3].islower() and "NOUN" in word_pos(words[i - 3].lower())
                       and words[i - 3].lower() not in STOPWORDS)
            if not contact:
                return True
    return False


# A subject of its own inside the words ("the votes a party receives", "the one we changed"), or a wh-clause: a
# clause on a noun of the phrase, whose verb says nothing of the phrase.
_INNER_SUBJECTS = frozenset("a an the it we you they he she i one how what why whether when where".split())
# What follows a past verb as its object or its reported clause: "insisted that ...", "announced the ...".
_OBJECT_OPENERS = frozenset("that the a an its their his her this these those".split())


def _past_tense(word: str) -> bool:
    """"insisted", "won", "learned": a simple past form of a verb that is not also a noun or an adjective."""
    if {"NOUN", "ADJ"} & word_pos(word):
        return False
    return any(word in (getInflection(lemma, "VBD") or ()) for lemma in getAllLemmas(word).get("VERB", ()))


def _bare_inner_subject(words: list[str], i: int) -> bool:
    """"a list of works Catholics are forbidden to read", "books students are told to read": a noun, then a bare
    subject (a name or a plural) of a relative clause without "that", then its verb."""
    if i < 3:
        return False
    subject, noun = words[i - 1], words[i - 2]
    return (noun.islower() and noun not in STOPWORDS and "NOUN" in word_pos(noun)
            and (subject[:1].isupper() or subject.islower() and plural_head(subject)))


def told_clause(appos: str) -> bool:
    """The "appositive" is a clause with its own subject and verb: "the West insisted that ...", "the region learned",
    "a new army with its own general staff was politically intolerable".

    After an opening phrase ("Beyond trade and borders, the West insisted ...") or inside a series, the words
    after the comma start the sentence's main clause, which does not say what the noun before it is.  Read up to the first relative word: an auxiliary anywhere in the subject, or a past verb
    before its object, its "that" or the end, with no preposition before it ("a competition held every four
    years", "the volume of acid added" are participles, kept) and no subject of an inner clause ("the one we
    changed").
    """
    words = word_list(RELATIVE_WORD.split(appos, maxsplit=1)[0])
    if any(w.lower() in _PRONOUN_SUBJECTS and finite_verb(n.lower()) and n.lower().endswith("s") for w, n in zip(words, words[1:])):
        return True  # "warmth and oxygen, a single fertilised cell inside it becomes a fluffy, walking chick" (test-dw)
    after_preposition = False
    for i, word in enumerate(words[1:], start=1):
        lower = word.lower()
        if lower in _INNER_SUBJECTS:
            return False
        after_preposition = after_preposition or lower in PREPOSITIONS or lower in {"of", "and", "or"}
        if word != lower:
            continue
        if lower in AUXILIARIES and not _bare_inner_subject(words, i):
            return True
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if (not after_preposition and _past_tense(lower)
                and (following in _OBJECT_OPENERS or not following and i >= 2)):
            return True
    return False


_PRONOUN_SUBJECTS = frozenset("it he she".split())
# "a masterpiece, a chef-d'oeuvre in French,": the same thing's name in another language, no gloss (test-dw).
_LANGUAGES = (r"(?:French|Latin|Greek|German|Italian|Spanish|Arabic|Japanese|Chinese|Persian|Turkish|Sanskrit|Hebrew|Dutch"
              r"|Portuguese|Russian|Korean|Old\s+English)")
OTHER_LANGUAGE = re.compile(rf"\bin\s+{_LANGUAGES}\s*$")
# "or the Greek chyma, a casting of metal": a word's origin in another language, not a term of the lesson (test-dz).
ETYMON = re.compile(rf"^{_LANGUAGES}\s+[a-zà-ÿ]")


# "a colon or simply a line break", "an apprenticeship or your first full-time post", "a wood and several
# footpaths": the noun after the comma is joined to another noun with nothing said of either; the commas were a
# list's ("a full driving licence, a colon or simply a line break"), not a gloss.
_LISTED_PAIR = re.compile(r"^(?:an?|the)\s+(?P<first>(?:[\w'-]+\s+){0,3}?)(?P<head>[\w'-]+)\s+(?:or|and)\s+(?P<rest>.+)$", re.I)
# Words after which the phrase goes on to say something ("a word or phrase that tells ...", "a vast cloud of gas
# and dust in space", "a value much larger or smaller than the rest").
_SAYS_MORE = frozenset("that which who whom whose where when of than such including like unlike as behind against about above"
                       " below along beside upon towards toward via per despite".split())


def listed_items(appos: str) -> bool:
    """Two bare nouns joined by "and"/"or", a short list of things, not a gloss of the noun before the comma.

    The first item's head is a noun (not an adjective: "a layered or banded texture" is one noun phrase), no
    preposition, relative or adverb stands before the "and"/"or", and at most five words follow it with no
    relative, preposition or comparison: nothing is said of either item.
    """
    match = _LISTED_PAIR.match(appos.rstrip(". "))
    if match is None:
        return False
    before = [w.lower() for w in word_list(match["first"])] + [match["head"].lower()]
    if any(w in PREPOSITIONS or w in _SAYS_MORE or w.endswith("ly") or w in {"much", "more", "less", "very"}
           for w in before):
        return False
    head_pos = word_pos(before[-1])
    after = [w.lower() for w in word_list(match["rest"])]
    return ("NOUN" in head_pos and "ADJ" not in head_pos and len(after) <= 5
            and not any(w in PREPOSITIONS or w in _SAYS_MORE for w in after))


def parallel_item(term: str, appos: str) -> bool:
    """"a single timetable, a single ticket and connections that work": the phrase after the comma opens with the
    term's own modifier and goes on with "and"/"or", the next items of a list, not a gloss of the first."""
    words, appos_words = word_list(term.lower()), word_list(appos.lower())
    appos_words = appos_words[1:] if appos_words[:1] in (["a"], ["an"], ["the"]) else appos_words
    return len(words) > 1 and appos_words[:1] == words[:1] and bool({"and", "or"} & set(appos_words))


# "... may inspect any station, a right that builds trust", "... notify ICAO of the difference, a duty set out in
# Article 38": a right or a duty names the act the clause tells, not the thing that act is done to.
_ACT_NOUN = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:right|duty|obligation|requirement|privilege|entitlement)\b", re.I)
# "Citizens enjoy habeas corpus, a right that ...": the object held is the right itself.
_HOLDING_VERBS = frozenset("have has had hold holds held enjoy enjoys enjoyed gain gains gained keep keeps kept lose loses lost "
                           "grant grants granted give gives gave given claim claims claimed exercise exercises exercised win "
                           "wins won acquire acquires acquired retain retains retained guarantee guarantees guaranteed "
                           "protect protects protected".split())


# "... milled into cocoa powder, a method introduced by van Houten": a method told by its history renames the act of
# the verb before a thing's name (both raters on test-cu: "cocoa powder is not a method").  A name of an act or a
# process ("diffusion", "the Haber process") may be one.
_METHOD_NOUN = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:method|technique|process|procedure)\b"
                          r"(?!\s+(?:of|for|in\s+which|by\s+which|whereby|that|which)\b)", re.I)
_ACT_ENDINGS = ("tion", "sion", "sis", "ing", "ment", "ism", "ure", "process", "method", "technique", "procedure")


def act_renamed(before: str, appos: str) -> bool:
    """True when a right or duty after the comma renames the act of the verb before the noun, not the noun, or a
    method told by its history follows a thing's name (``_METHOD_NOUN``)."""
    head = (word_list(before)[-1:] or [""])[0].lower()
    if not _ACT_NOUN.match(appos) and not (_METHOD_NOUN.match(appos) and not head.endswith(_ACT_ENDINGS)):
        return False
    words = word_list(before)[-7:-1]
    for k in range(len(words) - 1, -1, -1):
        lower = words[k].lower()
        if lower in _HOLDING_VERBS:
            return False
        after_modal = k > 0 and words[k - 1].lower() in _MODALS_AND_TO  # "may visit": a verb, though also a noun
        if (words[k].islower() and "VERB" in word_pos(lower) and lower not in STOPWORDS
                and ("NOUN" not in word_pos(lower) or after_modal)):
            return True
    return False


_MODALS_AND_TO = frozenset("can could may might must shall should will would to also".split())


_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"})
# "a hidden secret, a threatening letter and carefully timed entrances drive the action": the next items of a list,
# then the verb they share, with no relative word before it (both raters on test-cj: "Secret: A threatening letter
# and carefully timed entrances drive the action towards a crisis", a mangled list).
# (A relative or a question word before "and" joins its own clauses: "an agreement about what kind of occasion it is and
# what sort of people are taking part".)
_LIST_THEN_VERB = re.compile(
    r"^(?:(?!\b(?:that|which|who|whom|whose|where|when|what|how|why|whether)\b)[^;:])*?\b(?:and|or)\s+(?P<rest>[^;:]*)$")


_SHARED_COPULA = re.compile(r"\b(?:are|were)\s+(?!(?:the|a|an)\b)[a-z]")


def list_then_verb(appos: str) -> bool:
    """The appositive goes on with the list's next items and then the verb they share, so it is no gloss."""
    joined = _LIST_THEN_VERB.match(appos)
    if not joined:
        return False
    words = word_list(joined["rest"])
    # "A sore arm, a mild temperature or tiredness for a day or two are common" (test-bc, both raters): the items share
    # a plural "are" no one of them could take alone.
    return bool(_SHARED_COPULA.search(joined["rest"])) or any(
        w.islower() and finite_verb(w, plural=True) and not w.endswith("s") and nxt.lower() in _OBJECT_DETERMINERS
        and plural_head(before) for before, w, nxt in zip(words, words[1:], words[2:]))


# ("the Arte del Cambio", "the Casa de Contratación": a name in another language joins its words by its own "of".)
_FOREIGN_JOINERS = "del de della di des du da dos das von van der".split()
_NAME_AFTER_THE = re.compile(
    rf"\bthe\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|in|and|the|{'|'.join(_FOREIGN_JOINERS)})\s+)*[A-Z][\w'’-]*)+)\s*$")
_NAME_JOINERS = frozenset(["of", "on", "for", "in", *_FOREIGN_JOINERS])


_TOWN_UPON = re.compile(r"\b[A-Z][a-z]+\s+(?:upon|on|under)\s+$")


def whole_name(sentence: str, start: int, comma: int) -> tuple[str, int] | None:
    """The whole name a capitalised phrase before the comma ends ("Co-operation in Europe" -> "Conference on
    Security and Co-operation in Europe"), when "the" opens it and "of", "on", "for" or "in" joins its words
    ("the United States and Canada, ..." joins two names by "and" alone, and is left as it is)."""
    if not sentence[start:start + 1].isupper():
        return None
    if town := _TOWN_UPON.search(sentence[:start]):
        return sentence[town.start():comma].strip(), town.start()  # "Burton upon Trent, a Staffordshire town" (test-db)
    match = _NAME_AFTER_THE.search(sentence[:comma])
    if not match or match.start("name") >= start or not _NAME_JOINERS & set(match["name"].split()):
        return None
    return match["name"], match.start("name")


def _document_text(context: Context) -> str:
    """The document's headings and sentences in small letters, once per document."""
    text = context.memo.get("appositive_text")
    if text is None:
        text = context.memo["appositive_text"] = "\n".join(
            part.lower() for section in context.document.sections for part in (section.heading or "", *section.sentences))
    return text  # type: ignore[return-value]


def named_with_of(trailing: re.Match[str], term: str, appos: str, before: str, context: Context) -> bool:
    """"the bill of exchange, a written order to pay a sum ...": a short name built with "of" (no determiner after it)
    that the lesson writes again, or in a heading, and glosses at length is the term, the whole of it (raters on
    test-cl: "bill of exchange" missed).  Written once it is most often a noun and what it is of ("an outbreak of
    plague, a disease caused by ...": the gloss is the plague's); "a shell of gas, a planetary nebula" names the
    phrase, and "the longest phase of its life, ..." is owned.  So with "of the" ("a shared definition of the
    situation, an agreement about ...", written three times; "the giant axon of the squid, a nerve fibre ...", once)."""
    if not (before.rstrip().endswith((" of", " of the")) and term.islower() and len(term.split()) <= 2
            and trailing["before"].islower() and len(word_list(appos)) >= 6):
        return False
    phrase = rf"\b{re.escape(trailing['before'])}s?\s+of\s+{'the ' if trailing['the'] else ''}{re.escape(term)}\b"
    return len(re.findall(phrase, _document_text(context))) >= 2


# How near in meaning the owner before "of the" a gloss's head must be, and how much nearer than the term, to be
# the owner's gloss ("speed" and "velocity": 0.52; "structure" and "part": 0.09).
OWNER_SIMILARITY, OWNER_MARGIN = 0.4, 0.2


def gloss_of_owner(owner: str, term: str, appos: str) -> bool:
    """"the recession velocity of the galaxy, the speed at which it is moving away": the gloss's head ("speed") is
    far nearer in meaning the noun before "of (the)" ("velocity") than the term ("galaxy"), so it glosses the owner
    (test-dr: "Galaxy: The speed at which it is moving away from us", rejected by both raters; "leeward side",
    missed)."""
    head, words = appositive_head(appos), word_list(appos)
    if head.endswith(("ed", "ing")) and words.index(head) > 1:
        head = words[words.index(head) - 1]  # "the side sheltered from ...": the noun before its participle
    near = similarity(head, owner)
    return near >= OWNER_SIMILARITY and near > similarity(head, term.split()[-1]) + OWNER_MARGIN


def adverb_after_verb(term: str, before: str) -> bool:
    """A single word that can be an adverb, right after a verb in "-ed" ("hardened fast")."""
    previous = word_list(before)[-1:]
    return (" " not in term and "ADV" in word_pos(term.lower()) and bool(previous)
            and previous[0].lower().endswith("ed") and "VERB" in word_pos(previous[0].lower()))


# "... moved his headquarters from Rome to Florence, an event usually taken as the founding of the bank": an event
# that is then judged or remembered is what the clause told, not the place before the comma (raters on test-cl:
# "Florence: An event ...").
EVENT_JUDGED = re.compile(r"^an?\s+(?:event|development|moment|turn)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b", re.I)
# "opened at Braddock, Pennsylvania, a town beside ...": the appositive is the town's, before its state (test-cm).
TOWN_BEFORE = re.compile(r"\b(?:at|in|near|from|to)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s*$")


def adverbial_only(opening: str) -> bool:
    """"In many poor countries, especially in parts of Africa": a preposition's phrases, no verb (so what follows the
    comma is the main clause)."""
    words = word_list(opening)
    return bool(words) and words[0].lower() in PREPOSITIONS and not any(clear_verb_form(w) for w in words)


_OR_BEFORE = re.compile(r",\s+or\s+$")


def first_name(sentence: str, start: int) -> str | None:
    """"the **testa**, or seed coat, a ...": the name before ", or" (a term on its own, after an article or a verb)."""
    before = _OR_BEFORE.search(sentence[:start])
    np = np_before(sentence, before.start()) if before else None
    if not np or sentence[: np[1]].rstrip().endswith((",", "(", " of")):
        return None  # "apples, pears, or plums, ...": a list; "the emergency of international concern, or ...": a part
    name = strip_article(np[0])
    return name if valid_term(name) and len(name.split()) <= 3 else None


# "..., a large share of the workforce is still employed in ...": a verb of being after the phrase makes it a clause
# (not "a kingdom in what is now Vietnam": a free relative's own verb).
_BE_FORMS = frozenset("is are was were".split())


def main_verb_of_be(words: list[str]) -> bool:
    return any(w in _BE_FORMS and words[i - 1].lower() not in {"what", "which", "that", "who"}
               for i, w in enumerate(words[5:12], start=5))


# (and a trip the clause tells: "The egg then travels down the oviduct, a journey of roughly 24 to 26 hours", test-dv)
_EVENT_HEADS = frozenset("reaction process change step event journey trip voyage".split())
_EVENT_ENDINGS = ("tion", "sion", "sis", "ment", "ing", "ance", "ence", "ure", "age", "ism", "cycle", "effect", "reaction",
                  "process", "chain", "loop")


def event_for_thing(term: str, appos: str) -> bool:
    """"forms between the two amino acids, a reaction that requires energy": an event's appositive after a thing's
    name sums up the clause (test-cq, both raters: "Amino acid: A reaction ..."); "erosion, a process in which ..."
    names an event and keeps it."""
    words = term.split()  # (a name or an acronym may name an event: "PHEIC, an extraordinary event that ...")
    return bool(words) and words[-1].islower() and appositive_head(appos).lower() in _EVENT_HEADS \
        and not words[-1].endswith(_EVENT_ENDINGS)


# "an oral history passed down by griots, the hereditary storytellers of ...": the appositive ends on a bare plural
# after its preposition, and the "the" phrase after the comma, headed by a plural too, renames that noun; it is no
# next item of a series.
_BARE_PLURAL_END = re.compile(r"\b(?:by|of|from|among|for|to|with)\s+(?P<noun>[a-z]{3,}s)$")
_PLURAL_THE_PHRASE = re.compile(r"^,\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,}s)\b(?!\s+(?:and|or)\b)")


def renames_last_noun(appos: str, following: str) -> bool:
    """The "the" phrase after the appositive is an appositive of the appositive's own last (bare plural) noun."""
    end, after = _BARE_PLURAL_END.search(appos.strip()), _PLURAL_THE_PHRASE.match(following)
    return bool(end and after and plural_head(end.group("noun")) and plural_head(after.group("noun")))


_LIKENED = re.compile(r"\b(?:like|resembling)\s+(?:an?|the)\s+(?:[\w-]+\s+)?[\w-]+$", re.I)


def likened(before: str) -> bool:
    """The words before an appositive's comma end on a likeness ("a polished metal mirror shaped like a bowl, a
    parabolic reflector, ..."): the appositive names the thing likened, not the bowl (test-cw, both raters:
    "Bowl: A parabolic reflector")."""
    return _LIKENED.search(before) is not None


SUBORDINATORS = frozenset(
    "when if as because although though while since after before once unless until whereas whenever where whatever".split()
)


def opening_phrase_only(words: list[str], *, participles: bool = False, opening: bool = False) -> bool:
    """"In the lower course" (a phrase), not "Beneath the lithosphere lies" (the phrase, then its verb).

    A verb form after the opening preposition or subordinator, or a present
    "-s" verb right after a noun (an inverted "At one end lies ..."), makes
    the words before the term a clause, not an opening phrase.  ``opening``: the words open the sentence, so a
    participle and its agent are a phrase too (not "..., guided by the domino theory, the belief that ...").
    """
    words = words[1:] if len(words) > 1 and words[0].lower().endswith("ly") else words  # "unusually for so modest a place"
    if not words or words[0].lower() not in PREPOSITIONS | SUBORDINATORS and not (
            opening and participle_and_agent(words)):
        return False  # (a participle and its agent opening the sentence too: "Fed by an aqueduct, the water ...")
    if any(clear_verb_form(w) or participles and w.endswith("ed") and "VERB" in word_pos(w) for w in words[1:]):
        return False
    return not any(w.islower() and w.endswith("s") and finite_verb(w, plural=False)
                   and words[i].lower() not in {"a", "an", "the", "of"} | STOPWORDS
                   and "ADJ" not in word_pos(words[i].lower())  # "from local taxes": an adjective's noun, no verb
                   for i, w in enumerate(words[2:], start=1))


_BARE_ITEM = re.compile(r"^(?:and\s+)?(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s+(?:and|or))?$")


def bare_series_item(before: str, appos: str) -> bool:
    """The term and the appositive are two bare items of a series after another ("a daring model, an elegant
    experiment, a long argument and, finally, measurements": test-ds, both raters, "Elegant experiment: A long
    argument"): an article and a word or two each, the item before them too."""
    parts = [p.strip() for p in re.split(r"[,:;]", before)]
    return len(parts) >= 2 and all(_BARE_ITEM.match(p) for p in (parts[-2], appos.strip())) \
        and bool(_BARE_ITEM.match(" ".join(parts[-1].split()[-3:])))


def last_of_a_series(before: str, appos: str) -> bool:
    """The appositive is the last item of a series of its own shape ("a stopper to stop an end escaping, a bend to
    join two ropes, a hitch to attach a rope to an object, a loop to make an eye": test-dp, both raters, "Object: A
    loop to make an eye"): two segments before it open like it, an article, a noun and the same word."""
    shape = re.match(r"(?:an?|the)\s+[\w-]+\s+(?P<link>[a-z]+)\b", appos)
    if not shape or shape["link"] in {"of", "and", "or"}:
        return False
    opens = re.compile(rf"^(?:and\s+)?(?:an?|the)\s+[\w-]+\s+{shape['link']}\b")
    return sum(bool(opens.match(part.strip())) for part in re.split(r"[,:;]", before)) >= 2
