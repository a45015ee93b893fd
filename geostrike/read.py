"""Stage 1: read articles from files, folders and JSON Lines.

Accepted inputs: ``.txt`` and ``.md`` files (plain text), ``.html``/``.htm`` files (the
main text, extracted with ``trafilatura``), folders (searched recursively for those), and
``.jsonl`` files with one ``{"id", "text", "published"?, "title"?, "url"?}`` object per line.

Text files may be in any encoding ``charset-normalizer`` recognises (UTF-8 is tried first;
anything else is decoded with a warning). One article may take at most :data:`MAX_BYTES`
(a whole file, or one JSON line). Binary and empty files are refused. Errors name the file
and, for JSON Lines, the line; :func:`read_records` reports them as :class:`ReadFailure`
records so that one bad input never stops the others.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
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
#: The most one article may take: a whole file, or one JSON line.
MAX_BYTES = 5_000_000
#: Encodings preferred when several fit a non-UTF-8 text equally well.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "cp1251", "koi8_r", "cp1250", "iso8859_15")


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


def _decode(data: bytes, where: str) -> str:
    """``data`` as text: UTF-8 (or a UTF-16/32 file with its byte-order mark), else the
    encoding ``charset-normalizer`` detects, with a warning."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(f"{where}: broken {codec.upper()} text; convert it to UTF-8") from None
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{where}: looks binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ArticleError(f"{where}: looks binary, not text in any known encoding")
    # A short text fits many code pages equally well: prefer the usual Western and Cyrillic ones.
    ties = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    chosen, name = next(((m, enc) for enc in PREFERRED_ENCODINGS for m in ties if enc in m.could_be_from_charset),
                        (best, best.encoding))
    log.warning("%s: not UTF-8; decoded as %s", where, name)
    return str(chosen)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{path}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one article")
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc


def _read_text(path: Path) -> str:
    return _decode(_read_bytes(path), str(path))


def extract_html_text(html: str) -> str:
    """The main text of an HTML page, one paragraph per block.

    ``trafilatura`` drops navigation, boilerplate and comments; when it finds nothing the
    page's whole visible text (:func:`html_to_text`) is used instead.
    """
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    # Keep short pages: below this size trafilatura falls back to a line-per-text-node dump.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    text = trafilatura.extract(html, config=config, include_comments=False) or ""
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return text or html_to_text(html)


def _parse_date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ArticleError(f"{where}: 'published' {value!r} is not an ISO date (YYYY-MM-DD)") from None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input (a file, or one line of a JSON Lines file) that could not be read.

    ``message`` reads ``<file>[, line N]: <problem>``; ``article_id`` is the id the
    article would have had (the file stem, the JSON ``id``, or ``<file name>:<line>``).
    """

    article_id: str
    source_path: str
    message: str


def read_records(path: Path) -> Iterator[Article | ReadFailure]:
    """Articles of one file, and a :class:`ReadFailure` for each part that cannot be read.

    A broken JSON line fails alone; the other lines are still read.
    """
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl_records(path)
        return
    try:
        yield from read_file(path)
    except ArticleError as exc:
        yield ReadFailure(path.stem, str(path), str(exc))


def read_file(path: Path) -> Iterator[Article]:
    """Articles in one file (one, or one per JSON line)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if suffix not in SUPPORTED:
        raise ArticleError(f"{path}: unsupported file type '{suffix}' (use .txt, .md, .html or .jsonl)")
    data = _read_bytes(path)
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    text = _decode(data, str(path))
    if suffix in HTML_SUFFIXES:
        text = extract_html_text(text)
    if not text.strip():
        raise ArticleError(f"{path}: empty file" if suffix not in HTML_SUFFIXES else f"{path}: no text in the page")
    yield Article(id=path.stem, text=text, source_path=str(path))


def read_jsonl(path: Path) -> Iterator[Article]:
    """Articles of a JSON Lines file; other keys than the documented ones are ignored.

    Raises
    ------
    ArticleError
        At the first line that cannot be read (the message names the file and line).
    """
    for record in _jsonl_records(path):
        if isinstance(record, ReadFailure):
            raise ArticleError(record.message)
        yield record


def _jsonl_records(path: Path) -> Iterator[Article | ReadFailure]:
    # The file is streamed, so only one line (one article) must fit the size limit. Lines
    # end at b"\n" only: str.splitlines() also breaks at U+2028 and U+0085, which JSON
    # strings may contain unescaped.
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ReadFailure(path.stem, str(path), f"{path}: cannot read ({exc.strerror})")
        return
    with fh:
        if b"\x00" in fh.read(4096):
            yield ReadFailure(path.stem, str(path), f"{path}: looks binary, not text")
            return
        fh.seek(0)
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}, line {lineno}"
            article_id = f"{path.name}:{lineno}"
            if len(raw) > MAX_BYTES:
                yield ReadFailure(article_id, str(path),
                                  f"{where}: {len(raw):,} bytes is over the {MAX_BYTES:,}-byte limit for one article")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield ReadFailure(article_id, str(path),
                                  f"{where}: not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadFailure(article_id, str(path), f"{where}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("text"), str):
                yield ReadFailure(article_id, str(path), f"{where}: needs an object with 'id' and 'text'")
                continue
            try:
                published = _parse_date(obj.get("published"), where)
            except ArticleError as exc:
                yield ReadFailure(str(obj["id"]), str(path), str(exc))
                continue
            if not obj["text"].strip():
                yield ReadFailure(str(obj["id"]), str(path), f"{where}: empty 'text'")
                continue
            yield Article(id=str(obj["id"]), text=obj["text"], published=published,
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
