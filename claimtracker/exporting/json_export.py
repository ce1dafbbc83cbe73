"""JSON claim sheets: every field, stable ids, the chain as a list, dates with their precision,
the articles and sources they refer to (so that `import-claims` can rebuild them elsewhere), and
the spans as W3C Web Annotations (TextQuoteSelector and TextPositionSelector) for other tools.

Written as a stream, claim by claim, so that memory stays flat for large exports.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

import msgspec

from claimtracker import __version__
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import Claim
from claimtracker.domain.sources import Source
from claimtracker.exporting.records import article_record, claim_record
from claimtracker.exporting.sheet import Progress, sheet_rows
from claimtracker.storage.bulk_reads import articles_by_ids, sources_by_ids
from claimtracker.storage.change_log import Authorship
from claimtracker.storage.database import Database
from claimtracker.storage.facts_repo import facts_by_ids, links_of_claims

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
    out: BinaryIO,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """The sheet as UTF-8 JSON, one record per line (msgspec writes each, several times faster
    than the standard library; keys keep their order, text is not escaped to ASCII)."""
    encode = msgspec.json.Encoder().encode
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
    out.write(b"{\n")
    for key, value in header.items():
        out.write(encode(key) + b": " + encode(value) + b",\n")

    def section(name: str, records: Iterable[dict[str, Any]], last: bool = False) -> None:
        out.write(encode(name) + b": [")
        for index, record in enumerate(records):
            out.write((b"\n" if index == 0 else b",\n") + encode(record))
        out.write(b"\n]\n" if last else b"\n],\n")

    count = 0
    # The annotations go last in the sheet; they are written to a spool file while the claims are
    # read, so the claims are read once without holding every annotation in memory.
    with tempfile.TemporaryFile("w+b") as annotations:
        out.write(b'"claims": [')
        for count, row in enumerate(sheet_rows(db, query, progress, cancelled), 1):
            separator = b"\n" if count == 1 else b",\n"
            out.write(separator + encode(claim_record(row.claim)))
            annotations.write(
                separator + encode(annotation(row.claim, row.article.url, row.made, row.article.language))
            )
            article_ids.add(row.claim.article_id)
            claim_ids.add(row.claim.id)  # type: ignore[arg-type]
            source_ids.update(link.id for link in row.claim.chain.links if link.id is not None)
        out.write(b"\n],\n")
        with db.reading() as session:
            articles = articles_by_ids(session, sorted(article_ids))
            section("articles", (article_record(article, with_text=True) for article in articles))
            section("sources", (source_record(s) for s in sources_by_ids(session, sorted(source_ids))))
            # the facts the sheet's claims belong to, with those claims only
            section("facts", fact_records(session, claim_ids))
        out.write(b'"annotations": [')
        annotations.seek(0)
        shutil.copyfileobj(annotations, out)
    out.write(b"\n]\n}\n")
    return count


def source_record(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind.value,
        "aliases": list(source.aliases),
        "affiliation": source.affiliation,
        "reliability": source.reliability.value if source.reliability else None,
        "notes": source.notes,
    }
