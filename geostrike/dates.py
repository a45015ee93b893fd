"""Dates: the article's own date, and the date of each event relative to it.

The article date (the *anchor*) comes, in order of trust, from metadata (JSONL
``published``), ``--date``, or the text itself: the first full date it states (a
dateline, a dated photo caption) or a date in a URL it quotes. Event dates are read from
the sentence (explicit dates, weekdays, "the previous day", "overnight", "last week" …)
and resolved against the anchor or against the date the narrative has reached. A year is
never invented: "July 4" with no anchor stays without a date (its text is kept).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .models import Anchor, EventDate  # Anchor: re-exported, its home before models
from .normalize import may_hold

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
FULL_DATE_PATTERNS = [
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]\d)/(?P<day>[0-3]\d)/"),
]
MONTH_DAY = [re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
             re.compile(rf"\b{_DAY}\s+{_MON}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)]
MONTH_YEAR = re.compile(rf"\b(?:in\s+|since\s+|early\s+|late\s+|mid-?)?{_MON}\s+{_YEAR}\b", re.I)
YEAR_ONLY = re.compile(r"\bin\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_DIGIT = re.compile(r"\d")
WEEKDAY = re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
RELATIVE = [
    (re.compile(r"\b(?:the\s+)?(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b|\ba\s+day\s+(?:earlier|before)\b", re.I), -1, "day"),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+day\b|\ba\s+day\s+later\b", re.I), 1, "day"),
    (re.compile(r"\byesterday\b", re.I), -1, "anchor-day"),
    (re.compile(r"\b(?:today|this\s+morning|tonight|overnight|last\s+night|earlier\s+today)\b", re.I), 0, "anchor-day"),
    (re.compile(r"\b(?:last|past|previous)\s+week\b", re.I), -7, "week"),
    (re.compile(r"\b(?:this|earlier\s+this)\s+week\b", re.I), 0, "week"),
    (re.compile(r"\blast\s+month\b", re.I), -30, "month"),
]

# What every pattern with a month's name has (FULL_DATE_PATTERNS[:2], MONTH_DAY, MONTH_YEAR),
# and what every match of it holds (see may_hold).
_ANY_MONTH = re.compile(_MON, re.I)
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Any of the RELATIVE patterns (all case-insensitive, none with groups): most sentences
# match none, and one search then stands for all of them.
_ANY_RELATIVE = re.compile("|".join(f"(?:{pat.pattern})" for pat, _, _ in RELATIVE), re.I)
# Every match of WEEKDAY and of RELATIVE holds one of these words (see may_hold).
_DAY_WORDS = ("day", "morning", "night", "week", "month")


def _month(m: re.Match[str]) -> int:
    if m.groupdict().get("mnum"):
        return int(m.group("mnum"))
    key = m.group("mon").lower().rstrip(".")
    return MONTHS[key] if key in MONTHS else MONTHS[key[:3]]


def _safe_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def find_anchor(text: str, published: date | None = None, cli_date: date | None = None) -> Anchor:
    """The date events of this article are resolved against."""
    if published:
        return Anchor(published, "metadata")
    if cli_date:
        return Anchor(cli_date, "cli")
    best: tuple[int, date] | None = None
    for pat in FULL_DATE_PATTERNS:
        for m in pat.finditer(text):
            d = _safe_date(int(m.group("year")), _month(m), int(m.group("day")))
            if d and (best is None or m.start() < best[0]):
                best = (m.start(), d)
                break
    return Anchor(best[1], "text") if best else Anchor(None, "none")


def _nearest_weekday(anchor: Anchor, wd: int) -> date:
    assert anchor.value is not None
    if anchor.trusted:  # news tells of the past week: the last such day on or before
        return anchor.value - timedelta(days=(anchor.value.weekday() - wd) % 7)
    delta = (wd - anchor.value.weekday()) % 7
    return anchor.value + timedelta(days=delta if delta <= 3 else delta - 7)


def _year_for(anchor: Anchor, month: int, day: int, weekday: int | None) -> date | None:
    if anchor.value is None:
        return None
    options = [d for y in (anchor.value.year - 1, anchor.value.year, anchor.value.year + 1)
               if (d := _safe_date(y, month, day))]
    if weekday is not None:
        fitting = [d for d in options if d.weekday() == weekday]
        options = fitting or options
    # The most recent date not more than a month after the anchor.
    options = [d for d in options if d <= anchor.value + timedelta(days=31)] or options
    return max(options)


@lru_cache(maxsize=4096)  # a pure function of hashable values, asked again by several rules
def event_date(sentence: str, anchor: Anchor, narrative: EventDate | None = None) -> EventDate | None:
    """The date a sentence gives its event, or ``None`` when it gives none.

    Parameters
    ----------
    sentence : str
        The sentence (or clause) that reports the event.
    anchor : Anchor
        The article date.
    narrative : EventDate, optional
        The date the article's story has reached (for "the next day").
    """
    # Calendar dates need a digit; most sentences have none, and the searches are costly.
    numeric = _DIGIT.search(sentence) is not None
    named_month = numeric and may_hold(sentence, MONTH_STEMS) and _ANY_MONTH.search(sentence) is not None
    for pat in FULL_DATE_PATTERNS[:2] if named_month else ():
        m = pat.search(sentence)
        if m and (d := _safe_date(int(m.group("year")), _month(m), int(m.group("day")))):
            return EventDate(d, "day", m.group(0))
    day_words = may_hold(sentence, _DAY_WORDS)
    wd_m = WEEKDAY.search(sentence) if day_words else None
    wd = WEEKDAYS[wd_m.group("wd").lower()] if wd_m else None
    for pat in MONTH_DAY if named_month else ():
        m = pat.search(sentence)
        if m:
            mon, day = _month(m), int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            d = _year_for(anchor, mon, day, wd)
            return EventDate(d, "day" if d else "unknown", m.group(0))
    m = MONTH_YEAR.search(sentence) if named_month else None
    if m:
        return EventDate(date(int(m.group("year")), _month(m), 1), "month", m.group(0))
    if wd is not None and anchor.value is not None:
        return EventDate(_nearest_weekday(anchor, wd), "day", wd_m.group(0))  # type: ignore[union-attr]
    for pat, offset, kind in RELATIVE if day_words and _ANY_RELATIVE.search(sentence) else ():
        m = pat.search(sentence)
        if not m:
            continue
        base = narrative.value if kind == "day" and narrative and narrative.value and narrative.precision == "day" else anchor.value
        if base is None:
            return EventDate(None, "unknown", m.group(0))
        precision = "day" if kind in {"day", "anchor-day"} else kind
        return EventDate(base + timedelta(days=offset), precision, m.group(0))  # type: ignore[arg-type]
    m = YEAR_ONLY.search(sentence) if numeric else None  # (a year has digits)
    if m:
        return EventDate(date(int(m.group("year")), 1, 1), "year", m.group(0))
    return None

