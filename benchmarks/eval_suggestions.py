"""Attribution suggestions against the hand-made gold of the seeds: P/R/F1 per language and field.

.venv/bin/python benchmarks/eval_suggestions.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimtracker.extraction.attributions import suggest  # noqa: E402
from claimtracker.extraction.evaluation import FIELDS, Evaluation, evaluate  # noqa: E402
from claimtracker.extraction.gold import load_gold  # noqa: E402
from claimtracker.importing.importer import parse_file  # noqa: E402


def main() -> None:
    articles = {p.name: parse_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))}
    gold = load_gold(
        ROOT / "tests" / "data" / "attribution_gold.json", {n: a.body for n, a in articles.items()}
    )
    by_language: dict[str, Evaluation] = {}
    timings = []
    for name, items in gold.items():
        article = articles[name]
        started = time.perf_counter()
        found = suggest(article.body, article.language, article.published)
        timings.append((len(article.body), (time.perf_counter() - started) * 1000))
        by_language.setdefault(article.language, Evaluation()).add(evaluate(found, items))
    print(f"{'':<4} {'field':<14} {'P':>6} {'R':>6} {'F1':>6}   (30% span overlap)")
    for language, result in sorted(by_language.items()):
        for field in FIELDS:
            s = result.fields[field]
            print(f"{language:<4} {field:<14} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}")
        print(
            f"{language:<4} {'intermediary':<14} found {result.intermediaries_found}/{result.intermediaries}"
        )
        print(f"{language:<4} {'claim date':<14} right {result.dates_right}/{result.dates}")
    longest = max(timings)
    print(f"speed: {longest[1]:.1f} ms for the longest seed ({longest[0]:,} characters)")


if __name__ == "__main__":
    main()
