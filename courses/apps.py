from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"

    def ready(self):
        from .caching import bump_on_change
        from .models import Course, Lesson, Section

        bump_on_change(Course, lambda course: {"pk": course.pk})
        bump_on_change(Lesson, lambda lesson: {"pk": lesson.course_id})
        bump_on_change(Section, lambda section: {"lessons": section.lesson_id})
