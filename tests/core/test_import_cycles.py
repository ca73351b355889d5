"""No module of the console imports itself round a loop: every import, at module level, in a
function, points down the layers (import-linter's graph, grimp). Imports made only for the type
checker (under ``TYPE_CHECKING``) name a type for an annotation and run nothing, so they may
point back up (``PanelContext.services`` is a ``Services``)."""

from __future__ import annotations

import grimp

PACKAGE = "ioc_console"


def ours(module: str) -> bool:
    return module == PACKAGE or module.startswith(PACKAGE + ".")


def imported_by(graph: grimp.ImportGraph, module: str) -> list[str]:
    return sorted(m for m in graph.find_modules_directly_imported_by(module) if ours(m))


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if ours(m))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(imported_by(graph, root)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(imported_by(graph, child))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def describe(graph: grimp.ImportGraph, group: list[str]) -> str:
    lines = []
    for importer in group:
        for imported in imported_by(graph, importer):
            if imported in group:
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    lines.append(f"  {importer}:{detail['line_number']} {detail['line_contents']}")
    return "\n".join(lines)


def test_no_module_of_the_console_imports_itself_round_a_loop():
    graph = grimp.build_graph(PACKAGE, cache_dir=None, exclude_type_checking_imports=True)
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n\n".join(describe(graph, g) for g in found)


def test_the_cycle_finder_finds_a_loop():
    graph = grimp.ImportGraph()
    for name in ("ioc_console.a", "ioc_console.b", "ioc_console.c", "ioc_console.d"):
        graph.add_module(name)
    graph.add_import(importer="ioc_console.a", imported="ioc_console.b")
    graph.add_import(importer="ioc_console.b", imported="ioc_console.c")
    graph.add_import(importer="ioc_console.c", imported="ioc_console.a")
    graph.add_import(importer="ioc_console.c", imported="ioc_console.d")
    assert cycles(graph) == [["ioc_console.a", "ioc_console.b", "ioc_console.c"]]
