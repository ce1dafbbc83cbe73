"""Build tests/data/same_fact/ from the PUD treebanks and the hand-written reports beside them.

Run once with the PUD copy of the shared corpora (CC BY-SA 3.0, see tests/data/same_fact/README.md):

    python benchmarks/make_same_fact_gold.py ../shared/corpora/pud-reporting

The pool is every news sentence of PUD in French and English (each document-language an
article). Gold groups are the PUD reporting sentences for which reports were written by hand
in `paraphrases.tsv` (another outlet's wording, same fact); `figure_variants.tsv` holds reports
of the same subject with another figure (related). Unrelated pairs are, for each group, the
sentence of another PUD document sharing the most words with it: PUD documents are distinct
stories, so these are hard negatives.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "same_fact"


def sentences(path: Path) -> dict[str, str]:
    found, sent_id = {}, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            found[sent_id] = line.split("=", 1)[1].strip()
    return found


def split_of(sent_id: str) -> str:
    return "dev" if int(sent_id[1:6]) % 2 == 0 else "heldout"


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def main(corpus: Path) -> None:
    text = {
        "fr": sentences(corpus / "fr_pud-ud-test.conllu"),
        "en": sentences(corpus / "en_pud-ud-test.conllu"),
    }
    news = sorted(s for s in text["en"] if s.startswith("n"))
    claims, gold = [], []
    for sent_id in news:
        for lang in ("en", "fr"):
            claims.append(
                {
                    "id": f"{sent_id}-{lang}",
                    "article": f"pud-{sent_id[:6]}-{lang}",
                    "language": lang,
                    "text": text[lang][sent_id],
                    "written_by": "PUD",
                }
            )
    groups: dict[str, list[str]] = {}
    for kind, name in (("para", "paraphrases.tsv"), ("var", "figure_variants.tsv")):
        with (OUT / name).open(encoding="utf-8") as rows:
            for sent_id, lang, report in csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
                claim_id = f"{kind}-{sent_id}-{lang}"
                claims.append(
                    {
                        "id": claim_id,
                        "article": claim_id,
                        "language": lang,
                        "text": report,
                        "written_by": "ClaimTracker",
                    }
                )
                originals = [f"{sent_id}-en", f"{sent_id}-fr"]
                if kind == "para":
                    groups.setdefault(sent_id, list(originals)).append(claim_id)
                else:
                    gold += [
                        {"a": claim_id, "b": o, "label": "related", "split": split_of(sent_id)}
                        for o in originals
                    ]
    for sent_id, members in groups.items():
        for i, a in enumerate(members):
            gold += [{"a": a, "b": b, "label": "same", "split": split_of(sent_id)} for b in members[i + 1 :]]
        for lang in ("en", "fr"):
            mine = words(text[lang][sent_id])
            other = max(
                (s for s in news if s[:6] != sent_id[:6]), key=lambda s: (len(mine & words(text[lang][s])), s)
            )
            gold.append(
                {
                    "a": f"{sent_id}-{lang}",
                    "b": f"{other}-{lang}",
                    "label": "unrelated",
                    "split": split_of(sent_id),
                }
            )
    with (OUT / "claims.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in claims)
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    print(f"{len(claims)} claims, {len(gold)} gold pairs")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
