"""Keep the French translation in step with the code, then build it.

    .venv/bin/python resources/translations/update.py

Reads every string the interface marks for translation (`self.tr("…")` in a class,
`QCoreApplication.translate("Context", "…")`, `QT_TRANSLATE_NOOP("Context", "…")`, the actions'
`_tr("…")` and the domain's `translated("Context", "…")`), keeps the translations already in
claimtracker_fr.ts, lists new strings as unfinished, and compiles claimtracker_fr.qm with
pyside6-lrelease. A string no longer in the code leaves the file.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "claimtracker"
TS = HERE / "claimtracker_fr.ts"
EXPLICIT = {"translate": 0, "QT_TRANSLATE_NOOP": 0, "translated": 0}  # function -> index of the context
IMPLICIT = {"_tr": "Actions", "_role": "Roles"}  # helpers that translate in a fixed context


def marked_strings() -> dict[tuple[str, str], str]:
    """(context, source) -> 'file:line' of its first use."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for klass, call in _calls(tree):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            args = call.args
            if name == "tr" and klass and args and _literal(args[0]) is not None:
                found.setdefault((klass, _literal(args[0])), f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
            elif name in EXPLICIT and len(args) >= 2 and _literal(args[0]) and _literal(args[1]) is not None:
                found.setdefault((_literal(args[0]), _literal(args[1])), f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
            elif name == "ActionSpec":  # actions.py: the text and the tip, translated by create_actions
                for index in (0, 2):
                    if len(args) > index and _literal(args[index]):
                        found.setdefault(("Actions", _literal(args[index])), f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
            elif name in IMPLICIT and args and _literal(args[0]) is not None:
                found.setdefault((IMPLICIT[name], _literal(args[0])), f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    return found


def enum_values() -> dict[tuple[str, str], str]:
    """Values of the enums the interface shows by name (translated in the enum's name)."""
    sys.path.insert(0, str(PACKAGE.parent))
    from claimtracker.domain.claims import Role
    from claimtracker.domain.facts import DerivedStatus, Stance

    from claimtracker.domain import sources

    found = {(enum.__name__, member.value): "claimtracker/domain" for enum in (DerivedStatus, Stance, Role) for member in enum}
    labels = sources._RELIABILITY_LABELS.values()  # the domain's words, translated through its translator
    found.update({("Reliability", label): "claimtracker/domain/sources.py" for label in labels})
    found.update({("Credibility", text): "claimtracker/domain/sources.py" for text in sources.CREDIBILITY_MEANINGS.values()})
    return found


def menu_titles() -> dict[tuple[str, str], str]:
    tree = ast.parse((PACKAGE / "gui" / "actions.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(getattr(t, "id", "") == "MENUS" for t in targets):
            return {("Actions", element.elts[0].value): "claimtracker/gui/actions.py:1" for element in node.value.elts}  # type: ignore[attr-defined]
    return {}


def _calls(tree: ast.AST, klass: str = ""):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.ClassDef):
            yield from _calls(node, node.name)
            continue
        if isinstance(node, ast.Call):
            yield klass, node
        yield from _calls(node, klass)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def existing() -> dict[tuple[str, str], str]:
    if not TS.exists():
        return {}
    kept = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                kept[(name, message.findtext("source", ""))] = translation.text
    return kept


def write(strings: dict[tuple[str, str], str], translations: dict[tuple[str, str], str]) -> int:
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    missing = 0
    for context in sorted({c for c, _s in strings}):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for (ctx, source), where in sorted(strings.items()):
            if ctx != context:
                continue
            message = ET.SubElement(element, "message")
            file, _sep, line = where.partition(":")
            ET.SubElement(message, "location", filename=f"../../{file}", line=line or "0")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if (ctx, source) in translations:
                translation.text = translations[(ctx, source)]
            else:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main() -> None:
    strings = {**enum_values(), **menu_titles(), **marked_strings()}
    missing = write(strings, existing())
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    print(f"{len(strings)} strings, {missing} without a French translation")


if __name__ == "__main__":
    main()
