"""A changed article text: each claim found again by its quote, or flagged as orphaned, never moved silently."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.anchoring import AnchorState, reanchor
from claimtracker.domain.articles import Article
from claimtracker.domain.claims import TextQuote
from claimtracker.storage.articles_repo import get_article
from claimtracker.storage.claims_repo import find_claims_by_ids
from claimtracker.storage.schema import ArticleRow, ClaimRow, utcnow


@dataclass(slots=True)
class Reanchored:
    article: Article
    moved: list[int] = field(default_factory=list)  # claim ids whose span moved with their quote
    orphaned: list[tuple[int, str]] = field(default_factory=list)  # (claim id, why)


def replace_text(session: Session, article_id: int, body: str, raw: str, content_hash: str) -> Reanchored:
    """Give an article a new text (analyst's title, outlet and dates kept) and re-anchor its claims."""
    ids = list(session.execute(sa.select(ClaimRow.id).where(ClaimRow.article_id == article_id)).scalars())
    claims = find_claims_by_ids(session, ids)
    session.execute(
        sa.update(ArticleRow)
        .where(ArticleRow.id == article_id)
        .values(body=body, raw=raw, content_hash=content_hash)
    )
    result = Reanchored(article=get_article(session, article_id))
    for claim in claims:
        anchored = reanchor(body, claim.quote, claim.span)
        if anchored.state is AnchorState.UNCHANGED and not claim.orphaned:
            continue
        values: dict = {"updated_at": utcnow(), "version": ClaimRow.version + 1}
        if anchored.span is not None:
            quote = TextQuote.from_text(body, anchored.span)
            values.update(
                span_start=anchored.span.start,
                span_end=anchored.span.end,
                quote_prefix=quote.prefix,
                quote_suffix=quote.suffix,
                orphaned=False,
            )
            result.moved.append(claim.id)  # type: ignore[arg-type]
        else:
            values["orphaned"] = True  # kept where it was, quote and all, for the analyst to place
            result.orphaned.append((claim.id, anchored.reason))  # type: ignore[arg-type]
        session.execute(sa.update(ClaimRow.__table__).where(ClaimRow.id == claim.id).values(**values))
    return result
