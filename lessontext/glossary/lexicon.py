"""Small built-in word lists: generic English, not tuned to any one text."""

from __future__ import annotations

import re

from lessontext.vocabulary import TermKind
from lessontext.words import STOPWORDS
from lessontext.words.people import PERSON_NOUNS  # noqa: F401  (re-exported: lexicon.PERSON_NOUNS)

# Words that cannot start a term ("meaning restructuring, an attempt ...": "meaning" opens a gloss, not a name;
# "Unlike the X Convention, which ...": a preposition of comparison opens a clause piece).
BAD_TERM_START = STOPWORDS | frozenset(
    """
    several various many numerous certain following above-mentioned
    example examples instance case cases part
    furthermore moreover additionally consequently essentially finally today
    meaning
    dozen dozens hundreds thousands millions handful
    unlike despite besides beyond
    """.split()
)

# Head nouns that are never glossary terms on their own, and the adjectives
# that do not make them specific ("major example", "key aspect").
GENERIC_NOUNS = frozenset(
    """
    aspect aspects component components role roles part parts way ways type types
    kind kinds thing things area areas field fields example examples instance
    summary conclusion introduction overview background note notes tip tips
    warning caution idea ideas matter issue issue point points number numbers
    lot variety range set group element elements feature features factor factors
    term terms concept concepts process method methods approach strategy
    result results effect effects reason reasons purpose purposes goal goals
    objective objectives aim aims ambition benefit benefits advantage advantages
    importance use uses case cases step steps stage stages level levels form
    forms kind sort means manner fact facts question questions answer answers
    section chapter lesson unit topic topics theme themes definition definitions
    application applications context framework scope nature basis foundation
    cornerstone pillar heart core center centre spirit sphere scale world
    today future past present time times people person one ones others man men woman women
    contents reference references further reading see also exercise exercises
    review recap takeaway takeaways key terms glossary tool tools instrument instruments
    alternative alternatives achievement achievements legacy
    criticism criticisms objection objections
    """.split()
)
GENERIC_MODIFIERS = frozenset(
    """
    a an the this that these those such its their our his her my your
    major main key primary essential crucial important significant fundamental
    vital central core overall general usual typical common other another
    various several many numerous certain different similar specific particular
    first second third last final next new great good best further additional
    whole entire same own real true basic simple broad wide larger large small
    brief short quick practical notable related
    """.split()
)

# Adjectives that judge rather than classify: "a popular language" names no kind.
EVALUATIVE = frozenset(
    """
    good bad better worse popular powerful useful simple easy hard difficult famous great nice
    beautiful excellent poor strong weak modern old new big small large long short high low
    effective efficient successful important interesting valuable significant crucial vital
    unusual unique remarkable extraordinary
    """.split()
)

# Label words that introduce an aside, never a term ("Note: ...").
NON_TERM_LABELS = frozenset(
    """
    note notes tip tips warning caution important example examples e.g for
    example eg i.e ie see also summary conclusion result results answer question
    source sources step remember hint exercise exercises key takeaway takeaways
    in summary in conclusion in short why how what when where who formula figures
    """.split()
) | {"for example", "for instance", "in summary", "in conclusion", "see also", "in short"}

# Headings that name the genre of a checklist ("Key facts", "Common mistakes", "Exam tips"), never the kind
# of thing its items are about: "Zones cover ..." under "Key facts" is no "fact that zones cover ...".
CHECKLIST_GENRES = frozenset(
    "fact point note tip mistake misconception reminder takeaway question answer hint".split()
)
# Of those, the lists that state facts or warnings about terms the lesson defined elsewhere ("Gyres turn
# clockwise ...", "Salinity is one of the factors ...; it is not the same thing"): no sentence there defines.
CHECKLIST_STATEMENTS = frozenset("fact mistake misconception tip reminder".split())

# Very common acronyms, explained by their expansion when a text uses them
# without one.  Deliberately short and general.
COMMON_ACRONYMS = {
    "UN": "United Nations",
    "NATO": "North Atlantic Treaty Organization",
    "EU": "European Union",
    "WHO": "World Health Organization",
    "IMF": "International Monetary Fund",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNICEF": "United Nations Children's Fund",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "ASEAN": "Association of Southeast Asian Nations",
    "WTO": "World Trade Organization",
    "NASA": "National Aeronautics and Space Administration",
    "DNA": "deoxyribonucleic acid",
    "RNA": "ribonucleic acid",
    "GDP": "gross domestic product",
    "AI": "artificial intelligence",
    "CPU": "central processing unit",
    "HTML": "HyperText Markup Language",
    "HTTP": "Hypertext Transfer Protocol",
    "URL": "Uniform Resource Locator",
    "NGO": "non-governmental organization",
    "OECD": "Organisation for Economic Co-operation and Development",
    "AU": "African Union",
    "OIC": "Organisation of Islamic Cooperation",
    "ICJ": "International Court of Justice",
    "ICC": "International Criminal Court",
}

# The head noun of a capitalised name tells what kind of thing it names.
KIND_HEADS = {
    "exercise": TermKind.EXERCISE, "drill": TermKind.EXERCISE, "drills": TermKind.EXERCISE,
    "manoeuvre": TermKind.EXERCISE, "maneuver": TermKind.EXERCISE, "wargame": TermKind.EXERCISE,
    "programme": TermKind.PROGRAMME, "program": TermKind.PROGRAMME, "initiative": TermKind.PROGRAMME,
    "project": TermKind.PROGRAMME, "plan": TermKind.PROGRAMME, "mission": TermKind.PROGRAMME,
    "operation": TermKind.PROGRAMME, "campaign": TermKind.PROGRAMME, "scheme": TermKind.PROGRAMME,
    "act": TermKind.PROGRAMME, "treaty": TermKind.PROGRAMME, "accord": TermKind.PROGRAMME,
    "agreement": TermKind.PROGRAMME, "convention": TermKind.PROGRAMME,
    "organization": TermKind.ORGANISATION, "organisation": TermKind.ORGANISATION,
    "agency": TermKind.ORGANISATION, "council": TermKind.ORGANISATION, "union": TermKind.ORGANISATION,
    "alliance": TermKind.ORGANISATION, "association": TermKind.ORGANISATION, "court": TermKind.ORGANISATION,
    "church": TermKind.ORGANISATION, "press": TermKind.ORGANISATION, "company": TermKind.ORGANISATION,
    "corporation": TermKind.ORGANISATION, "university": TermKind.ORGANISATION,
    "committee": TermKind.ORGANISATION, "commission": TermKind.ORGANISATION, "ministry": TermKind.ORGANISATION,
    "department": TermKind.ORGANISATION, "bank": TermKind.ORGANISATION, "fund": TermKind.ORGANISATION,
    "institute": TermKind.ORGANISATION, "foundation": TermKind.ORGANISATION, "society": TermKind.ORGANISATION,
    "parliament": TermKind.ORGANISATION, "assembly": TermKind.ORGANISATION, "league": TermKind.ORGANISATION,
    "party": TermKind.ORGANISATION, "forces": TermKind.ORGANISATION,
    "army": TermKind.ORGANISATION, "navy": TermKind.ORGANISATION, "office": TermKind.ORGANISATION,
    "drone": TermKind.EQUIPMENT, "aircraft": TermKind.EQUIPMENT, "jet": TermKind.EQUIPMENT,
    "fighter": TermKind.EQUIPMENT, "helicopter": TermKind.EQUIPMENT, "tank": TermKind.EQUIPMENT,
    "missile": TermKind.EQUIPMENT, "rifle": TermKind.EQUIPMENT, "vessel": TermKind.EQUIPMENT,
    "ship": TermKind.EQUIPMENT, "submarine": TermKind.EQUIPMENT, "frigate": TermKind.EQUIPMENT,
    "destroyer": TermKind.EQUIPMENT, "corvette": TermKind.EQUIPMENT, "carrier": TermKind.EQUIPMENT,
    "radar": TermKind.EQUIPMENT, "satellite": TermKind.EQUIPMENT, "rocket": TermKind.EQUIPMENT,
    "vehicle": TermKind.EQUIPMENT, "uav": TermKind.EQUIPMENT, "howitzer": TermKind.EQUIPMENT,
    "telescope": TermKind.EQUIPMENT, "microscope": TermKind.EQUIPMENT, "engine": TermKind.EQUIPMENT,
    # Standing bodies and the instruments states agree on, as named in essays on cooperation.
    "group": TermKind.ORGANISATION, "centre": TermKind.ORGANISATION, "center": TermKind.ORGANISATION,
    "forum": TermKind.ORGANISATION, "roundtable": TermKind.ORGANISATION, "symposium": TermKind.ORGANISATION,
    "authority": TermKind.ORGANISATION, "secretariat": TermKind.ORGANISATION, "coalition": TermKind.ORGANISATION,
    "regime": TermKind.PROGRAMME, "framework": TermKind.PROGRAMME, "protocol": TermKind.PROGRAMME,
    "arrangement": TermKind.PROGRAMME, "mechanism": TermKind.PROGRAMME,
    "declaration": TermKind.PROGRAMME, "pact": TermKind.PROGRAMME,
    "partnership": TermKind.ORGANISATION, "command": TermKind.ORGANISATION,
}

COUNTRIES = frozenset(
    """
    britain
    afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin
    bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia
    cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
    czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini
    ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
    guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo
    kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
    lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco
    mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
    slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan
    tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
    zambia zimbabwe
    """.split()
) | {
    "united states", "united kingdom", "saudi arabia", "south africa", "south korea",
    "north korea", "new zealand", "sri lanka", "united arab emirates", "costa rica",
    "el salvador", "ivory coast", "sierra leone", "papua new guinea", "east timor",
    "czech republic", "dominican republic", "central african republic", "great britain",
}

# Sentence openers that leave a reference unresolved out of context.
UNRESOLVED_OPENERS = frozenset(
    "this these that those it its they their such he she his her them there here".split()
)
# Discourse markers stripped from the start of a definition.
DISCOURSE_MARKERS = (
    "however", "furthermore", "moreover", "in addition", "additionally", "essentially",
    "in essence", "in summary", "in conclusion", "in short", "simply put", "put simply",
    "in other words", "in general", "generally", "basically", "in fact", "indeed",
    "therefore", "thus", "hence", "also", "today", "nowadays", "in practice",
    "in this sense", "in a sense", "formally", "technically", "broadly", "broadly speaking",
    "likewise", "similarly", "conversely", "by contrast", "in contrast", "by comparison",
)

# Number words that count a plural noun ("two semitones", "twelve equal steps").
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty hundred".split())
# The small counts a sentence puts before a noun it has named before ("The two arms", "the six types").
SMALL_COUNTS = frozenset("two three four five six seven eight nine ten".split())


# Words after which a name goes on past its head ("Partnership for Peace", "Treaty of Paris").
_NAME_HEAD_ENDS = frozenset({"of", "for", "on", "in", "against", "at"})


def names_a_body(term: str) -> bool:
    """"Partnership for Peace", "Harbour Accord": a name whose head says it is a body or an instrument.

    ("Silk Road", "Viking Age": a name of something else; what the essay says it did is one event or a comment.)
    """
    words = term.lower().split()
    head = words[: next((i for i, w in enumerate(words) if i and w in _NAME_HEAD_ENDS), len(words))]
    return len(words) > 1 and bool(head) and head[-1] in KIND_HEADS


# "often called the first treatise on museums", "known as the greatest collection of its day": a ranking given to one
# thing, not the name of a kind (test-dy: "First treatise: The Inscriptiones ...", rejected by both raters).
RANKED_OPENERS = frozenset("first earliest oldest greatest finest largest biggest best".split())
# "the Fertile Crescent, a name popularised by ...", "a name meaning ...", ""Gothic" was a term of abuse coined by ...":
# who named it or what it means, not what it is.
NAME_ORIGIN = re.compile(r"^(?:an?|the)\s+(?:name|term|word|label|nickname)\s+(?:of\s+[a-z]+\s+)?(?:\w+ly\s+)?"
                         r"(?:popularised|popularized|coined|given|invented|introduced|chosen|adopted|meaning)\b")
# "The Alexandrian writings are full of images", "Kangaroos are native to Australia": an adjective and its
# preposition say what a thing is like or where it is found, not what it is (test-dz, both raters: "Full of images").
PREDICATE_ADJECTIVES = frozenset("""
    full rich similar common free responsible capable typical prone able unable unique native rare famous known
    important essential useful vital close related equal different subject likely easy hard difficult popular
""".split())
