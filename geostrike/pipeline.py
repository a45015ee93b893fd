"""Compose the stages: read → recognise → resolve → assemble events → store → export/render.

Only composition lives here; each stage is its own module. :func:`run` keeps its events in
the event store (:mod:`geostrike.store`), so that re-runs only process what is new.

Long articles (over :data:`CHUNK_CHARS` characters, such as live blogs) are processed in
pieces cut at paragraph breaks (:func:`split_text`), each through every stage, so that
time and memory grow with the length of the text and no document reaches spaCy's
``max_length``. Offsets stay those of the whole article, the article's date anchors every
piece, the date the story has reached carries over from one piece to the next, and the
events of all pieces are merged as one article's.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from .attributes import remember_text
from .dates import find_anchor
from .events import extract_events, story_date_after
from .exceptions import ArticleError
from .gazetteer import Gazetteer, lookup_key, zipf_table
from .geonames_import import ensure_index
from .merge import merge_article_events
# ArticleResult and Anchor are part of this module's API (they lived here and in dates).
from .models import (Anchor, Article, ArticleResult, Decision, EventDate, PlaceMention, ResolvedPlace, Source,
                     StrikeEvent)
from .read import ReadFailure, Skipped, read_entries, scan_inputs
from .recognize import THEATRE_KEY, load_model, load_pipeline, mentions
from .resolve import Resolver
from .rules import COLLECTION_MIN_TEXTS, COLLECTION_THEATRE_SHARE, COLLECTION_WINDOW, reports_strikes
from .ua_names import mentions_theatre

log = logging.getLogger(__name__)


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
    #: The event store: a SQLite file, or a PostgreSQL URL (without its password).
    store: Path | str | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    #: Parts of feeds that are no article, by kind (:class:`geostrike.read.Skipped`):
    #: "service message", "media-only post", "forwarded copy", "repeated entry".
    feed_skipped: Counter[str] = field(default_factory=Counter)
    #: Articles stored unprocessed because they are not in English, by language code.
    languages: Counter[str] = field(default_factory=Counter)
    #: Set when a signal stopped the run before it had read every input.
    stopped: bool = False

    def line(self) -> str:
        """The one-line summary printed at the end of ``geostrike run``."""
        extra = ""
        if self.languages:
            extra += (f", {sum(self.languages.values())} skipped (language: "
                      + ", ".join(f"{lang} {n}" for lang, n in sorted(self.languages.items())) + ")")
        if self.feed_skipped:
            extra += ", " + ", ".join(f"{n} {_plural(kind, n)} skipped" for kind, n in sorted(self.feed_skipped.items()))
        return (f"{self.articles} articles read, {self.skipped} skipped (unchanged){extra}, {len(self.failed)} failed; "
                f"{self.events_new} events new, {self.events_merged} merged into existing"
                + ("; stopped by a signal" if self.stopped else ""))


def _plural(kind: str, n: int) -> str:
    if n == 1:
        return kind
    head, _, tail = kind.rpartition(" ")
    tail = tail[:-1] + "ies" if tail.endswith("y") else tail + "s"
    return f"{head} {tail}".strip()


class Geostrike:
    """The loaded pipeline (spaCy model + gazetteer), reusable across calls.

    Parameters
    ----------
    index_path : pathlib.Path, optional
        Gazetteer index; built on first use when missing.
    chunk_chars : int, optional
        Articles longer than this are processed in pieces (default :data:`CHUNK_CHARS`).
    model : spacy.language.Language, optional
        A :func:`geostrike.recognize.load_model` to complete and use instead of loading
        one (it gains the gazetteer component; use it for one pipeline only).

    Examples
    --------
    >>> gs = Geostrike()  # doctest: +SKIP
    >>> [e.place.entry.name for e in gs.process_text("Russian drones struck Kharkiv overnight.").events]  # doctest: +SKIP
    ['Kharkiv']
    """

    def __init__(self, index_path: Path | None = None, *, chunk_chars: int | None = None,
                 model: Language | None = None) -> None:
        #: Articles longer than this are processed in pieces (default :data:`CHUNK_CHARS`).
        self.chunk_chars = chunk_chars or CHUNK_CHARS
        self.nlp = load_pipeline(ensure_index(index_path), model)
        self.gazetteer: Gazetteer = self.nlp.get_pipe("geostrike_places").gaz
        self.resolver = Resolver(self.gazetteer)
        self._country = lambda cc: self.gazetteer.get(f"country:{cc}")
        self.timings: Counter[str] = Counter()

    def process(self, articles: Iterable[Article], *, cli_date: date | None = None,
                batch_size: int = 64, isolate: bool = False) -> Iterator[ArticleResult]:
        """Run every stage on ``articles``, yielding one result per article.

        Articles longer than :attr:`chunk_chars` are processed in pieces (see the module
        docstring). With ``isolate``, an article that makes a stage after spaCy fail gives
        a result with ``error`` set instead of stopping the others.

        ``self.timings`` accumulates seconds per stage (spaCy with the place component,
        resolution, events) for benchmarks.
        """
        for result in self._process(articles, cli_date=cli_date, batch_size=batch_size, isolate=isolate):
            yield _with_feed_metadata(result)

    def _process(self, articles: Iterable[Article], *, cli_date: date | None = None,
                 batch_size: int = 64, isolate: bool = False) -> Iterator[ArticleResult]:
        it = iter(articles)
        long: list[Article] = []

        def short() -> Iterator[Article]:
            for a in it:
                if len(a.text) > self.chunk_chars:
                    long.append(a)  # processed once the short ones before it are done
                    return
                yield a

        while True:
            yield from self._pipe(short(), cli_date, batch_size, isolate)
            if not long:
                return
            article = long.pop()
            anchor = find_anchor(article.text, article.published, cli_date)
            try:
                yield self._process_long(article, anchor)
            except Exception as exc:
                if not isolate:
                    raise
                yield _failed(article, anchor, exc)

    def _pipe(self, articles: Iterable[Article], cli_date: date | None, batch_size: int,
              isolate: bool) -> Iterator[ArticleResult]:
        pairs = ((self._doc(a), a) for a in articles)
        t = self.timings
        clock = time.perf_counter
        start = clock()
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            t0 = clock()
            t["recognise (spaCy + gazetteer)"] += t0 - start
            anchor = find_anchor(article.text, article.published, cli_date)
            try:
                found = mentions(doc, article)
                places = self.resolver.resolve(article, found)
                t1 = clock()
                t["resolve"] += t1 - t0
                decisions: list[Decision] = []
                events = extract_events(doc, article, places, anchor, decisions, self._country)
                t["events"] += clock() - t1
            except Exception as exc:
                if not isolate:
                    raise
                yield _failed(article, anchor, exc)
            else:
                yield ArticleResult(article, anchor, found, places, events, tuple(decisions),
                                    strike_cue=reports_strikes(article.text))
            start = clock()

    def _doc(self, article: Article) -> Doc:
        """The article's tokens, told whether its collection is about the war."""
        doc = self.nlp.make_doc(article.text)
        remember_text(doc, article.text)
        if article.theatre:
            doc.user_data[THEATRE_KEY] = True
        return doc

    def _process_long(self, article: Article, anchor: Anchor) -> ArticleResult:
        """One article in pieces of at most :attr:`chunk_chars` characters.

        Each piece after the first starts from the date the story had reached at the end of
        the piece before (:func:`geostrike.events.story_date_after`), so that undated
        sentences and "the next day" read as in the whole article, and is preceded by a
        line "…" so that its first sentence is not taken for the article's heading.
        Offsets are moved to the article's.
        """
        t = self.timings
        clock = time.perf_counter
        found: list[PlaceMention] = []
        places: list[ResolvedPlace] = []
        events: list[StrikeEvent] = []
        decisions: list[Decision] = []
        narrative: EventDate | None = None
        for start, end in split_text(article.text, self.chunk_chars):
            t0 = clock()
            lead = "" if start == 0 else "…\n\n"
            piece = replace(article, text=lead + article.text[start:end])
            doc = self.nlp(self._doc(piece))
            t1 = clock()
            t["recognise (spaCy + gazetteer)"] += t1 - t0
            shift = start - len(lead)
            own = [m for m in mentions(doc, piece) if m.start >= len(lead)]
            resolved = self.resolver.resolve(piece, own)
            t2 = clock()
            t["resolve"] += t2 - t1
            said: list[Decision] = []
            told = extract_events(doc, piece, resolved, anchor, said, self._country, narrative)
            narrative = story_date_after(doc, anchor, narrative)
            found += [_moved(m, shift) for m in own]
            places += [replace(p, mention=_moved(p.mention, shift)) for p in resolved]
            events += [replace(e, quote_start=e.quote_start + shift,
                               place=replace(e.place, mention=_moved(e.place.mention, shift)))
                       for e in told if e.quote_start >= len(lead)]
            decisions += [replace(d, start=d.start + shift, end=d.end + shift) for d in said]
            t["events"] += clock() - t2
            del doc
        t0 = clock()
        merged = merge_article_events(events)
        t["events"] += clock() - t0
        return ArticleResult(article, anchor, found, places, merged, tuple(decisions),
                             strike_cue=reports_strikes(article.text))

    def process_text(self, text: str, *, article_id: str = "text", published: date | None = None) -> ArticleResult:
        """Convenience: run the pipeline on one string."""
        return next(self.process([Article(article_id, text, published)]))


# -- parallel processing ------------------------------------------------------------
# Each worker process loads its own pipeline once; articles travel to it in batches and
# results (plain frozen dataclasses, no spaCy objects) travel back in input order.
_WORKER: Geostrike | None = None


#: Articles longer than this many characters are processed in pieces (:func:`split_text`).
CHUNK_CHARS = 50_000
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_SPACE = re.compile(r"\s+")


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of pieces that cover ``text``, each at most ``limit`` characters.

    The pieces are about equally long. Each cut is the paragraph break (a blank line)
    nearest to the ideal place, else a line break, else the end of a sentence, else a
    space, in that order, within the allowed window; only text with none of them is cut
    in the middle of a word. A cut falls after the break, so no piece starts with it.
    """
    n = len(text)
    if n <= limit:
        return [(0, n)]
    pieces = []
    start = 0
    while n - start > limit:
        count = -(-(n - start) // limit)
        ideal = start + (n - start) // count
        lo, hi = start + limit // 4, start + limit
        cut = None
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
            cut = _nearest_break(text, pattern, lo, ideal, hi)
            if cut is not None:
                break
        pieces.append((start, cut or hi))
        start = cut or hi
    pieces.append((start, n))
    return pieces


def _nearest_break(text: str, pattern: re.Pattern[str], lo: int, ideal: int, hi: int) -> int | None:
    """The end of the match of ``pattern`` nearest to ``ideal`` among those ending within ``(lo, hi]``."""
    ends = [m.end() for m in pattern.finditer(text, lo, hi) if lo < m.end() <= hi]
    return min(ends, key=lambda e: abs(e - ideal), default=None)


def _moved(m: PlaceMention, shift: int) -> PlaceMention:
    return replace(m, start=m.start + shift, end=m.end + shift, sentence_start=m.sentence_start + shift)


def _with_feed_metadata(result: ArticleResult) -> ArticleResult:
    """``result`` with its events carrying the article's publication time (``published_at``)
    and, for a Telegram post with forwarded copies merged in, every copy as a source."""
    a = result.article
    if not result.events or (a.published_at is None and not a.also):
        return result
    stamp = a.published_at.isoformat() if a.published_at else None
    sources = (Source(a.id, a.title, a.url), *a.also) if a.also else None
    events = [replace(e, published_at=stamp, **({"sources": sources} if sources else {})) for e in result.events]
    return replace(result, events=events)


def _failed(article: Article, anchor: Anchor, exc: Exception) -> ArticleResult:
    log.debug("article %r failed", article.id, exc_info=exc)
    return ArticleResult(article, anchor, [], [], [], error=f"cannot process article {article.id!r} "
                                                            f"({type(exc).__name__}: {exc})")


#: The model the parent loads before forking its workers, which complete it (see
#: process_articles); None in every other process.
_FORK_MODEL: Language | None = None


def _init_worker(index_path: Path | None) -> None:
    global _WORKER
    _WORKER = Geostrike(index_path, model=_FORK_MODEL)
    import gc

    gc.freeze()  # see _frozen_heap; a worker keeps its pipeline until it exits


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the objects alive on entry (the model, the gazetteer, every module) out of the
    cyclic garbage collector's reach until exit.

    They live as long as the pipeline does, yet every full collection walks them again:
    0.3 s of a run of 2,000 articles. Unfrozen on exit, so that a pipeline dropped later is
    collected as usual.
    """
    import gc

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


#: A task: articles and the date of those that give none.
Batch = tuple[list[Article], date | None]


def _work(batch: Batch, pipeline: Geostrike | None = None) -> list[ArticleResult]:
    """A worker's task: every result of ``batch``, in order (with this process's pipeline)."""
    gs = pipeline or _WORKER
    assert gs is not None
    articles, cli_date = batch
    return list(gs.process(articles, cli_date=cli_date, batch_size=len(articles), isolate=True))


class Engine(Protocol):
    """Somewhere else to run the tasks of :func:`process_articles` than a local Pool
    (:class:`geostrike.engine_dask.DaskEngine`); its workers isolate failing articles."""

    def slots(self) -> int:
        """How many tasks run at once (the workers' threads)."""

    def submit(self, batch: Batch) -> Callable[[], list[ArticleResult]]:
        """Start ``batch``; the function returned waits for its results."""


def _in_order(tasks: Iterable[Batch], submit: Callable[[Batch], Callable[[], list[ArticleResult]]],
              slots: Callable[[], int], batch_size: int,
              when_read: Callable[[], None] | None) -> Iterator[ArticleResult]:
    """The results of ``tasks``, in their order, with about two tasks per slot in flight.

    A sliding window keeps every worker busy while the results are taken in the order the
    tasks were given, so that the caller stores them as one process would. The input is
    read here, in the caller's thread (it may touch the caller's store).
    """
    from collections import deque

    in_flight: deque[tuple[Callable[[], list[ArticleResult]], int]] = deque()
    pending = 0
    for batch in tasks:
        in_flight.append((submit(batch), len(batch[0])))
        pending += len(batch[0])
        while pending >= 2 * max(1, slots()) * batch_size:
            done, n = in_flight.popleft()
            pending -= n
            yield from done()
    if when_read is not None:
        when_read()
    while in_flight:
        yield from in_flight.popleft()[0]()


def worker_tasks(articles: Iterable[Article], size: int, cli_date: date | None,
                 jobs: int = 1) -> Iterator[Batch]:
    """Tasks of ``size`` articles for ``jobs`` workers, in input order.

    The input is read ``size * jobs`` articles ahead; what is left when it ends is cut into
    up to ``4 * jobs`` smaller tasks (of 8 articles or more), so that the workers finish
    close together instead of one of them working alone on a last large task.

    Yields
    ------
    (list of Article, datetime.date or None)
        The articles of one task and the ``cli_date`` they are processed with.
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


#: :func:`run` commits its processed articles to the store in batches of this many …
COMMIT_EVERY = 64
#: … or of what it processed in this many seconds, whichever comes first.
COMMIT_SECONDS = 2.0
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
                     pipeline: Geostrike | Callable[[], Geostrike] | None = None,
                     when_read: Callable[[], None] | None = None,
                     isolate: bool = False, engine: Engine | None = None) -> Iterator[ArticleResult]:
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
    isolate : bool
        An article that fails gives a result with ``error`` instead of stopping the others
        (workers always isolate; see :meth:`Geostrike.process`).
    engine : Engine, optional
        Run the tasks there (a Dask cluster) instead of in ``jobs`` local processes, however
        few the articles: the caller has started it. ``jobs`` and ``pipeline`` are not used.
    """
    if engine is not None:
        tasks = worker_tasks(articles, batch_size, cli_date, max(1, engine.slots()))
        yield from _in_order(tasks, engine.submit, engine.slots, batch_size, when_read)
        return
    if jobs > 1:
        # Starting workers (each loads the model) costs seconds; small runs stay in-process.
        iterator = iter(articles)
        head = list(islice(iterator, MIN_PARALLEL))
        articles = chain(head, iterator)
        if len(head) < MIN_PARALLEL:
            jobs = 1
    if jobs <= 1:
        if pipeline:
            gs = pipeline if isinstance(pipeline, Geostrike) else pipeline()
            yield from gs.process(articles, cli_date=cli_date, batch_size=batch_size, isolate=isolate)
            return
        gs = Geostrike(index_path)
        with _frozen_heap():
            yield from gs.process(articles, cli_date=cli_date, batch_size=batch_size, isolate=isolate)
        return
    import multiprocessing

    ensure_index(index_path)  # build the index once, here, before the workers open it
    zipf_table()  # and the word table (built at first use), which the forked workers inherit
    # Forked workers start at once with the modules already imported; each opens its own
    # SQLite handles and model in _init_worker, and leaves through os._exit, so nothing the
    # parent holds open (its store) is touched or finalised in a child.
    # The model is loaded once, here, and shared by the forked workers (its weights are
    # never written, so its pages stay shared): a load per worker cost 0.4 s of CPU each.
    # The parent drops it once the workers have started; each worker adds the gazetteer
    # component, with its own SQLite handle.
    global _FORK_MODEL
    ctx = multiprocessing.get_context("fork")
    _FORK_MODEL = load_model()
    try:
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(index_path,))
    finally:
        _FORK_MODEL = None
    with pool:
        yield from _in_order(worker_tasks(articles, batch_size, cli_date, jobs),
                             lambda batch: pool.apply_async(_work, (batch,)).get, lambda: jobs, batch_size, when_read)


def _prepare_outputs() -> None:
    """Import the output modules (pandas, geopandas, pyogrio, folium: 0.3 s) and read the
    map's region boundaries, ahead of writing the outputs."""
    import folium  # noqa: F401
    import geopandas  # noqa: F401
    import pyogrio  # noqa: F401

    from .render import _admin1_polygons

    _admin1_polygons()


def read_inputs(inputs: list[Path | str], *, fetch_pages: bool = False) -> Iterator[Article | ReadFailure | Skipped]:
    """Every article of ``inputs``, and a :class:`~geostrike.read.ReadFailure` for each
    input (a file, a JSON line, a broken link in a folder) that cannot be read; article
    ids are unique across the run (a repeated one fails). Parts of feeds that are no
    article come as :class:`~geostrike.read.Skipped`; ``inputs`` may hold feed URLs.

    Raises
    ------
    ArticleError
        When an input named directly does not exist, or no input holds an article file.
    """
    entries = list(scan_inputs(inputs))
    if not entries:
        raise ArticleError(f"no .txt, .md, .html, .jsonl, Telegram export or feed files in "
                           f"{', '.join(map(str, inputs))}")
    yield from read_entries(entries, fetch_pages=fetch_pages)


def _collection_of(article: Article) -> str:
    """A channel or feed, else the folder the article's file is in."""
    if article.source:
        return article.source
    return str(Path(article.source_path).parent) if article.source_path else ""


def theatre_test(index_path: Path | None = None) -> Callable[[str], bool]:
    """A test of whether a text is about the war: it names Ukraine, Russia, an oblast or a
    raion (:func:`geostrike.ua_names.mentions_theatre`), or one of the theatre's towns
    (:meth:`geostrike.gazetteer.Gazetteer.theatre_keys`, read from the index at the first
    text that needs it)."""
    keys: frozenset[str] | None = None

    def test(text: str) -> bool:
        nonlocal keys
        if mentions_theatre(text):
            return True
        if keys is None:
            gaz = Gazetteer(ensure_index(index_path))
            try:
                keys = gaz.theatre_keys()
            finally:
                gaz.close()
        words = _CAPITALISED.findall(text)
        return any(lookup_key(w) in keys or (i + 1 < len(words) and lookup_key(f"{w} {words[i + 1]}") in keys)
                   for i, w in enumerate(words))

    return test


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def collection_context(records: Iterable[Article | ReadFailure | Skipped], *,
                       is_theatre: Callable[[str], bool] = mentions_theatre,
                       window: int = COLLECTION_WINDOW) -> Iterator[Article | ReadFailure | Skipped]:
    """``records`` in their order, each article marked ``theatre`` when its collection is
    about the war (:data:`geostrike.rules.COLLECTION_THEATRE_SHARE`; ``is_theatre`` tells
    which texts are, :func:`theatre_test` in :func:`run`).

    Records are read ``window`` at a time and the shares count every text read so far,
    this window's included: the marks depend only on the inputs and their order, never
    on ``--jobs`` or on which articles the store already has.
    """
    strike: Counter[str] = Counter()
    theatre: Counter[str] = Counter()
    it = iter(records)
    while chunk := list(islice(it, window)):
        for r in chunk:
            if isinstance(r, Article) and reports_strikes(r.text):
                key = _collection_of(r)
                strike[key] += 1
                theatre[key] += is_theatre(r.text)
        for r in chunk:
            if isinstance(r, Article):
                key = _collection_of(r)
                if strike[key] >= COLLECTION_MIN_TEXTS and theatre[key] >= COLLECTION_THEATRE_SHARE * strike[key]:
                    r = replace(r, theatre=True)
            yield r


def iter_articles(inputs: list[Path], failed: list[str]) -> Iterator[Article]:
    """Articles of ``inputs``; what cannot be read (a file, a JSON line) is reported in ``failed`` and skipped."""
    for record in read_inputs(inputs):
        if isinstance(record, ReadFailure):
            log.error("%s", record.message)
            failed.append(record.message)
        elif isinstance(record, Article):
            yield record


def run(inputs: list[Path], out_dir: Path, *, cli_date: date | None = None, index_path: Path | None = None,
        progress: bool = True, title: str | None = None, store_path: Path | str | None = None,
        on_failure: Callable[[str], None] | None = None, jobs: int = 1, offline: bool = True,
        on_result: Callable[[ArticleResult], None] | None = None,
        pipeline: Geostrike | Callable[[], Geostrike] | None = None, fetch_pages: bool = False,
        stop: Callable[[], bool] | None = None, include_rejected: bool = False,
        engine: Engine | None = None) -> RunSummary:
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
    store_path : pathlib.Path or str, optional
        The event store: a SQLite file, default ``out_dir / "geostrike.sqlite"``, or a
        ``postgresql://`` URL (:func:`geostrike.stores.open_store`).
    on_failure : callable, optional
        Called with each ``<file>[, line N]: <problem>`` message as the input fails.
    jobs : int
        Worker processes for the language pipeline (see :func:`process_articles`).
    offline : bool
        Write a map.html that carries its scripts and styles (the default), or one that links
        them from a CDN (see :func:`geostrike.render.write_map`).
    on_result : callable, optional
        Called with each processed article's :class:`ArticleResult` (``run --explain`` and
        ``--unlinked`` use it); not called for skipped or failed articles.
    pipeline : Geostrike or callable, optional
        A loaded pipeline to use in this process (with ``jobs`` 1), instead of loading one,
        or a function that gives one when the run first needs it (``run --every`` keeps
        one pipeline across its cycles).
    fetch_pages : bool
        Feed entries that carry only a summary get the main text of their page.
    stop : callable, optional
        Asked before each article is read; once it is true no more articles are read,
        those in hand are processed and stored, and the outputs are written as usual
        (``summary.stopped``): how ``run --every`` ends on Ctrl-C or SIGTERM.
    include_rejected : bool
        Also write the events an analyst rejected (:mod:`geostrike.review`) to the outputs.
    engine : Engine, optional
        Process the articles there (``run --engine dask``: :mod:`geostrike.engine_dask`)
        instead of in ``jobs`` local processes; results are stored as they would be here.

    Articles that are not in English (:mod:`geostrike.language`) are stored unprocessed
    with the status ``skipped: language xx`` and counted in ``summary.languages``.

    Returns
    -------
    RunSummary

    Raises
    ------
    ArticleError
        When the inputs hold no article file at all.
    StoreError, OutputError, ModelError, GazetteerError
        When the run cannot go on; every article committed so far stays stored (articles are
        committed in batches, see :data:`COMMIT_EVERY`).
    """
    from tqdm import tqdm

    from .export import OUTPUT_NAMES, remove_stale_temp_files, write_outputs
    from .store import STORE_NAME, EventFilter, content_hash
    from .stores import open_store

    clock = time.perf_counter
    started = clock()
    summary = RunSummary()
    seconds = summary.seconds
    from .language import status_of

    records = collection_context(read_inputs(inputs, fetch_pages=fetch_pages), is_theatre=theatre_test(index_path))
    head = list(islice(records, 1))  # raises before the store is opened when there is nothing to read
    with open_store(store_path or out_dir / STORE_NAME) as store:
        summary.store = store.path

        def fail(failure: ReadFailure) -> None:
            summary.failed.append(failure.message)
            store.add_failure(failure)
            if on_failure:
                on_failure(failure.message)

        def pending() -> Iterator[Article]:
            for record in chain(head, records):
                if stop is not None and stop():
                    summary.stopped = True
                    return
                if isinstance(record, Skipped):
                    summary.feed_skipped[record.kind] += 1
                    log.info("skipped %s %s (%s)", record.kind, record.article_id, record.source_path)
                    continue
                summary.articles += 1
                if isinstance(record, ReadFailure):
                    fail(record)
                    continue
                digest = content_hash(record, cli_date)
                if store.is_done(record.id, digest):
                    summary.skipped += 1
                    continue
                status = status_of(record.text)
                if status is not None:  # kept for a geostrike that reads the language
                    store.add_skipped(record, digest, status)
                    summary.languages[status.rsplit(" ", 1)[-1]] += 1
                    log.info("%s: %s", record.id, status)
                    continue
                yield record

        todo = pending()
        first = next(todo, None)
        if first is not None:  # load spaCy only when something is new
            # When workers have the last articles, the imports of the outputs' modules take
            # the place the tail of the run leaves on the cores.
            results = process_articles(chain([first], todo), jobs=jobs, cli_date=cli_date, index_path=index_path,
                                       when_read=_prepare_outputs, isolate=True, pipeline=pipeline, engine=engine)
            # Results are committed in batches (a transaction per article would cost more than
            # storing it). A batch is held in memory until it is written, so the store's lock
            # is only taken to write; a killed run loses at most the batch in hand, which the
            # next run processes again.
            batch: list[tuple[ArticleResult, str]] = []

            def commit() -> None:
                t0 = clock()
                items = batch[:]
                batch.clear()
                for (result, _), outcome in zip(items, store.add_articles(items) if items else ()):
                    if outcome is None:
                        summary.skipped += 1
                    elif outcome.error:  # this article only; the rest of the batch is stored
                        a = result.article
                        fail(ReadFailure(a.id, a.source_path or "", f"{a.source_path or a.id}: {outcome.error}"))
                    else:
                        summary.events_new += outcome.new
                        summary.events_merged += outcome.merged
                seconds["store"] = seconds.get("store", 0.0) + clock() - t0

            last_commit = clock()
            try:
                for result in tqdm(results, desc="articles", unit="article", disable=not progress):
                    seconds.setdefault("load", clock() - started)
                    if result.error:
                        a = result.article
                        fail(ReadFailure(a.id, a.source_path or "", f"{a.source_path or a.id}: {result.error}"))
                        continue
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
        from .render import build_map

        t0 = clock()
        out_dir.mkdir(parents=True, exist_ok=True)
        # Under the store's write lock, so that of two runs sharing a store the later one
        # writes last, from everything both stored; a killed run's leftovers go first.
        with _frozen_heap(), store.transaction():
            remove_stale_temp_files(out_dir)
            collection = store.feature_collection(EventFilter(include_rejected=include_rejected))
            # GeoJSON and the map, and the same events for GIS tools: a GeoPackage (events
            # and places layers), CSV and the QGIS style; replaced together.
            page = build_map(collection, offline=offline, **({"title": title} if title else {})).html
            paths = {kind: out_dir / name for kind, name in OUTPUT_NAMES.items()}
            summary.outputs.extend(write_outputs(collection, paths, map_html=page))
        summary.events = len(collection["features"])
        seconds["outputs"] = clock() - t0
    return summary
