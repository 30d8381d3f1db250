"""Safe cuts that shorten a lifted statement keyed True: what is left is one claim, and still true."""

import pytest

from lessontext.questions.cuts import LONG, TOO_LONG, lone_subordinate, second_claim_cut, shortened
from lessontext.questions.text import words

# (sentence, keys, what the shortened statement must be)
CUT = [
    # A gloss after "that is" goes with its marker (test-ck: "a concession, that is.").
    ("When the new ruler took office in 1854, the engineer quickly obtained from him a concession, that is, a formal grant "
     "by which a government allows a private party to build and run an enterprise for a fixed period.", ("engineer",),
     "When the new ruler took office in 1854, the engineer quickly obtained from him a concession."),
    # A second claim after a semicolon goes.
    ("Norway signed a fishing accord with Iceland in 1994 and has since concluded similar bilateral accords with Chile, "
     "Peru, Ghana, Senegal, Namibia and Angola, among others; the Ghanaian accord was signed in 2011.", ("Norway",),
     "Norway signed a fishing accord with Iceland in 1994."),
    # A trailing participle clause that comments on the fact.
    ("Quarrels over patents and shares of the work between two shipyards delayed the joint frigate programme of "
     "Portugal and Greece in 2015 and 2016, showing how shared projects can become entangled with rivalry.",
     ("Portugal",),
     "Quarrels over patents and shares of the work between two shipyards delayed the joint frigate programme of "
     "Portugal and Greece in 2015 and 2016."),
    # A trailing appositive that describes the last name.
    ("On 12 March 1204, after a siege of nearly three months, the young Count Baldwin of Flanders entered Zara, "
     "the richest harbour town of the Dalmatian coast for more than two hundred years.", ("Baldwin",),
     "On 12 March 1204, after a siege of nearly three months, the young Count Baldwin of Flanders entered Zara."),
    # A trailing range.
    ("In Scandinavia, the Nordic Research Council supports shared laboratory projects among its participating "
     "member states, from small pilot studies to much larger programmes with many contributing partners.", ("Nordic Research Council",),
     "In Scandinavia, the Nordic Research Council supports shared laboratory projects among its participating "
     "member states."),
    # A participle aside between the subject and its verb.
    ("The Baltic Staff College in Riga, founded in 1931 as the Latvian War School, has for decades admitted many "
     "students from abroad alongside local officers and civil servants.", ("Baltic Staff College",),
     "The Baltic Staff College in Riga has for decades admitted many students from abroad alongside local officers "
     "and civil servants."),
]

# (sentence, keys): left as it is, at most ``LONG`` words or no safe cut.
KEPT = [
    # test-en, both raters: "who noticed that if a model folds flat?": the comma closes the condition, its main clause
    # follows
    ("Jun Maekawa noticed that if a model folds flat, the numbers of mountain and valley folds meeting at any interior "
     "point always differ by exactly two.", ("Jun Maekawa",)),
    # Short enough already.
    ("The Danube Commission was set up in 1948 and meets in Budapest every spring.", ("Danube Commission",)),
    # A relation among several members: no member of it is dropped.
    ("In the northern Adriatic, the rescue of sailors has strained relations among Slovenia, Croatia, Italy and the "
     "European Union, and fishing rights have made it worse.", ("Slovenia",)),
    # The "while" side of a contrast is the point.
    ("During the long peace the guild was largely a northern body, while the craftsmen of the southern towns held "
     "their own fairs through a separate league of friendly workshops.", ("guild",)),
    # The participle aside is followed by a second aside naming its noun: cut alone, that one would name the subject.
    ("A Danish copy of the charter, written in Low German, the common language of trade in the ports, was found "
     "in the archives of the city of Lübeck in 1901.", ("Lübeck",)),
]

# Long, and no safe cut leaves a claim with one of its keys: refused.
REFUSED = [
    ("The Coastal Survey Office, formed in the late 1890s after the loss of three steamers showed that the old charts "
     "of the northern fjords could not be trusted, coordinates soundings, tide tables and related harbour data.",
     ("Coastal Survey Office",)),
]


@pytest.mark.parametrize("sentence, keys, expected", CUT)
def test_a_long_statement_is_cut_to_one_claim(sentence, keys, expected):
    assert len(words(sentence)) > LONG
    assert shortened(sentence, *keys) == expected


@pytest.mark.parametrize("sentence, keys", KEPT)
def test_a_statement_without_a_safe_cut_stays_whole(sentence, keys):
    assert len(words(sentence)) <= TOO_LONG
    assert shortened(sentence, *keys) == sentence


@pytest.mark.parametrize("sentence, keys", REFUSED)
def test_a_long_statement_no_cut_shortens_is_refused(sentence, keys):
    assert len(words(sentence)) > TOO_LONG
    assert shortened(sentence, *keys) is None


@pytest.mark.parametrize("sentence, keys", [
    # The only name of the sentence is in the part a cut would drop: nothing checkable would be left.
    ("Relief agencies have long argued that soldiers should be sent to floods only as a last resort, when civilian "
     "means are short, a rule set out in the Lisbon Charter of Relief.", ("Lisbon Charter of Relief",)),
])
def test_a_cut_keeps_a_name_of_the_sentence(sentence, keys):
    short = shortened(sentence, *keys)
    assert short is None or any(k in short for k in keys)


@pytest.mark.parametrize("statement, expected", [
    ("The harbour board of Bergen was founded in 1820 and still meets weekly; its archive burned in 1916.",
     "The harbour board of Bergen was founded in 1820 and still meets weekly."),
    ("Bergen grew; the harbour board was founded in 1820.", None),  # the first part is too short to stand
    ("The harbour board of Bergen was founded in 1820 and still meets weekly.", None),  # no semicolon
])
def test_second_claim_cut(statement, expected):
    assert second_claim_cut(statement) == expected


@pytest.mark.parametrize("sentence, keys", [
    # "and" inside a name, a coordinated subject, or a shared object: never cut there.
    ("In Europe, the Union created a Coastal Search and Rescue framework in 2014 that combines the radars of several "
     "member states to give early warnings of storms.", ("Coastal Search and Rescue",)),
    ("The naturalist Mary Bell watched crows opening nuts in the park and noticed that birds which saw nuts and "
     "seeds first returned more quickly on later days.", ("Mary Bell",)),
    ("The treaties of the river states require every party to a dispute to allow and facilitate the rapid passage of "
     "relief barges for villages in need, subject to inspection.", ("river states",)),
])
def test_no_cut_inside_a_name_a_subject_or_a_shared_object(sentence, keys):
    short = shortened(sentence, *keys)
    assert short is None or short == sentence or not short.rstrip(".").endswith(("Coastal Search", "nuts",
                                                                                    "to allow", "and"))


@pytest.mark.parametrize("sentence, keys, kept_end", [
    # A list of gerunds after a preposition: the words after the comma are its next members, never cut.
    ("In the valley, a river board was set up in 1990 within the wider regional council, and from 2004 the Delta "
     "Water Office concentrated entirely on dredging, mapping and repairing the old canals.", ("Delta Water Office",),
     "mapping and repairing the old canals."),
    ("The guild protected its members by buying, storing or selling grain for the whole town in lean years and "
     "by lending money to widows at no interest.", ("guild",), None),
])
def test_a_list_of_gerunds_is_not_cut_as_a_participle_clause(sentence, keys, kept_end):
    short = shortened(sentence, *keys)
    assert short is None or not short.rstrip(".").endswith(("on dredging", "by buying"))
    if kept_end and short:
        assert short.endswith(kept_end)


@pytest.mark.parametrize("sentence, keys, first_conjunct_alone", [
    # "only"/"solely"/"entirely" closes the set its clause names: cut after the first conjunct, the clause
    # would claim that conjunct alone, which the text denies.
    ("From 1998 the new river office in the lower valley focused solely on training engineers and advising the "
     "village councils on the new rules for drainage.", ("river office",),
     "focused solely on training engineers."),
    ("The harbour fund of the northern provinces was used only for repairs to quays and cranes in small ports and "
     "was later extended to lighthouses along the coast.", ("harbour fund",),
     "was used only for repairs to quays and cranes in small ports."),
])
def test_no_cut_after_the_first_conjunct_of_an_exclusive_claim(sentence, keys, first_conjunct_alone):
    assert len(words(sentence)) > LONG
    short = shortened(sentence, *keys)
    assert short is None or not short.endswith(first_conjunct_alone)


@pytest.mark.parametrize("sentence, keys, expected", [
    # with no exclusive word, the second predicate is a second claim and is cut
    ("The harbour fund of the northern provinces paid for repairs to quays and cranes in small ports and was later "
     "extended to the lighthouses along the whole northern coast.", ("harbour fund",),
     "The harbour fund of the northern provinces paid for repairs to quays and cranes in small ports."),
])
def test_a_second_predicate_without_an_exclusive_word_is_cut(sentence, keys, expected):
    assert shortened(sentence, *keys) == expected


@pytest.mark.parametrize("sentence, keys, expected", [
    # "and only when ...": the second condition of the same "only"; without it the claim says less than the text
    ("The charter says that the reserve troops of the league may be called up only when the harbour is under attack, "
     "and only when the council of the ten towns agrees to it.", ("charter",), None),
    # after "and" a clause with its own subject: "only" does not reach it, and the cut is safe
    ("The town council met only twice in the whole of that long and difficult year, and it passed no new laws about "
     "trade or about the old harbour.", ("town council",),
     "The town council met only twice in the whole of that long and difficult year."),
])
def test_an_exclusive_word_reaches_only_its_own_clause(sentence, keys, expected):
    assert shortened(sentence, *keys) == expected


def test_no_cut_leaves_a_subject_and_its_participle_aside_without_a_verb():
    sentence = ("The Harbour Board, founded at Leith in 1850 by the merchants of Leith, Granton and Newhaven, and later "
                "joined by Portobello and Musselburgh, manages the docks so that one office can plan berths and "
                "avoid delays.")
    cut = shortened(sentence, "Harbour Board")
    assert cut is None or "manages" in cut


@pytest.mark.parametrize("sentence", [
    "After a storm flooded a warehouse at Tilbury in Essex in 1953, the council decided in 1955 that it was very likely to have been a failure of the sea wall.",
    "When the river froze over near Hexham in Northumberland in 1814, the town council concluded that the old bridge had been weakened by the ice.",
])
def test_no_cut_leaves_the_opening_subordinate_clause_alone(sentence):
    short = shortened(sentence)
    assert short is None or not lone_subordinate(short, sentence)
    assert lone_subordinate(sentence.split(",")[0] + ".", sentence)
    assert not lone_subordinate("The council met in 1955.", "The council met in 1955, and it decided.")


def test_a_main_verb_after_an_appositive_is_no_aside_to_cut():
    """An "and" after the comma closes the main clause, not an aside: the verb before it stays."""
    sentence = ("Mexico, one of the original signatories, announced in September 2001 that it regarded the treaty as "
                "obsolete, and its withdrawal took effect in 2004, two years after formal notice as Article 25 requires.")
    short = shortened(sentence, "Mexico")
    assert short is None or "announced" in short


@pytest.mark.parametrize("sentence, keys, fragment", [
    # A time and a subordinate clause before the main clause: a cut of the main clause's appositive leaves no claim.
    ("On 4 June 1872, exactly six years after the charter was sealed, the Guild of Bergen Pilots became a chartered "
     "body within the Norwegian Crown's jurisdiction, with Olsen as its first master.", ("4 June 1872", "Guild of Bergen Pilots"),
     "On 4 June 1872, exactly six years after the charter was sealed."),
    # A subject and its aside, the participle followed by an adverb: no verb of its own.
    ("The Aberdeen Pipe Festival, first staged formally on the lawns of Duthie Park in 1962 and granted the title \"Royal\" "
     "in 2012, draws around 40,000 visitors each June and features pipers from across Scotland and far beyond it.",
     ("Aberdeen Pipe Festival", "Duthie Park"), "The Aberdeen Pipe Festival, first staged formally on the lawns of Duthie Park in 1962."),
    # "accounting, reporting and inspection": a list of nouns in -ing, no participle clause.
    ("Each member must sign a protocol with the Harbour Agency applying its controls, the system of accounting, "
     "reporting and inspection that checks that fuel declared for fishing boats is not sold on to other buyers.",
     ("Harbour Agency",), "the system of accounting."),
])
def test_no_cut_leaves_a_fragment(sentence, keys, fragment):
    short = shortened(sentence, *keys)
    assert short is None or not short.endswith(fragment)


def test_no_cut_parts_a_short_member_from_what_follows_it():
    sentence = ("Ropes can also be joined with two knots, making a bend, as in sheet bends and carrick bends, or three "
                "knots, making a lashing, as in square lashings.")
    assert shortened(sentence) in (None, sentence)
    assert shortened(sentence, "bend").endswith("square lashings.")


def test_no_appositive_cut_inside_a_list_a_colon_opened():
    sentence = ("The league had split into two camps: the Northern Compact of 1894, the Harbour Accord of 1904 and the "
                "Mill Convention of 1907 formed what became known as the Triple Compact.")
    short = shortened(sentence, "Northern Compact")
    assert short is None or "Triple Compact" in short


def test_no_cut_leaves_part_of_what_a_colon_opened():
    """test-db, both raters: "preserves the questions the commissioners asked: the name of each manor." keyed True
    reads as if the first question were all of them."""
    sentence = ("A ledger kept at the abbey records the questions the inspectors asked: the name of each farm, who rented "
                "it before the flood, who rented it afterwards, how many hides it contained, how many ploughs, how many "
                "tenants, cottagers and servants, how much woodland, meadow and pasture, how many mills and barns, and "
                "what it had been worth before and was worth now.")
    assert shortened(sentence) is None
    assert shortened("The mayor was a divisive figure: he had served in the cabinet of a disgraced premier and had been "
                     "held as a suspect in a fraud before being released without any charge.") == (
        "The mayor was a divisive figure: he had served in the cabinet of a disgraced premier.")  # a clause: one claim


def test_no_cut_leaves_a_linking_verb_without_its_complement():
    """test-dv: "from 1889 until 2019 the kilogram was, by definition." (the appositive cut was its complement)."""
    cut = shortened("From 1889 until 2019 the kilogram was, by definition, the mass of one particular cylinder of "
                    "platinum–iridium, about the size of a golf ball, known as the International Prototype of the Kilogram.")
    assert cut is None or not cut.endswith("by definition.")
