"""The import contract of ``geostrike/``: no circles, and imports only point down the layers.

Every ``import`` of a geostrike module counts, at module level or inside a function (a lazy
import is still a dependency); imports under ``if TYPE_CHECKING:`` count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "geostrike"

#: Layers, top first: a module may import modules of its own layer or of layers below.
LAYERS: list[set[str]] = [
    {"__main__", "cli", "cli_options", "cli_review"},
    {"engine_dask", "_dask_preload"},
    {"pipeline", "evaluate", "evaluate_events", "review_app"},
    {"stores", "store", "store_pg", "export", "render", "feeds", "read", "decoding", "language", "assets"},
    {"recognize", "resolve", "events", "merge", "attributes", "rules", "dates", "geocoder",
     "review"},
    {"geonames_import"},
    {"gazetteer_build"},
    {"gazetteer", "geo"},
    {"models", "lexicon", "exceptions", "normalize", "ua_names", "attribute_ruler", "__init__"},
]

def graph() -> dict[str, set[str]]:
    """Module name → the geostrike modules it imports."""
    out: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        name = path.stem
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    deps.add(node.module.split(".")[0])
                else:
                    deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("geostrike."):
                deps.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                deps.update(a.name.split(".")[1] for a in node.names if a.name.startswith("geostrike."))
        out[name] = {d for d in deps if (PACKAGE / f"{d}.py").is_file() and d != name}
    return out


def layer_of(module: str) -> int:
    for i, layer in enumerate(LAYERS):
        if module in layer:
            return i
    raise AssertionError(f"geostrike/{module}.py is in no layer of tests/test_layers.py: add it to one")


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """The import circles (strongly connected components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def test_no_import_circles():
    assert cycles(graph()) == []


def test_imports_point_down_the_layers():
    wrong = [f"{m} (layer {layer_of(m)}) imports {d} (layer {layer_of(d)})"
             for m, deps in graph().items() for d in sorted(deps)
             if layer_of(d) < layer_of(m)]
    assert wrong == []


def test_the_reading_gazetteer_never_builds():
    g = graph()
    assert not g["gazetteer"] & {"gazetteer_build", "geonames_import"}
    assert "gazetteer" in g["gazetteer_build"] and "gazetteer_build" in g["geonames_import"]
