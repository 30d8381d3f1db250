from django.core.management.base import BaseCommand, CommandError

from authoring.services import course_publish
from courses.models import Course


class Command(BaseCommand):
    help = "Re-extract course glossaries from their lessons; terms curated by instructors are kept."

    def add_arguments(self, parser):
        parser.add_argument("--course", help="Only the course with this slug.")

    def handle(self, *args, course=None, **options):
        courses = Course.objects.order_by("slug")
        if course:
            courses = courses.filter(slug=course)
        if not courses.exists():
            raise CommandError(f"No course with slug '{course}'." if course else "There are no courses.")
        for item in courses:
            published = course_publish(course=item, quizzes=False)
            if published.problems:
                raise CommandError(f"{item.slug}: " + " ".join(published.problems))
            report = published.glossary
            self.stdout.write(
                f"{item.slug}: {report.created} created, {report.updated} updated, "
                f"{report.removed} removed, {report.kept_curated} curated kept"
            )
