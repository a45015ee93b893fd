"""Name normalisation shared by the gazetteer index and every lookup.

Two keys are derived from a name:

``name_key``
    case-folded, diacritics transliterated to ASCII, apostrophes dropped, hyphens,
    dots and runs of white space folded to one space: ``"Orël"`` → ``"orel"``,
    ``"Kurs'k"`` → ``"kursk"``, ``"Engels-2"`` → ``"engels 2"``.
``translit_key``
    a looser key that also folds the usual Cyrillic romanisation variants
    (y/i, kh/h, zh/z, ye/e, yo/e, ya/a, doubled letters), so that ``Zaporizhia``,
    ``Zaporizhzhia`` and ``Zaporizhzhya`` meet, as do ``Kostiantynivka`` and
    ``Kostyantynivka``. It is only consulted when the exact key finds nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

_APOSTROPHES = re.compile(r"['’ʼ`´‘ʹʻ]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,/()]+")
_SAINT = re.compile(r"^(st|ste|saint|sankt) ")

# Ordered: multi-letter groups first. Applied to an already name_key'd string.
_TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("yo", "e"),
    ("io", "e"),
    ("ye", "e"),
    ("ie", "e"),
    ("je", "e"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
)
_DOUBLE = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Return the exact lookup key of ``name``.

    Examples
    --------
    >>> name_key("Orël")
    'orel'
    >>> name_key("St. Petersburg")
    'saint petersburg'
    """
    s = (name if name.isascii() else unidecode(name)).lower()
    if "'" in s or "`" in s:
        s = s.replace("'", "").replace("`", "")
    elif not name.isascii():
        s = _APOSTROPHES.sub("", s)
    s = _SEPARATORS.sub(" ", s).strip()
    if s.startswith(("st ", "ste ", "saint ", "sankt ")):
        s = _SAINT.sub("saint ", s)
    return s


@lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """Return the loose transliteration key of ``name`` (see module docstring).

    Examples
    --------
    >>> translit_key("Zaporizhia") == translit_key("Zaporizhzhya")
    True
    >>> translit_key("Oryol") == translit_key("Orël")
    True
    """
    s = name_key(name)
    for old, new in _TRANSLIT_RULES:
        s = s.replace(old, new)
    s = _DOUBLE.sub(r"\1", s)
    s = s.replace(" ", "")
    return s


def is_latin_name(name: str) -> bool:
    """True when every letter of ``name`` is Latin script and one is upper case.

    GeoNames alternate names also hold lower-case romanisations of Chinese, Korean
    and other scripts ("ku er si ke"); those never appear capitalised in English
    news and only add noise, so the index keeps capitalised Latin names only.
    """
    has_upper = False
    for ch in name:
        if ch.isalpha():
            if ord(ch) > 0x24F:  # beyond Latin Extended-B
                return False
            has_upper = has_upper or ch.isupper()
    return has_upper


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False when ``text`` surely holds none of the lower-case ``words`` in any case.

    A pre-test for a case-insensitive pattern every match of which holds one of ``words``:
    in ASCII text such a match is one in the lower-case text, so substring tests (cheaper
    than most searches) rule the pattern out exactly. Other text may match through Unicode
    case folding ("ſ" for "s"), so it always gets the search.
    """
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)
