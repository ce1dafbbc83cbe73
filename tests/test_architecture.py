"""The layers hold: inner layers never import Qt, and the faces (CLI, GUI) reach storage only
through the Library, except to open a database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimtracker"
QT_FREE = ("domain", "storage", "importing", "extraction", "exporting")
ALLOWED_STORAGE = {"claimtracker.storage.database"}


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at top level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules_of(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (PACKAGE / part).rglob("*.py")) if parts else []


@pytest.mark.parametrize("layer", QT_FREE)
def test_inner_layers_never_import_qt(layer):
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in imported_modules(path) if m.startswith("PySide6"))
        for path in modules_of(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("module", ["library.py", "fact_suggestions.py"])
def test_application_layer_holds_no_sql_and_no_qt(module):
    modules = imported_modules(PACKAGE / module)
    assert not {m for m in modules if m.startswith(("sqlalchemy", "PySide6"))}


def test_cli_and_gui_reach_storage_only_to_open_a_database():
    faces = [PACKAGE / "cli.py", *modules_of("gui")]
    offenders = {}
    for path in faces:
        storage = {
            m
            for m in imported_modules(path)
            if m.startswith("claimtracker.storage")
            and m not in ALLOWED_STORAGE
            and not _names_in(m, ALLOWED_STORAGE)
        }
        sql = {
            m
            for m in imported_modules(path)
            if m.startswith("sqlalchemy") and m != "sqlalchemy.engine.make_url"
        }
        if storage or sql:
            offenders[str(path.relative_to(PACKAGE))] = sorted(storage | sql)
    assert offenders == {}


def _names_in(module: str, allowed: set[str]) -> bool:
    """`claimtracker.storage.database.Database` is a name imported from an allowed module."""
    return module.rpartition(".")[0] in allowed


def test_no_gui_module_is_over_400_lines():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in modules_of("gui")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
