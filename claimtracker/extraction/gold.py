"""Reading hand-made gold attributions: exact strings (tests/data/attribution_gold.json and the
held-out folders) or character offsets (tests/data/attributions/*.json, built from corpora)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from claimtracker.domain.claims import Span
from claimtracker.extraction.evaluation import GoldAttribution
from claimtracker.extraction.sentences import sentence_spans


def with_head(text: str, item: GoldAttribution) -> GoldAttribution:
    """A speaker given with its apposition also counts at its head, the name before the comma.

    "Joe Sternlieb, le président du centre des affaires" → "Joe Sternlieb" (see evaluation).
    """
    speaker = text[item.speaker.start : item.speaker.end]
    comma = speaker.find(", ")
    if item.speaker_alt is None and comma > 0:
        item.speaker_alt = Span(item.speaker.start, item.speaker.start + comma)
    return item


@dataclass(slots=True)
class GoldDocument:
    name: str
    language: str
    split: str  # "dev": rules may be tuned on it; "heldout": only ever scored
    text: str
    published: str | None = None  # ISO date
    published_certain: bool = True  # False when read from a page header, as the importer says
    attributions: list[GoldAttribution] = field(default_factory=list)
    # Cues where the source annotates an attribution its gold leaves out (GUM's "estimated",
    # "accused"): a suggestion there is neither right nor wrong.
    unscored: tuple[Span, ...] = ()


def load_span_gold(path: Path) -> list[GoldDocument]:
    """Documents of a gold file whose spans are [start, end] offsets into each document's text."""
    data = json.loads(path.read_text(encoding="utf-8"))

    def span(value: list[int] | None) -> Span | None:
        return Span(*value) if value else None

    return [
        GoldDocument(
            name=doc["id"],
            language=doc["language"],
            split=doc["split"],
            text=doc["text"],
            published=doc.get("published"),
            unscored=tuple(Span(*cue) for cue in doc.get("unscored", ())),
            attributions=[
                with_head(
                    doc["text"],
                    GoldAttribution(
                        cue=Span(*item["cue"]),
                        speaker=Span(*item["speaker"]),
                        content=Span(*item["content"]),
                        intermediary=span(item.get("intermediary")),
                        date_value=item.get("date_value"),
                        speaker_alt=span(item.get("speaker_alt")),
                        content_alt=span(item.get("content_alt")),
                    ),
                )
                for item in doc["attributions"]
            ],
        )
        for doc in data["documents"]
    ]


def load_gold(path: Path, texts: dict[str, str]) -> dict[str, list[GoldAttribution]]:
    """Gold per file name; every string must be in its text (ValueError naming it otherwise).

    The content is found first; the cue is the occurrence nearest to it, the speaker and the
    intermediary the ones nearest to the cue outside the content.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    gold: dict[str, list[GoldAttribution]] = {}
    for name, items in data["articles"].items():
        text = texts[name]
        sentences = sentence_spans(text)
        gold[name] = []
        for item in items:
            content = _find(text, item["content"], None, name)
            # never inside its own content: '"My phone said there was nothing," she said'
            cue = _find(
                text,
                item["cue"],
                content,
                name,
                outside=content,
                within=_sentences_around(sentences, text, content),
            )
            gold[name].append(
                with_head(
                    text,
                    GoldAttribution(
                        cue=cue,
                        # next to its verb, outside the content: "I told them I understood. Still, I …"
                        speaker=_find(text, item["speaker"], cue, name, outside=content),
                        content=content,
                        # next to its verb too: "told Reuters", not the "(Reuters)" of the dateline
                        intermediary=_find(text, item["intermediary"], cue, name, outside=content)
                        if item.get("intermediary")
                        else None,
                        date_value=item.get("date_value"),
                    ),
                )
            )
    return gold


def _sentences_around(sentences: list[tuple[int, int]], text: str, content: Span) -> tuple[int, int]:
    """From the start of the sentence where `content` starts to the end of the one where it ends."""
    first = next((s for s, e in sentences if s <= content.start < e), 0)
    last = next((e for s, e in sentences if s < content.end <= e), len(text))
    return first, last


def _find(
    text: str,
    needle: str,
    near: Span | None,
    name: str,
    outside: Span | None = None,
    within: tuple[int, int] | None = None,
) -> Span:
    starts, at = [], text.find(needle)
    while at != -1:
        starts.append(at)
        at = text.find(needle, at + 1)
    # whole words only where there are some ("he", never the "he" of "the")
    whole = [s for s in starts if not _inside_a_word(text, s, s + len(needle))]
    starts = whole or starts
    if not starts:
        raise ValueError(f"{name}: {needle[:50]!r} is not in the text")
    if near is None:
        if len(starts) > 1:
            raise ValueError(f"{name}: {needle[:50]!r} occurs {len(starts)} times")
        start = starts[0]
    else:
        # The occurrence in the content's own paragraph, nearest to it ("told Reuters", not the
        # "- Reuters" of the headline just above).
        paragraph = (text.rfind("\n", 0, near.start) + 1, text.find("\n", near.end) % (len(text) + 1))
        local = [s for s in starts if paragraph[0] <= s < (paragraph[1] or len(text))] or starts
        # A speaker is never inside its own content, and a cue is in its content's sentence ("He
        # told MPs …" after is another's); a cue inside it only when it is the sentence's own
        # ("A, his lawyer said, B" annotated whole, with "They said …" after it).
        apart = [s for s in local if outside is None or not outside.start <= s < outside.end]
        in_sentence = [s for s in local if within is None or within[0] <= s < within[1]]
        local = [s for s in apart if s in in_sentence] or (in_sentence if within else []) or apart or local
        start = min(local, key=lambda s: max(near.start - s - len(needle), s - near.end, 0))
    return Span(start, start + len(needle))


def _inside_a_word(text: str, start: int, end: int) -> bool:
    before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    after = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    return before or after
