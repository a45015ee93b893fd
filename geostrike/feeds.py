"""Feeds analysts follow: Telegram Desktop channel exports and RSS/Atom feeds.

**Telegram Desktop** ("Export chat history", format JSON) writes one ``result.json`` per
chat: ``{"name", "type", "id", "messages": [...]}``. Each message becomes one article:

* the text is the export's ``text_entities`` (else ``text``) joined into plain text, with
  emoji taken out, hashtags turned into words ("#KharkivRegion" → "Kharkiv Region") and
  line breaks kept (:func:`clean_post`);
* the id is ``<channel>/<message id>``, the title and ``source`` the channel's name;
* ``published`` is the day of the message's ``date`` and ``published_at`` the moment,
  with the UTC offset of the clock the export was made on (the export writes local
  ``date`` and UTC ``date_unixtime``; their difference is that offset);
* the url is the post's ``t.me`` link when the channel is public: ``t.me/<username>/<id>``
  when the export names the username (Telegram Desktop does not; a ``"username"`` key at
  the top of ``result.json`` is used when present), else ``t.me/c/<channel id>/<id>``,
  the link that opens for the channel's subscribers; private chats get none.

Service messages ("channel created", pinned …) and posts without text (a photo or a
video alone) are skipped and counted (:class:`geostrike.read.Skipped`). A forwarded copy
(same text, ``forwarded_from``) is merged into the article of its original when that is
read in the same run (:func:`merge_forwards`): the article then lists both posts as
sources.

**RSS and Atom** (files, or ``http(s)://`` URLs) are parsed by ``feedparser``: one article
per entry, its id the entry's ``id``/``guid`` (else its link), its text the title and the
content (else the summary) as plain text, its ``published``/``updated`` time kept with its
zone. With ``fetch_pages`` an entry that carries only a summary gets the main text of
its page instead (fetched, then extracted by ``trafilatura``).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from .decoding import MAX_BYTES, decode_text, extract_html_text, html_to_text
from .exceptions import ArticleError
from .models import Article, Source

log = logging.getLogger(__name__)

#: The most a whole export or feed may take (one article stays within ``read.MAX_BYTES``).
MAX_FEED_BYTES = 200_000_000
#: Seconds to wait for a feed or page on the network.
FETCH_TIMEOUT_S = 30.0
USER_AGENT = "geostrike (+offline strike mapper; feed reader)"


# -- post text ------------------------------------------------------------------------

#: Symbols that are text, not pictures: kept.
_KEEP_SYMBOLS = frozenset("°№©®™§¶†‡•€£$¥₴₽")
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_CAMEL = re.compile(r"(?<=[a-zа-яіїєґ])(?=[A-ZА-ЯІЇЄҐ])|(?<=[A-Za-z])(?=\d)|_")


def _is_emoji(ch: str) -> bool:
    if ch in _KEEP_SYMBOLS:
        return False
    cp = ord(ch)
    if cp in (0xFE0F, 0xFE0E, 0x200D, 0x20E3) or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
        return True  # variation selectors, joiner, keycap, skin tones, tag characters
    return unicodedata.category(ch) == "So"


def hashtag_words(tag: str) -> str:
    """The words of a hashtag without its ``#``: "#KharkivRegion" → "Kharkiv Region"."""
    return _CAMEL.sub(" ", tag.lstrip("#")).strip()


def clean_post(text: str) -> str:
    """A post's text as prose the pipeline reads: emoji out (a line's leading emoji, and
    any between words, which become one space), hashtags as words, spaces collapsed
    within lines, line breaks kept, blank lines at most one."""
    text = _HASHTAG.sub(lambda m: hashtag_words(m.group(1)), text)
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = "".join(" " if _is_emoji(c) else c for c in line)
        lines.append(" ".join(line.split()))
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


def _normal_key(text: str) -> str:
    """What two copies of one post share: the words, case folded."""
    return " ".join(re.findall(r"\w+", text.casefold()))


# -- Telegram -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TelegramPost:
    """One message of an export that became an article, with what merging forwards needs."""

    article: Article
    channel: str
    forwarded_from: str | None


def looks_like_telegram(obj: object) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("messages"), list)


def _entity_text(part: object) -> str:
    if isinstance(part, str):
        return part
    if not isinstance(part, dict):
        return ""
    kind, text = part.get("type"), part.get("text")
    if not isinstance(text, str) or kind == "custom_emoji":
        return ""
    return hashtag_words(text) if kind == "hashtag" else text


def telegram_text(message: dict) -> str:
    """A message's text entities joined into plain text (see :func:`clean_post`)."""
    entities = message.get("text_entities")
    if not isinstance(entities, list):
        raw = message.get("text")
        entities = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
    text = "".join(_entity_text(p) for p in entities)
    if not text.strip():  # a photo or video caption lives in "caption" in some exports
        caption = message.get("caption")
        text = caption if isinstance(caption, str) else ""
    return clean_post(text)


def telegram_time(message: dict) -> datetime | None:
    """The moment of a message, with the UTC offset of the clock the export was made on.

    ``date`` is that clock's local time and ``date_unixtime`` (exports since 2021) the
    same moment in UTC; without the latter the time is kept without a zone.
    """
    raw = message.get("date")
    if not isinstance(raw, str):
        return None
    try:
        local = datetime.fromisoformat(raw)
    except ValueError:
        return None
    unix = message.get("date_unixtime")
    try:
        utc = datetime.fromtimestamp(int(unix), tz=timezone.utc) if unix not in (None, "") else None
    except (TypeError, ValueError, OverflowError, OSError):
        utc = None
    if local.tzinfo is not None or utc is None:
        return local
    offset = local - utc.replace(tzinfo=None)
    minutes = round(offset.total_seconds() / 60)
    if abs(minutes) >= 24 * 60:
        return local
    return local.replace(tzinfo=timezone(timedelta(minutes=minutes)))


def _is_public(chat_type: object) -> bool:
    return chat_type in ("public_channel", "public_supergroup")


def _post_url(export: dict, message_id: int) -> str | None:
    if not _is_public(export.get("type")):
        return None
    username = export.get("username")
    if isinstance(username, str) and re.fullmatch(r"@?\w{3,64}", username):
        return f"https://t.me/{username.lstrip('@')}/{message_id}"
    chat_id = export.get("id")
    if isinstance(chat_id, int) and not isinstance(chat_id, bool):
        return f"https://t.me/c/{chat_id}/{message_id}"
    return None


def read_telegram(export: dict, path: Path) -> Iterator[TelegramPost | tuple[str, str, str]]:
    """The posts of a decoded Telegram Desktop export, and ``(kind, message id, problem)``
    triples for what is skipped (``kind`` "service message", "media-only post") or
    broken (``kind`` "failed")."""
    channel = export.get("name")
    if not isinstance(channel, str) or not channel.strip():
        channel = path.parent.name if path.name == "result.json" else path.stem
    channel = " ".join(channel.split()).replace("/", "∕")
    for n, message in enumerate(export["messages"], start=1):
        where = f"message {n}"
        if not isinstance(message, dict):
            yield "failed", where, "not an object"
            continue
        mid = message.get("id")
        if isinstance(mid, bool) or not isinstance(mid, int):
            yield "failed", where, f"'id' must be an integer, not {type(mid).__name__}"
            continue
        where = f"message {mid}"
        if message.get("type", "message") != "message":
            yield "service message", f"{channel}/{mid}", ""
            continue
        text = telegram_text(message)
        if not text:
            yield "media-only post", f"{channel}/{mid}", ""
            continue
        when = telegram_time(message)
        if when is None:
            yield "failed", where, f"'date' {message.get('date')!r} is not an ISO date-time"
            continue
        forwarded = message.get("forwarded_from")
        forwarded = " ".join(forwarded.split()) if isinstance(forwarded, str) and forwarded.strip() else None
        title = channel if not forwarded else f"{channel} (forwarded from {forwarded})"
        article = Article(id=f"{channel}/{mid}", text=text, published=when.date(), title=title,
                          url=_post_url(export, mid), source_path=str(path), published_at=when, source=channel)
        yield TelegramPost(article, channel, forwarded)


def merge_forwards(posts: list[TelegramPost]) -> tuple[list[Article], list[str]]:
    """The articles of ``posts`` with every forwarded copy merged into its original.

    Posts with the same words (:func:`_normal_key`) of which some carry ``forwarded_from``
    are one post: the original (the copy without ``forwarded_from``, preferably in the
    channel the forwards name; else the earliest forward) keeps its id and lists every
    copy's article among its sources (``Article.also``). Returns the articles, in the
    order of their posts, and the ids of the copies merged away.
    """
    groups: dict[str, list[int]] = {}
    for i, post in enumerate(posts):
        key = _normal_key(post.article.text)
        if len(key) >= 12:
            groups.setdefault(key, []).append(i)
    into: dict[int, int] = {}  # copy → the post it merges into
    for members in groups.values():
        forwards = [i for i in members if posts[i].forwarded_from]
        if not forwards or len(members) < 2:
            continue
        originals = [i for i in members if not posts[i].forwarded_from]
        for f in forwards:
            named = [i for i in originals if posts[i].channel == posts[f].forwarded_from]
            target = (named or originals or [min(forwards, key=lambda i: posts[i].article.published_at or datetime.min)])[0]
            if target != f:
                into[f] = target
    also: dict[int, list[Source]] = {}
    for f, target in into.items():
        a = posts[f].article
        also.setdefault(target, []).append(Source(a.id, a.title, a.url))
    articles = []
    for i, post in enumerate(posts):
        if i in into:
            continue
        a = post.article
        articles.append(replace(a, also=tuple(also.get(i, ()))) if i in also else a)
    return articles, [posts[f].article.id for f in sorted(into)]


# -- RSS and Atom ---------------------------------------------------------------------

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are those of an RSS, RDF or Atom document."""
    return bool(_FEED_ROOT.search(head[:4096]))


def parse_time(value: object) -> datetime | None:
    """An RSS (RFC 822) or Atom (RFC 3339) time, with its zone when it states one."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    try:
        return dateutil_parser.parse(value)
    except (ValueError, OverflowError):
        return None


def fetch(url: str, limit: int = MAX_FEED_BYTES) -> bytes:
    """The body of ``url``, at most ``limit`` bytes.

    Raises
    ------
    ArticleError
        When it cannot be fetched, or is larger.
    """
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:  # noqa: S310 (http(s) only)
            data = response.read(limit + 1)
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: cannot fetch (HTTP {exc.code} {exc.reason})") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ArticleError(f"{url}: cannot fetch ({reason})") from None
    if len(data) > limit:
        raise ArticleError(f"{url}: more than {limit:,} bytes")
    return data


def _fragment_text(value: str) -> str:
    return html_to_text(value) if "<" in value else " ".join(value.split())


def read_feed(data: bytes, where: str, *, fetch_pages: bool = False) -> Iterator[Article | tuple[str, str]]:
    """The entries of an RSS or Atom document as articles, and ``(entry, problem)`` pairs
    for entries that cannot be read.

    Raises
    ------
    ArticleError
        When ``data`` is not a feed (the message names the line of broken XML).
    """
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    if parsed.get("bozo") and not parsed.entries:
        # (feedparser's line numbers are not the file's: it may rewrite the head first)
        exc = parsed.get("bozo_exception")
        message = getattr(exc, "getMessage", lambda: str(exc))()
        raise ArticleError(f"{where}: not a readable RSS or Atom feed (broken XML: {message})")
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), Exception):
        exc = parsed["bozo_exception"]
        log.warning("%s: broken XML (%s); reading the %d entries recovered", where,
                    getattr(exc, "getMessage", lambda: exc)(), len(parsed.entries))
    if not version and not parsed.entries:
        raise ArticleError(f"{where}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
    feed_title = " ".join(str(parsed.feed.get("title") or "").split()) or None
    for n, entry in enumerate(parsed.entries, start=1):
        title = " ".join(str(entry.get("title") or "").split()) or None
        link = entry.get("link") or None
        entry_id = entry.get("id") or link
        if not entry_id:
            entry_id = f"{feed_title or Path(where).stem}/{title or n}"
        contents = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
        body = "\n\n".join(t for t in (_fragment_text(c) for c in contents) if t)
        if not body:
            summary = entry.get("summary") or ""
            if fetch_pages and link and str(link).startswith(("http://", "https://")):
                body = _page_text(str(link)) or ""
            body = body or _fragment_text(str(summary))
        if title and body.startswith(title):
            body = body[len(title):].lstrip()
        text = clean_post("\n\n".join(t for t in (title, body) if t))
        if not text.strip():
            yield f"entry {n}", "no title or text"
            continue
        when = parse_time(entry.get("published")) or parse_time(entry.get("updated"))
        if when is None:
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            when = datetime(*stamp[:6], tzinfo=timezone.utc) if stamp else None
        published: date | None = when.date() if when else None
        yield Article(id=str(entry_id), text=text, published=published, title=title, url=str(link) if link else None,
                      source_path=where, published_at=when if when and _has_time(entry) else None,
                      source=feed_title)


def _has_time(entry: dict) -> bool:
    raw = entry.get("published") or entry.get("updated") or ""
    return bool(re.search(r"\d:\d\d", str(raw)))


def _page_text(url: str) -> str | None:
    """The main text of the page at ``url`` (``--fetch-pages``), or None with a warning."""
    try:
        html = decode_text(fetch(url, MAX_BYTES), url)
    except ArticleError as exc:
        log.warning("%s; the entry's summary is used", exc)
        return None
    return extract_html_text(html) or None


def load_json_export(data: bytes, where: str) -> dict:
    """A decoded Telegram export.

    Raises
    ------
    ArticleError
        When ``data`` is no JSON (naming the line), or no Telegram export.
    """
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{where}: not UTF-8 (byte {exc.start}); a Telegram export is UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise ArticleError(f"{where}, line {exc.lineno}: invalid JSON ({exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise ArticleError(f"{where}: invalid JSON ({exc})") from None
    if not looks_like_telegram(obj):
        raise ArticleError(f"{where}: not a Telegram Desktop export (a JSON object with a 'messages' list); "
                           "export the chat with Export chat history, format JSON")
    return obj
