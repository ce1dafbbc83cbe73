"""Reading a JSON claim sheet back (`claimtracker import-claims`): articles, sources, claims, facts.

Articles already stored (same content) and sources already in the registry (same name) are
reused; everything else is added, under its exported id when that id is free, so that a sheet
imported into an empty database exports again identically. A claim whose span no longer fits its
article is re-anchored by its quote, or reported and left out; the rest goes in one transaction,
so a failure or a cancel leaves nothing half-written.

Importing is idempotent: a claim already stored (same article, span and speaker) is not added
again; when the stored one differs, it is kept and the difference reported, never overwritten.
Nested claims keep their parent, whatever ids the claims get here; each claim is logged with
who imported it.

The sheet is read in one pass and its records one at a time (`claim_sheet`); the claims of a
large sheet are read in a second process (`claim_reader`). What is new is written set-based
(`new_claims`, `bulk_writes`): the claims of the articles this import adds, the new sources, the
new facts and their links.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from claimtracker.collector import collector_paused
from claimtracker.domain.anchoring import AnchorState, reanchor
from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim, ClaimStatus
from claimtracker.domain.facts import Fact, Stance
from claimtracker.domain.sources import normalise_name
from claimtracker.errors import BadFileError, UserError
from claimtracker.importing.claim_reader import ClaimReader, where_of
from claimtracker.importing.claim_sheet import ClaimSheet
from claimtracker.importing.claims_report import ClaimsImportReport, ImportCancelled
from claimtracker.importing.new_claims import BATCH, NewClaims
from claimtracker.importing.sheet_records import article_of, claim_of, differences, reason, source_of
from claimtracker.storage import change_log, facts_repo
from claimtracker.storage.bulk_load import BulkLoad, bulk_claim_load
from claimtracker.storage.bulk_writes import (
    insert_articles,
    insert_fact_links,
    insert_facts,
    insert_sources,
    source_ids_by_name,
)
from claimtracker.storage.claims_repo import add_claim, claims_on_span, set_parent
from claimtracker.storage.database import Database, advance_id_sequences
from claimtracker.storage.schema import ClaimRow, FactRow, utcnow

Progress = Callable[[int, int, str], None]  # (done, total, what): per cent of the sheet read


def import_claims_file(
    db: Database,
    path: Path,
    who: str = "import",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ClaimsImportReport:
    now = utcnow()  # when each claim the import adds was created
    with ClaimReader(path, db.engine.dialect, now) as reader, ClaimSheet(path) as sheet, collector_paused():
        return _import(db, sheet, reader, who, progress, cancelled)


def _import(
    db: Database,
    sheet: ClaimSheet,
    reader: ClaimReader,
    who: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> ClaimsImportReport:
    run = _Import(
        sheet, reader, who, progress or (lambda done, total, what: None), cancelled or (lambda: False)
    )
    with (
        db.transaction(bulk=True) as session,  # every id it writes is one it has just read or written
        bulk_claim_load(session, sheet.count("claims")) as load,
    ):
        run.session, run.load = session, load
        run.articles()
        run.sources()
        run.claims()
        run.facts()
        advance_id_sequences(session)
    run.progress(100, 100, f"{run.report.claims:,} claims")
    return run.report


class _Import:
    def __init__(
        self,
        sheet: ClaimSheet,
        reader: ClaimReader,
        who: str,
        progress: Progress,
        cancelled: Callable[[], bool],
    ) -> None:
        self.sheet, self.path, self.who = sheet, sheet.path, who
        self.progress, self.cancelled = progress, cancelled
        self.report = ClaimsImportReport()
        self.session: Any = None
        self.load = BulkLoad()  # the claims and articles this import stores (the deferred triggers' work)
        self.article_ids: dict[Any, int] = {}
        self.bodies: dict[int, str] = {}
        self.new_articles: set[int] = set()  # added by this import: no claim of theirs to compare with
        self.source_ids: dict[Any, int] = {}
        self.stored_ids: dict[Any, int] = {}  # the sheet's claim id → the claim's id here
        self.given: set[int] = set()  # the claims here this import stored or matched
        self.reader = reader  # the sheet's claims, read (`claim_reader`)
        self.now = reader.now  # when each claim it adds was created

    def _stored(self, exported_id: Any, claim_id: int) -> None:
        self.stored_ids[exported_id] = claim_id
        self.given.add(claim_id)

    def _check(self) -> None:
        if self.cancelled():
            raise ImportCancelled

    def articles(self) -> None:
        batch: list[tuple[Any, Article]] = []
        for number, record in enumerate(self.sheet.records("articles"), 1):
            try:
                batch.append((record["id"], article_of(record)))
            except (KeyError, TypeError, ValueError) as exc:
                raise BadFileError(self.path, f"article {number}: {reason(exc)}") from exc
            if number % 500 == 0:
                self._check()
                self._store_articles(batch)
                batch = []
        self._store_articles(batch)

    def _store_articles(self, batch: list[tuple[Any, Article]]) -> None:
        stored = insert_articles(self.session, [article for _sheet_id, article in batch])
        for (sheet_id, _article), (article_id, created, body) in zip(batch, stored, strict=True):
            if created:
                self.new_articles.add(article_id)
                self.load.articles.append(article_id)
            self.article_ids[sheet_id] = article_id
            self.bodies[article_id] = body
            self.report.articles_added += created

    def sources(self) -> None:
        records = []
        for number, record in enumerate(self.sheet.records("sources"), 1):
            try:
                sheet_id, wanted = record["id"], int(record["id"])  # claims name it as the sheet writes it
                records.append((sheet_id, wanted, source_of(record)))
            except (KeyError, TypeError, ValueError) as exc:
                raise BadFileError(self.path, f"source {number}: {reason(exc)}") from exc
        known = source_ids_by_name(self.session, [s.name for _id, _wanted, s in records])
        new: dict[str, tuple[Any, Any]] = {}  # one new source per name, whatever the sheet repeats
        for sheet_id, wanted, source in records:
            norm = normalise_name(source.name)
            if norm in known:
                self.source_ids[sheet_id] = known[norm]
            else:
                new.setdefault(norm, (wanted, source))
        ids = insert_sources(self.session, list(new.values()))
        by_norm = dict(zip(new, ids, strict=True))
        for sheet_id, _wanted, source in records:
            self.source_ids.setdefault(sheet_id, by_norm.get(normalise_name(source.name)))  # type: ignore[arg-type]
        self.report.sources_added += len(ids)
        self._check()

    def claims(self) -> None:
        total = max(self.sheet.count("claims"), 1)
        wanted = sorted({i for i in self.sheet.claim_ids() if isinstance(i, int)})
        batch = NewClaims(self.session, self.who, self.path.name, self.load, wanted, self.now)
        parents: list[tuple[int, Any, int]] = []  # (claim here, the sheet's parent id, record number)
        for read in self.reader.batches(self.sheet, self.article_ids, self.source_ids):
            self._check()
            for item in read:
                number = item[0]
                if len(item) == 2:  # (number, what is wrong)
                    self.report.problems.append(f"{self.path}: {item[1]}")
                    continue
                _number, exported_id, parent, article_id, start, end, quote, linked, *rows = item
                body = self.bodies[article_id]
                if (
                    linked
                    and article_id in self.new_articles
                    and body[start:end] == quote
                    and end <= len(body)
                ):
                    # On an article this import added there is nothing to compare with: stored in batches.
                    stored_id = batch.add_read(exported_id, *rows)
                    self._stored(exported_id, stored_id)
                    self.report.claims += 1
                else:
                    stored_id = self._claim(number, batch)
                if stored_id is not None and parent is not None:
                    parents.append((stored_id, parent, number))
            self.progress(min(99, number * 100 // total), 100, f"{number:,} claims")
        batch.flush()
        for claim_id, parent, number in parents:
            if parent in self.stored_ids:
                set_parent(self.session, claim_id, self.stored_ids[parent])
            else:
                where = where_of(self.sheet.record("claims", number), number)
                self.report.problems.append(
                    f"{self.path}: {where}: its parent claim {parent} is not in the file; imported without it"
                )

    def _claim(self, number: int, batch: NewClaims) -> int | None:
        """The claim of record `number` read here, for what the reader leaves: a span to re-anchor,
        a link to a source not in the registry, an article stored before the import."""
        record = self.sheet.record("claims", number)
        where = where_of(record, number)
        claim = self._readable(record, where)
        if claim is None:
            return None
        exported_id = claim.id
        if claim.article_id in self.new_articles and all(link.id is not None for link in claim.chain.links):
            stored_id = batch.add(claim)
            self._stored(exported_id, stored_id)
            self.report.claims += 1
            return stored_id
        batch.flush()  # the one-by-one path below numbers claims itself
        stored_id = self._one_by_one(claim, exported_id, where)
        if stored_id is not None:
            batch.next_id = max(batch.next_id, stored_id + 1)
            batch.taken.add(stored_id)
        return stored_id

    def _readable(self, record: Any, where: str) -> Claim | None:
        """The record as a claim whose span holds its quote (re-anchored if need be), or None."""
        try:
            claim = claim_of(record, self.article_ids, self.source_ids)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            self.report.problems.append(f"{self.path}: {where}: {reason(exc)}")
            return None
        body = self.bodies.get(claim.article_id)
        if body is None:
            self.report.problems.append(f"{self.path}: {where}: its article is not in the file")
            return None
        if claim.span.end > len(body) or body[claim.span.start : claim.span.end] != claim.quote.exact:
            anchored = reanchor(body, claim.quote, claim.span)  # slicing past the end is harmless
            if (
                anchored.state is AnchorState.ORPHANED
                or anchored.span is None
                or anchored.span.end > len(body)
            ):
                self.report.problems.append(
                    f"{self.path}: {where}: span {claim.span.start}:{claim.span.end} does not hold its quote "
                    f"and {anchored.reason}"
                )
                return None
            self.report.reanchored.append(
                f"{where}: {claim.span.start}:{claim.span.end} → {anchored.span.start}:{anchored.span.end}"
            )
            claim.span = anchored.span
        return claim

    def _one_by_one(self, claim: Claim, exported_id: Any, where: str) -> int | None:
        """A claim on an article stored before: kept as stored if it is there, else added alone."""
        # Claims this import added or matched are not candidates: a sheet may hold two claims on
        # one span by one speaker (two chains, say).
        candidates = [c for c in claims_on_span(self.session, claim) if c.id not in self.given]
        existing = next((c for c in candidates if not differences(c, claim)), None) or next(
            iter(candidates), None
        )
        if existing is not None:
            self._stored(exported_id, existing.id)  # type: ignore[arg-type]
            found = differences(existing, claim)
            if found:
                self.report.changed.append(
                    f"{self.path}: {where} differs from stored claim #{existing.id} in "
                    f"{', '.join(found)}; the stored claim was kept"
                )
            else:
                self.report.unchanged += 1
            return None
        if claim.id is not None and self.session.get(ClaimRow, claim.id) is not None:
            claim.id = None
        claim.parent_id = None  # set once every claim of the sheet has its id here
        try:
            with self.session.begin_nested():  # a claim refused here takes nothing else with it
                stored = add_claim(self.session, claim)
                change_log.record(
                    self.session,
                    self.who,
                    "claim",
                    stored.id,
                    "import",
                    stored.version,
                    f"from {self.path.name}",
                )  # type: ignore[arg-type]
        except UserError as exc:
            self.report.problems.append(f"{self.path}: {where}: {exc}")
            return None
        self.load.claims.append(stored.id)  # type: ignore[arg-type]
        self._stored(exported_id, stored.id)  # type: ignore[arg-type]
        self.report.claims += 1
        return stored.id

    def facts(self) -> None:
        """New facts set-based with their links; a fact whose statement is stored already gains the links."""
        statements = {
            " ".join(statement.split()): fact_id
            for fact_id, statement in self.session.execute(sa.select(FactRow.id, FactRow.statement))
        }
        new: dict[str, tuple[Fact, list, list]] = {}  # statement → the fact, its links, its distinct pairs
        for number, record in enumerate(self.sheet.records("facts"), 1):
            try:
                statement = " ".join(str(record["statement"]).split())
                if not statement:
                    raise ValueError("a fact needs a statement")
                links = [
                    (link["claim_id"], Stance(link.get("stance", "supports")), link.get("reason", ""))
                    for link in record.get("claims", [])
                ]
                distinct = [(first, second) for first, second in record.get("distinct_lines", [])]
                named = [claim for claim, _stance, _why in links] + [c for pair in distinct for c in pair]
                if not all(isinstance(claim, int | str) for claim in named):
                    raise ValueError("a fact names its claims by their ids")
                if statement in statements:
                    self._link_to_existing(statements[statement], links, distinct)
                elif statement in new:  # a second record of a statement this sheet adds: one fact
                    new[statement][1].extend(links)
                    new[statement][2].extend(distinct)
                else:
                    status = ClaimStatus(record.get("status", "unverified"))
                    new[statement] = (Fact(statement, status, record.get("note", "")), links, distinct)
            except (KeyError, TypeError, ValueError) as exc:
                self.report.problems.append(f"{self.path}: fact {number}: {reason(exc)}")
        ids = insert_facts(self.session, [fact for fact, _links, _distinct in new.values()], self.who)
        link_rows, pair_rows, now = [], [], utcnow()
        for fact_id, (_fact, links, distinct) in zip(ids, new.values(), strict=True):
            linked = {
                self.stored_ids[claim]: (stance, why)
                for claim, stance, why in links
                if claim in self.stored_ids
            }
            link_rows.extend(
                {"fact_id": fact_id, "claim_id": claim_id, "stance": stance.value, "who": self.who[:100],
                 "reason": why, "at": now}
                for claim_id, (stance, why) in linked.items()
            )  # fmt: skip
            pairs = {
                tuple(sorted((self.stored_ids[a], self.stored_ids[b])))
                for a, b in distinct
                if a in self.stored_ids and b in self.stored_ids
            }
            pair_rows.extend(
                {"fact_id": fact_id, "first_claim": a, "second_claim": b, "who": self.who[:100],
                 "reason": "from a claim sheet", "at": now}
                for a, b in sorted(pairs)
            )  # fmt: skip
        for start in range(0, max(len(link_rows), len(pair_rows)), BATCH):
            insert_fact_links(
                self.session, link_rows[start : start + BATCH], pair_rows[start : start + BATCH]
            )
        self.report.facts_added += len(ids)

    def _link_to_existing(self, fact_id: int, links: list, distinct: list) -> None:
        for claim, stance, why in links:
            if claim in self.stored_ids:
                facts_repo.link_claim(self.session, fact_id, self.stored_ids[claim], stance, self.who, why)
        for first, second in distinct:
            if first in self.stored_ids and second in self.stored_ids:
                facts_repo.mark_distinct(
                    self.session, fact_id, self.stored_ids[first], self.stored_ids[second], self.who,
                    "from a claim sheet",
                )  # fmt: skip
