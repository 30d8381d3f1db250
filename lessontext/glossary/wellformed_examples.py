"""What the well-formedness gate (:mod:`lessontext.glossary.wellformed`) returns for typical definitions.

The publishing gate's examples, kept apart from its checks: ``entry_gates`` registers them and its test runs them.
"""

from __future__ import annotations

# (term, definition, what the gate returns): the behaviour the publishing gate's test asserts.
WELL_FORMED_EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    ("End user", "The by which the weapons will be used only.", None),
    ("Short outbreak", "An outbreak during which such as food poisoning after a wedding meal.", None),
    ("Waterfall", "Often form where a band of hard, resistant rock lies on top of softer rock.", None),
    ("Sports council", "Known by its French initials as CISM.", None),
    ("Pitch", "The pitch of a sound depends on its frequency.", None),
    ("Attack rate", "During a short outbreak, such as a meal, cumulative incidence.", None),
    ("Tag", "A name given to a commit (for example a release.", None),
    ("Arms transfer", "A diplomatic act as much as a commercial one.", None),
    ("Explicit memory", "Memories we can consciously recall and describe.", "Memories we can consciously recall and describe."),
    ("Surveying", "Field teams can map a whole site in a single day.", None),
    ("Quorum", "The smallest number of members a meeting can act with.",
     "The smallest number of members a meeting can act with."),
    ("Subsidiarity", "Decisions should be taken as close to citizens as possible.",
     "Decisions should be taken as close to citizens as possible."),
    ("Andesite", "A rock common in volcanoes such as those of the Andes.",
     "A rock common in volcanoes such as those of the Andes."),
    ("Tritone", "An interval of 6 semitones, e.g. C to A.", "An interval of 6 semitones, e.g. C to A."),
    ("Short-term memory", "A memory that holds what we are aware of.", "A memory that holds what we are aware of."),
    ("Capillaries", "Narrower tubes.", None),
    ("Twigs", "Even thinner branches.", None),
    ("Twigs", "Branches thinner than a finger.", "Branches thinner than a finger."),
    ("Upper house", "The upper chamber of a parliament.", "The upper chamber of a parliament."),
    ("Ultraviolet", "Light beyond it.", None),
    ("Open circuit", "A circuit with a gap in it.", "A circuit with a gap in it."),
    ("Lever", "A bar in which the reason lies.", None),
    ("Edict", "A decree under which in 1598.", None),
    ("Alveoli", "Sacs that a cluster of tiny air.", None),
    ("Ledger", "A book that the clerk kept.", "A book that the clerk kept."),
    ("Digital transfers", "Transfers that over the internet, are harder to trace.", None),
    ("Humus", "Matter that over many years becomes part of the soil.", "Matter that over many years becomes part of the soil."),
    ("Hot peppers", "Peppers that best added late, such as chillies are often.", None),
    ("Arms control", "A broader idea than disarmament.", None),
    ("Heavy water", "A denser liquid than ordinary water, used to slow neutrons in reactors.",
     "A denser liquid than ordinary water, used to slow neutrons in reactors."),
    ("Habitat", "The place in which an organism lives.", "The place in which an organism lives."),
    ("Tundra", "Mostly a treeless plain.", None),
    ("Tundra", "A treeless plain, mostly frozen.", "A treeless plain, mostly frozen."),
)
