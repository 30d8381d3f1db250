from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import ngettext
from tqdm import tqdm

from authoring.services import course_publish
from courses.services import FAILED, CourseImportError


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
            report = course_publish(path=path, on_file=on_file)
        except CourseImportError as exc:
            raise CommandError(str(exc)) from None
        finally:
            bar.close()
        for line in report.lines():
            self.stdout.write(line)
        if report.problems:
            raise CommandError(" ".join(report.problems))
        if report.failed:
            raise CommandError(ngettext("%(n)d file failed to import", "%(n)d files failed to import", n := len(report.imported.failed)) % {"n": n})
