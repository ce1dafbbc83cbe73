"""How well same-fact suggestions find the reports of one fact, per language pair.

The gold set (tests/data/same_fact/) holds claims and labelled pairs: *same* fact, *related*
(same subject, another figure) and *unrelated*. For each query claim the suggester ranks the
whole pool; the figures are:

- recall@5: for each same pair (q, t) in both directions, t is among the first five suggestions
  of t's language for q;
- top-1 precision: the first suggestion of the target language is a gold same-fact report;
- related marked: for related pairs, the other report is found (top 5) *and* marked related,
  not supporting, because its figure differs;
- unrelated in top 5: hard negatives (another story sharing words) that reach the first five.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

Suggester = Callable[[str], Sequence[tuple[str, str]]]  # claim key -> ranked (claim key, stance)
TOP = 5


@dataclass(frozen=True, slots=True)
class GoldClaim:
    key: str
    article: str
    language: str
    text: str


@dataclass(frozen=True, slots=True)
class GoldPair:
    first: str
    second: str
    label: str  # same | related | unrelated
    split: str  # dev | heldout


@dataclass(frozen=True, slots=True)
class PairScores:
    recall_at_5: float
    top1_precision: float
    pairs: int
    queries: int


@dataclass(frozen=True, slots=True)
class Evaluation:
    by_language_pair: dict[str, PairScores]
    related_marked: float
    related_pairs: int
    unrelated_in_top5: float
    unrelated_pairs: int


def load_gold(folder: Path) -> tuple[list[GoldClaim], list[GoldPair]]:
    claims = [
        GoldClaim(r["id"], r["article"], r["language"], r["text"])
        for r in map(json.loads, (folder / "claims.jsonl").read_text(encoding="utf-8").splitlines())
    ]
    pairs = [
        GoldPair(r["a"], r["b"], r["label"], r["split"])
        for r in map(json.loads, (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    ]
    return claims, pairs


def evaluate(
    claims: Sequence[GoldClaim], pairs: Sequence[GoldPair], suggest: Suggester, split: str
) -> Evaluation:
    language = {c.key: c.language for c in claims}
    chosen = [p for p in pairs if p.split == split]
    same: dict[str, set[str]] = defaultdict(set)
    for p in chosen:
        if p.label == "same":
            same[p.first].add(p.second)
            same[p.second].add(p.first)
    cache: dict[str, Sequence[tuple[str, str]]] = {}

    def ranked(query: str, target_language: str) -> list[tuple[str, str]]:
        if query not in cache:
            cache[query] = suggest(query)
        return [(k, stance) for k, stance in cache[query] if language[k] == target_language]

    hits: dict[str, list[bool]] = defaultdict(list)
    for query, partners in same.items():
        for target in partners:
            pair = f"{language[query]}→{language[target]}"
            hits[pair].append(target in [k for k, _ in ranked(query, language[target])[:TOP]])
    precise: dict[str, list[bool]] = defaultdict(list)
    for query, partners in same.items():
        for target_language in sorted({language[t] for t in partners}):
            first = ranked(query, target_language)[:1]
            precise[f"{language[query]}→{target_language}"].append(bool(first) and first[0][0] in partners)
    scores = {
        pair: PairScores(_share(hits[pair]), _share(precise[pair]), len(hits[pair]), len(precise[pair]))
        for pair in sorted(hits)
    }
    related = [
        (p.second, "related") in ranked(p.first, language[p.second])[:TOP]
        for p in chosen
        if p.label == "related"
    ]
    unrelated = [
        p.second in [k for k, _ in ranked(p.first, language[p.second])[:TOP]]
        for p in chosen
        if p.label == "unrelated"
    ]
    return Evaluation(scores, _share(related), len(related), _share(unrelated), len(unrelated))


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def word_overlap_baseline(claims: Sequence[GoldClaim]) -> Suggester:
    """A trivial suggester: other articles' claims by the share of lower-case words in common."""
    words = {c.key: set(re.findall(r"\w+", c.text.lower())) for c in claims}
    article = {c.key: c.article for c in claims}

    def suggest(query: str) -> list[tuple[str, str]]:
        mine = words[query]
        scored = [
            (len(mine & words[k]) / (len(mine | words[k]) or 1), k)
            for k in words
            if article[k] != article[query]
        ]
        return [(k, "supports") for _score, k in sorted(scored, reverse=True)[:50]]

    return suggest


def random_baseline(claims: Sequence[GoldClaim], seed: int = 7) -> Suggester:
    keys = [c.key for c in claims]

    def suggest(query: str) -> list[tuple[str, str]]:
        return [(k, "supports") for k in random.Random(f"{seed}{query}").sample(keys, 50) if k != query]

    return suggest


def table(rows: dict[str, Evaluation]) -> str:
    """A Markdown table: one line per suggester and language pair."""
    lines = ["| suggester | pair | recall@5 | top-1 precision | pairs |", "| --- | --- | --- | --- | --- |"]
    for name, result in rows.items():
        for pair, s in result.by_language_pair.items():
            lines.append(f"| {name} | {pair} | {s.recall_at_5:.2f} | {s.top1_precision:.2f} | {s.pairs} |")
        lines.append(
            f"| {name} | figures differ → related | {result.related_marked:.2f} | | {result.related_pairs} |"
        )
        lines.append(
            f"| {name} | unrelated in top 5 (lower is better) | {result.unrelated_in_top5:.2f} | | {result.unrelated_pairs} |"
        )
    return "\n".join(lines)
