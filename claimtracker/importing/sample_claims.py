"""Claims written down by quote rather than offsets, such as the sample corpus's annotations.json.

Each claim names its article by file name and its span by exact quoted text, which must occur
exactly once in the article; dates are resolved against the article's publication date.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import (
    AttributionChain,
    Claim,
    ClaimKind,
    ClaimStatus,
    Relation,
    Role,
    SourceRef,
    Span,
)
from claimtracker.domain.dates import ClaimDate
from claimtracker.domain.facts import Fact, Stance
from claimtracker.errors import BadFileError
from claimtracker.extraction.dates import resolve_date
from claimtracker.storage import change_log, facts_repo
from claimtracker.storage.articles_repo import update_article_metadata
from claimtracker.storage.claims_repo import add_claim
from claimtracker.storage.database import Database


def load_claims_by_quote(db: Database, path: Path, articles: dict[str, Article], who: str = "sample") -> int:
    """Store the claims of `path` for the articles given by file name; returns how many."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["articles"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadFileError(path, f"not a claims file ({exc})") from exc
    claims: list[tuple[str, Claim]] = []
    dated: list[Article] = []
    for file_name, entry in entries.items():
        article = articles.get(file_name)
        if article is None:
            continue
        # An entry is a list of claims, or {"published": "...", "claims": [...]} when the analyst
        # established the publication date the page does not give.
        records = entry.get("claims", []) if isinstance(entry, dict) else entry
        if isinstance(entry, dict) and entry.get("published"):
            published = resolve_date(entry["published"])
            if not published.is_known:
                raise BadFileError(path, f"{file_name}: {entry['published']!r} is not a date")
            article = replace(article, published=published)
            dated.append(article)
        for number, record in enumerate(records, 1):
            where = f"{file_name}, claim {number}"
            try:
                claims.append((file_name, _claim(article, record)))
            except (KeyError, ValueError, TypeError) as exc:
                raise BadFileError(path, f"{where}: {exc}") from exc
    with db.transaction() as session:
        for article in dated:
            update_article_metadata(session, article)
        stored_ids = {}
        for file_name, claim in claims:
            stored = add_claim(session, claim)
            stored_ids[(file_name, claim.quote.exact)] = stored.id
            change_log.record(session, who, "claim", stored.id, "create", stored.version, "sample claim")  # type: ignore[arg-type]
        for number, record in enumerate(data.get("facts", []), 1):
            _add_fact(session, path, number, record, stored_ids, who)
    return len(claims)


def _add_fact(session, path: Path, number: int, record: dict, claim_ids: dict, who: str) -> None:
    """A sample fact and its claims (named by article and quote); facts on articles not loaded are
    left out."""
    try:
        wanted = [(c["article"], c["quote"], Stance(c.get("stance", "supports"))) for c in record["claims"]]
        fact = facts_repo.add_fact(
            session, Fact(record["statement"], ClaimStatus(record.get("status", "unverified")))
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise BadFileError(path, f"fact {number}: {exc}") from exc
    for article, quote, stance in wanted:
        claim_id = claim_ids.get((article, quote))
        if claim_id is not None:
            facts_repo.link_claim(session, fact.id, claim_id, stance, who)  # type: ignore[arg-type]
    change_log.record(session, who, "fact", fact.id, "create", fact.version, "sample fact")  # type: ignore[arg-type]


def _claim(article: Article, record: dict) -> Claim:
    quote = record["quote"]
    start = article.body.find(quote)
    if start < 0 or article.body.find(quote, start + 1) >= 0:
        raise ValueError(f"the quote {quote[:40]!r}… must occur exactly once in the article")
    return Claim.from_span(
        article.id,  # type: ignore[arg-type]
        article.body,
        Span(start, start + len(quote)),
        AttributionChain(tuple(_link(entry) for entry in record["chain"])),
        kind=ClaimKind(record.get("kind", "paraphrase")),
        cue=record.get("cue", ""),
        claim_date=_date(record.get("claim_date"), article),
        event_date=_date(record.get("event_date"), article),
        credibility=record.get("credibility"),
        status=ClaimStatus(record.get("status", "unverified")),
        tags=tuple(record.get("tags", ())),
        note=record.get("note", ""),
    )


def _link(entry: str | dict) -> SourceRef:
    """A chain link: a name, or {"name", "role", "relation", "cue"} where the text shows them."""
    if isinstance(entry, str):
        return SourceRef(entry)
    return SourceRef(
        entry["name"],
        role=Role(entry["role"]) if entry.get("role") else None,
        relation=Relation(entry.get("relation", "")),
        cue=entry.get("cue", ""),
    )


def _date(wording: str | None, article: Article) -> ClaimDate:
    return resolve_date(wording, article.published) if wording else ClaimDate.unknown()
