"""Who was told, right after "told": a name or a medium, past a day's edition of a paper ("told
Sunday's edition of the Observer" is the Observer's). No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.reporting_words import WEEKDAYS_EN
from claimtracker.extraction.told_whom import noun_phrase_after

# A day's edition before the paper: "Sunday's edition of the Observer", "Sunday's Observer".
_DAYS_EDITION = re.compile(
    rf"[\s\u00a0]+(?i:{WEEKDAYS_EN})['’]s[\s\u00a0]+(?:(?:edition|issue)[\s\u00a0]+of[\s\u00a0]+)?(?=\S)"
)


def named_after_told(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase told, past a day's edition when a paper follows it ("Sunday's meeting" stays whole)."""
    edition = _DAYS_EDITION.match(text, start, end)
    return (edition and noun_phrase_after(text, edition.end() - 1, end)) or noun_phrase_after(
        text, start, end
    )
