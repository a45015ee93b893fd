"""Stage 1: read articles from files, folders and JSON Lines.

Accepted inputs: ``.txt`` and ``.md`` files (plain text), ``.html``/``.htm`` files (the
main text, extracted with ``trafilatura``), folders (searched recursively for those,
following symbolic links), and ``.jsonl`` files with one ``{"id", "text", "published"?,
"title"?, "url"?}`` object per line.

What is checked, so that one bad input never stops the others (:func:`read_records`
reports each as a :class:`ReadFailure` naming the file and, for JSON Lines, the line):

* only regular files are read (a FIFO or a device is refused without being opened for a
  blocking read), and never more than :data:`MAX_BYTES` of one article (a whole file, or
  one JSON line, which is skipped in bounded pieces when longer);
* empty and binary files are refused; text that is not UTF-8 is decoded in the legacy
  encoding that reads most plausibly (Windows-1252/Latin-1 first), else the one
  ``charset-normalizer`` detects, with a warning;
* each JSON line must be an object with an ``id`` (a string or an integer), a ``text``
  (a non-empty string), and, when present, a ``title`` and ``url`` that are strings or
  null and a ``published`` ISO date string; strings must be valid Unicode;
* article ids are unique per run: a repeated id fails (:func:`read_records` ``ids``);
* symbolic links in folders that dangle or loop are reported, not silently skipped.

Feeds (:mod:`geostrike.feeds`): Telegram Desktop exports (``.json``; in folders, files
named ``result.json``), RSS and Atom files (``.rss``, ``.atom``; ``.xml`` when it holds a
feed) and ``http(s)://`` feed URLs. A whole export or feed may take up to
:data:`geostrike.feeds.MAX_FEED_BYTES`; each post or entry is one article. What a feed
holds that is no article (a Telegram service message, a post of a photo alone, a
forwarded copy merged into its original) comes as a :class:`Skipped` record."""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from .decoding import MAX_BYTES, decode_text, extract_html_text, html_to_text  # noqa: F401 (read's API)
from .exceptions import ArticleError
from .models import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
#: Telegram Desktop exports (read when named; in folders only as ``result.json``).
TELEGRAM_SUFFIXES = {".json"}
#: RSS and Atom files (``.xml`` only when it holds a feed, in folders).
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".rss", ".atom"}
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _open_regular(path: Path) -> tuple[int, int]:
    """A descriptor open for reading on the regular file ``path``, and its size.

    The file is opened without blocking (a FIFO would otherwise wait for a writer) and
    checked on the open descriptor: only regular files are read.

    Raises
    ------
    ArticleError
        For anything else (a FIFO, a device, a socket), and when it cannot be opened.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        info = os.fstat(fd)
    except OSError as exc:
        os.close(fd)
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise ArticleError(f"{path}: {_kind(info.st_mode)}, not a regular file; only regular files are read")
    return fd, info.st_size


def _over_limit(where: str, size: int, limit: int = MAX_BYTES) -> str:
    what = "one article" if limit == MAX_BYTES else "one export or feed"
    return f"{where}: {size:,} bytes is over the {limit:,}-byte limit for {what}"


def _read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never reads more than one byte beyond."""
    fd, size = _open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        if size > limit:
            raise ArticleError(_over_limit(str(path), size, limit))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > limit:  # the file grew after it was measured
        raise ArticleError(_over_limit(str(path), len(data), limit))
    return data


def _read_text(path: Path) -> str:
    return decode_text(_read_bytes(path), str(path))


def _parse_date(value: object, where: str) -> date | None:
    return _parse_published(value, where)[0]


def _parse_published(value: object, where: str) -> tuple[date | None, datetime | None]:
    """A ``published`` value as its day, and the moment when it is an ISO date-time
    ("2024-06-30T03:12:00+03:00": the day in its own zone)."""
    if value in (None, ""):
        return None, None
    if not isinstance(value, str):
        raise ArticleError(f"{where}: 'published' must be an ISO date string (YYYY-MM-DD), not {_json_type(value)}")
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ArticleError(f"{where}: 'published' {value!r} is not an ISO date (YYYY-MM-DD)") from None
    if len(value) > 10 and value[10] in "T ":
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ArticleError(f"{where}: 'published' {value!r} is not an ISO date or date-time "
                               "(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM])") from None
        return moment.date(), moment
    return day, None


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def _bad_unicode(value: str) -> int | None:
    """The position of the first lone surrogate in ``value`` ("\ud800" in JSON), else None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input (a file, or one line of a JSON Lines file) that could not be read.

    ``message`` reads ``<file>[, line N]: <problem>``; ``article_id`` is the id the
    article would have had (the file stem, the JSON ``id``, or ``<file name>:<line>``).
    """

    article_id: str
    source_path: str
    message: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A part of a feed that is no article of its own: a Telegram ``service message``, a
    ``media-only post`` (a photo or video without text), or a ``forwarded copy`` merged
    into the article of its original (:func:`geostrike.feeds.merge_forwards`)."""

    kind: str
    article_id: str
    source_path: str


def is_url(p: object) -> bool:
    return isinstance(p, str) and p.lower().startswith(("http://", "https://"))


def _feed_records(path: Path | str, ids: dict[str, str], fetch_pages: bool = False
                  ) -> Iterator[Article | ReadFailure | Skipped]:
    """The entries of an RSS/Atom file or URL, or the posts of a Telegram export (its
    forwarded copies not yet merged: :func:`read_entries` does that across files)."""
    from . import feeds

    where = str(path)
    stem = path if isinstance(path, str) else path.stem
    try:
        if isinstance(path, str):
            data = feeds.fetch(path)
        else:
            data = _read_bytes(path, feeds.MAX_FEED_BYTES)
        if not data.strip():
            raise ArticleError(f"{where}: empty file")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ArticleError(f"{where}: looks binary, not text")
        telegram = not isinstance(path, str) and path.suffix.lower() in TELEGRAM_SUFFIXES
        export = feeds.load_json_export(data, where) if telegram else None
    except ArticleError as exc:
        yield ReadFailure(str(stem), where, str(exc))
        return
    if export is not None:
        for item in feeds.read_telegram(export, path):  # type: ignore[arg-type]
            if isinstance(item, tuple):
                kind, ref, problem = item
                if kind == "failed":
                    yield ReadFailure(f"{path.name}:{ref}", where, f"{where}, {ref}: {problem}")  # type: ignore[union-attr]
                else:
                    yield Skipped(kind, ref, where)
            else:
                yield item  # a TelegramPost: read_records and read_entries make it an article
        return
    try:
        for item in feeds.read_feed(data, where, fetch_pages=fetch_pages):
            if isinstance(item, tuple):
                yield ReadFailure(f"{stem}:{item[0]}", where, f"{where}, {item[0]}: {item[1]}")
            else:
                yield item
    except ArticleError as exc:
        yield ReadFailure(str(stem), where, str(exc))


def read_entries(entries: list[Path | str | ReadFailure], ids: dict[str, str] | None = None, *,
                 fetch_pages: bool = False) -> Iterator[Article | ReadFailure | Skipped]:
    """The records of every entry (from :func:`scan_inputs`), ids unique across them.

    Telegram exports are read first, all of them, so that a forwarded copy in one export
    merges into its original in another (:func:`geostrike.feeds.merge_forwards`); their
    articles then come at the place of their export.
    """
    ids = {} if ids is None else ids
    telegram = {i: list(_feed_records(e, ids)) for i, e in enumerate(entries)
                if isinstance(e, Path) and e.suffix.lower() in TELEGRAM_SUFFIXES}
    merged = _merge_posts([r for records in telegram.values() for r in records])
    for i, entry in enumerate(entries):
        if isinstance(entry, ReadFailure):
            yield entry
        elif i in telegram:
            yield from _post_records(telegram[i], merged, ids)
        else:
            yield from read_records(entry, ids, fetch_pages=fetch_pages)


def _merge_posts(records: list) -> dict[str, Article | None]:
    """Per Telegram post id, its article with the forwarded copies merged in, or None for
    a copy merged into another post."""
    from .feeds import TelegramPost, merge_forwards

    posts = [r for r in records if isinstance(r, TelegramPost)]
    articles, copies = merge_forwards(posts)
    out: dict[str, Article | None] = {a.id: a for a in articles}
    out.update(dict.fromkeys(copies))
    return out


def _post_records(records: list, merged: dict[str, Article | None], ids: dict[str, str]
                  ) -> Iterator[Article | ReadFailure | Skipped]:
    from .feeds import TelegramPost

    for r in records:
        if not isinstance(r, TelegramPost):
            yield r
            continue
        source = r.article.source_path or ""
        article = merged.get(r.article.id, r.article)
        if article is None:
            yield Skipped("forwarded copy", r.article.id, source)
        elif article.id in ids:
            yield ReadFailure(article.id, source, _duplicate(source, article.id, ids[article.id]))
        else:
            ids[article.id] = source
            yield article


def read_records(path: Path | str, ids: dict[str, str] | None = None, *,
                 fetch_pages: bool = False) -> Iterator[Article | ReadFailure | Skipped]:
    """Articles of one file, and a :class:`ReadFailure` for each part that cannot be read.

    A broken JSON line fails alone; the other lines are still read.

    Parameters
    ----------
    path : pathlib.Path or str
        A file (``.txt``, ``.md``, ``.html``, ``.jsonl``, a Telegram export ``.json``, an
        RSS or Atom ``.rss``/``.atom``/``.xml``), or an ``http(s)://`` feed URL.
    ids : dict, optional
        The article ids read so far in this run, each with where it was read; updated.
        An article whose id is already there fails as a duplicate (ids are unique per
        run), and so does a repeated id within one JSON Lines file. A feed entry whose
        id was read already (the same story in two feeds) is :class:`Skipped` instead.
    fetch_pages : bool
        Feed entries that carry only a summary get the text of their page.
    """
    ids = {} if ids is None else ids
    if is_url(path) or path.suffix.lower() in FEED_SUFFIXES:  # type: ignore[union-attr]
        for r in _feed_records(path, ids, fetch_pages):
            if isinstance(r, Article):
                if r.id in ids:
                    yield Skipped("repeated entry", r.id, str(path))
                    continue
                ids[r.id] = str(path)
            yield r
        return
    if path.suffix.lower() in TELEGRAM_SUFFIXES:  # type: ignore[union-attr]
        records = list(_feed_records(path, ids))
        yield from _post_records(records, _merge_posts(records), ids)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:  # type: ignore[union-attr]
        yield from _jsonl_records(path, ids)  # type: ignore[arg-type]
        return
    try:
        articles = list(read_file(path))
    except ArticleError as exc:
        yield ReadFailure(path.stem, str(path), str(exc))
        return
    for article in articles:
        if article.id in ids:
            yield ReadFailure(str(path), str(path), _duplicate(str(path), article.id, ids[article.id]))
            continue
        ids[article.id] = str(path)
        yield article


def _duplicate(where: str, article_id: str, first: str) -> str:
    return f"{where}: duplicate article id {article_id!r} (already the id of {first}); give every article its own id"


def read_file(path: Path) -> Iterator[Article]:
    """Articles in one file (one, or one per JSON line, feed entry or Telegram post)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if suffix in FEED_SUFFIXES | TELEGRAM_SUFFIXES:
        for record in read_records(path):
            if isinstance(record, ReadFailure):
                raise ArticleError(record.message)
            if isinstance(record, Article):
                yield record
        return
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from exc
    if not stat.S_ISREG(mode):
        raise ArticleError(f"{path}: {_kind(mode)}, not a regular file; only regular files are read")
    if suffix not in SUPPORTED:
        raise ArticleError(f"{path}: unsupported file type '{suffix}' (use .txt, .md, .html, .jsonl, "
                           "a Telegram export .json, or an RSS/Atom feed)")
    data = _read_bytes(path)
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    text = decode_text(data, str(path))
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
    for record in _jsonl_records(path, {}):
        if isinstance(record, ReadFailure):
            raise ArticleError(record.message)
        yield record


def _lines(fh: BinaryIO) -> Iterator[tuple[bytes | None, int]]:
    """The lines of a binary file as ``(line, size)``; a line over :data:`MAX_BYTES` comes
    as ``(None, size)`` and is never held in memory whole."""
    while True:
        raw = fh.readline(MAX_BYTES + 1)
        if not raw:
            return
        if len(raw) <= MAX_BYTES:
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield None, size


def _jsonl_article(obj: object, where: str, path: Path) -> Article | str:
    """The article of one decoded JSON line, or what is wrong with it."""
    if not isinstance(obj, dict) or "id" not in obj or "text" not in obj:
        return "needs an object with 'id' and 'text'"
    raw_id = obj["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        return f"'id' must be a string or an integer, not {_json_type(raw_id)}"
    article_id = str(raw_id)
    if not article_id.strip():
        return "empty 'id'"
    fields: dict[str, str | None] = {}
    for key in ("text", "title", "url"):
        value = obj.get(key)
        if value is None and key != "text":
            fields[key] = None
            continue
        if not isinstance(value, str):
            return f"'{key}' must be a string{'' if key == 'text' else ' or null'}, not {_json_type(value)}"
        fields[key] = value
    for key, value in (("id", article_id), *fields.items()):
        if value is not None and (pos := _bad_unicode(value)) is not None:
            return f"'{key}' is not valid Unicode (a lone surrogate at character {pos})"
    if not fields["text"].strip():  # type: ignore[union-attr]
        return "empty 'text'"
    try:
        published, published_at = _parse_published(obj.get("published"), where)
    except ArticleError as exc:
        return str(exc)[len(where) + 2:]
    return Article(id=article_id, text=fields["text"], published=published,  # type: ignore[arg-type]
                   title=fields["title"], url=fields["url"], source_path=str(path), published_at=published_at)


def _jsonl_records(path: Path, ids: dict[str, str]) -> Iterator[Article | ReadFailure]:
    # The file is streamed, so only one line (one article) must fit the size limit. Lines
    # end at b"\n" only: str.splitlines() also breaks at U+2028 and U+0085, which JSON
    # strings may contain unescaped.
    try:
        fd, _ = _open_regular(path)
    except ArticleError as exc:
        yield ReadFailure(path.stem, str(path), str(exc))
        return
    with os.fdopen(fd, "rb") as fh:
        try:
            if b"\x00" in fh.read(4096):
                yield ReadFailure(path.stem, str(path), f"{path}: looks binary, not text")
                return
            fh.seek(0)
            for lineno, (raw, size) in enumerate(_lines(fh), start=1):
                where = f"{path}, line {lineno}"
                line_id = f"{path.name}:{lineno}"
                if raw is None:
                    yield ReadFailure(line_id, str(path), _over_limit(where, size))
                    continue
                try:
                    line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield ReadFailure(line_id, str(path), f"{where}: not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8")
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except (ValueError, RecursionError) as exc:  # ValueError: also an integer of 5,000 digits
                    problem = (exc.msg if isinstance(exc, json.JSONDecodeError) else
                               "nested too deeply" if isinstance(exc, RecursionError) else str(exc))
                    yield ReadFailure(line_id, str(path), f"{where}: invalid JSON ({problem})")
                    continue
                article = _jsonl_article(obj, where, path)
                if isinstance(article, str):
                    # A line with a usable id is recorded under it (a bad date, an empty text).
                    raw_id = obj.get("id") if isinstance(obj, dict) else None
                    usable = isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id).strip() \
                        and _bad_unicode(str(raw_id)) is None and str(raw_id) not in ids
                    yield ReadFailure(str(raw_id) if usable else line_id, str(path), f"{where}: {article}")
                    continue
                if article.id in ids:
                    yield ReadFailure(line_id, str(path), _duplicate(where, article.id, ids[article.id]))
                    continue
                ids[article.id] = where
                yield article
        except OSError as exc:
            yield ReadFailure(path.stem, str(path), f"{path}: cannot read ({exc.strerror})")


def scan_inputs(inputs: list[Path]) -> Iterator[Path | ReadFailure]:
    """The files to read, in a stable order, and a :class:`ReadFailure` for each symbolic
    link found in a folder that cannot be followed (it dangles or loops) and each folder
    that cannot be listed.

    Files named directly are taken whatever their suffix (reading reports unsupported
    ones); folders are searched recursively for supported files, following symbolic links
    to files and folders. A file reached twice (named twice, or through a link) is read
    once.

    Raises
    ------
    ArticleError
        When an input named directly does not exist.
    """
    seen: set[tuple[int, int]] = set()  # files and folders already taken

    def once(p: Path, info: os.stat_result) -> bool:
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return False
        seen.add(key)
        return True

    for p in inputs:
        if is_url(p):
            yield p  # type: ignore[misc]  # a feed URL, fetched when read
            continue
        p = Path(p)
        try:
            info = p.stat()
        except OSError as exc:
            if p.is_symlink():
                raise ArticleError(f"{p}: {_broken_link(p, exc)}") from None
            raise ArticleError(f"{p}: no such file or folder") from None
        if stat.S_ISDIR(info.st_mode):
            if once(p, info):
                yield from _walk(p, [(info.st_dev, info.st_ino)], once)
        elif once(p, info):
            yield p


def _broken_link(p: Path, exc: OSError) -> str:
    import errno

    try:
        target = os.readlink(p)
    except OSError:
        target = "?"
    if exc.errno == errno.ELOOP:
        return f"symbolic link loop (to {target}); skipped"
    return f"broken symbolic link (to {target}, which does not exist); skipped"


def _walk(folder: Path, ancestors: list[tuple[int, int]],
          once: Callable[[Path, os.stat_result], bool]) -> Iterator[Path | ReadFailure]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield ReadFailure(str(folder), str(folder), f"{folder}: cannot list the folder ({exc.strerror})")
        return
    for entry in entries:
        p = Path(entry.path)
        supported = p.suffix.lower() in SUPPORTED or p.name.lower() == "result.json" or _holds_feed(entry)
        try:
            info = entry.stat()  # follows symbolic links
        except OSError as exc:
            if entry.is_symlink() and (supported or not p.suffix):
                yield ReadFailure(str(p), str(p), f"{p}: {_broken_link(p, exc)}")
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield ReadFailure(str(p), str(p), f"{p}: symbolic link loop (to {os.readlink(p) if entry.is_symlink() else p}, "
                                                  "a folder that contains it); skipped")
                continue
            if once(p, info):  # a folder reached a second way is searched once
                yield from _walk(p, [*ancestors, key], once)
        elif supported and once(p, info):
            yield p  # regular files, and FIFOs or devices named like articles (reading refuses them)


def _holds_feed(entry: os.DirEntry) -> bool:
    """Whether a folder's ``.xml`` file is an RSS or Atom feed (its first 4 KB say)."""
    if not entry.name.lower().endswith(".xml"):
        return False
    from .feeds import looks_like_feed

    try:
        if not entry.is_file():
            return False
        fd, _ = _open_regular(Path(entry.path))
        with os.fdopen(fd, "rb") as fh:
            return looks_like_feed(fh.read(4096))
    except (ArticleError, OSError):
        return False


def expand_inputs(inputs: list[Path]) -> list[Path]:
    """Files named directly, plus supported files found under folders (sorted); see
    :func:`scan_inputs`, whose failures this leaves out."""
    return [p for p in scan_inputs(inputs) if isinstance(p, Path)]


def read_articles(inputs: list[Path]) -> Iterator[Article]:
    """All articles of the inputs, in a stable order."""
    for f in expand_inputs(inputs):
        if is_url(f):
            yield from (r for r in read_records(f) if isinstance(r, Article))
        else:
            yield from read_file(f)
