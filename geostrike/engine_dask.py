"""The Dask engine: ``geostrike run --engine dask`` processes articles on a Dask cluster.

The client (the ``geostrike run`` process) reads the inputs, cuts them into the same tasks
as ``--jobs`` (:func:`geostrike.pipeline.worker_tasks`) and submits them to the cluster's
workers; it takes the results back in the order of the tasks (:func:`geostrike.pipeline._in_order`)
and stores them itself, in the same batches as with local processes, so the store and the
outputs are byte for byte those of ``--jobs``, and a killed client loses at most the
batch in hand, which the next run processes again. Workers that die have their tasks run
again elsewhere by Dask.

Each worker loads the spaCy model and opens the gazetteer once, in a worker plugin
(:class:`PipelinePlugin`), registered on the workers there are and on those that join later.

Without a scheduler address the engine starts a :class:`distributed.LocalCluster` of worker
processes (one thread each: spaCy holds the GIL) on this machine, listening on 127.0.0.1
only; its dashboard is served when bokeh is installed.

Where the workers find the gazetteer index: the client builds its own first
(:func:`geostrike.geonames_import.ensure_index`). A local cluster opens that same file. The
workers of a remote cluster open the path given with ``--gazetteer`` when there is one (a
path they must see too, such as a shared volume), else their own default
(``$GEOSTRIKE_GAZETTEER`` on the worker, or its user cache), which they build on first use
when it is missing. Either way every worker's index must have the client's fingerprint and
counts (same sources, same GeoNames imports), and the workers must run the client's
version of geostrike; a worker that differs stops the run with an :class:`EngineError`
before anything it made is stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .exceptions import EngineError, GeostrikeError

try:
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin, get_worker
    from distributed.comm.addressing import get_address_host_port
except ModuleNotFoundError as exc:  # the "dask" extra is not installed
    if exc.name not in {"dask", "distributed"}:
        raise
    raise EngineError("--engine dask needs Dask's distributed scheduler, which is not installed: "
                      "pip install 'geostrike[dask]' (on the client and on every worker)") from None

from .gazetteer import Gazetteer
from .geonames_import import ensure_index
from .pipeline import ArticleResult, Batch, Geostrike, _work

log = logging.getLogger(__name__)

#: The plugin's name on the workers is this and a digest of what it loads, so that clients
#: of one cluster that load the same share it, and others do not replace it under them.
PLUGIN_PREFIX = "geostrike-pipeline"
#: Tells the fork server of a local cluster which index to load (:mod:`geostrike._dask_preload`).
PRELOAD_ENV = "GEOSTRIKE_DASK_PRELOAD_INDEX"
#: Seconds a task waits for its worker to load the pipeline (a worker that has just joined).
LOAD_TIMEOUT = 600.0
#: The parts of the index's metadata that must match between the client and every worker.
INDEX_KEYS = ("version", "fingerprint", "places", "names")


def scheduler_address(text: str) -> str:
    """``text`` as a scheduler address: ``HOST:PORT`` gets ``tcp://``.

    Raises
    ------
    ValueError
        When it names no scheme Dask knows, no host or no port.
    """
    address = text.strip() if "://" in text else f"tcp://{text.strip()}"
    try:
        host, port = get_address_host_port(address)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a scheduler address like tcp://HOST:8786 ({exc})") from None
    if not host or not port:
        raise ValueError(f"{text!r} is not a scheduler address like tcp://HOST:8786 (no host or port)")
    return address


def index_identity(index_path: Path) -> dict[str, str]:
    """What must be equal between two processes for them to make the same events: the
    version of geostrike and the gazetteer index's fingerprint and counts."""
    meta = Gazetteer(index_path).meta()
    return {"geostrike": __version__, **{k: meta.get(k, "") for k in INDEX_KEYS}}


class PipelinePlugin(WorkerPlugin):
    """Loads geostrike's pipeline (spaCy model and gazetteer) once on each worker.

    Parameters
    ----------
    index_path : str, optional
        The index the worker opens; without it the worker's default
        (:func:`geostrike.gazetteer.default_index_path`), built there when missing.
    quiet_sigint : bool
        Ignore SIGINT in the worker (a local cluster: a Ctrl-C in the terminal is the
        client's to handle, which then closes its cluster).
    """

    #: Registered once per name (see :data:`PLUGIN_PREFIX`): a second client of the same
    #: settings reuses the pipelines loaded for the first.
    idempotent = True

    def __init__(self, index_path: str | None = None, *, quiet_sigint: bool = False) -> None:
        self.index_path = index_path
        self.quiet_sigint = quiet_sigint
        self.__setstate__(self.__getstate__())

    # Only the settings travel to the workers; what is loaded there stays there.
    def __getstate__(self) -> dict[str, object]:
        return {"index_path": self.index_path, "quiet_sigint": self.quiet_sigint}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.pipeline: Geostrike | None = None
        self.identity: dict[str, str] = {}
        self.error: str | None = None
        self.ready = threading.Event()

    async def setup(self, worker: object) -> None:  # noqa: D102 (WorkerPlugin's)
        if self.quiet_sigint and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        # Off the worker's event loop, which keeps answering the scheduler meanwhile (the
        # gazetteer's SQLite handle may be used from another thread).
        await asyncio.to_thread(self._load)
        if self.pipeline is None:
            raise EngineError(f"cannot load geostrike's pipeline: {self.error}")

    def _load(self) -> None:
        try:
            path = ensure_index(Path(self.index_path) if self.index_path else None, progress=False)
            preloaded = sys.modules.get("geostrike._dask_preload")  # forked with it (a local cluster)
            if preloaded is not None and preloaded.PIPELINE is not None and preloaded.INDEX == str(path):
                self.pipeline = preloaded.PIPELINE
            else:
                self.pipeline = Geostrike(path)
            self.identity = index_identity(path)
        except Exception as exc:  # noqa: BLE001 (told to the client and to each task)
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.ready.set()

    def loaded(self, timeout: float | None = None) -> Geostrike:
        """The pipeline, once loaded (a task that comes first waits for it).

        Raises
        ------
        EngineError
            When it could not be loaded, or was not within ``timeout`` seconds.
        """
        if not self.ready.wait(timeout) or self.pipeline is None:
            raise EngineError(f"this worker cannot load geostrike's pipeline: {self.error or 'still loading'}")
        return self.pipeline


def _process_batch(batch: Batch, plugin_name: str, identity: dict[str, str]) -> list[ArticleResult]:
    """A task on a worker: the results of ``batch``, with the plugin's pipeline."""
    worker = get_worker()
    plugin = worker.plugins.get(plugin_name)
    if not isinstance(plugin, PipelinePlugin):
        raise EngineError(f"Dask worker {worker.address} has no geostrike pipeline plugin")
    pipeline = plugin.loaded(LOAD_TIMEOUT)
    if plugin.identity != identity:
        raise EngineError(f"Dask worker {worker.address} runs another geostrike or gazetteer index than the "
                          f"client: {_difference(plugin.identity, identity)}")
    return _work(batch, pipeline)


def _difference(worker: dict[str, str], client: dict[str, str]) -> str:
    return ", ".join(f"{k} {worker.get(k)!r} there, {client.get(k)!r} here" for k in client if worker.get(k) != client[k])


class DaskEngine:
    """Batches of articles processed on a Dask cluster (a :class:`geostrike.pipeline.Engine`).

    The cluster is reached (or started) on first use, so that a run with nothing new
    starts no workers; :meth:`close` lets it go. A context manager.

    Parameters
    ----------
    scheduler : str, optional
        Address of a running scheduler (``tcp://HOST:8786``; see :func:`scheduler_address`).
        Without it, a local cluster of ``workers`` processes is started.
    workers : int
        Worker processes of the local cluster (one thread each).
    index_path : pathlib.Path, optional
        Gazetteer index (see the module docstring for where workers find theirs).
    on_start : callable, optional
        Called with one line that says where the workers are (and the dashboard).

    Examples
    --------
    >>> from geostrike.pipeline import run  # doctest: +SKIP
    >>> with DaskEngine("tcp://10.0.0.5:8786") as engine:  # doctest: +SKIP
    ...     run([Path("wire/")], Path("output/wire"), engine=engine)
    """

    def __init__(self, scheduler: str | None = None, *, workers: int = 2, index_path: Path | None = None,
                 on_start: Callable[[str], None] | None = None) -> None:
        self.scheduler = scheduler_address(scheduler) if scheduler else None
        self.workers = workers
        self.index_path = index_path
        self.on_start = on_start
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None
        self._identity: dict[str, str] = {}
        self._plugin = ""
        self._run = uuid.uuid4().hex[:8]
        self._count = 0

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the Engine protocol ----------------------------------------------------------
    def slots(self) -> int:
        """Threads of the cluster's workers now (workers may come and go)."""
        client = self.start()
        return sum(client.nthreads().values())

    def submit(self, batch: Batch) -> Callable[[], list[ArticleResult]]:
        """Send ``batch`` to the cluster; the function returned waits for its results."""
        client = self.start()
        self._count += 1
        n = len(batch[0])
        # pure=False: Dask would otherwise hash every article to name the task. The key's
        # prefix names the tasks on the dashboard.
        future = client.submit(_process_batch, batch, self._plugin, self._identity, pure=False,
                               key=f"geostrike-batch-{self._run}-{self._count}")

        def result() -> list[ArticleResult]:
            try:
                return future.result()
            except GeostrikeError:
                raise
            except Exception as exc:  # workers lost, scheduler gone: nothing of the batch is stored
                raise EngineError(f"the Dask cluster failed on a batch of {n} articles "
                                  f"({type(exc).__name__}: {exc}); what was stored before stays stored, "
                                  "and the next run goes on from there") from exc

        return result

    # -- the cluster ------------------------------------------------------------------
    def connect(self) -> None:
        """Reach the scheduler at :attr:`scheduler`, at once (a local cluster waits for
        :meth:`start`): a wrong address fails before anything is read or stored.

        Raises
        ------
        EngineError
            When the scheduler does not answer within Dask's connect timeout
            (``distributed.comm.timeouts.connect``, 30 s unless configured).
        """
        if self.client is not None or self.scheduler is None:
            return
        self._quiet_dask()
        try:
            self.client = Client(self.scheduler)
        except OSError as exc:  # refused, unknown host, timed out
            raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None

    def start(self) -> Client:
        """Reach the scheduler (or start the local cluster) and load the pipeline on its workers.

        Raises
        ------
        EngineError
            When the scheduler cannot be reached, a worker cannot load the pipeline, or a
            worker's geostrike or gazetteer index differs from this process's.
        """
        if self._plugin:
            assert self.client is not None
            return self.client
        t0 = time.perf_counter()
        # Built once here, before any worker opens it.
        local_index = ensure_index(self.index_path)
        self._identity = index_identity(local_index)
        if self.scheduler is None:
            quiet = self._quiet_dask()
            # 127.0.0.1 only: a local cluster has no business on the network. The dashboard
            # needs bokeh, which geostrike does not require; without it the scheduler's
            # HTTP server (health, metrics) takes any free port.
            dashboard = "127.0.0.1:8787" if _has_bokeh() else "127.0.0.1:0"
            with _local_workers(local_index), warnings.catch_warnings():
                # Another cluster's dashboard on 8787: this one takes a free port, which
                # describe() gives.
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=dashboard, silence_logs=quiet)
            self.client = Client(self.cluster)
        self.connect()
        assert self.client is not None
        t1 = time.perf_counter()
        # The local cluster's workers open the client's file; a remote cluster's, the path
        # named by --gazetteer, else their own default.
        worker_index = str(local_index) if self.cluster is not None else (
            str(self.index_path) if self.index_path else None)
        plugin = PipelinePlugin(worker_index, quiet_sigint=self.cluster is not None)
        digest = hashlib.sha256(json.dumps([worker_index, self._identity, plugin.quiet_sigint]).encode()).hexdigest()
        name = f"{PLUGIN_PREFIX}-{digest[:12]}"
        try:
            self.client.register_plugin(plugin, name=name)
            found = self.client.run(_worker_identity, name)
        except Exception as exc:
            self.close()
            raise EngineError(f"a Dask worker cannot load geostrike's pipeline ({type(exc).__name__}: {exc})") from exc
        differ = {addr: ident for addr, ident in found.items() if ident != self._identity}
        if differ:
            self.close()
            raise EngineError("Dask workers with another geostrike or gazetteer index than the client: " + "; ".join(
                f"{addr}: {_difference(ident, self._identity)}" for addr, ident in sorted(differ.items())))
        if not found:
            log.warning("the Dask cluster at %s has no workers yet: tasks wait for one", self.scheduler)
        self._plugin = name
        log.info("dask: %s in %.1f s, pipeline loaded on its workers in %.1f s",
                 "local cluster started" if self.cluster is not None else "scheduler reached", t1 - t0,
                 time.perf_counter() - t1)
        if self.on_start is not None:
            self.on_start(self.describe())
        return self.client

    @staticmethod
    def _quiet_dask() -> int:
        """Dask's own log (cluster start and stop, connections) only with ``geostrike -vv``."""
        level = logging.WARNING if logging.getLogger("geostrike").getEffectiveLevel() > logging.DEBUG else logging.INFO
        logging.getLogger("distributed").setLevel(level)
        return level

    def describe(self) -> str:
        """One line: the scheduler, its workers and threads, and the dashboard when served."""
        assert self.client is not None
        nthreads = self.client.nthreads()
        where = "local cluster" if self.cluster is not None else "cluster"
        line = (f"dask: {where} at {self.client.scheduler.address}, {len(nthreads)} workers, "
                f"{sum(nthreads.values())} threads")
        link = self.dashboard_link
        return line + (f"; dashboard {link}" if link else "")

    @property
    def dashboard_link(self) -> str | None:
        """The dashboard's address, when the scheduler can draw one (bokeh is installed there)."""
        if self.client is None:
            return None
        try:
            served = self.client.scheduler_info().get("services", {}).get("dashboard")
            return self.client.dashboard_link if served and self.client.run_on_scheduler(_has_bokeh) else None
        except Exception:  # noqa: BLE001 (a scheduler gone: no link to give)
            return None

    def close(self) -> None:
        """Let the cluster go (a local one stops); the engine may be started again."""
        client, cluster = self.client, self.cluster
        self.client = self.cluster = None
        self._plugin = ""
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


async def _worker_identity(name: str, dask_worker: object) -> dict[str, str]:
    """On a worker (``Client.run``): the identity of its loaded pipeline, or why there is none."""
    plugin = dask_worker.plugins.get(name)  # type: ignore[attr-defined]
    if not isinstance(plugin, PipelinePlugin):
        return {"geostrike": "no pipeline plugin"}
    try:
        await asyncio.to_thread(plugin.loaded, LOAD_TIMEOUT)  # a worker that has just joined
    except EngineError as exc:
        return {"geostrike": str(exc)}
    return plugin.identity


@contextmanager
def _local_workers(index_path: Path) -> Iterator[None]:
    """How the workers of a local cluster started meanwhile are made.

    They fork from a fork server that has loaded the pipeline (:mod:`geostrike._dask_preload`),
    rather than each starting a new interpreter that imports spaCy and loads the model
    (Dask's default, "spawn"), so they start in about the time ``--jobs`` workers do. The
    fork server is single-threaded, so forking it is safe, unlike forking this process and
    its event-loop threads. Where there is no fork server (not on Linux or macOS), or it has
    already started, the workers load their own.

    They also go without the ``MALLOC_TRIM_THRESHOLD_`` Dask sets for its workers: it gives
    memory back to the system sooner, but spaCy's many short-lived arrays then cost page
    faults, and geostrike's workers took about 10 % more CPU time per article with it. And
    their event loops wake less often: Dask's statistical profiler (the dashboard's Profile
    page) samples the task's stack every 10 ms and the loop's tick runs every 20 ms, and
    each wake takes the GIL from the task's thread, which costs most on a loaded machine.
    """
    environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items()
               if k != "MALLOC_TRIM_THRESHOLD_"}
    settings: dict[str, object] = {"distributed.nanny.pre-spawn-environ": environ,
                                   "distributed.worker.profile.enabled": False,
                                   "distributed.admin.tick.interval": "500ms"}
    fork_server = "forkserver" in multiprocessing.get_all_start_methods()
    if fork_server:
        settings["distributed.worker.multiprocessing-method"] = "forkserver"
    previous = os.environ.get(PRELOAD_ENV)
    os.environ[PRELOAD_ENV] = str(index_path)  # read by the fork server as it starts
    try:
        with dask.config.set(settings):
            if fork_server:
                from distributed.utils import get_mp_context

                get_mp_context().set_forkserver_preload(["distributed", "geostrike._dask_preload"])
            yield
    finally:
        if previous is None:
            os.environ.pop(PRELOAD_ENV, None)
        else:
            os.environ[PRELOAD_ENV] = previous


def _has_bokeh() -> bool:
    """Whether this process (the scheduler's, with ``Client.run_on_scheduler``) can draw the dashboard."""
    return importlib.util.find_spec("bokeh") is not None
