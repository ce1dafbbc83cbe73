"""Scoring attribution suggestions against hand-made gold: precision, recall and F1 per field.

A suggested span counts when it overlaps a gold span of the same field by at least 30% of the
gold span's length (the lenient match used for quotation detection in the literature).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtracker.domain.claims import Span
from claimtracker.extraction.attributions import Suggestion

OVERLAP = 0.3
FIELDS = ("cue", "speaker", "content")


@dataclass(slots=True)
class GoldAttribution:
    cue: Span
    speaker: Span
    content: Span
    intermediary: Span | None = None
    date_value: str | None = None  # ISO day the claim date resolves to, when the gold has one


@dataclass(slots=True)
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Evaluation:
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    intermediaries_found: int = 0
    intermediaries: int = 0
    dates_right: int = 0
    dates: int = 0

    def add(self, other: Evaluation) -> None:
        for name in FIELDS:
            mine, theirs = self.fields[name], other.fields[name]
            mine.true_positives += theirs.true_positives
            mine.predicted += theirs.predicted
            mine.gold += theirs.gold
        self.intermediaries_found += other.intermediaries_found
        self.intermediaries += other.intermediaries
        self.dates_right += other.dates_right
        self.dates += other.dates


def overlaps(predicted: Span | None, gold: Span | None) -> bool:
    if predicted is None or gold is None:
        return False
    shared = min(predicted.end, gold.end) - max(predicted.start, gold.start)
    return shared >= OVERLAP * len(gold)


def evaluate(suggestions: list[Suggestion], gold: list[GoldAttribution]) -> Evaluation:
    result = Evaluation()
    for name in FIELDS:
        score = result.fields[name]
        score.predicted, score.gold = len(suggestions), len(gold)
        unmatched = list(gold)
        for suggestion in suggestions:
            hit = next((g for g in unmatched if overlaps(getattr(suggestion, name), getattr(g, name))), None)
            if hit is not None:
                score.true_positives += 1
                unmatched.remove(hit)
    for item in gold:
        match = next((s for s in suggestions if overlaps(s.content, item.content)), None)
        if item.intermediary is not None:
            result.intermediaries += 1
            result.intermediaries_found += bool(match and overlaps(match.intermediary, item.intermediary))
        if item.date_value is not None:
            result.dates += 1
            value = match.claim_date.value.isoformat() if match and match.claim_date.value else None
            result.dates_right += value == item.date_value
    return result
