"""How stems quote the lesson: its sentences lifted, headings quoted, case fitted to the frame."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.semantics import zipf
from lessontext.words import getAllLemmas, getInflection, singular
from lessontext.words.numbers import CARDINALS

from .course import CourseView
from .entities import COUNTRIES, demonym_of
from .kinds import SWAPPABLE_KINDS
from .prose import is_verb
from .text import STOPWORDS, lower_first, named_mid_sentence, norm_phrase, strip_discourse_marker, words


def first_sentence(text: str, sentences: Sequence[str]) -> str:
    """The first of ``sentences`` that ``text`` contains (the source sentence of a description)."""
    for s in sentences:
        if s and s in text:
            return s
    return sentences[0] if sentences else text


# A section's number ("2. Stress", "3.1 Loads") is layout, not part of what the heading names.
_SECTION_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*[.):]|\d+\.\d+|[IVX]+[.):])\s+(?=\S)")


def heading_phrase(heading: str | None) -> str:
    """A heading as a stem quotes it ("“Parts of a cell”"), without a section number; "" without one."""
    return f"“{_SECTION_NUMBER.sub('', heading.strip(), count=1)}”" if heading else ""


# A list item's label that the sentence after it repeats, with or without an article ("Proteins: Proteins
# are long chains ...", "Loudness: the loudness of a sound depends ..."; raters on test-d and test-g:
# layout residue).
_REPEATED_LABEL = re.compile(r"^([^:.;]{1,60}):\s+(?=(?:(?:the|an?)\s+)?\1\b)", re.I)
# A box's label run into the sentence under it ("Key idea: The elements of the mix are ...", "Critic's
# view: Some writers argue ..."; raters on test-e, like "Proteins:" on test-d: residue). Only a label that
# frames ("Key idea", "Try it", "Note"), not one that names the topic ("Fats: Triglycerides are ...").
# The sentence under it may open in lower case ("Key idea: most of the world's ...", "Key point: for a ..."; test-g,
# test-l): it is capitalised once the label is gone.
_BOX_LABEL = re.compile(r"^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?=[A-Za-z][a-z]|[Aa]\s)")
# A timeline entry's date label ("1947: On 14 October, Chuck Yeager ...", "1450s: Gutenberg ...", "1914–1918: The
# war ..."): a stem states the date in the sentence, not as a label before it.
_DATE_LABEL = re.compile(r"^(?:c\.\s*)?(?P<start>\d{3,4}s?)(?:\s*[–-]\s*(?P<end>\d{2,4}s?))?:\s+(?=[A-Z])")
# A date without its year that opens the entry ("On 14 October,", "In March,", "By late 1950,"-style phrases without a year).
_YEARLESS_DATE = re.compile(r"^(?P<date>(?:On|In|By|From|Until|Early in|Late in)\s+(?:(?:early|mid|late)[- ])?"
                            r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)(?:\s+\d{1,2})?),\s+")


def _dated(stripped: str) -> str:
    """A timeline entry with its date label put into the sentence: "On 14 October 1947, Chuck Yeager ...",
    "In the 1450s, Gutenberg ...", "From 1914 to 1918, the war ..."; any other sentence as it is."""
    label = _DATE_LABEL.match(stripped)
    if label is None:
        return stripped
    start, end, rest = label.group("start"), label.group("end"), stripped[label.end():]
    yearless = _YEARLESS_DATE.match(rest)
    if yearless and end is None and not start.endswith("s"):
        return f"{yearless.group('date')} {start}, {rest[yearless.end():]}"
    decade = "the " if start.endswith("s") else ""
    when = f"From {decade}{start} to {end}" if end else f"In {decade}{start}"
    first, _, tail = rest.partition(" ")
    if first.lower() in STOPWORDS or (getAllLemmas(first.lower()) and tail[:1].islower()):
        rest = first.lower() + (" " + tail if tail else "")  # "Civil wars divide ...", not "Einstein publishes ..."
    return f"{when}, {rest}"


# A label that says in what form the statement after it is written ("In words: the number of keys equals ...";
# both raters on test-by: "drop the leftover 'In words:'").
_FORM_LABELS = frozenset({"in words", "in symbols", "in short", "in brief", "put simply", "in other words"})
_FRAMING_LABEL_WORDS = frozenset("""
    key idea ideas view note notes tip tips try remember reminder summary example point points together
    takeaway takeaways warning caution recap
""".split())


# A contrast set off by commas inside the sentence ("A distributed system, by contrast, gives every developer
# ...", "William Harvey, by contrast, stressed doubt"): lifted alone it points to a sentence not shown
# (raters on a dev lesson and a test-p lesson: "dangling 'by contrast'; delete it").  At the start of a
# sentence ``strip_discourse_marker`` already drops it.  ", however," points back the same way ("A ship,
# however, is a hollow steel shell"), and the claim reads whole without it.  Only a contrast: ", for
# example," marks an example that other checks look for.
# A concession ("nevertheless", "nonetheless") concedes something the sentence before said, with or without
# commas: "The empire nevertheless lost almost all of its ...", "The courts can, nonetheless, review ..." (raters
# on a dev lesson: "'nevertheless' is unresolved").  What is left is the same claim.
_CONTRAST_MARKERS = ("by contrast", "in contrast", "by comparison", "in comparison", "on the other hand", "however",
                     "nevertheless", "nonetheless", "meanwhile")  # ("Slag, meanwhile, is not wasted": test-cr)
_PARENTHETICAL_MARKER = re.compile(r",\s+(?:" + "|".join(_CONTRAST_MARKERS) + r"),\s+", re.I)
_INNER_CONCESSION = re.compile(r"(?<=[\w)])\s+(?:nevertheless|nonetheless)\b(?=\s+[a-z]|\s*[.;:!?]|$)", re.I)


# What a clause's end hands on to after a comma: an appended list or aside ("remain outside, however, among them
# China", "..., however, including ...", "..., however, which ..."), kept behind its comma when the marker goes
# (raters on test-aq: "remain outside among them China" ungrammatical, "comma dropped").
_AFTER_A_CLAUSE = re.compile(r"(?:among|including|such|especially|notably|particularly|which|who|whose|where|while|"
                             r"although|though|because|and|but|so|[a-z]+ing)\b")


def cut_parenthetical_marker(sentence: str) -> str:
    """``sentence`` without a contrast ("by contrast") set off by commas after its opening words, nor a
    concession ("nevertheless") inside it; the comma stays before a list or aside the marker stood before."""
    cut = _PARENTHETICAL_MARKER.sub(lambda m: ", " if _AFTER_A_CLAUSE.match(sentence, m.end()) else " ", sentence)
    return _INNER_CONCESSION.sub("", cut)


def lift(sentence: str) -> str:
    """A sentence or frame of the lesson as a stem quotes it: without a leading discourse marker or a
    label the sentence repeats."""
    stripped = _dated(strip_discourse_marker(sentence).strip())
    repeated = _REPEATED_LABEL.match(stripped)
    if repeated:
        rest = stripped[repeated.end():]
        stripped = rest[:1].upper() + rest[1:]
    label = _BOX_LABEL.match(stripped)
    if label and (any(w.lower() in _FRAMING_LABEL_WORDS for w in re.findall(r"[A-Za-z]+", label.group(1)))
                  or label.group(1).lower() in _FORM_LABELS):
        rest = stripped[label.end():]
        return rest[:1].upper() + rest[1:]
    return stripped


def anchor_of(course: CourseView, sentence: str, default: str) -> str:
    """The anchor of the section of the lesson where ``sentence`` is (``default`` if none)."""
    for section, s in course.lesson.sentences:
        if s == sentence:
            return section.anchor
    return default


# Words that open a subject by counting it ("Several Islamic nations ..."): never a name, whatever follows.
_QUANTIFIERS = frozenset("several various numerous few most many some each every both all".split())


def _only_inside_longer_names(word: str, toks: Sequence[str], course: CourseView) -> bool:
    """``word`` opens the sentence before a lower-case word, and the lesson writes it in mid-sentence only
    as the first word of a longer name ("Scientific knowledge gradually became ..." in a lesson that writes
    "the Scientific Revolution") and English has it as a word: here it is an adjective, lowered after "According to the text,"
    (raters on test-l and test-p: a stray capital)."""
    if len(toks) < 2 or not toks[1][:1].islower() or not getAllLemmas(word.lower()):
        return False  # "Berlin remained ..." in a lesson that writes "the Berlin Wall": no English word, a name
    followers = [m.group(1) for m in re.finditer(rf"(?<=[a-z0-9,;:)] ){re.escape(word)}\s+(\S+)", course.lesson_text)]
    return bool(followers) and all(f[:1].isupper() for f in followers)


# A capitalised noun before its number opens the sentence: "Annex 12", "Article 5", "Resolution 1325".
_NUMBERED_NAME = re.compile(r"^[A-Z][a-z]+\s+\d+[A-Za-z]?(?:\([a-z]\))?(?=\s+(?P<next>[a-z]+)\b|\s*[:.;])")


def _numbered_name(sentence: str, word: str) -> bool:
    """The sentence opens with a noun and its number, as a name ("Annex 12 to ...", "Role 2 adds ...",
    "Article 4(h) of ..."): not an -ing form ("Doubling 3, 4, 5 gives") nor a number that counts the noun after
    it ("Heat 2 tablespoons of oil"; a plural noun)."""
    found = _NUMBERED_NAME.match(sentence)
    if found is None or word.endswith("ing") or not getAllLemmas(word.lower()).get("NOUN"):
        return False
    after = found.group("next") or ""
    classes = getAllLemmas(after) if after else {}
    return not (classes.get("NOUN") and not classes.get("VERB") and after not in STOPWORDS)


# How common (Zipf) a word the lexicon has no lemma for may be and still be read as a name: "copenhagen" 3.7,
# "eurocontrol" 1.7; the function words it lacks are commoner ("beneath" 4.2, "whereas" 4.4, "upon" 5.1).
NAME_ZIPF = 4.0
# Commoner words the lexicon has no lemma for are names too ("Christianity" 4.2, "Europe" 5.0, "Monday" 4.8:
# raters on test-bx, "starts 'christianity was banned' in lower case"), but for the function words and
# number words it lacks, which open sentences in lower case elsewhere.
_UNLISTED_FUNCTION_WORDS = frozenset("""despite whilst beside beneath versus meanwhile nevertheless nonetheless hence
    thus whereas upon amid amidst amongst towards via per thereafter therefore moreover furthermore likewise""".split())


def _opening_participle(word: str, lex) -> bool:
    """``word`` is a verb's -ing form opening a participle clause ("Believing Sweden was tied down, Denmark
    ..."): no name, though a name follows it; not a noun in "-ing" ("King", "Reading" as a town the lesson
    writes mid-sentence)."""
    low = word.lower()
    return low.endswith("ing") and word not in lex.mid_caps and any(
        low in getInflection(lemma, "VBG") for lemma in getAllLemmas(low).get("VERB", ()) if lemma != low)


def lower_first_unless_name(sentence: str, course: CourseView, names: Sequence[str] = ()) -> str:
    """Lower-case the first word after "According to the text," unless it is a name (``names``: names
    put in the sentence, such as a swapped-in "Liberia" the lesson only writes at a sentence's start)."""
    toks = words(sentence)
    if not toks:
        return sentence
    first = toks[0]
    if first.lower() in STOPWORDS:
        return lower_first(sentence)
    if any(n[:1].isupper() and sentence.startswith(n) for n in names):
        return sentence
    if first.lower() in _QUANTIFIERS:
        return lower_first(sentence)  # "Several Islamic nations ...": a quantifier opens the subject, no name
    bare = first[:-2] if first.endswith(("'s", "’s")) else first
    lex = course.lexicon
    if bare.isupper() and len(bare) > 1:
        return sentence  # "NATO's fleet" keeps its capitals
    if (first in lex.mid_caps or bare in lex.mid_caps) and bare.lower() not in lex.lower \
            and not _only_inside_longer_names(bare, toks, course):
        return sentence  # "Europol supports ..."; "Trust" of a heading "Dependence and Trust" is lowered
    head = bare.split("-")[0]
    if "-" in bare and head in lex.mid_caps and head.lower() not in lex.lower:
        return sentence  # "Viking-age shipwrights": a name opens the compound (both raters on test-dk)
    if bare in COUNTRIES or any(demonym_of(bare, country) for country in COUNTRIES):
        # "Canada's scheme is known as ...": a country the lesson names only at a sentence's start; "Indian
        # officials regarded ...": its people's adjective (both raters on test-ce: "fix the capital")
        return sentence
    if _numbered_name(sentence, bare) \
            and not re.search(rf"(?<=[a-z,] ){re.escape(bare.lower())}\s+\d", course.lesson_text):
        return sentence  # "Annex 12 to the Chicago Convention ...": a numbered document or part is a name

    if len(toks) > 1 and toks[1][:1].isupper() and not toks[1].isupper() and toks[1] in course.lexicon.mid_caps \
            and not _opening_participle(bare, lex):
        return sentence  # "William Caxton ...", not "Believing Sweden was tied down, ..." (test-by: a stray capital)
    if course.entity_kinds.get(norm_phrase(bare)) in SWAPPABLE_KINDS:
        return sentence  # "Germany and New Zealand ...": a name the lesson writes only at a sentence's start
    if not getAllLemmas(bare.lower()) and any(kind == "person" and name.split()[0] == norm_phrase(bare)
                                              for name, kind in course.entity_kinds.items()):
        return sentence  # "Helen dies, and ...": the first name of a person the lesson names in full (test-cn)
    modifies = len(toks) > 1 and toks[1].islower() and bool(getAllLemmas(toks[1]).get("NOUN")) \
        and not toks[1].endswith("ed") and bare == first  # "Photovoltaic panels ...", not "Copenhagen turned ...", "Yugoslavia's adherence"
    function_word = zipf(bare.lower()) >= NAME_ZIPF and (bare.lower() in _UNLISTED_FUNCTION_WORDS or bare.lower() in CARDINALS)
    if bare.isalpha() and not getAllLemmas(bare.lower()) and not function_word \
            and bare.lower() not in lex.lower and not modifies:
        # "Copenhagen turned its main street ...", "Eurocontrol and the Commission ...": no English noun, verb or
        # adjective nor a common function word ("Beneath"), not before a noun it modifies ("Digestible
        # carbohydrates"), and the lesson never writes it in lower case (raters on test-ah and test-ai: "fix the
        # capital" of a place or a body named only at a sentence's start)
        return sentence
    return lower_first(sentence)


# "also" points back to a sentence the item does not show ("Trust can also be damaged ..."; raters: drop
# it); "but also" / "not only ... also" carry the claim and stay.
_POINTING_ALSO = re.compile(r"(?<!\bbut )(?<!\bonly )\balso\s+(?=[a-z])")
# "too" that closes a clause or stands between commas says "also" ("Free peasants existed too, and ...", "Air is
# a fluid too.", "Japan, too, signed ..."): it adds to something the sentence before said, and goes like "also".
# "too" before an adjective ("too late") is a degree and stays.
_POINTING_TOO = re.compile(r",\s+too,(?=\s)|(?<=[\w)])\s+too(?=\s*[.;,:!?]|$)")


# The noun phrase a title names, before a subtitle or a prepositional phrase ("Arms Transfer Agreements: How
# ...", "Mutual Defence Clauses in Alliance Treaties").
_TITLE_TAIL = re.compile(r"\s*:.*$|\s+(?:in|of|for|and|between|with|at|on|to|from|by)\s+.*$", re.I)


def topic_phrase(title: str) -> tuple[str, str, bool] | None:
    """(head noun, modifiers, definite) of a title that is a plain noun phrase of two to four words
    ("Arms Transfer Agreements" -> ("agreement", "arms transfer", False)); None for one word, a gerund
    ("Measuring Disease") or a coordination ("Waves and Sound")."""
    main = _TITLE_TAIL.sub("", title.strip().split(":")[0])
    if re.search(r"\s(?:and|or)\s", title.split(":")[0], re.I):
        return None
    toks = main.split()
    definite = bool(toks) and toks[0].lower() == "the"
    toks = toks[1:] if definite else toks
    if not 2 <= len(toks) <= 3 or not all(t.replace("-", "").isalpha() for t in toks) or toks[0].lower().endswith("ing") \
            or any(t.lower() in STOPWORDS for t in toks):
        return None  # ("From Guarantee to Alliance": no "a from guarantee", test-cc)
    return singular(toks[-1].lower()), " ".join(toks[:-1]), definite


_AUXILIARIES = frozenset("is are was were has have had can could may might must will would shall should does do did".split())


def _finite_verb(word: str, plural: bool) -> bool:
    """A verb that makes the noun before it a subject ("the clause applies", "the agreement does")."""
    if word in _AUXILIARIES:
        return True
    verbs = getAllLemmas(word).get("VERB", ())
    if not verbs or word.endswith("ed"):
        return False  # "signed in 1990": a participle that picks out one of them
    return word not in verbs if not plural else word in verbs


def _written_as_name(word: str, lesson_text: str) -> bool:
    """``word`` is a name as the lesson writes it: an acronym ("ANZUS") or a name (``named_mid_sentence``) that the
    lesson never writes in small letters ("Telegraph" of "Atlantic Telegraph Company" is a word of a name beside
    "electric telegraphs": raters on test-ck, "a stray capital in 'The transatlantic Telegraph cable'")."""
    return len(word) > 1 and word.isupper() or named_mid_sentence(word, lesson_text) and not re.search(
        rf"\b{re.escape(word.lower())}", lesson_text)


def name_the_topic(text: str, title: str, lesson_text: str) -> str:
    """``text`` with a bare "the <head of the title>" that stands for the lesson's topic named in full, as
    the lesson writes it: "the agreement ends" -> "an arms transfer agreement ends", "declaring that the
    clause applies" -> "that a mutual defence clause applies" (raters on test-d and test-g: "the
    agreement", "the clause" lose their referent out of context). Only a subject (at the start, or after
    "that", "whether" or a comma) that a finite verb follows (not "the agreement signed in 1990", "most of
    the clauses": particular ones), or a possessive one ("the force's limits"), and where the text does not
    name it already."""
    topic = topic_phrase(title)
    if topic is None:
        return text
    head, modifiers, definite = topic
    found = re.search(rf"(?:^|(?<=\bthat )|(?<=\bwhether )|(?<=, ))([Tt]he)\s+({re.escape(head)}s?)(['’]s)?\s+(?=([a-z]+)\b)",
                      text)
    if not found or re.search(rf"\b{re.escape(modifiers)}\s+{re.escape(head)}", text, re.I):
        return text
    plural = found.group(2).lower() != head
    # "the force's limits were exposed": a possessive owner is the topic itself, whatever verb follows (raters on
    # test-ap: "name the Peninsula Shield Force")
    if not found.group(3) and not _finite_verb(found.group(4), plural):
        return text  # "the agreement signed in 1990": a particular one
    # As the lesson writes it in mid-sentence ("the Mongol Empire", "mutual defence clauses"), else as it writes
    # it at a sentence's start ("Mutual defence clauses ...") or as the title does, in lower case (raters on
    # test-v: "the mongol empire", a name lowered).
    inside = re.search(rf"(?<=[a-z0-9,;] )({re.escape(modifiers)})\s+({re.escape(head)})", lesson_text, re.I)
    if inside:
        phrase = f"{inside.group(1)} {inside.group(2) if found.group(2).lower() == head else found.group(2)}"
    else:
        written = re.search(rf"\b({re.escape(modifiers)})\s+{re.escape(head)}", lesson_text, re.I)
        first = written.group(1) if written else " ".join(w if _written_as_name(w, lesson_text) else w.lower()
                                                            for w in modifiers.split())
        phrase = f"{first} {found.group(2).lower()}"
        if not any(w[:1].isupper() for w in phrase.split()[1:]) and not _written_as_name(phrase.split()[0], lesson_text):
            phrase = phrase[:1].lower() + phrase[1:]
    if definite:
        named = f"the {phrase}"
    elif plural:
        named = phrase
    else:
        named = f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"
    if found.start() == 0 or found.group(1) == "The":
        named = named[:1].upper() + named[1:]
    return text[: found.start()] + named + (found.group(3) or "") + " " + text[found.end():]


# An emphatic "itself"/"themselves" right after the subject that opens the sentence ("Eurocontrol itself was
# founded ...", "The treaty itself does not ...") sets it against something the sentence before named (raters
# on test-z and test-z-r2: "residue", "a leftover contrastive 'itself'; drop it").  The claim is the same
# without it.  A reflexive after a verb or a preposition is an object ("declared themselves free", "repair
# itself", "in itself") and stays.
_EMPHATIC_REFLEXIVE = re.compile(r"^((?:(?:The|A|An)\s+)?[\w’'().-]+(?:\s+[\w’'().-]+){0,5}?)\s+(?:itself|themselves)\s+(?=[a-z])")


def without_emphatic_reflexive(statement: str) -> str:
    """``statement`` without an emphatic "itself"/"themselves" after its opening subject (``_EMPHATIC_REFLEXIVE``):
    not when a verb or a preposition stands before it (an object: "Japan must first strengthen itself")."""
    found = _EMPHATIC_REFLEXIVE.match(statement)
    if found is None:
        return statement
    toks = words(found.group(1))
    if any(t.lower() in STOPWORDS and i or is_verb(t, toks[i - 1] if i else "") for i, t in enumerate(toks)):
        return statement  # "The CNS can repair itself", "Japan must strengthen itself": an object
    return f"{found.group(1)} {statement[found.end():]}"


def true_false_stem(statement: str, course: CourseView, names: Sequence[str] = ()) -> str:
    """The stem of every true/false item: "True or false? According to the text, <statement>"."""
    if "not only" not in statement:
        statement = _POINTING_ALSO.sub("", statement, count=1)
    statement = _POINTING_TOO.sub("", statement, count=1)
    statement = without_emphatic_reflexive(statement)  # "Eurocontrol itself was founded": itself as against what?
    statement = cut_parenthetical_marker(statement)  # "William Harvey, by contrast, stressed ...": contrast with what?
    statement = name_the_topic(statement, course.lesson.document.title, course.lesson_text)
    if re.match(r"according to\b", statement, re.I):
        # "According to the sources, the scribe ...": the statement gives its own attribution (both raters on test-ce:
        # "According to the text, according to the sources" doubled)
        return f"True or false? {statement[:1].upper()}{statement[1:]}"
    if example_placeholder(statement, course.lesson_text):
        return f"True or false? In the text's example, {lower_first_unless_name(statement, course, names)}"
    return f"True or false? According to the text, {lower_first_unless_name(statement, course, names)}"


# The parties of a worked example, told apart by a letter: "Bank A" and "Bank B", "Country X" and "Country Y".
# Only a noun for someone or something an example casts (not "Vitamin A", "Type B", "Section C", "Plan B").
_CAST = ("bank|company|firm|country|person|student|pupil|player|shop|store|business|town|city|village|farm|farmer"
         "|factory|worker|buyer|seller|supplier|customer|investor|household|island|car|school|hospital|patient"
         "|team|candidate|nation|region|product|project|account|fund|driver|train|ship|plant|species|population")
_PLACEHOLDER = re.compile(rf"\b((?:{_CAST})\s+)([A-Z])(?![\w’'-]|\.\w)", re.I)


def example_placeholder(statement: str, lesson_text: str) -> str | None:
    """The party of a worked example that ``statement`` names by a letter ("Bank A"), when the lesson names
    another party of the same kind by another letter ("Bank B"): lifted alone, the statement states what
    happens in an example the stem does not set up ("Bank A transfers £200,000 of its reserves": raters on
    test-an, context lost, "add 'In the text's example'"), and ``true_false_stem`` says so; None otherwise."""
    for found in _PLACEHOLDER.finditer(statement):
        noun, letter = found.group(1), found.group(2)
        if not noun[:1].isupper() or not letter.isupper():
            continue
        others = {m.group(1) for m in re.finditer(rf"\b{re.escape(noun)}([A-Z])(?![\w’'-])", lesson_text)}
        if others - {letter}:
            return found.group(0)
    return None


def same_case(replacement: str, original: str) -> str:
    """``replacement`` with the case of ``original``'s first letter (acronyms keep theirs)."""
    if original[:1].islower() and not replacement.isupper():
        return replacement[:1].lower() + replacement[1:]
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A label's description quoted in a description -> term stem.  "Which of the following does the text describe
# here? “a small region at the base of the brain.”" reads as a layout question, and raters called the frame
# clumsy or awkward whenever it quoted a noun phrase or a bare predicate (test-g, test-w, test-w-r2: minor,
# "rephrase as 'Which property describes ...'").  A noun phrase reads after "describe as", as the glossary's
# definitions do; a predicate ("deploys real troops ...", "describes what happens to ...") completes
# "which of the following" itself.  A sentence ("The list becomes 2, 5, 4, 1.") or anything else keeps "here".
_NOUN_PHRASE_OPENING = re.compile(r"^(?:a|an|the)\s+\S")
# The words that make a quote opening with an article a sentence: "the pitch of a note depends on ...".
_FINITE_BE_HAVE = frozenset("is are was were has have had does do can could will would may might must should".split())
_OBJECT_OPENERS = frozenset("a an the its their his her our this these those".split())


def _finite_verb_after_subject(toks: Sequence[str]) -> bool:
    """A finite verb after the first word: "is", "has", a verb-only word in -s ("depends", "becomes"), or a
    verb in -ed with an object ("deployed the troops"; "applied by the agency" is a participle)."""
    for i in range(1, len(toks)):
        low, previous = toks[i].lower(), toks[i - 1].lower()
        if low in _FINITE_BE_HAVE:
            return True
        if previous == "to" or not is_verb(low):
            continue
        if low.endswith("s") and not low.endswith("ss"):
            return True
        if low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].lower() in _OBJECT_OPENERS:
            return True
    return False


# A glossary line's bare noun phrase, with no article: a noun and a preposition ("Latin for ‘other things being
# equal’", "money paid to a worker for a week's work", "rock formed from cooled lava").  Raters on test-ad-r2
# called "describe here? “Latin for ...”" ungrammatical; it reads after "describe as" as an article's phrase does.
_BARE_NOUN_OPENING = re.compile(
    r"^(?P<noun>[A-Za-z][\w'’-]*)\s+(?:(?:paid|used|made|formed|given|held|kept|found|taken)\s+)?"
    r"(?:for|of|from|with|in|on|at|to|about|between|by|that|which)\s+\S")
_BEFORE_A_PLURAL = frozenset(
    "a an the its their his her our this these those of for from with in on at to about between by other many some "
    "all few several both".split())
_NOT_A_NOUN = frozenset("what which who whom whose how why when where whether if there here it this that these those".split())


def _bare_noun_opening(quoted: str) -> bool:
    m = _BARE_NOUN_OPENING.match(quoted)
    if not m:
        return False
    noun = m.group("noun").lower()
    if noun in STOPWORDS or noun in _NOT_A_NOUN:
        return False
    lemmas = getAllLemmas(noun)
    if lemmas.get("VERB") and not lemmas.get("NOUN"):
        return False
    # A word in -s that may be a verb, after a noun ("water in the pipes freezes at night"): a sentence.
    toks = [t.lower() for t in words(quoted)]
    return not any(t.endswith("s") and getAllLemmas(t).get("VERB") and toks[i - 1] not in _BEFORE_A_PLURAL
                   for i, t in enumerate(toks) if i > 0)


def noun_phrase_description(quoted: str) -> bool:
    """A description that is a noun phrase: it opens with an article in lower case, or with a noun and a
    preposition ("Latin for ...", "money paid to ..."), and its head, before any relative clause or comma,
    has no finite verb ("a value that lies far from the rest" is one; "the pitch of a note depends on its
    frequency" is a sentence)."""
    if not (_NOUN_PHRASE_OPENING.match(quoted) or _bare_noun_opening(quoted)):
        return False
    head = re.split(r"\s+(?:that|which|who|whose|where|when)\s+|,", quoted, maxsplit=1)[0]
    return not _finite_verb_after_subject(words(head))


def predicate_description(quoted: str) -> bool:
    """A description that is a bare predicate: it opens with a verb-only word in -s, in lower case
    ("deploys real troops ...", "occurs when layers slide ...")."""
    toks = words(quoted)
    first = toks[0] if toks else ""
    return len(toks) >= 3 and first[:1].islower() and first.endswith("s") and not first.endswith("ss") \
        and is_verb(first)


def description_stem(quoted: str) -> str:
    """The stem asking which label the text gives a quoted description: "describe as “<noun phrase>”?",
    "According to the text, which of the following <predicate>?", else "describe here? “<quote>”"."""
    bare = quoted.strip().rstrip(" .;:")
    if noun_phrase_description(bare):
        inner = re.sub(r'"([^"]+)"', r"‘\1’", bare)  # a quote inside the quote: single marks
        return f"Which of the following does the text describe as “{inner}”?"
    if predicate_description(bare):
        return f"According to the text, which of the following {bare}?"
    return f"Which of the following does the text describe here? “{quoted}”"
