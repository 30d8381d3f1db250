"""Whether a statement keyed True is worth asking: it commits to a fact a reader can check.

Raters rejected true/false items that copied a filler or summing-up sentence as "True"
("In conclusion, army diplomacy plays a crucial role ..."): nothing in them can be checked.
A rubric check (``rubric.CHECKS``).
"""

from __future__ import annotations

import re

from lessontext.words import getAllLemmas

from .candidate import Candidate
from .course import CourseView
from .entities import demonym_of
from .prose import is_verb
from .rules import CONTRAST_STATEMENT, NEGATION_STATEMENT, SIDEWAYS_STATEMENT, TABLE_MATCHING
from .text import CALCULATION, STOPWORDS, content_words, norm_phrase, related, strip_discourse_marker, words
from .types import QuestionType

# Openers of a sentence that sums up rather than states ("In conclusion, ... plays a crucial role").
_SUMMARY_OPENERS = re.compile(
    r"^(?:in conclusion|in summary|to sum up|to summarise|to summarize|overall|ultimately|in short|all in all|"
    r"in essence|essentially|in the end|clearly|undoubtedly)\b",
    re.I,
)
# A claim about some members of a class only ("Some measures are about talking ...", "Many states do not
# ..."): "some of the ..." picks a definite set, and is not one.
_EXISTENTIAL_SUBJECT = re.compile(r"^(?:some|many|several|certain|a few)\s+(?!of\b)", re.I)
# The same claim with its scope set by an opening phrase ("For some vaccines, a single dose does not ...", "In
# many cases, ..."): the turned form "for some vaccines, a single dose produces enough" is true as well (both
# raters on test-bc: a wrong key).  A quantifier opening a later clause hedges that clause only (``negation``).
_EXISTENTIAL_SCOPE = re.compile(r"^(?:for|in|among|with|at|on|under)\s+(?P<opening>some|many|several|certain|a\s+few)\s+"
                                r"(?!of\b)[^,;]*,", re.I)
# A claim of what may or often happens ("police forces may be trusted", "are often ...").
_POSSIBILITY = re.compile(r"\b(?:may|might|could|can|often|sometimes|occasionally)\b", re.I)


def hedged(clause: str, *, modal: bool = True) -> str | None:
    """The word that makes ``clause`` a claim about some cases only: an opening "Some"/"Many" subject, or
    (with ``modal``) a "may", "can", "often".  Turned round (its two sides swapped, its negation dropped),
    such a claim is not contradicted: the text allows the other cases too (raters on test-k: "some
    measures are about watching rather than talking" keyed False is true; test-c: "police forces may be
    trusted rather than feared"), so a false form is made only from a claim about all cases; or None."""
    clause = strip_discourse_marker(clause).strip()
    scoped = _EXISTENTIAL_SCOPE.search(clause)
    if scoped:
        return scoped.group("opening").split()[0]
    found = _EXISTENTIAL_SUBJECT.match(clause) or (modal and _POSSIBILITY.search(clause))
    return found.group(0).strip() if found else None


_FIGURE = re.compile(r"(?<![\w.])\d")
# A sentence that names a term ("is called the least significant bit") states a fact, even in an example.
_NAMING = re.compile(r"\b(?:is|are)\s+called\b|\bknown\s+as\b", re.I)
# How many sentences after a calculation still work it through ("The pay rise of 7.5 per cent did not
# keep up with inflation of 10 per cent." two sentences after "Real wage = (21,500 ÷ 110) × 100").
WORKED_REACH = 3


def worked_line(sentence: str, course: CourseView) -> bool:
    """A line of a worked example: a sentence with a figure that calculates ("7 counters are not blue, and
    7 ÷ 10 = 0.7") or follows a calculation of its section within ``WORKED_REACH`` sentences ("Daily sales
    fall from 120 sandwiches to 90.", "The pay rise of 7.5 per cent did not keep up ...").  Its figures
    belong to the example; lifted as a true/false statement they lose it, and their arithmetic answers it
    (raters on test-k, test-h, test-g and dev-b: context lost, trivial).  A sentence that names a term
    ("is called ...") states a fact even there."""
    if not _FIGURE.search(sentence) or _NAMING.search(sentence):
        return False
    if CALCULATION.search(sentence):
        return True
    index = course.remembered(("worked-line-index",), lambda: {s: i for i, (_, s) in enumerate(course.lesson.sentences)})
    at = index.get(sentence)
    if at is None:
        return False
    section = course.lesson.sentences[at][0]
    return any(sec is section and CALCULATION.search(s)
               for sec, s in course.lesson.sentences[max(0, at - WORKED_REACH): at])


# The heading of a section that closes a text: "Conclusion", "Summary", "Looking Ahead", "Final Thoughts".
_CLOSING_HEADING = re.compile(
    r"^\s*(?:conclusions?|summary|in (?:summary|conclusion|closing|sum)|concluding remarks|closing (?:remarks|thoughts)"
    r"|final (?:thoughts|remarks|word)|looking (?:ahead|forward)|the road ahead|wrapping up)\s*$", re.I)


def closing_sentence(sentence: str, course: CourseView) -> bool:
    """A sentence of the text's closing: its last paragraph, or a section headed "Conclusion", "Summary" or
    "Looking Ahead".  An essay closes on what it argued, in general words ("charts made together protect
    seafarers, support trade ...", "states build confidence in one another", "will depend on balancing
    deterrence with restraint"): lifted and keyed True, nobody answers False (raters on test-e, and on
    four essays of the test-l and test-m near-miss studies: 6 rejected and 1 minor of 7 such statements with
    no figure; the only one with a figure, a partnership "announced in 2024", was accepted once)."""
    closing = course.remembered(("closing-sentences",), lambda: _closing_sentences(course))
    return sentence in closing


def _closing_sentences(course: CourseView) -> frozenset[str]:
    found: set[str] = set()
    last, follows = None, False
    for section in course.lesson.document.sections:
        if section.heading and _CLOSING_HEADING.match(section.heading):
            found.update(section.sentences)
        paragraphs = section.paragraphs
        if paragraphs:
            last, follows = paragraphs[-1], len(paragraphs) > 1
    if last is not None and follows:
        # The last paragraph closes the text when it follows another of its section: a section's only
        # paragraph ("The Treaty of Rome set up several bodies ...:" before its list) is its content.
        found.update(last.sentences)
    return frozenset(found)


# What follows a verb in its base form that opens an instruction: a determiner, a pronoun, a particle or "not"
# ("Keep your distance", "Check the valve", "Stay away from windows", "Do not run").
_AFTER_COMMAND = frozenset("""
    the a an your any all every each this these that those it them yourself yourselves not away out up down off back
    on in clear well
    """.split())


def instruction(statement: str) -> bool:
    """``statement`` tells the reader what to do ("Stay away from windows and do not run outside while the
    ground is moving"): a verb in its base form opens it and the next word is no verb of a subject ("Trust can
    be damaged", "Charter depends on ...").  After "According to the text," an instruction is no statement, and
    turned round ("run outside") it is half true, half false (both raters on test-aj and test-aj-r2:
    ungrammatical)."""
    toks = words(strip_discourse_marker(statement).strip())
    if len(toks) < 2 or not toks[0][:1].isupper():
        return False
    verb = toks[0].lower()
    if verb == "do" and toks[1].lower() == "not" or verb in ("don't", "never"):
        return True  # "Do not run outside", "Never leave a casualty alone"
    lemmas = getAllLemmas(verb)
    # Not a word that is as often an adverb or adjective ("Even the United States relies on ...", "Close ties").
    return verb in lemmas.get("VERB", ()) and not {"ADV", "ADJ"} & set(lemmas) and toks[1].lower() in _AFTER_COMMAND


def not_an_instruction(c: Candidate, course: CourseView) -> bool:
    """A true/false statement is a claim, never an instruction to the reader (``instruction``)."""
    return c.type is not QuestionType.TRUE_FALSE or not instruction(c.statement)


# A list line's label and its description after a dash: "Harold Godwinson – Earl of Wessex, the most powerful
# noble", "William, Duke of Normandy – a cousin of Edward", "July 1917 – A major offensive ... collapses".  The
# label is a name or a date: capitalised words, figures, and the few small words names hold.
_LABEL_LINE = re.compile(r"^(?P<label>[^\s–—][^–—:;.!?]{0,50}?)\s+[–—]\s+\S")
_NAME_PARTICLES = frozenset("of the and de von van der du la le al bin ibn".split())


def label_line(statement: str) -> bool:
    """``statement`` is a list line's label and its description ("Harold Godwinson – Earl of Wessex, ...",
    "July 1917 – A major Russian offensive ... collapses"): a name or date, a dash, then what it is.  After
    "According to the text," such a line is no sentence, and its claim is only that the two belong together
    (both raters on test-bz: ungrammatical, format, twice; test-bc: minor; a name swap into one on test-bx:
    rejected by both)."""
    statement = strip_discourse_marker(statement).strip()
    found = _LABEL_LINE.match(statement)
    if found is None or re.search(r"\s[–—]\s", statement[found.end():]):
        return False  # "Paris – the capital – hosted it": a dash pair sets off an aside
    toks = words(found.group("label"))
    return bool(toks) and all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _NAME_PARTICLES for t in toks)


def not_a_label_line(c: Candidate, course: CourseView) -> bool:
    """A true/false statement is a claim, never a list line's label and description (``label_line``)."""
    return c.type is not QuestionType.TRUE_FALSE or not label_line(c.statement)


# A year, a decade, a century or a day of a month: when a thing happened, not a quantity a reader checks.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
                   rf"|(?:1\d|20)\d{{2}}s?\b|\d{{1,2}}(?:st|nd|rd|th)\s+century)")


def quantity(sentence: str) -> bool:
    """``sentence`` gives a quantity ("about 1.3 kilograms", "more than 4,000 kilometres", "86 billion"), not
    only a date ("In 1789", "on 26 April 1986", "between 1400 and 1600")."""
    return bool(_FIGURE.search(_DATE.sub(" ", sentence)))


def opening_sentence(course: CourseView) -> str | None:
    """The first sentence of the lesson's first paragraph: the line that opens the text under its title."""
    return course.remembered(("opening-sentence",), lambda: next(
        (p.sentences[0] for section in course.lesson.document.sections for p in section.paragraphs if p.sentences), None))


# Words of a title that name the kind of document, not its topic ("Case Study: The ...", "Lesson 4: ...").
_DOCUMENT_WORDS = frozenset("case study studies lesson unit chapter module topic week part section introduction".split())


def restates_title(sentence: str, title: str) -> bool:
    """``sentence`` holds at least half the words of ``title`` that name its topic (inflections, derivations and
    a people's adjective count: "Italy" for "Italian", "Britain" for "British")."""
    topic = [w for w in content_words(title) if w.lower() not in _DOCUMENT_WORDS]
    said = content_words(sentence)
    return bool(topic) and 2 * sum(any(related(t, w) or demonym_of(w, t) for w in said) for t in topic) >= len(topic)


def not_opening_line(c: Candidate, course: CourseView) -> bool:
    """A true/false item does not ask the text's opening sentence when that sentence restates the title
    (``restates_title``) and gives no quantity.

    A lesson or an essay often opens by announcing what its title names ("In the early hours of 26 April
    1986, a reactor exploded at the Chernobyl nuclear power plant" under "Case Study: The Chernobyl Disaster of
    1986", "Improvised explosive devices became the signature threat of ..." under "Allied Cooperation Against
    Improvised Explosive Devices").  Asked as true or false, in either key, the title answers it: of the rated
    true/false items lifted from such an opening (dev to test-aj, the check sets aside), raters rejected all 8
    ratings.  An opening that tells more than the title ("The desert locust is a grasshopper
    that lives quietly in the deserts ...") or gives a measured quantity ("weighs about 1.3 kilograms") stays, and
    so does a denial ("The rock cycle is not a single fixed loop"): correcting a belief is its point (the negation
    family turns a short opening denial, a hook, no more: ``families.negation.rhetorical_opener``).
    """
    if c.type is not QuestionType.TRUE_FALSE or c.level != "remember" or not c.source_sentence or quantity(c.source_sentence):
        return True
    return c.source_sentence != opening_sentence(course) or not restates_title(c.statement, course.title)


# A sentence that judges or hedges rather than states: "... and with good reason", "is widely regarded as a
# turning point", "is often presented as a success", "an important commitment in itself", "an
# unprecedented naval response".  Keyed True, nobody would answer False: it can be guessed without reading
# (raters on test-j, test-i and test-f: trivial, not worth asking).
EVALUATIVE = re.compile(
    r"\b(?:with good reason|rightly|arguably|in itself|unprecedented|remarkabl[ey]"
    r"|(?:widely|generally|commonly|often|usually)\s+(?:regarded|seen|considered|viewed|presented|treated|praised"
    r"|criticised|criticized)\s+as"
    r"|(?:an?|the)\s+(?:important|crucial|vital|key|significant|notable|major)\s+(?:commitment|step|achievement"
    r"|success|milestone|role|part)\b"
    r"|(?:plays?|played)\s+an?\s+(?:important|crucial|vital|key|central|major)\s+role"
    # "issued an order that shaped the history of European glass for centuries" (test-cv, both raters: says nothing)
    r"|(?:shaped|changed|transformed|altered)\s+the\s+(?:history|course|future|face)\s+of)",
    re.I)


def evaluative(sentence: str) -> str | None:
    """The words of ``sentence`` that judge or hedge what it says (``EVALUATIVE``), or None."""
    found = EVALUATIVE.search(sentence)
    return found.group(0) if found else None


# A vague amount where a fact should be: "extended certain protections", "has produced notable results", "on a
# number of occasions", "to a number of countries", an opening "Some labels ...".  Lowercase only: "the
# Convention on Certain Conventional Weapons" is a name.  An opening "Some of the ..." picks a definite set.
# "Certain" and "notable" only before a noun: "it is certain that ..." and "notable for its ..." commit to something.
_VAGUE_AMOUNT = re.compile(
    r"\b(?:certain|notable)(?=\s+(?!(?:that|to|for|in|as|of)\b)[a-z])|\ba number of\b|^\s*Some\s+(?!of\b)")


def vague_claim(sentence: str) -> str | None:
    """The words that leave ``sentence`` with nothing definite to check (``_VAGUE_AMOUNT``), or None.

    Keyed True, "a protocol extended certain protections" or "cooperation has produced notable results"
    commits to no fact a reader could get wrong: of the 6 rated true statements with these words, raters
    rejected 5 as not worth asking or trivial (test-o, test-p, test-q, test-s; one rater accepted one of
    them), and asked an edit of the sixth for its lost context (test-e).
    """
    found = _VAGUE_AMOUNT.search(sentence)
    return found.group(0).strip() if found else None


# "... laced to a spar called the gaff": a name given in the sentence.
_NAME_GIVEN = re.compile(r"\b(?:called|known\s+as|named|termed)\s+(?:the\s+|an?\s+)?(?P<name>[\w’'-]+(?:\s+[\w’'-]+){0,2})")


def names_itself(sentence: str) -> bool:
    """``sentence`` gives a name whose first word it has already written ("The gaff rig sets a four-sided sail whose
    upper edge is laced to a spar called the gaff"): keyed True, the statement answers itself (test-em, both
    raters: "gives itself away"); a proper name may share a word with what it renames ("İsmet Pasha, later known as
    İsmet İnönü")."""
    for given in _NAME_GIVEN.finditer(sentence):
        first = given["name"].split()[0]
        if first.islower() and first not in STOPWORDS and re.search(rf"\b{re.escape(first)}\b", sentence[:given.start()], re.I):
            return True
    return False


# A name the lesson repeats this often is its topic, not a fact a sentence commits to.
TOPIC_MENTIONS = 3


def verbless_gerund(statement: str) -> bool:
    """A list item's description lifted without its label: it opens with a gerund and has no verb of its
    own ("Coordinating how armed forces support ..., often shortened to HADR"): no claim to check."""
    toks = words(statement)
    if not toks or not toks[0].lower().endswith("ing"):
        return False
    # A participle ("often shortened to HADR") is no finite verb.
    return not any(is_verb(t, toks[i - 1]) and not t.endswith("ed") for i, t in enumerate(toks[1:], 1))


# A statement whose claim is a thing's full name: "the treaty's full title is the Convention on the Prohibition
# of the Development, Production and Stockpiling of ...", "its official name is ...".  Keyed True, it asks a reader
# to recognise thirty words of a name, which tests nothing the text explains (both raters on test-aj and test-aj-r2:
# not worth asking); the short name the text uses is asked elsewhere.
_FULL_NAME = re.compile(r"\b(?:full|official|formal|complete)\s+(?:title|name)\s+(?:is|was|reads)\b", re.I)

# A claim that recites a list of seven members or more ("signed by Turkey, the United Kingdom, France, the Soviet
# Union, Bulgaria, Greece, Romania, Yugoslavia, Japan and Australia", "twelve raw materials: aluminium, beryllium,
# cobalt, ..."): keyed True, nobody checks it from memory and it is guessed True (both raters on test-al and test-ai:
# "trim to one claim").  A list of up to six ("crews from Australia, India, Japan, South Korea and Canada") is asked.
_MEMBER = r"(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}"
_RECITED_LIST = re.compile(rf"{_MEMBER}(?:,\s+{_MEMBER}){{5,}},?\s+(?:and|or)\s+{_MEMBER}")


def true_statement_checkable(c: Candidate, course: CourseView) -> bool:
    """A statement keyed True carries a specific, checkable fact: a number, or a name or glossary
    term the lesson does not repeat throughout; never a summing-up sentence, nor a vague amount
    (``vague_claim``), nor a full name recited (``_FULL_NAME``), nor a list of seven or more (``_RECITED_LIST``), nor one of the text's closing
    without a figure (``closing_sentence``), whichever family lifted it."""
    if c.type is not QuestionType.TRUE_FALSE or not c.truth or c.rule in (TABLE_MATCHING, SIDEWAYS_STATEMENT):
        return True  # a table's cell said of its own column: the table states it, no sentence to judge
    if c.rule in (CONTRAST_STATEMENT, NEGATION_STATEMENT):
        # "X rather than Y", "X is not a Y": the text commits to one side
        return True
    if _SUMMARY_OPENERS.match(c.source_sentence.strip()):
        return False
    if verbless_gerund(c.statement):
        return False
    if vague_claim(c.source_sentence):
        return False  # "has produced notable results": nothing definite to get wrong, figure or not
    if _FULL_NAME.search(c.statement):
        return False  # "the treaty's full title is the Convention on the Prohibition of ...": a name recited
    if _RECITED_LIST.search(c.statement):
        return False  # "signed by Turkey, the United Kingdom, France, ... Japan and Australia": guessed True
    if re.search(r"\d", c.source_sentence):
        return True
    if closing_sentence(c.source_sentence, course):
        return False  # "their cooperation can make societies safer": the closing's argument, guessed True
    return any(
        _mention_counts(course).get(norm_phrase(m.text), 0) < TOPIC_MENTIONS
        for m in course.lesson.mentions
        if m.sentence == c.source_sentence
    )


def _mention_counts(course: CourseView) -> dict[str, int]:
    key = ("mention_counts",)
    if key not in course.memo:
        counts: dict[str, int] = {}
        for m in course.lesson.mentions:
            counts[norm_phrase(m.text)] = counts.get(norm_phrase(m.text), 0) + 1
        course.memo[key] = counts
    return course.memo[key]  # type: ignore[return-value]
