"""Facts at scale: a database of generated claims gets 50,000 facts (three claims each, and one
fact of 500 claims), then the Facts table's first page and the assessment of the big fact are timed.

    .venv/bin/python benchmarks/generate_corpus.py /tmp/claimtracker-bench/1m.sqlite
    .venv/bin/python benchmarks/bench_facts.py /tmp/claimtracker-bench/1m.sqlite

Medians of 7 runs after a warm-up. The facts are added once (a second run reuses them).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_views import timed  # the benchmarks share one timer (this folder is on the path)

from claimtracker.library import Library
from claimtracker.storage.database import Database, sqlite_url
from claimtracker.storage.schema import ClaimRow, FactClaimRow, FactRow

FACTS, PER_FACT, BIG = 50_000, 3, 500


def add_facts(db: Database) -> int:
    """Add the facts unless they are there; returns the id of the 500-claim fact."""
    with db.transaction() as s:
        if s.execute(sa.select(sa.func.count()).select_from(FactRow)).scalar_one() >= FACTS:
            return s.execute(sa.select(sa.func.min(FactRow.id))).scalar_one()
        top = s.execute(sa.select(sa.func.max(ClaimRow.id))).scalar_one()
        rng = random.Random(7)
        now = dt.datetime.now(dt.UTC)
        s.execute(
            sa.insert(FactRow.__table__),
            [
                {"statement": f"generated fact {n}", "created_at": now, "updated_at": now}
                for n in range(FACTS)
            ],
        )
        first = s.execute(sa.select(sa.func.min(FactRow.id))).scalar_one()
        links = {(first, c) for c in rng.sample(range(1, top + 1), BIG)}
        for fact_id in range(first + 1, first + FACTS):
            links.update((fact_id, c) for c in rng.sample(range(1, top + 1), PER_FACT))
        s.execute(
            sa.insert(FactClaimRow.__table__),
            [
                {"fact_id": f, "claim_id": c, "stance": "supports", "who": "bench", "reason": "", "at": now}
                for f, c in links
            ],
        )
        return first


def suggestions_for_one_claim(db: Database, library: Library, queries: int = 20) -> None:
    """Same-fact suggestions for claims picked at random: cold (first time a claim's candidates
    are read) and warm (asked again, as when the analyst comes back to it)."""
    with db.reading() as s:
        top = s.execute(sa.select(sa.func.max(ClaimRow.id))).scalar_one()
    picked = random.Random(11).sample(range(1, top + 1), queries)
    cold, warm, found = [], [], []
    for claim_id in picked:
        for times in (cold, warm):
            started = time.perf_counter()
            suggestions = library.same_fact_suggestions(claim_id)
            times.append((time.perf_counter() - started) * 1000)
        found.append(len(suggestions))
    for label, times in (("cold", cold), ("warm", warm)):
        print(
            f"{'same-fact suggestions for one claim, ' + label:<48} {statistics.median(times):8.1f} ms"
            f"   (min {min(times):.1f}, max {max(times):.1f}; {queries} claims)   target < 200 ms"
        )
    print(f"{'':<48} {statistics.median(found):8.0f} suggestions per claim (median)")


def main() -> None:
    path = Path(sys.argv[1])
    db = Database.open(sqlite_url(path))
    started = time.perf_counter()
    big = add_facts(db)
    print(f"database {path}: {FACTS:,} facts ready in {time.perf_counter() - started:.1f} s")
    library = Library(db)
    page = timed(lambda: library.assessed_facts(200, 0))
    print(f"{'Facts table, first page (200 facts assessed)':<48} {page:8.1f} ms   target < 50 ms")
    one = timed(lambda: library.assess_fact(big))
    print(f"{'a fact with 500 claims, assessed':<48} {one:8.1f} ms   target < 20 ms")
    suggestions_for_one_claim(db, library)
    db.close()


if __name__ == "__main__":
    main()
