"""Facts across articles in the application layer: made, linked, merged, split, assessed.

Part of the Library (mixed into it): every write is one transaction, logged with who and why,
and returns what undoing it needs. No SQL here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimtracker.domain.facts import Assessment, Fact, FactFilter, Report, Stance, assess
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.exporting.fact_sheet import FactEntry
from claimtracker.storage import articles_repo, claims_repo, facts_repo, sources_repo
from claimtracker.storage.facts_repo import FactLink, FactSummary

if TYPE_CHECKING:
    from claimtracker.library import Library


class FactsMixin:
    def facts(self: Library) -> list[FactSummary]:
        with self.db.reading() as s:
            return facts_repo.list_facts(s)

    def fact(self: Library, fact_id: int) -> Fact:
        with self.db.reading() as s:
            return facts_repo.get_fact(s, fact_id)

    def assess_fact(self: Library, fact_id: int) -> tuple[Fact, Assessment, list[Report]]:
        """A fact, the assessment its reports give by the stated rules, and the reports."""
        with self.db.reading() as s:
            fact = facts_repo.get_fact(s, fact_id)
            reports = facts_repo.reports(s, fact_id)
            distinct = facts_repo.distinct_pairs(s, fact_id)
        return fact, assess(reports, fact.status, distinct), reports

    def assessed_facts(
        self: Library, limit: int | None = None, offset: int = 0, query: FactFilter | None = None
    ) -> list[tuple[Fact, Assessment, list[Report]]]:
        """Facts (a page of them, or all) that match `query`, with their assessments and
        reports, each batch in a handful of queries (the Facts table, the listing, the sheets).

        Lines of reporting and the derived status are the rules' figures, not stored: a filter
        on them assesses the facts the stored conditions leave, a batch at a time, until the
        page is full."""
        with self.db.reading() as s:
            source = query.source.strip() if query else ""
            source_ids = sources_repo.ids_for_filter(s, source, "source") if source else None
            if query is None or not query.needs_assessment:
                return _assessed(s, facts_repo.facts_page(s, limit, offset, query, source_ids))
            kept: list[tuple[Fact, Assessment, list[Report]]] = []
            skipped = position = 0
            while limit is None or len(kept) < limit:
                batch = facts_repo.facts_page(s, SCAN_BATCH, position, query, source_ids)
                if not batch:
                    break
                position += len(batch)
                for entry in _assessed(s, batch):
                    if not _rules_match(entry[1], query):
                        continue
                    if skipped < offset:
                        skipped += 1
                    elif limit is None or len(kept) < limit:
                        kept.append(entry)
            return kept

    def facts_of_claim(self: Library, claim_id: int) -> list[tuple[int, str, Stance]]:
        with self.db.reading() as s:
            return facts_repo.facts_of_claim(s, claim_id)

    def create_fact(
        self: Library, statement: str, claim_ids: Iterable[int], stance: Stance = Stance.SUPPORTS
    ) -> Fact:
        """A new fact in the analyst's words, with its first claims (one transaction)."""
        with self.db.transaction() as s:
            fact = facts_repo.add_fact(s, Fact(statement))
            for claim_id in claim_ids:
                facts_repo.link_claim(s, fact.id, claim_id, stance, self.analyst)  # type: ignore[arg-type]
            self._log(s, "fact", fact.id, "create", fact.version, one_line(fact.statement, 80))
        self._claims_changed(claim_ids)
        return fact

    def link_claim(
        self: Library, fact_id: int, claim_id: int, stance: Stance, reason: str = ""
    ) -> FactLink | None:
        """Link a claim to a fact with a stance; returns the link it replaced (for undo)."""
        with self.db.transaction() as s:
            before = facts_repo.link_claim(s, fact_id, claim_id, stance, self.analyst, reason)
            self._log(
                s, "fact", fact_id, "link", None, f"claim #{claim_id} {stance.value}: {reason}".strip(": ")
            )
        self._claims_changed({claim_id})
        return before

    def unlink_claim(self: Library, fact_id: int, claim_id: int) -> FactLink:
        with self.db.transaction() as s:
            link = facts_repo.unlink_claim(s, fact_id, claim_id)
            self._log(s, "fact", fact_id, "unlink", None, f"claim #{claim_id}")
        self._claims_changed({claim_id})
        return link

    def mark_lines_distinct(self: Library, fact_id: int, first: int, second: int, reason: str) -> None:
        """The analyst says two reports come from different origins; the reason is logged."""
        with self.db.transaction() as s:
            facts_repo.mark_distinct(s, fact_id, first, second, self.analyst, reason)
            self._log(s, "fact", fact_id, "distinct", None, f"claims #{first} and #{second}: {reason}")
        self._claims_changed({first, second})

    def delete_fact(self: Library, fact_id: int) -> tuple[Fact, list[FactLink]]:
        """Delete a fact; what it returns brings it back with its claims (`restore_fact`)."""
        with self.db.transaction() as s:
            fact, links = facts_repo.delete_fact(s, fact_id)
            self._log(s, "fact", fact_id, "delete", fact.version, one_line(fact.statement, 80))
        self._claims_changed(link.claim_id for link in links)
        return fact, links

    def restore_fact(self: Library, fact: Fact, links: list[FactLink]) -> Fact:
        with self.db.transaction() as s:
            stored = facts_repo.add_fact(s, fact)
            for link in links:
                facts_repo.link_claim(s, stored.id, link.claim_id, link.stance, self.analyst, link.reason)  # type: ignore[arg-type]
            self._log(s, "fact", stored.id, "restore", stored.version, one_line(stored.statement, 80))
        self._claims_changed(link.claim_id for link in links)
        return stored

    def merge_facts(self: Library, keep_id: int, absorb_id: int) -> tuple[Fact, list[FactLink]]:
        """Fold one fact into another: its claims follow (where a claim is in both, the kept fact's
        stance stays), then it is deleted. Returns it as it was, with its links, for undo."""
        if keep_id == absorb_id:
            raise UserError("cannot merge a fact with itself")
        with self.db.transaction() as s:
            kept = facts_repo.get_fact(s, keep_id)
            already = {link.claim_id for link in facts_repo.fact_links(s, keep_id)}
            absorbed, links = facts_repo.delete_fact(s, absorb_id)
            for link in links:
                if link.claim_id not in already:
                    facts_repo.link_claim(s, keep_id, link.claim_id, link.stance, self.analyst, link.reason)
            self._log(
                s,
                "fact",
                keep_id,
                "merge",
                None,
                f"fact #{absorb_id} “{one_line(absorbed.statement, 60)}” merged into “{one_line(kept.statement, 60)}”",
            )
        self._claims_changed(link.claim_id for link in links)
        return absorbed, links

    def unmerge_facts(
        self: Library, keep_id: int, absorbed: Fact, links: list[FactLink], added: Iterable[int]
    ) -> Fact:
        """Undo a merge in one transaction: the claims it added leave the kept fact, and the
        absorbed fact comes back with its own links (same id)."""
        added = set(added)
        with self.db.transaction() as s:
            for claim_id in sorted(added):
                facts_repo.unlink_claim(s, keep_id, claim_id)
            stored = facts_repo.add_fact(s, absorbed)
            for link in links:
                facts_repo.link_claim(s, stored.id, link.claim_id, link.stance, self.analyst, link.reason)  # type: ignore[arg-type]
            self._log(s, "fact", keep_id, "unmerge", None, f"fact #{stored.id} taken out again")
        self._claims_changed({link.claim_id for link in links} | added)
        return stored

    def split_fact(self: Library, fact_id: int, claim_ids: Iterable[int], statement: str) -> Fact:
        """Move some of a fact's claims, with their stances, to a new fact in the analyst's words."""
        moving = set(claim_ids)
        with self.db.transaction() as s:
            links = {link.claim_id: link for link in facts_repo.fact_links(s, fact_id)}
            missing = sorted(moving - set(links))
            if missing:
                raise UserError(f"claims {', '.join(f'#{c}' for c in missing)} are not in fact #{fact_id}")
            new = facts_repo.add_fact(s, Fact(statement))
            for claim_id in sorted(moving):
                facts_repo.unlink_claim(s, fact_id, claim_id)
                link = links[claim_id]
                facts_repo.link_claim(s, new.id, claim_id, link.stance, self.analyst, link.reason)  # type: ignore[arg-type]
            self._log(
                s, "fact", new.id, "split", new.version, f"from fact #{fact_id}: {one_line(statement, 60)}"
            )
        self._claims_changed(moving)
        return new

    def mark_reviewed(self: Library, fact_id: int) -> None:
        with self.db.transaction() as s:
            facts_repo.clear_review(s, fact_id)
            self._log(s, "fact", fact_id, "reviewed", None, "looked at again")
        self._claims_changed(())

    def update_fact(self: Library, fact: Fact) -> Fact:
        with self.db.transaction() as s:
            stored = facts_repo.update_fact(s, fact)
            self._log(
                s,
                "fact",
                stored.id,
                "update",
                stored.version,
                f"{one_line(stored.statement, 80)} [{stored.status.value}]",
            )
        self._claims_changed(())
        return stored

    def fact_entries(
        self: Library, fact_id: int | None = None, query: FactFilter | None = None
    ) -> list[FactEntry]:
        """One fact, or every fact `query` keeps, with what a fact sheet shows of it (claims and
        articles read in batches, not one query per report)."""
        assessed = [self.assess_fact(fact_id)] if fact_id is not None else self.assessed_facts(query=query)
        claim_ids = sorted({r.claim_id for _f, _a, reports in assessed for r in reports})
        with self.db.reading() as s:
            claims = {c.id: c for c in claims_repo.find_claims_by_ids(s, claim_ids)}
            articles = {
                a: articles_repo.get_article(s, a) for a in sorted({c.article_id for c in claims.values()})
            }
        return [
            FactEntry(
                fact,
                assessment,
                reports,
                {r.claim_id: claims[r.claim_id] for r in reports},
                {claims[r.claim_id].article_id: articles[claims[r.claim_id].article_id] for r in reports},
            )
            for fact, assessment, reports in assessed
        ]


SCAN_BATCH = 500  # facts assessed at a time when filtering on the rules' figures


def _assessed(session, facts: list[Fact]) -> list[tuple[Fact, Assessment, list[Report]]]:
    ids = [f.id for f in facts]
    reports = facts_repo.reports_of(session, ids)  # type: ignore[arg-type]
    distinct = facts_repo.distinct_pairs_of(session, ids)  # type: ignore[arg-type]
    return [(f, assess(reports[f.id], f.status, distinct[f.id]), reports[f.id]) for f in facts]  # type: ignore[index]


def _rules_match(assessment: Assessment, query: FactFilter) -> bool:
    if assessment.independent_lines < query.min_lines:
        return False
    return query.derived is None or assessment.derived is query.derived
