"""The app's icons: line drawings in resources/icons (drawn for ClaimTracker, same licence as the
code), painted in the palette's text colour so they read in light and dark mode alike."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from claimtracker.gui import palette
from claimtracker.resources import RESOURCES

SIZES = (16, 22, 24, 32, 48)
ACTION_ICONS = {
    "import_files": "import-files",
    "import_folder": "import-folder",
    "paste_article": "paste-article",
    "export": "export",
    "undo": "undo",
    "redo": "redo",
    "find": "find",
    "new_claim": "new-claim",
    "save_claim": "save-claim",
    "suggestions": "suggestions",
    "sources": "sources",
    "show_facts": "facts",
}


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "icons" / "claimtracker.svg"))


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = (RESOURCES / "icons" / f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """The named icon in the current scheme's colour."""
    return _icon(name, palette.TEXT)
