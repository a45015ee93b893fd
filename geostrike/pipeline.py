"""Compose the stages: read → recognise → resolve → assemble events → store → export/render.

Only composition lives here; each stage is its own module. :func:`run` keeps its events in
the event store (:mod:`geostrike.store`), so that re-runs only process what is new.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path

from .dates import Anchor, find_anchor
from .events import extract_events
from .exceptions import ArticleError
from .export import write_atomic, write_csv, write_gpkg
from .gazetteer import Gazetteer
from .models import Article, Decision, PlaceMention, ResolvedPlace, StrikeEvent
from .read import ReadFailure, expand_inputs, read_records
from .recognize import load_pipeline, mentions
from .resolve import Resolver
from .rules import reports_strikes

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything geostrike derived from one article."""

    article: Article
    anchor: Anchor
    mentions: list[PlaceMention]
    places: list[ResolvedPlace]
    events: list[StrikeEvent]
    #: Per place of each strike-reporting sentence, the rule that linked it or kept it out.
    decisions: tuple[Decision, ...] = ()

    def unlinked(self) -> dict[str, object] | None:
        """The review record of a text that reports strikes but made no event, else None.

        Its ``reason`` is the skip rule of each place (:data:`geostrike.rules.SKIP_RULES`),
        or "no place recognised" when a strike cue stands in a text without places.
        """
        if self.events or not (self.decisions or self.strike_cue):
            return None
        reasons = sorted({d.rule for d in self.decisions if not d.linked}) or ["no place recognised"]
        return {"id": self.article.id, "text": self.article.text, "published":
                self.article.published.isoformat() if self.article.published else None,
                "places": [d.as_dict() for d in self.decisions], "reason": "; ".join(reasons)}

    @property
    def strike_cue(self) -> bool:
        """Whether the text names a strike, its aftermath or a weapon (without places, too)."""
        return reports_strikes(self.article.text)


@dataclass
class RunSummary:
    """What a run read, skipped and produced.

    ``articles`` counts every article met in the inputs: those ``skipped`` (already in the
    store, unchanged), those that ``failed`` (one message each) and those processed.
    ``events`` is the number of events in the outputs, which cover the whole store.
    ``seconds`` holds wall-clock seconds per phase (``geostrike -v run`` logs them): ``load``
    until the first result (model loading, workers starting), ``process`` the language
    pipeline and reading after that, ``store`` writing to the store, ``outputs`` the files.
    """

    articles: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    events_new: int = 0
    events_merged: int = 0
    events: int = 0
    outputs: list[Path] = field(default_factory=list)
    store: Path | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        """The one-line summary printed at the end of ``geostrike run``."""
        return (f"{self.articles} articles read, {self.skipped} skipped (unchanged), {len(self.failed)} failed; "
                f"{self.events_new} events new, {self.events_merged} merged into existing")


class Geostrike:
    """The loaded pipeline (spaCy model + gazetteer), reusable across calls.

    Parameters
    ----------
    index_path : pathlib.Path, optional
        Gazetteer index; built on first use when missing.

    Examples
    --------
    >>> gs = Geostrike()  # doctest: +SKIP
    >>> [e.place.entry.name for e in gs.process_text("Russian drones struck Kharkiv overnight.").events]  # doctest: +SKIP
    ['Kharkiv']
    """

    def __init__(self, index_path: Path | None = None) -> None:
        self.nlp = load_pipeline(index_path)
        self.gazetteer: Gazetteer = self.nlp.get_pipe("geostrike_places").gaz
        self.resolver = Resolver(self.gazetteer)
        self._country = lambda cc: self.gazetteer.get(f"country:{cc}")
        self.timings: Counter[str] = Counter()

    def process(self, articles: Iterable[Article], *, cli_date: date | None = None,
                batch_size: int = 64) -> Iterator[ArticleResult]:
        """Run every stage on ``articles``, yielding one result per article.

        ``self.timings`` accumulates seconds per stage (spaCy with the place component,
        resolution, events) for benchmarks.
        """
        pairs = ((a.text, a) for a in articles)
        t = self.timings
        clock = time.perf_counter
        start = clock()
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            t0 = clock()
            t["recognise (spaCy + gazetteer)"] += t0 - start
            found = mentions(doc, article)
            places = self.resolver.resolve(article, found)
            t1 = clock()
            t["resolve"] += t1 - t0
            anchor = find_anchor(article.text, article.published, cli_date)
            decisions: list[Decision] = []
            events = extract_events(doc, article, places, anchor, decisions, self._country)
            t["events"] += clock() - t1
            yield ArticleResult(article, anchor, found, places, events, tuple(decisions))
            start = clock()

    def process_text(self, text: str, *, article_id: str = "text", published: date | None = None) -> ArticleResult:
        """Convenience: run the pipeline on one string."""
        return next(self.process([Article(article_id, text, published)]))


# -- parallel processing ------------------------------------------------------------
# Each worker process loads its own pipeline once; articles travel to it in batches and
# results (plain frozen dataclasses, no spaCy objects) travel back in input order.
_WORKER: Geostrike | None = None


def _init_worker(index_path: Path | None) -> None:
    global _WORKER
    _WORKER = Geostrike(index_path)


def _work(batch: tuple[list[Article], date | None]) -> list[ArticleResult]:
    assert _WORKER is not None
    articles, cli_date = batch
    return list(_WORKER.process(articles, cli_date=cli_date, batch_size=len(articles)))


def _batches(articles: Iterable[Article], size: int, cli_date: date | None,
             jobs: int = 1) -> Iterator[tuple[list[Article], date | None]]:
    """Tasks of ``size`` articles for ``jobs`` workers.

    The input is read ``size * jobs`` articles ahead; what is left when it ends is cut into
    up to ``4 * jobs`` smaller tasks (of 8 articles or more), so that the workers finish
    close together instead of one of them working alone on a last large task.
    """
    it = iter(articles)
    window = size * (jobs + 1)
    ahead: list[Article] = []
    while True:
        ahead.extend(islice(it, window - len(ahead)))
        if len(ahead) < window:
            break  # the input has ended
        yield ahead[:size], cli_date
        ahead = ahead[size:]
    if ahead:
        pieces = max(1, min(4 * jobs, len(ahead) // 8))
        step = -(-len(ahead) // pieces)
        for i in range(0, len(ahead), step):
            yield ahead[i:i + step], cli_date


#: Fewer new articles than this are processed in one process whatever ``jobs`` says.
MIN_PARALLEL = 64
#: Articles per ``nlp.pipe`` batch in one process, and per task sent to a worker (spaCy
#: takes 3 % less time than in batches of 16; the last tasks of a run are smaller).
BATCH_SIZE = 64


def default_jobs() -> int:
    """All the cores this process may use."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process_articles(articles: Iterable[Article], *, jobs: int = 1, cli_date: date | None = None,
                     index_path: Path | None = None, batch_size: int = BATCH_SIZE,
                     pipeline: Geostrike | None = None,
                     when_read: Callable[[], None] | None = None) -> Iterator[ArticleResult]:
    """Run every stage on ``articles`` with ``jobs`` processes, yielding results in order.

    Parameters
    ----------
    articles : iterable of Article
        The inputs; consumed lazily.
    jobs : int
        Worker processes; 1 runs in this process (reusing ``pipeline`` when given).
    batch_size : int
        Articles per ``nlp.pipe`` batch, and per task sent to a worker.
    when_read : callable, optional
        With workers, called (in this thread) once every article has been handed to them,
        while they finish: the caller may prepare what comes next.
    """
    if jobs > 1:
        # Starting workers (each loads the model) costs seconds; small runs stay in-process.
        iterator = iter(articles)
        head = list(islice(iterator, MIN_PARALLEL))
        articles = chain(head, iterator)
        if len(head) < MIN_PARALLEL:
            jobs = 1
    if jobs <= 1:
        gs = pipeline or Geostrike(index_path)
        yield from gs.process(articles, cli_date=cli_date, batch_size=batch_size)
        return
    import multiprocessing
    from collections import deque

    from .gazetteer import Gazetteer

    Gazetteer(index_path).close()  # build the index once, here, before the workers open it
    # Forked workers start at once with the modules already imported; each opens its own
    # SQLite handles and model in _init_worker, and leaves through os._exit, so nothing the
    # parent holds open (its store) is touched or finalised in a child.
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(index_path,)) as pool:
        # A sliding window of about two tasks per worker in flight keeps every worker busy.
        # The input is read here, in the caller's thread (it may touch the caller's store).
        in_flight: deque = deque()
        pending = 0
        for batch in _batches(articles, batch_size, cli_date, jobs):
            in_flight.append((pool.apply_async(_work, (batch,)), len(batch[0])))
            pending += len(batch[0])
            while pending >= 2 * jobs * batch_size:
                done, n = in_flight.popleft()
                pending -= n
                yield from done.get()
        if when_read is not None:
            when_read()
        while in_flight:
            yield from in_flight.popleft()[0].get()


def _prepare_outputs() -> None:
    """Import the output modules (pandas, geopandas, pyogrio, folium: 0.3 s) and read the
    map's region boundaries, ahead of writing the outputs."""
    import folium  # noqa: F401
    import geopandas  # noqa: F401
    import pyogrio  # noqa: F401

    from .render import _admin1_polygons

    _admin1_polygons()


def iter_articles(inputs: list[Path], failed: list[str]) -> Iterator[Article]:
    """Articles of ``inputs``; what cannot be read (a file, a JSON line) is reported in ``failed`` and skipped."""
    for f in expand_inputs(inputs):
        for record in read_records(f):
            if isinstance(record, ReadFailure):
                log.error("%s", record.message)
                failed.append(record.message)
            else:
                yield record


def run(inputs: list[Path], out_dir: Path, *, cli_date: date | None = None, index_path: Path | None = None,
        progress: bool = True, title: str | None = None, store_path: Path | None = None,
        on_failure: Callable[[str], None] | None = None, jobs: int = 1, offline: bool = True,
        on_result: Callable[[ArticleResult], None] | None = None) -> RunSummary:
    """Process new and changed articles of ``inputs`` into the event store, then write
    ``events.geojson`` and ``map.html`` of the whole store into ``out_dir``.

    Parameters
    ----------
    inputs : list of pathlib.Path
        Files and folders (see :mod:`geostrike.read`).
    out_dir : pathlib.Path
        Folder for the outputs, and for the store unless ``store_path`` is given.
    cli_date : datetime.date, optional
        Publication date of articles that do not give one.
    index_path : pathlib.Path, optional
        Gazetteer index.
    progress : bool
        Show a progress bar.
    title : str, optional
        Map title.
    store_path : pathlib.Path, optional
        The event store; default ``out_dir / "geostrike.sqlite"``.
    on_failure : callable, optional
        Called with each ``<file>[, line N]: <problem>`` message as the input fails.
    jobs : int
        Worker processes for the language pipeline (see :func:`process_articles`).
    offline : bool
        Write a map.html that carries its scripts and styles (the default), or one that links
        them from a CDN (see :func:`geostrike.render.write_map`).
    on_result : callable, optional
        Called with each processed article's :class:`ArticleResult` (``run --explain`` and
        ``--unlinked`` use it); not called for skipped articles.

    Returns
    -------
    RunSummary

    Raises
    ------
    ArticleError
        When the inputs hold no article file at all.
    StoreError, OutputError, ModelError, GazetteerError
        When the run cannot go on; every article committed so far stays stored (articles are
        committed in batches, see :data:`geostrike.store.COMMIT_EVERY`).
    """
    from tqdm import tqdm

    from .store import COMMIT_EVERY, COMMIT_SECONDS, STORE_NAME, EventStore, content_hash, remove_stale_temp_files

    clock = time.perf_counter
    started = clock()
    summary = RunSummary()
    seconds = summary.seconds
    files = expand_inputs(inputs)
    if not files:
        raise ArticleError(f"no .txt, .md, .html or .jsonl files in {', '.join(map(str, inputs))}")
    summary.store = store_path or out_dir / STORE_NAME
    with EventStore(summary.store) as store:
        seen: dict[str, str | None] = {}

        def pending() -> Iterator[Article]:
            for f in files:
                for record in read_records(f):
                    summary.articles += 1
                    if isinstance(record, ReadFailure):
                        summary.failed.append(record.message)
                        store.add_failure(record)
                        if on_failure:
                            on_failure(record.message)
                        continue
                    if record.id in seen and seen[record.id] != record.source_path:
                        log.warning("article id %r of %s replaces the one of %s; give articles unique ids",
                                    record.id, record.source_path, seen[record.id])
                    seen[record.id] = record.source_path
                    if store.is_done(record.id, content_hash(record, cli_date)):
                        summary.skipped += 1
                        continue
                    yield record

        todo = pending()
        first = next(todo, None)
        if first is not None:  # load spaCy only when something is new
            # When workers have the last articles, the imports of the outputs' modules take
            # the place the tail of the run leaves on the cores.
            results = process_articles(chain([first], todo), jobs=jobs, cli_date=cli_date, index_path=index_path,
                                       when_read=_prepare_outputs)
            # Results are committed in batches (a transaction per article would cost more than
            # storing it). A batch is held in memory until it is written, so the store's lock
            # is only taken to write; a killed run loses at most the batch in hand, which the
            # next run processes again.
            batch: list[tuple[ArticleResult, str]] = []

            def commit() -> None:
                t0 = clock()
                items = batch[:]
                batch.clear()
                for outcome in store.add_articles(items) if items else ():
                    if outcome is None:
                        summary.skipped += 1
                    else:
                        summary.events_new += outcome.new
                        summary.events_merged += outcome.merged
                seconds["store"] = seconds.get("store", 0.0) + clock() - t0

            last_commit = clock()
            try:
                for result in tqdm(results, desc="articles", unit="article", disable=not progress):
                    seconds.setdefault("load", clock() - started)
                    if on_result is not None:
                        on_result(result)
                    batch.append((result, content_hash(result.article, cli_date)))
                    if len(batch) >= COMMIT_EVERY or clock() - last_commit >= COMMIT_SECONDS:
                        commit()
                        last_commit = clock()
            finally:
                commit()  # also when processing failed: what was processed is whole
            seconds["process"] = clock() - started - seconds.get("load", 0.0) - seconds.get("store", 0.0)
        # Imported here, not before the workers start: they have no use for folium or branca.
        t0 = clock()
        from .render import write_map

        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(out_dir)
        kwargs = {"title": title} if title else {}
        # Under the store's write lock, so that of two runs sharing a store the later one
        # writes last, from everything both stored.
        with store.transaction():
            collection = store.feature_collection()
            geojson = out_dir / "events.geojson"
            write_atomic(geojson, json.dumps(collection, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
            summary.outputs.append(geojson)
            # The same events for GIS tools: a GeoPackage (events and places layers) and CSV.
            summary.outputs.append(write_gpkg(collection, out_dir / "events.gpkg"))
            summary.outputs.append(write_csv(collection, out_dir / "events.csv"))
            summary.outputs.append(write_map(collection, out_dir / "map.html", offline=offline, **kwargs))
        summary.events = len(collection["features"])
        seconds["outputs"] = clock() - t0
    return summary
