"""A suggested attribution: spans into an article's text, with its claim date, its rule and how
sure the rule is. No Qt, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtracker.domain.claims import Span
from claimtracker.domain.dates import ClaimDate


@dataclass(frozen=True, slots=True)
class Suggestion:
    cue: Span
    speaker: Span
    content: Span
    intermediary: Span | None
    claim_date: ClaimDate
    date_wording: str
    confidence: float
    rule: str
    language: str
    speaker_name: Span | None = None  # the named speaker a pronoun speaker ("il", "she") refers to

    def texts(self, body: str) -> dict[str, str | None]:
        def cut(span: Span | None) -> str | None:
            return body[span.start : span.end] if span else None

        return {
            "cue": cut(self.cue),
            "speaker": cut(self.speaker),
            "content": cut(self.content),
            "intermediary": cut(self.intermediary),
            "speaker_name": cut(self.speaker_name),
        }

    def referred_name(self, body: str) -> str | None:
        """The name a pronoun speaker stands for ("il" → "Esmail Qaani"); None when the speaker
        holds its name already ("The spokesman, John Smith")."""
        if self.speaker_name is None or self.speaker.start <= self.speaker_name.start < self.speaker.end:
            return None
        return body[self.speaker_name.start : self.speaker_name.end]

    def source_name(self, body: str) -> str:
        """Who to record as the origin: the named speaker a pronoun refers to, else the speaker."""
        return (
            body[self.speaker_name.start : self.speaker_name.end]
            if self.speaker_name
            else self.texts(body)["speaker"] or ""
        )
