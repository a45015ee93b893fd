"""Time the map at scale: 100k synthetic events, written and opened in headless Chromium.

Events have the properties :meth:`geostrike.models.StrikeEvent.properties` produces, at
random points in Ukraine and western Russia, dated over a year (2 % undated, 5 % region-
precision), with quotes of about 150 characters. Times :func:`geostrike.render.write_map`
(default and ``offline=True``), reports the file size per event, and opens the default
map in Chromium (CDN files served from the installed packages, as in the tests) until it is
interactive (clusters drawn, list, timeline and count shown), then times what a user does:
a search, clearing it, an overlay switched off and on, a date range, each until map, list
and histogram are updated and painted. Targets: ≤ 10 s to write, ≤ 250 bytes per event,
≤ 5 s to open, ≤ 300 ms per update.

    python3 benchmarks/map_bench.py [--events 100000] [--keep DIR] [--no-browser]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from geostrike.render import write_map

WRITE_S, BYTES_PER_EVENT, OPEN_S, UPDATE_MS = 10.0, 250, 5.0, 300.0
# Each action, then two animation frames (the browser has painted the result).
ACTIONS_JS = """async () => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = label => Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))
      .find(l => l.textContent.includes(label)).querySelector('input');
  const search = document.getElementById('gs-search');
  const type = q => { search.value = q; search.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); };
  const steps = [
    ['search "place 12"', () => type('place 12')],
    ['search "kharkiv oblast"', () => type('kharkiv oblast')],
    ['clear the search', () => type('')],
    ['weapon drone off', () => box('Weapon: drone').click()],
    ['weapon drone on', () => box('Weapon: drone').click()],
    ['dates 2024-03-01 to 2024-03-31', () => geostrike.setRange('2024-03-01', '2024-03-31')],
    ['all dates', () => document.getElementById('gs-tl-reset').click()],
  ];
  const out = [];
  for (const [name, act] of steps) {
    await frames();
    const t = performance.now();
    act();
    await frames();
    out.push([name, performance.now() - t, geostrike.visible().length, geostrike.listed().length]);
  }
  return out;
}"""
WEAPONS = {"drone": "drone strike", "missile": "missile strike", "airstrike": "air strike",
           "glide bomb": "air strike", "artillery": "shelling", None: "strike"}
REGIONS = [("UA-63", "Kharkiv Oblast", 49.9, 36.3), ("UA-65", "Kherson Oblast", 46.6, 33.4),
           ("RU-BEL", "Belgorod Oblast", 50.6, 36.6), ("RU-KRS", "Kursk Oblast", 51.7, 36.2),
           ("UA-23", "Zaporizhzhia Oblast", 47.8, 35.2)]
FILLER = ("according to local officials, who said that emergency services were working at the scene "
          "and that damage to residential buildings and infrastructure was still being assessed.")


def synthetic_event(i: int, rng: random.Random) -> dict[str, Any]:
    """One GeoJSON feature shaped like geostrike's output."""
    weapon = rng.choice(list(WEAPONS))
    attacker = rng.choice(["RU", "UA", None])
    region = rng.random() < 0.05
    if region:
        code, name, lat, lon = rng.choice(REGIONS)
        country, feature, admin1, precision = code[:2], "admin1", code, 3
    else:
        name = f"Place {rng.randrange(400)}"  # news name a few hundred towns again and again
        lat, lon = rng.uniform(44.5, 56.0), rng.uniform(22.5, 40.0)
        country, feature, admin1, precision = rng.choice(["UA", "RU"]), "city", None, rng.choice([1, 1, 2])
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
    dated = rng.random() > 0.02
    quote = f"{rng.choice(['Russian', 'Ukrainian'])} {weapon or 'forces'} struck {name} overnight, " + FILLER
    quote = quote[:rng.randrange(130, 170)]
    article = f"news-{i:06d}"
    killed = rng.choice([None, None, None, 1, 2, 5])
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": {
                "event_id": f"{rng.getrandbits(64):016x}", "article_id": article, "event_type": WEAPONS[weapon],
                "summary": f"{attacker or '?'} {WEAPONS[weapon]} on {name}", "attacker": attacker,
                "claimant": rng.choice([None, "Ukrainian authorities", "Russia's defence ministry"]),
                "claimant_side": None, "place": name, "place_text": name, "place_start": 0, "place_end": len(name),
                "gazetteer_id": f"gn:{i}", "feature": feature, "country": country, "admin1": admin1,
                "geo_precision": precision, "date": day.isoformat() if dated else None,
                "date_precision": "day" if dated else "unknown", "date_text": "overnight", "weapon": weapon,
                "weapon_system": None, "target_type": rng.choice([None, "energy", "residential"]),
                "launched": None, "intercepted": None, "killed": killed, "injured": rng.choice([None, 3]),
                "counts_approximate": None, "trigger": "struck", "quote": quote, "quotes": [quote],
                "quotes_count": 1, "sources": [article], "source_urls": [f"https://example.org/news/{i}"],
                "sources_count": 1, "claims": None, "confidence": round(rng.uniform(0.4, 0.95), 3),
                "link_rule": rng.choice(["preposition", "subject", "tally", "carried"]),
                "role": "summary" if region and rng.random() < 0.1 else "event",
                "title": f"Overnight strike report {i}",
                "url": f"https://example.org/news/{i}"}}


def synthetic_collection(n: int, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    return {"type": "FeatureCollection", "features": [synthetic_event(i, rng) for i in range(n)]}


def open_time(html: Path, n: int) -> tuple[float, list[list[Any]]]:
    """Seconds from navigation until the page is interactive (the count shown, the clusters,
    list rows and histogram drawn), and the timed actions (name, ms, events shown, listed)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from support.browser import launch_browser, open_map

    with launch_browser() as browser:
        t0 = time.perf_counter()
        with open_map(browser, html, timeout_ms=60_000) as m:
            m.page.wait_for_function(f"() => document.getElementById('gs-count').textContent.startsWith('{n} ') "
                                     "&& document.querySelector('.gs-cl, .gs-event') && document.querySelector('.gs-row')")
            dt = time.perf_counter() - t0
            actions = m.page.evaluate(ACTIONS_JS)
            assert not m.problems(), m.problems()
    return dt, actions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="Keep the maps in this folder.")
    ap.add_argument("--no-browser", action="store_true", help="Do not time the opening in Chromium.")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geostrike-map-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    collection = synthetic_collection(args.events)
    n = len(collection["features"])
    ok = True
    for label, offline in (("default", False), ("offline", True)):
        path = folder / f"map-{label}.html"
        t0 = time.perf_counter()
        write_map(collection, path, offline=offline)
        dt = time.perf_counter() - t0
        per_event = path.stat().st_size / n
        good = dt <= WRITE_S and per_event <= BYTES_PER_EVENT
        ok &= good
        print(f"{'PASS' if good else 'FAIL'}: write {label:<8} {n} events in {dt:.2f} s (≤ {WRITE_S:.0f} s), "
              f"{path.stat().st_size / 1e6:.1f} MB = {per_event:.0f} bytes/event (≤ {BYTES_PER_EVENT})")
    if not args.no_browser:
        dt, actions = open_time(folder / "map-default.html", n)
        ok &= dt <= OPEN_S
        print(f"{'PASS' if dt <= OPEN_S else 'FAIL'}: open in headless Chromium until interactive {dt:.2f} s "
              f"(≤ {OPEN_S:.0f} s)")
        for name, ms, shown, listed in actions:
            good = ms <= UPDATE_MS and shown == listed
            ok &= good
            print(f"{'PASS' if good else 'FAIL'}: {name:<32} map, list and histogram in {ms:4.0f} ms "
                  f"(≤ {UPDATE_MS:.0f}), {shown} events shown")
    print(f"maps in {folder}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
