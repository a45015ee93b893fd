"""``geostrike run --engine dask``: a Dask cluster gives the outputs of ``--jobs`` byte for byte.

Real Dask clusters on 127.0.0.1 (a ``LocalCluster`` of two worker processes, started by
geostrike or by the test), the real model and gazetteer; nothing is mocked. The corpus is
the project's event corpus (``evaluation/events``: 464 reports) and the examples, enough
for several tasks and store batches.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = [REPO / "examples", REPO / "evaluation" / "events" / "dev.jsonl", REPO / "evaluation" / "events" / "test.jsonl"]
OUTPUTS = ("events.geojson", "events.csv")


def require_dask() -> None:
    """Skip (or fail under CI) without Dask's distributed scheduler (the ``dask`` extra)."""
    if importlib.util.find_spec("distributed") is None:
        message = "the Dask tests need the dask extra: pip install -e '.[dask]'"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def geostrike(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geostrike", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=900)


def run_into(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    proc = geostrike("run", *map(str, CORPUS), "-o", str(out), *options)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def jobs_two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of ``geostrike run --jobs 2`` on the corpus."""
    out = tmp_path_factory.mktemp("jobs2")
    run_into(out, "--jobs", "2")
    features = (out / "events.geojson").read_text(encoding="utf-8").count('"Feature"')
    assert features > 300  # a corpus that makes events, merged across articles
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_local_cluster_equals_jobs_two(tmp_path, jobs_two):
    require_dask()
    out = tmp_path / "dask"
    proc = run_into(out, "--engine", "dask", "--jobs", "2")
    assert "dask: local cluster at tcp://127.0.0.1:" in proc.stderr and "2 workers, 2 threads" in proc.stderr
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (jobs_two / name).read_bytes(), name
    # A second run finds everything stored and starts no cluster.
    again = geostrike("run", *map(str, CORPUS), "-o", str(out), "--engine", "dask", "--jobs", "2")
    assert again.returncode == 0, again.stderr
    assert "dask:" not in again.stderr and "0 events new" in again.stdout


@pytest.mark.slow
def test_a_cluster_named_by_its_scheduler(tmp_path, jobs_two):
    require_dask()
    from distributed import Client, LocalCluster

    from geostrike.engine_dask import PLUGIN_PREFIX

    # A cluster of its own (as an operator would start one), which geostrike only joins.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        out = tmp_path / "remote"
        proc = run_into(out, "--engine", "dask", "--scheduler", cluster.scheduler_address)
        assert f"dask: cluster at {cluster.scheduler_address}, 2 workers" in proc.stderr
        for name in OUTPUTS:
            assert (out / name).read_bytes() == (jobs_two / name).read_bytes(), name
        # Every worker of this cluster loaded geostrike's pipeline, and its tasks ran here.
        loaded = client.run(lambda dask_worker: sorted(k for k in dask_worker.plugins if k.startswith(PLUGIN_PREFIX)))
        assert len(loaded) == 2 and all(len(names) == 1 for names in loaded.values())
        prefixes = cluster.scheduler.task_prefixes
        assert "geostrike-batch" in prefixes
        assert prefixes["geostrike-batch"].state_counts["memory"] >= 8  # tasks done: several batches


@pytest.mark.slow
def test_the_library_engine_and_its_dashboard(gs):
    """DaskEngine in-process: results in input order, and the dashboard when bokeh is there."""
    require_dask()
    from geostrike.engine_dask import DaskEngine
    from geostrike.pipeline import process_articles
    from geostrike.read import read_articles

    articles = list(read_articles(CORPUS[:2]))
    lines: list[str] = []
    with DaskEngine(workers=1, on_start=lines.append) as engine:
        results = list(process_articles(articles, engine=engine))
        link = engine.dashboard_link
        if importlib.util.find_spec("bokeh") is not None:
            assert link and link.startswith("http://127.0.0.1:")
            with urllib.request.urlopen(link, timeout=30) as page:  # the scheduler's, on 127.0.0.1
                assert page.status == 200 and b"Dask" in page.read()
        else:
            assert link is None
    assert len(lines) == 1 and "1 workers, 1 threads" in lines[0]
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert [r.events for r in results] == [r.events for r in gs.process(articles, isolate=True)]


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    require_dask()
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    out = tmp_path / "out"
    proc = geostrike("run", str(REPO / "examples"), "-o", str(out), "--engine", "dask", "--scheduler", address,
                     env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"})
    assert proc.returncode == 1
    assert f"Error: cannot reach the Dask scheduler at {address}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()  # failed before anything was read or stored


def test_bad_scheduler_options_are_usage_errors(tmp_path):
    require_dask()
    cases = {("--engine", "dask", "--scheduler", "udp://127.0.0.1:8786"): "not a scheduler address",
             ("--engine", "dask", "--scheduler", "tcp://127.0.0.1"): "not a scheduler address",
             ("--scheduler", "tcp://127.0.0.1:8786"): "--scheduler is for --engine dask",
             ("--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"): "--jobs sets the workers"}
    for options, message in cases.items():
        proc = geostrike("run", str(REPO / "examples"), "-o", str(tmp_path / "out"), *options)
        assert proc.returncode == 2, (options, proc.stderr)
        assert message in proc.stderr, (options, proc.stderr)
    assert not (tmp_path / "out").exists()


def test_without_dask_the_engine_says_what_to_install(tmp_path):
    """A Python where ``distributed`` cannot be imported (as without the dask extra)."""
    code = ("import sys; sys.modules['distributed'] = None\n"  # makes 'import distributed' fail
            "from geostrike.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", code, "run", str(REPO / "examples"), "-o", str(tmp_path / "out"),
                           "--engine", "dask"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "--engine dask needs Dask's distributed scheduler" in proc.stderr
    assert "pip install 'geostrike[dask]'" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()
