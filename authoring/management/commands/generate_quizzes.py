from itertools import groupby

from django.core.management.base import BaseCommand, CommandError

from authoring.services import course_publish
from courses.models import Lesson


class Command(BaseCommand):
    help = "Regenerate lesson quizzes; questions locked or authored by instructors are kept."

    def add_arguments(self, parser):
        parser.add_argument("--course", help="Only the lessons of the course with this slug.")
        parser.add_argument("--lesson", help="Only the lesson with this slug.")
        parser.add_argument("--seed", type=int, help="Random seed (default: each quiz's stored seed).")

    def handle(self, *args, course=None, lesson=None, seed=None, **options):
        lessons = Lesson.objects.select_related("course").order_by("course__slug", "position")
        if course:
            lessons = lessons.filter(course__slug=course)
        if lesson:
            lessons = lessons.filter(slug=lesson)
        if not lessons.exists():
            raise CommandError("No lessons match the given --course/--lesson.")
        for _, course_lessons in groupby(lessons, key=lambda item: item.course_id):
            course_lessons = list(course_lessons)
            report = course_publish(course=course_lessons[0].course, lessons=course_lessons, glossary=False, seed=seed)
            if report.problems:
                raise CommandError(" ".join(report.problems))
            for quiz in report.quizzes:
                published = quiz.questions.published().count()
                note = f" ({quiz.generation_note})" if quiz.generation_note else ""
                self.stdout.write(f"{quiz.lesson.course.slug}/{quiz.lesson.slug}: {published} published questions{note}")
