"""The label rule: "**Term**: explanation" in lists and paragraphs."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.label_bodies import narrated_clause
from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "- **Printing press**: a machine that presses inked type onto paper.\n"
            "- **Boiling point**: the temperature at which a liquid turns to gas.\n"
            "- **Peacekeeping**: the use of neutral forces to keep a ceasefire.\n"
            "- **Building Trust and Confidence**: nations meet often and share plans.\n"
            "- **Promoting Mutual Understanding**: states exchange officers.\n"
            "- **Managing risk**: managers should list what can go wrong.\n",
            {
                "Printing press": ("defined", "A machine that presses inked type onto paper."),
                "Boiling point": ("defined", "The temperature at which a liquid turns to gas."),
                "Peacekeeping": ("defined", "The use of neutral forces to keep a ceasefire."),
            },
            ("Building trust and confidence", "Promoting mutual understanding", "Managing risk"),
            id="gerund-compound-is-a-term-gerund-with-object-is-an-activity",
        ),
        pytest.param(
            "- **Treaties**: states sign treaties with partners that share their aims.\n",
            {"Treaties": ("defined", "States sign treaties with partners that share their aims.")},
            (),
            id="label-body-mentioning-the-term-is-not-a-cloze",
        ),
        pytest.param(
            "- Stroke (CVA): loss of brain function when blood flow stops, commonly known as a brain attack.\n",
            {"Stroke": ("acronym", "Loss of brain function when blood flow stops.")},
            ("Brain attack",),
            id="label-alias-after-commonly-known-as",
        ),
        pytest.param(
            "- Source: the place where a river begins.\n- Source: World Bank, 2020.\n",
            {"Source": ("defined", "The place where a river begins.")},
            (),
            id="aside-word-as-a-term-only-with-a-defining-body",
        ),
        pytest.param(
            "**Relief convoys**: Many charities send trucks of food across borders. These convoys carry food"
            " and medicine to people cut off by fighting.\n\n"
            "**Trade fairs**: Trade fairs bring buyers and makers of machines together.\n\n"
            "**Joint patrols**: Neighbouring navies often sail together. These activities build trust.\n\n"
            "**Border posts**: Many travellers cross the river by ferry each day.\n",
            {
                "Relief convoys": ("defined", "Convoys that carry food and medicine to people cut off by fighting."),
                "Trade fairs": ("defined", "Fairs that bring buyers and makers of machines together."),
                "Joint patrols": ("defined", "Activities that build trust."),
                "Border posts": ("defined", "Many travellers cross the river by ferry each day."),
            },
            (),
            id="context-sentence-body-reworded-from-the-sentence-about-the-label",
        ),
        pytest.param(
            "**Border liaison officers**: Acting as a link between two customs services, border liaison officers"
            " settle disputes at the crossing.\n",
            {"Border liaison officers": ("defined", "Officers acting as a link between two customs services.")},
            (),
            id="fronted-participle-describes-the-label",
        ),
        pytest.param(
            "**Pooling Equipment**: Small armies lend each other spare parts and repair crews.\n\n"
            "**Sharing Maps**: Survey teams swap their charts after each season. Map sharing saves money.\n\n"
            "**Managing Risk**: you should list what can go wrong.\n\n"
            "1. **Forming slag.** Calcium oxide reacts with silica to form calcium silicate.\n",
            {
                "Map sharing": ("defined", "The practice in which survey teams swap their charts after each season."),
            },
            # A step told is no practice defined unless the lesson names it with its compound (test-cr: "Forming slag:
            # The practice in which calcium oxide ... reacts with silica", both raters reject).
            ("Managing risk", "Risk managing", "Pooling equipment", "Forming slag"),
            id="gerund-label-names-a-practice-as-the-text-writes-it",
        ),
        pytest.param(
            "1. **Falling faster.** The skydiver speeds up because the weight is larger than the drag.\n"
            "2. **Reaching terminal velocity.** Eventually the drag grows until it is equal in size to the weight.\n",
            {},
            ("Reaching terminal velocity", "Terminal velocity reaching"),
            id="gerund-label-of-a-stage-whose-body-tells-what-happens-next-is-no-practice",
        ),
        pytest.param(
            "- **Contributory negligence**: the claimant was partly to blame for the harm.\n"
            "- **Low temperature**: the enzymes work slowly and are not damaged.\n"
            "- Temperature: the enzymes were damaged.\n",
            {"Contributory negligence": ("defined", "The claimant was partly to blame for the harm.")},
            ("Low temperature", "Temperature"),
            id="bold-label-with-a-past-situation-body-is-a-definition-a-present-comment-is-not",
        ),
        pytest.param(
            "- **Consent** (often expressed in Latin as *volenti non fit injuria*): the claimant freely accepted"
            " the risk of harm.\n",
            {"Consent": ("defined", "The claimant freely accepted the risk of harm.")},
            ("Often expressed in Latin as volenti non fit injuria",),
            id="bold-label-with-an-aside-before-the-colon-the-other-name-is-the-alias",
        ),
    ],
)
def test_labels(body, expected, absent):
    check(body, expected, absent)


def test_a_label_body_opening_on_an_umbrella_demonstrative_is_reworded():
    from tests.lessontext.glossary.support import glossary

    found = glossary("- **Peer review.** These activities check a paper before it is published. Editors choose the"
                     " reviewers.\n- **Preprint.** A paper shared before peer review.")
    assert found.get("Peer review") == ("defined", "Activities that check a paper before it is published.")


def test_a_coordinated_label_with_a_sentence_about_something_else_lists_a_purpose():
    from tests.lessontext.glossary.support import glossary

    found = glossary("Visits serve several purposes:\n\n"
                     "- **Skills and habits**: Young officers learn the routines of a partner's staff.\n"
                     "- **Checks and balances**: Rules that divide power between the branches of a government.\n")
    assert "Skills and habits" not in found
    assert "Checks and balances" in found


def test_a_list_of_principles_states_each_one_in_its_body():
    found = glossary(
        "Donors now accept a set of principles, at least on paper:\n\n"
        "- **Local ownership**: Reform must be led and shaped by the people of the country concerned.\n"
        "- **Sustainability**: A country must be able to pay for the forces it ends up with.\n"
        "- **Respect for human rights**: Vetting programmes can remove individuals responsible for abuses.\n"
    )
    assert found["Local ownership"] == ("defined", "Reform must be led and shaped by the people of the country concerned.")
    assert "Sustainability" in found
    assert "Respect for human rights" not in found  # how a principle is carried out, not what it states


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        pytest.param("- **Iron core**: fusion stops at iron, because fusing iron releases no energy.\n"
                     "- **Glowing shell**: eventually the star puffs off its outer layers.\n",
                     ("Iron core", "Glowing shell"), id="a-stage-of-a-story"),
        pytest.param("- **Peaceful uses**: Article IV affirms the right of all parties to nuclear energy.\n",
                     ("Peaceful uses",), id="a-name-and-its-verb"),
        pytest.param("Critic's view:\nSome writers argue that the Ps look at marketing from the seller's side.\n",
                     ("Critic's view",), id="people-holding-a-view"),
    ],
)
def test_a_body_that_narrates_a_clause_is_no_definition(body: str, absent: tuple[str, ...]):
    check(body, {}, absent)


def test_a_noun_phrase_body_stays():
    check("- **Proteins**: long chains of building blocks called amino acids.\n"
          "- **Lipids**: fats and oils that store energy.\n",
          {"Proteins": ("defined", "Long chains of building blocks called amino acids.")}, ())


@pytest.mark.parametrize(
    ("term", "body", "narrates"),
    [
        ("Iron core", "fusion stops at iron, because fusing iron releases no energy.", True),
        ("Planetary nebula", "eventually the star gently puffs off its outer layers.", True),
        ("Peaceful uses", "Article IV affirms the right of all parties to nuclear energy.", True),
        ("Critic's view", "Some writers argue that the Ps look at marketing from the seller's side.", True),
        ("Proactive interference", "old learning disrupts new learning.", False),
        ("Proteins", "long chains of building blocks called amino acids.", False),
        ("Osmosis", "osmosis moves water across a membrane.", False),
        ("Evaluation visits", "Short visits by foreign teams to confirm the information.", False),
        ("Role 1", "Primary health care, first aid and resuscitation.", False),
        ("Founders", "Article Four applies.", False),  # three words: no word after a verb in third place to read
    ],
)
def test_narrated_clause(term: str, body: str, narrates: bool):
    assert narrated_clause(term, body) is narrates


def test_other_names_after_a_semicolon_are_the_labels_aliases_not_entries():
    """test-dr, both raters: "Seeding" and "Mother-of-pearl" repeated the entries they are other names of."""
    document = parse_document(
        "# Pearls\n\n## Key terms\n\n"
        "- **grafting** – the operation of implanting a nucleus into an oyster; also called seeding or nucleation.\n"
        "- **nacre** – the iridescent material of pearls and shell linings; also called mother-of-pearl.\n")
    terms = {t.term: t for t in extract_glossary(document)}
    assert set(terms) == {"Grafting", "Nacre"}
    assert terms["Grafting"].definition == "The operation of implanting a nucleus into an oyster."
    assert set(terms["Grafting"].aliases) == {"seeding", "nucleation"}
    assert set(terms["Nacre"].aliases) == {"mother-of-pearl"}
