"""Production settings, plus the yardstick page's URL and template (bench/load.py only)."""

from pathlib import Path

from config.settings.production import *  # noqa: F403
from config.settings.production import TEMPLATES

ROOT_URLCONF = "bench.loadsite.urls"
TEMPLATES = [{**TEMPLATES[0], "DIRS": [*TEMPLATES[0]["DIRS"], Path(__file__).resolve().parent / "templates"]}]
