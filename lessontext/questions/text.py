"""Word-level helpers shared by the candidate builders and the rubric.

Everything here is deliberately light: a regex tokenizer, a small suffix
stemmer and prefix matching are enough to catch leakage ("technology" /
"technological", "co-operative" / "cooperation") and near-synonyms without
a language model or downloaded data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lessontext.semantics import zipf
from lessontext.words import STOPWORDS as WORD_STOPWORDS
from lessontext.words import WORD_RE, fold, folded_singular, getAllLemmas, singular

BLANK = "_____"

_BLANK_RE = re.compile(r"_{3,}")

# Besides the function words: numbers, ordinals and "include" say nothing a question could ask about.
STOPWORDS = WORD_STOPWORDS | frozenset(
    """
    one two three four five six seven eight nine ten first second third
    include includes included including
    """.split()
)

# Heads too vague to be worth asking about on their own.
GENERIC_HEADS = frozenset(
    """
    aspect aspects component components role roles part parts element elements factor factors
    thing things way ways kind kinds type types form forms area areas field fields matter matters
    issue issues point points example examples instance instances case cases item items feature
    features lot lots number numbers variety range set sets level levels term terms idea ideas
    concept concepts process processes approach approaches means method methods manner sort sorts
    nature basis bases context contexts scope sphere spheres dimension dimensions stature
    importance significance advantage advantages benefit benefits purpose purposes objective
    objectives goal goals aim aims result results effect effects impact impacts conclusion summary
    introduction overview background section chapter lesson text topic people person stage
    stages step steps phase phases essence practice fact sense view terms key
    """.split()
)

# Openers that point back to an earlier sentence.
ANAPHORIC_OPENERS = frozenset(
    """
    this these that those it its they them their such he she his her him also however
    furthermore moreover additionally besides thus therefore hence consequently accordingly
    similarly likewise nevertheless nonetheless otherwise instead meanwhile then there here both
    each another either neither latter former second third finally lastly still yet but and or
    so which who
    """.split()
)

# Openings that point back to what came before, so a lifted sentence leans on it: "For that
# reason, ...", "The term appeared in ...", "The following terms ...", "Some also ...".
REFERRING_OPENINGS = (
    "for instance", "for example", "in addition", "for that reason", "for this reason", "the term ",
    "the following", "the same ", "some also ", "for that purpose", "in that case", "in this case",
    # Compared with something named before (raters on test-d: "a different proportional approach is ...").
    "a different ", "a similar ", "a related ", "the other ",
    # A reply to something said before (raters on test-e: "in response to what?").
    "in response,", "in return,", "in turn,",
)

# An operation on amounts: a times or divide sign, or a plus, minus (−), slash, star or power sign between two
# amounts ("6 + 10", "$1,500 + $900", "8 V + 4 V", "150 / 5,000", "(92 − 80) ÷ 80"), or a power ("2^8", "2^n"). A hyphen or dash
# joining figures is no minus: a range ("1914-1918", "pages 10–12", "45–65%"), a score ("won 3-1") or a code
# ("555-0142"); lessons write subtraction with "−". Nor a sign between words: "acid + base → salt + water",
# "major third + perfect fifth" name parts, not amounts (raters on dev accepted those as descriptions).
_OPERATION = r"[×÷]|[\d)²³%](?:\s*[^\W\d_]{1,3})?\s*[+*/−^]\s*[$£€¥(]?\d|[\w)]\^[\w{(]"
# Arithmetic shown in a text: an equals or approximately-equals sign, or an operation on amounts ("2,000 ×
# 1.05 = ...", "pH = 7", "7 ÷ 10"). A sentence, option or description with one is a worked example's line or
# a value, not a statement of fact, a reason or a purpose.
CALCULATION = re.compile(rf"[=≈]|{_OPERATION}")
_EQUALS = re.compile(r"[=≈]")
# How an equation works something out: an operation on amounts, a spaced sign between the amounts' labels
# ("Assets 15,000 = Liabilities 5,000 + Equity 10,000", "5 - 3 = 2"), an operation in words ("= 20 divided
# by 9"), a negation after its sign ("pH = −log₁₀(0.00001)") or a chain of equals in one clause
# ("r = sin⁻¹(0.429) = 25.4°").
_WORKING = re.compile(
    rf"{_OPERATION}|\s[+*/−-]\s|\b(?:divided|multiplied)\s+by\b|[=≈]\s*−|[=≈](?:(?!\sand\s)[^=≈,;])*[=≈]")
_FIGURE = re.compile(r"\d")


def works_out(text: str) -> bool:
    """A calculation worked out with figures ("Point prevalence = 150 / 5,000 = 0.03", "274 × 4.184 ≈ 1,146
    kJ"), not only a value given ("pH = 7", "V = 6 V and I = 0.5 A") nor a formula in letters ("I = Q / t")."""
    return bool(_EQUALS.search(text) and _WORKING.search(text) and _FIGURE.search(text))


# A value rather than a description: an amount first ("$200, which is only about 7%", "$1,050").
_VALUE_FIRST = re.compile(r"^\s*[$£€¥]?\s*\d")


def worked_value(text: str) -> bool:
    """A worked calculation or an amount ("50% × $3,000 = $1,500", "$1,050"), not a description of its
    label: its numbers and units match it to the label without understanding (raters: trivial)."""
    return bool(CALCULATION.search(text) or _VALUE_FIRST.match(text))


# A pronoun that names nothing once its clause is lifted out of the sentence ("so most of its molecules").
POINTING_PRONOUNS = frozenset("it its they them their he she his her him this these those such".split())

def label_points_outside(label: str) -> bool:
    """A label that opens with a pronoun ("its length", "their cost"): it names something of a noun only the
    sentence around the list names (raters on test-j: "which of these describes “its length”?", context lost)."""
    toks = words(label)
    return bool(toks) and toks[0].lower() in POINTING_PRONOUNS


# "X and Y" of a few words is a pair of things, not one term ("Strength and concentration").
_PAIR = re.compile(r"\s(?:and|or)\s", re.I)
MAX_PAIR_WORDS = 5


def usable_term(term: str) -> bool:
    """A glossary term that can be asked or offered as one thing: it opens with a word of its own
    (not "Other's territory", "Its ..."), is no pair of things ("Git and Mercurial", "Strength and
    concentration") and no number ("3 sharps"), nor cut inside brackets ("Neutral vowel [ə") or quotes."""
    first = term.split(maxsplit=1)[0] if term.strip() else ""
    bare = re.sub(r"['’]s$", "", first).lower()
    if not bare or not bare[:1].isalpha() or bare in STOPWORDS:
        return False
    if any(term.count(o) != term.count(c) for o, c in ("()", "[]", "{}", "“”")) or term.count('"') % 2:
        return False  # "Neutral vowel [ə", 'Term "operant': cut inside brackets or a quotation
    if " " not in term.strip() and _adverb_only(bare):
        return False  # "Conversely": an adverb names nothing (raters on test-g: the gap was a connective)
    return not (_PAIR.search(term) and len(term.split()) <= MAX_PAIR_WORDS)


def _adverb_only(word: str) -> bool:
    lemmas = getAllLemmas(word)
    return bool(lemmas.get("ADV")) and not lemmas.get("NOUN") and not lemmas.get("ADJ") and not lemmas.get("VERB")


# A key that opens with an evaluative word is the sentence's filler ("best-known examples", "typical
# experiment"; raters on two test-f documents: not worth asking, no reader could reproduce it).
# A judgement of worth ("Durable agreements are clear about rights ..."; raters on test-ad-r2: a filler key,
# "lasting treaties" or "good agreements" fit as well) says how good the thing is, not what kind.
_EVALUATIVE = frozenset("""
    typical typically best-known well-known famous notable usual particular certain best
    durable lasting useful successful good
""".split())


# A degree adverb joined to a participle ("well-trained", "poorly-equipped", "highly-skilled") says how
# good something is, not what kind it is (raters on test-c and test-k: "a(n) _____ achieves little if the
# courts cannot ...", keyed "well-trained police force" / "well-trained unit", both rejected: a filler).
_HOW_WELL = re.compile(r"^(?:well|ill|poorly|badly|highly|better|best|fully|properly)-[a-z]+(?:ed|en|wn|t)$", re.I)


# A size before an everyday noun ("A long book took months to copy"; raters on test-ad-r2: a filler key,
# "book" or "manuscript" fit as well): the size is no kind.  A specialised head keeps its size as a term
# ("large intestine", "long wave"), and so does a name.
_SIZES = frozenset("long short large small big little huge tiny vast thick thin".split())
# A word for the role a thing plays in the sentence, never a term of a subject ("The alternative is a transplant").
_ROLE_NOUNS = frozenset("alternative alternatives option options outcome aim goal choice drawback downside".split())
EVERYDAY_ZIPF = 5.0


def filler_key(key: str) -> bool:
    """A common-noun key opening with an evaluative adjective, a size before an everyday noun, or a role word
    alone: not a term of the subject."""
    toks = key.split()
    if len(toks) == 1 and toks[0].lower() in _ROLE_NOUNS:
        return True  # "Alternative": the role of what the sentence names (raters on test-ae-r2: a filler word)
    if len(toks) < 2 or not all(t.islower() for t in toks[1:]):
        return False
    first = toks[0].lower()
    if first in _EVALUATIVE or _HOW_WELL.match(toks[0]) is not None:
        return True
    return len(toks) == 2 and first in _SIZES and _zipf(singular(toks[1])) >= EVERYDAY_ZIPF


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    return zipf(word)


# Leading discourse markers that can be dropped from a lifted sentence.
# A time set by the sentence before: "In the meantime, ...", "Soon afterwards Marie and Pierre Curie ...", "In
# parallel, the agreement called for ..." (raters on test-bg, test-bi and test-bm: the item reads alone once it is dropped).
_SEQUENCE_MARKERS = ("in the meantime", "meanwhile", "in parallel", "soon afterwards", "shortly afterwards")

DISCOURSE_MARKERS = (
    "for example", "for instance", "in addition", "in conclusion", "in summary", "in essence",
    "in short", "in practice", "in particular", "in fact", "in general", "in other words",
    "as a result", "as we've highlighted", "as we have seen", "as noted", "furthermore",
    "moreover", "additionally", "essentially", "importantly", "notably", "indeed", "overall",
    "traditionally", "historically", "today", "initially", "ultimately", "generally",
    "typically", "similarly", "likewise", "however", "therefore", "thus", "consequently",
    "in turn", "by contrast", "in contrast", "on the other hand", "above all",
    # a concession to what the sentence before said, like "however": "Nevertheless, embargoes can raise ..."
    "nevertheless", "nonetheless", "even so",
    "for comparison", "by comparison",  # a comparison lesson's aside before another thing's figure ("coal emits ...")
    *_SEQUENCE_MARKERS,
    *(_COUNTED := ("firstly", "first", "secondly", "second", "thirdly", "third", "finally", "lastly")),  # with a comma only
)

_MARKDOWN_RESIDUE = re.compile(r"(\*\*|__|`|^#+\s|\[[^\]]*\]\(|!\[|<[a-z/][^>]*>|^\s*[-*+]\s|^\s*\d+\.\s|\|)")
_MOJIBAKE = re.compile(r"[√Ã][\u0080-\u00ff©®±]|â€|Â\s")

_SUFFIXES = ("ological", "ologies", "izations", "isations", "ization", "isation", "ational", "ations", "ically", "ations",
             "ology", "ation", "ative", "atives", "ments", "ment", "ness", "ities", "ity", "ingly", "ings", "ing", "ical",
             "ated", "ates", "ate", "edly", "ies", "ied", "ers", "er", "ed", "es", "ic", "al", "ly", "ive", "s", "y", "e")


def words(text: str) -> list[str]:
    """Return the word tokens of ``text`` (hyphenated words stay whole)."""
    return WORD_RE.findall(text)


@lru_cache(maxsize=131072)
def norm(word: str) -> str:
    """Lower-case, drop possessives, apostrophes, dots and hyphens."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.replace("'", "").replace("-", "").replace(".", "")


@lru_cache(maxsize=65536)
def norm_phrase(text: str) -> str:
    """A phrase's normalised words without articles: "The Senate's" and "senate" compare equal."""
    return " ".join(norm(w) for w in words(text) if norm(w) not in {"the", "a", "an"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one common English suffix from a normalised word, after its plural.

    The plural goes first (``singular``), so a noun and its plural share a stem: one suffix stripped from each
    kept "interval" from "intervals" but cut "interval" to "interv", and checks took them for two words.
    """
    w = singular(norm(word))
    if len(w) <= 4 or w.isdigit():
        return w
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _folded(word: str) -> str:
    """``word`` without accents, "ae"/"oe" written "e": "Encyclopédie", "encyclopaedia" -> "encyclopedie" (test-cm)."""
    return fold(word).replace("ae", "e").replace("oe", "e")


@lru_cache(maxsize=65536)
def related(a: str, b: str) -> bool:
    """True when two words are inflections, derivations or spelling variants."""
    na, nb = _folded(norm(a)), _folded(norm(b))
    if na == nb:
        return True
    if not na or not nb:
        return False
    if na.isdigit() or nb.isdigit():
        return False
    sa, sb = stem(a), stem(b)
    if sa == sb:
        return True
    short = min(len(na), len(nb))
    if short < 5:  # a short word and its inflection: "mix" and "mixed" (both raters on test-df: "what kind of mix")
        x, y = sorted((na, nb), key=len)
        return y[len(x):] in ("s", "es", "d", "ed", f"{x[-1]}ed") and any(x in ls for ls in getAllLemmas(y).values())
    prefix = 0
    for x, y in zip(na, nb):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and prefix >= 0.75 * short


@lru_cache(maxsize=131072)
def is_content(word: str) -> bool:
    return norm(word) not in STOPWORDS and any(ch.isalpha() for ch in word)


@lru_cache(maxsize=65536)
def content_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in words(text) if is_content(w))


@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


@lru_cache(maxsize=16384)
def is_adjective(phrase: str) -> bool:
    """A one-word option that can only be an adjective ("Voidable"), among noun options."""
    toks = words(phrase)
    if len(toks) != 1:
        return False
    word = toks[0].lower()
    lemmas = getAllLemmas(word)
    if not lemmas:
        # Unknown to the lexicon: trust adjective suffixes ("voidable", "idempotent").
        return word.endswith(("able", "ible", "ous", "ful", "less", "ive", "ent", "ic"))
    return bool(lemmas.get("ADJ")) and not lemmas.get("NOUN") and not lemmas.get("PROPN")


def is_finite_verb(word: str) -> bool:
    """A word that can only be a verb ("involves", "occurs"), not also a noun."""
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("VERB")) and not lemmas.get("NOUN") and not lemmas.get("ADJ")


def is_noun_or_verb(word: str) -> bool:
    """A bare word that is as much a verb as a noun ("order", "control"): vague as a listed item."""
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas.get("NOUN")) and bool(lemmas.get("VERB"))


def word_count(text: str) -> int:
    return len(words(_BLANK_RE.sub(" x ", text)))


@lru_cache(maxsize=65536)
def head_word(phrase: str) -> str:
    """The head noun of a short noun phrase: the last content word before "of"."""
    toks = words(phrase)
    lowered = [t.lower() for t in toks]
    if "of" in lowered[1:]:
        toks = toks[: lowered.index("of")]
    content = [t for t in toks if is_content(t)]
    return content[-1] if content else (toks[-1] if toks else "")


_SINGULAR_S = ("ss", "us", "is", "ics", "sis", "news")


def is_plural(phrase: str) -> bool:
    """Guess the grammatical number of a noun phrase from its head noun."""
    toks = words(phrase)
    lowered = [t.lower() for t in toks]
    head = head_word(phrase)
    h = head.lower()
    if not h or h.isupper() or not h.isalpha():
        return False
    if h in {"people", "children", "men", "women", "data", "media", "criteria", "phenomena", "police"}:
        return True
    if lowered and lowered[0] in {"a", "an", "one", "this", "that"}:
        return False
    return h.endswith("s") and not h.endswith(_SINGULAR_S) and len(h) > 3


@lru_cache(maxsize=16384)
def is_gerund(phrase: str) -> bool:
    """True for a phrase headed by a verb in -ing ("Building Trust"), not "Peacekeeping Operations"."""
    toks = words(phrase)
    if not toks:
        return False
    first = toks[0].lower()
    if not first.endswith("ing") or len(first) <= 5:
        return False
    verbs = getAllLemmas(first).get("VERB", ())
    return any(v != first for v in verbs)


def article_for(word: str) -> str:
    """The indefinite article that fits ``word`` as it is pronounced."""
    raw = word.strip()
    w = raw.lower()
    if not w:
        return "a"
    if raw.isupper() and len(raw) > 1:
        # Initialisms are read letter by letter: "an FBI agent", "a UN mandate".
        return "an" if w[0] in "aefhilmnorsx" else "a"
    if re.match(r"(?:eu|uni|use|usu|one|ur)", w) or re.match(r"u[bcdfghjklmnpqrstvwxyz][aeiou]", w):
        return "a"
    if re.match(r"(?:hour|honest|honou?r|heir)", w):
        return "an"
    return "an" if w[0] in "aeiou" else "a"


def has_markdown_residue(text: str) -> bool:
    return bool(_MARKDOWN_RESIDUE.search(text))


def has_mojibake(text: str) -> bool:
    return bool(_MOJIBAKE.search(text))


# What makes a time marker's words the start of a longer phrase: "In parallel with the talks, ...".
_MARKER_GOES_ON = re.compile(r"(?:with|to|of|than)\b", re.I)


def strip_discourse_marker(sentence: str) -> str:
    """Drop a leading "For example," / "Furthermore," and re-capitalise."""
    lowered = sentence.lower()
    for marker in DISCOURSE_MARKERS:
        if lowered.startswith(marker) and sentence[len(marker):][:1] in ("," if marker in _COUNTED else ", "):
            rest = sentence[len(marker):].lstrip(", ").lstrip()
            verb = (w := (words(rest) or [""])[0].lower()) in getAllLemmas(w).get("VERB", ())  # "Finally, use ..."
            if not rest or marker in _SEQUENCE_MARKERS and _MARKER_GOES_ON.match(rest) or marker in _COUNTED and verb:
                return sentence  # "In parallel with the talks, ...": the phrase goes on, no marker
            return rest[0].upper() + rest[1:]
    return sentence


def lower_first(sentence: str, keep_capital: Iterable[str] = ()) -> str:
    """Lower-case the first letter unless the first word is a name or acronym."""
    toks = words(sentence)
    if not toks:
        return sentence
    first = toks[0]
    bare = re.sub(r"['’]s$", "", first)  # "NATO's fleet": the acronym keeps its capitals
    if bare.isupper() and len(bare) > 1 or first in keep_capital or first == "I":
        return sentence
    return sentence[0].lower() + sentence[1:]


def find_phrase(text: str, phrase: str) -> re.Match[str] | None:
    """Find ``phrase`` in ``text`` as whole words, case-insensitively, hyphen-tolerant."""
    pattern, first = _phrase_pattern(phrase)
    # (its first word a substring of the text first, in C: most phrases are asked of texts that do not hold them)
    return pattern.search(text) if pattern and first in _lowered(text) else None


_lowered = lru_cache(maxsize=256)(str.lower)


@lru_cache(maxsize=16384)
def named_mid_sentence(form: str, lesson_text: str) -> bool:
    """The lesson writes ``form`` capitalised after a lower-case word or a comma: a name ("through the
    Cospas-Sarsat", "signed by ANZUS"), not a capital that only opens a sentence ("Naval port visits ...")."""
    return form[:1].isupper() and re.search(rf"[a-z,]\s+{re.escape(form)}(?![\w-])", lesson_text) is not None


@lru_cache(maxsize=16384)
def _phrase_pattern(phrase: str) -> tuple[re.Pattern[str] | None, str]:
    # Compiled once per phrase: a large glossary asks for the same phrases hundreds of thousands of times, far more
    # patterns than the re module's own cache keeps.  With the pattern, its first word in small letters.
    words = [p for p in re.split(r"[\s\-]+", phrase.strip()) if p]
    if not words:
        return None, ""
    parts = [re.escape(p) for p in words]
    return re.compile(r"(?<![\w-])" + r"[\s\-]*".join(parts) + r"(?:'s|’s)?(?![\w-])", re.IGNORECASE), words[0].lower()


def mask_words(text: str, key: str, *, keep: Iterable[str] = ()) -> str:
    """Replace every word of ``text`` related to a content word of ``key`` with a blank.

    Words related to anything in ``keep`` stay (they are shared by all options,
    so they give nothing away).  Adjacent blanks, and blanks joined only by
    "and"/"of"/"the", merge into one.
    """
    key_words = [w for w in content_words(key) if not any(related(w, k) for k in keep)]
    if not key_words:
        return text

    def repl(match: re.Match[str]) -> str:
        w = match.group(0)
        if is_content(w) and any(related(w, k) for k in key_words):
            return BLANK
        return w

    masked = WORD_RE.sub(repl, text)
    blank = re.escape(BLANK)
    joined = re.compile(rf"{blank}(?:[\s\-]+(?:and|of|the|&|-)?[\s\-]*{blank})+")
    masked = joined.sub(BLANK, masked)
    return masked


def blanks(text: str) -> int:
    return len(_BLANK_RE.findall(text))


# Stands for left-out words in a quoted sentence (not for the answer, which is BLANK).
ELISION = "[…]"
# Words that may sit inside one occurrence of a multi-word key ("peace and stability").
_SPAN_JOINERS = frozenset({"and", "of", "the", "&", "for", "in", "on", "to"})


def mask_key(text: str, key: str, *, keep: Iterable[str] = ()) -> tuple[str, str]:
    """Mask ``key`` in ``text`` so that what is left still reads as a sentence.

    Returns ``(masked, mode)``:

    - ``"none"``: no word of the key occurs; the text is returned unchanged.
    - ``"span"``: the key occurs once as one noun phrase ending in its head
      word ("engage in strategic alliance partnerships with"; a shortened
      form, "technology exchanges aid", or one inserted modifier, "joint
      defense development projects", counts too) and nowhere else: that span
      becomes one BLANK, which stands for the answer.
    - ``"partial"``: the key's words occur but not as such a phrase
      ("International military drills", "innovative defense technologies",
      "natural disasters or humanitarian emergencies"): each run of them
      becomes ELISION ("[…]"), a neutral mark for left-out words, so the
      sentence never reads as if the whole key fitted in the gap.

    Words related to anything in ``keep`` are shared by every option, so
    they give nothing away and stay.
    """
    key_words = [w for w in content_words(key) if not any(related(w, k) for k in keep)]
    if not key_words:
        return text, "none"
    tokens = list(WORD_RE.finditer(text))
    hit = [is_content(t.group(0)) and any(related(t.group(0), k) for k in key_words) for t in tokens]
    if not any(hit):
        return text, "none"
    head = head_word(key)
    span = _key_span(tokens, hit, key_words, head)
    if span is not None:
        a, b = span
        outside = [i for i, h in enumerate(hit) if h and not a <= i <= b]
        if not outside:
            return text[: tokens[a].start()] + BLANK + text[tokens[b].end():], "span"
    # Partial: every maximal run of key words (joined by "and", "of", ...) becomes one elision.
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        if not hit[i]:
            i += 1
            continue
        j = i
        while True:
            k = j + 1
            while k < len(tokens) and not hit[k] and tokens[k].group(0).lower() in _SPAN_JOINERS:
                k += 1
            if k < len(tokens) and hit[k] and k > j + 1 or k == j + 1 and k < len(tokens) and hit[k]:
                j = k
                continue
            break
        # Runs a word or two apart in one phrase ("disasters or humanitarian") are left out as one.
        while True:
            nxt = next((x for x in range(j + 1, min(j + 4, len(tokens))) if hit[x]), None)
            if nxt is None or re.search(r"[,;:.()!?—–]", text[tokens[j].end(): tokens[nxt].start()]):
                break
            j = nxt
        out.append(text[pos: tokens[i].start()])
        out.append(ELISION)
        pos = tokens[j].end()
        i = j + 1
    out.append(text[pos:])
    return "".join(out), "partial"


def _key_span(tokens, hit: list[bool], key_words: list[str], head: str) -> tuple[int, int] | None:
    """The one run of tokens that is an occurrence of the key ending in its head word, if any."""
    spans = []
    i = 0
    while i < len(tokens):
        if not hit[i]:
            i += 1
            continue
        j = i
        inserted = 0
        k = i + 1
        while k < len(tokens):
            word = tokens[k].group(0)
            if hit[k]:
                j = k
            elif word.lower() in _SPAN_JOINERS:
                pass
            elif is_content(word) and inserted == 0 and k + 1 < len(tokens) and hit[k + 1]:
                inserted = 1  # one modifier inside the key: "joint defense development projects"
            else:
                break
            k += 1
        spans.append((i, j))
        i = j + 1
    full = []
    for a, b in spans:
        inside = [tokens[x].group(0) for x in range(a, b + 1)]
        # The blank must end where the key's noun phrase ends: on its head word.
        if head and _inflection_of(inside[-1], head) and not _continues_phrase(tokens, b):
            full.append((a, b))
    if len(full) != 1:
        return None
    a, b = full[0]
    # A trailing joiner ("... of") is not part of the key.
    while b > a and tokens[b].group(0).lower() in _SPAN_JOINERS:
        b -= 1
    return a, b


def _continues_phrase(tokens, b: int) -> bool:
    """The word after the span is a noun the span would modify ("military drills"), joined without punctuation."""
    if b + 1 >= len(tokens):
        return False
    between = tokens[b].string[tokens[b].end(): tokens[b + 1].start()]
    if between.strip():
        return False
    nxt = tokens[b + 1].group(0)
    if not is_content(nxt):
        return False
    lemmas = getAllLemmas(nxt.lower())
    return bool(lemmas.get("NOUN")) and not lemmas.get("VERB")


def _inflection_of(word: str, head: str) -> bool:
    """``word`` is ``head`` itself or its plural/singular, not a derivation ("floods" is not "floodplain")."""
    return folded_singular(norm(word)) == folded_singular(norm(head))
