"""Nouns that head a description of one person, shared by the glossary and the question families."""

# "A goldsmith from Mainz", "A painter and architect who ...", "A wealthy statesman and adviser to ...": a name
# described this way is someone the lesson tells of, not a concept it defines.  A family or a dynasty ("A banking
# family who dominated ...") is left out: raters kept it as a named key concept.
PERSON_NOUNS = frozenset(
    """
    painter sculptor architect engineer artist poet writer novelist playwright composer musician
    philosopher scientist mathematician physicist chemist biologist astronomer inventor explorer
    historian scholar theologian monk nun priest bishop pope cardinal friar goldsmith printer
    merchant banker king queen emperor empress prince princess duke duchess tsar sultan pharaoh
    statesman politician president chancellor senator general admiral commander
    professor teacher student pupil apprentice son daughter father mother brother sister wife husband
    critic journalist editor photographer
    man woman
    """.split()
)

# Occupations and stations a lesson's prose gives a person it tells of ("Joseph Aspdin, a bricklayer from Leeds"):
# with ``PERSON_NOUNS``, what marks a glossed name as someone, not a concept (``lessontext.glossary.biography``).
OCCUPATIONS = frozenset(
    """
    surgeon salesman bricklayer coachman mechanic apothecary craftsman perfumer officer glassblower boy girl showman
    engraver lawyer astrologer antiquary soldier farmer collector naturalist physician doctor traveller missionary
    diplomat minister ambassador clergyman preacher sailor captain dentist nurse chronicler courtier
    """.split()
)
