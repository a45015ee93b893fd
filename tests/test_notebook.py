"""``notebooks/quickstart.ipynb`` runs from top to bottom, so that it cannot rot.

The notebook is executed with nbclient in a kernel started from the interpreter that runs
pytest (a temporary ``python3`` kernelspec pointing at ``sys.executable``, found first
through ``JUPYTER_PATH``), with ``notebooks/`` as its working directory, as when an analyst
opens it. Nothing is mocked: it runs the real pipeline on ``examples/``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "quickstart.ipynb"
CHECK_MARK = "GEOSTRIKE-NOTEBOOK-CHECK "

pytestmark = pytest.mark.slow


def _require(module: str):
    """Import ``module``; skip when it is missing, or fail when ``CI=true``."""
    try:
        return __import__(module)
    except ImportError:
        message = f"{module} is missing: pip install -e '.[test]'"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory):
    """The notebook after a run, plus the facts the check cell appended to it reports."""
    nbformat = _require("nbformat")
    _require("ipykernel")
    nbclient = _require("nbclient")

    # A kernelspec named python3 that runs this very interpreter; JUPYTER_PATH comes
    # before the user's and the environment's kernel folders.
    jupyter_dir = tmp_path_factory.mktemp("jupyter")
    spec_dir = jupyter_dir / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (pytest)", "language": "python",
    }), encoding="utf-8")

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # Appended in memory only: what the test compares the written GeoJSON file with.
    nb.cells.append(nbformat.v4.new_code_cell(
        "import json as _json, sys as _sys\n"
        f"print({CHECK_MARK!r} + _json.dumps({{'events': len(events), 'geojson': str(geojson_path),"
        " 'python': _sys.executable}))"))

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", os.pathsep.join(filter(None, [str(jupyter_dir), os.environ.get("JUPYTER_PATH")])))
        mp.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        client = nbclient.NotebookClient(
            nb, kernel_name="python3", timeout=600, allow_errors=False,
            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()

    check = next(o["text"] for o in nb.cells[-1].outputs if o.get("name") == "stdout")
    facts = json.loads(check.split(CHECK_MARK, 1)[1])
    return nb, facts


def _cell(nb, cell_id: str):
    return next(c for c in nb.cells if c.get("id") == cell_id)


def _text(cell) -> str:
    parts = []
    for out in cell.outputs:
        parts.append(out.get("text", ""))
        data = out.get("data", {})
        parts.extend(str(data.get(kind, "")) for kind in ("text/plain", "text/html"))
    return "\n".join(parts)


def test_stored_without_outputs() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


def test_every_cell_runs(executed) -> None:
    nb, facts = executed
    assert Path(facts["python"]).resolve() == Path(sys.executable).resolve()
    errors = [(c.get("id"), o.get("ename")) for c in nb.cells if c.cell_type == "code"
              for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


def test_spatial_join_names_regions(executed) -> None:
    nb, _ = executed
    text = _text(_cell(nb, "spatial-join"))
    # The examples report strikes on Kharkiv (twice) and on the Ryazan refinery.
    assert "Kharkiv Oblast" in text
    assert "Ryazan Oblast" in text


def test_chart_is_drawn(executed) -> None:
    nb, _ = executed
    assert any("image/png" in o.get("data", {}) for o in _cell(nb, "time").outputs)


def test_map_is_shown_inline(executed) -> None:
    nb, _ = executed
    html = "".join(o.get("data", {}).get("text/html", "") for o in _cell(nb, "map").outputs)
    assert "leaflet" in html.lower()


def test_geojson_has_every_event(executed) -> None:
    _, facts = executed
    assert facts["events"] > 0
    collection = json.loads(Path(facts["geojson"]).read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == facts["events"]
