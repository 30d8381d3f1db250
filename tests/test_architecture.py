"""Conventions the code base keeps: imports point down the layers, lessontext stays pure, templates free of inline script."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The layers, bottom to top (see docs/architecture.md): each package may import only
# the ones listed for it. ``lessontext`` is pure Python; ``config`` wires everything.
APPS = ("lessontext", "courses", "glossary", "quizzes", "learning", "authoring", "accounts", "config")
MAY_IMPORT = {
    "lessontext": set(),
    "courses": {"lessontext"},
    "glossary": {"lessontext", "courses"},
    "quizzes": {"lessontext", "courses", "glossary"},
    "learning": {"lessontext", "courses", "glossary", "quizzes"},
    "authoring": {"lessontext", "courses", "glossary", "quizzes", "learning", "accounts"},
    "accounts": set(),
    "config": set(APPS),
}


def imported_packages(path: Path) -> set[str]:
    """The top-level packages a module imports, anywhere in it (function-level imports too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


MODULES = sorted(p for app in APPS for p in (ROOT / app).rglob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_import_points_down_the_layers(module):
    app = module.relative_to(ROOT).parts[0]
    upward = (imported_packages(module) & set(APPS)) - MAY_IMPORT[app] - {app}
    assert not upward, f"{app} may not import {sorted(upward)}"


def test_the_layering_check_sees_imports_anywhere(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import os\ndef f():\n    from quizzes.models import Quiz\n    import glossary.services\n")
    assert imported_packages(module) == {"os", "quizzes", "glossary"}


LESSONTEXT = sorted((ROOT / "lessontext").rglob("*.py"))
# A reader should see a module whole: past this, split it by role (rules and families are one module each).
MAX_LESSONTEXT_LINES = 600


@pytest.mark.parametrize("module", LESSONTEXT, ids=lambda p: str(p.relative_to(ROOT)))
def test_lessontext_modules_are_short_and_import_at_the_top(module):
    text = module.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_LESSONTEXT_LINES
    tree = ast.parse(text)
    top_level = set(map(id, tree.body))
    hidden = [n.lineno for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) and id(n) not in top_level]
    assert not hidden, f"imports inside functions at lines {hidden}"


def _loaded_after_import(statement: str, prefixes: tuple[str, ...]) -> list[str]:
    code = (
        "import sys\n"
        f"{statement}\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return [name for name in result.stdout.strip().split(",") if name]


def test_lessontext_loads_no_django_and_no_app():
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__") for p in LESSONTEXT)
    statement = "import importlib\n" + "\n".join(f"importlib.import_module({m!r})" for m in modules)
    assert len(modules) > 10
    assert _loaded_after_import(statement, ("django", *APPS[1:])) == []


def test_grading_loads_neither_django_nor_the_question_generator():
    loaded = _loaded_after_import("import quizzes.grading", ("django", "lessontext"))
    assert "lessontext.answers" in loaded
    assert not [m for m in loaded if m.startswith(("django", "lessontext.questions"))], loaded


TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_have_no_inline_scripts_or_handlers(template):
    text = template.read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script> without src"
    assert not re.search(r"\son[a-z]+\s*=", text), "inline event handler attribute"
    assert "javascript:" not in text.lower()
    assert not re.search(r"\sstyle\s*=", text), "inline style attribute (CSP forbids it)"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_template_comments_close_on_their_line(template):
    """Django's ``{# #}`` ends at the line's end: one left open shows as text on the page (use ``{% comment %}``)."""
    for number, line in enumerate(template.read_text(encoding="utf-8").splitlines(), 1):
        assert line.count("{#") == line.count("#}"), f"line {number}: a {{# comment #}} runs past its line"


def test_templates_load_nothing_from_a_cdn():
    for template in TEMPLATES:
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), f"{template.name} loads a remote asset"
