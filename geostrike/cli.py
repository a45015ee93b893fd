"""The ``geostrike`` command line: a thin layer over the library.

Exit codes: 0 success; 1 an error stopped the command (the message says what to do);
2 bad usage; 3 the run finished and wrote its outputs, but some inputs could not be read.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_options import (NO_SIDE, STORE_FORMS, date_option, duration, filter_options, gazetteer_option,
                          jobs_option, offline_option, output_option, store_option, title_option)
from .exceptions import GeostrikeError

#: A GeostrikeError stopped the command (see :class:`GeostrikeGroup`).
EXIT_ERROR = 1
#: The run finished and wrote its outputs, but some inputs could not be read.
EXIT_INPUT_FAILED = 3
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class GeostrikeGroup(click.Group):
    """The command group that turns a :class:`~geostrike.exceptions.GeostrikeError` raised by
    any of its commands (or their subcommands) into a click error: its message, exit code
    :data:`EXIT_ERROR`.

    The one place where library errors become messages (see :mod:`geostrike.exceptions`).
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GeostrikeError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = EXIT_ERROR
            raise error from exc


@click.group(cls=GeostrikeGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="geostrike")
@click.option("-v", "--verbose", count=True, help="More log output (repeat for debug).")
@click.option("-q", "--quiet", count=True, help="Less output; no progress bars.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: int) -> None:
    """Map military strikes reported in news articles, offline.

    \b
    Example:
      $ geostrike run examples/ -o output/
      $ geostrike gazetteer lookup Kharkov
    """
    level = logging.WARNING - 10 * verbose + 10 * quiet
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s: %(message)s")
    ctx.obj = {"progress": quiet == 0 and sys.stderr.isatty(), "quiet": quiet}


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@output_option("out_dir", folder=True, default=Path("output"), show_default=True,
               help="Folder for events.geojson and map.html.")
@date_option("--date", "cli_date", help="Publication date of the inputs, to resolve 'on Monday', 'yesterday'…")
@gazetteer_option(help="Gazetteer index file (default: user cache; built on first use).")
@title_option()
@store_option(f"Event store to add to: {STORE_FORMS}  [default: OUTPUT/geostrike.sqlite]")
@jobs_option("Worker processes [default: all cores; one for fewer than 64 new articles]")
@click.option("--engine", "engine_name", type=click.Choice(["processes", "dask"]), default="processes",
              show_default=True, help="Where the articles are processed: --jobs processes on this machine, or "
                                      "a Dask cluster (a local one of --jobs workers, or the one at --scheduler).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="With --engine dask: the address of a running Dask scheduler whose workers process the "
                   "articles (see docs/scaling.md); the store and outputs stay here.")
@offline_option()
@click.option("--explain", is_flag=True,
              help="Print to stderr, for each processed article, which place each strike cue linked and "
                   "by which rule, and why every other place of a strike-reporting sentence made no event.")
@click.option("--unlinked", "unlinked_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the strike-reporting texts that made no event to this JSON Lines file "
                   "(text, places, reason), for review.")
@click.option("--every", callback=duration, metavar="DURATION",
              help="Watch the inputs: read them again every DURATION (30s, 10m, 1h), process only what "
                   "is new and rewrite the outputs, until Ctrl-C or SIGTERM, which end the run once the "
                   "articles in hand are stored and the outputs written.")
@click.option("--fetch-pages", is_flag=True,
              help="For feed entries that carry only a summary, fetch the page and read its main text "
                   "(needs a network; off by default).")
@click.option("--include-rejected", is_flag=True, help="Also write events an analyst rejected ('geostrike review').")
@click.pass_context
def run(ctx: click.Context, inputs: tuple[str, ...], out_dir: Path, cli_date: date | None,
        index_path: Path | None, title: str | None, store_path: Path | str | None, jobs: int | None,
        engine_name: str, scheduler: str | None, offline: bool, explain: bool, unlinked_path: Path | None,
        every: float | None, fetch_pages: bool, include_rejected: bool) -> None:
    """Read articles, find strikes, write events.geojson and map.html.

    INPUTS are .txt/.md/.html files, folders, .jsonl files with one
    {"id", "text", "published"?, "title"?, "url"?} object per line, Telegram
    Desktop channel exports (result.json), RSS or Atom feeds (.rss, .atom, .xml)
    and feed URLs (https://…). Without INPUTS the project's own example articles
    are mapped. Articles not in English are stored as 'skipped: language xx'.

    Events go into an event store (OUTPUT/geostrike.sqlite, or the PostGIS
    database of --store postgresql://user@host/db): articles already stored
    unchanged are skipped, reports of a stored strike are merged into it, and
    the outputs show every event in the store. An input that cannot be read
    is reported ("failed: FILE[, line N]: problem") and the others are processed;
    the exit code is then 3.

    \b
    Example:
      $ geostrike run ../shared/seeds -o output/seeds
      $ geostrike run news.jsonl --date 2024-01-03 -o output/today
      $ geostrike run posts.jsonl --explain --unlinked output/unlinked.jsonl
      $ geostrike run ~/Downloads/Telegram\\ Desktop/ChatExport_2024-06-30/result.json -o output/tg
      $ geostrike run --every 10m exports/ https://example.org/feed.xml -o output/watch
      $ geostrike run news.jsonl --store postgresql://ingest@db.example.org/strikes
      $ geostrike run wire/ --engine dask --scheduler tcp://10.0.0.5:8786 -o output/wire
    """
    from .events import explain_lines
    from .pipeline import ArticleResult, default_jobs
    from .pipeline import run as run_pipeline

    progress = ctx.obj["progress"] and not explain
    unlinked_file = None
    if unlinked_path is not None:
        try:
            unlinked_path.parent.mkdir(parents=True, exist_ok=True)
            unlinked_file = unlinked_path.open("w", encoding="utf-8")
        except OSError as exc:
            raise click.FileError(str(unlinked_path), hint=exc.strerror or str(exc)) from exc
    n_unlinked = 0

    def on_result(result: ArticleResult) -> None:
        nonlocal n_unlinked
        if explain:
            click.echo("\n".join(explain_lines(result.article.id, result.decisions, result.events)), err=True)
        if unlinked_file is not None and (record := result.unlinked()) is not None:
            unlinked_file.write(json.dumps(record, ensure_ascii=False) + "\n")
            n_unlinked += 1

    def report(message: str, prefix: str = "failed: ") -> None:
        if progress:
            from tqdm import tqdm

            tqdm.write(f"{prefix}{message}", file=sys.stderr)
        else:
            click.echo(f"{prefix}{message}", err=True)

    from .read import is_url

    paths: list[Path | str] = [p if is_url(p) else Path(p) for p in inputs] or [EXAMPLES]
    watch = _Watch() if every is not None else None
    engine = None
    try:
        engine = _engine(engine_name, scheduler, jobs, index_path, None if ctx.obj["quiet"] else report)
        while True:
            summary = run_pipeline(paths, out_dir, cli_date=cli_date, index_path=index_path, progress=progress,
                                   title=title, store_path=store_path, on_failure=report,
                                   jobs=jobs or default_jobs(), offline=offline,
                                   on_result=on_result if explain or unlinked_file else None,
                                   fetch_pages=fetch_pages, pipeline=watch.pipeline(index_path) if watch else None,
                                   stop=watch.stopped if watch else None, include_rejected=include_rejected,
                                   engine=engine)
            logging.getLogger("geostrike").info(
                "seconds: %s", ", ".join(f"{phase} {s:.2f}" for phase, s in summary.seconds.items()))
            if not ctx.obj["quiet"]:
                for out in summary.outputs:
                    click.echo(f"wrote {out} ({summary.events} events)")
                click.echo(summary.line())
            if watch is None or not watch.wait(every):  # type: ignore[arg-type]
                break
    finally:
        if engine is not None:
            engine.close()
        if unlinked_file is not None:
            unlinked_file.close()
        if watch is not None:
            watch.restore()
    if not ctx.obj["quiet"] and unlinked_path is not None:
        click.echo(f"wrote {unlinked_path} ({n_unlinked} strike-reporting texts without an event)")
    if summary.failed:
        ctx.exit(EXIT_INPUT_FAILED)


def _engine(name: str, scheduler: str | None, jobs: int | None, index_path: Path | None, say):  # noqa: ANN001, ANN202
    """``run --engine dask``: the engine (it reaches its cluster on first use), else None."""
    if name != "dask":
        if scheduler is not None:
            raise click.UsageError("--scheduler is for --engine dask")
        return None
    if scheduler is not None and jobs is not None:
        raise click.UsageError("--jobs sets the workers of a local Dask cluster; the one at --scheduler has its own")
    from .engine_dask import DaskEngine
    from .pipeline import default_jobs

    try:
        engine = DaskEngine(scheduler, workers=jobs or default_jobs(), index_path=index_path,
                            on_start=(lambda line: say(line, prefix="")) if say else None)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--scheduler") from None
    engine.connect()  # a scheduler that does not answer fails before anything is read
    return engine


class _Watch:
    """``run --every``: one pipeline for every cycle, and the signals that end the watch.

    The first Ctrl-C (SIGINT) or SIGTERM asks the run to stop: the cycle in hand reads no
    more articles, stores those it has and writes the outputs; then the command ends. A
    second Ctrl-C stops at once (the store and outputs stay whole: see "Crashes").
    """

    def __init__(self) -> None:
        import signal

        import os

        self._stop = False
        self._gs = None
        self._pid = os.getpid()  # forked workers inherit the handler and leave it to this process
        self._previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}

    def _on_signal(self, signum: int, frame: object) -> None:
        import os
        import signal

        if os.getpid() != self._pid:
            return
        if self._stop and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self._stop = True
        click.echo(f"{signal.Signals(signum).name}: stopping once the articles in hand are stored", err=True)

    def stopped(self) -> bool:
        return self._stop

    def pipeline(self, index_path: Path | None):  # noqa: ANN201
        def get():  # noqa: ANN202
            if self._gs is None:
                from .pipeline import Geostrike

                self._gs = Geostrike(index_path)
            return self._gs

        return get

    def wait(self, seconds: float) -> bool:
        """Sleep until the next cycle; False when a signal asked to stop."""
        import time

        deadline = time.monotonic() + seconds
        while not self._stop and (left := deadline - time.monotonic()) > 0:
            time.sleep(min(left, 0.25))
        return not self._stop

    def restore(self) -> None:
        import signal

        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


@cli.command(name="map")
@click.argument("events", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option(f"Draw the events of this event store ({STORE_FORMS}) instead of EVENTS.", exists=True)
@output_option("out", default=Path("output/map.html"), show_default=True)
@click.option("--geojson", "geojson_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the events shown to this GeoJSON file.")
@filter_options
@click.option("--status", "statuses", multiple=True, type=click.Choice(["unverified", "verified", "rejected"]),
              help="Only events of this review status (repeatable).")
@click.option("--include-rejected", is_flag=True, help="Also draw events an analyst rejected.")
@title_option()
@offline_option()
def map_cmd(events: Path | None, store_path: Path | str | None, out: Path, geojson_out: Path | None, since: date | None,
            until: date | None, attacker: tuple[str, ...], weapon: tuple[str, ...], types: tuple[str, ...],
            bbox: tuple[float, float, float, float] | None, min_sources: int, statuses: tuple[str, ...],
            include_rejected: bool, title: str | None, offline: bool) -> None:
    """Regenerate a map (and GeoJSON) from the event store or an events GeoJSON file, without re-parsing.

    \b
    Example:
      $ geostrike map output/events.geojson -o output/map.html
      $ geostrike map --store output/geostrike.sqlite --since 2024-06-01 --attacker RU \\
          --bbox 22,44,41,53 --min-sources 2 -o output/june.html --geojson output/june.geojson
      $ geostrike map --store postgresql://analyst@db.example.org/strikes --min-sources 2
    """
    from .export import read_geojson, write_outputs
    from .render import build_map
    from .store import EventFilter, filter_values
    from .stores import open_store

    if (events is None) == (store_path is None):
        raise click.UsageError("give either EVENTS (an events GeoJSON file) or --store PATH, not both")
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    wanted = {"attacker": attacker, "weapon": weapon, "event_type": types}
    where = EventFilter(since, until, attacker, weapon, types, bbox, min_sources, statuses, include_rejected)
    if store_path is not None:
        with open_store(store_path, create=False) as store:
            collection = store.feature_collection(where)
            known = store.filter_values()
    else:
        data = read_geojson(events)  # type: ignore[arg-type]
        features = [f for f in data.get("features", []) if isinstance(f, dict)]
        collection = {**data, "features": [f for f in features if where.matches(f)]}
        known = filter_values(features)
    # A value no event has is most likely a typo ("--attacker Russia", "--weapon drones"):
    # say so, and which values there are, rather than draw an empty map without a word.
    for column, option in (("attacker", "--attacker"), ("weapon", "--weapon"), ("event_type", "--type")):
        have = {("none" if v is None else v.lower()) for v in known[column]}
        for value in wanted[column]:
            if ("none" if value in NO_SIDE else value) not in have:
                listed = ", ".join(sorted(have, key=lambda v: (v == "none", v))) or "nothing"
                click.echo(f"warning: no event has {option} {value!r} (the events have: {listed})", err=True)
    if not collection["features"]:
        click.echo("warning: no event passes the filters; the map is empty", err=True)
    page = build_map(collection, offline=offline, **({"title": title} if title else {})).html
    # The map and its GeoJSON are replaced together.
    write_outputs(collection, {"map": out, **({"geojson": geojson_out} if geojson_out else {})}, map_html=page)
    click.echo(f"wrote {out} ({len(collection['features'])} events)")
    if geojson_out is not None:
        click.echo(f"wrote {geojson_out}")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@output_option("out", required=True, help="JSON Lines file of toponyms, one article per line; '-' for standard output.")
@gazetteer_option()
@click.option("--explain", is_flag=True, help="Print every mention's candidates and the parts of their scores.")
@click.option("--candidates", default=3, show_default=True, help="Candidates shown per mention with --explain.")
@click.pass_context
def geoparse(ctx: click.Context, inputs: tuple[Path, ...], out: Path, index_path: Path | None,
             explain: bool, candidates: int) -> None:
    """Find and resolve every place name; write toponyms as JSON Lines.

    Each output line is {"id", "toponyms": [{"start", "end", "name", "lat", "lon",
    "gazetteer_id", "feature", "country", "precision"}]} with Python string offsets.

    \b
    Example:
      $ geostrike geoparse articles.jsonl -o toponyms.jsonl
      $ geostrike geoparse article.txt -o out.jsonl --explain
      $ geostrike geoparse articles.jsonl -o - | jq .toponyms
    """
    from tqdm import tqdm

    from .export import write_atomic
    from .pipeline import Geostrike, iter_articles

    failed: list[str] = []
    lines = []
    to_stdout = str(out) == "-"
    gs = Geostrike(index_path)
    for r in tqdm(gs.process(iter_articles(list(inputs), failed)), desc="articles", disable=not ctx.obj["progress"]):
        if explain:
            _explain(gs, r, candidates, err=to_stdout)
        tops = [p.toponym() for p in r.places]
        lines.append(json.dumps({"id": r.article.id, "toponyms": tops}, ensure_ascii=False))
    text = "\n".join(lines) + ("\n" if lines else "")
    if to_stdout:
        click.echo(text, nl=False)
    else:
        write_atomic(out, text)
    click.echo(f"wrote {'standard output' if to_stdout else out} ({len(lines)} articles)", err=to_stdout)
    for message in failed:
        click.echo(f"failed: {message}", err=True)
    if failed:
        ctx.exit(EXIT_INPUT_FAILED)


def _explain(gs: object, result: object, limit: int, *, err: bool = False) -> None:
    """Print why each mention of an article resolved as it did (to stderr with ``err``)."""
    notes: list = []
    gs.resolver.resolve(result.article, result.mentions, explain=notes)  # type: ignore[attr-defined]
    click.echo(f"== {result.article.id}", err=err)  # type: ignore[attr-defined]
    for mention, ranked, note in notes:
        click.echo(f"{mention.text!r} [{mention.hint}] at {mention.start}: {len(ranked)} candidate(s)"
                   + (f" — {note}" if note else ""), err=err)
        for s in ranked[:limit]:
            e = s.candidate.entry
            parts = ", ".join(f"{k} {v:+.2f}" for k, v in s.parts if v)
            click.echo(f"   {s.score:6.2f}  {e.id:<18} {e.kind:<8} {e.name} ({e.country or '--'}"
                       f"{', ' + e.admin1 if e.admin1 else ''})  [{parts}]", err=err)
    if result.decisions:  # type: ignore[attr-defined]
        from .events import explain_lines

        click.echo("\n".join(explain_lines(result.article.id, result.decisions,  # type: ignore[attr-defined]
                                            result.events)), err=err)  # type: ignore[attr-defined]


@cli.group(name="eval")
def eval_group() -> None:
    """Measure accuracy against gold data."""


@eval_group.command(name="geoparse")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Predictions from 'geostrike geoparse'; without it GOLD's texts are parsed now.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@gazetteer_option()
@click.pass_context
def eval_geoparse(ctx: click.Context, gold: Path, pred: Path | None, as_json: bool, index_path: Path | None) -> None:
    """Score toponym recognition and resolution: P, R, F1, acc@161, km errors, AUC.

    GOLD is JSON Lines of {"id", "text", "toponyms": [{"start", "end", "name",
    "lat", "lon"}]}, as in the GeoWebNews and LGL corpora.

    \b
    Example:
      $ geostrike eval geoparse ../shared/eval/gwn.jsonl
      $ geostrike geoparse gold.jsonl -o pred.jsonl && geostrike eval geoparse gold.jsonl --pred pred.jsonl --json
    """
    from .evaluate import format_table, load_jsonl, score

    gold_docs = load_jsonl(gold)
    if pred is not None:
        pred_docs = load_jsonl(pred)
    else:
        pred_docs = _geoparse_docs(gold_docs, index_path, ctx.obj["progress"])
    result = score(gold_docs, pred_docs)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=1, sort_keys=True))
    else:
        click.echo(format_table(result, gold.name))


def _geoparse_docs(gold_docs: dict[str, dict], index_path: Path | None, progress: bool) -> dict[str, dict]:
    from tqdm import tqdm

    from .models import Article
    from .pipeline import Geostrike

    gs = Geostrike(index_path)
    arts = [Article(str(d["id"]), d["text"]) for d in gold_docs.values()]
    out = {}
    for r in tqdm(gs.process(arts), total=len(arts), desc="articles", disable=not progress):
        out[r.article.id] = {"id": r.article.id, "toponyms": [p.toponym() for p in r.places]}
    return out


@eval_group.command(name="events")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An events GeoJSON file (from 'geostrike run'); without it GOLD's items are run "
                   "through the pipeline now, as 'geostrike run GOLD -o TMPDIR' would.")
@click.option("--km", type=click.FloatRange(min=0, min_open=True), default=25.0, show_default=True,
              help="Radius of the points metric, and of gold events and traps without their own 'km'.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as one JSON object.")
@jobs_option("Worker processes for the pipeline run [default: all cores; one for fewer than 64 items]")
@gazetteer_option()
@click.option("--split", type=click.Choice(["dev", "test"]), help="Only the items whose 'split' is this.")
@click.option("-v", "--verbose", is_flag=True,
              help="List per item the misses (with the nearest prediction) and the false positives.")
@click.pass_context
def eval_events(ctx: click.Context, gold: Path, pred: Path | None, km: float, as_json: bool, jobs: int | None,
                index_path: Path | None, split: str | None, verbose: bool) -> None:
    """Score strike events against gold: recall, precision, traps, attributes, per genre.

    GOLD is JSON Lines with, per line, either one gold point,
    {"id", "text", "gold" (or "event"): {"lat", "lon"}}, scored as recall@KM and
    precision@KM like ../shared/eval/score_points.py, or full gold events,
    {"id", "genre", "split", "text", "events": [{"place", "lat", "lon", "km",
    "attacker", "date", "killed", …}], "traps": [{"place", "lat", "lon", "km"}]},
    matched one-to-one within each event's km. A merged event counts for every
    article in its 'sources'.

    \b
    Example:
      $ geostrike eval events ../shared/eval/events-dev/cir.dev.jsonl
      $ geostrike eval events evaluation/events/dev.jsonl --split dev -v
      $ geostrike run gold.jsonl -o /tmp/out && geostrike eval events gold.jsonl --pred /tmp/out/events.geojson --json
    """
    from .evaluate_events import Predictions, evaluate, format_report, load_gold, select_split

    failed: list[str] = []
    every = load_gold(gold)
    items = select_split(every, split)
    if not items:
        found = sorted({str(i.split) for i in every})
        raise click.BadParameter(f"no item of {gold} has split {split!r} (splits there: {', '.join(found)})",
                                 param_hint="--split")
    if pred is not None:
        predictions = Predictions.load(pred)
    else:
        predictions = Predictions.from_collection(
            _pipeline_events(gold, items, split, index_path, jobs, ctx.obj["progress"], failed))
    report = evaluate(items, predictions, km)
    if as_json:
        out = {"gold": str(gold), "pred": str(pred) if pred else None, "split": split, "items": len(items),
               **report.as_dict(details=verbose)}
        click.echo(json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False))
    else:
        title = f"{gold.name}{f' (split {split})' if split else ''}: {len(items)} items, " + (
            f"predictions {pred}" if pred else "predictions of the pipeline run now")
        click.echo(format_report(report, title, verbose=verbose))
    for message in failed:
        click.echo(f"failed: {message}", err=True)
    if failed:
        ctx.exit(EXIT_INPUT_FAILED)


def _pipeline_events(gold: Path, items: list, split: str | None, index_path: Path | None,
                     jobs: int | None, progress: bool, failed: list[str]) -> dict:
    """Run ``geostrike run`` on the gold items, into a temporary folder and store; return its events GeoJSON.

    With ``split`` the selected items are written to a temporary JSON Lines file first.
    """
    import tempfile

    from .export import read_geojson
    from .pipeline import default_jobs
    from .pipeline import run as run_pipeline

    for item in items:
        if item.text is None:
            raise click.UsageError(f"{gold}, line {item.line}: no 'text' to run the pipeline on; give --pred")
    with tempfile.TemporaryDirectory(prefix="geostrike-eval-") as tmp:
        source = gold
        if split is not None:
            source = Path(tmp) / gold.name
            source.write_text("".join(json.dumps(i.record, ensure_ascii=False) + "\n" for i in items),
                              encoding="utf-8")
        out = Path(tmp) / "out"
        run_pipeline([source], out, index_path=index_path, progress=progress, store_path=Path(tmp) / "geostrike.sqlite",
                     on_failure=failed.append, jobs=jobs or default_jobs())
        return read_geojson(out / "events.geojson")


@cli.group()
def gazetteer() -> None:
    """Build and query the local gazetteer."""


@gazetteer.command()
@gazetteer_option()
@click.pass_context
def build(ctx: click.Context, index_path: Path | None) -> None:
    """Build the gazetteer index from the curated sources.

    \b
    Example:
      $ geostrike gazetteer build
    """
    import time

    from .gazetteer import Gazetteer, default_index_path
    from .geonames_import import rebuild_index

    t0 = time.perf_counter()
    path = index_path or default_index_path()
    rebuild_index(path, progress=ctx.find_root().obj["progress"])  # keeps earlier GeoNames imports
    meta = Gazetteer(path).meta()
    click.echo(f"built {path}: {meta['places']} places, {meta['names']} names in {time.perf_counter() - t0:.1f} s")


@gazetteer.command(name="import-geonames")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@gazetteer_option()
@click.pass_context
def import_geonames_cmd(ctx: click.Context, paths: tuple[Path, ...], index_path: Path | None) -> None:
    """Import full GeoNames dumps into the local index.

    PATHS are allCountries.txt or country files (XX.txt, or their .zip),
    alternateNamesV2.txt(.zip), admin1CodesASCII.txt and admin2Codes.txt, as
    downloaded from GeoNames. Imports are re-applied when the index is rebuilt.

    \b
    Example:
      $ geostrike gazetteer import-geonames UA.zip RU.zip alternateNamesV2.zip admin1CodesASCII.txt
    """
    from .geonames_import import import_geonames

    s = import_geonames(list(paths), index_path, progress=ctx.find_root().obj["progress"])
    click.echo(f"imported {len(s.files)} file(s): {s.places_added:,} places added, {s.places_updated:,} updated, "
               f"{s.names_added:,} names in {s.seconds:.1f} s")


@gazetteer.command()
@click.argument("name")
@gazetteer_option()
@click.option("--limit", default=10, show_default=True, help="Candidates to show.")
def lookup(name: str, index_path: Path | None, limit: int) -> None:
    """Print the gazetteer candidates for NAME, most populous first.

    \b
    Examples:
      $ geostrike gazetteer lookup "Zaporozhye"
      $ geostrike gazetteer lookup Київ
      $ geostrike gazetteer lookup Kramatorks      # a near miss: flagged (fuzzy)
    """
    from .gazetteer import Gazetteer
    from .geonames_import import ensure_index

    gaz = Gazetteer(ensure_index(index_path))
    # A near miss of a place of the theatre ("Kramatorks") when nothing matches.
    cands = gaz.lookup(name) or gaz.fuzzy_lookup(name)
    if not cands:
        click.echo(f"no candidates for {name!r}")
        sys.exit(1)
    order = {"country": 0, "admin1": 1, "admin2": 2, "site": 3, "airfield": 4, "city": 5, "continent": 6, "water": 7,
             "landform": 8}
    cands.sort(key=lambda c: (order.get(c.entry.kind, 9), -c.entry.population))
    for c in cands[:limit]:
        e = c.entry
        where = f"  {e.raion}{', ' + e.hromada if e.hromada else ''}" if e.raion else ""
        point = f"  point: {e.point_source}, ±{e.uncertainty_km:g} km" if e.point_source and e.uncertainty_km else ""
        click.echo(f"{e.id:<16} {e.kind:<9} {e.name:<32} {e.country or '--':<3} {e.admin1 or '':<7} "
                   f"{e.lat:9.4f} {e.lon:9.4f} pop {e.population:>9,}  matched {c.matched!r}"
                   f"{' (fuzzy)' if c.fuzzy else ' (loose)' if c.loose else ''}{where}{point}")
    if len(cands) > limit:
        click.echo(f"… {len(cands) - limit} more")


@gazetteer.command()
@click.argument("query")
@click.option("--geocoder", "service", type=click.Choice(["local", "nominatim"]), default="local",
              show_default=True,
              help="'local' is the offline gazetteer; 'nominatim' asks OpenStreetMap's service online.")
@click.option("--reverse", "reverse", is_flag=True, help="QUERY is 'LAT, LON': name the nearest place.")
@click.option("--limit", default=5, show_default=True, help="Results to show (forward geocoding).")
@click.option("--user-agent", default="geostrike", show_default=True,
              help="Sent to Nominatim, whose usage policy asks for one that names your application.")
@gazetteer_option()
def geocode(query: str, service: str, reverse: bool, limit: int, user_agent: str, index_path: Path | None) -> None:
    """Geocode QUERY the way geopy's geocoders do, offline by default.

    QUERY is a place name, optionally narrowed by a region or country after commas; with
    --reverse it is a point. The local geocoder is the same LocalGazetteer the library
    offers to code written for geopy.

    \b
    Examples:
      $ geostrike gazetteer geocode "Lyman, Donetsk Oblast"
      $ geostrike gazetteer geocode "51.47, 46.2" --reverse
      $ geostrike gazetteer geocode "Engels-2 air base" --geocoder nominatim --user-agent "my-newsroom-map"
    """
    from geopy.exc import GeopyError

    from .geocoder import get_geocoder, parse_point

    kwargs: dict[str, object] = ({"index_path": index_path} if service == "local"
                                 else {"user_agent": user_agent, "timeout": 10})
    point = None
    if reverse:
        try:
            point = parse_point(query)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="QUERY") from None
    try:
        coder = get_geocoder(service, **kwargs)
        if point is not None:
            found = coder.reverse(point, exactly_one=True)
            results = [found] if found else []
        else:
            found = coder.geocode(query, exactly_one=False, limit=limit)
            results = list(found or [])[:limit]
    except GeopyError as exc:
        raise click.ClickException(
            f"the {service} geocoder failed ({type(exc).__name__}: {exc}); "
            "without a network, use --geocoder local") from None
    if not results:
        click.echo(f"nothing found for {query!r}")
        sys.exit(1)
    for loc in results:
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        ident = raw.get("id") or raw.get("osm_id") or ""
        click.echo(f"{loc.latitude:9.4f} {loc.longitude:9.4f}  {ident!s:<16} {loc.address}")


# The analyst's review loop (geostrike/cli_review.py).
from .cli_review import events_group, review_cmd  # noqa: E402

cli.add_command(review_cmd)
cli.add_command(events_group)


def main() -> None:
    """Console-script entry point.

    Once the command has finished and its output is flushed, the process leaves through
    ``os._exit``: the interpreter's own teardown (freeing spaCy's, pandas' and folium's
    objects module by module) takes another 0.1–0.3 s and has nothing left to do. Every
    file and the store are closed by then.
    """
    import os

    try:
        cli(prog_name="geostrike")
        code = 0
    except SystemExit as exc:
        if exc.code is not None and not isinstance(exc.code, int):
            raise
        code = exc.code or 0
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let the interpreter report it as usual
        raise SystemExit(code) from None
    os._exit(code)


if __name__ == "__main__":
    main()
