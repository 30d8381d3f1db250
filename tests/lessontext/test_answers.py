"""Tolerant grading of typed answers."""

import pytest

from lessontext.answers import american_spelling, answer_matches, distinct_answers


@pytest.mark.parametrize(
    "response, answers, expected",
    [
        ("Turkey", ("Turkey",), True),
        ("  turkey ", ("Turkey",), True),  # case and spacing
        ("Turkey.", ("Turkey",), True),  # punctuation
        ("the United Nations", ("United Nations",), True),  # leading article
        ("an offer", ("Offer",), True),
        ("stomata", ("Stomatas",), True),  # singular / plural
        ("peacekeeping operation", ("Peacekeeping operations",), True),
        ("co-operative security", ("Cooperative security",), True),  # hyphen
        ("cooperative  security", ("Co-operative Security",), True),
        ("Gutenburg", ("Gutenberg",), True),  # one typo in a long answer
        ("mitochondrin", ("Mitochondrion",), True),
        ("NADPH", ("NADPH",), True),
        ("UN", ("United Nations", "UN"), True),  # alternative answers
        ("attachés", ("Attaches",), True),  # accents
        ("Mali", ("Bali",), False),  # no typo tolerance for short answers
        ("ATP", ("ADP",), False),
        ("1918", ("1914",), False),  # numbers must be exact
        ("1,914", ("1914",), True),  # the same number
        ("19144", ("1914",), False),
        ("Russia", ("Turkey",), False),
        ("", ("Turkey",), False),
        ("the", ("Turkey",), False),
        ("Gtnbrg", ("Gutenberg",), False),  # too many typos
        ("mice", ("Mouse",), True),  # irregular plurals
        ("analysis", ("analyses",), True),
        ("12,500", ("12500",), True),  # thousands separators
        ("12 500", ("12,500",), True),
        ("2.50", ("2.5",), True),  # the same value
        ("£40", ("40",), True),
        ("45%", ("45 %",), True),
        ("2.5", ("25",), False),  # a different value
        ("12,501", ("12,500",), False),
        # Standard form as a lesson prints it and as a learner types it.
        ("3.98e-19", ("3.98 × 10⁻¹⁹",), True),
        ("3.98 x 10^-19", ("3.98 × 10⁻¹⁹",), True),
        ("3.98*10^(-19)", ("3.98 × 10⁻¹⁹",), True),
        ("398", ("3.98 × 10²",), True),
        ("3.98e-18", ("3.98 × 10⁻¹⁹",), False),
        ("3 x 105", ("3 × 10⁵",), False),  # "105" typed on the line is no power
        # A figure worked to more places than the key's rounding.
        ("3.06", ("3.1",), True),
        ("1.05e-6", ("1.1 × 10⁻⁶",), True),
        ("3.16", ("3.1",), False),
        ("3", ("3.1",), False),  # fewer places
        ("12.4", ("12",), False),  # a whole key is exact
        # Names joined by "and"/"or" in either order, with or without their articles (test-m: format).
        ("North Sea and Baltic Sea", ("Baltic Sea and the North Sea",), True),
        ("the North Sea and the Baltic Sea", ("Baltic Sea and the North Sea",), True),
        ("North Sea and Black Sea", ("Baltic Sea and the North Sea",), False),
        ("North Sea", ("Baltic Sea and the North Sea",), False),  # one of the two is not the answer
        ("Baltic Sea and North Sea and Irish Sea", ("Baltic Sea and the North Sea",), False),
        # British and American spellings, either way round (dev, test-s: "add the US spelling").
        ("centralized systems", ("centralised systems",), True),
        ("Regional Maritime Center", ("Regional Maritime Centre",), True),
        ("fibre", ("fiber",), True),
        ("defense", ("defence",), True),
        ("training program", ("training programme",), True),
        ("hemoglobin", ("haemoglobin",), True),
        ("esophagus", ("oesophagus",), True),
        ("catalog", ("catalogue",), True),
        ("meter", ("litre",), False),  # a folded spelling is still its own word
        ("offense", ("defence",), False),
    ],
)
def test_answer_matches(response, answers, expected):
    assert answer_matches(response, answers) is expected


@pytest.mark.parametrize("answers, expected", [
    # test-o: four case and number spellings of one form; the case variants go, the singular stays
    (["Hostile groups", "hostile groups", "Hostile group", "hostile group"], ("hostile groups", "hostile group")),
    (["Indonesia"], ("Indonesia",)),
    (["ICRC", "International Committee of the Red Cross", "icrc"], ("ICRC", "International Committee of the Red Cross")),
    (["the real rate", "real rate"], ("the real rate",)),
    # a hyphen or an apostrophe is another spelling a reader looks for (test-ck, test-cj)
    (["gutta-percha", "Gutta-percha", "gutta percha"], ("gutta-percha", "gutta percha")),
    (["Charles's law", "Charles’s law", "Charles' law"], ("Charles's law", "Charles' law")),
])
def test_distinct_answers(answers, expected):
    assert distinct_answers(answers) == expected


@pytest.mark.parametrize("response", ["HOSTILE GROUPS", "a hostile group", "hostile-groups", "hostle groups", "militants"])
def test_distinct_answers_grade_as_the_full_list(response):
    answers = ["Hostile groups", "hostile groups", "Hostile group", "hostile group"]
    assert answer_matches(response, distinct_answers(answers)) == answer_matches(response, answers)


@pytest.mark.parametrize("text, expected", [
    ("Regional Maritime Centre", "Regional Maritime Center"),
    ("centralised systems", "centralized systems"),
    ("Nordic Defence Cooperation", "Nordic Defense Cooperation"),
    ("colour vision", "color vision"),
    ("haemoglobin", "hemoglobin"),
    # Words that keep their spelling in American English: the fold is no word English uses.
    ("physical exercise", "physical exercise"),
    ("free enterprise", "free enterprise"),
    ("a tour", "a tour"),
    ("genre", "genre"),
    ("potential difference", "potential difference"),
])
def test_american_spelling(text, expected):
    assert american_spelling(text) == expected
