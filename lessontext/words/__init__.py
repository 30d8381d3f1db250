"""Word-level helpers shared by the glossary and the question generator."""
