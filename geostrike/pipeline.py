"""Compose the stages: read → recognise → resolve → assemble events → export/render.

Only composition lives here; each stage is its own module.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import Anchor, find_anchor
from .events import extract_events
from .exceptions import ArticleError
from .export import feature_collection, write_geojson
from .gazetteer import Gazetteer
from .merge import merge_across_articles
from .models import Article, PlaceMention, ResolvedPlace, StrikeEvent
from .read import expand_inputs, read_file
from .recognize import load_pipeline, mentions
from .resolve import Resolver

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything geostrike derived from one article."""

    article: Article
    anchor: Anchor
    mentions: list[PlaceMention]
    places: list[ResolvedPlace]
    events: list[StrikeEvent]


@dataclass
class RunSummary:
    """What a run read, skipped and produced."""

    articles: int = 0
    events: int = 0
    failed: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)


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

    def process(self, articles: Iterable[Article], *, cli_date: date | None = None,
                batch_size: int = 16) -> Iterator[ArticleResult]:
        """Run every stage on ``articles``, yielding one result per article."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            found = mentions(doc, article)
            places = self.resolver.resolve(article, found)
            anchor = find_anchor(article.text, article.published, cli_date)
            events = extract_events(doc, article, places, anchor)
            yield ArticleResult(article, anchor, found, places, events)

    def process_text(self, text: str, *, article_id: str = "text", published: date | None = None) -> ArticleResult:
        """Convenience: run the pipeline on one string."""
        return next(self.process([Article(article_id, text, published)]))


def iter_articles(inputs: list[Path], failed: list[str]) -> Iterator[Article]:
    """Articles of ``inputs``; unreadable files are reported in ``failed`` and skipped."""
    for f in expand_inputs(inputs):
        try:
            yield from list(read_file(f))
        except ArticleError as exc:
            log.error("%s", exc)
            failed.append(str(exc))


def run(inputs: list[Path], out_dir: Path, *, cli_date: date | None = None, index_path: Path | None = None,
        progress: bool = True, title: str | None = None) -> RunSummary:
    """Process ``inputs`` and write ``events.geojson`` and ``map.html`` into ``out_dir``."""
    from tqdm import tqdm

    from .render import write_map

    summary = RunSummary()
    files = expand_inputs(inputs)
    if not files:
        raise ArticleError(f"no .txt, .md, .html or .jsonl files in {', '.join(map(str, inputs))}")
    gs = Geostrike(index_path)
    events: list[StrikeEvent] = []
    articles = iter_articles(files, summary.failed)
    for result in tqdm(gs.process(articles, cli_date=cli_date), desc="articles", unit="article",
                       disable=not progress, total=None):
        summary.articles += 1
        events.extend(result.events)
    events = merge_across_articles(events)
    summary.events = len(events)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary.outputs.append(write_geojson(events, out_dir / "events.geojson"))
    kwargs = {"title": title} if title else {}
    summary.outputs.append(write_map(feature_collection(events), out_dir / "map.html", **kwargs))
    return summary
