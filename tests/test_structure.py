"""The layers hold: `dhr.core` imports no other app, and no module circles back on itself.

A small walk over the source's import statements (at any depth, so an import
hidden inside a function counts too): the graph of `dhr.*` modules, then its
strongly connected components. Tests are left out; they may import anything.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
DHR = SRC / "dhr"

# Circles found in new code that its authors are to break; remove each once
# gone. Nothing may be added here: a new circle is fixed, not listed.
KNOWN_CIRCLES: list[set[str]] = [
    {"dhr.reports.exports", "dhr.reports.word"},
    {"dhr.reports.checks", "dhr.reports.tasks", "dhr.reports.services"},
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for path in DHR.rglob("*.py")
        if "tests" not in path.parts and "migrations" not in path.parts
    }


def imported_modules(path: Path, module: str, modules: set[str]) -> Iterator[str]:
    """Our modules that `path` imports; `from package import submodule` names the submodule."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = parts[: len(parts) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names]
            yield from (name for name in names if name in modules)
            if any(name not in modules for name in names):
                yield base


def import_graph() -> dict[str, set[str]]:
    modules = source_modules()
    names = set(modules)
    return {
        name: {target for target in imported_modules(path, name, names) if target in names} - {name}
        for name, path in modules.items()
    }


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_walk_sees_a_circle_when_there_is_one() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]


def test_the_walk_sees_imports_inside_functions() -> None:
    graph = import_graph()
    assert "dhr.evidence.importing" in graph["dhr.evidence.tasks"]
    # engine.py: `from . import ner as ner_module` at the top.
    assert "dhr.redaction.ner" in graph["dhr.redaction.engine"]


def test_core_imports_no_other_app() -> None:
    apps = {path.name for path in DHR.iterdir() if (path / "apps.py").exists()} - {"core"}
    leaks = sorted(
        f"{name} imports {target}"
        for name, targets in import_graph().items()
        if name.startswith("dhr.core")
        for target in targets
        if target.split(".")[1] in apps
    )
    assert leaks == []


def test_no_module_imports_itself_through_another() -> None:
    found = [c for c in circles(import_graph()) if not any(c <= k for k in KNOWN_CIRCLES)]
    assert found == []


def test_the_named_circles_are_gone() -> None:
    graph = import_graph()
    for first, second in [
        ("dhr.evidence.services", "dhr.evidence.tasks"),
        ("dhr.schedule.reminders", "dhr.schedule.imr_reminders"),
        ("dhr.redaction.vocabulary", "dhr.redaction.ner"),
    ]:
        component = next((c for c in circles(graph) if first in c), set())
        assert second not in component, f"{first} and {second} import each other"
