"""Plain-Python text analysis for Lessonforge: no Django, no app imports.

Bytes become text (``sources``), markdown becomes safe HTML (``rendering``)
and a lesson structure (``document``); ``glossary`` finds the terms a lesson
explains, ``questions`` writes comprehension questions from it, and
``answers`` matches typed answers.  Everything here is deterministic and
offline; inputs and outputs are frozen dataclasses.
"""
