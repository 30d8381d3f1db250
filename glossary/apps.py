from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "glossary"

    def ready(self):
        from courses.caching import bump_learner_on_change, bump_on_change

        from .models import Flashcard, GlossaryTerm, TermOccurrence

        bump_on_change(GlossaryTerm, lambda term: {"pk": term.course_id})
        bump_on_change(TermOccurrence, lambda occurrence: {"lessons": occurrence.lesson_id})
        bump_learner_on_change(Flashcard, lambda card: card.user_id)
