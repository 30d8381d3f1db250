"""lessontext.questions has no import cycle (module length and import placement: tests/test_architecture.py)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "lessontext" / "questions"


def _imports(tree):
    return [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]


def test_course_does_not_import_the_rubric():
    tree = ast.parse((PACKAGE / "course.py").read_text(encoding="utf-8"))
    imported = {n.module for n in _imports(tree) if isinstance(n, ast.ImportFrom)}
    assert "rubric" not in imported and "lessontext.questions.rubric" not in imported
