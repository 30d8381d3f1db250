"""The kind the lesson itself states for a term, to head a definition that has none.

Blind raters mark "Insulin: Causes body cells to take up glucose ...", "Testes: Produce testosterone ...",
"Thyroxine: Something that controls the metabolic rate" as needing a head noun ("A hormone released by the
pancreas that ..."): in fifteen and more rated corpora a bare predicate or a "Something that" is the commonest
edit they ask for.  The kind is taken only from what the lesson says, never guessed:

* ``CALLED_KIND``: "a condition called osteoporosis", "The chemical messengers they release are called
  hormones": the noun phrase the name is given to;
* ``BARE_CALLED_KIND``: "strong, stretchy bands called ligaments": the same with no article;
* ``COPULA_KIND``: "Insulin is a hormone ...", "Vaccines are preparations ...", "Mucus is a type of
  secretion": the noun a copula sentence about the term predicates of it;
* ``APPOSITIVE_KIND``: "osteoporosis, a condition in which ...": the noun of an indefinite appositive;
* ``NAMED_APPOSITIVE_KIND``: "two lower chambers, the ventricles, which ...": the noun phrase the term names;
* ``SUCH_AS_KIND``: "hormones such as insulin and glucagon", "insulin and other hormones": a plural noun
  the term is listed under;
* a list's kind: an item that opens on the term, in a list whose lead-in (or parent item) is a plain plural
  noun phrase ("Antimicrobial proteins") or names "kinds of" a noun ("Three kinds of ratio are used:"), or
  right under a heading that is one ("The main endocrine glands"), or nested under an item naming the term,
  or nested under an item that opens on a plural noun and its verb ("Consumers cannot make their own food
  ..." above "Herbivores eat only producers ...": the sub-items are kinds of consumer);
* a section's kind: a sentence opening on the term after a sentence of its section that says how many
  types of a thing there are ("There are three main types of blood vessel, ..." before "Arteries carry
  blood away ..."), when the section names no other.

:func:`headed_by_stated_kind` puts the kind before the predicate, in the number the predicate's verb agrees
with ("An endocrine gland that ...", "Endocrine glands that produce ..."), or that the headword is shown in:
"Artery: Carry blood away ..." (from "Arteries carry ...") reads "A blood vessel that carries blood away
...", unless a plural pronoun stands for the subject ("... push their load ..."); with no kind stated the
entry is left as it is.  Only closed classes of English words and the lemma tables are used: no word of any one subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lessontext.document import Document, ListItem
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Term
from lessontext.glossary.headless import bare_adjective, bare_predicate
from lessontext.glossary.phrases import finite_verb, word_list
from lessontext.words import STOPWORDS, fold, getInflection, singular, split_words, term_key, word_pos

__all__ = ["headed_by_stated_kind", "stated_kind"]

_NP = r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})"
_ALSO = r"(?:(?:also|sometimes|often|usually|commonly|simply)\s+)?"
# "a condition called osteoporosis", "The chemical messengers they release are called hormones".
CALLED_KIND = r"\b(?:an?|the)\s+{np}(?:\s+(?:they|we|it|you|that|which)\s+[a-z]+)?\s+(?:(?:is|are)\s+)?" + _ALSO + \
    r"(?:called|known\s+as|named|termed)\s+(?:the\s+)?{term}\b"
# "bands called ligaments", "this structure is called the larynx": no article, the phrase ends at "called".
BARE_CALLED_KIND = r"\b{np}\s+(?:(?:is|are)\s+)?" + _ALSO + r"(?:called|known\s+as|named|termed)\s+(?:the\s+)?{term}\b"
# "Insulin is a hormone", "Vaccines are preparations", "Mucus is a type of secretion", "Capillaries are the
# smallest blood vessels".
COPULA_KIND = (r"(?:^|[,;]\s+|\band\s+)(?:an?\s+|the\s+)?{term}\s+(?:is|are)\s+(?P<det>an?\s+|the\s+(?:[a-z]+est|most\s+[a-z]+)\s+)?"
               r"(?:(?:type|kind|form|sort)\s+of\s+)?{np}")
# "osteoporosis, a condition in which ...".
APPOSITIVE_KIND = r"\b{term},\s+(?P<det>an?)\s+{np}(?=\s*(?:,|;|\.|$)|\s+(?:that|which|who|whose|in|of|with|for|on|[a-z]+ed)\b)"
# "two lower chambers, the ventricles, which ...": a noun phrase the term names in apposition.
NAMED_APPOSITIVE_KIND = r"\b{np},\s+the\s+{term}(?=\s*(?:,|\)|\.|$))"
# "hormones such as insulin and glucagon", "insulin and other hormones".
SUCH_AS_KIND = (r"\b{np},?\s+(?:such\s+as|including)\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+)*(?:[\w-]+(?:\s+[\w-]+)?\s+(?:and|or)\s+)?{term}\b"
                r"|\b{term}\s+(?:and|or)\s+other\s+{np}\b")
_KINDS_OF = re.compile(r"\b(?:kinds?|types?|forms?|classes|sorts?|categories)\s+of\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b", re.I)
# "The main endocrine glands", "Antimicrobial proteins", "Key hormones:": a plain plural noun phrase.
_PLAIN_KIND = re.compile(r"^(?:the\s+)?(?:(?:main|principal|major|key|chief|important|common|most\s+important)\s+)?"
                         r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*:?$", re.I)
# Nouns a copula or a list names that say nothing of what the thing is ("Insulin is a good example").
_NOT_A_KIND = frozenset("""something anything everything nothing thing lot bit example instance case part way one
    aspect result reason idea point matter issue fact kind type sort form cause source sign number variety range
    set group member area field feature factor role effect
    word term keyword phrase expression definition vocabulary""".split()) | lexicon.CHECKLIST_GENRES
# ("Key words": the labels' words, not their kind; "Common mistakes", "Exam tips": the genre of the list.)
_MAX_KIND_WORDS = 3


def _forms(term: str) -> str:
    """The term as a pattern, singular or plural ("ovary", "ovaries", "testes")."""
    lowered = fold(term).lower()
    single = singular(lowered)
    forms = {lowered, single, single + "s", single + "es"}
    if single.endswith("y"):
        forms.add(single[:-1] + "ies")
    return r"(?:\*\*)?(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?:\*\*)?"


def _verb_only(word: str) -> bool:
    return word_pos(word) == {"VERB"} and not word.endswith("ing")


def _modifier(word: str) -> bool:
    """A word that can describe the noun after it: an adjective, an -ing form, or a word the tables lack."""
    return not word_pos(word) or "ADJ" in word_pos(word) or word.endswith("ing")


def _kind(np: str, term: str, plural: bool | None = None, from_right: bool = False) -> str | None:
    """The singular kind ``np`` names ("endocrine glands" -> "endocrine gland"), or None if it is no kind.

    ``from_right``: the noun phrase ends where the pattern anchors it ("... sugars such as"), so a verb or
    a subject before it is cut off on the left ("plants store sugars" -> "sugars").
    """
    words = np.lower().split()
    if from_right:
        while words and words[-1] in {"is", "are"}:
            words = words[:-1]  # "this process is called": the copula before "called"
        cut = max((i + 1 for i, w in enumerate(words) if w in STOPWORDS), default=0)
        words = words[cut:]  # "this process": the noun phrase starts after a determiner
    else:
        cut = next((i for i, w in enumerate(words) if w in STOPWORDS), len(words))
        words = words[:cut]  # "enzyme that works": the noun phrase ends before a relative word
    if from_right:
        start = len(words) - 1
        while start > 0 and _modifier(words[start - 1]):
            start -= 1
        words = words[start:]
    else:
        plural_at = next((i for i, w in enumerate(words) if "NOUN" in word_pos(w) and singular(w) != w), len(words))
        words = words[: plural_at + 1]  # "allergens set off", "messengers they release": the phrase ends at its plural
        while len(words) > 1 and _verb_only(words[-1]):
            words = words[:-1]  # "mineral made of": a participle after the noun
    while words and "NOUN" not in word_pos(words[-1]):
        words = words[:-1]  # "preparations containing": the noun phrase ends at its last noun
    while words and words[0] in lexicon.EVALUATIVE | lexicon.GENERIC_MODIFIERS | lexicon.NUMBER_WORDS | {"one"}:
        words = words[1:]  # "a major hormone", "an important gland": the writer's weight, not the kind
    if not words or len(words) > _MAX_KIND_WORDS:
        return None
    head = words[-1]
    if plural is not None and (singular(head) != head) != plural:
        return None  # "Vaccines are effective": an agreeing noun, or none
    if any(w in STOPWORDS or word_pos(w) and not word_pos(w) & {"NOUN", "ADJ"} or w.endswith("ly") for w in words):
        return None
    single = singular(head)
    own = {singular(fold(w).lower()) for w in split_words(term)}
    if single in _NOT_A_KIND or single in own or not single.isalpha() or "NOUN" not in word_pos(single):
        return None
    return " ".join([*words[:-1], single])


# Before a bare noun phrase and "called": it is the subject of "called" as a verb ("what scientists called X").
_SUBJECT_BEFORE = frozenset("what who which that whom and but or when as because".split())


def _not_named(sentence: str, match: re.Match[str]) -> bool:
    """"a layer of cells called ...", "what scientists called ...": the bare phrase is not what the name is given to."""
    if "called" not in match.group(0).lower() or re.search(r"\b(?:is|are)\s+(?:\w+\s+)?called\b", match.group(0), re.I):
        return False  # "such as", or a passive "is called": the phrase is the named thing
    words = [*split_words(sentence[: match.start("np2")]), *match.group("np2").split()]
    while words and words[-1].lower() in {"is", "are"}:
        words = words[:-1]
    start = max((i + 1 for i, w in enumerate(words) if w.lower() in STOPWORDS), default=0)
    previous = words[start - 1].lower() if start else ""
    return len(words) - start == 1 and (not previous or previous in _SUBJECT_BEFORE) or previous == "of"


def _from_sentences(term: str, document: Document) -> str | None:
    forms = _forms(term)
    patterns = [
        (re.compile(CALLED_KIND.format(np=_NP, term=forms), re.I), None),
        (re.compile(BARE_CALLED_KIND.format(np=_NP.replace("<np>", "<np2>"), term=forms), re.I), None),
        (re.compile(APPOSITIVE_KIND.format(np=_NP, term=forms), re.I), False),
        (re.compile(COPULA_KIND.format(np=_NP, term=forms), re.I), "copula"),
        (re.compile(NAMED_APPOSITIVE_KIND.format(np=_NP, term=forms), re.I), "term"),
        (re.compile(SUCH_AS_KIND.format(np=_NP, term=forms).replace("(?P<np>", "(?P<np2>", 1), re.I), True),
    ]
    mentions = re.compile(forms, re.I)
    for _, sentence in document.sentences():
        if not mentions.search(sentence):
            continue  # every pattern holds the term: most sentences of a long lesson never name it
        for pattern, plural in patterns:
            for match in pattern.finditer(sentence):
                np = match.groupdict().get("np") or match.groupdict().get("np2")
                if not np or match.groupdict().get("np2") and _not_named(sentence, match):
                    continue
                if plural == "copula":
                    if re.search(r"\b(?:of|for|to)\b", np) or re.match(r"\s*(?:of|for|to)\b", sentence[match.end("np"):]):
                        continue  # "Osteoporosis is a cause of fractures": a noun of relation, not a kind
                    # "Insulin is a hormone": an article before a singular noun; "Ovaries are glands": none.
                    det = (match.group("det") or "").lower()
                    number = None if det.startswith("the") else not det if not det else False
                    kind = _kind(np, term, plural=number)
                elif plural == "term":  # in the term's own number: "two chambers, the ventricles"
                    kind = _kind(np, term, plural=singular(fold(term).lower()) != fold(term).lower())
                else:
                    kind = _kind(np, term, plural=plural if isinstance(plural, bool) else None,
                                 from_right=bool(match.groupdict().get("np2")))
                if kind:
                    return kind
    return None


def _list_kind(lead_in: str, term: str) -> str | None:
    kinds_of = _KINDS_OF.search(lead_in)
    if kinds_of:
        return _kind(kinds_of.group("np"), term)
    plain = _PLAIN_KIND.match(lead_in.strip().rstrip("."))
    if plain and not lead_in.rstrip().endswith("."):
        return _kind(plain.group("np"), term, plural=True)
    return None


def _opens_on(text: str, term: str) -> bool:
    words = [w.lower() for w in split_words(text)]
    words = words[1 if words[:1] in (["a"], ["an"], ["the"]) else 0:][: len(split_words(term)) + 1]
    forms = re.compile(_forms(term) + r"$", re.I)
    return any(forms.match(" ".join(words[:n])) for n in range(1, len(words) + 1))


def _from_lists(term: str, document: Document) -> str | None:
    for section in document.sections:
        heading = section.heading or ""
        for block in section.lists:
            items = [item for item in block.items if _opens_on(item.label or item.text, term)]
            if not items:
                continue
            kind = _list_kind(block.lead_in or "", term) if block.lead_in else None
            # The heading names what a list right under it holds, or what the parent item naming the term is;
            # not the sub-items of another item ("Second line: ..." under "Lines of defence").
            under_heading = not block.lead_in or re.search(r"\b" + _forms(term) + r"\b", block.lead_in, re.I)
            if kind is None and under_heading and " and " not in heading.lower():
                kind = _list_kind(heading, term)
            if kind:
                return kind
    return None


# What a plural subject may be followed by that opens its predicate ("Consumers cannot make ...").
_PLURAL_SUBJECT_VERBS = frozenset("are were have had can cannot could will would may might must need do did should".split())
_THIRD_PERSON = {"are": "is", "were": "was", "have": "has", "do": "does"}
# "They push their load ...": a pronoun for a plural subject, which a singular headword cannot take.
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|themselves)\b", re.I)


def _plural_verb(word: str) -> bool:
    """"carry", "cross": a present-tense verb only a plural subject takes (not "carries", nor "put", also a past)."""
    return finite_verb(word, plural=True) and not finite_verb(word, plural=False)


def _subject_kind(sentence: str, term: str) -> str | None:
    """"Consumers cannot make their own food ..." -> "consumer": a plural noun subject, then its verb."""
    words = sentence.split()
    for k in range(1, min(_MAX_KIND_WORDS, len(words) - 1) + 1):
        last, verb = words[k - 1].lower(), words[k]
        if singular(last) == last or not verb.islower():
            continue
        if verb in _PLURAL_SUBJECT_VERBS or _plural_verb(verb):
            return _kind(" ".join(words[:k]), term, plural=True)
    return None


def _plural_subject_item(item: ListItem, term: str) -> bool:
    """"- Herbivores eat only producers ...": an unlabelled item opening on the term as a plural subject and its verb."""
    words = item.text.split()
    size = len(term.split())
    if item.label is not None or not _opens_on(item.text, term) or len(words) <= size:
        return False
    last, verb = words[size - 1].lower().strip("*"), words[size]
    return singular(last) != last and verb.islower() and (verb in _PLURAL_SUBJECT_VERBS or _plural_verb(verb))


def _from_parent_subject(term: str, document: Document) -> str | None:
    """Kinds under a parent of the same shape ("- Consumers cannot ..." above "- Herbivores eat ..."), not parts of it
    ("- Motor fibres: carry ..." above "- Somatic system: controls ...")."""
    for section in document.sections:
        for block in section.lists:
            for item in block.items:
                if item.children and any(_plural_subject_item(child, term) for child in item.children):
                    kind = _subject_kind(item.sentences[0] if item.sentences else item.text, term)
                    if kind:
                        return kind
    return None


def _from_section_types(term: str, document: Document) -> str | None:
    """The kind a section says it has types of, for a sentence of it after that one opening on the term."""
    for section in document.sections:
        named: str | None = None
        for paragraph in section.paragraphs:
            for sentence in paragraph.sentences:
                if named and _opens_on(sentence, term):
                    return named
                kinds = {_kind(m.group("np"), term) or "" for m in _KINDS_OF.finditer(sentence)}
                if kinds:  # two kinds named in one section: which one a sentence is about is not said
                    named = kinds.pop() if len(kinds) == 1 and named in (None, *kinds) else ""
    return None


# "Layers of the Atmosphere", "The main types of rock", "Parts of a flower", "The planets": a heading naming, in
# the plural, the kind its sub-sections are members of (and the whole they belong to).
_MEMBERS_HEADING = re.compile(r"^(?:the\s+)?(?:(?:main|principal|major|key|chief|different|[a-z]+)\s+)??"
                              r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?:\s+of\s+(?P<whole>(?:the\s+|an?\s+)?"
                              r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?))?\s*:?$", re.I)
_KIND_WORDS = frozenset("kind kinds type types sort sorts form forms class classes category categories variety varieties".split())
_MIN_MEMBER_SECTIONS = 2


def _members_kind(heading: str, term: str) -> str | None:
    """"Layers of the Atmosphere" -> "layer of the atmosphere", "Types of rock" -> "rock", "The planets" -> "planet"."""
    match = _MEMBERS_HEADING.match(heading.strip())
    if not match:
        return None
    np, whole = match.group("np").lower(), (match.group("whole") or "").lower()
    if np.split()[-1] in _KIND_WORDS:
        return _kind(whole, term) if whole else None
    head = np.split()[-1]
    if singular(head) == head or "NOUN" not in word_pos(singular(head)) or singular(head) in {"thing", "example", "idea"}:
        return None
    kind = _kind(np, term, plural=True) if len(np.split()) > 1 else singular(head)
    if not kind or not whole and singular(head) in {singular(w.lower()) for w in split_words(term)}:
        return None  # "Zones": "Sunlight zone" names its own kind; "Zones of the ocean" says of what
    return f"{kind} of {whole}" if whole else kind


def _from_member_heading(term: str, document: Document) -> str | None:
    """A term that heads one of several sub-sections under a heading (or a title) naming their kind in the plural.

    "# Layers of the Atmosphere" ... "### Troposphere", "### Stratosphere": each sub-section is one member, so
    "The troposphere starts at the ground ..." defines a layer of the atmosphere.  The nearest heading above
    that names a plural kind gives it; a heading naming something else ("The lower atmosphere") is passed over.
    """
    sections = document.sections
    at = next((i for i, s in enumerate(sections) if s.heading and term_key(s.heading) == term_key(term)), None)
    if at is None:
        return None
    level = sections[at].level
    above = [(i, s) for i, s in enumerate(sections[:at]) if s.heading and s.level < level]
    for i, parent in [*reversed(above), (-1, None)]:
        heading = parent.heading if parent else document.title
        following = sections[i + 1:] if parent else sections
        end = next((k for k, s in enumerate(following) if parent and s.level <= parent.level), len(following))
        members = [s for s in following[:end] if s.level == level and s.heading]
        kind = _members_kind(heading or "", term)
        if kind and len(members) >= _MIN_MEMBER_SECTIONS:
            return kind
    return None


# "A **translator** is a program that ... There are three types: assemblers, compilers and interpreters.": the
# types listed right after the sentence that defines their kind.
_TYPES_LISTED = re.compile(r"^There\s+are\s+(?:two|three|four|five|six|several|many)\s+(?:main\s+)?(?:types|kinds|sorts)"
                           r"\s*:\s*(?P<items>[^.;]+)\.?$", re.I)
_DEFINED_SUBJECT = re.compile(r"^(?:An?|The)\s+(?P<kind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:is|are)\s+(?:an?|the)\s", re.I)


def _from_listed_types(term: str, document: Document) -> str | None:
    """"There are three types: assemblers, compilers and interpreters." after "A translator is a program ..."."""
    forms = re.compile(r"\b" + _forms(term) + r"\b", re.I)
    for _, previous, sentence in _sentence_pairs(document):
        listed = _TYPES_LISTED.match(sentence)
        defined = _DEFINED_SUBJECT.match(previous)
        if listed and defined and forms.search(listed["items"]):
            # The author defines the kind in the sentence before: a word the tables lack ("translator") is one too.
            kind = defined["kind"].lower()
            head = singular(kind.split()[-1])
            if head not in _NOT_A_KIND and head not in {singular(fold(w).lower()) for w in split_words(term)}:
                return " ".join([*kind.split()[:-1], head])
    return None


def _sentence_pairs(document: Document):
    for section in document.sections:
        for paragraph in section.paragraphs:
            sentences = paragraph.sentences
            for before, sentence in zip(sentences, sentences[1:], strict=False):
                yield section, before, sentence


def stated_kind(term: str, document: Document) -> str | None:
    """The kind the lesson states ``term`` is ("hormone", "endocrine gland"), or None."""
    if not term or not term.replace(" ", "").replace("-", "").isalpha():
        return None
    return (_from_member_heading(term, document) or _from_sentences(term, document) or _from_lists(term, document) or _from_parent_subject(term, document)
            or _from_section_types(term, document) or _from_listed_types(term, document))


def _plural_subject_cut(term: Term) -> bool:
    """"Artery: Carry blood away ..." from "Arteries carry blood away ...": the headword's plural was the subject."""
    words = term.definition.split()
    at = term.sentence.find(" " + rephrase.lower_first(term.definition).rstrip("."))
    if len(words) < 3 or at < 1 or term_key(term.sentence[:at]) != term.key:
        return False
    subject = term.sentence[:at].split()[-1].lower()
    first = words[0].lower()
    return singular(subject) != subject and (first in _PLURAL_SUBJECT_VERBS or _plural_verb(first))


def _singular_subject_cut(term: Term, words: list[str]) -> bool:
    """"Troposphere: Starts at the ground ..." from "The troposphere starts at ...": the headword was the subject.

    (A verb in -s that is also a plural noun, "Starts", reads as a predicate only when the sentence shows it; used
    only for a member of a kind its headings name, the one place a sure genus is at hand.)
    """
    if len(words) < 3 or not finite_verb(words[0], plural=False) or not words[0].lower().endswith("s"):
        return False
    predicate = rephrase.lower_first(term.definition).rstrip(".")
    subject = re.match(r"^(?:The\s+)?(?P<subject>.+?)\s+" + re.escape(predicate), term.sentence.strip())
    return bool(subject) and term_key(subject.group("subject")) == term.key


def _third_person(verb: str) -> str | None:
    """"carry" -> "carries"; "cannot" stays."""
    if verb in _THIRD_PERSON or verb in _PLURAL_SUBJECT_VERBS:
        return _THIRD_PERSON.get(verb, verb)
    forms = getInflection(verb, "VBZ")
    return forms[0] if forms else None


# "Something that ...", "Things that ...": the genus a predicate got when its sentence gave none.
_VAGUE_GENUS = re.compile(r"^(?P<genus>Something|Things)\s+(?P<rest>that\s.+)$")


# "The outermost layer.", "A zone that reaches ...": a member's kind, with nothing saying of what.
_MEMBER_GENUS = re.compile(r"^(?P<np>(?:An?|The)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))"
                           r"(?P<rest>\.|\s+(?:that|which|where|in\s+which)\s.+)$")


def _plural_kind(kind: str) -> str:
    if " of " in kind:  # "layer of the atmosphere" -> "layers of the atmosphere"
        member, whole = kind.split(" of ", 1)
        return f"{_plural_kind(member)} of {whole}"
    *words, head = kind.split()
    return " ".join([*words, (getInflection(head, "NNS") or (head + "s",))[0]])


def headed_by_stated_kind(term: Term, document: Document) -> Term:
    """"Insulin: Causes body cells ..." -> "A hormone that causes body cells ...", when the lesson says so."""
    definition = term.definition
    vague = _VAGUE_GENUS.match(definition)
    words = word_list(definition)
    if vague:
        plural, body = vague.group("genus") == "Things", vague.group("rest")
    elif bare_predicate(term.term, definition) or _plural_subject_cut(term) or (
            _singular_subject_cut(term, words) and _from_member_heading(term.term, document)):
        first = words[0].lower()
        plural = not (first.endswith("s") and not first.endswith("ss") and finite_verb(words[0], plural=False))
        body = "that " + rephrase.lower_first(definition)
        last = fold(term.term.split()[-1]).lower()
        agreeing = _third_person(first) if first in _PLURAL_SUBJECT_VERBS or _plural_verb(first) else None
        if plural and singular(last) == last and agreeing:  # "Artery: Carry ...": the verb of the plural subject
            if _PLURAL_PRONOUN.search(definition):
                return term  # "Arch: Push their load ...": "their" cannot stand for one arch
            plural, body = False, f"that {agreeing}{rephrase.lower_first(definition)[len(first):]}"
    elif (own := _MEMBER_GENUS.match(definition)) and " of " in (kind := _from_member_heading(term.term, document) or ""):
        member, whole = kind.split(" of ", 1)
        if singular(own.group("head").lower()) != member.split()[-1]:
            return term
        # "Crust: The outermost layer." under "Layers of the Earth": the whole the member is one of.
        return replace(term, definition=f"{own.group('np')} of {whole}{own.group('rest')}")
    elif bare_adjective(term.term, definition):
        plural = singular(fold(term.term.split()[-1]).lower()) != fold(term.term.split()[-1]).lower()
        body = f"that {'are' if plural else 'is'} {rephrase.lower_first(definition)}"
    else:
        return term
    headword = word_list(term.term)
    if len(headword) == 1 and not word_pos(headword[0].lower()) & {"NOUN", "PROPN"} and word_pos(headword[0].lower()):
        # "Denatured", "Specific": a describing word takes a kind only from a list it is one of ("Three types of
        # rock" above "Igneous: formed from ..."), not from a section that counts another noun's types ("A
        # substrate that describes an enzyme ...", test-br).
        kind = _from_lists(term.term, document) or _from_member_heading(term.term, document)
    else:
        kind = stated_kind(term.term, document)
    if kind is None or kind.split()[-1] in {singular(w.lower()) for w in words[:4]}:
        return term  # "Felt tents in which ...": a noun phrase of the kind already, misread as a predicate
    genus = _plural_kind(kind) if plural else f"{rephrase.article(kind)} {kind}"
    return replace(term, definition=f"{genus[0].upper()}{genus[1:]} {body}")
