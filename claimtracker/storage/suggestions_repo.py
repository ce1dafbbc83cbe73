"""Suggestions the analyst turned down, and the spans already claimed, per article."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.storage.schema import ClaimRow, RejectedSuggestionRow


def rejected_spans(session: Session, article_id: int) -> set[tuple[int, int]]:
    return set(
        tuple(r)
        for r in session.execute(
            sa.select(RejectedSuggestionRow.content_start, RejectedSuggestionRow.content_end).where(
                RejectedSuggestionRow.article_id == article_id
            )
        )
    )


def claimed_spans(session: Session, article_id: int) -> list[tuple[int, int]]:
    return list(
        tuple(r)
        for r in session.execute(
            sa.select(ClaimRow.span_start, ClaimRow.span_end).where(ClaimRow.article_id == article_id)
        )
    )


def reject(session: Session, article_id: int, start: int, end: int, rule: str, who: str) -> None:
    session.add(
        RejectedSuggestionRow(
            article_id=article_id, content_start=start, content_end=end, rule=rule[:80], who=who[:100]
        )
    )
    session.flush()


def unreject(session: Session, article_id: int, start: int, end: int) -> None:
    session.execute(
        sa.delete(RejectedSuggestionRow).where(
            RejectedSuggestionRow.article_id == article_id,
            RejectedSuggestionRow.content_start == start,
            RejectedSuggestionRow.content_end == end,
        )
    )
