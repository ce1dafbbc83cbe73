"""Concurrent analysts: writer processes changing the same things at once, then a count of what survived.

    .venv/bin/python benchmarks/load_test.py sqlite:////tmp/load.sqlite [--workers 4] [--edits 2000]
    .venv/bin/python benchmarks/load_test.py postgresql+psycopg://postgres@127.0.0.1:5433/load
    .venv/bin/python benchmarks/load_test.py sqlite:////tmp/registry.sqlite --scenario registry

claims (default): each edit reads a claim, waits a moment (an analyst typing), and saves it with
one more tag. A save over a newer version is refused (ConflictError): the worker counts it, reads
again and retries. At the end every acknowledged edit's tag must be in the database, and nothing
else.

registry: every worker creates the same 50 new sources (in its own order) and edits the same
article's details (one more word in its title each time). There must be exactly 50 sources, and
every acknowledged title edit must be in the title; refused edits are counted as conflicts.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimtracker.domain import Article, AttributionChain, Claim, Span
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.errors import ConflictError
from claimtracker.library import Library
from claimtracker.storage.articles_repo import add_article
from claimtracker.storage.claims_repo import add_claim, find_claims, get_claim, update_claim
from claimtracker.storage.database import Database
from claimtracker.storage.sources_repo import source_for_name

BODY = "Des sources ont déclaré à Reuters que les drones étaient de fabrication iranienne. " * 4


def prepare(url: str, claims: int = 20) -> list[int]:
    db = Database.open(url)
    with db.transaction() as s:
        article, _ = add_article(s, Article(title="load", body=BODY, raw=f"load {time.time()}"))
        ids = [
            add_claim(s, Claim.from_span(article.id, BODY, Span(n, n + 20), AttributionChain.of(f"s{n}"))).id
            for n in range(claims)
        ]
    db.close()
    return ids  # type: ignore[return-value]


def worker(url: str, number: int, edits: int, ids: list[int]) -> None:
    db = Database.open(url)
    rng = random.Random(number)
    conflicts = 0
    started = time.perf_counter()
    for n in range(edits):
        tag = f"w{number}-{n}"
        claim_id = rng.choice(ids)
        while True:
            with db.reading() as s:
                claim = get_claim(s, claim_id)
            time.sleep(rng.random() * 0.002)  # the analyst's typing: others may save meanwhile
            try:
                with db.transaction() as s:
                    update_claim(s, dataclasses.replace(claim, tags=(*claim.tags, tag)))
            except ConflictError:
                conflicts += 1
                continue
            print(f"ack {tag}", flush=True)
            break
    print(
        json.dumps(
            {
                "worker": number,
                "edits": edits,
                "conflicts": conflicts,
                "seconds": round(time.perf_counter() - started, 2),
            }
        ),
        flush=True,
    )
    db.close()


REGISTRY_NAMES = [f"Source commune {n}" for n in range(50)]


def prepare_registry(url: str) -> int:
    db = Database.open(url)
    with db.transaction() as s:
        article, _ = add_article(s, Article(title="load", body=BODY, raw=f"registry {time.time()}"))
    db.close()
    return article.id  # type: ignore[return-value]


def registry_worker(url: str, number: int, edits: int, article_id: int) -> None:
    library = Library(Database.open(url), analyst=f"worker{number}")
    rng = random.Random(number)
    names = REGISTRY_NAMES[:]
    rng.shuffle(names)
    conflicts = 0
    started = time.perf_counter()
    for name in names:  # as a claim's chain does: the name is matched, or added to the registry
        with library.db.transaction() as s:
            source_for_name(s, name)
    for n in range(edits):
        word = f"w{number}e{n}"
        while True:
            article = library.article(article_id)
            time.sleep(rng.random() * 0.002)
            try:
                library.update_article(dataclasses.replace(article, title=f"{article.title} {word}"))
            except ConflictError:
                conflicts += 1
                continue
            print(f"ack {word}", flush=True)
            break
    seconds = round(time.perf_counter() - started, 2)
    print(
        json.dumps({"worker": number, "edits": edits, "conflicts": conflicts, "seconds": seconds}), flush=True
    )
    library.close()


def run_registry(url: str, workers: int, edits: int) -> dict:
    article_id = prepare_registry(url)
    acked, summaries, seconds = _run_workers(
        url, workers, edits, ["--scenario", "registry", "--ids", str(article_id)]
    )
    db = Database.open(url)
    library = Library(db)
    stored = set(library.article(article_id).title.split()[1:])
    sources = [s for s in library.sources("Source commune")]
    db.close()
    return {
        "database": db.engine.dialect.name,
        "workers": workers,
        "sources_wanted": len(REGISTRY_NAMES),
        "sources_stored": len(sources),
        "distinct_source_names": len({s.name for s in sources}),
        "edits_acknowledged": len(acked),
        "edits_stored": len(stored),
        "lost": len(acked - stored),
        "unacknowledged_but_stored": len(stored - acked),
        "conflicts_detected": sum(s["conflicts"] for s in summaries),
        "seconds": round(seconds, 1),
    }


def _run_workers(url: str, workers: int, edits: int, extra: list[str]) -> tuple[set[str], list[dict], float]:
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            [sys.executable, __file__, url, "--worker", str(n), "--edits", str(edits), *extra],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(workers)
    ]
    acked, summaries = set(), []
    for child in children:
        out, _ = child.communicate()
        if child.returncode != 0:
            raise RuntimeError(f"worker failed with status {child.returncode}")
        for line in out.splitlines():
            if line.startswith("ack "):
                acked.add(line[4:])
            else:
                summaries.append(json.loads(line))
    return acked, summaries, time.perf_counter() - started


def run(url: str, workers: int, edits: int) -> dict:
    ids = prepare(url)
    acked, summaries, seconds = _run_workers(url, workers, edits, ["--ids", ",".join(map(str, ids))])
    db = Database.open(url)
    with db.reading() as s:
        stored = {tag for claim in find_claims(s, ClaimFilter()) if claim.id in ids for tag in claim.tags}
    db.close()
    return {
        "database": db.engine.dialect.name,
        "workers": workers,
        "acknowledged": len(acked),
        "stored": len(stored),
        "lost": len(acked - stored),
        "unacknowledged_but_stored": len(stored - acked),
        "conflicts_detected": sum(s["conflicts"] for s in summaries),
        "edits_per_second": round(len(acked) / seconds, 1),
        "seconds": round(seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--scenario", choices=("claims", "registry"), default="claims")
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        if args.scenario == "registry":
            registry_worker(args.url, args.worker, args.edits, int(args.ids))
        else:
            worker(args.url, args.worker, args.edits, [int(i) for i in args.ids.split(",")])
        return
    scenario = run_registry if args.scenario == "registry" else run
    print(json.dumps(scenario(args.url, args.workers, args.edits), indent=1))


if __name__ == "__main__":
    main()
