"""Words signed after a dash, as pull quotes and embedded posts print them on a scraped page:
'"We will not back down." — Sharon Graham, Unite general secretary', or a post's text, then
"— Jane Doe (@janedoe) March 3, 2025" on the line below. There is no reporting word: the dash
and the name sign the words. No Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtracker.domain.claims import Span
from claimtracker.domain.dates import ClaimDate
from claimtracker.extraction.dates import resolve_date
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import MONTHS_EN, MONTHS_FR
from claimtracker.extraction.suggestion import Suggestion

_MONTH = rf"(?i:{MONTHS_EN}|{MONTHS_FR})"
# A dash, a person's name (two to five words, or one with a handle), what they are, a handle, a day.
_SIGNATURE = re.compile(
    r"(?P<dash>[—–]|--)[ \u00a0]*"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w.'’-]+(?:[ \u00a0]+(?:(?:de|du|van|von|da|di|al|bin|le|la)[ \u00a0]+)?"
    r"(?-i:[A-ZÀ-Ý])[\w.'’-]+){0,4})"
    r"(?:[ \u00a0]*,[ \u00a0]*(?P<what>[^\n(,.]{2,80}))?"
    r"(?:[ \u00a0]*\((?P<handle>@\w{1,30})\))?"
    rf"(?:[ \u00a0]+(?P<day>(?:{_MONTH}[ \u00a0]+\d{{1,2}},?|\d{{1,2}}[ \u00a0]+{_MONTH})[ \u00a0]+\d{{4}}))?"
    r"[ \u00a0]*$",
    re.MULTILINE,
)
# Not a person: a pronoun of dialogue (« — Je viens », "— He said"), a credit or an agency.
_NOT_A_SIGNER = re.compile(
    r"(?:I|We|He|She|They|It|Je|Il|Elle|Nous|Vous|Ils|Elles|On)\b"
    r"|.*\b(?:Press|News|Agency|Reuters|AFP|Associated|Times|Post|Photo|Photos|Image|Images|Video|Source"
    r"|Credit|Getty|Editing|Reporting|Writing|Advertisement|Publicité)\b",
)
_QUOTE_BEFORE = re.compile(r"[«“\"](?P<words>[^«»“”\"\n]{8,400}?)[»”\"][.!?]?[ \u00a0]*$")


@dataclass(frozen=True, slots=True)
class Signed:
    dash: tuple[int, int]
    speaker: tuple[int, int]
    content: tuple[int, int]
    day: str  # the day printed after the name ("March 3, 2025"), or ""


def signed_quotes(text: str) -> list[Signed]:
    """Each passage signed by a name after a dash: the quotation just before the dash on its line,
    or, when the dash opens its line, the paragraph just above (an embedded post)."""
    found = []
    for signature in _SIGNATURE.finditer(text):
        name = signature.group("name")
        words = name.split()
        if _NOT_A_SIGNER.match(name) or (len(words) < 2 and not signature.group("handle")):
            continue
        line_start = text.rfind("\n", 0, signature.start()) + 1
        before = text[line_start : signature.start()]
        if before.strip():
            quote = _QUOTE_BEFORE.search(text, line_start, signature.start())
            if quote is None or quote.start() != line_start + len(before) - len(before.lstrip()):
                continue  # words before the dash that are not one whole quotation
            content = trimmed(text, *quote.span("words"))
        else:
            content = _paragraph_above(text, line_start)
            if content is None:
                continue
        found.append(
            Signed(signature.span("dash"), signature.span("name"), content, signature.group("day") or "")
        )
    return found


def _paragraph_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The non-empty line right above, when it is short enough to be a post or a pull quote."""
    end = len(text[:line_start].rstrip())
    start = text.rfind("\n", 0, end) + 1
    span = trimmed(text, start, end)
    if not 8 <= span[1] - span[0] <= 400 or text[start:end].lstrip()[:1] in "—–-":
        return None
    if text[span[0]] in '«“"' or text[span[1] - 1 : span[1] + 1].strip() in ("»", "”", '"'):
        span = trimmed(text, span[0] + (text[span[0]] in '«“"'), span[1])
    return span


def signed_suggestions(
    text: str, language: str, published: ClaimDate | None, suggestions: list[Suggestion]
) -> list[Suggestion]:
    """Quotations and posts signed after a dash ('"…" — Sharon Graham'), where no reporting
    word already reads them."""
    taken = [(s.content.start, s.content.end) for s in suggestions]
    return [
        Suggestion(
            cue=Span(*signed.dash),
            speaker=Span(*signed.speaker),
            content=Span(*signed.content),
            intermediary=None,
            claim_date=resolve_date(signed.day, published) if signed.day else ClaimDate.unknown(),
            date_wording=signed.day,
            confidence=0.5,
            rule=f"{language}: « … » — X",
            language=language,
        )
        for signed in signed_quotes(text)
        if not any(start < signed.content[1] and signed.content[0] < end for start, end in taken)
    ]
