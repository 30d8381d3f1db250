from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"

    def ready(self):
        from courses.caching import bump_learner_on_change, bump_on_change

        from .models import Attempt, Option, Question, Quiz

        bump_on_change(Quiz, lambda quiz: {"lessons": quiz.lesson_id})
        bump_on_change(Question, lambda question: {"lessons__quiz": question.quiz_id})
        bump_on_change(Option, lambda option: {"lessons__quiz__questions": option.question_id})
        # Autosaved answers show on no cached page: an autosave costs no extra write.
        bump_learner_on_change(Attempt, lambda attempt: attempt.user_id, unless_only=frozenset({"saved_answers", "saved_at"}))
