"""The one place the app's changes go through.

Each write is one transaction and reports what it changed (`Changes`) to its listeners, so that
views refresh from what changed instead of reloading everything. Reads return domain objects;
no session leaves this module. No Qt here: the GUI wraps these calls in undo commands.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimtracker.domain.articles import Article
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import Claim, ClaimStatus, Span, TextQuote
from claimtracker.domain.sources import Reliability, Source
from claimtracker.domain.text import one_line
from claimtracker.extraction.attributions import Suggestion
from claimtracker.fact_suggestions import AcceptedSuggestion, FactSuggestionsMixin
from claimtracker.importing.importer import pasted_article, store_article
from claimtracker.library_facts import FactsMixin
from claimtracker.library_suggestions import SuggestionsMixin
from claimtracker.library_transfers import TransfersMixin
from claimtracker.storage import (
    articles_repo,
    change_log,
    claim_views,
    claims_repo,
    facts_repo,
    histograms,
    source_profile,
    sources_repo,
)
from claimtracker.storage.articles_repo import ArticleSummary
from claimtracker.storage.claim_views import ClaimListRow, OutletCount, TimelineMark
from claimtracker.storage.database import Database
from claimtracker.storage.facts_repo import FactLink, FactSummary
from claimtracker.storage.histograms import Histogram, Lane
from claimtracker.storage.source_profile import CitedSource, RoleMonth
from claimtracker.storage.sources_repo import Duplicate, MergeRecord, SourceSummary

# What the faces (GUI, CLI) read: plain records from storage, handed on through this layer.
__all__ = [
    "AcceptedSuggestion",
    "ArticleSummary",
    "Changes",
    "CitedSource",
    "ClaimListRow",
    "Duplicate",
    "FactLink",
    "FactSummary",
    "Histogram",
    "Lane",
    "Library",
    "MergeRecord",
    "OutletCount",
    "RemovedClaim",
    "RoleMonth",
    "SourceSummary",
    "TimelineMark",
]

if TYPE_CHECKING:
    pass


@dataclass(frozen=True, slots=True)
class Changes:
    articles: frozenset[int] = field(default_factory=frozenset)  # articles whose claims or details changed
    claims: frozenset[int] = field(default_factory=frozenset)
    sources: bool = False  # the registry changed (names, grades, merges)
    article_list: bool = False  # articles were added
    added: tuple[int, ...] = ()  # articles just imported, newest last
    everything: bool = False  # someone else changed something: look again at whatever is shown


@dataclass(frozen=True, slots=True)
class RemovedClaim:
    claim: Claim
    nested: tuple[int, ...]  # claims that were nested in it


Listener = Callable[[Changes], None]


class Library(FactsMixin, FactSuggestionsMixin, SuggestionsMixin, TransfersMixin):
    def __init__(self, db: Database, analyst: str | None = None) -> None:
        self.db = db
        # Who the change log names; a shared database shows each analyst's work under their name.
        self.analyst = analyst or os.environ.get("CLAIMTRACKER_ANALYST") or getpass.getuser()
        self._listeners: list[Listener] = []
        self._suggestion_cache: dict[tuple, list[Suggestion]] = {}
        with db.reading() as s:
            self._change_cursor = change_log.start_cursor(s)

    @property
    def location(self) -> str:
        return self.db.location

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in self._listeners:
            listener(changes)

    def close(self) -> None:
        self.db.close()

    # Reads

    def articles(self, text: str = "", *, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        with self.db.reading() as s:
            return articles_repo.list_articles(s, text, limit=limit, offset=offset)

    def article(self, article_id: int) -> Article:
        with self.db.reading() as s:
            return articles_repo.get_article(s, article_id)

    def claims_of(self, article_id: int) -> list[Claim]:
        with self.db.reading() as s:
            claims = claims_repo.find_claims(s, ClaimFilter(article_id=article_id))
        return sorted(claims, key=lambda c: (c.span.start, -c.span.end))

    def claim(self, claim_id: int) -> Claim:
        with self.db.reading() as s:
            return claims_repo.get_claim(s, claim_id)

    def sources(self, name: str = "", order: str = "name") -> list[SourceSummary]:
        with self.db.reading() as s:
            return sources_repo.list_sources(s, name, order)

    def source(self, source_id: int) -> Source:
        with self.db.reading() as s:
            return sources_repo.get_source(s, source_id)

    def source_names(self) -> list[str]:
        """Every name and alias in the registry, for completion."""
        with self.db.reading() as s:
            return sources_repo.all_names(s)

    def sources_named(self, name: str) -> list[int]:
        with self.db.reading() as s:
            return sources_repo.source_ids_named(s, name)

    def likely_duplicates(self, source_id: int) -> list[Duplicate]:
        with self.db.reading() as s:
            return sources_repo.likely_duplicates(s, source_id)

    def spelling_variants(self, name: str) -> list[tuple[str, int]]:
        with self.db.reading() as s:
            return sources_repo.similar_names(s, name)

    def find_claims(self, query: ClaimFilter) -> list[Claim]:
        with self.db.reading() as s:
            return claims_repo.find_claims(s, query)

    def claim_rows(self, query: ClaimFilter) -> list[ClaimListRow]:
        with self.db.reading() as s:
            return claim_views.claim_rows(s, query)

    def count_claims(self, query: ClaimFilter) -> int:
        with self.db.reading() as s:
            return claims_repo.count_claims(s, query.without_paging())

    def histogram(
        self, query: ClaimFilter, granularity: str, by: str = "speaker", max_lanes: int = 12
    ) -> Histogram:
        with self.db.reading() as s:
            return histograms.histogram(s, query, granularity=granularity, by=by, max_lanes=max_lanes)

    def date_extent(self, query: ClaimFilter) -> tuple[dt.date, dt.date] | None:
        with self.db.reading() as s:
            return claim_views.date_extent(s, query)

    def timeline_marks(
        self, query: ClaimFilter, lanes: list[Lane], by: str = "speaker"
    ) -> list[TimelineMark] | None:
        with self.db.reading() as s:
            return claim_views.timeline_marks(s, query, lanes, by=by)

    def source_roles_per_month(self, query: ClaimFilter, source_id: int) -> tuple[list[RoleMonth], int, int]:
        with self.db.reading() as s:
            return source_profile.role_months(s, query, source_id)

    def sources_cited_by(self, query: ClaimFilter, source_id: int) -> list[CitedSource]:
        with self.db.reading() as s:
            return source_profile.cited_sources(s, query, source_id)

    def outlets_carrying(self, query: ClaimFilter) -> list[OutletCount]:
        with self.db.reading() as s:
            return claim_views.outlets_carrying(s, query)

    def languages(self) -> list[str]:
        with self.db.reading() as s:
            return articles_repo.languages(s)

    # Writes

    def create_claim(self, claim: Claim) -> Claim:
        with self.db.transaction() as s:
            stored = claims_repo.add_claim(s, claim)
            self._log(
                s, "claim", stored.id, "restore" if claim.id else "create", stored.version, _about(stored)
            )
        self._notify(
            Changes(articles=frozenset({stored.article_id}), claims=frozenset({stored.id}), sources=True)
        )
        return stored

    def update_claim(self, claim: Claim) -> Claim:
        with self.db.transaction() as s:
            before = claims_repo.get_claim(s, claim.id)  # type: ignore[arg-type]
            stored = claims_repo.update_claim(s, claim)
            self._log(s, "claim", stored.id, "update", stored.version, _about(stored))
            if stored.status is ClaimStatus.REFUTED and before.status is not ClaimStatus.REFUTED:
                facts_repo.flag_for_review(
                    s, [stored.id], f"claim #{stored.id} marked refuted by {self.analyst}"
                )  # type: ignore[list-item]
        self._notify(
            Changes(articles=frozenset({stored.article_id}), claims=frozenset({stored.id}), sources=True)
        )
        return stored

    def delete_claim(self, claim_id: int) -> Claim:
        return self.remove_claim(claim_id).claim

    def remove_claim(self, claim_id: int) -> RemovedClaim:
        """Delete a claim; what it returns brings the claim back with its nested claims (`restore_claim`)."""
        with self.db.transaction() as s:
            removed, nested = claims_repo.delete_claim(s, claim_id)
            self._log(s, "claim", claim_id, "delete", removed.version, _about(removed))
        self._notify(
            Changes(
                articles=frozenset({removed.article_id}),
                claims=frozenset({claim_id, *nested}),
                sources=True,
            )
        )
        return RemovedClaim(removed, nested)

    def restore_claim(self, removed: RemovedClaim) -> Claim:
        """A deleted claim back under its id, and the claims that were nested in it nested again."""
        with self.db.transaction() as s:
            stored = claims_repo.add_claim(s, removed.claim)
            for child in claims_repo.existing_ids(s, removed.nested):
                claims_repo.set_parent(s, child, stored.id)
            self._log(s, "claim", stored.id, "restore", stored.version, _about(stored))
        self._notify(
            Changes(
                articles=frozenset({stored.article_id}),
                claims=frozenset({stored.id, *removed.nested}),  # type: ignore[arg-type]
                sources=True,
            )
        )
        return stored

    def claim_anchored_at(self, claim: Claim, span: Span) -> Claim:
        """The claim anchored on other text of its article (nothing stored)."""
        article = self.article(claim.article_id)
        return dataclasses.replace(
            claim, span=span, quote=TextQuote.from_text(article.body, span), orphaned=False
        )

    def reanchor_claim(self, claim: Claim, span: Span) -> Claim:
        """Anchor a claim on new text chosen by hand (an orphaned claim found again, say)."""
        return self.update_claim(self.claim_anchored_at(claim, span))

    def add_source(self, source: Source) -> Source:
        with self.db.transaction() as s:
            stored = sources_repo.add_source(s, source)
            self._log(s, "source", stored.id, "create", stored.version, stored.name)
        self._notify(Changes(sources=True))
        return stored

    def update_source(self, source: Source) -> Source:
        with self.db.transaction() as s:
            before = sources_repo.get_source(s, source.id)  # type: ignore[arg-type]
            stored = sources_repo.update_source(s, source)
            if _worse(before.reliability, stored.reliability):
                was = before.reliability.value if before.reliability else "—"
                now = stored.reliability.value if stored.reliability else "not graded"
                why = f"source {stored.name} downgraded from {was} to {now} by {self.analyst}"
                facts_repo.flag_for_review(s, claims_repo.claims_citing(s, stored.id), why)  # type: ignore[arg-type]
            grade = stored.reliability.value if stored.reliability else "—"
            self._log(s, "source", stored.id, "update", stored.version, f"{stored.name} ({grade})")
            articles = claims_repo.articles_citing(s, [stored.id])  # type: ignore[list-item]
        self._notify(Changes(articles=articles, sources=True))
        return stored

    def merge_sources(self, keep_id: int, absorb_id: int) -> MergeRecord:
        with self.db.transaction() as s:
            record = sources_repo.merge_sources(s, keep_id, absorb_id)
            self._log(
                s,
                "source",
                keep_id,
                "merge",
                None,
                f"{record.absorbed.name} merged into {record.kept_before.name}",
            )
            articles = claims_repo.articles_citing(s, [keep_id])
        self._notify(Changes(articles=articles, sources=True))
        return record

    def unmerge_sources(self, record: MergeRecord) -> None:
        with self.db.transaction() as s:
            sources_repo.unmerge_sources(s, record)
            self._log(
                s, "source", record.absorbed.id, "unmerge", None, f"{record.absorbed.name} split out again"
            )
            articles = claims_repo.articles_citing(s, [record.absorbed.id, record.kept_before.id])  # type: ignore[list-item]
        self._notify(Changes(articles=articles, sources=True))

    def update_article(self, article: Article) -> Article:
        with self.db.transaction() as s:
            stored = articles_repo.update_article_metadata(s, article)
            self._log(s, "article", stored.id, "update", None, stored.title)
        self._notify(Changes(articles=frozenset({stored.id}), article_list=True))  # type: ignore[arg-type]
        return stored

    def article_from_clipboard(self, text: str, html: str = "") -> Article:
        """What a paste would store (nothing is stored yet): text, proposed title, outlet, date."""
        return pasted_article(text, html)

    def paste_article(self, article: Article) -> tuple[Article, bool]:
        """An article pasted by the analyst; (the stored one, False) when that text is already there."""
        stored, created = store_article(self.db, article, self.analyst)
        self._notify(Changes(article_list=True, added=(stored.id,) if created else ()))  # type: ignore[arg-type]
        return stored, created

    def announce(self, changes: Changes) -> None:
        self._notify(changes)

    # The change log: audit history, and others' work

    def history(self, entity: str, entity_id: int) -> list[change_log.Change]:
        with self.db.reading() as s:
            return change_log.history(s, entity, entity_id)

    def others_changed(self) -> bool:
        """Whether changes were committed since this Library last looked, by anyone (polled by windows).

        Read in commit order (see `ChangeCursor`), so a transaction that commits late is not missed.
        Our own changes count too, but they were announced when made; refreshing again for them
        costs one query, which is why no bookkeeping tells them apart."""
        with self.db.reading() as s:
            found, self._change_cursor = change_log.changes_since(s, self._change_cursor)
        return bool(found)

    def _claims_changed(self, claim_ids: Iterable[int]) -> None:
        self._notify(Changes(claims=frozenset(claim_ids)))

    def _articles_changed(self, article_ids: Iterable[int]) -> None:
        self._notify(Changes(articles=frozenset(article_ids)))

    def _log(
        self, session, entity: str, entity_id: int | None, action: str, version: int | None, summary: str
    ) -> None:
        change_log.record(session, self.analyst, entity, entity_id or 0, action, version, summary)


def _worse(before: Reliability | None, after: Reliability | None) -> bool:
    """Whether a source's grade went down (A best … F worst; a grade taken away counts too)."""
    if before is None:
        return False
    return after is None or after.rank > before.rank


def _about(claim: Claim) -> str:
    return f"{claim.chain.display()}: “{one_line(claim.text, 81)}” [{claim.status.value}]"
