"""Same-fact suggestions against the gold pairs of tests/data/same_fact, per language pair.

    .venv/bin/python benchmarks/eval_same_fact.py

Loads the gold claims (PUD news sentences in French and English, and reports written by hand,
CC BY-SA 3.0: see tests/data/same_fact/README.md) into a fresh SQLite database through the
app's storage, asks the Library for suggestions exactly as the window and `claimtracker fact
suggest` do, and prints recall@5 and top-1 precision for the dev and held-out splits, beside a
word-overlap and a random baseline.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimtracker.domain.articles import Article  # noqa: E402
from claimtracker.domain.claims import AttributionChain, Claim, SourceRef, Span  # noqa: E402
from claimtracker.extraction.same_fact_evaluation import (  # noqa: E402
    Evaluation,
    GoldClaim,
    Suggester,
    evaluate,
    load_gold,
    random_baseline,
    table,
    word_overlap_baseline,
)
from claimtracker.library import Library  # noqa: E402
from claimtracker.storage import articles_repo, claims_repo  # noqa: E402
from claimtracker.storage.database import Database, sqlite_url  # noqa: E402

GOLD = ROOT / "tests" / "data" / "same_fact"


def load_into(db: Database, claims: Sequence[GoldClaim]) -> dict[str, int]:
    """Each gold article stored with its claims; returns claim key -> stored claim id."""
    by_article: dict[str, list[GoldClaim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article].append(claim)
    ids: dict[str, int] = {}
    with db.transaction() as s:
        for name, members in by_article.items():
            body = "\n\n".join(c.text for c in members)
            article, _new = articles_repo.add_article(
                s, Article(title=name, body=body, language=members[0].language, outlet=f"{name} desk")
            )
            start = 0
            for claim in members:
                span = Span(start, start + len(claim.text))
                chain = AttributionChain((SourceRef(f"{name} desk"),))
                stored = claims_repo.add_claim(s, Claim.from_span(article.id, body, span, chain))  # type: ignore[arg-type]
                ids[claim.key] = stored.id  # type: ignore[assignment]
                start = span.end + 2
    return ids


def app_suggester(library: Library, ids: dict[str, int], timings: list[float] | None = None) -> Suggester:
    key_of = {v: k for k, v in ids.items()}

    def suggest(query: str) -> list[tuple[str, str]]:
        started = time.perf_counter()
        found = library.same_fact_suggestions(ids[query], limit=50)
        if timings is not None:
            timings.append((time.perf_counter() - started) * 1000)
        return [(key_of[s.claim_id], s.stance.value) for s in found]

    return suggest


def run(folder: Path = GOLD) -> tuple[dict[str, dict[str, Evaluation]], list[float]]:
    claims, pairs = load_gold(folder)
    timings: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(sqlite_url(Path(tmp) / "gold.sqlite"))
        try:
            ids = load_into(db, claims)
            library = Library(db, analyst="evaluation")
            suggesters = {
                "ClaimTracker": app_suggester(library, ids, timings),
                "word overlap": word_overlap_baseline(claims),
                "random": random_baseline(claims),
            }
            results = {
                split: {name: evaluate(claims, pairs, suggest, split) for name, suggest in suggesters.items()}
                for split in ("dev", "heldout")
            }
        finally:
            db.close()
    return results, timings


def main() -> None:
    results, timings = run()
    for split, rows in results.items():
        print(f"\n## {split}\n\n{table(rows)}")
    print(
        f"\nsuggestions for one claim ({len(timings)} claims, pool of 1,088): median "
        f"{statistics.median(timings):.1f} ms, max {max(timings):.1f} ms"
    )


if __name__ == "__main__":
    main()
