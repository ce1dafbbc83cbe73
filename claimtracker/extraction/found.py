"""What a construction found around a reporting word, as spans, before dates and pronouns are added."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Found:
    """What a construction found, before dates and pronouns are added."""

    cue: tuple[int, int]
    speaker: tuple[int, int]
    content: tuple[int, int]
    intermediary: tuple[int, int] | None
    confidence: float
    rule: str
    relayed_cue: int | None = None  # where "…, selon Y" starts when Y passed this content on
    coordinated_at: int | None = None  # where "… and added that …" starts: the earlier content ends there
    relayed_by_enclosing: bool = False  # "According to the Herald, X said …": the Herald passed it on
    embedded: bool = False  # "… is a message stating …": inside another attribution's content, not after it

    def holds_speaker_of(self, inner: Found) -> bool:
        """Whether `inner`'s speaker runs over this report's subject and verb into its content:
        "News agencies report the minister said …" (the minister is the inner speaker)."""
        return (
            inner.speaker[0]
            <= self.speaker[0]
            < self.cue[0]
            <= self.content[0]
            <= inner.speaker[1]
            <= inner.cue[0]
        )
