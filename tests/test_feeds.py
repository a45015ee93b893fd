"""Feeds analysts follow: Telegram Desktop exports and RSS/Atom, their times, languages, bad input.

Every input is a file the test writes: two channel exports as Telegram Desktop writes them
(a Ukrainian regional administration and a Russian-style war blog, both in English), an
RSS 2.0 and an Atom feed. The whole command runs on them (``python -m geostrike run``).
"""

from __future__ import annotations

import http.server
import json
import sqlite3
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from geostrike.feeds import clean_post, hashtag_words, parse_time, telegram_time
from geostrike.language import detect
from geostrike.read import ReadFailure, Skipped, read_records
from geostrike.pipeline import read_inputs

KYIV = timezone(timedelta(hours=3))  # summer time, the clock the exports were made on
ADMIN = "Kharkiv Regional Military Administration"
BLOG = "Voenkor Digest"
#: The regional administration's post, forwarded by the blog word for word.
STRIKE = ("⚡️BREAKING: Russian drones struck an energy facility in Kharkiv overnight, the governor said. 🔥\n"
          "#Kharkiv #StopRussia")


def geostrike(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True, **kw)


def _msg(mid: int, local: str, text, **extra) -> dict:
    moment = datetime.fromisoformat(local).replace(tzinfo=KYIV)
    return {"id": mid, "type": "message", "date": local, "date_unixtime": str(int(moment.timestamp())),
            "from": extra.pop("frm", None), "from_id": "channel1", "text": text, **extra}


def write_exports(folder: Path) -> tuple[Path, Path]:
    """Two channel exports, as "Export chat history" (JSON) writes them, in their folders."""
    admin = {"name": ADMIN, "type": "public_channel", "id": 1500000001, "messages": [
        {"id": 1, "type": "service", "date": "2024-06-29T08:00:00", "date_unixtime": "1719637200",
         "actor": ADMIN, "actor_id": "channel1500000001", "action": "create_channel", "title": ADMIN,
         "text": "", "text_entities": []},
        _msg(2, "2024-06-30T03:12:45", STRIKE, text_entities=[{"type": "plain", "text": STRIKE.split("#")[0]},
                                                              {"type": "hashtag", "text": "#Kharkiv"},
                                                              {"type": "plain", "text": " "},
                                                              {"type": "hashtag", "text": "#StopRussia"}]),
        _msg(3, "2024-06-30T04:00:00", "", photo="photos/photo_1@30-06-2024_04-00-00.jpg", text_entities=[]),
        _msg(4, "2024-06-30T05:00:00", "Вночі ворог атакував Харків ударними безпілотниками. Постраждалих немає."),
        _msg(5, "2024-06-30T09:30:00", ["🔴 ", {"type": "bold", "text": "Zaporizhzhia:"},
                                        " a Russian missile hit an industrial site in Zaporizhzhia this morning, "
                                        "two people were injured.\n", {"type": "hashtag", "text": "#Zaporizhzhia"}]),
    ]}
    blog = {"name": BLOG, "type": "public_channel", "id": 1600000002, "username": "voenkor_digest", "messages": [
        _msg(10, "2024-06-30T02:40:00", "💥 Ukrainian drones attacked the oil refinery in Novoshakhtinsk, "
                                        "Rostov region, overnight. A fire broke out."),
        _msg(11, "2024-06-30T03:20:00", STRIKE, forwarded_from=ADMIN),
        _msg(12, "2024-06-30T11:05:00", "⚡️⚡️ Ukrainian forces shelled Belgorod with MLRS, one person was killed."),
    ]}
    paths = []
    for name, export in (("ChatExport_admin", admin), ("ChatExport_blog", blog)):
        (folder / name).mkdir(parents=True, exist_ok=True)
        path = folder / name / "result.json"
        path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Front Line Wire</title><link>https://news.example/</link>
<item><title>Missiles hit Odesa port</title><link>https://news.example/odesa</link>
<guid>https://news.example/odesa</guid><pubDate>Sun, 30 Jun 2024 06:15:00 +0300</pubDate>
<description>&lt;p&gt;Russian missiles struck the port of Odesa overnight, injuring three people.&lt;/p&gt;</description></item>
<item><title>Ночной удар</title><link>https://news.example/ru</link><guid>ru-1</guid>
<pubDate>Sun, 30 Jun 2024 07:00:00 +0300</pubDate>
<description>Ночью ВСУ атаковали Белгород беспилотниками, сообщил губернатор области.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Border Watch</title><id>urn:border-watch</id>
<updated>2024-06-30T12:00:00Z</updated>
<entry><title>Drone attack on Kursk</title><id>urn:border-watch:1</id>
<link href="https://border.example/kursk"/><published>2024-06-30T01:30:00+03:00</published>
<updated>2024-06-30T02:00:00+03:00</updated>
<content type="html">&lt;p&gt;Ukrainian drones struck an airfield near Kursk, the regional governor said.&lt;/p&gt;</content>
</entry></feed>
"""


@pytest.fixture
def feeds(tmp_path):
    inputs = tmp_path / "in"
    write_exports(inputs)
    (inputs / "wire.rss").write_text(RSS, encoding="utf-8")
    (inputs / "border.xml").write_text(ATOM, encoding="utf-8")
    return inputs


# -- reading (no model) ---------------------------------------------------------------

def test_telegram_posts_become_articles_with_ids_times_urls_and_merged_forwards(tmp_path):
    admin, blog = write_exports(tmp_path)
    records = list(read_inputs([tmp_path]))
    articles = {r.id: r for r in records if not isinstance(r, (Skipped, ReadFailure))}
    skipped = sorted((r.kind, r.article_id) for r in records if isinstance(r, Skipped))
    assert not [r for r in records if isinstance(r, ReadFailure)]
    assert skipped == [("forwarded copy", f"{BLOG}/11"), ("media-only post", f"{ADMIN}/3"),
                       ("service message", f"{ADMIN}/1")]
    assert set(articles) == {f"{ADMIN}/2", f"{ADMIN}/4", f"{ADMIN}/5", f"{BLOG}/10", f"{BLOG}/12"}
    post = articles[f"{ADMIN}/2"]
    # Emoji out, hashtags as words, the line break kept.
    assert post.text == ("BREAKING: Russian drones struck an energy facility in Kharkiv overnight, the governor said.\n"
                         "Kharkiv Stop Russia")
    assert post.published == date(2024, 6, 30)
    assert post.published_at == datetime(2024, 6, 30, 3, 12, 45, tzinfo=KYIV)
    assert post.source == ADMIN and post.title == ADMIN and post.source_path == str(admin)
    # A public channel without its username in the export: the t.me/c/ link.
    assert post.url == "https://t.me/c/1500000001/2"
    # The forwarded copy in the other export is one of this article's sources.
    assert [(s.article_id, s.url) for s in post.also] == [(f"{BLOG}/11", "https://t.me/voenkor_digest/11")]
    assert articles[f"{BLOG}/10"].url == "https://t.me/voenkor_digest/10"
    assert articles[f"{ADMIN}/5"].text.startswith("Zaporizhzhia: a Russian missile hit")
    # Read alone, the blog's forward is an article of its own that names its origin.
    alone = {r.id: r for r in read_records(blog) if not isinstance(r, (Skipped, ReadFailure))}
    assert alone[f"{BLOG}/11"].title == f"{BLOG} (forwarded from {ADMIN})" and not alone[f"{BLOG}/11"].also


def test_private_chats_get_no_link(tmp_path):
    p = tmp_path / "result.json"
    p.write_text(json.dumps({"name": "Analysts", "type": "private_group", "id": 7,
                             "messages": [_msg(1, "2024-06-30T10:00:00", "Drones hit Kursk overnight.")]}),
                 encoding="utf-8")
    (a,) = read_records(p)
    assert a.url is None and a.id == "Analysts/1"


def test_rss_and_atom_entries_with_links_titles_and_zoned_times(feeds):
    records = list(read_records(feeds / "wire.rss")) + list(read_records(feeds / "border.xml"))
    odesa, russian, kursk = records
    assert odesa.id == "https://news.example/odesa" and odesa.title == "Missiles hit Odesa port"
    assert odesa.text == "Missiles hit Odesa port\n\nRussian missiles struck the port of Odesa overnight, injuring three people."
    assert odesa.published_at == datetime(2024, 6, 30, 6, 15, tzinfo=KYIV) and odesa.source == "Front Line Wire"
    assert russian.id == "ru-1"
    assert kursk.id == "urn:border-watch:1" and kursk.url == "https://border.example/kursk"
    # The day is that of the source's own zone: 01:30 in Kyiv is still the 29th in UTC.
    assert kursk.published == date(2024, 6, 30) and kursk.published_at.utcoffset() == timedelta(hours=3)


def test_post_text_and_times():
    assert hashtag_words("#KharkivRegion") == "Kharkiv Region"
    assert clean_post("🚨🚨Explosions in Odesa💥\n\n\n\n#Odesa #Одеса") == "Explosions in Odesa\n\nOdesa Одеса"
    assert clean_post("It was 5 °C, № 3") == "It was 5 °C, № 3"
    assert telegram_time({"date": "2024-06-30T03:12:45"}) == datetime(2024, 6, 30, 3, 12, 45)
    assert parse_time("Sun, 30 Jun 2024 06:15:00 GMT") == datetime(2024, 6, 30, 6, 15, tzinfo=timezone.utc)


def test_language_detection_is_offline_and_cautious():
    assert detect("Russian drones struck Kharkiv overnight, the governor said.") == "en"
    assert detect("Explosions in Odesa") == "en"  # place names read as French to the model: too short to tell
    assert detect("Вночі ворог атакував Харків ударними безпілотниками.") == "uk"
    assert detect("Ночью ВСУ атаковали Белгород беспилотниками, сообщил губернатор.") == "ru"
    assert detect("Wybuchy w Kijowie, rosyjskie drony zaatakowały miasto w nocy") == "pl"


def test_jsonl_published_may_be_a_date_time_with_zone(tmp_path):
    p = tmp_path / "n.jsonl"
    p.write_text('{"id": "a", "text": "Drones hit Kursk.", "published": "2024-06-30T01:30:00+03:00"}\n'
                 '{"id": "b", "text": "Drones hit Kursk.", "published": "2024-06-30"}\n'
                 '{"id": "c", "text": "Drones hit Kursk.", "published": "2024-06-30T25:99"}\n', encoding="utf-8")
    a, b, c = read_records(p)
    assert a.published == date(2024, 6, 30) and a.published_at == datetime(2024, 6, 30, 1, 30, tzinfo=KYIV)
    assert b.published == date(2024, 6, 30) and b.published_at is None
    assert isinstance(c, ReadFailure) and "line 3: 'published' '2024-06-30T25:99' is not an ISO date or date-time" in c.message


@pytest.mark.parametrize("name,content,message", [
    ("result.json", '{"name": "x", "messages": [\n{"id": 1,}\n]}', r"result\.json, line 2: invalid JSON"),
    ("result.json", '{"name": "x"}', r"result\.json: not a Telegram Desktop export"),
    ("feed.rss", "<rss version='2.0'> <<< &&", r"feed\.rss: not a readable RSS or Atom feed \(broken XML"),
    ("feed.rss", "<rss><channel><item>", r"feed\.rss, entry 1: no title or text"),
    ("feed.xml", "<html><body>no feed</body></html>", r"feed\.xml: not an RSS or Atom feed"),
])
def test_a_broken_export_or_feed_fails_with_one_clear_message(tmp_path, name, content, message):
    import re

    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    (failure,) = [r for r in read_records(bad) if isinstance(r, ReadFailure)]
    assert re.search(message, failure.message), failure.message


# -- the whole run --------------------------------------------------------------------

def _features(out: Path) -> list[dict]:
    return [f["properties"] for f in json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]]


@pytest.mark.slow
def test_run_maps_telegram_and_feeds_with_times_sources_and_skipped_counts(feeds, tmp_path):
    out = tmp_path / "out"
    (feeds / "broken.rss").write_text("<rss><channel><item>", encoding="utf-8")
    r = geostrike("-v", "run", str(feeds), "-o", str(out), "-j", "1")
    assert r.returncode == 3, r.stderr
    failed = [line for line in r.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "broken.rss" in failed[0]
    summary = r.stdout.strip().splitlines()[-1]
    assert summary.startswith("9 articles read, 0 skipped (unchanged), 2 skipped (language: ru 1, uk 1), "
                              "1 forwarded copy skipped, 1 media-only post skipped, 1 service message skipped, "
                              "1 failed;"), summary
    assert f"{ADMIN}/4: skipped: language uk" in r.stderr  # listed with -v
    events = {p["place"]: p for p in _features(out)}
    assert {"Kharkiv", "Novoshakhtinsk", "Belgorod", "Odesa", "Kursk"} <= set(events)
    assert any(name.startswith("Zaporizh") for name in events)
    kharkiv = events["Kharkiv"]
    assert (kharkiv["attacker"], kharkiv["weapon"], kharkiv["date"]) == ("RU", "drone", "2024-06-30")
    assert kharkiv["published_at"] == "2024-06-30T03:12:45+03:00"
    assert kharkiv["sources"] == [f"{ADMIN}/2", f"{BLOG}/11"] and kharkiv["sources_count"] == 2
    assert kharkiv["source_urls"] == ["https://t.me/c/1500000001/2", "https://t.me/voenkor_digest/11"]
    assert (events["Belgorod"]["attacker"], events["Belgorod"]["killed"]) == ("UA", 1)
    assert events["Odesa"]["url"] == "https://news.example/odesa" and events["Odesa"]["injured"] == 3
    assert events["Kursk"]["date"] == "2024-06-30" and events["Kursk"]["published_at"] == "2024-06-30T01:30:00+03:00"
    with sqlite3.connect(out / "geostrike.sqlite") as con:
        rows = dict(con.execute("SELECT id, status FROM articles"))
        published = dict(con.execute("SELECT id, published FROM articles"))
    assert rows[f"{ADMIN}/4"] == "skipped: language uk" and rows["ru-1"] == "skipped: language ru"
    assert published[f"{ADMIN}/2"] == "2024-06-30T03:12:45+03:00"
    # Unchanged, everything is skipped the next time, the foreign posts too.
    r2 = geostrike("run", str(feeds), "-o", str(out), "-j", "1")
    assert "9 articles read, 8 skipped (unchanged), 1 media-only" in r2.stdout.replace("1 forwarded copy skipped, ", "")


@pytest.mark.slow
def test_a_feed_url_is_fetched(tmp_path):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = {"/feed.xml": ATOM.encode(), "/summary.rss": SUMMARY_RSS.replace("BASE", base).encode(),
                    "/page.html": PAGE.encode()}.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/atom+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        out = tmp_path / "out"
        r = geostrike("run", f"{base}/feed.xml", f"{base}/missing.xml", "-o", str(out), "-j", "1")
        # Without --fetch-pages an entry with only a summary is its summary; with it, its page.
        (summary,) = read_records(f"{base}/summary.rss")
        (page,) = read_records(f"{base}/summary.rss", fetch_pages=True)
    finally:
        server.shutdown()
    assert r.returncode == 3, r.stderr
    assert f"failed: {base}/missing.xml: cannot fetch (HTTP 404" in r.stderr
    assert [p["place"] for p in _features(out)] == ["Kursk"]
    assert summary.text == "Strike on Sumy\n\nA short summary."
    assert "Russian glide bombs hit Sumy on Sunday" in page.text and "Menu" not in page.text


SUMMARY_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Short</title>
<item><title>Strike on Sumy</title><link>BASE/page.html</link><description>A short summary.</description></item>
</channel></rss>"""
PAGE = ("<html><body><nav><a href='/'>Menu</a> <a href='/x'>Menu</a></nav><article><h1>Strike on Sumy</h1>"
        "<p>Russian glide bombs hit Sumy on Sunday, the regional administration said, injuring four people "
        "in the city centre.</p><p>Emergency services were working at the site into the evening.</p>"
        "</article><footer>Menu</footer></body></html>")
