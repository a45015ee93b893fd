"""Bytes and HTML as text: the decoding that every reader shares (files, feeds, fetched pages).

Text that is not UTF-8 is decoded in the legacy encoding that reads most plausibly
(:func:`decode_text`); an HTML page gives its main text (:func:`extract_html_text`) or its
whole visible text (:func:`html_to_text`).
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from .exceptions import ArticleError

log = logging.getLogger(__name__)

#: The most one article may take: a whole file, or one JSON line.
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


def decode_text(data: bytes, where: str) -> str:
    """``data`` as text: UTF-8 (or a UTF-16/32 file with its byte-order mark), else the
    legacy encoding that reads most plausibly (:func:`_legacy_decode`), with a warning.

    Parameters
    ----------
    data : bytes
        A file's or a page's content.
    where : str
        What to name in messages (a path, a URL).

    Raises
    ------
    ArticleError
        When ``data`` is binary or broken UTF-16/32.
    """
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
    text, name = _legacy_decode(data, where)
    log.warning("%s: not UTF-8; decoded as %s", where, name)
    return text


#: Single-byte encodings tried on text that is not UTF-8, in order of preference when they
#: read equally well: Western European first (it covers Latin-1), then Cyrillic, Central
#: European, Greek, Turkish and Baltic.
LEGACY_ENCODINGS = ("cp1252", "latin_1", "cp1251", "koi8_r", "cp1250", "cp1253", "cp1254", "cp1257")
#: Non-ASCII characters that are not letters but are common in news text.
_TYPOGRAPHY = frozenset("\u00a0\u00ab\u00bb\u00b0\u00b7\u00a7\u00a9\u00ae\u00a3\u20ac\u2013\u2014\u2018\u2019"
                        "\u201a\u201c\u201d\u201e\u2022\u2026\u2122\u2116")
_LETTERS = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _plausibility(text: str) -> float:
    """How much the non-ASCII characters of ``text`` look like real text, from 0 to 1.

    A word may mix ASCII and accented Latin letters, but not scripts; a Latin word is
    mostly ASCII ("façade", not "Ðîññèéñêèå", which is Cyrillic read in the wrong code
    page); a word is lower case, upper case or capitalised ("Российские", not
    "пНЯЯХИЯЙХЕ", which is KOI8-R read as Windows-1251). Outside words, only the usual
    typography (dashes, quotes, €, °) counts as good.
    """
    good = bad = 0
    in_words = 0
    for m in _LETTERS.finditer(text):
        word = m.group(0)
        foreign = sum(ord(c) > 127 for c in word)
        if not foreign:
            continue
        in_words += foreign
        scripts = {_script(c) for c in word if ord(c) > 127} | ({"LATIN"} if foreign < len(word) else set())
        cased = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()) or len(word) == 1
        latin_ok = scripts != {"LATIN"} or foreign <= max(2, len(word) // 2)
        if len(scripts) == 1 and cased and latin_ok:
            good += foreign
        else:
            bad += foreign
    for ch in text:
        if ord(ch) > 127 and not ch.isalpha():
            if ch in _TYPOGRAPHY:
                good += 1
            else:
                bad += 1
    total = good + bad
    return good / total if total else 1.0


#: Languages whose words each legacy encoding writes (for :func:`_known_words`).
_LANGUAGES = {"cp1252": ("en", "fr", "de", "es", "it", "pt"), "latin_1": ("en", "fr", "de", "es", "it", "pt"),
              "cp1250": ("cs", "pl", "sk", "hu"), "cp1251": ("ru", "uk", "bg"), "koi8_r": ("ru", "uk"),
              "cp1253": ("el",), "cp1254": ("tr",), "cp1257": ("lt", "lv")}


def _known_words(text: str, encoding: str) -> float:
    """The share of the words with non-ASCII letters of ``text`` that a language written
    in ``encoding`` knows (``wordfreq``): it tells "řekl" (Czech, Windows-1250) from
    "øekl" (the same bytes read as Windows-1252), which read equally well letter by letter."""
    from wordfreq import zipf_frequency

    words = sorted({w.lower() for w in _LETTERS.findall(text) if any(ord(c) > 127 for c in w)})[:200]
    if not words:
        return 1.0  # nothing in it to doubt
    languages = _LANGUAGES.get(encoding, ())
    return sum(any(zipf_frequency(w, lang) > 0 for lang in languages) for w in words) / len(words)


def _legacy_decode(data: bytes, where: str) -> tuple[str, str]:
    """Text that is not UTF-8: the single-byte encoding of :data:`LEGACY_ENCODINGS` whose
    reading is most plausible (judged on the first 256 KB: letters, then known words when
    several read equally well), else (multi-byte encodings, other scripts) the encoding
    ``charset-normalizer`` detects."""
    sample = data[:262_144]
    ranked: list[tuple[float, float, int, str]] = []
    readings: dict[str, str] = {}
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            readings[encoding] = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        ranked.append((_plausibility(readings[encoding]), 0.0, -rank, encoding))
    ranked.sort(reverse=True)
    if ranked and ranked[0][0] >= 0.9:
        tied = [r for r in ranked if r[0] >= ranked[0][0] - 0.02]
        if len({readings[r[3]] for r in tied}) > 1:
            tied = sorted(((score, _known_words(readings[enc], enc), rank, enc) for score, _, rank, enc in tied),
                          key=lambda r: (r[1], r[2]), reverse=True)
            ranked = tied + [r for r in ranked if r not in tied and r[3] not in {t[3] for t in tied}]
    for score, _, _, encoding in ranked:
        if score < 0.9:
            break
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is not None:
        return data.decode(match.encoding, errors="replace"), match.encoding
    for score, _, _, encoding in ranked:
        if score >= 0.5:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    raise ArticleError(f"{where}: looks binary, not text in any known encoding")


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
