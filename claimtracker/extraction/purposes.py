"""A report in an infinitive of purpose: "The chief executive wrote to staff on Monday to say that
the plant would close", « Le directeur nous a réunies pour nous dire que rien n'était décidé ».
Whoever acted in the main clause says it. Only after acts that are made to speak (writing,
calling a meeting, taking the floor): "It is too early to say that …", "asked him to tell us that
…" and « Il faut du courage pour dire que … » say nothing. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import SPEECH_INFINITIVES
from claimtracker.extraction.speaker_phrases import subject_before
from claimtracker.extraction.verb_groups import auxiliary_start

# The act, then "to"/« pour », right before the verb of speech (and whom it is said to).
_ACT_THEN_TO = {
    "en": re.compile(
        r"\b(?P<act>wrote|went|called|convened|took|appeared|returned|spoke|phoned|rang|emailed|visited"
        r"|issued|published|posted|released|addressed|held|interrupted|stepped|seized|sent|gathered"
        r"|(?:used|came)(?![\s\u00a0]+to[\s\u00a0]))\b"  # not "used to say": a habit
        r"[^.;:!?«»“”\"]{0,80}?[\s\u00a0]to[\s\u00a0]+$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?P<act>écrit|réuni|réunies?|réunis|pris[\s\u00a0]+la[\s\u00a0]+parole|intervenue?|convoqué|publié|appelé"
        r"|téléphoné|profité|saisi|adressé|envoyé|diffusé)\b[^.;:!?«»“”\"]{0,80}?[\s\u00a0]$",
        re.IGNORECASE,
    ),
}
_SPEECH_EN = frozenset(SPEECH_INFINITIVES["en"].split("|"))
# « pour (nous) dire que »: French infinitives are no cues of their own; « pour » is read here.
_FOR_SAYING_FR = re.compile(
    r"[\s\u00a0]+(?:(?:nous|vous|leur|lui|les|l['’])[\s\u00a0]*)?(?P<verb>" + SPEECH_INFINITIVES["fr"] + r")"
    r"(?P<that>[\s\u00a0]+(?:que[\s\u00a0]+|qu['’]))",
    re.IGNORECASE,
)
# Whom it is said to, then the clause: "to tell staff that", "to say that".
_THEN_THAT_EN = re.compile(
    r"(?:[\s\u00a0]+(?:them|him|her|us|me|you|staff|reporters|parents|residents|employees|workers|members"
    r"|shareholders|investors|(?:the|his|her|its|their)[\s\u00a0]+[\w-]+))?[\s\u00a0]+that[\s\u00a0]+",
    re.IGNORECASE,
)


def said_for_a_purpose(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """The main clause's subject saying what follows "to say that" / « pour dire que »."""
    if language == "en" and (match.group("verb") or "").lower() in _SPEECH_EN:
        cue, that = match.span(), _THEN_THAT_EN.match(text, match.end(), end)
        that_end = that.end() if that else None
    elif language == "fr" and (match.group("prep") or "").lower() == "pour":
        saying = _FOR_SAYING_FR.match(text, match.end(), end)
        cue, that_end = (saying.span("verb"), saying.end()) if saying else (match.span(), None)
    else:
        return None
    act = _ACT_THEN_TO[language].search(text, max(start, match.start() - 120), match.start())
    if act is None or that_end is None:
        return None
    verb_start = act.start("act")
    speaker = subject_before(text, start, auxiliary_start(text, start, verb_start, language))
    content = trimmed(text, that_end, end)
    if speaker is None or content[1] - content[0] < 8:
        return None
    rule = "en: X did … to say that …" if language == "en" else "fr: X a … pour dire que …"
    return Found(cue, speaker, content, None, 0.6, rule)
