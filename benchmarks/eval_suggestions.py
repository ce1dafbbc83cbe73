"""Attribution suggestions against every gold set, per language, dev and held-out apart.

.venv/bin/python benchmarks/eval_suggestions.py [--errors dev]

Sets (tests/data; licences and credits in each folder's README):
* seeds: the five bundled articles, hand-annotated (dev: the rules were written looking at them);
* gum_en: GUM's Wikinews documents, speech attributions (dev / held-out by document), with
  intermediaries added by hand;
* pud_fr, pud_en: PUD news sentences, reviewed by hand (dev / held-out by PUD document);
* heldout, untouched: short articles written apart from the rules (held-out).
* wire: four wire-copy articles written and annotated after a round of rules, before any rule ran
  on them (held-out).
* dated: four dated articles, written and annotated (claim days included) before any rule ran on
  them, to measure claim dates (held-out).
* written_dev: dated articles written and annotated the same way, later, to work on claim dates,
  intermediaries and scraped-page boilerplate (dev).
Each table gives P/R/F1 at the three levels of `claimtracker.extraction.evaluation`, exact-span
F1, intermediaries and claim dates, and the same figures for a dummy that offers whole sentences.
`--errors dev` prints every miss and false alarm of the dev sets, to work on; the held-out sets
are never printed that way.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimtracker.domain.dates import ClaimDate  # noqa: E402
from claimtracker.extraction.attributions import Suggestion, suggest  # noqa: E402
from claimtracker.extraction.evaluation import EXACT, LEVELS, Evaluation, evaluate, pairs, whole_sentences  # noqa: E402
from claimtracker.extraction.gold import GoldDocument, load_gold, load_span_gold  # noqa: E402
from claimtracker.importing.importer import parse_file  # noqa: E402

DATA = ROOT / "tests" / "data"
Suggester = Callable[[str, str, ClaimDate | None], list[Suggestion]]


def _string_gold(folder: Path, gold_file: Path, split: str, set_name: str) -> list[GoldDocument]:
    articles = {p.name: parse_file(p) for p in sorted(folder.glob("*.txt"))}
    gold = load_gold(gold_file, {name: a.body for name, a in articles.items()})
    return [
        GoldDocument(
            name=f"{set_name}/{name}",
            language=articles[name].language,
            split=split,
            text=articles[name].body,
            published=articles[name].published.value.isoformat() if articles[name].published.value else None,
            published_certain=articles[name].published.certain,
            attributions=items,
        )
        for name, items in gold.items()
    ]


def gold_sets() -> dict[str, list[GoldDocument]]:
    return {
        "seeds": _string_gold(ROOT / "seeds", DATA / "attribution_gold.json", "dev", "seeds"),
        "gum_en": load_span_gold(DATA / "attributions" / "gum_en.json"),
        "pud_fr": load_span_gold(DATA / "attributions" / "pud_fr.json"),
        "pud_en": load_span_gold(DATA / "attributions" / "pud_en.json"),
        "heldout": _string_gold(DATA / "heldout", DATA / "heldout" / "gold.json", "heldout", "heldout"),
        "untouched": _string_gold(
            DATA / "untouched", DATA / "untouched" / "gold.json", "heldout", "untouched"
        ),
        "wire": _string_gold(DATA / "wire", DATA / "wire" / "gold.json", "heldout", "wire"),
        "dated": _string_gold(DATA / "dated", DATA / "dated" / "gold.json", "heldout", "dated"),
        "written_dev": _string_gold(
            DATA / "written_dev", DATA / "written_dev" / "gold.json", "dev", "written_dev"
        ),
    }


def _published(doc: GoldDocument) -> ClaimDate | None:
    if not doc.published:
        return None
    return ClaimDate.of(dt.date.fromisoformat(doc.published), certain=doc.published_certain)


def score(docs: list[GoldDocument], suggester: Suggester, set_name: str) -> Evaluation:
    total = Evaluation()
    for doc in docs:
        total.add(evaluate(scored(doc, suggester(doc.text, doc.language, _published(doc))), doc.attributions))
    return total


def scored(doc: GoldDocument, found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions the gold can judge: not those at a cue it leaves unscored."""
    return [
        s for s in found if not any(s.cue.start < cue.end and cue.start < s.cue.end for cue in doc.unscored)
    ]


def dummy(text: str, language: str, published: ClaimDate | None) -> list[Suggestion]:
    return whole_sentences(text, language)


def scores(suggester: Suggester = suggest) -> dict[tuple[str, str], dict[str, Evaluation]]:
    """(language, split) → set name → evaluation, plus "all" pooling the sets."""
    table: dict[tuple[str, str], dict[str, Evaluation]] = {}
    for set_name, docs in gold_sets().items():
        for language in ("en", "fr"):
            for split in ("dev", "heldout"):
                chosen = [d for d in docs if d.language == language and d.split == split]
                if not chosen:
                    continue
                result = score(chosen, suggester, set_name)
                cell = table.setdefault((language, split), {"all": Evaluation()})
                cell[set_name] = result
                cell["all"].add(result)
    return table


def _row(name: str, result: Evaluation) -> str:
    levels = "  ".join(
        f"{s.precision:4.2f} {s.recall:4.2f} {s.f1:4.2f}" for s in (result.levels[n] for n in LEVELS)
    )
    exact = " ".join(f"{result.exact[n].f1:4.2f}" for n in EXACT)
    via = result.intermediary
    via_text = f"{via.f1:4.2f} ({via.gold:>2})" if via.gold else "   –     "
    dates = f"{result.dates_right}/{result.dates}" if result.dates else "–"
    return f"  {name:<16} {result.levels['cue'].gold:>4}  {levels}   {exact}   {via_text}  {dates}"


def report(table: dict, baseline: dict) -> None:
    header = (
        f"  {'set':<16} {'gold':>4}  {'cue P  R   F1':<14}  {'+speaker P R F1':<14}  {'+content P R F1':<14}"
        f"   exact c/s/t     interm.  dates"
    )
    for (language, split), cells in sorted(table.items()):
        print(f"\n{ {'en': 'English', 'fr': 'French'}[language] }, {split}")
        print(header)
        for name, result in cells.items():
            if name != "all":
                print(_row(name, result))
        print(_row("all", cells["all"]))
        print(_row("whole-sentence", baseline[(language, split)]["all"]))


def errors(split: str = "dev") -> None:
    """Every miss (gold with no suggestion at the full level) and false alarm, dev sets only."""
    if split != "dev":
        raise SystemExit("only the dev sets are printed error by error")
    for _set_name, docs in gold_sets().items():
        for doc in (d for d in docs if d.split == "dev"):
            found = scored(doc, suggest(doc.text, doc.language, _published(doc)))
            matched = pairs(found, doc.attributions)
            good = {
                id(g) for s, g in matched if evaluate([s], [g]).levels["cue+speaker+content"].true_positives
            }
            paired = {id(s) for s, _ in matched}
            for s, g in matched:
                if id(g) not in good:
                    print(
                        f"PARTIAL {doc.name}\n  gold {_show(doc.text, g)}\n  got  {_show(doc.text, s)} [{s.rule}]"
                    )
            for g in doc.attributions:
                if id(g) not in {id(x) for _, x in matched}:
                    print(f"MISSED  {doc.name}\n  gold {_show(doc.text, g)}")
            for s in found:
                if id(s) not in paired:
                    print(f"EXTRA   {doc.name}\n  got  {_show(doc.text, s)} [{s.rule}]")


def _show(text: str, item) -> str:
    def cut(span) -> str:
        return text[span.start : span.end] if span else "–"

    content = cut(item.content)
    content = content if len(content) < 90 else content[:50] + " … " + content[-30:]
    return f"cue={cut(item.cue)!r} speaker={cut(item.speaker)!r} content={content!r}"


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--errors"]:
        errors(argv[1] if len(argv) > 1 else "dev")
        return
    report(scores(), scores(dummy))
    timings = []
    for doc in gold_sets()["gum_en"]:
        started = time.perf_counter()
        suggest(doc.text, doc.language)
        timings.append(((time.perf_counter() - started) * 1000 / max(len(doc.text), 1) * 5000, len(doc.text)))
    timings.sort()
    print(
        f"\nspeed: {timings[len(timings) // 2][0]:.1f} ms per 5,000 characters (median of "
        f"{len(timings)} GUM documents, max {timings[-1][0]:.1f})"
    )


if __name__ == "__main__":
    main()
