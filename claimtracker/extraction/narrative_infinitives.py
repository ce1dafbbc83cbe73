"""A speaker who goes on in an infinitive: "« … », a-t-elle expliqué. Et d'ajouter : « … »" and
« Elle a démenti les rumeurs, avant d'ajouter : « Je reste » ». The infinitive names no speaker;
it is the speaker of the attribution just before. No Qt, no storage.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from claimtracker.domain.claims import Span
from claimtracker.extraction.quotations import quoted, trimmed
from claimtracker.extraction.suggestion import Suggestion

_INFINITIVES = (
    r"(?P<cue>d['’](?:ajouter|expliquer|insister|affirmer|assurer|avertir|asséner|indiquer|annoncer)"
    r"|de[\s\u00a0]+(?:préciser|souligner|conclure|poursuivre|marteler|dénoncer|rappeler|lancer|résumer|prévenir))"
)
# "Et d'ajouter : « … »": a sentence of its own, with a quotation.
_AND_TO_ADD = re.compile(r"[\s\u00a0]*Et[\s\u00a0]+" + _INFINITIVES + r"[\s\u00a0]*:?[\s\u00a0]*(?=[«“\"])")
# « …, avant d'ajouter : « … » » / « …, avant d'ajouter que … »: in the same sentence.
_BEFORE_ADDING = re.compile(
    r",[\s\u00a0]+avant[\s\u00a0]+"
    + _INFINITIVES
    + r"[\s\u00a0]*(?::[\s\u00a0]*(?=[«“\"])|(?P<that>que|qu['’]))",
    re.IGNORECASE,
)
# No attribution this far before reaches the infinitive.
_REACH = 600


def narrative_infinitives(
    text: str, sentences: list[tuple[int, int]], suggestions: list[Suggestion]
) -> list[Suggestion]:
    """A second attribution to the speaker of the one before, when it ends at most 600 characters
    earlier ("Et d'ajouter") or in the same sentence (", avant d'ajouter")."""
    added = []
    cues = [s.cue.start for s in suggestions]  # in reading order
    for start, end in sentences:
        found = _AND_TO_ADD.match(text, start, end)
        earlier = bisect_left(cues, start)
        if found is not None and earlier and start - suggestions[earlier - 1].cue.end <= _REACH:
            added += _going_on(text, suggestions[earlier - 1], found, end, "fr: et d'ajouter : « … »")
        for found in _BEFORE_ADDING.finditer(text, start, end):
            earlier = bisect_left(cues, found.start())
            if earlier and suggestions[earlier - 1].cue.start >= start:
                added += _going_on(text, suggestions[earlier - 1], found, end, "fr: …, avant d'ajouter …")
    return added


def _going_on(text: str, previous: Suggestion, found: re.Match, end: int, rule: str) -> list[Suggestion]:
    """The previous attribution's speaker, with what the infinitive introduces as its content."""
    content = (
        trimmed(text, found.end(), end)
        if found.groupdict().get("that") is not None
        else quoted(text, found.end(), end)
    )
    if content[1] - content[0] < 8:
        return []
    cue = Span(*found.span("cue"))
    return [replace(previous, cue=cue, content=Span(*content), intermediary=None, confidence=0.7, rule=rule)]
