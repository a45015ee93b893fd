"""One event per strike: within an article and across articles."""

from __future__ import annotations

from datetime import date

import pytest

from geostrike.merge import merge_across_articles
from geostrike.models import Article

pytestmark = pytest.mark.slow  # every test runs the real spaCy model and gazetteer


def run(gs, *articles: Article):
    events = []
    for r in gs.process(list(articles)):
        events.extend(r.events)
    return merge_across_articles(events)


def test_two_sentences_of_one_article_make_one_event(events_of):
    ev = events_of("Ukrainian drones struck the Tuapse refinery on Sunday. The refinery in Tuapse was hit "
                   "again by drones, a fire broke out.", "2024-01-22")
    assert len(ev) == 1
    (e,) = ev.values()
    assert len(e.extra_quotes) == 1


def test_the_same_strike_in_two_articles_is_one_event_with_both_sources(gs):
    a = Article("a", "Russian missiles struck Odesa on Monday, killing four people.", date(2024, 3, 5))
    b = Article("b", "A Russian missile attack on Odesa on Monday killed five people, regional officials said.",
                date(2024, 3, 4), url="https://example.org/b")
    (e,) = run(gs, a, b)
    props = e.properties()
    assert props["sources"] == ["a", "b"] and props["sources_count"] == 2
    assert props["killed"] == 5
    assert props["claims"] == "killed: 4 (a), 5 (b)"
    assert props["quotes_count"] == 2 and props["source_urls"] == ["https://example.org/b"]


def test_different_days_or_sides_stay_apart(gs):
    a = Article("a", "Russian missiles struck Odesa on Monday.", date(2024, 3, 5))
    b = Article("b", "Russian missiles struck Odesa on Thursday.", date(2024, 3, 8))
    c = Article("c", "Ukrainian drones attacked Kursk on Monday.", date(2024, 3, 5))
    d = Article("d", "Russian glide bombs hit Kursk on Monday.", date(2024, 3, 5))
    assert len(run(gs, a, b)) == 2
    assert len(run(gs, c, d)) == 2


def test_days_written_out_that_differ_are_two_strikes(gs):
    # ACLED-style notes of two days' shelling of one town, and a report of the next morning.
    a = Article("a", "On 5 May 2024, Russian forces shelled Nikopol, Dnipropetrovsk region. 1 civilian was killed.",
                date(2024, 5, 6))
    b = Article("b", "On 6 May 2024, Russian forces shelled Nikopol, Dnipropetrovsk region. 2 civilians were injured.",
                date(2024, 5, 7))
    c = Article("c", "Russian artillery shelled Nikopol overnight, injuring two people.", date(2024, 5, 7))
    events = run(gs, a, b, c)
    assert len(events) == 2
    by_day = {e.date.iso(): e for e in events}
    assert by_day["2024-05-05"].killed == 1 and by_day["2024-05-05"].injured is None
    assert sorted(s.article_id for s in by_day["2024-05-06"].sources) == ["b", "c"]


def test_entries_of_consecutive_days_that_say_no_day_are_two_strikes(gs):
    # Incident-log entries take their day from publication; a next-morning report says "overnight".
    a = Article("a", "Kupiansk. Damaged buildings on fire after shelling.", date(2023, 1, 24))
    b = Article("b", "Kupiansk. Shelling damaged a school.", date(2023, 1, 25))
    c = Article("c", "Russian forces shelled Kupiansk overnight, damaging a school.", date(2023, 1, 25))
    assert sorted(e.date.iso() for e in run(gs, a, b)) == ["2023-01-24", "2023-01-25"]
    (e,) = run(gs, a, c)
    assert sorted(s.article_id for s in e.sources) == ["a", "c"]


def test_two_nights_of_downings_over_a_region_stay_apart(gs):
    a = Article("a", "Air defence systems intercepted and destroyed 12 UAVs over the Bryansk region overnight, "
                "the Russian Defence Ministry said.", date(2025, 5, 6))
    b = Article("b", "Overnight, air defence destroyed 30 Ukrainian drones over the Bryansk region, the Russian "
                "Defence Ministry said.", date(2025, 5, 7))
    events = run(gs, a, b)
    assert sorted(e.intercepted for e in events) == [12, 30]


def test_downings_and_a_hit_from_two_articles_stay_two_events(gs):
    # One report counts the drones downed over the region, another tells of a hit there.
    a = Article("a", "Air defence shot down 14 Shahed drones over the Kyiv region overnight, the air force said.",
                date(2024, 4, 11))
    b = Article("b", "A Russian strike damaged an energy facility in the Kyiv region overnight, the governor said.",
                date(2024, 4, 11))
    events = run(gs, a, b)
    assert sorted(e.event_type for e in events) == ["interception", "strike"]
    (downed,) = [e for e in events if e.event_type == "interception"]
    assert downed.weapon == "drone" and downed.intercepted == 14


def test_undated_reports_are_not_merged_across_articles(gs):
    a = Article("a", "Russian drones struck Kharkiv.")
    b = Article("b", "Russian drones struck Kharkiv again.")
    assert len(run(gs, a, b)) == 2


def test_ground_advance_is_its_own_layer(events_of):
    ev = events_of("Russian forces captured a village in the Kharkiv region, while Russian drones struck Kharkiv.")
    assert ev["Kharkiv Oblast"].event_type == "ground advance"
    assert ev["Kharkiv"].event_type == "drone strike"


def test_reports_naming_different_weapons_are_different_strikes(gs):
    a = Article("a", "A Russian missile hit an apartment block in Kharkiv on Monday, killing two.", date(2024, 5, 6))
    b = Article("b", "A glide bomb struck a warehouse in Kharkiv on Monday, injuring four.", date(2024, 5, 6))
    c = Article("c", "Russian guided aerial bombs hit a warehouse in Kharkiv on Monday.", date(2024, 5, 6))
    events = run(gs, a, b, c)
    assert sorted(e.weapon for e in events) == ["glide bomb", "missile"]
    (bombs,) = [e for e in events if e.weapon == "glide bomb"]
    assert [s.article_id for s in bombs.sources] == ["b", "c"]


def test_a_strike_that_takes_a_weapon_in_a_merge_takes_its_type(events_of):
    ev = events_of("Air Force: the enemy launched 3 Iskander-M missiles at the Odesa region; 2 were shot down. "
                   "The third hit port infrastructure in Odesa.", "2024-05-06")
    # The region's downings stay its own; the hit in Odesa is of those missiles ("the third").
    by_name = {e.place.entry.name: e for e in ev.values() if e.role != "summary"}
    assert (by_name["Odesa Oblast"].event_type, by_name["Odesa Oblast"].intercepted) == ("interception", 2)
    e = by_name["Odesa"]
    assert e.weapon == "missile" and e.event_type == "missile strike" and e.intercepted is None
