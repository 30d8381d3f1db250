"""The possessed_name rule: a description named last as what a thing "is its", and a specialist quality."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param("The set of alleles a plant carries is its genotype, for example Tt or tt. Two plants may share a "
                     "genotype.", {"Genotype": ("defined", "The set of alleles a plant carries.")}, (),
                     id="its-name-with-examples-after"),
        pytest.param("The trait that can be seen, such as tall stems, is its phenotype. The phenotype is what we "
                     "observe.", {"Phenotype": ("defined", "The trait that can be seen.")}, (),
                     id="an-example-aside-leaves-the-description"),
        pytest.param("A plant with two different alleles, Tt, is heterozygous for that gene.",
                     {"Heterozygous": ("defined", "Having two different alleles.")}, (), id="a-rare-quality"),
        pytest.param("The best feature of the bridge is its span. The span is long.", {}, ("Span",),
                     id="a-judgement-is-no-description"),
        pytest.param("A garden with tall hedges is private. Gardens are private.", {}, ("Private",),
                     id="an-everyday-adjective"),
    ],
)
def test_possessed(body, expected, absent):
    check(body, expected, absent)
