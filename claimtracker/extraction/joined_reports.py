"""Two reports joined in one sentence whose second speaker comes last: "The ministry said it had
enough wheat, but the state buyer cancelled two tenders, two traders told Reuters." The traders
report what follows "but", the ministry what comes before it. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import trimmed

# Where a second clause, said by someone else, starts.
_JOINT = re.compile(
    r"[\s\u00a0]*(?:,[\s\u00a0]*(?:but|while|whereas|though|although|mais|tandis[\s\u00a0]+que|alors[\s\u00a0]+que)\b|;)",
    re.IGNORECASE,
)
_SPEAKER_LAST = ("…, X said.", "…, X a déclaré.")


def split_joined(text: str, items: list[Found]) -> None:
    """A report whose content runs back over another report and its joined clause keeps only
    that clause; the report it ran over stops at the joint."""
    for last in items:
        if not last.rule.endswith(_SPEAKER_LAST):
            continue
        for first in items:
            if first is last or not (last.content[0] <= first.speaker[0] < first.cue[0] < last.content[1]):
                continue
            joint = _JOINT.search(text, first.cue[1], last.content[1])
            if joint is None or not first.content[0] < joint.start() <= first.content[1]:
                continue
            last.content = trimmed(text, joint.end(), last.content[1])
            first.content = trimmed(text, first.content[0], joint.start())
