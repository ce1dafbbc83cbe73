"""Attributions inside others' contents, in one sentence: where the outer content stops, who the
inner one's intermediary is ("According to the Herald, X said …"), which stays part of the outer
words ("… a message stating …"). No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction import relayed_by
from claimtracker.extraction.content_ends import MARK_PAIRS
from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import left_open, trimmed

# Who, inside a quotation, is the body that speaks: "We can confirm …", « Nous confirmons que … »
# (an "As I've said, …" is kept: a speaker restating what they said before).
_QUOTED_SPEAKER_ITSELF = frozenset(["we", "nous"])
_JOINING = re.compile(
    r"[\s\u00a0,;]+(?:but|and|whilst|while|whereas|though|although|mais|et|tandis que|alors que)[\s\u00a0]*$",
    re.IGNORECASE,
)


def cut_nested(text: str, found: dict[tuple[int, int], tuple[Found, str, tuple[int, int]]]) -> None:
    """A content that runs into a later attribution of its sentence stops where that one starts.

    "X a rétorqué que A, « B », a-t-il affirmé.": X's content is A, the pronoun's is B. An
    attribution inside a quotation ends with it: '"My boss told me we were fine," she said'. One
    that opens "According to X, …" was passed on by X, who becomes its intermediary.
    """
    items = [item for item, _, _ in found.values()]
    spoken_inside: list[tuple[int, int]] = []
    for item, _, (start, _end) in found.values():
        close = _closing_quote(text, start, item.cue[0], item.content)
        if close is not None:
            item.content = trimmed(text, item.content[0], close)
    for outer in items:
        for inner in items:
            if inner is outer or not outer.content[0] < inner.cue[0] < outer.content[1]:
                continue
            if _quoted_whole(text, outer.content, inner.cue[0]):
                # « Il faut regarder quand elle a reconnu que … »: reported inside the quotation; '"…
                # We can confirm there were no casualties."': its speaker's own words, no attribution
                if text[inner.speaker[0] : inner.speaker[1]].lower() in _QUOTED_SPEAKER_ITSELF:
                    spoken_inside.append(inner.cue)
                continue
            if outer.holds_speaker_of(inner):  # "Agencies report the minister said": the minister
                inner.speaker = trimmed(text, outer.content[0], inner.speaker[1])
            if (
                outer.rule.endswith(("as X says, …", "comme le dit X, …"))
                and text[outer.cue[0] : outer.cue[1]].lower().startswith(("report", "rapport"))
                and inner.intermediary is None
                and outer.content[0] <= min(inner.content[0], inner.speaker[0])
                and max(inner.cue[1], inner.speaker[1]) <= outer.content[1]
            ):  # '"…," she said, as the weekly reported': the weekly passed her words on
                inner.intermediary, inner.relayed_cue = (
                    relayed_by.outlet_of(text, outer.speaker),
                    outer.cue[0],
                )
            if (
                (
                    outer.rule.endswith(("according to X, …", "selon X, …"))
                    or text[outer.cue[0] : outer.cue[1]].lower().startswith(("report", "rapport"))
                )
                and inner.intermediary is None
                and inner.speaker[0] - outer.content[0] in (0, 1)
            ):  # "According to the Herald, John Burrows … said …", "The Post reported that X said …":
                # the Herald, the Post passed his words on
                inner.intermediary = relayed_by.outlet_of(text, outer.speaker)
                inner.relayed_by_enclosing = True
            if (
                outer.rule.endswith(("according to X.", "selon X."))
                and outer.content[0] == inner.speaker[0]
                and inner.content[1] == outer.content[1]
            ):  # "She said A, according to documents": the documents show A, not that she said it
                outer.content = inner.content
                continue
            if inner.embedded or (
                outer.content[0] <= inner.speaker[0]
                and _BY_A_RELATIVE.match(text, inner.speaker[1], inner.cue[0])
            ):
                # "… all they get is a message stating …", "… ignoring a report which had warned
                # that …": part of what the outer reports
                continue
            first = inner.coordinated_at or min(inner.content[0], inner.speaker[0], inner.cue[0])
            if _SUBORDINATE_BEFORE.search(
                text, max(outer.content[0], first - 30), first
            ) or _PASSIVE_BEFORE.search(text, max(outer.content[0], inner.cue[0] - 30), inner.cue[0]):
                # « Selon lui, A, lorsque Matignon a fait savoir que B », "… had asked but were told by
                # officials that …": the inner report is part of the outer words
                continue
            if (
                inner.rule.endswith(("…, X said.", "…, said X.", "…, a déclaré X.", "…, X a déclaré."))
                and outer.content[0] < (inner_start := min(inner.speaker[0], inner.cue[0])) < outer.content[1]
                and inner.content[1] <= inner_start
                and (comma := text.rfind(",", outer.content[0], inner_start)) > outer.cue[1]
            ):  # "Officials warned that A, The Washington Post reported": A ends before the Post; « a
                # reconnu les faits, a indiqué lors d'une conférence de presse X »: before the verb
                outer.content = trimmed(text, outer.content[0], comma)
                continue
            if outer.content[0] < first < outer.content[1] and first > outer.cue[1]:
                joint = _JOINING.search(text, outer.content[0], first)  # "…, but aid groups say …"
                outer.content = trimmed(text, outer.content[0], joint.start() if joint else first)
            elif (
                inner.speaker[0] < outer.cue[0] <= outer.content[0] < inner.cue[0] < outer.content[1]
                and inner.speaker[1] <= outer.cue[0]
            ):
                # "The man who said he saw the crash told reporters …": the relative's content ends
                # where the main clause's verb, whose subject came before it, starts
                outer.content = trimmed(text, outer.content[0], inner.cue[0])
    for cue in spoken_inside:
        found.pop(cue, None)


_BY_A_RELATIVE = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?-i:which|who)\b")
# A passive right before an inner report: "… but were told by officials that …" goes on the outer words.
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|had[\s\u00a0]+been)[\s\u00a0]+$", re.IGNORECASE)
# A clause of when or why, right before an inner report: it belongs to the outer words.
_SUBORDINATE_BEFORE = re.compile(
    r"[\s\u00a0,]+(?:lorsque|lorsqu['’]|quand|puisque|parce[\s\u00a0]+que|parce[\s\u00a0]+qu['’]|when|because|since|after)"
    r"[\s\u00a0]*$"
    r"|[\s\u00a0]+(?-i:which|who)[\s\u00a0]*,[\s\u00a0]*$"  # a relative's aside: "a report which, according to him, …"
    r"|[\s\u00a0,]+(?:qu['’]|que|qui|whom)[\s\u00a0]*$",  # « le procureur, qu'il accuse de … »: the outer words go on
    re.IGNORECASE,
)


def _quoted_whole(text: str, content: tuple[int, int], at: int) -> bool:
    """Whether `content` is a quotation opened just before it and still open at `at` (a straight
    mark that opens a paragraph re-opens it: '"We lost everything.\n\n"Nobody came."')."""
    before = text[max(0, content[0] - 3) : content[0]].rstrip(" \u00a0")
    inside = _REOPENED.sub("\n", text[content[0] : at])
    return any(before.endswith(opening) and closing not in inside for opening, closing in MARK_PAIRS)


_REOPENED = re.compile(r'\n[\s\u00a0]*"')


def _closing_quote(text: str, start: int, cue: int, content: tuple[int, int]) -> int | None:
    """Where the quotation a cue stands in closes inside its content, if it does."""
    for opening, closing in MARK_PAIRS:
        close = (
            text.find(closing, content[0], content[1])
            if left_open(text, start, cue, opening, closing)
            else -1
        )
        if close > content[0]:
            return close
    return None
