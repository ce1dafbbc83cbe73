"""A big claim sheet goes in by batches: every claim, the sheet's ids kept where free, parents
set, one change-log row each; importing it again adds nothing."""

from __future__ import annotations

import json

from claimtracker.importing.claims_json import import_claims_file
from claimtracker.library import Library

CLAIMS = 5_001  # more than one batch


def _sheet(tmp_path):
    words = [f"mot{i}" for i in range(CLAIMS)]
    body = " ".join(words)
    offsets, start = [], 0
    for word in words:
        offsets.append((start, start + len(word)))
        start += len(word) + 1
    claims = [
        {
            "id": 1000 + i,
            "article_id": 7,
            "span": {"start": a, "end": b},
            "quote": {"exact": body[a:b]},
            "chain": [{"name": "Agence", "id": 3}, {"name": "Relais", "id": 4, "role": "intermediary"}],
            "parent_id": 1000 if i else None,
            "tags": ["lot"],
        }
        for i, (a, b) in enumerate(offsets)
    ]
    sheet = {
        "format": "claimtracker-claims",
        "articles": [{"id": 7, "title": "Grand article", "body": body, "language": "fr"}],
        "sources": [{"id": 3, "name": "Agence"}, {"id": 4, "name": "Relais"}],
        "claims": claims,
    }
    path = tmp_path / "big.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return path


def test_a_sheet_bigger_than_a_batch_goes_in_whole_and_only_once(db, tmp_path):
    path = _sheet(tmp_path)
    report = import_claims_file(db, path, who="amina")
    assert report.claims == CLAIMS and not report.problems
    library = Library(db)
    (article,) = library.articles()
    stored = library.claims_of(article.id)
    assert sorted(c.id for c in stored) == list(range(1000, 1000 + CLAIMS))  # the sheet's ids, free here
    last = library.claim(1000 + CLAIMS - 1)
    assert last.parent_id == 1000 and last.tags == ("lot",)
    assert [link.name for link in last.chain.links] == ["Agence", "Relais"]
    assert [(h.who, h.action) for h in library.history("claim", last.id)] == [("amina", "import")]
    again = import_claims_file(db, path)
    assert again.claims == 0 and again.unchanged == CLAIMS
