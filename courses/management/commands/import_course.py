from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from courses.services import FAILED, CourseImportError, course_import
from glossary.services import glossary_extract_course
from quizzes.services import quizzes_generate


class Command(BaseCommand):
    help = (
        "Import a course from a folder of markdown files (with an optional course.toml), or one lesson file; "
        "then refresh the course glossary and generate quizzes for new or changed lessons."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A folder of lesson files, or a single lesson file.")

    def handle(self, *args, path: Path, **options):
        bar = tqdm(desc=f"Importing {path}", unit="file", file=self.stderr, disable=None, leave=False)

        def on_file(result):
            bar.update(1)
            if result.status == FAILED:
                bar.write(self.style.ERROR(f"error: {result}"), file=self.stderr)

        try:
            report = course_import(path=path, on_file=on_file)
        except CourseImportError as exc:
            raise CommandError(str(exc)) from None
        finally:
            bar.close()
        self.stdout.write(f"{report.course.title}: {report.summary()}")
        if report.changed_lessons:
            glossary = glossary_extract_course(course=report.course)
            self.stdout.write(
                f"Glossary: {glossary.created} terms created, {glossary.updated} updated, {glossary.removed} removed"
            )
            quizzes = quizzes_generate(lessons=report.changed_lessons)
            self.stdout.write(f"Quizzes generated for {len(quizzes)} lesson(s)")
        if report.failed:
            raise CommandError(f"{len(report.failed)} file(s) failed to import")
