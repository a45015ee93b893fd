"""Helpers to write corpus items compactly: ev() for a gold event, tr() for a trap."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .places import PLACES

# event types
D, M, A, S, I, X, E = ("drone strike", "missile strike", "air strike", "shelling",
                       "interception", "strike", "explosion")
_DEFAULT_WEAPON = {D: "drone", M: "missile", A: "airstrike", S: "artillery", I: None, X: None, E: None}
_UNSET: Any = object()


def ev(key: str, etype: str, att: str | None, date: int | str | None = None, *, w: Any = _UNSET,
       ws: str | None = None, L: int | None = None, I: int | None = None, k: int | None = None,  # noqa: E741
       inj: int | None = None, km: int | None = None, pt: str | None = None,
       role: str | None = None) -> dict[str, Any]:
    """A gold event at place ``key``. ``date``: None = published day, int = days after it, str = ISO day."""
    p = PLACES[key]
    return {"key": key, "place": p["name"], "pt": pt, "lat": p["lat"], "lon": p["lon"],
            "km": km if km is not None else p["km"], "event_type": etype, "attacker": att,
            "weapon": _DEFAULT_WEAPON[etype] if w is _UNSET else w, "weapon_system": ws,
            "launched": L, "intercepted": I, "killed": k, "injured": inj, "date": date, "role": role}


def summary(att: str | None, date: int | str | None = None, *, w: Any = None, ws: str | None = None,
            L: int | None = None, I: int | None = None, k: int | None = None,  # noqa: E741
            inj: int | None = None) -> dict[str, Any]:
    """The country-level event carrying an official tally's totals."""
    return ev("ua", "interception", att, date, w=w, ws=ws, L=L, I=I, k=k, inj=inj, role="summary")


def tr(key: str, why: str, km: int | None = None, pt: str | None = None) -> dict[str, Any]:
    p = PLACES[key]
    return {"key": key, "place": p["name"], "pt": pt, "lat": p["lat"], "lon": p["lon"],
            "km": km if km is not None else (50 if p["km"] >= 50 else 10), "why": why}


def it(published: str, text: str, events: list | None = None, traps: list | None = None) -> dict[str, Any]:
    _dt.date.fromisoformat(published)
    return {"published": published, "text": text, "events": events or [], "traps": traps or []}
