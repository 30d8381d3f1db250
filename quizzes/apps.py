from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"

    def ready(self):
        from courses.caching import bump_on_change

        from .models import Option, Question, Quiz

        bump_on_change(Quiz, lambda quiz: {"lessons": quiz.lesson_id})
        bump_on_change(Question, lambda question: {"lessons__quiz": question.quiz_id})
        bump_on_change(Option, lambda option: {"lessons__quiz__questions": option.question_id})
