"""``geostrike review``: the analyst's review app, a local web page over the event store.

Built on Starlette (routing, requests, responses) served by uvicorn (see ``pyproject.toml``
for why). The page (``geostrike/static/review.js`` and ``review.css``, with Leaflet from the
``xstatic-leaflet`` package) lists the events beside a map; every decision is a POST to
this app, which stores it through :class:`geostrike.review.Reviewer` in one transaction.

Safe by default:

- it listens on 127.0.0.1; any other address needs a token, which the first visit
  (``/?token=…``) exchanges for an HttpOnly, SameSite=Strict cookie;
- requests must name this server in their ``Host`` header (no DNS rebinding);
- every state-changing request carries the page's CSRF token in ``X-CSRF-Token`` (and
  a cross-site ``Origin`` is refused);
- the page forbids inline script (Content-Security-Policy ``script-src 'self'``) and
  builds every text with ``textContent``, so article text never runs as code;
- the app holds no lock between requests: ``geostrike run`` may write to the store (WAL)
  while the page is open, and the page reloads the list after each decision.
"""

from __future__ import annotations

import html
import ipaddress
import json
import secrets
import socket
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from .assets import SCRIPTS, STYLES
from .exceptions import ReviewError
from .review import EDITABLE, EVENT_TYPES, STATUSES, WEAPONS, Reviewer, parse_point
from .store import EventStore

#: Largest request body accepted (a decision is a few hundred bytes).
MAX_BODY = 64 * 1024
#: Characters of the first quote the list carries per event (the detail has all of it).
LIST_QUOTE = 400
#: The columns of the list, in the order of each row the page receives.
LIST_FIELDS = ("event_id", "status", "date", "event_type", "attacker", "weapon", "place", "place_text", "region",
               "lon", "lat", "confidence", "sources_count", "quote", "summary", "new_sources", "edited", "merged")
TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
_COOKIE = "geostrike_review"
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://tile.openstreetmap.org; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _static(name: str) -> Path:
    path = Path(str(resources.files("geostrike") / "static" / name))
    if not path.is_file():
        raise ReviewError(f"{path} is missing; reinstall geostrike")
    return path


class ReviewApp:
    """The review app's state: one store connection, the reviewer, the tokens.

    Endpoints run on the server's event loop one at a time, so the SQLite connection is
    only ever used by one request; each decision is one short transaction.
    """

    def __init__(self, store_path: Path, *, token: str | None = None, index_path: Path | None = None,
                 allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]"), compress: bool = False) -> None:
        self.compress = compress
        self._land: tuple[Any, dict[str, Any]] | None = None
        self._list: tuple[Any, bytes] | None = None
        self.writes = 0  # decisions made through this app (the store's data_version counts other writers)
        self.store = EventStore(store_path, create=False)
        self.reviewer = Reviewer(self.store, index_path)
        self.token = token
        self.csrf = secrets.token_urlsafe(32)
        self.allowed_hosts = set(allowed_hosts)
        self.session = secrets.token_urlsafe(32)  # the cookie value a valid token is exchanged for
        leaflet_js, leaflet_css = SCRIPTS[0].path(), STYLES[0].path()
        self.files = {"review.js": _static("review.js"), "review.css": _static("review.css"),
                      "leaflet.js": leaflet_js, "leaflet.css": leaflet_css}
        self.images = leaflet_css.parent / "images"

    # -- plumbing ---------------------------------------------------------------------

    def _host_ok(self, request: Request) -> bool:
        host = request.headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in self.allowed_hosts

    def _authorised(self, request: Request) -> bool:
        if self.token is None:
            return True
        cookie = request.cookies.get(_COOKIE)
        bearer = request.headers.get("authorization", "")
        return (cookie is not None and secrets.compare_digest(cookie, self.session)) or (
            bearer.startswith("Bearer ") and secrets.compare_digest(bearer[7:], self.token))

    def _csrf_ok(self, request: Request) -> bool:
        sent = request.headers.get("x-csrf-token", "")
        origin = request.headers.get("origin")
        if origin is not None and origin.split("://", 1)[-1] != request.headers.get("host"):
            return False
        return secrets.compare_digest(sent, self.csrf)

    def wrap(self, endpoint: Callable[..., Any], *, changes: bool = False) -> Callable[[Request], Any]:
        async def handle(request: Request) -> Response:
            if not self._host_ok(request):
                return PlainTextResponse("unknown Host", status_code=400)
            if not self._authorised(request):
                return PlainTextResponse("open the URL with ?token=… that 'geostrike review' printed", 401)
            body: dict[str, Any] = {}
            if changes:
                if not self._csrf_ok(request):
                    return JSONResponse({"error": "missing or wrong CSRF token; reload the page"}, 403)
                raw = await request.body()
                if len(raw) > MAX_BODY:
                    return JSONResponse({"error": "request too large"}, 413)
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    return JSONResponse({"error": "the request body is not JSON"}, 400)
                if not isinstance(body, dict):
                    return JSONResponse({"error": "the request body is not a JSON object"}, 400)
            try:
                out = endpoint(request, body) if changes else endpoint(request)
            except ReviewError as exc:
                return JSONResponse({"error": str(exc)}, 404 if str(exc).startswith("no ") else 400)
            self.writes += changes
            response = out if isinstance(out, Response) else JSONResponse(out)
            response.headers.update({"Content-Security-Policy": _CSP, "X-Content-Type-Options": "nosniff",
                                     "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"})
            return response

        return handle

    # -- pages and files --------------------------------------------------------------

    def page(self, request: Request) -> Response:
        title = f"geostrike review — {self.store.path.name}"
        meta = {"csrf": self.csrf, "tiles": TILES, "statuses": STATUSES, "types": EVENT_TYPES, "weapons": WEAPONS,
                "editable": EDITABLE}
        text = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                f"<title>{html.escape(title)}</title>"
                "<link rel=\"stylesheet\" href=\"/static/leaflet.css\"><link rel=\"stylesheet\" href=\"/static/review.css\">"
                f"<meta name=\"geostrike-review\" content=\"{html.escape(json.dumps(meta), quote=True)}\">"
                "</head><body><div id=\"rv-app\"></div>"
                "<script src=\"/static/leaflet.js\"></script><script src=\"/static/review.js\"></script></body></html>")
        return HTMLResponse(text)

    def login(self, request: Request) -> Response:
        """``/?token=…`` with the right token sets the session cookie and drops the token from the URL."""
        given = request.query_params.get("token", "")
        if self.token is None or not secrets.compare_digest(given, self.token):
            return PlainTextResponse("wrong token", 401)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(_COOKIE, self.session, httponly=True, samesite="strict")
        return response

    def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = self.files.get(name)
        if path is None and name.startswith("images/") and "/" not in name[7:]:
            candidate = self.images / name[7:]
            path = candidate if candidate.is_file() else None
        if path is None:
            return PlainTextResponse("not found", 404)
        return FileResponse(path)

    # -- reading ----------------------------------------------------------------------

    def events(self, request: Request) -> Response:
        """Every event as a row of the list, in columns (``fields`` names them), newest first.

        The answer is kept until the store changes (a decision here, or a commit by another
        connection such as ``geostrike run``: SQLite's ``data_version``)."""
        key = (self.store.data_version(), self.writes)
        if self._list is None or self._list[0] != key:
            rows = self.reviewer.listing(LIST_QUOTE)
            body = {"fields": LIST_FIELDS, "events": [[r[f] for f in LIST_FIELDS] for r in rows],
                    "candidates": len(self.reviewer.candidates())}
            self._list = (key, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
        return Response(self._list[1], media_type="application/json")

    def boundaries(self, request: Request) -> dict[str, Any]:
        """The admin-1 outlines around the events' box (as the map draws them: land
        without tiles); kept until the box grows."""
        from .render import PLACE_FIELDS, boundaries

        box = self.store.bounds()
        if box is None:
            return {"type": "FeatureCollection", "features": []}
        if self._land is None or self._land[0] != box:
            (minlon, minlat, maxlon, maxlat) = box
            # The two corners stand for the events: boundaries() reads their box.
            corners = {"x": [round(minlon * 1e4), round(maxlon * 1e4)], "y": [round(minlat * 1e4), round(maxlat * 1e4)],
                       "places": [[None] * len(PLACE_FIELDS)]}
            self._land = (box, boundaries(corners))
        return self._land[1]

    def event(self, request: Request) -> dict[str, Any]:
        return self.reviewer.detail(request.path_params["event_id"])

    def places(self, request: Request) -> dict[str, Any]:
        return {"places": self.reviewer.search_places(request.query_params.get("q", ""))}

    def candidates(self, request: Request) -> dict[str, Any]:
        return {"candidates": self.reviewer.candidates()}

    # -- deciding ---------------------------------------------------------------------

    def decide(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        event_id, action = request.path_params["event_id"], request.path_params["action"]
        rv = self.reviewer
        if action == "verify":
            rv.verify([event_id])
        elif action == "reject":
            rv.reject([event_id], _text(body.get("reason")))
        elif action == "unverify":
            rv.unverify([event_id])
        elif action == "move":
            rv.move(event_id, place=_text(body.get("place")), at=_at(body.get("at")),
                    precision=_precision(body.get("precision")))
        elif action == "edit":
            values = body.get("fields")
            if not isinstance(values, dict):
                raise ReviewError("edit needs 'fields', an object of field → value")
            rv.edit(event_id, values)
        elif action == "revert":
            fields = body.get("fields")
            rv.revert(event_id, [str(f) for f in fields] if isinstance(fields, list) else None)
        elif action == "merge":
            rv.merge(event_id, str(body.get("other") or ""))
        elif action == "split":
            rv.split(event_id)
        else:
            raise ReviewError(f"unknown action {action!r}")
        return {"ok": True, "event": rv.detail(event_id) if action != "split" or _alone(rv, event_id) else None}

    def promote(self, request: Request, body: dict[str, Any]) -> dict[str, Any]:
        values = body.get("fields") or {}
        if not isinstance(values, dict):
            raise ReviewError("'fields' must be an object of field → value")
        event_id = self.reviewer.promote(request.path_params["article_id"], place=_text(body.get("place")),
                                         at=_at(body.get("at")), precision=_precision(body.get("precision")),
                                         values=values)
        return {"ok": True, "event_id": event_id}

    def app(self) -> Starlette:
        w = self.wrap
        routes = [
            Route("/", self._root),  # also the login, which must work before the cookie exists
            Route("/static/{name:path}", w(self.static)),
            Route("/api/events", w(self.events)),
            Route("/api/boundaries", w(self.boundaries)),
            Route("/api/events/{event_id}", w(self.event)),
            Route("/api/events/{event_id}/{action}", w(self.decide, changes=True), methods=["POST"]),
            Route("/api/places", w(self.places)),
            Route("/api/candidates", w(self.candidates)),
            Route("/api/candidates/{article_id}/promote", w(self.promote, changes=True), methods=["POST"]),
        ]
        # Compressing pays off over a network only: on this machine it would cost more than it saves.
        middleware = [Middleware(GZipMiddleware, minimum_size=4096, compresslevel=5)] if self.compress else []
        return Starlette(routes=routes, middleware=middleware)

    async def _root(self, request: Request) -> Response:
        if not self._host_ok(request):
            return PlainTextResponse("unknown Host", status_code=400)
        if "token" in request.query_params:
            return self.login(request)
        return await self.wrap(self.page)(request)

    def warm(self) -> None:
        """Prepare the list and the outlines before the URL is given out."""
        self.events(None)  # type: ignore[arg-type]
        self.boundaries(None)  # type: ignore[arg-type]

    def close(self) -> None:
        self.store.close()


def _alone(rv: Reviewer, event_id: str) -> bool:
    try:
        rv.event(event_id)
        return True
    except ReviewError:
        return False


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReviewError(f"{value!r} is not text")
    return value


def _at(value: Any) -> tuple[float, float] | None:
    return None if value in (None, "") else parse_point(str(value))


def _precision(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ReviewError(f"precision {value!r} must be 1, 2 or 3") from None


def serve(store_path: Path, *, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          index_path: Path | None = None, announce: Callable[[str], None] = print) -> None:
    """Run the review app until interrupted; ``announce`` gets its URL once it listens.

    Raises
    ------
    ReviewError
        When ``host`` is not a loopback address and no ``token`` is given, or the port
        cannot be had.
    """
    import uvicorn

    if not is_loopback(host) and not token:
        raise ReviewError(f"--host {host} exposes the review app beyond this machine: give --token too")
    if token is not None and len(token) < 16:
        raise ReviewError("--token must be at least 16 characters")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise ReviewError(f"cannot listen on {host}:{port} ({exc.strerror}); try another --port") from None
    sock.listen(128)  # connections wait in the backlog until the server takes them: the URL works once printed
    bound = sock.getsockname()[1]
    name = f"[{host.strip('[]')}]" if family == socket.AF_INET6 else host
    hosts = {"127.0.0.1", "localhost", "[::1]", name}
    state = ReviewApp(store_path, token=token, index_path=index_path, allowed_hosts=tuple(hosts),
                      compress=not is_loopback(host))
    state.warm()
    server = uvicorn.Server(uvicorn.Config(state.app(), log_level="warning", access_log=False, lifespan="off"))
    announce(f"http://{name}:{bound}/" + (f"?token={token}" if token else ""))
    try:
        server.run(sockets=[sock])  # returns after Ctrl-C or SIGTERM, once requests in hand are answered
    except KeyboardInterrupt:  # uvicorn raises the Ctrl-C it caught again once it has stopped
        pass
    finally:
        state.close()
        sock.close()
