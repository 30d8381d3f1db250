"""The import_course management command."""

import pytest
from django.core.management import CommandError, call_command

from courses.models import Lesson

pytestmark = pytest.mark.django_db


def test_import_prints_summary(seeds_dir, capsys):
    call_command("import_course", str(seeds_dir))
    out = capsys.readouterr().out
    assert "Security and Defense Cooperation: 5 created, 0 updated, 0 unchanged, 0 failed" in out
    call_command("import_course", str(seeds_dir))
    assert "0 created, 0 updated, 5 unchanged, 0 failed" in capsys.readouterr().out


def test_failures_are_reported_per_file_and_exit_non_zero(write_files, capsys):
    folder = write_files({"01-good.md": "# Good\n\nText.\n", "02-bad.md": b"\xff\xfe\x00bad"})
    with pytest.raises(CommandError, match="1 file\\(s\\) failed to import"):
        call_command("import_course", str(folder))
    captured = capsys.readouterr()
    assert "1 created, 0 updated, 0 unchanged, 1 failed" in captured.out
    assert "error: 02-bad.md: the file contains NUL bytes" in captured.err
    assert list(Lesson.objects.values_list("slug", flat=True)) == ["good"]


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("import_course", str(tmp_path / "missing"))
