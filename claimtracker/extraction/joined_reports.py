"""Two reports joined in one sentence whose second speaker comes last: "The ministry said it had
enough wheat, but the state buyer cancelled two tenders, two traders told Reuters." The traders
report what follows "but", the ministry what comes before it. No Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import PRONOUNS
from claimtracker.extraction.suggestion import Suggestion

# Where a second clause, said by someone else, starts.
_JOINT = re.compile(
    r"[\s\u00a0]*(?:,[\s\u00a0]*(?:but|whilst|while|whereas|though|although|mais|tandis[\s\u00a0]+que|alors[\s\u00a0]+que)\b|;)",
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


# A report joined to the one before by a conjunction and a pronoun: the same telling goes on.
_SAME_SPEAKER_GOES_ON = re.compile(
    r"[\s\u00a0]*[,;]?[\s\u00a0]*(?:and|but|although|though|whilst|while|et|mais)[\s\u00a0]+$", re.IGNORECASE
)


def same_telling(text: str, suggestions: list[Suggestion]) -> list[Suggestion]:
    """ "She told Newsnight that A, although she agreed B": B went through Newsnight too."""
    done: list[Suggestion] = []
    for suggestion in suggestions:
        before = done[-1] if done else None
        if (
            before is not None
            and before.intermediary is not None
            and suggestion.intermediary is None
            and before.content.end <= suggestion.speaker.start
            and _SAME_SPEAKER_GOES_ON.fullmatch(text, before.content.end, suggestion.speaker.start)
            and _same_speaker(text, before, suggestion)
        ):
            suggestion = replace(suggestion, intermediary=before.intermediary)
        done.append(suggestion)
    return done


def _same_speaker(text: str, before: Suggestion, after: Suggestion) -> bool:
    """Whether the pronoun speaking `after` is the speaker of `before`."""
    pronoun = text[after.speaker.start : after.speaker.end].lower()
    if pronoun not in PRONOUNS and pronoun != "it":
        return False
    if text[before.speaker.start : before.speaker.end].lower() == pronoun:
        return True  # "She told … although she agreed"
    named = after.speaker_name
    return named is not None and before.speaker.start <= named.start < before.speaker.end
