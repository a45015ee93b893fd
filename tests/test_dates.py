"""Article anchors and event dates."""

from datetime import date

import pytest

from geostrike.dates import Anchor, event_date, find_anchor


def test_anchor_from_metadata_beats_text():
    assert find_anchor("On 1 May 2020 …", published=date(2024, 1, 3)) == Anchor(date(2024, 1, 3), "metadata")


def test_anchor_from_first_full_date_or_url():
    assert find_anchor("Photo: Kyiv, January 2, 2024. Later, 9 May 2024.").value == date(2024, 1, 2)
    assert find_anchor("see https://example.org/2022-12-09-drones.html").value == date(2022, 12, 9)
    assert find_anchor("no date here").value is None


@pytest.mark.parametrize("sentence,expected,precision", [
    ("It happened on 8 October 2022.", date(2022, 10, 8), "day"),
    ("The action took place in June 2024, officials said.", date(2024, 6, 1), "month"),
    ("On Monday, Dec. 5, drones attacked two bases.", date(2022, 12, 5), "day"),
    # A date merely seen in the text (a photo caption) may precede publication by a day or
    # two, so weekdays resolve to the nearest such day: Tuesday before, Saturday after Friday.
    ("Drones struck on Tuesday.", date(2022, 12, 6), "day"),
    ("Drones struck on Saturday.", date(2022, 12, 10), "day"),
    ("Missiles hit the city overnight.", date(2022, 12, 9), "day"),
    ("An attack the previous day killed one person.", date(2022, 12, 8), "day"),
    ("Strikes continued last week.", date(2022, 12, 2), "week"),
])
def test_event_dates_against_a_text_anchor(sentence, expected, precision):
    got = event_date(sentence, Anchor(date(2022, 12, 9), "text"))
    assert got is not None and got.value == expected and got.precision == precision
    assert got.iso() == (expected.strftime("%Y-%m") if precision == "month" else expected.isoformat())


def test_trusted_anchor_resolves_weekdays_backwards():
    got = event_date("Drones struck on Saturday.", Anchor(date(2024, 5, 26), "metadata"))  # a Sunday
    assert got.value == date(2024, 5, 25)


def test_no_year_is_invented():
    got = event_date("Russian forces on July 4 launched drones.", Anchor(None, "none"))
    assert got.value is None and got.text == "July 4" and got.iso() is None
