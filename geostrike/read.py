"""Stage 1: read articles from files, folders and JSON Lines.

Accepted inputs: ``.txt`` and ``.md`` files (plain text), ``.html``/``.htm`` files (the
visible text is kept), folders (searched recursively for those), and ``.jsonl`` files with
one ``{"id", "text", "published"?, "title"?, "url"?}`` object per line. Errors name the
file and, for JSON Lines, the line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .exceptions import ArticleError
from .models import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 5_000_000


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
              "header", "footer", "blockquote", "figcaption", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one paragraph per block element."""
    parser = _TextExtractor()
    parser.feed(html)
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{path}: {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit for one article")
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{path}: looks binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8") from exc


def _parse_date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ArticleError(f"{where}: 'published' {value!r} is not an ISO date (YYYY-MM-DD)") from None


def read_file(path: Path) -> Iterator[Article]:
    """Articles in one file (one, or one per JSON line)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if suffix not in SUPPORTED:
        raise ArticleError(f"{path}: unsupported file type '{suffix}' (use .txt, .md, .html or .jsonl)")
    text = _read_text(path)
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        raise ArticleError(f"{path}: empty file")
    yield Article(id=path.stem, text=text, source_path=str(path))


def read_jsonl(path: Path) -> Iterator[Article]:
    """Articles of a JSON Lines file; other keys than the documented ones are ignored."""
    text = _read_text(path)
    # Split on "\n" only: str.splitlines() also breaks at U+2028 and U+0085, which JSON
    # strings may contain unescaped.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("text"), str):
            raise ArticleError(f"{where}: needs an object with 'id' and 'text'")
        yield Article(id=str(obj["id"]), text=obj["text"], published=_parse_date(obj.get("published"), where),
                      title=obj.get("title"), url=obj.get("url"), source_path=str(path))


def expand_inputs(inputs: list[Path]) -> list[Path]:
    """Files named directly, plus supported files found under folders (sorted)."""
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED))
        elif p.exists():
            files.append(p)
        else:
            raise ArticleError(f"{p}: no such file or folder")
    return files


def read_articles(inputs: list[Path]) -> Iterator[Article]:
    """All articles of the inputs, in a stable order."""
    for f in expand_inputs(inputs):
        yield from read_file(f)
