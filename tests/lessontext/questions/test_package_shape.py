"""The shape of lessontext.questions: short modules, no import cycle, no imports hidden in functions."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "lessontext" / "questions"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_LINES = 600


def _imports(tree):
    return [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_short_and_imports_at_the_top(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_LINES
    tree = ast.parse(text)
    top_level = set(map(id, tree.body))
    hidden = [n.lineno for n in _imports(tree) if id(n) not in top_level]
    assert not hidden, f"imports inside functions at lines {hidden}"


def test_course_does_not_import_the_rubric():
    tree = ast.parse((PACKAGE / "course.py").read_text(encoding="utf-8"))
    imported = {n.module for n in _imports(tree) if isinstance(n, ast.ImportFrom)}
    assert "rubric" not in imported and "lessontext.questions.rubric" not in imported
