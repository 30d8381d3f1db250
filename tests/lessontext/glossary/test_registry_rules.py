"""Every registered glossary rule is named, documented, has examples, and its examples hold."""

from __future__ import annotations

import re
from pathlib import Path

import ftfy
import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary, term_key
from lessontext.glossary import rules as rules_package
from lessontext.glossary.extract import collect_candidates
from lessontext.glossary.publish import NAME_ONLY_RULES
from lessontext.glossary.rule import Example, Rule, Scope
from lessontext.glossary.rules import RULES

ROOT = Path(__file__).resolve().parents[3]
RULE_LIST = list(RULES)


def examples(found: bool) -> list:
    return [
        pytest.param(rule, example, id=f"{rule.name}-{i}")
        for rule in RULE_LIST for i, example in enumerate(rule.examples) if example.found is found
    ]


def rule_keys(rule: Rule, example: Example) -> set[str]:
    """The keys of the candidates ``rule``, run alone, makes from ``example``'s text."""
    candidates, _context = collect_candidates(parse_document(example.text), [rule])
    assert all(c.rule == rule.name for c in candidates)
    return {c.key for c in candidates}


def test_registry_has_the_glossary_rules():
    assert len(RULES) >= 15
    assert len(set(RULES.names())) == len(RULES)


def test_every_rule_module_is_imported_and_registers_a_rule():
    folder = Path(rules_package.__file__).parent
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    registering = {rule.find.__module__.rsplit(".", 1)[1] for rule in RULES}
    assert modules == registering, "a module in rules/ is not imported by rules/__init__.py, or registers nothing"


@pytest.mark.parametrize("rule", RULE_LIST, ids=lambda r: r.name)
def test_rule_is_named_documented_and_has_examples(rule: Rule):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", rule.name)
    assert RULES[rule.name] is rule
    assert isinstance(rule.scope, Scope)
    assert len(rule.doc.split()) >= 5, "find() needs a docstring saying what it reads and why"
    assert 0 < rule.confidence <= 1
    assert rule.positives, "at least one positive example"
    assert rule.negatives, "at least one negative example"
    assert all(example.term.strip() for example in rule.examples)


@pytest.mark.parametrize(("rule", "example"), examples(found=True))
def test_positive_example(rule: Rule, example: Example):
    assert term_key(example.term) in rule_keys(rule, example)
    terms = {t.key: t for t in extract_glossary(parse_document(example.text))}
    if rule.name in NAME_ONLY_RULES:
        # Only another name: evidence and aliases, never a published definition of its own.
        assert term_key(example.term) not in terms
        return
    assert term_key(example.term) in terms
    assert terms[term_key(example.term)].rule == rule.name


@pytest.mark.parametrize(("rule", "example"), examples(found=False))
def test_negative_example(rule: Rule, example: Example):
    assert term_key(example.term) not in rule_keys(rule, example)


def test_rules_run_in_the_documented_order():
    """The table in rules/__init__.py lists every rule, by priority, with its scope."""
    table = re.findall(r"^([a-z_]+)\s+(\d+)\s+(block|sentence|clause|document)$", rules_package.__doc__, re.M)
    assert [(r.name, r.priority, r.scope.value) for r in RULES] == [(n, int(p), s) for n, p, s in table]


def test_clause_rules_read_later_main_clauses_only():
    text = "# Rivers\n\nRivers carry sediment downstream; abrasion is the wearing away of the bed by that sediment.\n"
    document = parse_document(text)
    clause_only, _ = collect_candidates(document, [RULES["copula_in_clause"]])
    sentence_only, _ = collect_candidates(document, [RULES["copula"]])
    assert [c.key for c in clause_only] == ["abrasion"]
    assert clause_only[0].sentence == document.sections[0].sentences[0]  # the whole sentence is kept as context
    assert sentence_only == []


def test_acronyms_found_earlier_are_shared_with_later_rules():
    text = "# Health\n\nThe World Health Organization (WHO) coordinates international health work.\n"
    _candidates, context = collect_candidates(parse_document(text), RULES)
    assert context.acronyms == {"WHO": "World Health Organization"}


def test_every_seed_term_names_a_registered_rule():
    paths = sorted((ROOT / "seeds").glob("*.md"))
    if not paths:
        pytest.skip("seed lessons not available")
    terms = [t for p in paths for t in extract_glossary(parse_document(ftfy.fix_text(p.read_text(encoding="utf-8"))))]
    assert len(terms) >= 10
    for term in terms:
        assert term.rule in RULES, (term.term, term.rule)
