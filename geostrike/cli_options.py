"""Options and value checks that several ``geostrike`` commands share, each defined once.

Each ``*_option`` is a decorator, used as ``@gazetteer_option()``; the callbacks turn an
option's text into its value or raise :class:`click.BadParameter` (exit code 2), so that
the commands in :mod:`geostrike.cli` receive checked values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
#: Values of ``--attacker`` that stand for "no attacker named".
NO_SIDE = {"none", "null", "unknown"}


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option as a date."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-06-30") from None


def duration(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    """``--every``: "90s", "10m", "1h", "1h30m" or a number of seconds, as seconds."""
    if value is None:
        return None
    text = value.strip().lower()
    parts = re.fullmatch(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?", text)
    if not text or parts is None or not any(parts.groups()):
        raise click.BadParameter(f"{value!r} is not a duration like 30s, 10m or 1h")
    hours, minutes, seconds = (float(g or 0) for g in parts.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise click.BadParameter(f"{value!r}: give a duration above zero")
    return total


def _bbox(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[float, float, float, float] | None:
    from .store import parse_bbox

    try:
        return parse_bbox(value) if value is not None else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--bbox") from None


def _values(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """A repeatable ``NAME[,NAME]`` option as lower-case values."""
    option = f"--{param.name}" if param.name != "types" else "--type"
    out = tuple(v.strip().lower() for x in values for v in x.split(",") if v.strip())
    if values and not out:
        raise click.BadParameter(f"{', '.join(map(repr, values))} names no value", param_hint=option)
    return out


def _sides(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    sides = _values(ctx, param, values)
    for side in sides:
        if not (len(side) == 2 and side.isalpha() and side.isascii()) and side not in NO_SIDE:
            raise click.BadParameter(f"{side!r} is not a side: give ISO 3166 alpha-2 codes (RU, UA …) or none",
                                     param_hint="--attacker")
    return sides


def gazetteer_option(help: str | None = None) -> Callable[[F], F]:
    """``--gazetteer PATH``: the gazetteer index file, as ``index_path``."""
    return click.option("--gazetteer", "index_path", type=click.Path(dir_okay=False, path_type=Path), help=help)


#: The forms of ``--store``, for help texts.
STORE_FORMS = "a SQLite file, or a PostGIS database as postgresql://user@host/db"


def store_option(help: str, *, exists: bool = False) -> Callable[[F], F]:
    """``--store PATH|URL``: an event store, as ``store_path``: a SQLite file's path (with
    ``exists``, one that is there) or a ``postgresql://`` URL, checked for its form here
    and reached when the store is opened (:func:`geostrike.stores.open_store`)."""
    path_type = click.Path(exists=exists, dir_okay=False, path_type=Path)

    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | str | None:
        from .stores import is_store_url

        if value is None:
            return None
        if is_store_url(value):
            from .store_pg import check_url

            try:
                check_url(value)
            except ValueError as exc:
                raise click.BadParameter(str(exc)) from None
            return value
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", value):
            raise click.BadParameter(f"{value.split('://')[0]}:// is no store geostrike knows: give a SQLite file's "
                                     "path or a postgresql://user@host/database URL")
        return path_type.convert(value, param, ctx)

    return click.option("--store", "store_path", callback=convert, metavar="PATH|URL", help=help)


def output_option(dest: str, *, folder: bool = False, **kwargs: Any) -> Callable[[F], F]:
    """``-o/--output``: a file (or with ``folder`` a folder) to write, as ``dest``."""
    kind = click.Path(file_okay=False, path_type=Path) if folder else click.Path(dir_okay=False, path_type=Path)
    return click.option("-o", "--output", dest, type=kind, **kwargs)


def offline_option() -> Callable[[F], F]:
    """``--offline/--cdn``: a map that carries its scripts and styles, or one that links them."""
    return click.option("--offline/--cdn", default=True, show_default=True,
                        help="Put every script and style inside the map, so that it draws without a network "
                             "(tiles aside), or link them from CDNs (a smaller file that needs a network).")


def title_option() -> Callable[[F], F]:
    """``--title``: the map's title."""
    return click.option("--title", help="Title shown on the map.")


def jobs_option(help: str) -> Callable[[F], F]:
    """``-j/--jobs N``: worker processes (None: all cores)."""
    return click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help=help)


def date_option(*decls: str, help: str) -> Callable[[F], F]:
    """An option that takes a ``YYYY-MM-DD`` day."""
    return click.option(*decls, callback=iso_date, metavar="YYYY-MM-DD", help=help)


def filter_options(f: F) -> F:
    """The event filters of ``geostrike map``: ``--since``, ``--until``, ``--attacker``,
    ``--weapon``, ``--type``, ``--bbox`` and ``--min-sources``, checked as they are read
    (see :class:`geostrike.store.EventFilter`)."""
    decorators = [
        date_option("--since", help="Only events on or after this day."),
        date_option("--until", help="Only events on or before this day."),
        click.option("--attacker", multiple=True, metavar="CODE[,CODE]", callback=_sides,
                     help="Only events by these sides (RU, UA, none)."),
        click.option("--weapon", multiple=True, metavar="NAME[,NAME]", callback=_values,
                     help="Only these weapons (drone, missile, airstrike, glide bomb, artillery, none)."),
        click.option("--type", "types", multiple=True, metavar="TYPE[,TYPE]", callback=_values,
                     help="Only these event types ('drone strike', 'missile strike', shelling …)."),
        click.option("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT", callback=_bbox,
                     help="Only events inside this box (WGS 84)."),
        click.option("--min-sources", type=click.IntRange(min=1, max=2**63 - 1), default=1, show_default=True,
                     help="Only events reported by at least this many articles."),
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f
