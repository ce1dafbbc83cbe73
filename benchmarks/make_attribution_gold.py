"""Build tests/data/attributions/ from the shared corpora (licences in that folder's README).

    python benchmarks/make_attribution_gold.py ../shared/corpora

* `gum_en.json`: the Wikinews news and interview documents of GUM with their hand-annotated
  attributions whose cue is a speech act (say, tell, according to, claim, state …); cognition
  cues (think, know, believe …), image credits and bylines are left out, since an analyst does
  not record them as claims. Split by document: about half is held out.
* `pud_fr.json`, `pud_en.json`: the PUD sentences with a reporting construction, in each
  language. The automatic candidates were read one by one and corrected by hand;
  `attribution_review.py` lists every change, so the derived data says what was changed
  (CC BY-SA 3.0). Split by PUD document number, as the same-fact gold is.

Conventions of every gold file: the cue is the reporting word or words alone ("déclaré",
"said", "according to", "selon"); the speaker is the whole noun phrase with its apposition
("Joe Sternlieb, le président du centre des affaires de Georgetown"); the content is the
reported proposition without its complementiser ("que", "that") or its quotation marks.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.attribution_review import REVIEW_EN, REVIEW_FR

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "attributions"

SPEECH_LEMMAS = frozenset(
    "say;accord to;tell;claim;state;explain;report;note;write;assert;reveal;add;comment;quote;"
    "announce;remark;mention;suggest;tweet;declare;email;reply;deny;ask;admit;observe;warn;"
    "confirm;insist;argue".split(";")
)
SKIPPED_LAYOUTS = {"caption", "head"}
_COMPLEMENTISER = re.compile(r"^(?:that|que|qu['’])\s*", re.IGNORECASE)
_QUOTES = "«»“”\"' \u00a0"


def split_of(sent_id: str) -> str:
    return "dev" if int(sent_id[1:6]) % 2 == 0 else "heldout"


def _content(text: str, start: int, end: int) -> list[int] | None:
    complementiser = _COMPLEMENTISER.match(text[start:end])
    if complementiser:
        start += complementiser.end()
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES + ".,":
        end -= 1
    return [start, end] if end > start else None


# The day each attribution was made, where its sentence says it outside the content, read by hand
# against the document's date (key: document, index among its kept attributions).
GUM_CLAIM_DATES = {
    ("GUM_news_ie9", 0): "2011-03-04",  # "Microsoft announced on Friday that …", published Tuesday 8 March
    ("GUM_news_questionnaire", 6): "2023-02-22",  # "On Wednesday, … told GB News", published Thursday 23 Feb
    ("GUM_news_hackers", 9): "2008-01-18",  # "Posts … from Friday theorized …", published Sunday 20 Jan
}


# Who passed the words on, read by hand in every sentence that names a relay (told X, according
# to X … said, quoted by X, in a statement / an interview to X); the others have none. GUM does
# not annotate it. Convention as in the PUD gold: the outlet, programme or press told or that
# quoted the speaker; an audience (the court, them, a person) passes nothing on.
GUM_INTERMEDIARIES = {
    ("GUM_interview_cocktail", 3): "The Canadian Press",  # "he was quoted by The Canadian Press"
    ("GUM_interview_onion", 0): "Terry Gross",  # "In an interview with Terry Gross, Stephen Colbert said"
    ("GUM_news_afghan", 2): "the press",  # "… team member Rodaba Noori told the press"
    ("GUM_news_defector", 7): "LA Weekly",
    ("GUM_news_defector", 10): "LA Weekly",
    ("GUM_news_flag", 1): "the New Zealand Herald",  # "According to the New Zealand Herald, … Burrows … said"
    ("GUM_news_imprisoned", 6): "the Australian Broadcasting Corporation",  # "In a statement to …"
    ("GUM_news_questionnaire", 2): "BBC News",  # "Officials tell BBC News"
    ("GUM_news_questionnaire", 6): "GB News",
    ("GUM_news_questionnaire", 9): "Sky News",
    ("GUM_news_sensitive", 3): "CBC News",
    ("GUM_news_warming", 0): "The Huffington Post",
    ("GUM_news_warming", 5): "The Huffington Post",
}


def _near(text: str, needle: str, cue: list[int]) -> list[int]:
    """The occurrence of `needle` closest to the cue."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    start = min(starts, key=lambda at: abs(at - cue[0]))
    return [start, start + len(needle)]


def gum(corpora: Path) -> dict:
    documents = []
    for line in (corpora / "gum-attributions" / "gum_en.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        kept = []
        unscored = []  # attributions GUM annotates with a cue outside the speech lemmas
        for item in doc["attributions"]:
            if (
                _content(text, *item["content"][:2]) is None
                or item.get("cue_is_source")
                or item["layout"] in SKIPPED_LAYOUTS
            ):
                continue
            if item["cue_lemma"] not in SPEECH_LEMMAS:
                if item["cue_lemma"].islower():  # a verb, not an interview's "Nick:" or "NASA:"
                    unscored.append(item["cue"][:2])
                continue
            kept.append(
                {
                    "cue": item["cue"][:2],
                    "speaker": item["source_main"][:2],
                    "speaker_alt": item["source"][:2],
                    "content": _content(text, *item["content"][:2]),
                    "content_alt": _content(text, *item["content_head"][:2]),
                    "intermediary": (
                        _near(text, GUM_INTERMEDIARIES[key], item["cue"][:2])
                        if (key := (doc["id"], len(kept))) in GUM_INTERMEDIARIES
                        else None
                    ),
                    "date_value": GUM_CLAIM_DATES.get((doc["id"], len(kept))),
                }
            )
        held_out = zlib.crc32(doc["id"].encode()) % 2 == 0
        documents.append(
            {
                "id": doc["id"],
                "language": "en",
                "split": "heldout" if held_out else "dev",
                "title": doc["title"],
                "source_url": doc["source_url"],
                "published": doc["date_created"],
                "text": text,
                "attributions": kept,
                # a suggestion at one of these cues is neither right nor wrong: GUM marks an
                # attribution there ("estimated", "accused"), the speech-lemma filter left it out
                "unscored": unscored,
            }
        )
    return {
        "licence": "text CC BY 2.5 (Wikinews contributors); annotations CC BY 4.0 (GUM)",
        "documents": documents,
    }


def _span(text: str, needle: str, sent_id: str) -> list[int]:
    at = text.find(needle)
    if at == -1:
        raise ValueError(f"{sent_id}: {needle!r} is not in the sentence")
    return [at, at + len(needle)]


def pud(corpora: Path, language: str, review: dict[str, list[tuple[str, ...]]]) -> dict:
    folder = corpora / "pud-reporting"
    texts, sent_id = {}, ""
    for line in (folder / f"{language}_pud-ud-test.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            texts[sent_id] = line.split("=", 1)[1].strip()
    candidates: dict[str, list[dict]] = {}
    for line in (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        found = [pair[f"{language}_candidate"], *pair.get(f"{language}_other_candidates", [])]
        candidates[pair["sent_id"]] = [c for c in found if c and c.get("source") and c.get("content")]
    documents = []
    for sent_id in sorted(set(candidates) | set(review)):
        text = texts[sent_id]
        if sent_id in review:
            attributions = [
                {
                    "cue": _span(text, cue, sent_id),
                    "speaker": _span(text, speaker, sent_id),
                    "content": _content(text, *_span(text, content, sent_id)),
                    "intermediary": _span(text, via[0], sent_id) if via else None,
                }
                for cue, speaker, content, *via in review[sent_id]
            ]
        else:
            attributions = [
                {
                    "cue": c["cue"][:2],
                    "speaker": c["source"][:2],
                    "content": _content(text, *c["content"][:2]),
                    "intermediary": None,
                }
                for c in candidates[sent_id]
            ]
        documents.append(
            {
                "id": sent_id,
                "language": language,
                "split": split_of(sent_id),
                "text": text,
                "attributions": attributions,
            }
        )
    return {"licence": "CC BY-SA 3.0 (PUD treebanks)", "documents": documents}


def main() -> None:
    corpora = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in (
        ("gum_en.json", gum(corpora)),
        ("pud_fr.json", pud(corpora, "fr", REVIEW_FR)),
        ("pud_en.json", pud(corpora, "en", REVIEW_EN)),
    ):
        (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        count = sum(len(d["attributions"]) for d in data["documents"])
        print(f"{name}: {len(data['documents'])} documents, {count} attributions")


if __name__ == "__main__":
    main()
