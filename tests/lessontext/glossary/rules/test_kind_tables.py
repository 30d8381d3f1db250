"""The kind_table_row rule: a table headed by a kind of thing, described by what it looks like or how it forms."""

from __future__ import annotations

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary

GLACIERS = ("# Glaciers\n\nIce shapes the mountains into landforms of its own.\n\n"
            "| Landform | How it forms | What it looks like |\n|---|---|---|\n"
            "| Arête | Two corries are eroded back to back. | A sharp, knife-edged ridge with steep slopes on both sides. |\n"
            "| Pyramidal peak | Three or more corries are eroded around one summit. | A pointed mountain top with steep faces. |\n"
            "| Moraine | When a glacier melts, it drops the rock it carried. | Heaps of unsorted rock and clay. |\n")
COASTS = ("# Coasts\n\nThe sea wears the coast into many landforms.\n\n"
          "| Landform | How it forms | Example in the UK |\n|---|---|---|\n"
          "| Headland and bay | Softer rock is worn back faster than hard rock | Swanage Bay |\n"
          "| Cave | Waves widen a joint in the cliff by hydraulic action | Flamborough Head |\n"
          "| Arch | A cave is eroded right through a headland | Durdle Door |\n")


def _entries(markdown: str) -> dict[str, tuple[str, str]]:
    return {t.term: (t.definition, t.rule) for t in extract_glossary(parse_document(markdown))}


def test_what_it_looks_like_column_is_the_definition():
    entries = _entries(GLACIERS)
    assert entries["Arête"] == ("A sharp, knife-edged ridge with steep slopes on both sides.", "kind_table_row")
    assert entries["Pyramidal peak"] == ("A pointed mountain top with steep faces.", "kind_table_row")


def test_a_cell_that_is_no_noun_phrase_and_a_clause_of_its_own_give_no_entry():
    # "Heaps of ..." has no article; "When a glacier melts, ..." cannot follow "formed when".
    assert "Moraine" not in _entries(GLACIERS)


def test_how_it_forms_column_is_read_on_the_kind_in_the_first_header():
    entries = _entries(COASTS)
    assert entries["Arch"] == ("A landform formed when a cave is eroded right through a headland.", "kind_table_row")
    assert "Headland and bay" not in entries


def test_a_table_of_figures_and_uses_is_no_glossary():
    markdown = ("# Waves\n\nEach kind of wave has its uses.\n\n| Wave | Typical wavelength | Uses |\n|---|---|---|\n"
                "| Radio | 1 m to 1 km | Broadcasting radio and television |\n"
                "| Microwave | 1 mm to 1 m | Cooking food and mobile phones |\n")
    assert not [t for t in extract_glossary(parse_document(markdown)) if t.rule == "kind_table_row"]


BRIDGES = ("# Types of Bridge\n\nEngineers choose among several types of bridge.\n\n"
           "| Type | How it carries the load | Typical span |\n|---|---|---|\n"
           "| Beam | A rigid deck rests on supports and resists bending | Up to 100 m |\n"
           "| Truss | A framework of triangles turns loads into tension and compression | Up to 400 m |\n"
           "| Suspension | The deck hangs from hangers attached to main cables | Up to 2,000 m |\n\n"
           "## Choosing\n\nThe beam bridge is the simplest of all: a log laid across a stream is one.\n\n"
           "A suspension bridge uses towers and cables.\n")


def test_a_rows_label_the_prose_writes_with_the_kind_takes_the_kind():
    """test-cz, both raters: "relabel 'Beam' as 'Beam bridge'", and the prose's remarks on it were duplicates."""
    entries = _entries(BRIDGES)
    assert entries["Beam bridge"] == ("A bridge in which a rigid deck rests on supports and resists bending.",
                                      "kind_table_row")
    assert entries["Suspension bridge"][1] == "kind_table_row"
    assert "Beam" not in entries and "Suspension" not in entries
    assert entries["Truss"][1] == "kind_table_row"  # the prose never writes "truss bridge"


DAMS = ("# Types of Dam\n\nEvery dam holds back water its own way.\n\n"
        "| Type | How it holds back the water | Example |\n|---|---|---|\n"
        "| Gravity dam | Its own great weight resists sliding and overturning | Grand Coulee |\n"
        "| Arch dam | A thin wall curved upstream passes the thrust into the valley sides | Contra Dam |\n"
        "| Rockfill embankment | A mound of broken rock with a clay core or a concrete face | Aswan |\n"
        "| Arch-gravity dam | Combines a curved plan with a thick, heavy section | Hoover Dam |\n")


def test_a_how_it_works_column_reads_its_for_whose_a_noun_phrase_as_the_thing_and_a_clause_after_in_which():
    entries = _entries(DAMS)
    assert entries["Gravity dam"] == ("A dam whose own great weight resists sliding and overturning.", "kind_table_row")
    assert entries["Arch dam"] == ("A dam in which a thin wall curved upstream passes the thrust into the valley sides.",
                                   "kind_table_row")
    assert entries["Rockfill embankment"] == ("A mound of broken rock with a clay core or a concrete face.", "kind_table_row")
    assert "Arch-gravity dam" not in entries  # a bare verb: no subject to put after "in which"


LEGAL = ("# Legal Systems\n\nCountries belong to a few legal families.\n\n"
         "| Legal family | Historical origin | Main source of law |\n|---|---|---|\n"
         "| Common law | Royal courts of medieval England | Statutes plus a large body of judge-made case law |\n"
         "| Civil law | Roman law, codified in the nineteenth century | Comprehensive written codes |\n"
         "| Religious law | Sacred texts | For Islamic law: the Qur'an and the Sunnah |\n")


def test_a_main_feature_column_says_what_sets_each_kind_apart():
    """test-ec: both raters listed the legal families as must-have terms; no column said what each one is."""
    entries = _entries(LEGAL)
    assert entries["Common law"] == (
        "A legal family whose main source of law is statutes plus a large body of judge-made case law.", "kind_table_row")
    assert entries["Civil law"] == ("A legal family whose main source of law is comprehensive written codes.",
                                    "kind_table_row")
    assert "Religious law" not in entries  # a cell opening on "For ...:" is no phrase to follow "is"


def test_a_main_feature_keeps_a_listed_names_capital_and_no_clause_instruction_or_mere_fact_is_read():
    entries = _entries("# Religious Law\n\nSome legal traditions rest on sacred texts.\n\n"
                       "| Legal tradition | Main sources | Where applied |\n|---|---|---|\n"
                       "| Islamic law | Qur'an, Sunnah and scholarly consensus | Saudi Arabia |\n"
                       "| Jewish law | Torah, Talmud and rabbinic rulings | Rabbinic courts |\n")
    assert entries["Jewish law"] == ("A legal tradition whose main sources are Torah, Talmud and rabbinic rulings.",
                                     "kind_table_row")
    seasons = _entries("# Unemployment\n\nThere are several types.\n\n"
                       "| Type | Main focus | Example |\n|---|---|---|\n"
                       "| Seasonal | Demand for workers changes with the seasons | Ski instructors |\n"
                       "| Frictional | Time taken to move between jobs | A graduate |\n"
                       "| Cyclical | Not enough total demand in a downturn | Builders in 2009 |\n")
    assert "Seasonal" not in seasons  # a clause
    paradigms = _entries("# Paradigms\n\nPrograms are written in several styles.\n\n"
                         "| Paradigm | Central idea | Example |\n|---|---|---|\n"
                         "| Functional | Build programs from functions that return values | Haskell |\n"
                         "| Logic | State facts and rules, then ask questions | Prolog |\n")
    assert paradigms == {}  # instructions

    diets = _entries("# Apes\n\nThe great apes differ.\n\n| Ape | Main diet | Range |\n|---|---|---|\n"
                     "| Gorilla | Leaves, stems and shoots | Central Africa |\n| Orangutan | Ripe fruit, plus leaves and bark | Borneo |\n")
    assert diets == {}  # a diet is one fact about each, not what it stands for


APPROACHES = ("# Approaches in Psychology\n\nPsychologists explain behaviour in several ways, and each way of working "
              "rests on its own assumptions about the mind and about the evidence that counts.\n\n"
              "| Approach | Key figures | Main assumption | Typical methods |\n|---|---|---|---|\n"
              "| Biological | Roger Sperry | Behaviour is produced by genes, hormones and brain structures | Brain scans |\n"
              "| Cognitive | Aaron Beck | The mind processes information like a computer; thoughts and beliefs shape "
              "behaviour | Laboratory experiments |\n"
              "| Humanistic | Carl Rogers | People have free will | Interviews |\n")


def test_an_assumption_column_gives_each_clause_after_that_and_an_adjective_row_takes_its_kind():
    """test-ed, both raters: "needs 'that'", "drops the second half of the assumption", "should read 'Humanistic
    approach'"; the rows whose assumption opened on a clause ("Behaviour is produced by ...") were not read."""
    entries = _entries(APPROACHES)
    assert entries["Biological approach"] == (
        "An approach whose main assumption is that behaviour is produced by genes, hormones and brain structures.",
        "kind_table_row")
    assert entries["Cognitive approach"] == (
        "An approach whose main assumption is that the mind processes information like a computer and that thoughts "
        "and beliefs shape behaviour.", "kind_table_row")
    assert entries["Humanistic approach"][0] == "An approach whose main assumption is that people have free will."
