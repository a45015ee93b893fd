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
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from geostrike.render import write_map

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from support.synthetic import synthetic_collection  # noqa: E402  (shared with the map tests)

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
def open_time(html: Path, n: int) -> tuple[float, list[list[Any]]]:
    """Seconds from navigation until the page is interactive (the count shown, the clusters,
    list rows and histogram drawn), and the timed actions (name, ms, events shown, listed)."""
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
