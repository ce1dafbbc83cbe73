"""Every action of the window and its shortcut, declared once, so that a clash shows in one place.

The window creates the actions from this table and connects them to the pages; a test lists
every shortcut and fails on a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False
    # Shortcuts that only make sense where the focus is (Delete, Enter in the claims list).
    widget_only: bool = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


SPECS: dict[str, ActionSpec] = {
    "import_files": ActionSpec(
        "&Import Files…", (StandardKey.Open,), "Import articles: .txt, .md, .html, .pdf, .docx"
    ),
    "import_folder": ActionSpec("Import &Folder…", ("Ctrl+Shift+O",), "Import every article of a folder"),
    "paste_article": ActionSpec(
        "&Paste Article…", ("Ctrl+Shift+V",), "A new article from the text (or web page) on the clipboard"
    ),
    "import_claims": ActionSpec(
        "Import Claim &Sheet…",
        (),
        "Read back a JSON claim sheet exported by ClaimTracker: articles, sources, claims, facts",
    ),
    "export": ActionSpec(
        "&Export Claims…", ("Ctrl+E",), "Export the claims of the current filter: CSV, XLSX, JSON, HTML, PDF"
    ),
    "quit": ActionSpec("&Quit", (StandardKey.Quit,)),
    "undo": ActionSpec("&Undo", (StandardKey.Undo,)),
    # Written out, not StandardKey.Redo: on Linux that already holds Ctrl+Shift+Z, and a key
    # registered twice on one action is "ambiguous" to Qt and does nothing.
    "redo": ActionSpec("&Redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    "find": ActionSpec("&Find in Article…", (StandardKey.Find,)),
    "new_claim": ActionSpec(
        "&New Claim from Selection",
        ("Ctrl+Return", "Ctrl+Enter"),
        "Record the selected text as a claim (Ctrl+Enter)",
    ),
    "save_claim": ActionSpec("&Save Claim", (StandardKey.Save,), "Save the claim being edited (Ctrl+S)"),
    "reanchor": ActionSpec(
        "Anchor Claim to &Selection",
        ("Ctrl+Shift+A",),
        "Move the claim being edited to the text selected in the article (an orphaned claim, say)",
    ),
    "suggestions": ActionSpec(
        "Show &Suggestions",
        ("Ctrl+Shift+G",),
        "Propose attributions found in the article (Enter accepts, Delete rejects)",
        checkable=True,
    ),
    "accept_suggestion": ActionSpec("&Accept Suggestion", ("Return",), widget_only=True),
    "history": ActionSpec("&History…", ("Ctrl+H",), "Who created and changed the claim, and when"),
    "new_fact": ActionSpec(
        "&Fact from Claim…", ("Ctrl+Shift+F",), "A fact in your words, supported by the selected claim"
    ),
    "link_fact": ActionSpec(
        "&Link Claim to Fact…",
        ("Ctrl+Shift+K",),
        "Link the selected claim to a fact: supports, contradicts, related",
    ),
    "delete_claim": ActionSpec(
        "&Delete Claim", (StandardKey.Delete,), "Delete the claim (Ctrl+Z brings it back)", widget_only=True
    ),
    "article_details": ActionSpec(
        "Article &Details…", ("Ctrl+I",), "Title, outlet and publication date of the article"
    ),
    "sources": ActionSpec(
        "Source &Registry", ("Ctrl+Shift+R",), "Every source, its grade, aliases, claims and outlets"
    ),
    "merge_sources": ActionSpec("&Merge Sources…", (), "Fold a duplicate source into another"),
    "show_annotate": ActionSpec("Annotate", ("Ctrl+1",)),
    "show_claims": ActionSpec("Claims Table", ("Ctrl+2",)),
    "show_sources": ActionSpec("Sources", ("Ctrl+3",)),
    "show_timeline": ActionSpec("Timeline", ("Ctrl+4",)),
    "same_fact": ActionSpec(
        "Same &Fact",
        ("A",),
        "Put the claim and the suggested claim in one fact (A in the same-fact list)",
        widget_only=True,
    ),
    "not_same_fact": ActionSpec(
        "&Not the Same Fact",
        ("R",),
        "Never suggest these two claims together again (R in the same-fact list)",
        widget_only=True,
    ),
    "show_facts": ActionSpec("Facts", ("Ctrl+5",)),
    # Each language named in itself; the choice takes effect at the next start.
    "language_system": ActionSpec("Language: as the System", (), checkable=True),
    "language_en": ActionSpec("English", (), checkable=True),
    "language_fr": ActionSpec("Français", (), checkable=True),
    "clear_filter": ActionSpec("&Clear Filter", ("Ctrl+Shift+L",)),
}

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    ("&File", ("import_files", "import_folder", "paste_article", "import_claims", "export", None, "quit")),
    ("&Edit", ("undo", "redo", None, "find")),
    (
        "&Claim",
        (
            "new_claim",
            "save_claim",
            "reanchor",
            "delete_claim",
            "history",
            "new_fact",
            "link_fact",
            "same_fact",
            "not_same_fact",
            "accept_suggestion",
            "suggestions",
        ),
    ),
    ("&Article", ("article_details",)),
    (
        "&View",
        (
            "show_annotate",
            "show_claims",
            "show_sources",
            "show_timeline",
            "show_facts",
            None,
            "clear_filter",
            None,
            "language_system",
            "language_en",
            "language_fr",
        ),
    ),
    ("&Sources", ("sources", "merge_sources")),
)

TOOLBAR = ("import_files", "new_claim", "undo", "redo", "find", "suggestions", "sources")


def create_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per spec, with its translated text, shortcuts and tip."""
    actions = {}
    for name, spec in SPECS.items():
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        action.setCheckable(spec.checkable)
        if spec.widget_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        actions[name] = action
    return actions


def menu_title(text: str) -> str:
    return _tr(text)
