"""Attributions by "as": "As the historian Mary Beard notes, Rome was …", "Comme le rappelle Le
Monde, le président …", "…, comme l'a annoncé le porte-parole." The clause on the other side of
the comma is what was said.
"""

from __future__ import annotations

import re

from claimtracker.extraction.found import Found
from claimtracker.extraction.inverted_speakers import speaker_after
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.verb_checks import auxiliary_start

# "As X notes" / "as X has said": the speaker between "as" and the verb.
_AS_EN = re.compile(
    r"(?:^|(?<=,))[\s\u00a0«“\"]*as[\s\u00a0]+(?P<speaker>[^,;:«“\"]{2,80}?)[\s\u00a0]*$", re.IGNORECASE
)
# "comme le rappelle X" / "comme l'a annoncé X": a clitic, the verb, then the speaker.
_AS_FR = re.compile(
    r"(?:^|(?<=,))[\s\u00a0«“\"]*comme[\s\u00a0]+(?:l['’]|le[\s\u00a0]+|les[\s\u00a0]+)?$", re.IGNORECASE
)
_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")


def as_said(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    verb_start = auxiliary_start(text, start, match.start(), language)
    if language == "en":
        lead = _AS_EN.search(text, start, verb_start)
        if lead is None:
            return None
        speaker, after = trimmed(text, *lead.span("speaker")), match.end()
    else:
        lead = _AS_FR.search(text, start, verb_start)
        if lead is None:
            return None
        speaker, _stop = speaker_after(text, match.end(), end)
        if speaker is None:
            return None
        after = speaker[1]  # "Comme le rappelle Le Monde, le président …": no apposition here
    if lead.start() <= start + 1 or not text[start : lead.start()].strip(' \u00a0\n«“"'):
        comma = _COMMA.match(text, after, end)  # "As X notes, <content>"
        if comma is None:
            return None
        content = trimmed(text, comma.end(), end)
    else:  # "<content>, comme l'a annoncé X."
        content = trimmed(text, start, lead.start())
        if text[after:end].strip(' \u00a0.;!?»”"'):
            return None
    if len(text[content[0] : content[1]].split()) < 3 or speaker[1] <= speaker[0]:
        return None
    rule = f"{language}: {'as X says, …' if language == 'en' else 'comme le dit X, …'}"
    return Found(match.span(), speaker, content, None, 0.7, rule)
