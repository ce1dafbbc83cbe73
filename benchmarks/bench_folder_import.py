"""Import of a folder of N articles (default 5,000): one process, then worker processes on every core.

    .venv/bin/python benchmarks/bench_folder_import.py [N]

The articles are HTML pages built from the sample corpus (each with its own number, so that
none is a duplicate), imported into an empty SQLite database twice: with parsing in this
process only, then with parsing in worker processes (one per core) while this process writes.
Prints the wall time, articles per second and how busy the cores were (CPU time / wall time).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimtracker.importing import importer
from claimtracker.storage.database import Database, sqlite_url

ROOT = Path(__file__).resolve().parent.parent


def make_folder(folder: Path, count: int) -> None:
    paragraphs = [
        line.strip()
        for seed in sorted((ROOT / "seeds").glob("*.txt"))
        for line in seed.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 80
    ]
    rng = random.Random(7)
    for i in range(count):
        body = "\n".join(f"<p>{p}</p>" for p in rng.sample(paragraphs, 8))
        page = (
            f"<html><head><title>Dépêche {i}</title></head><body><nav>Accueil | Monde</nav>"
            f"<article><h1>Dépêche {i}</h1><p>Publié le {1 + i % 28} mars 2023. Numéro {i}.</p>{body}"
            f"</article><footer>© Exemple</footer></body></html>"
        )
        (folder / f"{i:05d}.html").write_text(page, encoding="utf-8")


def timed_import(folder: Path, database: Path, parallel: bool) -> tuple[float, float, int]:
    importer.PARALLEL_FROM = 40 if parallel else 10**9
    db = Database.open(sqlite_url(database))
    before, started = os.times(), time.perf_counter()
    report = importer.import_paths(db, [folder])
    wall = time.perf_counter() - started
    after = os.times()
    db.close()
    cpu = sum(after[:4]) - sum(before[:4])  # this process and its finished workers
    return wall, cpu / wall, len(report.added)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        make_folder(folder, count)
        print(f"{count:,} HTML articles, {os.cpu_count()} cores")
        for label, parallel in (("one process", False), ("worker processes", True)):
            wall, busy, added = timed_import(folder, Path(scratch) / f"{label}.sqlite", parallel)
            print(
                f"{label:<17} {wall:6.1f} s  {added / wall:6.0f} articles/s  cores busy {busy:.2f}  ({added:,} added)"
            )


if __name__ == "__main__":
    main()
