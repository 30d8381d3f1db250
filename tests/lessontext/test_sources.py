"""Reading lesson files: validation, repair, front matter, titles and slugs."""

import pytest

from lessontext import sources
from lessontext.sources import SourceError, parse_source, read_manifest

LIMIT = 10_000


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"   \n\t\n  ", "the file is empty"),
        (b"# Title\x00\x01\x02binary", "NUL bytes"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
        ("# Caf\u00e9 cr\u00e8me\n\nLatin-1 text.".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 5)"),
        (b"# Big\n\n" + b"word " * 3000, "over the 10,000-byte limit"),
        (b"Just a paragraph with no heading.\n", "the document has no title"),
        (b"## Only a section heading\n\ntext\n", "the document has no title"),
        (b"---\ntitle: [unclosed\n---\n\nText.\n", "the front matter is not valid YAML"),
        (b"---\n- a\n- b\n---\n# T\n", "the front matter must be a mapping"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "png", "latin-1", "too-large", "no-title", "h2-only", "bad-yaml", "yaml-list"],
)
def test_bad_input_is_refused_with_one_line_message(data, message):
    with pytest.raises(SourceError) as excinfo:
        parse_source(data, name="x.md", max_bytes=LIMIT)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)


def test_mojibake_is_repaired():
    source = parse_source("# Envoys\n\nDefense attach√©s play roles.\n".encode(), name="x.md", max_bytes=LIMIT)
    assert "attachés" in source.body
    assert "√" not in source.text


def test_front_matter_is_metadata_not_text():
    data = b"---\ntitle: From Front Matter\nslug: custom-slug\nauthor: Ada\n---\nFirst paragraph.\n"
    source = parse_source(data, name="03-file.md", max_bytes=LIMIT)
    assert source.title == "From Front Matter"
    assert source.slug == "custom-slug"
    assert source.metadata == {"title": "From Front Matter", "slug": "custom-slug", "author": "Ada"}
    assert "author" not in source.text and "---" not in source.text
    assert source.text.startswith("# From Front Matter\n")


def test_title_slug_and_counts_from_markdown():
    source = parse_source(b"# The Cell\n\nCells are small units of life.\n", name="02-the-cell.md", max_bytes=LIMIT)
    assert (source.title, source.slug) == ("The Cell", "the-cell")
    assert source.body == "Cells are small units of life.\n"
    assert source.word_count == 6
    assert source.reading_minutes == 1


def test_content_hash_changes_with_text_only():
    a = parse_source(b"# T\n\nOne.\n", name="a.md", max_bytes=LIMIT)
    b = parse_source(b"# T\n\nOne.\n", name="a.md", max_bytes=LIMIT)
    c = parse_source(b"# T\n\nTwo.\n", name="a.md", max_bytes=LIMIT)
    assert a.content_hash == b.content_hash != c.content_hash


@pytest.mark.parametrize(
    "value, slug",
    [("Army Diplomacy", "army-diplomacy"), ("Défense attachés!", "defense-attaches"), ("  a -- b  ", "a-b")],
)
def test_slugify(value, slug):
    assert sources.slugify(value) == slug


def test_folder_without_manifest_uses_folder_name_and_file_order(write_files):
    folder = write_files({"b.md": "# B\n", "a.md": "# A\n", "notes.pdf": "x"}, folder="intro_to-biology")
    manifest = read_manifest(folder)
    assert manifest.title == "Intro To Biology"
    assert [p.name for p in manifest.lessons] == ["a.md", "b.md"]


def test_manifest_sets_title_description_and_order(write_files):
    folder = write_files(
        {
            "course.toml": 'title = "Cells"\ndescription = "About cells."\nlessons = ["z.md", "a.md"]\n',
            "a.md": "# A\n",
            "z.md": "# Z\n",
        }
    )
    manifest = read_manifest(folder)
    assert (manifest.slug, manifest.title, manifest.description) == ("cells", "Cells", "About cells.")
    assert [p.name for p in manifest.lessons] == ["z.md", "a.md"]


def test_invalid_manifest_is_an_error(write_files):
    folder = write_files({"course.toml": "title = \n"})
    with pytest.raises(SourceError, match="course.toml is invalid"):
        read_manifest(folder)
