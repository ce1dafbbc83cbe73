"""Scoring attribution suggestions against hand-made gold, strictly enough that a dummy fails.

A suggestion is paired one-to-one with a gold attribution whose cue it overlaps (the largest
overlaps first). A pair counts at three levels: the cue alone; cue + speaker, when the
speaker spans agree with IoU ≥ 0.5 (the named speaker a pronoun refers to also counts); and
cue + speaker + content, when the contents also agree with IoU ≥ 0.5. Exact-span figures
count pairs whose field is the very same span. A gold file may give a second acceptable
extent for the speaker or the content (GUM's whole source and its head, a whole quotation
and its head clause), and a speaker written with its apposition also counts at its head, the
name before the comma ("Joe Sternlieb, le président du centre…" → "Joe Sternlieb"); either
counts. Precision divides by every suggestion, recall by every
gold attribution, so a dummy that offers whole sentences scores badly on speaker and content
and, in real articles, on the cue too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtracker.domain.claims import Span
from claimtracker.extraction.attributions import Suggestion
from claimtracker.extraction.sentences import sentence_spans

IOU = 0.5
LEVELS = ("cue", "cue+speaker", "cue+speaker+content")
EXACT = ("cue", "speaker", "content")


@dataclass(slots=True)
class GoldAttribution:
    cue: Span
    speaker: Span
    content: Span
    intermediary: Span | None = None
    date_value: str | None = None  # ISO day the claim date resolves to, when the gold has one
    speaker_alt: Span | None = None
    content_alt: Span | None = None


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

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass(slots=True)
class Evaluation:
    levels: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in LEVELS})
    exact: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in EXACT})
    intermediary: Score = field(default_factory=Score)
    dates_right: int = 0
    dates: int = 0

    def add(self, other: Evaluation) -> None:
        for name in LEVELS:
            self.levels[name].add(other.levels[name])
        for name in EXACT:
            self.exact[name].add(other.exact[name])
        self.intermediary.add(other.intermediary)
        self.dates_right += other.dates_right
        self.dates += other.dates


def iou(a: Span | None, b: Span | None) -> float:
    if a is None or b is None:
        return 0.0
    shared = min(a.end, b.end) - max(a.start, b.start)
    union = max(a.end, b.end) - min(a.start, b.start)
    return shared / union if shared > 0 and union else 0.0


def pairs(
    suggestions: list[Suggestion], gold: list[GoldAttribution]
) -> list[tuple[Suggestion, GoldAttribution]]:
    """One-to-one pairs whose cues overlap, the largest overlaps first."""
    scored = []
    for i, suggestion in enumerate(suggestions):
        for j, item in enumerate(gold):
            shared = min(suggestion.cue.end, item.cue.end) - max(suggestion.cue.start, item.cue.start)
            if shared > 0:
                scored.append((-shared, i, j))
    used_s, used_g, found = set(), set(), []
    for _, i, j in sorted(scored):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            found.append((suggestions[i], gold[j]))
    return found


def speaker_agrees(suggestion: Suggestion, item: GoldAttribution) -> bool:
    return any(
        iou(mine, theirs) >= IOU
        for mine in (suggestion.speaker, suggestion.speaker_name)
        for theirs in (item.speaker, item.speaker_alt)
    )


def content_agrees(suggestion: Suggestion, item: GoldAttribution) -> bool:
    return any(iou(suggestion.content, theirs) >= IOU for theirs in (item.content, item.content_alt))


def evaluate(
    suggestions: list[Suggestion], gold: list[GoldAttribution], *, with_intermediaries: bool = True
) -> Evaluation:
    """`with_intermediaries=False` for gold that does not mark them (GUM)."""
    result = Evaluation()
    for score in (*result.levels.values(), *result.exact.values()):
        score.predicted, score.gold = len(suggestions), len(gold)
    if with_intermediaries:
        result.intermediary.predicted = sum(s.intermediary is not None for s in suggestions)
        result.intermediary.gold = sum(g.intermediary is not None for g in gold)
    paired = {id(item): suggestion for suggestion, item in pairs(suggestions, gold)}
    for item in gold:
        suggestion = paired.get(id(item))
        if item.date_value is not None:
            result.dates += 1
            value = suggestion.claim_date.value if suggestion else None
            result.dates_right += value is not None and value.isoformat() == item.date_value
        if suggestion is None:
            continue
        levels = result.levels
        levels["cue"].true_positives += 1
        if speaker_agrees(suggestion, item):
            levels["cue+speaker"].true_positives += 1
            if content_agrees(suggestion, item):
                levels["cue+speaker+content"].true_positives += 1
        speakers = (item.speaker, item.speaker_alt)
        result.exact["cue"].true_positives += suggestion.cue == item.cue
        result.exact["speaker"].true_positives += suggestion.speaker in speakers or (
            suggestion.speaker_name is not None and suggestion.speaker_name in speakers
        )
        result.exact["content"].true_positives += suggestion.content in (item.content, item.content_alt)
        if with_intermediaries and item.intermediary is not None:
            result.intermediary.true_positives += iou(suggestion.intermediary, item.intermediary) >= IOU
    return result


def whole_sentences(text: str, language: str) -> list[Suggestion]:
    """The trivial baseline: every sentence offered as cue, speaker and content at once."""
    from claimtracker.domain.dates import ClaimDate

    found = []
    for start, end in sentence_spans(text):
        while start < end and text[start].isspace():
            start += 1
        if end - start < 2:
            continue
        span = Span(start, end)
        found.append(
            Suggestion(span, span, span, None, ClaimDate.unknown(), "", 0.0, "whole sentence", language)
        )
    return found
