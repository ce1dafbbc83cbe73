"""When and through whom the words before were said, told in the sentence after them: "She made the
remarks on Wednesday in an interview with the BBC.", "The comments came on Tuesday.", « Il
s'exprimait dimanche sur France Inter. ». No Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtracker.domain.claims import Span
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.extraction import outlets
from claimtracker.extraction.claim_days import date_words
from claimtracker.extraction.dates import resolve_date
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.suggestion import Suggestion

_REMARKS = r"(?:remarks|comments|statement|claims?|announcement|speech|warning|admission)"
# The sentence names the words before as made at some time, somewhere: its subject and verb.
_SAID_THEN = re.compile(
    r"[\s\u00a0]*(?:"
    r"(?:He|She|They|It|(?:The|A)[\s\u00a0]+[\w-]+(?:[\s\u00a0]+[\w-]+)?|[A-Z][\w'’-]+(?:[\s\u00a0]+[A-Z][\w'’-]+){0,2})"
    r"[\s\u00a0]+(?:(?:made|gave|delivered|issued)[\s\u00a0]+(?:the|these|those|his|her|their|its)[\s\u00a0]+"
    + _REMARKS
    + r"|(?:was|were)[\s\u00a0]+speaking)"
    r"|(?:The|His|Her|Their|Its|These|Those)[\s\u00a0]+"
    + _REMARKS
    + r"[\s\u00a0]+(?:came|were[\s\u00a0]+made|was[\s\u00a0]+made)"
    r"|(?:Il|Elle|Ils|Elles|(?:Le|La|Les)[\s\u00a0]+[\w-]+|[A-ZÀ-Ý][\w'’-]+(?:[\s\u00a0]+[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"[\s\u00a0]+(?:s['’]exprimai(?:en)?t|a[\s\u00a0]+tenu[\s\u00a0]+ces[\s\u00a0]+propos|s['’]est[\s\u00a0]+exprimée?s?)"
    r"|(?:Ces|Ses|Leurs)[\s\u00a0]+(?:propos|déclarations)[\s\u00a0]+ont[\s\u00a0]+été[\s\u00a0]+(?:tenus|faites)"
    r")\b"
)
# The words before, carried by an outlet: "Peskov's comments were carried by the state news agency Tass.",
# « Ses propos ont été rapportés par Le Parisien. »
_CARRIED_BY = re.compile(
    r"[\s\u00a0]*(?:(?:The|His|Her|Their|Its|These|Those|(?P<who>[A-Z][\w-]+)['’]s)[\s\u00a0]+(?:"
    + _REMARKS
    + r"|words)[\s\u00a0]+(?:were|was|had[\s\u00a0]+been)[\s\u00a0]+(?:carried|reported|broadcast|published|aired"
    r"|relayed)(?:[\s\u00a0]+\w+day)?[\s\u00a0]+by"
    r"|(?:Ces|Ses|Leurs)[\s\u00a0]+(?:propos|déclarations)[\s\u00a0]+ont[\s\u00a0]+été[\s\u00a0]+(?:rapporté|relayé"
    r"|diffusé|publié)e?s[\s\u00a0]+par)"
    r"[\s\u00a0]+(?P<by>(?:the[\s\u00a0]+|l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){0,3}?"
    r"[A-ZÀ-Ý][\w&'’.-]*(?:[\s\u00a0]+[A-ZÀ-Ý][\w&'’.-]*)*|state[\s\u00a0]+(?:television|TV|media|radio))"
)
# Another clause starts: its day is not the words' ("The comments came two days after the attack on Monday").
_OTHER_CLAUSE = re.compile(
    r"[,;]|\b(?:after|before|as|when|whilst|while|amid|following|since|ahead|days?|weeks?|hours?|alors|après|avant"
    r"|quand|tandis|lors[\s\u00a0]+d)\b",
    re.IGNORECASE,
)


def said_then(
    text: str, sentences: list[tuple[int, int]], suggestions: list[Suggestion], published: ClaimDate | None
) -> list[Suggestion]:
    """The suggestions of the sentence before "She made the remarks on Wednesday …", with that day
    and outlet where their own sentence named none."""
    by_cue = {s.cue.start: s for s in suggestions}
    for index, (start, end) in enumerate(sentences[1:], start=1):
        carried = _CARRIED_BY.match(text, start, end)
        told = carried or _SAID_THEN.match(text, start, end)
        if told is None:
            continue
        stop = _OTHER_CLAUSE.search(text, told.end(), end)
        rest = (told.end(), stop.start() if stop else end)
        day = next(
            (resolve_date(m.group(0), published) for m in date_words(text, *rest)),
            ClaimDate.unknown(),
        )
        outlet = trimmed(text, *carried.span("by")) if carried else outlets.intermediary_in(text, *rest)
        before = sentences[index - 1]
        for cue, suggestion in by_cue.items():
            if not before[0] <= cue < before[1]:
                continue
            if (
                carried
                and carried["who"]
                and carried["who"] not in text[suggestion.speaker.start : suggestion.speaker.end]
            ):
                continue  # "Peskov's comments": only Peskov's
            if (
                day.value is not None
                and day.precision == Precision.DAY
                and suggestion.claim_date.value is None
            ):
                suggestion = replace(suggestion, claim_date=day, date_wording=day.wording)
            if outlet is not None and suggestion.intermediary is None:
                suggestion = replace(suggestion, intermediary=Span(*outlet))
            by_cue[cue] = suggestion
    return list(by_cue.values())
