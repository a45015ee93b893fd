"""Which language an article is in: geostrike reads English, and keeps the others aside.

Detection uses ``lingua`` (``lingua-language-detector``), which ships its models inside
the wheel (nothing is downloaded) and is accurate on short, mixed texts such as Telegram
posts. The detector knows only :data:`LANGUAGES`, the languages of the feeds that report
the wars geostrike maps, so that it loads in a second or two, and only once per process,
when the first article that needs it comes.

Most articles never need it: a text whose letters are mostly Latin and that has enough
common English words (:func:`_looks_english`) is English without asking the model, and a
text whose letters are mostly of another script is not English whatever it says (the
model then only names the language). The model decides the rest, and an article is
taken as non-English only when the model is sure (:data:`MIN_CONFIDENCE`): an English
post full of place names ("Explosions in Odesa") reads as French to any detector, and
processing a foreign text costs less than losing an English one.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The languages the detector chooses from (ISO 639-1).
LANGUAGES = ("en", "uk", "ru", "be", "pl", "de", "fr", "es", "it", "pt", "ro", "tr", "ar", "he", "fa")
#: How sure the model must be that a Latin-script text is not English to keep it aside.
MIN_CONFIDENCE = 0.8
ENGLISH = "en"

_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[A-Za-z']+")
#: Function words of English news (none of them a common word of the other languages).
_ENGLISH_WORDS = frozenset(
    "the of and to on at is were are has have had by with from that this for as after "
    "over near into said says been its their they which who".split())


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _looks_english(words: list[str]) -> bool:
    common = sum(w.lower() in _ENGLISH_WORDS for w in words)
    return len(words) >= 6 and common / len(words) >= 0.12


def detect(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` ("en" when unsure).

    Examples
    --------
    >>> detect("Russian drones struck Kharkiv overnight, the governor said.")
    'en'
    >>> detect("Вночі ворог атакував Харків ударними безпілотниками.")  # doctest: +SKIP
    'uk'
    """
    sample = _NOISE.sub(" ", text[:5000])
    letters = _LETTER.findall(sample)
    if len(letters) < 12:
        return ENGLISH  # too little to tell ("Kharkiv 💥")
    latin = sum(c.isascii() or "LATIN" in _name(c) for c in letters)
    if latin / len(letters) >= 0.7:
        if _looks_english(_WORD.findall(sample)):
            return ENGLISH
        values = _detector().compute_language_confidence_values(sample)
        if not values:
            return ENGLISH
        best = values[0]
        code = best.language.iso_code_639_1.name.lower()
        return code if code != ENGLISH and best.value >= MIN_CONFIDENCE else ENGLISH
    if _looks_english(_WORD.findall(sample)):
        return ENGLISH  # an English report that quotes another script ("… Российские дроны атаковали Сумы.")
    found = _detector().detect_language_of(sample)
    code = found.iso_code_639_1.name.lower() if found is not None else "und"
    return "und" if code == ENGLISH else code  # another script, whatever the model says


def _name(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "")


def status_of(text: str) -> str | None:
    """The store status of an article that is not English (``skipped: language uk``), else None."""
    code = detect(text)
    # Undetermined is no reason to leave an article out: only a language told apart is.
    return None if code in {ENGLISH, "und"} else f"skipped: language {code}"
