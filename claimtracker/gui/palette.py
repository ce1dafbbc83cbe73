"""Every colour the app paints with, in one place.

Sources get their colour from their id, not from the order they appear in: the same source has
the same colour in the reader, the timeline and the charts, from one start to the next. The
colours are Paul Tol's "muted" scheme, chosen to stay apart for colour-blind readers; the
reader uses light tints of them so that black text stays readable.
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
    """A light tint of the source's colour, for highlights under black text."""
    colour = source_colour(source_id)
    white = 0.62
    return QColor(
        round(colour.red() + (255 - colour.red()) * white),
        round(colour.green() + (255 - colour.green()) * white),
        round(colour.blue() + (255 - colour.blue()) * white),
    )


# A chain link's role (the same hues as the provenance graph's DOT export).
ROLE_COLOURS = {
    Role.ORIGIN: "#ddcc77",
    Role.DOCUMENT: "#88ccee",
    Role.INTERMEDIARY: "#44aa99",
    Role.PUBLISHER: "#cc6677",
}
# A report's stance towards its fact.
STANCE_COLOURS = {Stance.SUPPORTS: CONFIRMED, Stance.CONTRADICTS: ERROR, Stance.RELATED: UNCERTAIN}


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
