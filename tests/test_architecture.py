"""The dependency rules of DESIGN.md, checked on the source."""

import ast
from pathlib import Path

FORUM = Path(__file__).resolve().parent.parent / "forum"
REQUEST_GLOBALS = {"request", "current_user", "session", "flash", "g"}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
    return found


def _modules(pattern: str) -> list[Path]:
    return sorted(FORUM.rglob(pattern))


def test_no_module_imports_another_modules_views():
    for path in _modules("*.py"):
        for module, _names in _imports(path):
            if module.endswith(".views") and path.name != "__init__.py":
                raise AssertionError(f"{path.relative_to(FORUM)} imports {module}")


def test_services_never_touch_the_request():
    for path in _modules("services.py"):
        for module, names in _imports(path):
            assert not (module in ("flask", "flask_login") and REQUEST_GLOBALS & set(names)), path
            assert not module.endswith((".views", ".forms")), (path, module)


def test_models_do_not_import_services_views_or_forms():
    for path in (FORUM / "models").glob("*.py"):
        for module, _ in _imports(path):
            assert not module.endswith((".services", ".views", ".forms")), (path, module)
            assert module not in ("forum.permissions", "forum.content"), (path, module)


def test_models_never_query_or_commit():
    for path in (FORUM / "models").glob("*.py"):
        text = path.read_text()
        assert "session." not in text, path


def test_only_the_content_pipeline_uses_bleach_or_markdown():
    for path in _modules("*.py"):
        if path.name == "content.py" and path.parent == FORUM:
            continue
        for module, _ in _imports(path):
            assert not module.startswith(("bleach", "markdown_it")), path


def test_safe_appears_only_in_the_content_filter():
    for template in (FORUM.parent / "templates").rglob("*.html"):
        assert "|safe" not in template.read_text().replace(" ", ""), template


def test_no_import_cycles_between_domains():
    graph: dict[str, set[str]] = {}
    for path in _modules("*.py"):
        name = ".".join(path.relative_to(FORUM.parent).with_suffix("").parts)
        graph[name.removesuffix(".__init__")] = {m for m, _ in _imports(path) if m.startswith("forum")}

    def visit(node: str, stack: list[str]) -> None:
        if node in stack:
            raise AssertionError(" -> ".join([*stack[stack.index(node) :], node]))
        for dep in graph.get(node, ()):
            if dep != "forum":
                visit(dep, [*stack, node])

    for module in graph:
        if module != "forum":
            visit(module, [])
