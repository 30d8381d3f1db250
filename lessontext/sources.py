"""Reading lesson source files: validation, mojibake repair, front matter, titles.

Plain Python (no Django) so scripts and benchmarks load documents exactly as
the importer does. Every problem is raised as :class:`SourceError` with a
one-line message that names the problem; callers add the file name.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ftfy
import yaml

from .language import LTR, lesson_language

SOURCE_SUFFIXES = (".md", ".markdown", ".txt")
MANIFEST_NAME = "course.toml"
WORDS_PER_MINUTE = 200

ERROR_EMPTY = "the file is empty"
ERROR_BINARY = "the file contains NUL bytes; it looks like a binary file, not text"
ERROR_NOT_UTF8 = "the file is not UTF-8 text (byte {byte:#04x} at offset {offset}); save it as UTF-8"
ERROR_TOO_LARGE = "the file is {size:,} bytes, over the {limit:,}-byte limit"
ERROR_NO_TITLE = "the document has no title: start it with a '# Title' line or set 'title' in front matter"
ERROR_FRONT_MATTER = "the front matter is not valid YAML: {problem}"
ERROR_FRONT_MATTER_TYPE = "the front matter must be a mapping of keys to values"
ERROR_MANIFEST = "the course manifest {name} is invalid: {problem}"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")
_WORD = re.compile(r"[\w'’-]+")
_NUMERIC_PREFIX = re.compile(r"^\d+[-_. ]+")


class SourceError(ValueError):
    """A lesson source that cannot be imported; the message says why in one line."""


@dataclass(frozen=True)
class LessonSource:
    slug: str
    title: str
    body: str  # markdown without front matter and without the title line
    text: str  # the whole repaired markdown without front matter (title included)
    metadata: dict = field(default_factory=dict, hash=False, compare=False)
    content_hash: str = ""
    word_count: int = 0
    language: str = ""  # a BCP 47 tag, or "" when not declared and not detected with confidence
    direction: str = LTR

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / WORDS_PER_MINUTE))


@dataclass(frozen=True)
class CourseManifest:
    slug: str
    title: str
    description: str
    lessons: tuple[Path, ...]


def slugify(value: str) -> str:
    """Lowercase ASCII slug: accents folded, runs of other characters become one hyphen."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def decode_source(data: bytes, *, max_bytes: int) -> str:
    """Return the repaired text of ``data`` or raise :class:`SourceError`."""
    if len(data) > max_bytes:
        raise SourceError(ERROR_TOO_LARGE.format(size=len(data), limit=max_bytes))
    if b"\x00" in data:
        raise SourceError(ERROR_BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(ERROR_NOT_UTF8.format(byte=data[exc.start], offset=exc.start)) from None
    if not text.strip():
        raise SourceError(ERROR_EMPTY)
    # Repair mojibake ("attach√©s" -> "attachés") before anything reads the text.
    return ftfy.fix_text(text).replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[dict, str]:
    """Split YAML front matter (``---`` fenced) from the markdown that follows it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        metadata = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise SourceError(ERROR_FRONT_MATTER.format(problem=problem)) from None
    if not isinstance(metadata, dict):
        raise SourceError(ERROR_FRONT_MATTER_TYPE)
    return {str(k): v for k, v in metadata.items()}, text[match.end():]


def parse_source(data: bytes, *, name: str, max_bytes: int) -> LessonSource:
    """Validate and parse one lesson file's bytes; ``name`` is its file name."""
    text = decode_source(data, max_bytes=max_bytes)
    metadata, markdown_text = split_front_matter(text)
    markdown_text = markdown_text.strip("\n") + "\n"
    title_match = _TITLE.match(markdown_text)
    title = str(metadata.get("title") or "").strip()
    body = markdown_text
    if title_match:
        title = title or title_match.group(1).strip()
        body = markdown_text[title_match.end():].lstrip("\n")
    if not title:
        raise SourceError(ERROR_NO_TITLE)
    stem = _NUMERIC_PREFIX.sub("", Path(name).stem)
    slug = slugify(str(metadata.get("slug") or stem or title))[:120] or slugify(title)[:120]
    if not title_match:
        markdown_text = f"# {title}\n\n{markdown_text}"
    language, direction = lesson_language(metadata, body)
    return LessonSource(
        slug=slug,
        title=title[:300],
        body=body,
        text=markdown_text,
        metadata=metadata,
        content_hash=hashlib.sha256(markdown_text.encode("utf-8") + repr(sorted(metadata.items())).encode()).hexdigest(),
        word_count=count_words(body),
        language=language,
        direction=direction,
    )


def count_words(markdown_text: str) -> int:
    return len(_WORD.findall(markdown_text))


def source_files(folder: Path) -> list[Path]:
    """The lesson files of ``folder`` in file-name order."""
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES),
        key=lambda p: p.name,
    )


def read_manifest(folder: Path) -> CourseManifest:
    """Read ``course.toml`` from ``folder``, or derive a manifest from the folder itself.

    Format::

        title = "Course title"
        slug = "optional-slug"            # default: from the title
        description = "One paragraph."
        lessons = ["01-first.md", "02-second.md"]   # default: every .md/.markdown/.txt file by name
    """
    path = folder / MANIFEST_NAME
    if not path.exists():
        title = folder.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Course"
        return CourseManifest(slug=slugify(title), title=title, description="", lessons=tuple(source_files(folder)))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(ERROR_MANIFEST.format(name=MANIFEST_NAME, problem=exc)) from None
    title = str(data.get("title") or folder.resolve().name).strip()
    lessons = data.get("lessons")
    if lessons is None:
        lesson_paths = tuple(source_files(folder))
    elif isinstance(lessons, list) and all(isinstance(item, str) for item in lessons):
        lesson_paths = tuple(folder / item for item in lessons)
    else:
        raise SourceError(ERROR_MANIFEST.format(name=MANIFEST_NAME, problem="'lessons' must be a list of file names"))
    return CourseManifest(
        slug=slugify(str(data.get("slug") or title)),
        title=title,
        description=str(data.get("description") or "").strip(),
        lessons=lesson_paths,
    )
