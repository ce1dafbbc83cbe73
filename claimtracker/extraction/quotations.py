"""Quotation marks and span edges: where a quotation opens and closes, and trimmed spans.

Spans are (start, end) offsets into the text. `trimmed` drops spaces, punctuation and quotation
marks at the edges, so that every span starts and ends on a word.
"""

from __future__ import annotations

import re

from claimtracker.extraction.reporting_words import OPENING_QUOTES, QUOTE_PAIRS

_DOTTED_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")
_STOPS = ".,!?;:"
_EDGE = ' \u00a0\t\n,.;:!?«»“”"‹›‘’„—–-'


# Opening marks and their closing ones, but for "‘" and "„", whose closing marks are also an apostrophe
# and an English opening mark.
_PAIRED = {opening: closing for opening, closing in QUOTE_PAIRS.items() if opening not in "‘„"}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    first = start
    while start < end and (text[start] in _EDGE or text[start] == "'"):
        start += 1  # a straight single quote opens a quotation ('We will …'); no word starts with one
    opening = len(text[first:start].rstrip(" \u00a0")) + first - 1
    if start > first and opening >= first and (closing := _PAIRED.get(text[opening])):
        close = text.find(closing, start, end)
        if close != -1 and text[close + 1 : end].strip(' \u00a0\n\t.,;!?»”"’›)'):
            start = opening  # « « la porte du dialogue » restait ouverte »: the quotation opens it
    while end > start and (
        text[end - 1] in _EDGE or (text[end - 1] == "'" and text[end - 2 : end - 1] in _STOPS)
    ):
        end -= 1  # …, down,' the minister said: a closing straight single quote, after a stop
    if text[end : end + 1] == "." and _DOTTED_ABBREVIATION.search(text, start, end):
        end += 1  # "U.S." keeps its last dot
    # A bracket or quotation mark that closes one opened inside the span stays, with the stop
    # or space before it: 'could come "within weeks."', "était « à portée de main »".
    closing = _CLOSING_AFTER.match(text, end)
    if closing and _opens_inside(text, start, end, closing.group("mark")):
        end = closing.end()
    return start, end


_CLOSING_AFTER = re.compile(r"[.,!?]?[ \u00a0]?(?P<mark>[)»”\"’›])")


def in_a_figure(text: str, at: int) -> bool:
    """Whether the comma or point at `at` separates a figure's digits: "8,000 pupils", "3.5%"."""
    return text[at] in ",." and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def left_open(text: str, start: int, end: int, opening: str, closing: str) -> bool:
    """Whether a bracket or quotation opened between `start` and `end` is still open at `end`
    (straight quotes pair up in turn)."""
    if opening == closing:
        return text.count(opening, start, end) % 2 == 1
    return text.count(opening, start, end) > text.count(closing, start, end)


def _opens_inside(text: str, start: int, end: int, closing: str) -> bool:
    """Whether the span opens a bracket or quotation that `closing` closes. A mark that opens a
    paragraph does not count: it reopens a quotation the span is inside of."""
    opening = {")": "(", "»": "«", "”": "“", '"': '"', "’": "‘", "›": "‹"}[closing]
    last = text.rfind(opening, start, end)
    return left_open(text, start, end, opening, closing) and bool(
        text[text.rfind("\n", 0, last) + 1 : last].strip(" \u00a0\t")
    )


def opening_quote(text: str, close: int) -> int | None:
    """Where the quotation closed at `close` opened: in this paragraph or the ones before it."""
    closing = text[close]
    openers = [o for o, c in QUOTE_PAIRS.items() if c == closing]
    if closing == "’":
        openers = ["‘"]
    floor = max(0, close - 4000)
    if closing == '"':
        at = text.rfind('"', floor, close)
        return _opened_paragraphs_before(text, at, closing) if at != -1 else None
    depth = 0
    for index in range(close - 1, floor - 1, -1):
        char = text[index]
        if char == "’" and text[index - 1 : index].isalpha() and text[index + 1 : index + 2].isalpha():
            continue  # "I’m": an apostrophe inside the quotation
        if char == closing:
            depth += 1
        elif char in openers:
            if depth == 0:
                return _opened_paragraphs_before(text, index, closing)
            depth -= 1
    return None


def _opened_paragraphs_before(text: str, opening: int, closing: str) -> int:
    """Where a quotation that opens its paragraph really started: news leaves a quotation of
    several paragraphs open at each paragraph's end and opens it again at the next one's start."""
    while True:
        line_start = text.rfind("\n", 0, opening) + 1
        if line_start == 0 or text[line_start:opening].strip(" \u00a0\t"):
            return opening  # the first paragraph, or words before the mark
        previous_end = line_start - 1
        while previous_end > 0 and text[previous_end - 1] in " \u00a0\t\n":
            previous_end -= 1
        previous_start = text.rfind("\n", 0, previous_end) + 1
        paragraph = text[previous_start:previous_end]
        stripped = paragraph.lstrip(" \u00a0\t")
        if (
            not stripped
            or stripped[0] != text[opening]
            or (
                paragraph.count(closing) % 2 == 0  # straight marks pair up: a closed quotation
                if closing == stripped[0]
                else paragraph.count(closing) >= paragraph.count(stripped[0])
            )
        ):
            return opening
        opening = previous_start + len(paragraph) - len(stripped)


_QUOTE_NEXT = re.compile(
    r"[\s\u00a0]*[,:]?[\s\u00a0]*(?P<q>[«“\"‹„‘])"
)  # "responds ‘I think …’" (British marks)
_ADJUNCT_THEN_QUOTE = re.compile(
    r"[\s\u00a0]+(?:in|on|at|via|dans|sur|sous)[\s\u00a0]+"
    r"(?:(?!(?:that|que)\b)[^\s,.;:«“\"’']+(?:[\s\u00a0]+|(?=[,:]))){0,5}?[,:]?"
    r"[\s\u00a0]*(?P<q>[«“\"‹„])",
    re.IGNORECASE,
)


def quote_after(text: str, start: int, end: int, *, skip_adjuncts: bool = False) -> int | None:
    """The opening quotation mark that starts what follows ("said: “…”", "a dit : « … »").

    `skip_adjuncts` looks past a short place phrase: "writing in a blog post “…”".
    """
    match = _QUOTE_NEXT.match(text, start, end) or (
        _ADJUNCT_THEN_QUOTE.match(text, start, end) if skip_adjuncts else None
    )
    if match is None:
        return None
    at = match.start("q")
    if text[at] == '"' and left_open(text, text.rfind("\n", 0, at) + 1, at, '"', '"'):
        return None  # '"… the players responded," Arteta told …': that mark closes a quotation
    return at


def quoted(text: str, opening: int, end: int) -> tuple[int, int]:
    """The words inside the quotation opened at `opening` (it may run past this sentence)."""
    closing = QUOTE_PAIRS.get(text[opening], "”")
    close = text.find(closing, opening + 1)
    paragraph_end = text.find("\n", opening)
    if close == -1 or (paragraph_end != -1 and close > paragraph_end and closing == '"'):
        close = (_runs_on(text, paragraph_end) if closing == '"' and paragraph_end != -1 else None) or end
    return trimmed(text, opening + 1, close)


_NEXT_PARAGRAPH = re.compile(r"[\s\u00a0]*\n[\s\u00a0]*")


def _runs_on(text: str, paragraph_end: int) -> int | None:
    """Where a straight quotation left open at `paragraph_end` closes, when the paragraphs after
    it re-open it (news style: '"We lost everything.\n\n"Nobody came."'); None if the next one does not."""
    for _ in range(20):  # a quotation over more paragraphs than that is a page's stray mark
        start = _NEXT_PARAGRAPH.match(text, paragraph_end).end()
        if text[start : start + 1] != '"':
            return None
        close = text.find('"', start + 1)
        next_end = text.find("\n", start)
        if close != -1 and (next_end == -1 or close < next_end):
            return close
        if next_end == -1:
            return None
        paragraph_end = next_end
    return None


def with_opening_mark(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """The content with the opening quotation mark its closing mark needs: « « soulagée » que … »."""
    mark = len(text[: content[0]].rstrip(" \u00a0")) - 1
    if (
        mark >= 0
        and text[mark] in OPENING_QUOTES
        and QUOTE_PAIRS.get(text[mark]) in text[content[0] : content[1]]
    ):
        return mark, content[1]
    return content
