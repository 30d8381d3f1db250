"""Definitions in a course: which glossary definitions are definition phrases, which
sentences define a term, the broad category of a term, and definitions of other
things to offer as distractors."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from lessontext.words import getAllLemmas

from .course import CourseView
from .distractors import MAX_DISTRACTORS, MAX_PROSE_POOL
from .kinds import name_class
from .pairs import length_ok, mentioned_in, synonymous
from .prose import is_verb
from .text import (
    ANAPHORIC_OPENERS,
    BLANK,
    GENERIC_HEADS,
    STOPWORDS,
    content_stems,
    content_words,
    find_phrase,
    head_word,
    is_adjective,
    is_finite_verb,
    is_plural,
    norm,
    norm_phrase,
    related,
    strip_discourse_marker,
    word_count,
    words,
)
from .types import GlossaryEntry

# The end of one sentence and the start of another ("... organisms. They ...").
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
# "a council of elders and assemblies of citizens": an item, "and", then the rest of a list (group 1).
_REST_OF_A_LIST = re.compile(r"(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+of\s+[\w-]+)?\s+and\s+([\w-]+[\w\s-]*)$", re.I)


# What a sentence says of its subject rather than what the subject is (raters on test-c: an opening hook,
# an aside, a filler phrase blanked or asked as a term):
# after a colon, an example in quotes that a verb follows ("a poor guide to pronunciation: "ough" sounds
# different in ..."); a judgement run on with "but" ("A useful starting point, but later research showed ...").
_QUOTED_CLAUSE_AFTER_COLON = re.compile(r":\s*[\"“][^\"”]+[\"”]\s+[a-z]+s\b")
_BUT_CLAUSE = re.compile(r",\s+but\s+(?!not\b|only\b|also\b)\w+\s+\w+")
# A term that is a quantity of something ("Great deal of progress", "A number of states"): filler.
_QUANTITY_TERM = re.compile(
    r"^(?:an?\s+)?(?:great|good|large|small|wide|whole)?\s*(?:deal|lot|lots|number|range|variety|amount|host|plenty)\s+of\b",
    re.I)


# A judgement on a vague head ("A quiet but essential part of modern security"), and a word doubled by
# extraction ("A sector that that understanding treats as ..."): no definition either.
_JUDGED_VAGUE_HEAD = re.compile(
    r"^(?:an?|the)\s+\w+\s+(?:but|and|yet)\s+\w+\s+(?:part|aspect|element|component|feature|factor|tool|way|means)\b", re.I)
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.I)
# An appositive cut from a sentence that is no definition of the noun before it (raters on test-d: the
# gap went on a filler word): one that points back ("Paris, the first use of that provision"), one that
# names another term ("the national vote, an outcome described as a manufactured majority": it is the
# outcome that is named), or a quantity ("Alcohol: 7 kcal per gram").
_POINTS_BACK = re.compile(r"\b(?:of|in|to|by|for|from|with|on|after|under)\s+(?:that|this|these|those)\s+[a-z]+", re.I)
_NAMES_ANOTHER_TERM = re.compile(r"\b(?:described|known|referred\s+to)\s+as\b|\b(?:called|termed)\s+(?:an?\s+|the\s+)?[a-z]", re.I)
_A_QUANTITY = re.compile(r"^(?:about\s+|around\s+|roughly\s+)?[\d.,]+\s*%?\s*\w*\s+(?:per|of|a|an|each)\b", re.I)


def adjective_predicate(definition: str) -> bool:
    """Adjectives and adverbs up to the first comma, no noun: what a sentence says of its subject
    ("Durable and often already plentiful, smugglers adapt ...", "Approximate, since vowels vary ...",
    "Numerical and fairly evenly spread")."""
    toks = [t.lower() for t in words(definition.split(",", 1)[0])]
    content = [t for t in toks if t not in ("and", "or", "but")]

    def modifier(i: int, tok: str) -> bool:
        lemmas = getAllLemmas(tok)
        # A participle after an adverb in -ly is a modifier too: "fairly evenly spread" (test-j: "Data").
        return bool({"ADJ", "ADV"} & set(lemmas)) or i > 0 and content[i - 1].endswith("ly") and bool(lemmas.get("VERB"))
    return bool(content) and toks[0] not in ("a", "an", "the") and all(modifier(i, t) for i, t in enumerate(content))


def participle_predicate(definition: str) -> bool:
    """A past participle or an adjective and its particle, perhaps after an adverb, what a sentence says of
    its subject ("Broken down to glucose, ...", "Typical of plurality systems", "Naturally covered by water"):
    beside noun phrases, an option that reads as a fragment (raters on test-d and test-j)."""
    toks = [t.lower() for t in words(definition)[:3]]
    # An adverb before the participle changes nothing: "Naturally covered by water during floods" (test-j).
    if len(toks) == 3 and toks[0].endswith("ly") and getAllLemmas(toks[0]).get("ADV") and not getAllLemmas(toks[0]).get("ADJ"):
        toks = toks[1:]
    toks = toks[:2]
    if len(toks) < 2 or toks[1] not in _PARTICLES:
        return False
    lemmas = getAllLemmas(toks[0])
    if lemmas.get("NOUN"):
        return False
    return bool(lemmas.get("ADJ")) or toks[0].endswith(("ed", "en", "wn", "ne", "lt", "ght")) and bool(lemmas.get("VERB"))


_PARTICLES = frozenset("down up out off to into by from as in on with for at of".split())


def a_claim_not_a_definition(entry) -> bool:
    """The entry's "definition" is a claim about its term, an appositive that defines something else
    (it points back, names another term, or is a quantity), or its term a filler quantity phrase."""
    d = entry.definition or ""
    return (adjective_predicate(d) or bool(_QUOTED_CLAUSE_AFTER_COLON.search(d)) or bool(_BUT_CLAUSE.search(d))
            or bool(_QUANTITY_TERM.match(entry.term)) or bool(_JUDGED_VAGUE_HEAD.match(d))
            or bool(_DOUBLED_WORD.search(d)) or bool(_POINTS_BACK.search(d))
            or bool(_NAMES_ANOTHER_TERM.search(d)) or bool(_A_QUANTITY.match(d)) or participle_predicate(d)
            or comparison_predicate(d))


def comparison_predicate(definition: str) -> bool:
    """``definition`` compares its term with something else ("a larger share of a poor family's income than of
    a rich one's", "more costly than rail"): a claim about the term, not what it means (both raters on test-ai:
    "what is meant by 'Flat daily fee'?" keyed "A larger share of a cleaner's wage than of a lawyer's")."""
    toks = [t.lower() for t in words(definition)]
    if "than" not in toks:
        return False
    start = 1 if toks[:1] and toks[0] in ("a", "an", "the") else 0
    for i in range(start, min(start + 2, len(toks) - 1)):
        tok = toks[i]
        adjective = getAllLemmas(tok).get("ADJ")
        comparative = tok in ("more", "less", "fewer") or tok.endswith("er") and adjective and adjective[0] != tok
        if comparative and toks[i + 1] != "than":  # "more than half of the seats": a quantity, said of the term
            return True
    return False


_MODALS = frozenset({"can", "could", "may", "might", "must", "will", "would", "should"})
# Words that open a clause inside a noun phrase, where a modal belongs to that clause ("a share a party must
# reach", "how you will divide", "a tool with which engineers can ...").
_CLAUSE_OPENERS = frozenset("""
    that which who whom whose where when why how if whether because so while although unless before after
    until as a an the you we they he she it people
""".split())


def modal_predicate(definition: str) -> bool:
    """A modal verb in the definition's own clause, however far in: a sentence, not a noun phrase ("An
    attaché's contacts with local commanders can prove invaluable",
    the glossary's "definition" of "War": raters on test-k, a gap world knowledge fills). A modal after a
    word that opens a clause of its own, or after a colon, belongs to that clause."""
    head = definition.split(":", 1)[0]
    for i, tok in enumerate(t.lower() for t in words(head)):
        if i and tok in _CLAUSE_OPENERS or tok in {"in", "of", "for", "by", "to"} and i < 3:
            return False
        if tok in _MODALS:
            return True
    return False


# After ", and", a clause of its own: a determiner, its noun phrase and a verb ("..., and the angle and length of
# the dance tell other workers ...").  A definition names one thing; a second claim beside it is the sentence the
# glossary cut it from (raters on test-ag: the gap on its subject, "returning forager", had several defensible answers).
_SECOND_CLAUSE = re.compile(r",\s+and\s+(?:the|a|an|its|their|this|these|those)\s+(?P<rest>[^,;:]+)", re.I)
MAX_SUBJECT_WORDS = 7


def second_clause(definition: str) -> bool:
    """``definition`` runs on, after ", and", into a clause with a subject and a verb of its own."""
    for m in _SECOND_CLAUSE.finditer(definition):
        toks = [t.lower() for t in words(m.group("rest"))][: MAX_SUBJECT_WORDS + 1]
        for i, t in enumerate(toks):
            if t in _RELATIVE_OPENERS or toks[i - 1] in _RELATIVE_OPENERS:
                break  # "and the water that binds them", "and the body it created": a noun phrase and its relative
            if i and not t.endswith(("ed", "ing")) and is_verb(t, toks[i - 1]):
                return True
    return False


_RELATIVE_OPENERS = frozenset("that which who whom whose where when it they he she we you".split())


def is_definition(entry, course: CourseView) -> bool:
    """A definition phrase ("The legal ability to ..."), not a sentence with the term masked out."""
    return course.remembered(("is_definition", entry), lambda: _is_definition_uncached(entry, course))


def _is_definition_uncached(entry, course: CourseView) -> bool:
    d = entry.definition or ""
    if not d or "___" in d or BLANK in d or not 5 <= word_count(d) <= 30:
        return False
    if not sound_definition(d) or not sound_term(entry.term, course.lesson_text) or a_claim_not_a_definition(entry):
        return False
    if _SENTENCE_BREAK.search(d.strip()) or ";" in d:
        return False  # several sentences: a passage about the term, not a definition
    toks = words(d)
    if toks[-1].lower() in {"they", "it", "he", "she", "we", "the", "a", "an", "and", "or", "of", "which", "that", "who"}:
        return False  # cut off mid-sentence ("... other organisms; they")
    for tok in (t.lower() for t in toks[:6]):
        if tok in {"that", "which", "who", "where", "when", "whose", "in", "of", "for", "by", "to"}:
            break  # a relative clause or a complement: the modal below belongs to it
        if tok in _MODALS:
            return False  # "Cheaper and can be repeated more often": a predicate, not a noun phrase
    if modal_predicate(d):
        return False  # "An attaché's contacts with local commanders can prove invaluable": a sentence
    listed = _REST_OF_A_LIST.match(d.rstrip(". "))
    if listed and is_plural(listed.group(1)) and words(listed.group(1))[0].lower() not in STOPWORDS:
        # "elected magistrates, a council of elders and assemblies of citizens": "a ... and <plural>"
        # is the rest of a list, not an appositive that defines the term.
        return False
    if find_phrase(d, entry.term) or any(find_phrase(d, a) for a in entry.aliases):
        return False
    if second_clause(d):
        return False  # "A forager that dances on the comb, and the angle of the dance tells ...": the sentence cut
    # "Occurs when ...", "Part of X involves ...": a clause, not a noun phrase like the other options.
    head = [w.lower() for w in words(d)[:7]]
    for i, w in enumerate(head):
        if i and head[i - 1] in {"that", "which", "who", "where", "when", "whose"}:
            break  # a relative clause: still a noun phrase
        if w in {"is", "are", "was", "were"} or (w.endswith("s") or i == 0) and is_finite_verb(w):
            return False
    # "Islamic nations participate in ...": a sentence about the term, opening with its subject.
    first = words(d)[0]
    lex = course.lexicon
    if first in lex.mid_caps and first.lower() not in lex.lower:
        return False
    term_words = content_words(entry.term)
    repeated = sum(1 for w in term_words if any(related(w, t) for t in content_words(d)))
    return repeated * 3 < len(term_words) * 2 or len(term_words) == 1 and not repeated


# Words that point back to a sentence the definition was cut from ("the ions then flow back",
# "into which there it loses", "this kind of redundancy", "The same: ...").
_CONTEXT_WORDS = frozenset({"this", "these", "those", "there", "then", "however"})
# Heads too vague to define a term ("Something that raises the price ...": an actor in an example).
_VAGUE_HEADS = frozenset({"something", "someone", "somebody", "anything", "thing", "things"})
# Where the noun phrase a definition opens with ends (a relative clause or a complement follows).
_NP_ENDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "in", "by", "for", "with", "of"})
# What follows a verb, not a noun: "A higher price leads to ...", "A café raises the price ...".
_AFTER_VERB = frozenset({"to", "the", "a", "an", "into", "from", "its", "their"})


def sound_definition(definition: str) -> bool:
    """A definition that stands alone as a noun phrase: no colon or formula (a label and its
    explanation, "Average price: (2 + 3) ÷ 2"), no word that needs the sentence before
    ("then", "there", "this kind of"), no vague head with an example's numbers ("Something
    that raises the price from $2 to $3"), and no finite
    verb after its opening noun ("A higher price leads to ...": a clause about another thing)."""
    if "=" in definition or ":" in " ".join(definition.split()[:3]):
        return False
    toks = [t.lower() for t in words(definition)]
    if not toks or _CONTEXT_WORDS & set(toks):
        return False
    body = toks[1:] if toks[0] in {"a", "an", "the"} else toks
    if body and body[0] in _VAGUE_HEADS and re.search(r"\d", definition):
        return False  # "Something that raises the price of a sandwich from $2 to $3": an example's actor
    for i, tok in enumerate(toks[:8]):
        if tok in _NP_ENDS:
            break
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if i and tok.endswith("s") and nxt in _AFTER_VERB and getAllLemmas(tok).get("VERB"):
            return False
    return True


def sound_term(term: str, lesson_text: str) -> bool:
    """A term, not a fragment: not cut short of its name ("acetyl coenzyme" of "acetyl
    coenzyme A") and not a clause (a word after the first that can only be a verb:
    "Readers detect unreliability through clues")."""
    toks = words(term)
    if len(toks) >= 3 and any(is_verb(t, p) and not t.endswith(("ed", "ing")) for p, t in zip(toks, toks[1:], strict=False)):
        return False
    lowered, needle = lesson_text.lower(), term.lower()
    if len(toks) >= 2 and _verb_after_subject(toks[0], lowered, needle):
        return False
    at = lowered.find(needle)
    while at >= 0:
        after = lesson_text[at + len(needle): at + len(needle) + 4]
        if _CUT_SHORT.match(after) and (at == 0 or not lesson_text[at - 1].isalnum()):
            return False
        at = lowered.find(needle, at + 1)
    return True


# Subject pronouns: a word right after one is the verb of a clause ("it uses contrapposto").
_SUBJECT_PRONOUNS = frozenset("it he she they we which who".split())


def _verb_after_subject(first: str, lowered: str, needle: str) -> bool:
    """The term opens with a verb: wherever the lesson says it, a subject pronoun comes just before
    ("it uses contrapposto" gives no term "Uses contrapposto")."""
    if not getAllLemmas(first.lower()).get("VERB"):
        return False
    before = _words_before(re.sub(r"[*_]", "", lowered), needle)
    return bool(before) and all(b in _SUBJECT_PRONOUNS for b in before)


_WORD_AT_END = re.compile(r"(?<![\w'])([\w']+)\s+$")


def _words_before(text: str, needle: str) -> list[str]:
    """The word just before each whole-word ``needle`` in ``text`` (the needle found first: a pattern that
    opened on the word tried every letter of a long lesson)."""
    out = []
    for m in re.finditer(re.escape(needle) + r"\b", text):
        word = _WORD_AT_END.search(text, max(0, m.start() - 200), m.start())
        if word:
            out.append(word.group(1))
    return out


# A capital letter standing alone after a term: the rest of its name ("acetyl coenzyme A").
_CUT_SHORT = re.compile(r"[ \t][A-Z](?:$|[^\w'’.])")


# "X is a ...", "X can be defined as ...", "X refers to ...", "X serves as a ...": a sentence that defines X.
_DEFINING = re.compile(
    r"^(?P<subject>[^,;:()]+?)\s+(?P<verb>(?:can|may) be defined as|(?:is|are) defined as|refers? to|"
    r"(?:is|are) known as|serves? as|means|is|are)\s+(?P<predicate>.+?)\s*[.!?]?$"
)

_ARTICLE_LED = re.compile(r"^(?:a|an|the)\s", re.I)

# Heads of a subject that is not a term ("A major example is ...", "The main ambition is ...").
_NON_TERM_SUBJECT = frozenset("example instance ambition idea reason result cornerstone one".split())


def defining_phrase(sentence: str) -> tuple[str, str] | None:
    """(term, definition noun phrase) of a definitional sentence, or None.

    "Army diplomacy is the deployment of ..." → ("Army diplomacy", "the
    deployment of ..."); "X can be defined as ...", "X refers to ...",
    "X serves as a ..." likewise.  After "is"/"are" only an article-led noun
    phrase counts ("is grounded in ..." and "is crucial" define nothing).
    """
    m = _DEFINING.match(strip_discourse_marker(sentence.strip()))
    if not m:
        return None
    subject, verb, predicate = m.group("subject").strip(), m.group("verb"), m.group("predicate").strip()
    toks = [t.lower() for t in words(subject)]
    if not 1 <= len(toks) <= 6 or toks[0] in ANAPHORIC_OPENERS or toks[0] in {"what", "there", "it"}:
        return None
    if any(t in {"this", "these", "those", "such", "that", "it", "they"} for t in toks):
        return None
    head = head_word(subject).lower()
    if not head or norm(head) in GENERIC_HEADS or head in _NON_TERM_SUBJECT:
        return None
    if any(is_finite_verb(t) for t in toks):
        return None  # "Farmers often practise crop rotation": a clause, not a term
    if verb in {"is", "are", "serve as", "serves as"} and not _ARTICLE_LED.match(predicate):
        # "Heat pumps are devices that ...": a bare plural noun phrase after "are" defines too.
        first = words(predicate)[0].lower() if words(predicate) else ""
        if verb != "are" or not first or first in STOPWORDS or is_adjective(first) or is_verb(first) \
                or first.endswith(("ing", "ed")) or not is_plural(_leading_noun_phrase(predicate)):
            return None
    return subject, predicate


_PHRASE_BREAKS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "to", "in", "by", "for", "with"})


def _leading_noun_phrase(phrase: str) -> str:
    """The words before the first relative pronoun, preposition or comma ("devices" in "devices that ...")."""
    out = []
    for t in words(phrase.split(",", 1)[0]):
        if t.lower() in _PHRASE_BREAKS or t.lower() == "of":
            break
        out.append(t)
    return " ".join(out)


def _noun_phrase(phrase: str) -> bool:
    """No finite verb before the first relative pronoun, preposition or comma: a noun phrase, not a clause."""
    toks = words(phrase.split(",", 1)[0])
    for i, t in enumerate(toks):
        low = t.lower()
        if low in _PHRASE_BREAKS:
            return True
        if i and not low.endswith(("ed", "en", "ing")) and is_verb(low, toks[i - 1]):
            return False  # "Military diplomacy initiatives cultivate trust ..."
    return True


def said_in_lesson(definition: str, course: CourseView) -> bool:
    """Most of ``definition``'s words in one sentence of the lesson (memoised: large glossaries ask often)."""
    phrase = definition.strip().rstrip(".")
    return course.remembered(("said_in_lesson", phrase), lambda: mentioned_in(phrase, course.lesson_text, 0.75))


def definitions_elsewhere(course: CourseView) -> list[tuple[str, str]]:
    """(term, definition) pairs from the other lessons: definitional sentences and labelled-item bodies."""
    found: list[tuple[str, str]] = []
    for lesson in course.others:
        for _, sentence in lesson.sentences:
            if " is " in sentence or " are " in sentence or " as " in sentence or " to " in sentence or " means " in sentence:
                pair = defining_phrase(sentence)
                if pair:
                    found.append(pair)
        for group in lesson.groups:
            for item in group.items:
                if not item.description:
                    continue
                pair = defining_phrase(item.description)
                if pair and related(head_word(pair[0]), head_word(item.label)):
                    found.append((item.label, pair[1]))
                elif not pair and (_ARTICLE_LED.match(item.description) or item.description[:1].islower()) \
                        and _noun_phrase(item.description):
                    found.append((item.label, item.description))  # a body that is itself a noun phrase ("A promise ...")
    return list(dict.fromkeys(found))[:MAX_PROSE_POOL]


def pick_course_definitions(entry, key_def: str, definitions: Sequence[tuple[str, str]], course: CourseView,
                             rng: random.Random, *, category: str | None, entity_kind: str | None) -> list[str]:
    """Definitions of other things in the course, as distractors for ``entry``'s definition.

    Noun-phrase definitions (the shape of the key) of a thing that is not the
    key nor an alias of it, not said of the key by this lesson, not a
    paraphrase of the key; glossary definitions of other kinds of term count
    too when their category fits.  Lengths close to the key's come first.
    """
    pool: list[tuple[str, str]] = list(definitions)
    for e in course.glossary:
        if e.term != entry.term and e.kind != entry.kind and name_class(course.entity_kinds, e.term) == entity_kind \
                and (category is None or term_category(e, course) == category):
            pool.append((e.term, e.definition))
    key_stems = content_stems(key_def)
    head = head_word(entry.term)
    term_sentences = [course.sentence_stems[i] for i in course.sentences_with(entry.term)]
    usable: list[str] = []
    for term, definition in pool:
        phrase = definition.strip().rstrip(".")
        if not phrase or synonymous(entry.term, term, course):
            continue
        if not length_ok(key_def, phrase, in_words=True):
            continue  # cheap, and most of a large glossary fails it
        memo_key = ("definition_distractor", term, phrase)
        if memo_key not in course.memo:
            course.memo[memo_key] = (
                _noun_phrase(phrase) and is_definition(GlossaryEntry(term=term, definition=phrase, kind="defined"), course)
                and not said_in_lesson(phrase, course)
            )
        if not course.memo[memo_key] or any(related(head, w) for w in content_words(phrase)):
            continue
        stems = content_stems(phrase)
        if not stems or len(stems & key_stems) * 3 > min(len(stems), len(key_stems)) or fuzz.token_set_ratio(key_def, phrase) >= 80:
            continue  # a paraphrase of the key
        # What this lesson says of the key itself: a distractor sharing half its words with that is true here.
        if any(len(stems & said) * 2 >= len(stems) for said in term_sentences):
            continue
        usable.append(phrase[:1].upper() + phrase[1:])
    usable = list(dict.fromkeys(usable))
    rng.shuffle(usable)
    key_len = word_count(key_def)
    usable.sort(key=lambda p: abs(word_count(p) - key_len) // 3)
    chosen: list[str] = []
    for p in usable:
        if length_ok(key_def, p, in_words=True) and all(length_ok(p, q, in_words=True) for q in chosen) \
                and not any(fuzz.token_set_ratio(p, q) >= 80 for q in chosen):
            chosen.append(p)
        if len(chosen) == MAX_DISTRACTORS:
            break
    return chosen if len(chosen) >= 2 else []


# Genus nouns ("An animal that ...", "a city in ...") that place a term in a broad category.
_GENUS = {
    "organism": frozenset("""
        animal animals plant plants organism organisms species creature creatures bird birds fish mammal
        mammals insect insects reptile reptiles amphibian bacterium bacteria fungus fungi tree trees alga
        algae predator predators herbivore herbivores carnivore carnivores omnivore omnivores microbe
        """.split()),
    "person": frozenset("""
        person people man woman men women monk merchant king queen emperor general leader ruler scholar
        professor official officials officer politician scientist writer author artist priest soldier
        """.split()),
    "place": frozenset("""
        place city cities country countries region town village river lake sea ocean island continent
        valley mountain site capital port province state kingdom empire territory
        """.split()),
}

_ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "sis", "ology", "ship", "ing", "cy")


def term_category(entry, course: CourseView) -> str | None:
    return course.remembered(("term_category", entry), lambda: _term_category(entry, course))


def _term_category(entry, course: CourseView) -> str | None:
    """A broad semantic category of a glossary term: organism, person, place, or abstract; None if unknown.

    Signals, most reliable first: the term's named-entity kind, its glossary
    kind, the genus of a usable definition ("A process by which ...", "An
    animal that ...") and the suffix of the term's own head noun.  A term with
    a usable definition whose genus names no organism, person or place is
    an abstract concept or process (a chain, a step, a market).
    """
    kind = course.entity_kinds.get(norm_phrase(entry.term))
    if kind == "person" or entry.kind == "person":
        return "person"
    if kind in ("place", "country") or entry.kind in ("place", "country"):
        return "place"
    if kind == "organisation" or entry.kind == "organisation":
        return "organisation"
    if is_definition(entry, course):
        genus = _genus(entry.definition)
        for category, nouns in _GENUS.items():
            if genus in nouns:
                return category
        return "abstract"
    head = head_word(entry.term).lower()
    for category, nouns in _GENUS.items():
        if head in nouns:
            return category
    if head.endswith(_ABSTRACT_SUFFIXES) and len(head) > 5:
        return "abstract"
    return None


def _genus(definition: str) -> str:
    """The noun a definition opens with: "chain" in "A chain that shows ...", "step" in "Each step in ..."."""
    toks = [t.lower() for t in words(definition)]
    while toks and toks[0] in STOPWORDS:
        toks = toks[1:]
    run: list[str] = []
    for t in toks:
        if t in STOPWORDS or t.endswith(("ly", "ed")) and run:
            break
        run.append(t)
    return run[-1] if run else ""


def defining_sentence(course: CourseView, term: str, definition: str, threshold: float = 0.6) -> str:
    """The lesson sentence that states ``definition`` of ``term`` ("" when none does; memoised per course)."""
    return course.remembered(("defining_sentence", term, definition, threshold), lambda: _defining_sentence(course, term, definition, threshold))


def _defining_sentence(course: CourseView, term: str, definition: str, threshold: float) -> str:
    best, best_score = "", threshold - 1e-9
    def_words = set(norm(w) for w in content_words(definition))
    for i in course.sentences_with(term):
        sentence = course.lesson.sentences[i][1]
        score = len(def_words & {norm(w) for w in content_words(sentence)}) / (len(def_words) or 1)
        if score > best_score:
            best, best_score = sentence, score
    return best


# A description the glossary turned round from its sentence ("urine drains down a narrow muscular tube called
# a ureter" -> "A narrow muscular tube downed by urine drains") that no longer reads as a noun phrase (raters
# on test-ae-r2: four garbled stems, keys and options from one lesson).  Two marks of the turn: a passive
# the sentence never has ("left by", "downed by"), and a possessive with nothing to stand for opening the
# clause after "from which" ("a pigment from which its colour comes").
_PASSIVE_BY = re.compile(r"\b([a-z]+)\s+by\s+(?!which\b|whom\b)", re.I)
_IRREGULAR_PARTICIPLES = frozenset("""left made held taken given kept led set put run sent brought built paid won lost
    found told seen known shown drawn driven worn borne born thrown grown flown""".split())
_OWNERLESS_RELATIVE = re.compile(
    r"\b(?:in|from|to|on|at|by|through|with|into|for|under|over)\s+which\s+(?:its|their|his|her)\b", re.I)


def _participle(word: str) -> bool:
    low = word.lower()
    lemmas = getAllLemmas(low)
    return low in _IRREGULAR_PARTICIPLES or low.endswith(("ed", "en")) and bool(lemmas.get("VERB")) \
        and not lemmas.get("NOUN") and not lemmas.get("ADJ")  # "bed", "garden", "open": no participles


def garbled_description(definition: str, source: str) -> bool:
    """``definition`` reads as a turned-round, broken version of ``source``, its defining sentence."""
    if not source:
        return False
    said = [w.lower() for w in words(source)]
    if any(_participle(m.group(1)) and m.group(1).lower() not in said for m in _PASSIVE_BY.finditer(definition)):
        return True
    if _OWNERLESS_RELATIVE.search(definition):
        return True
    # The sentence's main verb run on as a second relative: "The X, which lives in hives, is only one species"
    # -> "A bee that lives in hives and is only one species" (raters on test-ag: garbled, a remark, no meaning).
    joined = _JOINED_PREDICATE.search(definition)
    return bool(joined) and re.search(rf",\s+{joined.group(1)}\s+{re.escape(joined.group(2))}\b", source) is not None


_JOINED_PREDICATE = re.compile(r"\band\s+(is|are|was|were)\s+(\S+(?:\s+\S+)?)")
