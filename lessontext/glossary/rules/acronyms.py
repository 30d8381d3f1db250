"""Acronyms with their expansions: "the World Health Organization (WHO)", "ATP (adenosine triphosphate)"."""

from __future__ import annotations

import re

from lessontext.document import DocumentSection
from lessontext.glossary import lexicon, rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_vacuous, organisation_name
from lessontext.glossary.phrases import (
    ANY_DIGIT,
    IT_WORD,
    finite_verb,
    is_participle,
    looks_like_acronym,
    plural_head,
    plural_pronouns_inside,
    predicate_of,
    schwartz_hearst,
    strip_article,
    word_list,
)
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS, getAllLemmas, getInflection, word_pos

# An appositive or a relative clause: "(G3P), a three-carbon sugar ...", "(AV) node, which delays ...".
CONFIDENCE = 0.8
# The subject's predicate: "The World Health Organization (WHO) coordinates ...".
PREDICATE_CONFIDENCE = 0.75
# The sentence with the pair shortened to the acronym.
IN_SENTENCE_CONFIDENCE = 0.7
# A pair only listed with others, or a subject whose sentence reports a claim: below the cut.
MENTIONED_CONFIDENCE = 0.45


_PAREN_ACRONYM = re.compile(r"\((?P<inner>[^()]{1,80})\)")


_OR_ACRONYM = re.compile(r",\s+or\s+(?P<short>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*),")


_SHORTENED_TO = re.compile(
    r",\s+(?:(?:often|usually|commonly|sometimes)\s+)?(?:shortened|abbreviated)\s+(?:to|as)\s+"
    r"(?P<short>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)(?P<after>[,.;]|$)"
)
# "the Office for the Coordination of Humanitarian Affairs, called OCHA, ...": a name, then its acronym.
_CALLED_ACRONYM = re.compile(
    r"(?<=[a-z]),\s+(?:(?:commonly|usually|often|also)\s+)?(?:called|known\s+as)\s+(?:the\s+)?"
    r"(?P<short>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)(?P<after>[,.;]|$)"
)
_STANDS_FOR = re.compile(
    r"\b(?P<short>[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*),\s+which\s+stands\s+for\s+(?P<long>[A-Za-z][\w -]{3,80}?)(?=[,.;]|$)"
)
_NUMBER_OR_DECADE = re.compile(r"\d+s?")


_HEAD_NOUN_AFTER_PAREN = re.compile(r"\s+([a-z][\w-]+)(?=\s*[,.;:)]|\s+(?:is|are|was|were|which|that|has|have)\b)")


_MINOR_WORDS = frozenset({"and", "of", "the", "for", "on", "in", "to", "&"})


def _initials(words: list[str]) -> str:
    """"Acquisition and Cross-Servicing Agreements" -> "acsa" (each part of a hyphenated name counts)."""
    parts = [p for w in words for p in (w.split("-") if w[:1].isupper() else [w])]
    return "".join(w[0] for w in parts if w.lower() not in _MINOR_WORDS and w[:1].isalpha()).lower()


def _by_initials(short: str, window: list[str], long: str) -> str:
    """"Disarmament, demobilisation and reintegration (DDR)": the expansion whose word initials spell the acronym.

    Schwartz & Hearst take the shortest match, which can borrow a letter
    from inside a word ("demobilisation anD Reintegration"); a longer run of
    the words before whose initials are exactly the acronym is the expansion.
    """
    # "ACSAs": a plural acronym spells the initials of a plural name.
    letters = short[:-1].lower() if short.endswith("s") and short[:-1].isupper() else short.lower()
    if _initials(long.replace(",", " ").split()) == letters:
        return long
    for start in range(len(window) - 1, -1, -1):
        words = [w.strip(",") for w in window[start:]]
        initials = _initials(words)
        if initials == letters:
            return " ".join(window[start:])
        if len(initials) > len(letters):
            break
    return long


def find_acronyms(section: DocumentSection, sentence: str, context: Context) -> list[Candidate]:
    """"Expansion (ACR)" or "ACR (expansion)": the expansion is the term, the acronym its alias.

    The pair is checked by Schwartz & Hearst's algorithm.  Every pair found
    goes into ``context.acronyms`` (later rules leave those names alone).
    The definition is the subject's predicate, an appositive or a relative
    clause; a pair only mentioned keeps its sentence, and a listed pair or a
    reported claim stays below the cut.
    """
    known = context.acronyms
    out = []
    # "The United Nations Convention on the Law of the Sea, or UNCLOS, sets ...": the same pair as "(UNCLOS)".
    original, sentence = sentence, _OR_ACRONYM.sub(r" (\g<short>)", sentence)
    # "medical evacuation, often shortened to MEDEVAC, which ...", "SQL, which stands for Structured Query
    # Language": the same pair as "(MEDEVAC)", "Structured Query Language (SQL)".
    sentence = _SHORTENED_TO.sub(r" (\g<short>)\g<after>", sentence)
    sentence = _CALLED_ACRONYM.sub(r" (\g<short>)\g<after>", sentence)
    sentence = _STANDS_FOR.sub(r"\g<long> (\g<short>)", sentence)
    for match in _PAREN_ACRONYM.finditer(sentence):
        inner = match.group("inner").strip()
        before = sentence[: match.start()].rstrip()
        if looks_like_acronym(inner) and not _NUMBER_OR_DECADE.fullmatch(inner):
            window = before.split()[-(len(inner) + 5):]
            long = schwartz_hearst(inner, " ".join(window))
            if long is None:
                continue
            long = _by_initials(inner, window, long)
            long = strip_article(long)
            words = long.split()
            # One long word can be the expansion: "electrocardiogram (ECG)".
            one_word = len(words) == 1 and long.isalpha() and len(long) >= 3 * len(inner) and long[0].lower() == inner[0].lower()
            if (len(words) < 2 and not ANY_DIGIT.search(long) and not one_word
                    or words[0].lower() in STOPWORDS):
                continue
            short, expansion = inner, long
            pair_start = before.rfind(long)
        else:
            last = before.split()[-1:] if before else []
            if not last or not looks_like_acronym(last[0]):
                continue
            short = last[0]
            long = schwartz_hearst(short, inner)
            if long is None or long != inner.strip():
                continue
            expansion = long
            pair_start = len(before) - len(short)
        end = match.end()
        # "the sinoatrial (SA) node": the acronym stands inside the name.
        head = _HEAD_NOUN_AFTER_PAREN.match(sentence[end:])
        if (head and len(expansion.split()) == 1 and expansion.islower() and "NOUN" in word_pos(head.group(1))
                and head.group(1) not in STOPWORDS):
            expansion, short = f"{expansion} {head.group(1)}", f"{short} {head.group(1)}"
            end += head.end()
        # "the Intermediate-Range Nuclear Forces (INF) Treaty": the name goes on after the acronym.
        name_end = _NAME_AFTER_PAREN.match(sentence[end:])
        if (name_end and len(expansion.split()) > 1 and expansion[:1].isupper()
                and word_pos(name_end.group(1).lower()) == {"NOUN"}):
            expansion, short = f"{expansion} {name_end.group(1)}", f"{short} {name_end.group(1)}"
            end += name_end.end(1)
        known[short] = expansion
        kind = TermKind.ORGANISATION if organisation_name(expansion) else TermKind.ACRONYM
        found = _acronym_definition(sentence, max(pair_start, 0), end, short)
        if found is None:
            continue
        definition, confidence = found
        if _EXAMPLES_BEFORE.search(sentence[: max(pair_start, 0)]):
            # "Examples: hydrochloric acid (HCl), nitric acid (HNO3) ...": an example named, not a term explained.
            confidence = min(confidence, MENTIONED_CONFIDENCE)
        if confidence == IN_SENTENCE_CONFIDENCE and len(word_list(expansion)) > 1:
            # Only mentioned: the expansion is what the acronym means, the entry the acronym.
            meaning = expansion[0].upper() + expansion[1:] + "."
            relative = _WHICH_AFTER.match(sentence[end:]) or _PREDICATE_AFTER.match(sentence[end:])
            rel = _COORDINATED_AFTER.split(relative.group("rel"), maxsplit=1)[0] if relative else ""
            if (rel and not _UNRESOLVED_REFERENCE.search(rel)
                    and not _APPOSITIVE_PARTICIPLE_AT_END.search(sentence[: max(pair_start, 0)])):
                # "the **APR** (annual percentage rate), which also includes certain fees": what it does, kept;
                # "the United Nations Observer Group, known as UNOG, was set up to ...": what it was set up to do.
                meaning = finish_definition(f"{meaning[:-1]}, which {rel}") or meaning
            out.append(Candidate(short, meaning, kind, section, original, confidence, "acronym", {expansion}, mask=False))
            continue
        out.append(Candidate(expansion, definition, kind, section, original, confidence, "acronym", {short}, mask=False))
    return out + _acronym_appositives(section, original)


# "costs 20 dollars including GST, the goods and services tax charged in Australia at 10%": the acronym, then an
# appositive that opens on its expansion and goes on to say what the thing is (a participle or a relative clause).
_ACRONYM_THEN_EXPANSION = re.compile(r"\b(?P<short>[A-Z]{2,6}),\s+the\s+(?P<appos>[^,;:()]{8,200}?)\s*(?:[,;]|\.?$)")
_GLOSS_GOES_ON = frozenset("that which who for of used".split())


def _acronym_appositives(section: DocumentSection, sentence: str) -> list[Candidate]:
    """"GST, the goods and services tax charged in ..." -> ("goods and services tax", "A tax charged in ...")."""
    out = []
    for match in _ACRONYM_THEN_EXPANSION.finditer(sentence):
        short, words = match["short"], match["appos"].split()
        spans = [" ".join(words[:k]) for k in range(2, min(len(words), len(short) + 3) + 1)]
        long = next((p for p in spans if schwartz_hearst(short, p) == p and p[:1].lower() == short[:1].lower()), None)
        if long is None:
            continue
        rest = words[len(long.split()):]
        if len(rest) < 3 or not (rest[0] in _GLOSS_GOES_ON or is_participle(rest[0])):
            continue
        head = long.split()[-1].lower()
        definition = finish_definition(f"{rephrase.article(head)} {head} {' '.join(rest)}")
        if definition and not is_vacuous(definition):
            out.append(Candidate(long, definition, TermKind.ACRONYM, section, sentence, CONFIDENCE, "acronym", {short},
                                 mask=False))
    return out


_NAME_AFTER_PAREN = re.compile(r"\s+([A-Z][a-z]{2,})(?=\s*[,.;:]|\s+(?:is|are|was|were|which|that|in|on|at|by|of|to)\b)")
# ", which also includes certain fees.": a relative clause that ends the sentence.
_WHICH_AFTER = re.compile(r"^\s*,?\s+which\s+(?P<rel>[^;()]{8,}?)\.?$")
# ", was set up to observe the ceasefire.": the pair was the subject of what follows (a name, then its acronym).
_PREDICATE_AFTER = re.compile(r"^\s*,\s+(?P<rel>(?:is|are|was|were|has|have|had)\s+(?!that\b)[^;()]{8,}?)\.?$")
# "which set common procedures, and through the Centre ...": the relative ends where the main clause goes on.
_COORDINATED_AFTER = re.compile(r",\s+(?:and|but)\s+")


_EXAMPLES_BEFORE = re.compile(r"(?:\bExamples?:|\bsuch as|\bincluding|\be\.g\.,?)\s*(?:[^.;:]*,\s*)?$")
_ONLY_AN_ARTICLE = re.compile(r"\s*(?:the|a|an)?\s*", re.I)


# "..., the Foo and the Bar Council": the appositive goes on to list names; "radar and the interception of
# signals" (a common noun after the article) is a list inside the gloss.
_COORDINATED_NAME = re.compile(r"\b(?:and|or)\s+(?:an?|the)\s+[A-Z]")


_COMMA_APPOSITIVE = re.compile(r",\s+((?:an?|the|one(?=\s+(?:that|which|who|for which|in which)\b))\s+[^;]{8,160}?)\s*(?:[.;]|$)")


def _main_verb_as_relative(gloss: str) -> str:
    """"a partnership headquartered in Bahrain, created Task Force 151 for ..." -> "... in Bahrain that created ...".

    The appositive ends where the sentence's own verb follows a comma; what
    that verb says is said of the name, so it joins the gloss as a relative
    clause.  A participle that another finite verb follows is a second aside
    ("..., created in 2001, runs ...").
    """
    parts = gloss.split(", ")
    for i in range(1, len(parts)):
        first = (parts[i].split() or [""])[0]
        later = any(finite_verb((p.split() or [""])[0]) for p in parts[i + 1:])
        # ("how costs, tasks and results ...": a word that is also a noun may be the next item of a list.)
        if (first.islower() and finite_verb(first) and "NOUN" not in word_pos(first)
                and not (is_participle(first) and later)):
            return f"{', '.join(parts[:i])}{', ' if i > 1 else ' '}that {', '.join(parts[i:])}"
    return gloss


_BECAUSE_IT = re.compile(r"^\s*,\s+because\s+it\s+(?P<rel>(?P<verb>[a-z]+)\s+[^;()]{5,}?)\.?$")


_AND_OR_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|or)\b")


_LISTING_BEFORE = re.compile(r"(?:\b(?:and|or|alongside|besides)|,)\s*(?:the\s+)?$")


_THE_AT_END = re.compile(r"\bthe\s+$")


_PHRASE_END = re.compile(r"\s*(?:[,.;)]|$)")


def _timeless(predicate: str) -> bool:
    """"helps member states ...", "serves as ...": what the thing does, not what it once did ("raised", "has raised")."""
    first = predicate.split()[0].lower()
    return first.endswith("s") and first not in {"has", "was", "is"} and finite_verb(first, plural=False)


def _acronym_definition(sentence: str, start: int, end: int, short: str) -> tuple[str, float] | None:
    """The explanation of "Expansion (ACR)" at ``sentence[start:end]``, with a confidence.

    The subject's predicate ("... (WHO) coordinates health work"), an
    appositive ("(G3P), a three-carbon sugar ..."), else the sentence with the
    pair shortened to the acronym, which is no cloze: the entry shows the
    expansion, the sentence how the acronym is used.  A pair that is only
    listed ("alongside the X (A) and the Y") is not explained.
    """
    before, after = sentence[:start], sentence[end:]
    fronted = bool(_FRONTED_PHRASE.fullmatch(before))
    subject = bool(_ONLY_AN_ARTICLE.fullmatch(before)) or fronted
    if subject:
        # "..., launched in 2004, has supported ...", "... in Ulm allowed ...": the verb comes after a
        # participle phrase in commas or a short place phrase; the predicate is what the pair does.
        aside = _SUBJECT_ASIDE.match(after)
        predicate = predicate_of(after.strip())
        if fronted and predicate and not _timeless(predicate):
            predicate = None
        if predicate is None and aside:
            # Only the clause about the pair ("..., and the Ecole ... has served ..." is another subject's),
            # and not one that compares it with something said before ("plays a similar role").
            predicate = predicate_of(_COORDINATED_AFTER.split(after[aside.end():].strip(), maxsplit=1)[0])
            if predicate and (_COMPARED_BEFORE.search(predicate) or not _timeless(predicate)):
                predicate = None
        noun_then_verb = after.split()[:2]
        if (len(noun_then_verb) == 2 and noun_then_verb[0].islower() and (not word_pos(noun_then_verb[0]) or "NOUN" in word_pos(noun_then_verb[0]))
                and noun_then_verb[0].endswith("s") and finite_verb(noun_then_verb[1], plural=True)):
            # "(DDR) programmes collect weapons ...": the acronym names the programmes.
            rest = predicate_of(after.strip()[len(noun_then_verb[0]):].strip(), plural=True)
            if rest:
                head = noun_then_verb[0]
                definition = finish_definition(f"{head[:1].upper()}{head[1:]} that {rest}")
                return (definition, PREDICATE_CONFIDENCE) if definition else None
        passive = _PASSIVE_PREDICATE.match(after)
        name_words = word_list(_PARENTHESIS.sub("", sentence[start:end]))
        if passive and len(name_words) > 1 and "NOUN" in word_pos(name_words[-1].lower()):
            # "A multinational integrated logistic unit (MILU) is formed when ..." -> "A unit formed when ...".
            genus = name_words[-1].lower()
            definition = finish_definition(f"{rephrase.article(genus)} {genus} {passive.group('part')} {passive.group('rest')}")
            return (definition, PREDICATE_CONFIDENCE) if definition else None
        if predicate:
            # "The World Health Organization (WHO) coordinates ..." -> "An organization that coordinates ...".
            name_words = word_list(_PARENTHESIS.sub("", sentence[start:end]))
            cut = next((i for i, w in enumerate(name_words) if w.lower() in {"of", "on", "for", "in"}), len(name_words))
            # The word before the first "of/on/for/in" ("Convention on the Law ..."), else the last ("Law of the Sea Convention").
            genus = (name_words[cut - 1] if 1 < cut < len(name_words) else name_words[-1]).lower() if len(name_words) > 1 else ""
            if genus and "NOUN" in word_pos(genus) and genus not in STOPWORDS and not genus.endswith("s"):
                predicate = f"{rephrase.article(genus)} {genus} that {predicate}"
            definition = finish_definition(rephrase.drop_demonstratives(predicate))
            return (definition, PREDICATE_CONFIDENCE) if definition else None
    found = _acronym_relative(sentence, start, end)
    if found:
        return found, CONFIDENCE
    because = _BECAUSE_IT.match(after)
    if because and finite_verb(because.group("verb"), plural=False) and because.group("verb").endswith("s"):
        # "The food is the unconditioned stimulus (UCS), because it produces a response without any learning"
        # -> "A stimulus that produces a response without any learning": why it gets the name says what it does.
        head = (word_list(_PARENTHESIS.sub("", sentence[start:end])) or [""])[-1].lower()
        if head.isalpha() and "NOUN" in word_pos(head):
            definition = finish_definition(f"{rephrase.article(head)} {head} that {because.group('rel')}")
            if definition:
                return definition, CONFIDENCE
    appositive = _COMMA_APPOSITIVE.match(after)
    if appositive and not _COORDINATED_NAME.search(appositive.group(1)):
        gloss = _main_verb_as_relative(appositive.group(1))
        if gloss.lower().startswith("one "):
            # "a neutral stimulus (NS), one that produces no response" -> "A stimulus that produces no response".
            head = (word_list(_PARENTHESIS.sub("", sentence[start:end])) or ["one"])[-1].lower()
            gloss = f"{rephrase.article(head)} {head}{gloss[3:]}"
        definition = finish_definition(gloss)
        if definition and not is_vacuous(definition):
            return definition, CONFIDENCE
    listed = _AND_OR_NEXT.match(after) or _LISTING_BEFORE.search(before)
    if (_THE_AT_END.search(before) and _PHRASE_END.match(after) and " " not in short
            and not organisation_name(sentence[start:end])):
        before = before[: before.rstrip().rfind(" ") + 1] if " " in before.rstrip() else ""
    definition = finish_definition(before + short + after)
    if definition is None:
        return None
    # A subject whose sentence reports a claim ("The WHO estimates that ...")
    # or a pair only listed with others is not explained.
    return definition, MENTIONED_CONFIDENCE if listed or subject else IN_SENTENCE_CONFIDENCE


# "(MILU) is formed when two or more nations ...": a passive that says how the thing comes about.
# "plays a similar role", "does the same": points back to something the sentence does not show.
_COMPARED_BEFORE = re.compile(r"\b(?:similar|same|comparable|likewise|also)\b", re.I)
# "Within NATO, the ...", "In West Africa, the ...": a fronted place or scope phrase, then the subject.
_FRONTED_PHRASE = re.compile(
    r"(?:Within|In|Across|Under|Among|Inside|Outside|Throughout|At)\s+[^,;()]{2,40},\s+(?:the|a|an)?\s*")
# ", launched in 2004,", ", hosted by Sweden,": a participle phrase set off by commas after the subject;
# " in the Gulf of Aden": a short place phrase (a capitalised name) after it.
_SUBJECT_ASIDE = re.compile(
    r"^\s*(?:,\s+[a-z]+(?:ed|en|wn|lt)\s+(?:in|by|at|on|from|under)\s+[^,;()]{2,40},"
    r"|\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})\s")


_PASSIVE_PREDICATE = re.compile(
    r"^\s*(?:is|are)\s+(?P<part>[a-z]+(?:ed|en|wn|lt))\s+(?P<rest>(?:when|whenever|by|from|to|for|through|under)\b[^;]{8,}?)\.?$")


# ", which delays it", "programmes (DDRs) that collect ..." (restrictive, no comma), ", through which allies
# operate ...": a relative clause after the pair says what the named thing is or does.
_ACRONYM_RELATIVE = re.compile(
    r"^\s*(?:(?P<noun>[a-z][\w-]+)\s*)?(?:,\s+(?:such as|like)\s+[^,]+)?(?:,\s+|\s+(?=that\s))"
    r"(?:(?P<prep>through|in|under|by|with|from)\s+(?=which))?(?:which|that)\s+(?P<rel>[^;]+?)\.?$"
)
_CLAUSE_SUBJECT = re.compile(
    r"^(?:an?|the|each|every|one|several|some|many|all|both|\d+|" + "|".join(lexicon.NUMBER_WORDS) + r"|[a-z]+s)\b", re.I)


_PASSIVE_BY = re.compile(
    r"^(?P<subj>(?:Each|Every|The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:is|are)\s+(?P<verb>[a-z]+ed)\s+by\s+(?:an?|the)?\s*$"
)


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


# " in Ulm, Germany", " in Accra": a place name (one or two) right after the pair.
_PLACE_AFTER = re.compile(r"^\s+(?:in|at)\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?(?=\s*,)")


_APPOSITIVE_PARTICIPLE_AT_END = re.compile(r",\s+(?:an?|the)\s+[^,]*\b[a-z]+(?:ed|en|lt|wn)\s+(?:on|upon|by|with|from|in|into|over)\s+(?:the\s+|an?\s+)?$")


_UNRESOLVED_REFERENCE = re.compile(r"\b(?:they|them|its|their|this|these)\b")


def _acronym_relative(sentence: str, start: int, end: int) -> str | None:
    """"... reaches the atrioventricular (AV) node, which delays it briefly" -> "A node that delays the signal briefly".

    The expansion's head noun is the genus and the relative clause what it
    does; "it" is the sentence's subject; "a Transmission Control Protocol
    (TCP) connection, which delivers ..." -> "A protocol whose connection
    delivers ..."; "Each resource is named by a Uniform Resource Locator
    (URL), which combines ..." -> "A locator that names each resource and
    combines ...".
    """
    after = sentence[end:]
    # "(JSEC) in Ulm, Germany, which is responsible for ...": where it is, then what it does.
    place = _PLACE_AFTER.match(after)
    match = _ACRONYM_RELATIVE.match(after[place.end():] if place else after)
    if not match:
        return None
    rel = match.group("rel").strip()
    first = rel.split()[0]
    name = _PARENTHESIS.sub("", sentence[start:end])
    genus = word_list(name)[-1].lower() if word_list(name) else ""
    plural = bool(genus) and plural_head(genus) and name[:1].isupper()
    if match.group("prep"):
        # "(MMF), through which a group of allies jointly acquired and operate ...": a clause with its own subject.
        if (match.group("noun") or not _CLAUSE_SUBJECT.match(rel)
                or not any(finite_verb(w) for w in word_list(rel)[1:6])):
            return None
    elif not (finite_verb(first, plural=False) and first.endswith("s") or first == "is"
              or plural and (finite_verb(first, plural=True) and not first.endswith("s") or first == "are")):
        # "Standardization Agreements (STANAGs), which set common procedures": a plural name, a plural verb.
        return None
    if not genus.isalpha() or word_pos(genus) and "NOUN" not in word_pos(genus):
        return None
    before = sentence[:start]
    if _APPOSITIVE_PARTICIPLE_AT_END.search(before):
        return None  # "QUIC, a protocol built on the UDP, which ...": the clause may be about QUIC
    if IT_WORD.search(rel):
        words = before.split()
        subject = None
        if words and words[0] in {"The", "A", "An"}:
            for k in range(2, min(5, len(words))):
                if words[k - 1].islower() and finite_verb(words[k], plural=False) and words[k].endswith("s"):
                    subject = " ".join(words[1:k])
                    break
        if not subject:
            return None
        rel = IT_WORD.sub(f"the {subject}", rel)
    if _UNRESOLVED_REFERENCE.search(plural_pronouns_inside(rel)):
        return None  # ("none of them" after "a group of allies" points inside the clause)
    noun = match.group("noun")
    if match.group("prep"):
        head = genus.capitalize() if plural else f"{rephrase.article(genus)} {genus}"
        return finish_definition(f"{head} {match.group('prep')} which {rel}")
    if noun:
        if "NOUN" not in word_pos(noun) or noun in STOPWORDS:
            return None
        return finish_definition(f"{rephrase.article(genus)} {genus} whose {noun} {rel}")
    passive = _PASSIVE_BY.match(before)
    prefix = ""
    if passive:
        lemmas = getAllLemmas(passive.group("verb")).get("VERB")
        verb = (getInflection(lemmas[0], "VBZ") or (None,))[0] if lemmas else None
        if verb:
            prefix = f"{verb} {rephrase.lower_first(passive.group('subj'))} and "
    if plural:
        return finish_definition(f"{genus.capitalize()} that {prefix}{rel}")
    return finish_definition(f"{rephrase.article(genus)} {genus} that {prefix}{rel}")


ACRONYM = RULES.register(Rule(
    name="acronym", priority=90, scope=Scope.SENTENCE, confidence=CONFIDENCE, find=find_acronyms,
    examples=(
        finds("# Logistics\n\nA multinational integrated logistic unit (MILU) is formed when two or more nations "
              "place assets under one commander.\n", "multinational integrated logistic unit"),
        finds("# Health\n\nThe World Health Organization (WHO) coordinates international health work.\n",
              "World Health Organization"),
        finds("# Heart\n\nThe signal reaches the atrioventricular (AV) node, which delays it briefly.\n", "atrioventricular node"),
        finds("# Seas\n\nThe Law of the Sea Convention, or LOSC, sets out the rights of coastal states.\n",
              "Law of the Sea Convention"),
        misses("# Health\n\nThe clinic (WHO) is open daily.\n", "clinic"),
        finds("# Prices\n\nA meal costs 20 dollars including GST, the goods and services tax charged in Australia at a "
              "rate of 10%.\n", "goods and services tax"),
        misses("# Prices\n\nThe meal was paid for by the BBC, the broadcaster.\n", "broadcaster"),
        finds("# Logistics\n\nThe United States concludes Acquisition and Cross-Servicing Agreements (ACSAs) with "
              "partners.\n", "ACSAs"),
        finds("# Treaties\n\nThe talks led to the 1987 Intermediate-Range Nuclear Forces (INF) Treaty, which "
              "Reagan signed.\n", "INF Treaty"),
        misses("# Treaties\n\nThe talks led to the 1987 Intermediate-Range Nuclear Forces (INF) Treaty, which "
               "Reagan signed.\n", "INF"),
        finds("# Learning\n\nBefore learning, the tone is a neutral stimulus (NS), one that produces no particular "
              "response.\n", "neutral stimulus"),
    ),
))
