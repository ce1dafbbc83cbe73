"""Claims, sources and articles as plain JSON-ready records with stable field names."""

from __future__ import annotations

from typing import Any

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.dates import ClaimDate


def date_record(date: ClaimDate) -> dict[str, Any]:
    """A date as its interval: first and last day, precision, EDTF form, wording and doubt."""
    return {
        "value": date.value.isoformat() if date.value else None,
        "earliest": date.value.isoformat() if date.value else None,
        "latest": date.latest.isoformat() if date.latest else None,
        "edtf": date.edtf(),
        "precision": date.precision.value,
        "wording": date.wording,
        "certain": date.certain,
        "doubt": date.doubt,
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    chain = claim.chain
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "span": {"start": claim.span.start, "end": claim.span.end},
        "quote": {"exact": claim.quote.exact, "prefix": claim.quote.prefix, "suffix": claim.quote.suffix},
        "text": claim.text,
        "kind": claim.kind.value,
        "cue": claim.cue,
        "chain": [
            {
                "id": link.id,
                "name": link.name,
                "role": chain.role_of(i).value,
                "relation": link.relation.value,
                "cue": link.cue,
            }
            for i, link in enumerate(chain.links)
        ],
        "speaker": chain.speaker.name,
        "intermediaries": [link.name for link in chain.intermediaries],
        "publisher": chain.publisher.name if chain.publisher else None,
        "claim_date": date_record(claim.claim_date),
        "event_date": date_record(claim.event_date),
        "credibility": claim.credibility,
        "status": claim.status.value,
        "tags": list(claim.tags),
        "note": claim.note,
        "parent_id": claim.parent_id,
        "orphaned": claim.orphaned,
    }


def article_record(article: Article, *, with_text: bool = False) -> dict[str, Any]:
    record = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "original_source": article.original_source,
        "url": article.url,
        "language": article.language,
        "published": date_record(article.published),
        "source_path": article.source_path,
        "content_hash": article.content_hash,
    }
    if with_text:
        record["body"] = article.body
        record["raw"] = article.raw
    return record
