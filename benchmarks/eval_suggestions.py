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


def score(articles: dict, gold_path: Path) -> tuple[dict[str, Evaluation], list[tuple[int, float]]]:
    gold = load_gold(gold_path, {n: a.body for n, a in articles.items()})
    by_language: dict[str, Evaluation] = {}
    timings = []
    for name, items in gold.items():
        article = articles[name]
        started = time.perf_counter()
        found = suggest(article.body, article.language, article.published)
        timings.append((len(article.body), (time.perf_counter() - started) * 1000))
        by_language.setdefault(article.language, Evaluation()).add(evaluate(found, items))
    return by_language, timings


def report(title: str, by_language: dict[str, Evaluation]) -> None:
    print(f"\n{title}\n{'':<4} {'field':<14} {'P':>6} {'R':>6} {'F1':>6}   (30% span overlap)")
    for language, result in sorted(by_language.items()):
        for field in FIELDS:
            s = result.fields[field]
            print(f"{language:<4} {field:<14} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}")
        print(
            f"{language:<4} {'intermediary':<14} found {result.intermediaries_found}/{result.intermediaries}"
        )
        print(f"{language:<4} {'claim date':<14} right {result.dates_right}/{result.dates}")


def main() -> None:
    data = ROOT / "tests" / "data"
    seeds = {p.name: parse_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))}
    by_language, timings = score(seeds, data / "attribution_gold.json")
    report("The five seeds (the rules were written looking at them)", by_language)
    for folder, title in (
        (
            "heldout",
            "Held-out articles (written apart; their first scores showed gaps that rules then closed)",
        ),
        ("untouched", "Untouched articles (written after the rules, scored, never used to change them)"),
    ):
        articles = {p.name: parse_file(p) for p in sorted((data / folder).glob("*.txt"))}
        report(title, score(articles, data / folder / "gold.json")[0])
    longest = max(timings)
    print(f"\nspeed: {longest[1]:.1f} ms for the longest seed ({longest[0]:,} characters)")


if __name__ == "__main__":
    main()
