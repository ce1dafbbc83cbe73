"""An interviewer or a show named where the medium would be: « au micro de Léa Salamé, sur France
Inter ». The station named after it passes the words on. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import MONTHS_FR, PLATFORMS, WEEKDAYS_FR

# The station after the interviewer: ", sur France Inter", « dans la matinale de RTL » (not « sur Facebook »).
_MEDIUM_NEXT = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]+(?:sur|dans[\s\u00a0]+la[\s\u00a0]+matinale[\s\u00a0]+d(?:e|u|['’]))[\s\u00a0]*"
    rf"(?!(?i:{WEEKDAYS_FR}|{MONTHS_FR}|{PLATFORMS})\b)"
    r"(?P<by>(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?(?-i:[A-ZÀ-Ý])[\w'’.&-]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý0-9])[\w'’.&-]*){0,3})"
)


def past_the_interviewer(text: str, by: tuple[int, int], end: int) -> tuple[int, int]:
    """`by`, or the station named right after it: « au micro de Léa Salamé, sur France Inter » is
    France Inter's (a host or a show, then the station)."""
    by = trimmed(text, *by)
    medium = _MEDIUM_NEXT.match(text, by[1], end)
    return trimmed(text, *medium.span("by")) if medium else by
