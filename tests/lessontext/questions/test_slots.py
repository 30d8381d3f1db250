"""Slots: a name that is an actor of its sentence's main clause, or a circumstance of it."""

import pytest

from lessontext.questions.slots import (
    circumstance,
    denied,
    described_place,
    excluded_by,
    governed_by_preposition,
    in_opening_clause,
)


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    # Circumstances (test-q, test-m, test-i, test-b): a name after a preposition or in an opening phrase.
    ("The Bridgewater Canal was soon followed by a network of canals across England.", "England", True),
    ("In 2023, a gas pipeline and data cables between Finland and Estonia were damaged by an anchor.", "Finland", True),
    ("In Indonesia, the athletes' village built in Jakarta was converted into a hospital.", "Indonesia", True),
    ("In 1950, minefields held up a large United Nations landing in Korea for days.", "Korea", True),
    ("The International Peace Support Training Centre (IPSTC) in Nairobi plays a role in the region.", "Nairobi", True),
    ("When severe wildfires struck southern Turkey in the summer of 2021, crews came from abroad.", "Turkey", True),
    ("During the crisis in and around Ukraine in 2014, observation flights offered a shared view.", "Ukraine", True),
    ("An alliance with Britain in 1902 confirmed Japan's new standing.", "Britain", True),
    # Actors: subject, object, complement, a member of a listed subject.
    ("In January 2007, China destroyed one of its own weather satellites with a missile.", "China", False),
    ("Japan defeated China in the war of 1894 to 1895 and gained Taiwan.", "China", False),
    ("The most influential deontologist is the eighteenth-century German philosopher Immanuel Kant.", "Immanuel Kant", False),
    ("India, Pakistan and Israel never joined, and North Korea announced its withdrawal in 2003.", "Israel", False),
    ("In the 1980s the New Zealand government adopted a nuclear-free policy, which was made law in 1987.", "New Zealand", False),
    ("The largest operation has been in Somalia.", "Somalia", False),
    ("France was torn apart by the Wars of Religion.", "France", False),
])
def test_a_circumstance_is_told_from_an_actor(sentence, name, expected):
    assert circumstance(sentence, sentence.index(name)) is expected


def test_the_two_kinds_of_circumstance():
    sentence = "Printed copies were soon read across Germany."
    assert governed_by_preposition(sentence, sentence.index("Germany"))
    assert not in_opening_clause(sentence, sentence.index("Germany"))
    sentence = "When wildfires struck Greece, aircraft came from Spain."
    assert in_opening_clause(sentence, sentence.index("Greece"))
    assert not in_opening_clause(sentence, sentence.index("Spain"))


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # A common noun set before the name as its role.
    ("A quarrel broke out between the queen and her cousin Edmund Varley.", "Edmund Varley", "cousin"),
    ("The Portuguese navigator Tomas Ribeira sailed south.", "Tomas Ribeira", "navigator"),
    ("The sculptor Anna Hollis carved the doors.", "Anna Hollis", "sculptor"),
    # A possessive name stands for the determiner (test-bk: "Charles's sister _____" offered two men).
    ("Power passed to Oskar's sister Lena Varga and then to her husband.", "Lena Varga", "sister"),
    ("The regent, first the king's widow Anna Hollis, ruled for a year.", "Anna Hollis", "widow"),
    # A hyphenated role, judged by its last part; a role set off by commas (test-bx: "her Protestant half-sister
    # Henry II", "the disabled youngest son, Charles Dickens, will die").
    ("On her death her Protestant half-sister Lena Varga took the throne.", "Lena Varga", "half-sister"),
    ("He learns that the youngest son, Tom Hale, is ill.", "Tom Hale", "son"),
    # A comma that closes an opening phrase sets off no role.
    ("After the battle, Anna Hollis fled north.", "Anna Hollis", None),
    # A verb, a preposition or nothing before the name: no role.
    ("The army defeated Carthage at last.", "Carthage", None),
    ("The army attacks Carthage every spring.", "Carthage", None),
    ("The forces of Rome withdrew.", "Rome", None),
    ("Spain fought Portugal for years.", "Portugal", None),
    ("The council decided that Portugal must pay.", "Portugal", None),
])
def test_role_before(sentence, name, role):
    from lessontext.questions.slots import role_before

    assert role_before(sentence, sentence.index(name)) == role


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Andorra, a small state with a large bank, opened a mission.", "Andorra", ("small", "state")),
    ("Tomas Ribeira, the royal navigator, sailed south.", "Tomas Ribeira", ("royal", "navigator")),
    ("Spain defeated Portugal, a larger power.", "Portugal", ("larger", "power")),
    # A hyphenated role is judged by its last part.
    ("General Ivo Marek, the army's commander-in-chief, sent troops.", "Ivo Marek", ("army's", "commander-in-chief")),
    ("Lena Varga, the secretary-general, spoke first.", "Lena Varga", ("secretary-general",)),
    # A title after its modifiers is a role too (test-cy: "Tycho Brahe, the eighth Laird of Merchiston"); a name is not.
    ("John Napier, the eighth Laird of Merchiston, was born in 1550.", "John Napier", ("eighth", "laird")),
    ("Spain, the United Kingdom and France signed.", "Spain", ()),
    # A list or a clause after the comma is no appositive.
    ("France, Italy and Spain signed.", "France", ()),
    ("Spain signed, and the treaty held.", "Spain", ()),
])
def test_role_after(sentence, name, role):
    from lessontext.questions.slots import role_after

    assert role_after(sentence, sentence.index(name) + len(name)) == role


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("The retreat became an episode the soldiers called the Long Night.", "Long Night", True),
    ("The treaty, known as the Accord of Vell, ended the war.", "Accord of Vell", True),
    ("The river was named Amarel by the settlers.", "Amarel", True),
    ("The settlers called on Amarel for help.", "Amarel", False),
    ("The soldiers defeated the Long Night raiders.", "Long Night", False),
])
def test_naming_slot(sentence, name, expected):
    from lessontext.questions.slots import naming_slot

    assert naming_slot(sentence, sentence.index(name)) is expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("The ministry set up the Joint Mine Clearance Office, known as JMCO, in 2011.", "Joint Mine Clearance Office", True),
    ("The two capitals opened the Direct Crisis Line, or DCL, in 1970.", "Direct Crisis Line", True),
    ("The Regional Fisheries Board, which meets twice a year, sets the quotas.", "Regional Fisheries Board", False),
    ("The Coastal Survey Agency, known for its charts, was founded in 1902.", "Coastal Survey Agency", False),
])
def test_glossed_by_short_form(sentence, name, expected):
    from lessontext.questions.slots import glossed_by_short_form

    assert glossed_by_short_form(sentence, sentence.index(name) + len(name)) is expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("The donors pledged up to 5 billion US dollars over ten years.", "US", True),
    ("Engineers served with the UN mission in the south for five years.", "UN", True),
    ("The UN sent observers to the border in 1960.", "UN", False),  # a verb after it: the name acts
    ("The fund offers loans to the UN and to its agencies.", "UN", False),  # a conjunction after it
    ("Canada sent engineers to the region.", "Canada", False),  # no short form
])
def test_acronym_modifier(sentence, name, expected):
    from lessontext.questions.slots import acronym_modifier

    assert acronym_modifier(sentence, name, sentence.index(name) + len(name)) is expected


@pytest.mark.parametrize("sentence, name, excluded", [
    ("Outside the formal UN structures, relief groups also meet in Geneva.", "UN", True),
    ("Apart from Portugal, no coastal state signed the accord.", "Portugal", True),
    ("Other than the United States, few members paid in full.", "United States", True),
    ("The council extended its work well beyond Kenya and its neighbours.", "Kenya", True),
    ("Except for Chile, every delegation voted for the plan.", "Chile", True),
    ("Chile voted against the plan.", "Chile", False),  # an actor of the main clause
    ("The border beyond which Peru claims fishing rights was redrawn.", "Peru", False),  # a relative clause of its own
    ("Delegates from Chile met outside the hall.", "Chile", False),  # the exclusion comes after the name
])
def test_excluded_by(sentence, name, excluded):
    assert excluded_by(sentence, sentence.index(name)) is excluded


@pytest.mark.parametrize("sentence, name, expected", [
    ("The towns wanted union, and neither France nor Austria was willing to send troops.", "France", True),
    ("The towns wanted union, and neither France nor Austria was willing to send troops.", "Austria", True),
    ("Neither the United States nor Canada sent ships.", "United States", True),
    ("In the end Britain did not return to the war.", "Britain", True),  # a plain denial too (test-bp, test-dj)
    ("In the end Britain won the war, but Prussia did not.", "Britain", False),
    ("Nobody expected Britain to win.", "Britain", False),
])
def test_denied(sentence, name, expected):
    start = sentence.index(name)
    assert denied(sentence, start, start + len(name)) is expected



def test_a_member_of_a_long_list():
    from lessontext.questions.slots import long_list_member
    sentence = ("Seven ports signed: five on the coast (Bergen, Stavanger, Aalesund, Molde and the Hague) and two "
                "inland, Basel and Vienna.")
    names = ["Bergen", "Stavanger", "Aalesund", "Molde", "Hague", "Basel", "Vienna"]
    at = sentence.index("Molde")
    assert long_list_member(sentence, at, at + 5, names)
    at = sentence.index("Basel")
    assert not long_list_member(sentence, at, at + 5, names)  # a list of two
    short = "The fund links Chile, Peru, Bolivia and Ecuador."
    at = short.index("Peru")
    assert not long_list_member(short, at, at + 4, ["Chile", "Peru", "Bolivia", "Ecuador"])  # four: kept


@pytest.mark.parametrize(("sentence", "name", "people", "left"), [
    ("Spain under Philip II sent an armada north.", "Spain", ["Philip II"], "Spain sent an armada north."),
    ("Egypt, under President Nasser, nationalised the canal.", "Egypt", ["Nasser"], "Egypt nationalised the canal."),
    ("Prussia under King Frederick, a soldier, seized Silesia.", "Prussia", ["Frederick"], "Prussia, a soldier, seized Silesia."),
    # No person after "under": the phrase stays.
    ("The council acted under Article 5 of the treaty.", "council", ["Nasser"], None),
    ("Spain under pressure sent an armada north.", "Spain", ["Philip II"], None),
])
def test_under_its_leader(sentence, name, people, left):
    from lessontext.questions.slots import under_its_leader

    end = sentence.index(name) + len(name)
    cut = under_its_leader(sentence, end, people)
    assert (None if cut is None else sentence[:end] + sentence[cut:]) == left


@pytest.mark.parametrize(("sentence", "name", "added"), [
    ("Norway, Iceland, Liechtenstein and Switzerland also take part.", "Norway", True),
    ("Italy, Belgium, Poland and Czechoslovakia were also represented, Mussolini appearing late.", "Poland", True),
    ("Denmark also agreed to join the coalition against Napoleon.", "Denmark", True),
    ("India, wary of appearing to join a bloc, was also lukewarm.", "India", True),
    ("Japan, too, signed the pact.", "Japan", True),
    ("Peru sent troops as well.", "Peru", True),
    ("Spain, as well as Portugal, joined the league.", "Spain", False),
    ("Britain was too weak to act alone.", "Britain", False),
    ("Germany led the talks, and Britain also joined.", "Germany", False),
    ("ICAO sets rules for pilots, which military aviators must also meet.", "ICAO", False),
    ("France and Spain are core partners; Lithuania has also bought the system.", "France", False),
])
def test_added_to_others(sentence, name, added):
    at = sentence.index(name) + len(name)
    from lessontext.questions.slots import added_to_others

    assert added_to_others(sentence, at) is added


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    # A name before a noun that is no verb modifies it: no person who acts (test-be: "Former Boer generals").
    ("Former Boer generals quickly became political leaders.", "Former Boer", True),
    ("The Varley government fell in the spring.", "Varley", True),
    # A verb, an adverb, a pronoun or a comma after the name: the person acts.
    ("Henry Tudor became king after the battle.", "Henry Tudor", False),
    ("Lena Varga invited both leaders to the capital.", "Lena Varga", False),
    ("Lena Varga then invited both leaders.", "Lena Varga", False),
    ("Lena Varga, the premier, invited both leaders.", "Lena Varga", False),
    ("Lena Varga himself signed.", "Lena Varga", False),
])
def test_modifies_a_noun_after(sentence, name, expected):
    from lessontext.questions.slots import modifies_a_noun_after

    assert modifies_a_noun_after(sentence, sentence.index(name) + len(name)) is expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    # "the" and adjectives before the name describe it (test-bh: "the young Spain", test-bk: "the independent Greece").
    ("The young United States welcomed the principles.", "United States", True),
    ("The treaty said nothing of the independent Armenia or the Kurdish autonomy.", "Armenia", True),
    ("The powerful Soviet Union refused.", "Soviet Union", True),
    # An article alone, a noun or a preposition before the name: no adjective of it.
    ("It was signed by the United States.", "United States", False),
    ("The treaty with Spain held.", "Spain", False),
    ("The treaty signed Spain away.", "Spain", False),
])
def test_modified_after_article(sentence, name, expected):
    from lessontext.questions.slots import modified_after_article

    assert modified_after_article(sentence, sentence.index(name)) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Swedes swept through central ", True),  # a place described: world knowledge fills the gap
    ("Peace talks moved to the capital of newly independent ", True),
    ("The treaty recognised an independent ", True),
    ("Raids reached north-eastern ", True),
    ("German forces invaded ", False),  # a verb's object
    ("The envoys were led by ", False),
    ("Troops from the neighbouring ", False),  # a participle that is also a verb
])
def test_described_place(sentence, expected):
    assert described_place(sentence + "Latvia.", len(sentence)) is expected
