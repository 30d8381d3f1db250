"""Admin actions that run the publishing pipeline.

The courses and glossary apps register their own admin pages; the actions
that rebuild content live here, above them, because they call the pipeline.
"""

from django.contrib import admin, messages

from courses.admin import CourseAdmin as BaseCourseAdmin
from courses.admin import LessonAdmin as BaseLessonAdmin
from courses.models import Course, Lesson

from .services import course_publish


def _report(modeladmin, request, report) -> None:
    modeladmin.message_user(request, f"{report.course}: " + "; ".join(report.lines() or ["nothing to do"]))
    for problem in report.problems:
        modeladmin.message_user(request, f"{report.course}: {problem}", messages.WARNING)


admin.site.unregister(Course)


@admin.register(Course)
class CourseAdmin(BaseCourseAdmin):
    actions = ["publish_again"]

    @admin.action(description="Rebuild the glossary and quizzes of the selected courses")
    def publish_again(self, request, queryset):
        for course in queryset:
            _report(self, request, course_publish(course=course))


admin.site.unregister(Lesson)


@admin.register(Lesson)
class LessonAdmin(BaseLessonAdmin):
    actions = ["reextract_glossary", "regenerate_quizzes"]

    @admin.action(description="Re-extract the glossary terms of the selected lessons' courses")
    def reextract_glossary(self, request, queryset):
        for course in {lesson.course for lesson in queryset.select_related("course")}:
            _report(self, request, course_publish(course=course, quizzes=False))

    @admin.action(description="Regenerate the quizzes of the selected lessons (locked and authored questions are kept)")
    def regenerate_quizzes(self, request, queryset):
        by_course: dict[Course, list[Lesson]] = {}
        for lesson in queryset.select_related("course"):
            by_course.setdefault(lesson.course, []).append(lesson)
        if not by_course:
            self.message_user(request, "No lessons selected.", messages.WARNING)
        for course, lessons in by_course.items():
            _report(self, request, course_publish(course=course, lessons=lessons, glossary=False))
