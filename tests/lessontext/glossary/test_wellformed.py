"""Each well-formedness shape: the broken definitions it names and the sound ones it leaves alone."""

import pytest

from lessontext.glossary.wellformed import SHAPES, ill_formed, verdict_predicate

BROKEN = [
    ("second_predicate", "Quarantine", "A last resort and is governed by national law."),
    ("own_subject", "Pitch", "The pitch of a sound depends on its frequency."),
    # a name after the head is one worked case's, not a contact clause of the definition
    ("own_subject", "Travel time", "The gap between the time Priya arrives and the time the bus departs."),
    ("determiner_gap", "End user", "The by which the weapons will be used only."),
    ("bare_comparative", "Capillaries", "Narrower vessels."),
    ("bare_comparative", "Twigs", "Even thinner branches."),
    ("bare_comparative", "Foothills", "The gentler, greener slopes."),
    ("pronoun_end", "Ultraviolet", "Light beyond it."),
    ("pronoun_end", "Kidney", "Essential to this."),
    ("reversed_lies_in", "Trade", "A link in which the secret of their wealth lies."),
    ("relative_cut", "Edict", "A decree under which in 1598."),
    ("relative_cut", "Alveoli", "Sacs that a cluster of tiny air."),
    ("relative_cut", "Root hairs", "Cells which the tip of a root."),
    ("dangling_end", "Tumours", "Growths can also start in the skin itself; these."),
    ("other_case", "Steep slope", "A slope that drains fast; a gentle slope holds water."),
    ("members_as_collection", "Ossicles", "A chain of three tiny bones."),
    ("members_as_collection", "Antennae", "A pair of feelers."),
    ("members_as_collection", "Neurons", "Two types of nerve cell."),
    ("same_as_unseen", "Flat fee", "The same every month, however much you use."),
    ("kind_explained", "Mass", "A scalar quantity, which means it has no direction."),
    ("formula_of_other", "Square", "Perimeter = 4 × side."),
    ("formula_of_other", "Sphere", "Volume = ⁴⁄₃ × π × r³."),
    ("formula_of_other", "Change in mass", "12 − 9 = 3 g."),
    ("formula_of_other", "Power of the kettle", "P = E / t = 6000 J ÷ 20 s = 300 W."),
    ("passive_predicate", "Harbour Board", "Founded in 1872 by the city's merchants."),
    ("passive_predicate", "Charts", "Printed on waterproof paper for use at sea."),
    ("passive_predicate", "Peace Accord", "Signed at Geneva after six weeks of talks."),
    ("passive_predicate", "Quadrantids", "Best seen from the north."),  # test-dw, both raters
    ("passive_predicate", "Enzymes", "Broken down within hours once the meal is digested."),
    ("pronoun_condition", "Steam", "When it cools it."),
    ("pronoun_condition", "Alloys", "If they are heated slowly, the crystals grow larger."),
    ("pronoun_condition", "Budget", "While a spending plan is being drafted it."),
    ("name_only", "Bazaar", "The Persian word from which \"bazaar\" comes."),
    ("pronoun_end", "Dental check-up", "A visit that costs only a small part of this."),
    ("hedged_predicate", "Tundra", "Mostly a treeless plain."),
    ("hedged_predicate", "Basin", "Largely an open plain of salt."),
    ("only_key_to", "Gear ratio", "A simple number that is the key to cycling fast."),
    ("verb_headword", "Crystallises", "Salt forms cubes as the water evaporates."),
    ("verb_headword", "Iron oxidises", "Orange flakes of rust appear on the nail."),
    ("relative_phrase_only", "Online orders", "Orders that through the website, are harder to trace."),
    ("relative_phrase_only", "Seed banks", "Stores which in cold rooms, protect seeds for decades."),
    ("copula_end", "Soft fruits", "Fruits that picked by hand, such as raspberries are usually."),
    ("copula_end", "Hand tools", "Tools that sharpened each week, like chisels and saws are often."),
    ("compared_only", "Sea power", "A wider notion than naval strength."),
    ("names_other_term", "Orbit watching", "Tracking objects in orbit is known as space situational awareness."),
    ("names_other_term", "Coastal retreat", "Land lost to the sea each year is called coastal erosion."),
    ("compared_only", "Cyber defence", "A more modest aim than deterrence."),
    ("compared_only", "Bus fare", "A bigger part of a student's budget than of a banker's."),
    ("kind_explained", "Velocity", "A vector quantity: it has a size and a direction."),
    ("points_back", "Rent", "Both the payment and the charge."),
    ("points_back", "Regency", "The period that followed."),
    ("points_back", "Profit", "Earned is then found by subtracting the costs."),
    ("predicative", "Distances", "Vast, weather is unforgiving and infrastructure is sparse."),
    ("predicative", "Data", "Numerical and fairly evenly spread."),
    ("second_predicate", "Use of force", "A last resort and is governed by national law."),
    ("second_predicate", "Close narrator", "The tale from afar but keeps near to one hero."),
    ("name_for_verb", "Standing multinational groups", "Groups that Mine Countermeasures Groups, which keep minehunters."),
    ("verb_disagrees", "Baltic Sea and the North Sea", "A sea that still contain large quantities of ordnance."),
    ("determiner_gap", "End user", "The by which the weapons will be used only."),
    ("determiner_gap", "Budget", "A plan of the and how it is spent."),
    ("relative_without_clause", "Short outbreak", "An outbreak during which such as food poisoning after a meal."),
    ("relative_without_clause", "Channel", "A route through which, in practice."),
    ("relative_without_clause", "Quorum", "A meeting at which, at least, half."),
    ("claim_headword", "Rivers are long", "Most flow for hundreds of kilometres before they reach the sea."),
    ("dangling_end", "Ledger", "A book that records every account and the."),
    ("unbalanced", "Bilateral events", "Events on a smaller scale (for example, matches between crews."),
    ("cut_predicate", "Deposition", "Then seals off the old bend, leaving a curved lake."),
    ("cut_predicate", "Waterfall", "Often form where a band of hard rock lies on top of softer rock."),
    ("name_only", "Sports council", "Known by its French initials as CISM."),
    ("scene_setting", "Attack rate", "During a short outbreak, such as a meal, cumulative incidence."),
    ("scene_setting", "Duration", "Without rehearsal, information fades quickly."),
    ("weighed_claim", "Arms transfer", "A diplomatic act as much as a commercial one."),
    ("weighed_claim", "Forgetting", "A normal part of memory, not simply a failure."),
    ("weighed_claim", "Model", "A useful starting point, but later research showed that rehearsal is weak."),
    ("weighed_claim", "Defence education", "A form of cooperation that works slowly but deeply."),
    ("own_subject", "Pitch", "The pitch of a sound depends on its frequency."),
    # a name after the head is one worked case's, not a contact clause of the definition
    ("own_subject", "Travel time", "The gap between the time Priya arrives and the time the bus departs."),
    ("own_subject", "Loudness", "The loudness of a sound depends mainly on its amplitude."),
    ("modal_statement", "Surveying", "Field teams can map a whole site in a single day."),
    ("modal_statement", "Crisis", "A consul's friends in other ministries could prove useful."),
    ("gerund_after_which", "Soil erosion", "A process in which making the field poorer when the topsoil washes away."),
    # A rebuilt relative clause that is no English, whatever rule rebuilt it.
    ("verbless_relative", "Tuning pegs", "Four wooden pegs with which a carved scroll sitting above the neck."),
    ("verbless_relative", "Slack water", "A pause in which but the current is also turning along the estuary."),
    ("verbless_relative", "Glucose", "A sugar into which there it splits the starch and is absorbed."),
    ("verbless_relative", "Long Parliament", "A session in which debt and drought, the queen ruled without a council."),
    ("verbless_relative", "Scree", "A slope over which Ben Lomond is a fine example: the rock falls."),
    # A noun after a preposition is its object, never the clause's verb ("from ports"): the clause stops unfinished.
    ("verbless_relative", "Convoy system", "A system in which ships from ports in the south, such as Lisbon and Cadiz."),
    ("article_number", "Offside rule", "A rules under which a player may not wait behind the defenders."),
    ("article_number", "Dactyl", "A three syllables together that speed the line up."),
    ("second_label", "Neap tide", "No. Some harbours have only one high tide each day; this."),
    ("comma_splice", "Latin", "The language of the church, services were sung in it for centuries."),
    ("named_by_relative", "Object", "The receiver of the action, which linguists call the patient."),
    ("second_label", "Reported speech", "She said she was tired. Direct: She said, \"I am tired.\""),
    ("second_label", "Simile", "Brave as a lion. Metaphor: He is a lion."),
    ("bare_clause", "Reed", "Most woodwind instruments use a reed."),
    ("scene_setting", "Carbon fixation", "Inside the leaf, the carbon is used to build sugars."),
    ("scene_setting", "Duty roster", "In the Royal Navy the watch."),
    ("members_as_collection", "Anthers", "The ring of small yellow sacs."),
    # test-cj: a clause's subject pronoun left at the end; a verdict on the thing, no saying what it is.
    ("pronoun_end", "Hurricane", "Over the North Atlantic and the north-east Pacific it."),
    ("pronoun_end", "Typhoon", "Over the north-west Pacific it."),
    ("weighed_claim", "Climate change", "A global problem."),
    ("weighed_claim", "Gas", "The easiest state of matter to describe with a single mathematical rule."),
    ("predicative", "Surges", "The highest where the sea is shallow and the coastline is low."),
]

SOUND = [
    # a gerund or participle phrase that reaches its own verb is the subject of the "in which" clause
    ("Inflation spiral", "A process in which rising wages push prices higher, which pushes wages up again."),
    ("Anion", "A charged particle into which adding an electron turns an atom."),
    # what every member of the headword's class does: the author's gloss in sentence form
    ("Adverb", "An adverb adds information to a verb, an adjective or another adverb."),
    # a shape made of one substance is the thing itself, not the arrangement of its members
    ("Sphincters", "A ring of muscle that closes a tube."),
    ("Cell membranes", "A thin layer of fat and protein around the cell."),
    # two participles joined by "and", the second with its agent: both describe the noun
    ("Gelatine", "A clear protein made from animal bones and used by cooks to set jellies."),
    # "each" standing alone before "of" or "with": a pronoun, not a determiner missing its noun
    ("Joint command", "A command shared by two officers, each of whom can veto the other."),
    ("Gears", "The toothed wheels on the rear hub, each with its own number of teeth."),
    # a noun phrase right after the head opens a contact clause: its verb is not the head's
    ("Base rate", "The interest rate the central bank pays on the reserves that lenders hold with it."),
    ("Fare", "The price a passenger pays for one journey."),
    ("Strophic form", "A song structure in which every verse, A and then A again, uses the same tune."),
    ("Tuning note", "The A above middle C, which the oboe sounds before a concert."),
    ("Liaison desk", "An office able to reach the WHO at any hour."),
    ("Logic gate", "A circuit such as an OR gate that combines two signals."),
    ("Drought", "A period in which, over several seasons, rainfall stays far below its usual level."),
    ("Overdraft", "An arrangement under which, for an agreed fee, the bank lets a customer spend more than they hold."),
    ("Island arcs", "Chains of volcanic islands that form where two ocean plates meet."),
    ("Explicit memory", "Memories we can consciously recall and describe."),
    ("Andesite", "A rock common in volcanoes such as those of the Andes."),
    ("Tritone", "An interval of 6 semitones, e.g. C to A."),
    ("Short-term memory", "A memory that holds the information we are currently aware of."),
    ("Breccia", "Like conglomerate but with angular fragments, suggesting short transport."),
    ("Hooke's law", "For many materials, stress is proportional to strain up to a limit."),
    ("Proactive interference", "Old learning disrupts new learning, as when you write last year's date."),
    ("Thermic effect of food", "Digesting, absorbing and processing food itself uses energy."),
    ("Herd behaviour", "When one trader sells, the others sell too."),
    ("By-product", "A secondary product made in the making of something else."),
    ("Treaty", "A treaty that requires its parties to establish national control systems."),
    ("Second normal form", "The state of a table in which every attribute depends on the whole key, not just part."),
    ("Usually", "Usually a small group that meets in secret."),
    ("Storm season", "The season from about May to early October, when storms form."),
    # A contact clause ("a meeting can act with") and a principle ("should") are not modal statements.
    ("Quorum", "The smallest number of members a meeting can act with."),
    ("Subsidiarity", "Decisions should be taken as close to citizens as possible."),
    ("Agility", "The ability to move quickly, so that a team can adapt."),
    # A list of adjectives before the noun, a verb inside a relative clause, a past verb: noun phrases.
    ("Macrophages", "Large, long-lived phagocytes that patrol tissues."),
    ("Point load", "A load that acts at a single spot and is measured in kilonewtons."),
    ("Bus", "A vehicle that carried passengers."),
    # A comparative with its "than", or a position word; a pronoun anchored by "with"; a place something lies in.
    ("Capillaries", "Vessels narrower than a hair."),
    ("Upper house", "The upper chamber of a parliament."),
    ("Census", "A count of the number of people."),
    ("Silt", "A layer of fine mud."),
    ("Open circuit", "A circuit with a gap in it."),
    ("Lowland", "A shallow basin in which most lakes lie."),
    ("Edict", "A decree under which traders paid a fixed toll."),
    ("Bazaar", "The Persian word for a market, now a covered street of shops."),
    ("Thaw", "When the ground warms after winter and the ice in it melts, the soil softens."),
    ("Convoy system", "A system in which ships from ports in the south sailed together."),
    ("Weak acid", "An acid that only partly ionises; the acid molecules stay mostly whole."),
    ("Mammals", "A group of animals that feed their young on milk."),
    ("Kilowatt-hour", "The same amount of energy as a 1 kW heater uses in an hour."),
    ("Velocity", "A vector quantity that gives the rate of change of position."),
    ("Aftershock", "A smaller earthquake that followed a larger one."),
    ("Amphibian", "An animal that lives both in water and on land."),
    ("Ear", "A chain of three tiny bones and a drum."),
    ("Young Turks", "A group of reforming officers."),
    ("Isotopes", "Two or more forms of the same element."),
    # A formula for the headword itself, in words or with a letter for it; material and origin after a
    # participle; a noun in "-ises"; a clause that says what the head does, not that it is a key.
    ("Density", "Density = mass ÷ volume."),
    ("Speed", "s = d ÷ t, where d is the distance."),
    ("Basalt", "Formed from lava that cooled quickly."),
    ("Bronze", "Made of copper and tin."),
    ("Guild council", "Organised by trade, one seat for each craft."),
    ("Premises", "A building and the land that belongs to a business."),
    ("Franchises", "Licences to trade under a brand's name."),
    ("Keystone", "The wedge-shaped stone at the top of an arch that locks the others in place."),
    ("Key", "A piece of metal cut to open a lock."),
    # A relative clause whose verb follows its phrase, a comma between two adjectives, paired commas; a copula
    # with its complement; a comparison that goes on to say what the thing is.
    ("Topsoil", "Soil that over centuries builds up from rotted leaves."),
    ("Ledger", "A book that the clerk kept."),
    ("Monsoon", "A seasonal wind that brings heavy rain is known as a monsoon."),
    ("Simple interest", "Interest paid only on the original sum, called the principal."),
    ("Gill", "An organ that a fish breathes with."),
    ("Neurotransmitters", "Chemicals that the neuron releases at a synapse."),
    ("Licensing", "Rules so that the buyer's own firms gain new skills."),
    ("Bunting", "Flags such as these."),
    ("Rule of thumb", "A guide that on a cold, wet day tells you to wear two layers."),
    ("Sediment", "Grains that, in slow rivers, settle to the bed."),
    ("Tidal range", "The height by which the sea rises, which is often large."),
    ("Brine", "A saltier liquid than sea water, used to preserve food."),
    ("Sleet", "A mixture of rain and snow that is wetter than snow alone."),
    # A clause that says what the thing does or is made of, not how good it is; "in which" before a noun in -ing.
    ("Catalyst", "A substance that makes a reaction faster without being used up."),
    ("Lens", "A piece of glass that makes light rays converge or spread out."),
    ("Enzyme", "A protein that acts as a catalyst in living cells."),
    ("Lever", "A bar that offers a mechanical advantage by turning about a pivot."),
    ("Warehouse", "A building in which goods are stored before sale."),
    ("Gymnasium", "A hall in which training takes place."),
    ("Aquifer", "A layer of rock that is useful as a source of groundwater."),
    # A "preposition + which" clause with its own finite verb, a list before the verb, a verb only the repairs
    # give a subject; a plural that is singular ("a means"); a naming clause that names the headword itself.
    ("Pulley", "A wheel with which a rope lifts a heavy load."),
    ("Combustion", "A reaction in which fuel, heat and oxygen are all present."),
    ("Treaty port", "A harbour through which trade entered the country."),
    ("Stomata", "Tiny pores through which enters the leaf."),
    ("Currency", "A means by which people exchange goods."),
    ("Lever", "A bar that a small force turns, which engineers call a lever."),
    ("Cello", "The string instrument, which orchestras seat beside the violas."),
    ("Polygon", "A closed shape. Its sides are straight lines."),
    ("Nucleus", "Several cells together with a membrane."),
    ("Anther", "The ring of small yellow sacs."),
    ("Alloy", "A cheap but strong metal made by mixing two others."),
    ("Echelon form", "The state of a matrix in which every row starts further right than the row above it."),
    ("Jupiter", "The largest planet in the solar system."),
    ("Gas", "A state of matter."),
]


@pytest.mark.parametrize(("shape", "term", "definition"), BROKEN)
def test_broken_definition_is_named(shape, term, definition):
    assert ill_formed(term, definition) == shape


@pytest.mark.parametrize(("term", "definition"), SOUND)
def test_sound_definition_passes(term, definition):
    assert ill_formed(term, definition) is None


def test_every_shape_has_a_broken_example():
    assert {name for name, _ in SHAPES} == {shape for shape, _, _ in BROKEN}


@pytest.mark.parametrize(
    ("definition", "verdict"),
    [
        ("A method which is good for quick estimates.", True),
        ("A method which works for any divisor and is best on paper.", True),
        ("A roof that offers a cheaper long-term answer.", True),
        ("Kitchens that make planning essential.", True),
        ("Guards that act like filters.", True),
        ("Ties that matter most when trade slows down.", True),
        ("A worker who usually gains more from flexible hours.", True),
        ("Powers that raise difficult legal questions.", True),
        # What the thing does or is: a clause with a plain verb, "offers" a thing, "is useful as" a role.
        ("A substance that makes a reaction faster without being used up.", False),
        ("A piece of glass that makes light rays converge or spread out.", False),
        ("A protein that acts as a catalyst in living cells.", False),
        ("A bar that offers a mechanical advantage by turning about a pivot.", False),
        ("A layer of rock that is useful as a source of groundwater.", False),
        ("A worker who gains skills on the job.", False),
    ],
)
def test_a_relative_clause_that_only_weighs_the_thing_is_a_verdict(definition, verdict):
    assert verdict_predicate(definition) is verdict
