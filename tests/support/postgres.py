"""A throw-away PostgreSQL + PostGIS server for the tests and benchmarks (not collected).

:class:`Cluster` runs Debian's ``initdb`` and ``pg_ctl`` (``/usr/lib/postgresql/VERSION/bin``)
on a data folder under a new temporary folder, and starts the server on a free port of
127.0.0.1 (and a Unix socket in the same folder): nothing outside that folder is touched,
and :meth:`Cluster.stop` removes it. ``initdb`` refuses to run as root, so when the tests
run as root (as here and in CI) the server runs as Debian's ``postgres`` user, which owns
the folder. :meth:`Cluster.new_database` makes a database with ``CREATE EXTENSION postgis``
(copied from a template that has it, which takes a fraction of a second).

A missing server or PostGIS skips the tests, or fails them when ``CI=true``, naming the
Debian packages to install.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import pytest

INSTALL = "apt-get install -y postgresql postgresql-15-postgis-3"
TEMPLATE = "geostrike_template"


def _unavailable(what: str) -> NoReturn:
    message = f"the PostGIS store tests need {what}; install with: {INSTALL}"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def server_bin() -> Path | None:
    """The newest ``/usr/lib/postgresql/VERSION/bin`` that has ``initdb`` and PostGIS."""
    found = []
    for bin_dir in Path("/usr/lib/postgresql").glob("*/bin"):
        version = bin_dir.parent.name
        if (bin_dir / "initdb").is_file() and version.isdigit() and \
                Path(f"/usr/share/postgresql/{version}/extension/postgis.control").is_file():
            found.append((int(version), bin_dir))
    return max(found)[1] if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A PostgreSQL server of its own, started by :meth:`start` and removed by :meth:`stop`.

    Parameters
    ----------
    settings : dict, optional
        Server settings (``postgresql.conf`` names) given to ``postgres -c``.
    """

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.bin = server_bin()
        self.settings = settings or {}
        self.folder: Path | None = None
        self.port = 0
        self._user: dict[str, Any] = {}
        self._n = 0

    @property
    def data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        """The ``postgresql://`` URL of ``database`` on this server (over TCP)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True, check=check,
                              **self._user)

    def start(self) -> Cluster:
        """``initdb`` and start the server; skips or fails (CI) when no server is installed."""
        if self.bin is None:
            _unavailable("PostgreSQL's initdb and the PostGIS extension")
        self.folder = Path(tempfile.mkdtemp(prefix="geostrike-pg-"))
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                _unavailable("the 'postgres' user that Debian's postgresql package creates")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self._user = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": [], "cwd": self.folder}
        try:
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
            self.port = _free_port()
            options = [f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-k {self.folder}",
                       *(f"-c {k}={v}" for k, v in self.settings.items())]
            self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l",
                      str(self.folder / "server.log"), "-o", " ".join(options))
            self.sql("postgres", f"CREATE DATABASE {TEMPLATE}")
            self.sql(TEMPLATE, "CREATE EXTENSION postgis")
        except subprocess.CalledProcessError as exc:
            log = self.folder / "server.log"
            self.stop()
            raise RuntimeError(f"cannot start a PostgreSQL server: {exc.stderr or exc.stdout}"
                               + (log.read_text() if log.is_file() else "")) from exc
        return self

    def sql(self, database: str, statement: str) -> str:
        """Run one statement with ``psql`` as the superuser; its output, unaligned."""
        proc = self._run("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                         "-p", str(self.port), "-U", "postgres", "-d", database, "-c", statement)
        return proc.stdout.strip()

    def new_database(self, postgis: bool = True) -> str:
        """A new, empty database (with PostGIS unless ``postgis`` is false); its URL."""
        self._n += 1
        name = f"geostrike_{self._n}"
        self.sql("postgres", f"CREATE DATABASE {name} TEMPLATE {TEMPLATE if postgis else 'template0'}")
        return self.url(name)

    def stop(self) -> None:
        """Stop the server at once and remove its folder."""
        if self.folder is None:
            return
        if (self.data / "postmaster.pid").is_file():
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
