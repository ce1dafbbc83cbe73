"""JSON claim sheets: every field, stable ids, the chain as a list, dates with their precision,
the articles and sources they refer to (so that `import-claims` can rebuild them elsewhere), and
the spans as W3C Web Annotations (TextQuoteSelector and TextPositionSelector) for other tools.

Written as a stream, claim by claim, so that memory stays flat for large exports.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Callable
from typing import Any, TextIO

from claimtracker import __version__
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import Claim
from claimtracker.exporting.records import article_record, claim_record
from claimtracker.exporting.sheet import Progress, articles_of, sheet_rows
from claimtracker.storage.change_log import Authorship
from claimtracker.storage.database import Database
from claimtracker.storage.facts_repo import facts_by_ids, links_of_claims
from claimtracker.storage.sources_repo import get_source

FORMAT = "claimtracker-claims"
FORMAT_VERSION = 1
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation(
    claim: Claim, article_url: str, made: Authorship | None = None, language: str = ""
) -> dict[str, Any]:
    """A claim's span as a W3C Web Annotation (JSON-LD).

    As the annotation model means them: `creator`, `created` and `modified` are the analyst who
    recorded the claim and when; what the claim says, who said it, through whom (with the roles)
    and when are bodies — the claim in words (describing), its attribution as a note
    (commenting) and a tag per link of the chain (tagging)."""
    chain = claim.chain
    attribution = "; ".join(
        f"{chain.role_of(i).value}: {link.name}" + (f" ({link.relation.value})" if link.relation else "")
        for i, link in enumerate(chain.links)
    )
    dates = [
        f"{label} {date.edtf()}" + (f" (“{date.wording}”)" if date.wording else "")
        for label, date in (("claimed", claim.claim_date), ("event", claim.event_date))
        if date.is_known
    ]
    describing: dict[str, Any] = {
        "type": "TextualBody",
        "value": claim.text,
        "purpose": "describing",
        "format": "text/plain",
    }
    if language:
        describing["language"] = language
    record: dict[str, Any] = {
        "@context": ANNOTATION_CONTEXT,
        "id": f"urn:claimtracker:claim:{claim.id}",
        "type": "Annotation",
        "motivation": "describing",
        "body": [
            describing,
            {
                "type": "TextualBody",
                "value": f"Said by {chain.speaker.name}. Chain: {attribution}."
                + (f" Dates: {', '.join(dates)}." if dates else ""),
                "purpose": "commenting",
                "format": "text/plain",
            },
            *(
                {
                    "type": "TextualBody",
                    "value": f"{chain.role_of(i).value}: {link.name}",
                    "purpose": "tagging",
                }
                for i, link in enumerate(chain.links)
            ),
        ],
        "target": {
            "source": article_url or f"urn:claimtracker:article:{claim.article_id}",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": claim.quote.exact,
                    "prefix": claim.quote.prefix,
                    "suffix": claim.quote.suffix,
                },
                {"type": "TextPositionSelector", "start": claim.span.start, "end": claim.span.end},
            ],
        },
    }
    if made is not None:
        record["creator"] = {"type": "Person", "nickname": made.who}
        record["created"] = made.created.isoformat(timespec="seconds").replace("+00:00", "Z")
        record["modified"] = made.modified.isoformat(timespec="seconds").replace("+00:00", "Z")
    return record


def fact_records(session, claim_ids: set[int]) -> list[dict[str, Any]]:
    """The facts that hold any of the exported claims, with those claims' links and distinct pairs.

    Read set-based (the links of the exported claims, then their facts): an archive of 50,000
    facts is not read fact by fact for a sheet of a few."""
    links, distinct = links_of_claims(session, sorted(claim_ids))
    records = []
    for fact in facts_by_ids(session, sorted(links)):
        records.append(
            {
                "id": fact.id,
                "statement": fact.statement,
                "status": fact.status.value,
                "note": fact.note,
                "claims": [
                    {"claim_id": link.claim_id, "stance": link.stance.value, "reason": link.reason}
                    for link in links[fact.id]
                ],
                "distinct_lines": [
                    list(pair) for pair in distinct.get(fact.id, []) if set(pair) <= claim_ids
                ],
            }
        )
    return records


def write_json(
    db: Database,
    query: ClaimFilter,
    out: TextIO,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    article_ids: set[int] = set()
    source_ids: set[int] = set()
    claim_ids: set[int] = set()
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "claimtracker": __version__,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "filter": query.describe(),
    }
    out.write("{\n")
    for key, value in header.items():
        out.write(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    out.write('"claims": [')
    count = 0
    # The annotations go last in the sheet; they are written to a spool file while the claims are
    # read, so the claims are read once without holding every annotation in memory.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as annotations:
        for count, row in enumerate(sheet_rows(db, query, progress, cancelled), 1):
            out.write(
                ("\n" if count == 1 else ",\n") + json.dumps(claim_record(row.claim), ensure_ascii=False)
            )
            annotations.write(
                ("\n" if count == 1 else ",\n")
                + json.dumps(
                    annotation(row.claim, row.article.url, row.made, row.article.language), ensure_ascii=False
                )
            )
            article_ids.add(row.claim.article_id)
            claim_ids.add(row.claim.id)  # type: ignore[arg-type]
            source_ids.update(link.id for link in row.claim.chain.links if link.id is not None)
        out.write('\n],\n"articles": [')
        for index, article in enumerate(articles_of(db, article_ids)):
            out.write(
                ("\n" if index == 0 else ",\n")
                + json.dumps(article_record(article, with_text=True), ensure_ascii=False)
            )
        out.write('\n],\n"sources": [')
        with db.reading() as session:
            for index, source_id in enumerate(sorted(source_ids)):
                source = get_source(session, source_id)
                record = {
                    "id": source.id,
                    "name": source.name,
                    "kind": source.kind.value,
                    "aliases": list(source.aliases),
                    "affiliation": source.affiliation,
                    "reliability": source.reliability.value if source.reliability else None,
                    "notes": source.notes,
                }
                out.write(("\n" if index == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        out.write('\n],\n"facts": [')
        with db.reading() as session:  # the facts the sheet's claims belong to, with those claims only
            for index, record in enumerate(fact_records(session, claim_ids)):
                out.write(("\n" if index == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        out.write('\n],\n"annotations": [')
        annotations.seek(0)
        shutil.copyfileobj(annotations, out)
    out.write("\n]\n}\n")
    return count
