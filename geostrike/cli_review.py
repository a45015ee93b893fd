"""The ``geostrike review`` and ``geostrike events …`` commands (registered by :mod:`geostrike.cli`).

A thin layer over :class:`geostrike.review.Reviewer`: every command checks its input,
stores its decision in one transaction, and exits 2 with a message naming the problem
(an unknown id, a bad value) having stored nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click

from .cli_options import iso_date
from .exceptions import GeostrikeError, ReviewError

DEFAULT_STORE = Path("output/geostrike.sqlite")
_STATUSES = ("unverified", "verified", "rejected")


class _BadValue(click.ClickException):
    """A decision that names an unknown event or a bad value: usage error, exit 2."""

    exit_code = 2


def _store_option(f: Any) -> Any:
    return click.option("--store", "store_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        default=DEFAULT_STORE, show_default=True, help="The event store ('geostrike run' makes it).")(f)


def _gazetteer_option(f: Any) -> Any:
    return click.option("--gazetteer", "index_path", type=click.Path(dir_okay=False, path_type=Path),
                        help="Gazetteer index (default: user cache).")(f)


@contextmanager
def _reviewer(store_path: Path, index_path: Path | None = None) -> Iterator[Any]:
    from .review import Reviewer
    from .store import EventStore

    try:
        with EventStore(store_path, create=False) as store:
            yield Reviewer(store, index_path)
    except ReviewError as exc:
        raise _BadValue(str(exc)) from None
    except GeostrikeError as exc:
        raise click.ClickException(str(exc)) from None


def _point(value: str | None) -> tuple[float, float] | None:
    from .review import parse_point

    if value is None:
        return None
    try:
        return parse_point(value)
    except ReviewError as exc:
        raise click.BadParameter(str(exc), param_hint="--at") from None


def _line(row: dict[str, Any]) -> str:
    flags = []
    if row["edited"]:
        flags.append("edited: " + ",".join(row["edited"]))
    if row["new_sources"]:
        flags.append("new source since review: " + ",".join(row["new_sources"]))
    if row["merged"]:
        flags.append("merged: " + ",".join(row["merged"]))
    return (f"{row['event_id']:<18} {row['status']:<10} {row.get('date') or '-':<10} {row['event_type']:<15} "
            f"{row.get('attacker') or '-':<3} {row['place']:<24} src {row['sources_count']:<3} "
            f"conf {row['confidence'] if row['confidence'] is not None else '-'}"
            + (f"  [{'; '.join(flags)}]" if flags else ""))


@click.command(name="review")
@_store_option
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address needs --token.")
@click.option("--token", envvar="GEOSTRIKE_REVIEW_TOKEN",
              help="Access token the page asks for (also $GEOSTRIKE_REVIEW_TOKEN); required with --host.")
@_gazetteer_option
def review_cmd(store_path: Path, port: int, host: str, token: str | None, index_path: Path | None) -> None:
    """Review events in a local web app: verify, reject, move, edit, merge, promote.

    Starts the app on HOST:PORT (127.0.0.1 by default) and prints its URL; Ctrl-C stops
    it. Every decision is stored at once in the event store, and 'geostrike run' may
    add to the store while the app is open.

    \b
    Keys: j/k or ↓/↑ next/previous, v verify, x reject, u unverify, m move, e edit, / search.
    Example:
      $ geostrike review --store output/geostrike.sqlite
    """
    from .review_app import serve

    try:
        serve(store_path, host=host, port=port, token=token, index_path=index_path,
              announce=lambda url: click.echo(f"geostrike review: {url}  (Ctrl-C stops)"))
        click.echo("geostrike review: stopped")
    except ReviewError as exc:
        raise _BadValue(str(exc)) from None
    except GeostrikeError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(name="events")
def events_group() -> None:
    """List, verify, reject, move and edit events in the event store (for scripts)."""


@events_group.command(name="list")
@_store_option
@click.option("--status", "statuses", multiple=True, type=click.Choice(_STATUSES),
              help="Only events of this review status (repeatable) [default: all].")
@click.option("--since", callback=iso_date, metavar="YYYY-MM-DD", help="Only events on or after this day.")
@click.option("--until", callback=iso_date, metavar="YYYY-MM-DD", help="Only events on or before this day.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def list_cmd(store_path: Path, statuses: tuple[str, ...], since: date | None, until: date | None,
             as_json: bool) -> None:
    """List events, newest first, with their review status.

    \b
    Example:
      $ geostrike events list --status unverified --since 2024-06-01
      $ geostrike events list --json | jq -r .event_id
    """
    from .store import EventFilter

    with _reviewer(store_path) as rv:
        rows = [e.as_dict() for e in rv.events(EventFilter(since=since, until=until, statuses=statuses,
                                                             include_rejected=True))]
    rows.sort(key=lambda r: r.get("date") or "", reverse=True)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True) if as_json else _line(row))


@events_group.command(name="show")
@click.argument("event_id")
@_store_option
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
def show_cmd(event_id: str, store_path: Path, as_json: bool) -> None:
    """Show one event: fields, quotes, sources, the decision and its history."""
    with _reviewer(store_path) as rv:
        d = rv.detail(event_id)
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, sort_keys=True, indent=1))
        return
    click.echo(_line(d))
    click.echo(d["summary"])
    for name in ("date", "attacker", "weapon", "weapon_system", "target_type", "launched", "intercepted", "killed",
                 "injured", "place", "admin1", "geo_precision", "reviewed_at", "reason"):
        if d.get(name) is not None:
            machine = f"  (machine: {d['machine'][name]})" if name in d["machine"] else ""
            click.echo(f"  {name}: {d[name]}{machine}")
    for q in d["quotes"]:
        click.echo(f"  > {q}")
    for s in d["sources_detail"]:
        about = " ".join(x for x in (s["title"], s["published"], s["url"]) if x)
        click.echo(f"  source {s['article_id']}{' (new since review)' if s['new'] else ''}"
                   + (f": {about}" if about else ""))
    for entry in d["log"]:
        click.echo(f"  {entry['at']} {entry['action']} {json.dumps(entry['detail'], ensure_ascii=False)}")


@events_group.command(name="verify")
@click.argument("event_ids", nargs=-1, required=True)
@_store_option
def verify_cmd(event_ids: tuple[str, ...], store_path: Path) -> None:
    """Mark events as checked (all or none of them)."""
    with _reviewer(store_path) as rv:
        done = rv.verify(event_ids)
    click.echo(f"verified {len(done)} event(s)")


@events_group.command(name="reject")
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--reason", help="Why (kept with the decision).")
@_store_option
def reject_cmd(event_ids: tuple[str, ...], reason: str | None, store_path: Path) -> None:
    """Mark events as wrong: the outputs leave them out unless --include-rejected."""
    with _reviewer(store_path) as rv:
        done = rv.reject(event_ids, reason)
    click.echo(f"rejected {len(done)} event(s)")


@events_group.command(name="unverify")
@click.argument("event_ids", nargs=-1, required=True)
@_store_option
def unverify_cmd(event_ids: tuple[str, ...], store_path: Path) -> None:
    """Take back a verify or reject (edits stay)."""
    with _reviewer(store_path) as rv:
        done = rv.unverify(event_ids)
    click.echo(f"{len(done)} event(s) unverified")


@events_group.command(name="move")
@click.argument("event_id")
@click.option("--place", help="A gazetteer place: 'Shostka, Sumy Oblast' or an id (gn:692818).")
@click.option("--at", "at", metavar="LAT,LON", help="A point instead of a place.")
@click.option("--precision", type=click.IntRange(1, 3), help="Geo precision: 1 the point, 2 near, 3 a region.")
@_store_option
@_gazetteer_option
def move_cmd(event_id: str, place: str | None, at: str | None, precision: int | None, store_path: Path,
             index_path: Path | None) -> None:
    """Move an event to another place.

    \b
    Example:
      $ geostrike events move ev-3a4619fed0f7 --place "Shostka, Sumy Oblast"
      $ geostrike events move ev-3a4619fed0f7 --at 51.86,33.48 --precision 2
    """
    if (place is None) == (at is None):
        raise click.UsageError("give either --place or --at")
    point = _point(at)
    with _reviewer(store_path, index_path) as rv:
        value = rv.move(event_id, place=place, at=point, precision=precision)
    click.echo(f"moved {event_id} to {value['name']} ({value['lat']:.4f}, {value['lon']:.4f}; "
               f"precision {value['precision']})")


_EDIT_OPTIONS = (("--type", "event_type"), ("--attacker", "attacker"), ("--weapon", "weapon"),
                 ("--weapon-system", "weapon_system"), ("--target", "target_type"), ("--date", "date"),
                 ("--launched", "launched"), ("--intercepted", "intercepted"), ("--killed", "killed"),
                 ("--injured", "injured"))


def _edit_options(f: Any) -> Any:
    for option, name in reversed(_EDIT_OPTIONS):
        f = click.option(option, name, help=f"New {name.replace('_', ' ')} ('none' clears it).")(f)
    return f


@events_group.command(name="edit")
@click.argument("event_id")
@_edit_options
@_store_option
def edit_cmd(event_id: str, store_path: Path, **values: str | None) -> None:
    """Set fields of an event; the machine's values stay underneath ('events revert').

    \b
    Example:
      $ geostrike events edit ev-c93ff21a08ec --attacker UA --killed 3 --date 2024-06-04
    """
    given = {k: v for k, v in values.items() if v is not None}
    if not given:
        raise click.UsageError("give at least one field: " + ", ".join(o for o, _ in _EDIT_OPTIONS))
    with _reviewer(store_path) as rv:
        overrides = rv.edit(event_id, given)
    click.echo(f"edited {event_id}: " + ", ".join(f"{k}={v}" for k, v in sorted(given.items()))
               + f" ({len(overrides)} field(s) differ from the machine's)")


@events_group.command(name="revert")
@click.argument("event_id")
@click.option("--field", "fields", multiple=True, help="Only this field (repeatable; 'place' undoes a move).")
@_store_option
def revert_cmd(event_id: str, fields: tuple[str, ...], store_path: Path) -> None:
    """Drop an analyst's edits and move: the machine's values return."""
    with _reviewer(store_path) as rv:
        left = rv.revert(event_id, fields or None)
    click.echo(f"reverted {event_id}; {len(left)} edited field(s) left")


@events_group.command(name="merge")
@click.argument("keep")
@click.argument("other")
@_store_option
def merge_cmd(keep: str, other: str, store_path: Path) -> None:
    """Merge OTHER into KEEP: two events that report one strike."""
    with _reviewer(store_path) as rv:
        rv.merge(keep, other)
    click.echo(f"merged {other} into {keep}")


@events_group.command(name="split")
@click.argument("event_id")
@_store_option
def split_cmd(event_id: str, store_path: Path) -> None:
    """Undo an analyst's merge (of EVENT_ID, or of everything merged into it)."""
    with _reviewer(store_path) as rv:
        parts = rv.split(event_id)
    click.echo(f"split {', '.join(parts)} from {event_id}" if parts != [event_id] else f"split {event_id} off")


@events_group.command(name="candidates")
@_store_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def candidates_cmd(store_path: Path, as_json: bool) -> None:
    """List unlinked candidates: strike-reporting texts whose places made no event."""
    with _reviewer(store_path) as rv:
        cands = rv.candidates()
    for c in cands:
        if as_json:
            click.echo(json.dumps(c, ensure_ascii=False, sort_keys=True))
        else:
            places = ", ".join(f"{d['place']} ({d['gazetteer_id']})" for d in c["places"]) or "no place"
            click.echo(f"{c['article_id']:<20} {c['published'] or '-':<10} {c['reason']}; places: {places}")
            click.echo(f"  {' '.join(c['text'].split())[:160]}")


@events_group.command(name="promote")
@click.argument("article_id")
@click.option("--place", help="A gazetteer place (one of the candidate's, or any: 'Sumy', gn:692194).")
@click.option("--at", "at", metavar="LAT,LON", help="A point instead of a place.")
@click.option("--precision", type=click.IntRange(1, 3), help="Geo precision: 1 the point, 2 near, 3 a region.")
@_edit_options
@_store_option
@_gazetteer_option
def promote_cmd(article_id: str, place: str | None, at: str | None, precision: int | None, store_path: Path,
                index_path: Path | None, **values: str | None) -> None:
    """Make an event of an unlinked candidate (the article ARTICLE_ID); it is stored verified.

    \b
    Example:
      $ geostrike events promote post-1234 --place "Sumy" --type "drone strike" --attacker RU
    """
    if (place is None) == (at is None):
        raise click.UsageError("give either --place or --at")
    point = _point(at)
    with _reviewer(store_path, index_path) as rv:
        event_id = rv.promote(article_id, place=place, at=point, precision=precision,
                              values={k: v for k, v in values.items() if v is not None})
    click.echo(f"promoted {article_id} to event {event_id}")


@events_group.command(name="log")
@click.argument("event_id", required=False)
@_store_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
def log_cmd(event_id: str | None, store_path: Path, limit: int) -> None:
    """Print the latest decisions (of one event), newest first, with their times."""
    with _reviewer(store_path) as rv:
        entries = rv.store.review_log(event_id, limit)
    for e in entries:
        click.echo(f"{e['at']} {e['action']:<12} {e['event_id'] or '':<18} {json.dumps(e['detail'], ensure_ascii=False)}")
