"""Time the review app on a store of 10,000 events: the page, and each decision.

Fills a temporary store with synthetic events (no spaCy; the events of
``benchmarks/store_bench.py``), decides on some of them (verified, rejected, edited) so that
the review tables are not empty, starts ``geostrike review`` on a free localhost port and
opens the page in headless Chromium (Debian's, through playwright). Prints:

- how long ``geostrike review`` takes to print its URL (it prepares the list first);
- the time from navigation to the page being interactive (the list and the map drawn,
  keys and clicks answered): target ≤ 2 s;
- the time to store one decision, median and 95th percentile, measured three ways: the
  library call (:class:`geostrike.review.Reviewer`), the HTTP request from the page
  (``fetch`` round trip) and a key press (``v``, ``x``) until the page has the answer:
  target median ≤ 50 ms.

    python3 benchmarks/review_bench.py [--events 10000] [--decisions 60]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import synthetic_result  # noqa: E402

from geostrike.review import Reviewer  # noqa: E402
from geostrike.store import EventStore  # noqa: E402

PAGE_TARGET_S = 2.0
DECISION_TARGET_MS = 50.0
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--decisions", type=int, default=60)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="geostrike-review-bench-"))
    db = folder / "bench.sqlite"
    rng = random.Random(7)
    t0 = time.perf_counter()
    with EventStore(db) as store:
        for start in range(0, args.events, 500):
            store.add_articles([(synthetic_result(i, rng), f"hash{i}")
                                for i in range(start, min(args.events, start + 500))])
        rv = Reviewer(store)
        ids = [e.event_id for e in rv.events()]
        rv.verify(ids[: len(ids) // 10])
        rv.reject(ids[len(ids) // 10: len(ids) // 10 + len(ids) // 50], "bench")
        for event_id in ids[-len(ids) // 30:]:
            rv.edit(event_id, {"killed": str(rng.randrange(10))})
        print(f"store: {len(ids)} events, {len(store.review_rows())} with decisions, "
              f"filled in {time.perf_counter() - t0:.1f} s")
        lib = []
        for i in range(args.decisions):
            event_id = ids[rng.randrange(len(ids))]
            t = time.perf_counter()
            rv.verify([event_id]) if i % 3 else rv.edit(event_id, {"injured": str(i)})
            lib.append((time.perf_counter() - t) * 1000)

    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "geostrike", "review", "--store", str(db), "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().split()[2]  # type: ignore[union-attr]
        print(f"geostrike review printed its URL after {time.perf_counter() - started:.1f} s "
              "(start-up, the list and outlines prepared)")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": 1500, "height": 900})
            page.route("https://tile.openstreetmap.org/**", lambda r: r.abort("internetdisconnected"))
            loads = []
            for _ in range(3):
                page.goto(url)
                page.wait_for_function("() => window.geostrikeReview && window.geostrikeReview.ready", timeout=30_000)
                loads.append(page.evaluate("window.geostrikeReview.readyMs") / 1000)
                assert page.evaluate("window.geostrikeReview.shown().length") == len(ids)
            page.wait_for_selector("#rv-summary")
            http, keyed = [], []
            for i in range(args.decisions):
                page.evaluate("(i) => window.geostrikeReview.select(i)", rng.randrange(len(ids)))
                page.wait_for_timeout(250)  # the map has settled, as when an analyst reads the event
                http.append(page.evaluate(
                    """async (action) => {
                      const id = document.querySelector('#rv-detail').dataset.id;
                      const csrf = JSON.parse(document.querySelector('meta[name="geostrike-review"]').content).csrf;
                      const t0 = performance.now();
                      const r = await fetch('/api/events/' + encodeURIComponent(id) + '/' + action, {method: 'POST',
                        headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf}, body: '{}'});
                      await r.json();
                      return performance.now() - t0;
                    }""", "unverify"))
                page.wait_for_timeout(50)
                page.evaluate("document.activeElement && document.activeElement.blur()")
                before = page.evaluate("window.geostrikeReview.decisions")
                page.keyboard.press("v" if i % 2 else "x")
                page.wait_for_function("(n) => window.geostrikeReview.decisions > n", arg=before)
                keyed.append(page.evaluate("window.geostrikeReview.lastMs"))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    load = statistics.median(loads)
    print(f"page interactive: median {load:.2f} s of {len(loads)} loads ({', '.join(f'{x:.2f}' for x in loads)}; "
          f"target ≤ {PAGE_TARGET_S:.0f} s) — {'PASS' if load <= PAGE_TARGET_S else 'FAIL'}")
    for label, values in (("library call", lib), ("HTTP from the page", http), ("key press to stored", keyed)):
        median = statistics.median(values)
        print(f"decision, {label:<22} median {median:6.1f} ms  p95 {percentile(values, 0.95):6.1f} ms  "
              f"({len(values)} decisions; target median ≤ {DECISION_TARGET_MS:.0f} ms) — "
              f"{'PASS' if median <= DECISION_TARGET_MS else 'FAIL'}")


if __name__ == "__main__":
    main()
