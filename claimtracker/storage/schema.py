"""The tables. Rows here are storage details; the rest of the app speaks `claimtracker.domain`.

Chains are rows of `claim_links` (claim, position, source) so "any link of the chain" is an
indexed lookup by source. The speaker (position 0) is also kept on the claim itself, next to the
claim date, because "newest claims of a source" is the commonest query (composite index).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import text as sa_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timestamps stored as naive UTC everywhere and returned as aware UTC (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str] = mapped_column(String(300), default="")  # the name shown
    original_source: Mapped[str] = mapped_column(String(300), default="")
    # The registry sources they are (aliases and merges apply); kept in step by the repositories.
    outlet_id: Mapped[int | None] = mapped_column(Integer, index=True)
    original_source_id: Mapped[int | None] = mapped_column(Integer, index=True)
    url: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="", index=True)
    pub_date: Mapped[dt.date | None] = mapped_column(Date)
    pub_precision: Mapped[str] = mapped_column(String(8), default="unknown")
    pub_wording: Mapped[str] = mapped_column(Text, default="")
    pub_certain: Mapped[bool] = mapped_column(Boolean, default=True)
    pub_doubt: Mapped[str] = mapped_column(Text, default="")
    pub_latest: Mapped[dt.date | None] = mapped_column(Date)  # the last day of the publication date
    body: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_path: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="unknown")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    reliability: Mapped[str | None] = mapped_column(String(1))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (CheckConstraint("reliability IN ('A','B','C','D','E','F')", name="reliability_grade"),)


class SourceNameRow(Base):
    """Every name a source goes by, its canonical name included, with the key used to match it."""

    __tablename__ = "source_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    norm: Mapped[str] = mapped_column(String(300), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("source_id", "norm"),
        # One source per canonical name: concurrent creations of "Reuters" cannot both win.
        Index(
            "uq_source_names_primary_norm",
            "norm",
            unique=True,
            sqlite_where=sa_text("is_primary"),
            postgresql_where=sa_text("is_primary"),
        ),
    )


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    quote_exact: Mapped[str] = mapped_column(Text)
    quote_prefix: Mapped[str] = mapped_column(Text, default="")
    quote_suffix: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="paraphrase")
    cue: Mapped[str] = mapped_column(String(200), default="")
    speaker_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    claim_date: Mapped[dt.date | None] = mapped_column(Date)
    claim_date_precision: Mapped[str] = mapped_column(String(8), default="unknown")
    claim_date_wording: Mapped[str] = mapped_column(Text, default="")
    claim_date_certain: Mapped[bool] = mapped_column(Boolean, default=True)
    claim_date_doubt: Mapped[str] = mapped_column(Text, default="")
    claim_date_latest: Mapped[dt.date | None] = mapped_column(Date)  # dates are intervals: their last day
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    event_date_precision: Mapped[str] = mapped_column(String(8), default="unknown")
    event_date_wording: Mapped[str] = mapped_column(Text, default="")
    event_date_certain: Mapped[bool] = mapped_column(Boolean, default=True)
    event_date_doubt: Mapped[str] = mapped_column(Text, default="")
    event_date_latest: Mapped[dt.date | None] = mapped_column(Date)
    credibility: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="unverified")
    note: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        CheckConstraint("span_start >= 0 AND span_end > span_start", name="span_order"),
        CheckConstraint("credibility BETWEEN 1 AND 6", name="credibility_range"),
        Index("ix_claims_speaker_date", "speaker_id", "claim_date"),
        Index("ix_claims_article_span", "article_id", "span_start"),
        Index("ix_claims_claim_date", "claim_date"),
        Index("ix_claims_event_date", "event_date"),
        Index("ix_claims_claim_date_latest", "claim_date_latest"),
        Index("ix_claims_event_date_latest", "event_date_latest"),
        Index("ix_claims_status", "status"),
        Index("ix_claims_parent", "parent_id"),
    )


class ClaimLinkRow(Base):
    """One link of a claim's attribution chain; position 0 is the speaker."""

    __tablename__ = "claim_links"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    role: Mapped[str] = mapped_column(String(12), default="intermediary", server_default="intermediary")
    relation: Mapped[str] = mapped_column(String(20), default="", server_default="")
    cue: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __table_args__ = (
        Index("ix_claim_links_source_claim", "source_id", "claim_id", "position"),
        Index("ix_claim_links_role_source", "role", "source_id", "claim_id"),
    )


class ClaimTagRow(Base):
    __tablename__ = "claim_tags"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)

    __table_args__ = (Index("ix_claim_tags_tag", "tag", "claim_id"),)


class ChangeRow(Base):
    """One change to a claim, source or article: the audit trail, and what other windows poll."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    who: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(12))
    version: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    # PostgreSQL: the writing transaction's id (a server default), the key windows poll in commit
    # order. SQLite leaves it empty: its writers queue, so ids already follow commit order.
    txid: Mapped[int | None] = mapped_column(BigInteger, server_default=FetchedValue())

    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id", "id"),)


class RejectedSuggestionRow(Base):
    """A suggestion the analyst turned down: it is not proposed again for that article."""

    __tablename__ = "rejected_suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(80))
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("article_id", "content_start", "content_end"),)


class FactRow(Base):
    """An assertion in the analyst's words, grouping claims from any articles."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="unverified", server_default="unverified")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Why the fact needs another look (a source downgraded, a claim refuted); '' once reviewed.
    review: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class FactClaimRow(Base):
    """A claim linked to a fact, with its stance, and who linked it and why."""

    __tablename__ = "fact_claims"

    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    stance: Mapped[str] = mapped_column(String(12))
    who: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_fact_claims_claim", "claim_id", "fact_id"),)


class FactDistinctLinesRow(Base):
    """Two claims of a fact the analyst says come from different origins, and why."""

    __tablename__ = "fact_distinct_lines"

    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    first_claim: Mapped[int] = mapped_column(Integer, primary_key=True)
    second_claim: Mapped[int] = mapped_column(Integer, primary_key=True)
    who: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class RejectedSameFactRow(Base):
    """Two claims the analyst says are not the same fact: never suggested together again.

    Stored once per pair, the smaller claim id first.
    """

    __tablename__ = "rejected_same_fact"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    other_claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_rejected_same_fact_other", "other_claim_id", "claim_id"),)


class ClaimMonthCountRow(Base):
    """Claims counted per date field, speaker and month, kept by triggers (migration 0014).

    Speaker 0 stands for every speaker; month '' counts the undated claims and '*' a speaker's
    dated claims in all. Read only: the triggers write it in the statement that changes a claim.
    """

    __tablename__ = "claim_month_counts"

    field: Mapped[str] = mapped_column(String(5), primary_key=True)  # "claim" or "event"
    speaker_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
