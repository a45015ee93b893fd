"""Ukrainian place names: the official romanisation, the press's spellings, Cyrillic keys.

* :func:`kmu` is the official Latin transliteration of Ukrainian, the table of the
  Cabinet of Ministers' resolution No. 55 of 27 January 2010 ("Kyiv", "Zghorany",
  "Shcherbukhy", "Znamianka"), the form of KATOTTG's Latin names and of road signs.
  ``tests/test_gazetteer.py`` checks it against ``translitua``'s ``UkrainianKMU`` on
  every settlement of KATOTTG.
* :func:`press_forms` adds what the English-language press writes besides: "ya"/"yu"/
  "ye"/"yi" inside words ("Borodyanka", "Kupyansk"), "-y"/"-iy"/"-yy" for "-yi"
  ("Kryvy Rih", "Khmelnytskyy") and the Russian "-ovka" for "-ivka" ("Panteleimonovka").
  Apostrophes need no forms of their own: :func:`geostrike.normalize.name_key` drops them
  ("Kup'yans'k" is "Kupyansk").
* :func:`cyrillic_key` and :func:`cyrillic_tkey` key Cyrillic names as Cyrillic, so that
  "Київ" meets "Київ" and never a Latin name that a transliteration happens to produce.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import SIDE_REGIONS

__all__ = ["has_cyrillic", "kmu", "press_forms", "cyrillic_key", "cyrillic_tkey", "mentions_theatre"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHES = "'’ʼ`´‘ʹʻ\""
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,/()]+")

# The 2010 table; (word-initial form, other positions).
_KMU: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"), "ґ": ("g", "g"), "д": ("d", "d"),
    "е": ("e", "e"), "є": ("ye", "ie"), "ж": ("zh", "zh"), "з": ("z", "z"), "и": ("y", "y"), "і": ("i", "i"),
    "ї": ("yi", "i"), "й": ("y", "i"), "к": ("k", "k"), "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"),
    "о": ("o", "o"), "п": ("p", "p"), "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"),
    "ф": ("f", "f"), "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"), "ш": ("sh", "sh"),
    "щ": ("shch", "shch"), "ь": ("", ""), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    # Letters of Russian names that KATOTTG keeps in a few Crimean ones.
    "ё": ("yo", "io"), "ы": ("y", "y"), "э": ("e", "e"), "ъ": ("", ""),
}
# The press's forms of the iotated letters and of й inside a word.
_PRESS = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def has_cyrillic(name: str) -> bool:
    """True when ``name`` holds a Cyrillic letter."""
    return bool(_CYRILLIC.search(name))


def _translit(name: str, press: bool) -> str:
    out: list[str] = []
    prev = ""
    text = unicodedata.normalize("NFC", name)
    for i, ch in enumerate(text):
        low = ch.lower()
        if ch in _APOSTROPHES:
            continue  # the table drops the apostrophe
        pair = _KMU.get(low)
        if pair is None:
            out.append(ch)
            prev = ch
            continue
        initial = not prev or (not prev.isalpha() and prev not in _APOSTROPHES)
        if low == "г" and prev.lower() == "з":
            lat = "gh"  # "зг" is "zgh", so that it does not read as "zh"
        elif press and not initial and low in _PRESS:
            lat = _PRESS[low]
        else:
            lat = pair[0] if initial else pair[1]
        if ch.isupper() and lat:
            # Upper case: the whole group when the next letter is upper case too ("ZH").
            nxt = text[i + 1] if i + 1 < len(text) else ""
            lat = lat.upper() if nxt.isupper() else lat[0].upper() + lat[1:]
        out.append(lat)
        prev = ch
    return "".join(out)


@lru_cache(maxsize=100_000)
def kmu(name: str) -> str:
    """The official 2010 transliteration of a Ukrainian name.

    Examples
    --------
    >>> kmu("Згорани"), kmu("Щербухи"), kmu("Знам'янка"), kmu("Кривий Ріг")
    ('Zghorany', 'Shcherbukhy', 'Znamianka', 'Kryvyi Rih')
    """
    return _translit(name, press=False)


_ENDINGS = (("yi", ("y", "iy", "yy")), ("yy", ("y", "iy", "yi")), ("ii", ("iy", "i")))


def press_forms(name: str) -> list[str]:
    """Latin spellings of a Ukrainian name that the English-language press uses,
    besides the official one (which is not repeated). At most a handful.

    Examples
    --------
    >>> press_forms("Бородянка")
    ['Borodyanka']
    >>> press_forms("Кривий Ріг")
    ['Kryvyy Rih', 'Kryvy Rih', 'Kryviy Rih']
    >>> press_forms("Пантелеймонівка")
    ['Panteleymonivka', 'Panteleimonovka', 'Panteleymonovka']
    """
    official = kmu(name)
    forms = [official, _translit(name, press=True)]
    for form in list(forms):
        words = form.split(" ")
        for k, w in enumerate(words):
            for end, alts in _ENDINGS:
                if len(w) > 4 and w.endswith(end):
                    forms += [" ".join(words[:k] + [w[: -len(end)] + a] + words[k + 1:]) for a in alts]
    for form in list(forms):
        # The Russian forms of the "-івка" names: Зміївка is Змиевка, Новоселівка Новоселовка.
        if re.search(r"i(y?)ivka\b", form):
            forms += [re.sub(r"i(y?)ivka\b", "ievka", form), re.sub(r"i(y?)ivka\b", "iyevka", form)]
        elif re.search(r"ivka\b", form):
            forms.append(re.sub(r"ivka\b", "ovka", form))
    out: list[str] = []
    seen = {official.lower()}
    for f in forms:
        if f.lower() not in seen:
            seen.add(f.lower())
            out.append(f)
    return out[:8]


@lru_cache(maxsize=200_000)
def cyrillic_key(name: str) -> str:
    """Lookup key of a Cyrillic name: case-folded, ё as е, apostrophes dropped,
    hyphens and runs of spaces as one space ("Куп’янськ" → "купянськ")."""
    s = unicodedata.normalize("NFC", name).casefold().replace("ё", "е")
    for a in _APOSTROPHES:
        s = s.replace(a, "")
    return _SEPARATORS.sub(" ", s).strip()


_CYR_FOLD = str.maketrans({"є": "е", "э": "е", "ї": "и", "і": "и", "ы": "и", "й": "и", "ь": None, "ъ": None,
                           " ": None, "ґ": "г"})
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def cyrillic_tkey(name: str) -> str:
    """Loose key of a Cyrillic name (і/и/ї/ы/й as one letter, е/є/э too, no soft signs,
    no doubled letters), marked so that it never equals a Latin transliteration key."""
    return "~" + _DOUBLE.sub(r"\1", cyrillic_key(name).translate(_CYR_FOLD))


_THEATRE_WORDS = re.compile(r"\b(?:Ukrain\w*|Russia\w*|Kyiv|Kiev|Donbass?|Crimea\w*|[Oo]blasts?|[Rr]aions?|"
                            r"[Hh]romadas?|" + "|".join(k.upper() for k in SIDE_REGIONS) + r")\b|[\u0400-\u04ff]")


@lru_cache(maxsize=64)
def mentions_theatre(text: str) -> bool:
    """Whether a text names Ukraine, Russia, an oblast or a raion (or is in Cyrillic):
    without that, a village only KATOTTG knows is no reading of a name in it."""
    return bool(_THEATRE_WORDS.search(text))
