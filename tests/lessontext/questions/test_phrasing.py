"""phrasing.lift: a framing label is dropped even when the sentence under it opens in lower case."""

import pytest

from lessontext.questions.phrasing import cut_parenthetical_marker, description_stem, lift, without_emphatic_reflexive


@pytest.mark.parametrize(("sentence", "lifted"), [
    # test-l, test-g: "Key idea: most of ...", "Key point: for a ..." reached stems as layout residue.
    ("Key idea: most of the world's volcanoes are found along the edges of plates.",
     "Most of the world's volcanoes are found along the edges of plates."),
    ("Key point: for a fixed mass, pressure rises with temperature.", "For a fixed mass, pressure rises with temperature."),
    ("Example: the Pacific plate moves north-west.", "The Pacific plate moves north-west."),
    # The article "a" opens the sentence under the label (a reversal on test-q kept "key idea:" in its stem).
    ("Key idea: a reflex arc skips the brain, so the response is fast.", "A reflex arc skips the brain, so the response is fast."),
    # A label that says in what form the statement is written (test-by: "drop the leftover 'In words:'").
    ("In words: the number of keys doubles with each bit.", "The number of keys doubles with each bit."),
    # A label that names the topic stays, whatever the case after it.
    ("Height: tall plants are dominant.", "Height: tall plants are dominant."),
])
def test_a_framing_label_before_a_lower_case_sentence_is_dropped(sentence, lifted):
    assert lift(sentence) == lifted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A distributed system, by contrast, gives every developer a full copy.",
         "A distributed system gives every developer a full copy."),
        ("Descartes, in contrast, stressed doubt and reason.", "Descartes stressed doubt and reason."),
        ("Plants, on the other hand, make their own food.", "Plants make their own food."),
        ("A barge, however, is a flat steel hull.", "A barge is a flat steel hull."),
        ("Slag, meanwhile, is not wasted.", "Slag is not wasted."),  # test-cr: "slag, meanwhile, is wasted"
        # At a clause's end, before a list or an aside: the comma stays ("remain outside among them": test-aq)
        ("Several guilds stayed outside, however, among them the dyers and the tanners.",
         "Several guilds stayed outside, among them the dyers and the tanners."),
        ("Prices rose, however, causing hardship in the towns.", "Prices rose, causing hardship in the towns."),
        # No contrast, or a contrast that names its other end: unchanged.
        ("Cells, for example, divide by mitosis.", "Cells, for example, divide by mitosis."),
        ("Rivers, in contrast to glaciers, flow quickly.", "Rivers, in contrast to glaciers, flow quickly."),
    ],
)
def test_cut_parenthetical_marker(sentence, expected):
    from lessontext.questions.phrasing import cut_parenthetical_marker

    assert cut_parenthetical_marker(sentence) == expected


def test_a_true_false_stem_keeps_the_capital_of_a_country_and_drops_a_contrast():
    """"According to the text, canada's scheme ..." (an unrated dev-b item; raters on test-q marked "english"
    ungrammatical); an ordinary word still loses its capital; a dangling "by contrast" goes (raters on
    test-p: "delete it")."""
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.phrasing import true_false_stem

    lesson = "# Offsets\n\n## Schemes\n\nNorway's scheme is known as ITB. Beneath it sit rules. Pilots use a common medium.\n"
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert true_false_stem("Beneath the council sit committees.", course).endswith("text, beneath the council sit committees.")
    assert true_false_stem("Norway's scheme is known as ITB.", course).endswith("text, Norway's scheme is known as ITB.")
    assert true_false_stem("Pilots use a common medium.", course).endswith("text, pilots use a common medium.")
    assert true_false_stem("Norway, by contrast, kept its rules.", course).endswith("text, Norway kept its rules.")
    # A people's adjective keeps its capital; a statement with its own attribution keeps it alone (test-ce).
    assert true_false_stem("Indian officials kept the rules.", course).endswith("text, Indian officials kept the rules.")
    assert true_false_stem("Portuguese traders kept the rules.", course).endswith("text, Portuguese traders kept the rules.")
    viking = build_course(parse_document("# Ships\n\n## Boats\n\nViking-age shipwrights split logs. The Viking ships were"
                                         " fast.\n"), glossary=(), others=())
    assert true_false_stem("Viking-age shipwrights split logs.", viking).endswith("text, Viking-age shipwrights split logs.")
    assert true_false_stem("According to the sources, pilots met.", course) == \
        "True or false? According to the sources, pilots met."


@pytest.mark.parametrize(("lesson", "statement", "expected"), [
    # A numbered document or part keeps its capital (test-v: "annex 12 to the 1944 Chicago Convention").
    ("Annex 4 to the charter sets the rules. Staff follow it.", "Annex 4 to the charter sets the rules.",
     "text, Annex 4 to the charter sets the rules."),
    # Unless the lesson writes the noun in lower case before a number.
    ("Patients with type 1 diabetes need insulin. Type 1 diabetes starts early.", "Type 1 diabetes starts early.",
     "text, type 1 diabetes starts early."),
    # An adverb before a number is no name.
    ("Roughly 40 states signed. Many did not.", "Roughly 40 states signed.", "text, roughly 40 states signed."),
    # A common name the lexicon lacks keeps its capital; a function word it lacks does not (test-bx: "christianity
    # was banned").
    ("Christianity was banned. Trade was confined.", "Christianity was banned.", "text, Christianity was banned."),
    ("Meanwhile trade grew. Ports opened.", "Meanwhile trade grew.", "text, meanwhile trade grew."),
    # A participle opening the sentence before a name (test-by: "According to the text, Believing Sweden ...").
    ("Believing Vorland was weak, Brelia declared war. Vorland held out.", "Believing Vorland was weak, Brelia declared war.",
     "text, believing Vorland was weak, Brelia declared war."),
    # A possessive name before its noun (test-bj: "yugoslavia's adherence lasted only days").
    ("Vorland's adherence lasted days. Officers rebelled.", "Vorland's adherence lasted days.",
     "text, Vorland's adherence lasted days."),
    # The first name of a person the lesson names in full (test-cn: "helen dies, and Jane stays ...").
    ("Nell Burns, a fellow pupil, is kind. Nell dies, and Ada stays.", "Nell dies, and Ada stays.",
     "text, Nell dies, and Ada stays."),
])
def test_a_numbered_name_keeps_its_capital(lesson, statement, expected):
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.phrasing import true_false_stem

    course = build_course(parse_document(f"# Rules\n\n## Parts\n\n{lesson}\n"), glossary=(), others=())
    assert true_false_stem(statement, course).endswith(expected)


@pytest.mark.parametrize(("text", "title", "lesson", "expected"), [
    # The lesson writes the topic's name capitalised mid-sentence: it keeps its capitals (test-v: "the mongol empire").
    ("The empire did not last.", "The Roman Empire", "The rise of the Roman Empire was slow.", "The Roman Empire did not last."),
    # Written only at a sentence's start: the modifier is lowered ("Mutual defence clauses ...").
    ("The clause applies at once.", "Mutual Defence Clauses", "Mutual defence clauses are common.",
     "A mutual defence clause applies at once."),
    # Never written with its head, but an acronym, or a name the lesson capitalises mid-sentence: kept as written,
    # not lowered ("the anzus treaty").
    ("The pact was never ended.", "The BENELUX Pact", "Three states, known as BENELUX, signed it. The pact held.",
     "The BENELUX pact was never ended."),
    ("The charter applies to every town.", "The Hanseatic Charter", "Towns of the Hanseatic coast traded. The charter held.",
     "The Hanseatic charter applies to every town."),
    # a possessive owner is the topic whatever verb follows ("the guild's charter was renewed"; test-ap: "name the
    # Peninsula Shield Force")
    ("The guild's charter was renewed in 1402.", "The Lindau Weavers Guild",
     "In 1350 the linen weavers founded the Lindau Weavers Guild.", "The Lindau Weavers Guild's charter was renewed in 1402."),
    ("The guild’s masters met every spring.", "The Lindau Weavers Guild",
     "In 1350 the linen weavers founded the Lindau Weavers Guild.", "The Lindau Weavers Guild’s masters met every spring."),
    ("The guild signed in 1402 was dissolved.", "The Lindau Weavers Guild",  # no possessive: a particular one
     "In 1350 the linen weavers founded the Lindau Weavers Guild.", "The guild signed in 1402 was dissolved."),    # test-ck: "Telegraph" is capitalised only inside another name; the lesson writes "telegraphs" too
    ("The cable had a copper core.", "The Transatlantic Telegraph Cables",
     "Electric telegraphs linked cities, and Field founded the Atlantic Telegraph Company in 1856.",
     "The transatlantic telegraph cable had a copper core."),
    # test-cc: a title opening on a preposition names no topic ("a from guarantee").
    ("The guarantee was vague.", "From Guarantee to Alliance: Britain and Poland", "The guarantee was vague.",
     "The guarantee was vague."),
])
def test_name_the_topic_keeps_the_case_the_lesson_writes(text, title, lesson, expected):
    from lessontext.questions.phrasing import name_the_topic

    assert name_the_topic(text, title, lesson) == expected


@pytest.mark.parametrize(("quoted", "stem"), [
    # test-w, test-w-r2: "describe here? “a small region ...”" is awkward; a noun phrase reads after "describe as"
    ("a narrow channel that carries water from the roof to the drain.",
     "Which of the following does the text describe as “a narrow channel that carries water from the roof to the drain”?"),
    ("the tools used by inspectors to check that a bridge is safe.",
     "Which of the following does the text describe as “the tools used by inspectors to check that a bridge is safe”?"),
    ("an instrument, usually made of glass, for measuring temperature.",
     "Which of the following does the text describe as “an instrument, usually made of glass, for measuring temperature”?"),
    # test-ad-r2: a glossary line's bare noun phrase, a noun and a preposition, reads after "describe as" too
    ('Greek for "love of wisdom".', "Which of the following does the text describe as “Greek for ‘love of wisdom’”?"),
    ("money paid to a worker for a week's work.",
     "Which of the following does the text describe as “money paid to a worker for a week's work”?"),
    ("rock formed from cooled lava.", "Which of the following does the text describe as “rock formed from cooled lava”?"),
    # test-g: "describes what happens to ..." is a bare predicate: it completes "which of the following"
    ("describes how long the program takes to finish.",
     "According to the text, which of the following describes how long the program takes to finish?"),
    ("occurs when two plates slide past each other.",
     "According to the text, which of the following occurs when two plates slide past each other?"),
    # A sentence, a list, a word that is also a noun ("measures", "loads"): the quote stays as it was
    ("the speed of a wave depends on the medium.", "Which of the following does the text describe here? “the speed of a wave depends on the medium.”"),
    ("the crew launched the boat at dawn.", "Which of the following does the text describe here? “the crew launched the boat at dawn.”"),
    ("The queue becomes 3, 1, 2.", "Which of the following does the text describe here? “The queue becomes 3, 1, 2.”"),
    ("rain, hail and snow.", "Which of the following does the text describe here? “rain, hail and snow.”"),
    ("measures the flow of charge in a circuit.", "Which of the following does the text describe here? “measures the flow of charge in a circuit.”"),
    ("water in the pipes freezes at night.", "Which of the following does the text describe here? “water in the pipes freezes at night.”"),
    ("it of the day.", "Which of the following does the text describe here? “it of the day.”"),
    ("what remains of the star depends on its mass.", "Which of the following does the text describe here? “what remains of the star depends on its mass.”"),
])
def test_description_stem_fits_the_frame_to_the_quote(quoted, stem):
    assert description_stem(quoted) == stem


@pytest.mark.parametrize(("statement", "expected"), [
    # an emphatic reflexive after the opening subject goes: itself as against what?
    ("Eurostat itself was set up in 1953 and collects figures from member states.",
     "Eurostat was set up in 1953 and collects figures from member states."),
    ("The Hanseatic League itself never had a written constitution.", "The Hanseatic League never had a written constitution."),
    ("Workers themselves elected the committee in 1921.", "Workers elected the committee in 1921."),
    # a reflexive object after a verb or a preposition stays
    ("The liver can repair itself after mild damage.", "The liver can repair itself after mild damage."),
    ("Several towns declared themselves free cities in 1250.", "Several towns declared themselves free cities in 1250."),
    ("A fever in itself is not a disease.", "A fever in itself is not a disease."),
    ("The savings do not themselves earn interest.", "The savings do not themselves earn interest."),
])
def test_without_emphatic_reflexive(statement, expected):
    assert without_emphatic_reflexive(statement) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a concession to the sentence before goes, with or without commas
    ("The duchy nevertheless kept its own mint until 1806.", "The duchy kept its own mint until 1806."),
    ("The guild could, nonetheless, fine members who broke its rules.", "The guild could fine members who broke its rules."),
    ("The guild kept its charter nevertheless.", "The guild kept its charter."),
    # none: nothing to drop
    ("The guild's accounts were never less than exact.", "The guild's accounts were never less than exact."),
    ("The guild fined members who broke its rules.", "The guild fined members who broke its rules."),
])
def test_cut_parenthetical_marker_drops_a_concession(sentence, expected):
    assert cut_parenthetical_marker(sentence) == expected


@pytest.mark.parametrize(("sentence", "lifted"), [
    ("Nevertheless, the guild kept its charter.", "The guild kept its charter."),
    ("Even so, the canal stayed open all winter.", "The canal stayed open all winter."),
    ("Evenings in the valley were cold.", "Evenings in the valley were cold."),
])
def test_an_opening_concession_is_not_lifted(sentence, lifted):
    assert lift(sentence) == lifted


@pytest.mark.parametrize(("statement", "expected"), [
    # a "too" that adds to an earlier sentence goes like "also"; an emphatic "itself" after the subject goes
    ("Norway, too, kept its rules.", "Norway kept its rules."),
    ("Norway kept its rules too.", "Norway kept its rules."),
    ("Norway itself kept its rules.", "Norway kept its rules."),
    ("Norway kept its rules too, and Sweden changed them.", "Norway kept its rules, and Sweden changed them."),
    # "too" of degree and a reflexive object stay
    ("Norway changed its rules too late.", "Norway changed its rules too late."),
    ("Norway declared itself neutral.", "Norway declared itself neutral."),
])
def test_a_true_false_stem_drops_a_pointing_too_and_an_emphatic_itself(statement, expected):
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.phrasing import true_false_stem

    lesson = "# Rules\n\n## Nordic rules\n\nNorway kept its rules. Sweden changed them.\n"
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert true_false_stem(statement, course) == f"True or false? According to the text, {expected}"


@pytest.mark.parametrize(("entry", "lifted"), [
    # A timeline's date label goes into the sentence, with the entry's own day or month when it has one.
    ("1961: On 12 April, a cosmonaut orbits the Earth once.", "On 12 April 1961, a cosmonaut orbits the Earth once."),
    ("1869: In May, the two lines meet at a summit in Utah.", "In May 1869, the two lines meet at a summit in Utah."),
    ("1830s: The first canals lose their trade.", "In the 1830s, the first canals lose their trade."),
    ("1642–1651: Civil wars divide the kingdoms.", "From 1642 to 1651, civil wars divide the kingdoms."),
    # A name after the label keeps its capital.
    ("1905: Einstein publishes four papers.", "In 1905, Einstein publishes four papers."),
    # A label that is not a date stays.
    ("Phase 2: The crew seals the hatch.", "Phase 2: The crew seals the hatch."),
])
def test_a_timeline_date_label_goes_into_the_sentence(entry, lifted):
    assert lift(entry) == lifted


EXAMPLE_LESSON = ("Suppose Farm A grows wheat and Farm B grows barley. Farm A sells its wheat to Farm B for £300. "
                  "Vitamin A and Vitamin D come from food. Plan B was the fallback.")


@pytest.mark.parametrize("statement, expected", [
    ("Farm A sells its wheat to Farm B for £300.", "Farm A"),  # a party of the worked example
    ("Vitamin A comes from food.", None),  # a kind, not a party: "Vitamin A" and "Vitamin D" are no example
    ("Plan B was the fallback.", None),
    ("Farm C grows oats.", "Farm C"),  # the lesson casts other farms by letter
    ("A farm grows wheat.", None),
])
def test_example_placeholder(statement, expected):
    """A party of a worked example named by a letter ("Farm A", beside "Farm B") is named in an example the
    stem must set up (raters on test-an: "add 'In the text's example'")."""
    from lessontext.questions.phrasing import example_placeholder

    assert example_placeholder(statement, EXAMPLE_LESSON) == expected


def test_a_true_false_stem_on_a_worked_example_says_it_is_the_texts_example():
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.phrasing import true_false_stem

    course = build_course(parse_document(f"# Trade\n\n## Gains from trade\n\n{EXAMPLE_LESSON}\n"), glossary=(), others=())
    assert true_false_stem("Farm A sells its wheat to Farm B for £300.", course) == \
        "True or false? In the text's example, Farm A sells its wheat to Farm B for £300."
    assert true_false_stem("Vitamin A comes from food.", course).startswith("True or false? According to the text, ")
