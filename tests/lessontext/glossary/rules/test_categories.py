"""The list_category rule: a lead-in naming the category of a labelled list."""

from __future__ import annotations

from tests.lessontext.glossary.support import glossary


def test_category_from_a_lead_in_and_its_labelled_members():
    body = (
        "Several things can stop a seed from growing. The main limiting conditions are:\n\n"
        "- **Drought**: too little water in the soil.\n"
        "- **Frost**: ice that forms on the surface.\n"
    )
    assert glossary(body)["Limiting conditions"] == ("concept", "Conditions such as drought and frost.")
