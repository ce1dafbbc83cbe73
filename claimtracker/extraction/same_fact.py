"""Which claims of other articles may assert the same fact as this one, and why.

A pure ranking: the storage layer brings candidates (claims that share a rare word, a name or a
source with the claim), this module scores them. Each suggestion carries its reasons in the
analyst's words ("same origin Esmail Qaani; overlapping dates; shared: visites, secrètes, Irak")
and a stance: when both claims give figures and none agree, the other claim is at best *related*
(same subject, another figure), never a support.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimtracker.domain.claims import Role
from claimtracker.domain.facts import ClaimSketch, Link, SameFactSuggestion, Stance
from claimtracker.extraction.text_features import TextFeatures, features

# Weights of the evidence. Text similarity carries most of it; what the registry knows (a
# shared origin) and what a translation keeps (names, figures) lift a candidate above claims
# that merely share vocabulary.
TERM_WEIGHT = 0.55
GRAM_WEIGHT = 0.45
NAME_BONUS = 0.12
NUMBER_BONUS = 0.10
ORIGIN_BONUS = 0.20
RELAY_BONUS = 0.08
DATE_BONUS = 0.05
DATE_APART_PENALTY = 0.10
MINIMUM_SCORE = 0.12  # below it a candidate is noise, not a suggestion
NAME_SIMILARITY = 85  # rapidfuzz ratio: "qaani"/"qani", "ghaani"/"qaani" after folding


@dataclass(slots=True)
class _Prepared:
    sketch: ClaimSketch
    features: TextFeatures
    term_norm: float = 0.0
    gram_norm: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)


def rank(query: ClaimSketch, candidates: Iterable[ClaimSketch], limit: int = 10) -> list[SameFactSuggestion]:
    """The candidates most likely to assert the same fact as `query`, best first.

    Claims of the query's own article are left out: a fact is about reports from elsewhere.
    """
    others = [c for c in candidates if c.article_id != query.article_id and c.claim_id != query.claim_id]
    if not others:
        return []
    prepared = [_prepare(c) for c in (query, *others)]
    idf = _inverse_frequencies(p.features.terms for p in prepared)
    gram_idf = _inverse_frequencies(p.features.grams for p in prepared)
    for p in prepared:
        p.weights = {t: (1 + math.log(n)) * idf[t] for t, n in p.features.terms.items()}
        p.term_norm = math.sqrt(sum(w * w for w in p.weights.values()))
        p.gram_norm = math.sqrt(
            sum(((1 + math.log(n)) * gram_idf[g]) ** 2 for g, n in p.features.grams.items())
        )
    head, rest = prepared[0], prepared[1:]
    scored = [s for s in (_score(head, p, gram_idf) for p in rest) if s.score >= MINIMUM_SCORE]
    scored.sort(key=lambda s: (-s.score, s.claim_id))
    return scored[:limit]


def _prepare(sketch: ClaimSketch) -> _Prepared:
    return _Prepared(sketch, features(sketch.text, sketch.language))


def _inverse_frequencies(bags: Iterable[Counter[str]]) -> dict[str, float]:
    """Smoothed IDF over the query and its candidates: what every candidate shares says little."""
    document_frequency: Counter[str] = Counter()
    total = 0
    for bag in bags:
        total += 1
        document_frequency.update(bag.keys())
    return {t: math.log((1 + total) / (1 + n)) + 1 for t, n in document_frequency.items()}


def _score(query: _Prepared, other: _Prepared, gram_idf: dict[str, float]) -> SameFactSuggestion:
    reasons: list[str] = []
    shared_terms = query.weights.keys() & other.weights.keys()
    term_similarity = _cosine(query.weights, other.weights, shared_terms, query.term_norm, other.term_norm)
    gram_similarity = _gram_cosine(query, other, gram_idf)
    score = TERM_WEIGHT * term_similarity + GRAM_WEIGHT * gram_similarity

    names = _shared_names(query.features.names, other.features.names)
    score += NAME_BONUS * min(len(names), 2)

    stance = Stance.SUPPORTS
    mine, theirs = query.features.numbers, other.features.numbers
    if mine & theirs:
        score += NUMBER_BONUS
        reasons.append("same figure " + ", ".join(sorted(mine & theirs)))
    elif mine and theirs:
        stance = Stance.RELATED
        reasons.append(f"different figures: {', '.join(sorted(mine))} vs {', '.join(sorted(theirs))}")

    score += _chain_evidence(query.sketch.chain, other.sketch.chain, reasons)
    score += _date_evidence(query.sketch, other.sketch, reasons)

    words = sorted(shared_terms, key=lambda t: -query.weights[t])[:5]
    shown = [other.features.shown.get(t, t) for t in words if not _is_name(t, names)]
    if names:
        reasons.append("names: " + ", ".join(sorted(names)[:3]))
    if shown:
        reasons.append("shared: " + ", ".join(shown))
    if gram_similarity > 0.25 and query.sketch.language != other.sketch.language:
        reasons.append(f"similar wording across languages ({query.sketch.language}/{other.sketch.language})")
    return SameFactSuggestion(
        other.sketch.claim_id, round(score, 4), stance, tuple(reasons), other.sketch.fact_ids
    )


def _cosine(
    a: dict[str, float], b: dict[str, float], shared: set[str], norm_a: float, norm_b: float
) -> float:
    if not shared or not norm_a or not norm_b:
        return 0.0
    return sum(a[t] * b[t] for t in shared) / (norm_a * norm_b)


def _gram_cosine(a: _Prepared, b: _Prepared, idf: dict[str, float]) -> float:
    shared = a.features.grams.keys() & b.features.grams.keys()
    if not shared or not a.gram_norm or not b.gram_norm:
        return 0.0
    dot = sum(
        (1 + math.log(a.features.grams[g])) * (1 + math.log(b.features.grams[g])) * idf[g] ** 2
        for g in shared
    )
    return dot / (a.gram_norm * b.gram_norm)


def _shared_names(mine: frozenset[str], theirs: frozenset[str]) -> set[str]:
    """Names written alike, allowing transliterations ("Qaani"/"Qani") once folded."""
    shared = set(mine & theirs)
    for name in mine - theirs:
        if len(name) >= 4 and any(
            fuzz.ratio(name, other) >= NAME_SIMILARITY for other in theirs if len(other) >= 4
        ):
            shared.add(name)
    return shared


def _is_name(term: str, names: set[str]) -> bool:
    return any(name.startswith(term) for name in names)


def _chain_evidence(mine: Sequence[Link], theirs: Sequence[Link], reasons: list[str]) -> float:
    """A shared origin is strong evidence of the same fact; a shared relay or outlet, weaker."""
    their_ids = {s.source_id: s for s in theirs}
    evidence = 0.0
    for source in mine:
        other = their_ids.get(source.source_id)
        if other is None:
            continue
        if source.role is Role.ORIGIN and other.role is Role.ORIGIN:
            evidence = max(evidence, ORIGIN_BONUS)
            reasons.insert(0, f"same origin {source.name}")
        elif source.role is not Role.PUBLISHER:
            evidence = max(evidence, RELAY_BONUS)
            reasons.append(f"both via {source.name}")
    return evidence


def _date_evidence(mine: ClaimSketch, theirs: ClaimSketch, reasons: list[str]) -> float:
    if mine.start is None or theirs.start is None:
        return 0.0
    my_end, their_end = mine.end or mine.start, theirs.end or theirs.start
    if mine.start <= their_end and theirs.start <= my_end:
        reasons.append("overlapping dates")
        return DATE_BONUS
    gap = max((mine.start - their_end).days, (theirs.start - my_end).days)
    return -DATE_APART_PENALTY if gap > 365 else 0.0
