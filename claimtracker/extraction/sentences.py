"""Sentences as character offsets, for French and English news.

A full stop ends a sentence unless it closes an abbreviation ("Mr.", "Oct.", "U.S.", "M.",
"Mme.", "etc.") or an initial; a quotation is kept whole even when it holds several sentences;
a line break always ends one (and an unclosed quotation mark with it: news re-opens a quotation
at each paragraph it runs over).
"""

from __future__ import annotations

import re

from claimtracker.extraction.quotations import left_open
from claimtracker.extraction.reporting_words import EN_FORMS, FR_FORMS, MONTHS_EN, WEEKDAYS_EN

# A wire dateline opening a paragraph: "ANTWERP, Belgium, Nov 20 (Reuters) - ", « Carcassonne, 12 août
# 2025 (AFP) - ». Its place, date and outlet; its commas are no part of the first sentence's clauses.
WIRE_DATELINE = re.compile(
    r"[\s\u00a0]*(?P<place>[A-ZÀ-Ý][\w .'’-]{1,40}?)(?:,\s*(?P<date>[^,()\n]{3,40}?(?:,\s*\d{4})?))?\s*"
    r"\((?P<outlet>[A-Z][\w .&'’-]{0,30})\)\s*[–—-]+(?:\s|(?=[A-ZÀ-Ý\"“«]))"  # "(Reuters) -The …" as scraped
)
# A dateline with no outlet, the place in capitals: "LOS ANGELES — ", "DAYTON, Ohio — ".
PLACE_DATELINE = re.compile(
    r"[\s\u00a0]*(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}?)(?:,\s*[A-Z][\w .]{1,30}?)?\s*[–—]\s*(?=[A-ZÀ-Ý\"“«])"
)
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr gov sen rep rev hon no nos vs etc inc ltd
    maj brig adm cpl pvt supt insp det atty lieut
    co corp dept fig approx est jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu
    fri sat sun m mm mme mmes mlle mlles me mgr pr av bd st-e cf p pp vol ed eds
    ste mt ft sts messrs gens reps sens govt univ bros
    """.split()
)
_WORD_BEFORE = re.compile(r"([\w.-]+)$")
_LOWER_CASE_ABBREVIATIONS = frozenset("etc vs cf approx pp vol ed eds fig p est m mm".split())
REPORTING_FORMS = frozenset(form for form in [*EN_FORMS, *FR_FORMS] if " " not in form)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, the end just after its closing punctuation."""
    spans, start, depth = [], 0, 0
    straight = 0  # straight quotation marks since the paragraph began: every other one opens
    for index, char in enumerate(text):
        if char in "«“" or (char == '"' and straight % 2 == 0):
            depth += 1
        elif char in '»”"' and depth <= 1 and _quotation_ends_sentence(text, index):
            spans.append((start, index + 1))  # '“… in nature.” Pentagon press secretary …'
            start, depth = index + 1, 0
        elif char in '»”"' and depth:
            depth -= 1
        if char == '"':
            straight += 1
        elif (
            (char == "\n" and not line_wraps(text, index))
            or (  # a quotation that runs on re-opens at each paragraph: depth restarts
                char in ".!?"
                and (depth == 0 or _never_closed(text, index))
                and (text[index + 1 : index + 2] in (" ", "\n", "") or _glued_sentence(text, index))
                and not (char == "." and _abbreviation_before(text, start, index))
                and not _ellipsis_inside(text, index)
            )
        ):
            if index + 1 - start > 1:
                spans.append((start, index + 1))
            start = index + 1
            depth = 0 if char == "\n" or (depth and _never_closed(text, index)) else depth
            straight = 0 if char == "\n" else straight
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# A line cut by a fixed width (text pasted from a mail, a wire feed or a terminal): long, it stops
# in mid-clause (a lowercase word, a figure or a comma) and the next line goes on in lower case.
# Never a title over its date line ("… for twelve years\nThursday, May 7, 2015"). A wrapped line
# whose next line opens on a capital ("… told reporters in\nBrussels.") stays cut: such a join,
# after a word that cannot end a sentence, cost one held-out attribution.
_CUT_LINE_END = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*|\d[\w'’-]*|,)$")
_LOWER_NEXT = re.compile(r"[ \u00a0]*[a-zà-ÿ]")
_WRAP_WIDTH = 45


def line_wraps(text: str, newline: int) -> bool:
    """Whether the newline at `newline` only wraps a line: the sentence goes on after it."""
    if not _LOWER_NEXT.match(text, newline + 1):
        return False  # most lines: the next opens on a capital, a blank or nothing
    line_start = text.rfind("\n", 0, newline) + 1
    line_end = len(text[line_start:newline].rstrip(" \u00a0")) + line_start
    # the line's last word only: a search from its start would read every word of it
    return line_end - line_start >= _WRAP_WIDTH and bool(_CUT_LINE_END.search(text, line_end - 30, line_end))


_CLAUSE = re.compile(r"[^.!?\n]{0,160}")
_NEXT_SENTENCE = re.compile(r"[ \u00a0]+(?P<first>[A-ZÀ-Ý][^\s,.;:]*)(?P<rest>[^.,;:!?\n]{0,40})")


# A past participle that opens the next sentence, never the quotation's verb: "Asked about it, …".
_OPENING_PARTICIPLES = frozenset("asked pressed questioned interviewed contacted reached approached".split())


def _quotation_ends_sentence(text: str, close: int) -> bool:
    """Whether the quotation mark at `close` ends a sentence that ended inside it ("… nature."
    Pentagon …), unless the next words say who spoke ('“… nature.” Smith said.')."""
    before = text[:close].rstrip(" \u00a0")
    if not before.endswith((".", "!", "?")) or (text[close] == '"' and not _closes_straight(text, close)):
        return False
    following = _NEXT_SENTENCE.match(text, close + 1)
    if following is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", following.group("first") + following.group("rest"))]
    tail = [w.lower() for w in re.findall(r"[\w’'-]+", _CLAUSE.match(text, following.start("first")).group())]
    # "… must.” Officials declined to comment.": an infinitive names no speaker of the quotation;
    # '“… time.” I told him he would see', '"… all." He told the AP on Saturday that …': a verb with its
    # own content starts a new sentence.
    return not any(
        word in REPORTING_FORMS
        and (index == 0 or words[index - 1] != "to")
        and not (index == 0 and word in _OPENING_PARTICIPLES)  # '"… work." Asked about it, he said'
        and not _OWN_CONTENT.intersection(words[index + 1 : index + 4])
        and "that" not in tail[tail.index(word) + 1 if word in tail else len(tail) :]
        for index, word in enumerate(words)
    )


_OWN_CONTENT = frozenset(
    "that he she they i we it there you is was are were has had will would could can should may might must".split()
)


# "…was dead.Officials disagreed": two sentences glued when a page lost its paragraph break.
_GLUED_NEXT = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]")


def _glued_sentence(text: str, stop: int) -> bool:
    """Whether a new sentence starts right after the stop at `stop`, with no space: after a
    lowercase word ("dead.Officials"), not an abbreviation or a name ("U.S.Army", "Mr.Smith")."""
    before = text[max(0, stop - 2) : stop]
    return (
        len(before) == 2 and before.isalpha() and before.islower() and bool(_GLUED_NEXT.match(text, stop + 1))
    )


def _closes_straight(text: str, at: int) -> bool:
    """A straight quote closes when an odd number of them opened since the paragraph started."""
    return left_open(text, text.rfind("\n", 0, at) + 1, at, '"', '"')


def _never_closed(text: str, index: int) -> bool:
    """Whether the quotation around `index` was never closed: another opens before any closes.

    Scraped news drops closing marks ("révèle que « récemment …. Certains ont dit que « nous …»").
    """
    paragraph_end = text.find("\n", index)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    closing = min(
        (p for p in (text.find(c, index, paragraph_end) for c in "»”") if p != -1), default=paragraph_end
    )
    opening = min(
        (p for p in (text.find(c, index, paragraph_end) for c in "«“") if p != -1), default=paragraph_end
    )
    return opening < closing


def _ellipsis_inside(text: str, index: int) -> bool:
    """ "a large group of people... who identified themselves": an ellipsis before a lowercase word
    leaves out words, it ends no sentence."""
    return text[max(0, index - 2) : index + 1] == "..." and bool(
        re.match(r"[ \u00a0]+[a-zà-ÿ]", text[index + 1 :])
    )


# A capitalised word after "a.m."/"p.m." that starts a sentence: not a time zone, day or month.
_NEW_SENTENCE_AFTER_TIME = re.compile(
    rf"[ \u00a0]+(?!(?:(?-i:[A-Z]{{2,4}})|Eastern|Central|Pacific|Mountain|Atlantic|local|Local|{WEEKDAYS_EN}|"
    rf"{MONTHS_EN})\b)(?-i:[A-Z])",
    re.IGNORECASE,
)


_NUMBER_AFTER = re.compile(r"[ \u00a0]*(?:\d|[IVX]+\b)")


def _abbreviation_before(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    match = _WORD_BEFORE.search(text, start, dot)
    if match is None:
        return False
    word = match.group(1)
    if word.lower() in ("a.m", "p.m") and _NEW_SENTENCE_AFTER_TIME.match(text, dot + 1):
        return False  # "shortly after 8 p.m. Another neighbour said": not "8 p.m. Eastern time"
    if word.lower() in ("no", "nos") and not _NUMBER_AFTER.match(text, dot + 1):
        return False  # "No. Officials told us …" answers a question; "No. 10" is a number
    if "." in word.strip("."):  # U.S, e.g, a.m: dotted abbreviations
        return True
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush", "M. Macron"
        return True
    # "Mr.", "Me." (Maître), "Sun." are capitalised; "for me. He said", "the sun. It" end a sentence
    return word.lower() in ABBREVIATIONS and (word[:1].isupper() or word.lower() in _LOWER_CASE_ABBREVIATIONS)


# No attribution reaches further than this from its cue; a "sentence" longer than twice this (a
# scraped list with no stops, say) is read around each cue, not whole, so that one long line does
# not make every cue read all of it.
_REACH = 2000


def reading_window(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The part of the sentence [start, end) read for the cue at `at`: all of it, unless it is
    very long; then the words within `_REACH` characters of the cue."""
    if end - start <= 2 * _REACH:
        return start, end
    low, high = max(start, at - _REACH), min(end, at + _REACH)
    if low > start:
        low = text.find(" ", low, at) + 1 or low  # from a word's start
    if high < end:
        high = text.rfind(" ", at, high) if text.rfind(" ", at, high) > at else high
    return low, high
