"""Light or dark, as the system says (Qt 6.5+) unless the analyst chose: the palette's colours,
the style sheet filled in from them, and every window repainted when the system switches."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from claimtracker.gui import palette
from claimtracker.resources import RESOURCES

SCHEME_VARIABLE = "CLAIMTRACKER_SCHEME"  # light | dark | system (the default)


def apply_theme(app: QApplication, choice: str = "") -> None:
    """Use the chosen scheme ("light", "dark"), or the system's, and follow the system's changes."""
    choice = choice or os.environ.get(SCHEME_VARIABLE, "system")
    hints = app.styleHints()
    if choice in ("light", "dark"):
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
        if choice == "dark" and hints.colorScheme() != Qt.ColorScheme.Dark:
            # The platform has no dark theme of its own (offscreen, some X11 desktops): Fusion's.
            app.setStyle("Fusion")
            app.setPalette(_dark_palette())
    _use(app, choice)
    hints.colorSchemeChanged.connect(lambda _scheme: _use(app, choice))  # called once per application


def _use(app: QApplication, chosen: str) -> None:
    palette.use_scheme(
        chosen == "dark" or (chosen == "system" and app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    )
    app.setStyleSheet(style_sheet())
    for widget in app.topLevelWidgets():
        widget.update()


def _dark_palette() -> QPalette:
    dark = QPalette()
    for role, colour in palette.DARK_QT_ROLES.items():
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.DARK_DISABLED_TEXT))
    return dark


def style_sheet() -> str:
    """resources/style.qss with the palette's colours in place of their names."""
    text = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    for name in palette.SCHEME_NAMES:
        text = text.replace("{" + name + "}", getattr(palette, name))
    return text
