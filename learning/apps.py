from django.apps import AppConfig


class LearningConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "learning"
    verbose_name = "Learning"

    def ready(self):
        from courses.caching import bump_learner_on_change

        from .models import LessonProgress

        bump_learner_on_change(LessonProgress, lambda progress: progress.user_id)
