"""Every colour the app paints with, in one place.

Sources get their colour from their id, not from the order they appear in: the same source has
the same colour in the reader, the timeline and the charts, from one start to the next. The
colours are Paul Tol's "muted" scheme, chosen to stay apart for colour-blind readers; the
reader uses tints of them, towards the background, so that text stays readable.

Light and dark: the names below hold the light scheme; `use_scheme(dark=True)` swaps the ones
that depend on the background (text, greys, warnings) for their dark counterparts. Code reads
`palette.NAME` when it paints, so a change of the system's scheme shows on the next paint.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from claimtracker.domain.claims import Role
from claimtracker.domain.facts import Stance

ERROR = "#b00020"
UNCERTAIN = "#a15c00"
CONFIRMED = "#2e7d32"
QUIET_TEXT = "#555555"
TEXT = "#000000"
BACKGROUND = "#ffffff"
SUGGESTION = "#5a6b80"
SELECTED_UNDERLINE = "#333333"
QUOTE_BACKGROUND = "#f6f6f6"
QUOTE_BORDER = "#bbbbbb"
BAR = "#4a78b5"
AXIS = "#666666"
GRID = "#e3e3e3"
SAID = "#332288"  # claims a source made itself

_LIGHT = {
    "ERROR": ERROR, "UNCERTAIN": UNCERTAIN, "CONFIRMED": CONFIRMED, "QUIET_TEXT": QUIET_TEXT, "TEXT": TEXT,
    "BACKGROUND": BACKGROUND, "SUGGESTION": SUGGESTION, "SELECTED_UNDERLINE": SELECTED_UNDERLINE,
    "QUOTE_BACKGROUND": QUOTE_BACKGROUND, "QUOTE_BORDER": QUOTE_BORDER, "AXIS": AXIS, "GRID": GRID,
}  # fmt: skip
DARK = {
    "ERROR": "#ff6b81", "UNCERTAIN": "#f0b35a", "CONFIRMED": "#7bc67e", "QUIET_TEXT": "#b0b0b0",
    "TEXT": "#ececec", "BACKGROUND": "#1f1f1f", "SUGGESTION": "#9fb3cc", "SELECTED_UNDERLINE": "#dddddd",
    "QUOTE_BACKGROUND": "#2a2a2a", "QUOTE_BORDER": "#555555", "AXIS": "#a0a0a0", "GRID": "#333333",
}  # fmt: skip
# Qt's own roles in the dark scheme, for platforms without a dark theme of their own.
DARK_QT_ROLES = {
    "Window": "#2b2b2b", "Base": DARK["BACKGROUND"], "AlternateBase": "#262626", "Button": "#353535",
    "WindowText": DARK["TEXT"], "Text": DARK["TEXT"], "ButtonText": DARK["TEXT"], "ToolTipBase": "#3a3a3a",
    "ToolTipText": DARK["TEXT"], "PlaceholderText": DARK["QUIET_TEXT"], "Highlight": "#3d6fb6",
    "HighlightedText": "#ffffff", "Link": "#8ab4f8",
}  # fmt: skip
DARK_DISABLED_TEXT = "#7a7a7a"
SCHEME_NAMES = tuple(_LIGHT)  # the colours that change with the scheme (the style sheet uses them)
dark = False


def use_scheme(dark_scheme: bool) -> None:
    """Paint with the light or the dark colours from now on."""
    global dark
    dark = dark_scheme
    globals().update(DARK if dark_scheme else _LIGHT)
    STANCE_COLOURS.update(_stance_colours())


RELAYED = "#44aa99"  # claims a source passed on

# Paul Tol's muted qualitative scheme (colour-blind safe) and one of his bright blues, ordered so
# that neighbouring entries (sources with neighbouring ids) differ most in hue and lightness.
SOURCE_COLOURS = (
    "#332288",
    "#ddcc77",
    "#44aa99",
    "#cc6677",
    "#117733",
    "#88ccee",
    "#882255",
    "#999933",
    "#4477aa",
    "#aa4499",
)
UNKNOWN_SOURCE = "#bbbbbb"


def source_colour(source_id: int | None) -> QColor:
    """The colour of a source, the same wherever and whenever it is drawn."""
    if source_id is None:
        return QColor(UNKNOWN_SOURCE)
    return QColor(SOURCE_COLOURS[source_id % len(SOURCE_COLOURS)])


def source_tint(source_id: int | None) -> QColor:
    """A tint of the source's colour towards the background, for highlights under text."""
    colour, background = source_colour(source_id), QColor(BACKGROUND)
    share = 0.62
    return QColor(
        round(colour.red() + (background.red() - colour.red()) * share),
        round(colour.green() + (background.green() - colour.green()) * share),
        round(colour.blue() + (background.blue() - colour.blue()) * share),
    )


# A chain link's role (the same hues as the provenance graph's DOT export).
ROLE_COLOURS = {
    Role.ORIGIN: "#ddcc77",
    Role.DOCUMENT: "#88ccee",
    Role.INTERMEDIARY: "#44aa99",
    Role.PUBLISHER: "#cc6677",
}
# A report's stance towards its fact.


def _stance_colours() -> dict[Stance, str]:
    return {Stance.SUPPORTS: CONFIRMED, Stance.CONTRADICTS: ERROR, Stance.RELATED: UNCERTAIN}


STANCE_COLOURS = _stance_colours()


def readable_on(background: QColor) -> str:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.red())
        + 0.7152 * channel(background.green())
        + 0.0722 * channel(background.blue())
    )
    return "#000000" if luminance > 0.179 else "#ffffff"
