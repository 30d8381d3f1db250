"""Conventions the code base keeps: pure modules stay free of Django, templates free of inline script."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Modules that must import without Django, so they can be tested and benchmarked alone.
PURE_MODULES = [
    "lessontext.rendering",
    "lessontext.sources",
    "lessontext.document",
    "lessontext.glossary",
    "lessontext.glossary.linking",
    "lessontext.questions",
]


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_imports_no_django(module):
    code = (
        "import sys, importlib\n"
        f"importlib.import_module({module!r})\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{module} loads Django modules: {result.stdout.strip()}"


TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_have_no_inline_scripts_or_handlers(template):
    text = template.read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script> without src"
    assert not re.search(r"\son[a-z]+\s*=", text), "inline event handler attribute"
    assert "javascript:" not in text.lower()
    assert not re.search(r"\sstyle\s*=", text), "inline style attribute (CSP forbids it)"


def test_templates_load_nothing_from_a_cdn():
    for template in TEMPLATES:
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), f"{template.name} loads a remote asset"
