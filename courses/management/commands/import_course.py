from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from courses.services import FAILED, CourseImportError, course_import


class Command(BaseCommand):
    help = "Import a course from a folder of markdown files (with an optional course.toml), or one lesson file."

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
        if report.failed:
            raise CommandError(f"{len(report.failed)} file(s) failed to import")
