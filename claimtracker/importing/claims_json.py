"""Reading a JSON claim sheet back (`claimtracker import-claims`): articles, sources and claims.

Articles already stored (same content) and sources already in the registry (same name) are
reused; everything else is added, under its exported id when that id is free, so that a sheet
imported into an empty database exports again identically. A claim whose span no longer fits its
article is re-anchored by its quote, or reported and left out; the rest goes in one transaction.

Importing is idempotent: a claim already stored (same article, span and speaker) is not added
again; when the stored one differs, it is kept and the difference reported, never overwritten.
Nested claims keep their parent, whatever ids the claims get here; each claim is logged with
who imported it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from claimtracker.domain.anchoring import AnchorState, reanchor
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
    TextQuote,
)
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.facts import Fact, Stance
from claimtracker.domain.sources import Reliability, Source, SourceKind, normalise_name
from claimtracker.errors import BadFileError, UserError
from claimtracker.exporting.json_export import FORMAT
from claimtracker.storage import change_log, facts_repo
from claimtracker.storage.articles_repo import add_article
from claimtracker.storage.claims_repo import add_claim, add_claims_bulk, claims_on_span, set_parent
from claimtracker.storage.database import Database, advance_id_sequences
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import ArticleRow, ClaimRow, SourceRow
from claimtracker.storage.sources_repo import add_source, source_ids_named, update_source

MAX_BYTES = 500 * 1024 * 1024


@dataclass(slots=True)
class ClaimsImportReport:
    claims: int = 0
    articles_added: int = 0
    sources_added: int = 0
    unchanged: int = 0  # already stored as they are in the sheet
    facts_added: int = 0
    changed: list[str] = field(default_factory=list)  # stored already, but different: kept as stored
    reanchored: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{self.claims} claims",
            f"{self.articles_added} new articles",
            f"{self.sources_added} new sources",
        ]
        if self.facts_added:
            parts.append(f"{self.facts_added} new facts")
        if self.unchanged:
            parts.append(f"{self.unchanged} already stored")
        if self.changed:
            parts.append(f"{len(self.changed)} stored differently (kept as stored)")
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} re-anchored")
        if self.problems:
            parts.append(f"{len(self.problems)} left out")
        return ", ".join(parts)


def import_claims_file(db: Database, path: Path, who: str = "import") -> ClaimsImportReport:
    data = _load(path)
    report = ClaimsImportReport()
    with db.transaction() as session:
        article_ids = {}
        bodies = {}
        new_articles: set[int] = set()  # added by this import: no claim of theirs to compare with
        for number, record in enumerate(data.get("articles", []), 1):
            try:
                article = _article(record)
            except (KeyError, TypeError, ValueError) as exc:
                raise BadFileError(path, f"article {number}: {_reason(exc)}") from exc
            if article.id is not None and session.get(ArticleRow, article.id) is not None:
                article.id = None  # that id is taken here: a new one
            stored, created = add_article(session, article)
            if created:
                new_articles.add(stored.id)  # type: ignore[arg-type]
            article_ids[record["id"]] = stored.id
            bodies[stored.id] = stored.body
            report.articles_added += created
        source_ids = {}
        for number, record in enumerate(data.get("sources", []), 1):
            try:
                source_ids[record["id"]], created = _source(session, record)
            except (KeyError, TypeError, ValueError) as exc:
                raise BadFileError(path, f"source {number}: {_reason(exc)}") from exc
            report.sources_added += created
        stored_ids: dict[Any, int] = {}  # the sheet's claim id → the claim's id here
        parents: list[tuple[int, Any, str]] = []  # (claim here, the sheet's parent id, where)
        batch = _Batch(session, data.get("claims", []), who, path.name)
        for number, record in enumerate(data.get("claims", []), 1):
            where = (
                f"claim {number} (id {record.get('id')})" if isinstance(record, dict) else f"claim {number}"
            )
            try:
                claim = _claim(record, article_ids, source_ids)
            except (KeyError, TypeError, ValueError) as exc:
                report.problems.append(f"{path}: {where}: {_reason(exc)}")
                continue
            body = bodies.get(claim.article_id)
            if body is None:
                report.problems.append(f"{path}: {where}: its article is not in the file")
                continue
            if claim.span.end > len(body) or body[claim.span.start : claim.span.end] != claim.quote.exact:
                anchored = reanchor(body, claim.quote, claim.span)  # slicing past the end is harmless
                if (
                    anchored.state is AnchorState.ORPHANED
                    or anchored.span is None
                    or anchored.span.end > len(body)
                ):
                    report.problems.append(
                        f"{path}: {where}: span {claim.span.start}:{claim.span.end} does not hold its quote "
                        f"and {anchored.reason}"
                    )
                    continue
                report.reanchored.append(
                    f"{where}: {claim.span.start}:{claim.span.end} → "
                    f"{anchored.span.start}:{anchored.span.end}"
                )
                claim.span = anchored.span
            exported_id, parent = claim.id, claim.parent_id
            if claim.article_id in new_articles and all(link.id is not None for link in claim.chain.links):
                # On an article this import added there is nothing to compare with: stored in batches.
                stored_ids[exported_id] = batch.add(claim)
                if parent is not None:
                    parents.append((stored_ids[exported_id], parent, where))
                report.claims += 1
                continue
            batch.flush()  # the one-by-one path below numbers claims itself
            # Claims this import added or matched are not candidates: a sheet may hold two claims
            # on one span by one speaker (two chains, say).
            candidates = [c for c in claims_on_span(session, claim) if c.id not in stored_ids.values()]
            existing = next((c for c in candidates if not _differences(c, claim)), None) or next(
                iter(candidates), None
            )
            if existing is not None:
                stored_ids[exported_id] = existing.id  # type: ignore[assignment]
                differences = _differences(existing, claim)
                if differences:
                    report.changed.append(
                        f"{path}: {where} differs from stored claim #{existing.id} in "
                        f"{', '.join(differences)}; the stored claim was kept"
                    )
                else:
                    report.unchanged += 1
                continue
            if claim.id is not None and session.get(ClaimRow, claim.id) is not None:
                claim.id = None
            claim.parent_id = None  # set once every claim of the sheet has its id here
            try:
                with session.begin_nested():  # a claim refused here takes nothing else with it
                    stored = add_claim(session, claim)
                    change_log.record(
                        session,
                        who,
                        "claim",
                        stored.id,
                        "import",
                        stored.version,
                        f"from {path.name}",  # type: ignore[arg-type]
                    )
            except UserError as exc:
                report.problems.append(f"{path}: {where}: {exc}")
                continue
            stored_ids[exported_id] = stored.id  # type: ignore[assignment]
            batch.next_id = max(batch.next_id, stored.id + 1)  # type: ignore[operator]
            if parent is not None:
                parents.append((stored.id, parent, where))  # type: ignore[arg-type]
            report.claims += 1
        batch.flush()
        for claim_id, parent, where in parents:
            if parent in stored_ids:
                set_parent(session, claim_id, stored_ids[parent])
            else:
                report.problems.append(
                    f"{path}: {where}: its parent claim {parent} is not in the file; imported without it"
                )
        statements = {" ".join(f.statement.split()): f.id for f in facts_repo.list_facts(session)}
        for number, record in enumerate(data.get("facts", []), 1):
            try:
                report.facts_added += _fact(session, record, stored_ids, who, statements)
            except (KeyError, TypeError, ValueError) as exc:
                report.problems.append(f"{path}: fact {number}: {_reason(exc)}")
        advance_id_sequences(session)
    return report


class _Batch:
    """New claims stored a few thousand at a time (set-based inserts), with their ids chosen here:
    the sheet's own id where it is free, else the next free one."""

    SIZE = 5000

    def __init__(self, session, records: list, who: str, file_name: str) -> None:
        self.session, self.who, self.summary = session, who, f"from {file_name}"
        wanted = sorted({r["id"] for r in records if isinstance(r, dict) and isinstance(r.get("id"), int)})
        dialect = session.get_bind().dialect.name
        self.taken = set(
            session.scalars(sa.select(ClaimRow.id).where(ids_in(ClaimRow.id, wanted, dialect)))
        ) if wanted else set()  # fmt: skip
        highest = session.scalar(sa.select(sa.func.max(ClaimRow.id))) or 0
        self.next_id = max([highest, *wanted]) + 1
        self.pending: list[Claim] = []

    def add(self, claim: Claim) -> int:
        if isinstance(claim.id, int) and claim.id not in self.taken:
            self.taken.add(claim.id)
        else:
            claim.id, self.next_id = self.next_id, self.next_id + 1
        claim.parent_id = None  # set once every claim of the sheet has its id here
        self.pending.append(claim)
        if len(self.pending) >= self.SIZE:
            self.flush()
        return claim.id  # type: ignore[return-value]

    def flush(self) -> None:
        if self.pending:
            add_claims_bulk(self.session, self.pending)
            change_log.record_many(
                self.session,
                self.who,
                "claim",
                "import",
                [(c.id, 1, self.summary) for c in self.pending],  # type: ignore[misc]
            )
            self.pending = []


def _fact(session, record: dict, stored_ids: dict, who: str, statements: dict[str, int]) -> bool:
    """A fact of the sheet with its claims here; an existing fact of the same statement is reused
    (`statements`: the facts here by their statement, kept up to date). Returns whether a fact was added."""
    statement = " ".join(str(record["statement"]).split())
    existing = statements.get(statement)
    fact = (
        facts_repo.get_fact(session, existing)
        if existing is not None
        else facts_repo.add_fact(
            session, Fact(statement, ClaimStatus(record.get("status", "unverified")), record.get("note", ""))
        )
    )
    statements[statement] = fact.id  # type: ignore[assignment]
    for link in record.get("claims", []):
        claim_id = stored_ids.get(link["claim_id"])
        if claim_id is not None:
            facts_repo.link_claim(
                session,
                fact.id,
                claim_id,
                Stance(link.get("stance", "supports")),
                who,
                link.get("reason", ""),
            )  # type: ignore[arg-type]
    for first, second in record.get("distinct_lines", []):
        if first in stored_ids and second in stored_ids:
            facts_repo.mark_distinct(
                session, fact.id, stored_ids[first], stored_ids[second], who, "from a claim sheet"
            )  # type: ignore[arg-type]
    if existing is None:
        change_log.record(session, who, "fact", fact.id, "import", fact.version, statement[:80])  # type: ignore[arg-type]
    return existing is None


def _load(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BadFileError(path, f"file too large ({path.stat().st_size / 1e6:.0f} MB)")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadFileError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise BadFileError(path, f"not UTF-8 (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise BadFileError(
            path, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadFileError(path, f'not a ClaimTracker claim sheet (no "format": "{FORMAT}")')
    return data


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


def _date(record: dict | None) -> ClaimDate:
    """A date record back: from its EDTF form when it has one, else from value and precision."""
    if not record:
        return ClaimDate.unknown()
    wording, doubt = record.get("wording", ""), record.get("doubt", "")
    if record.get("edtf"):
        date = ClaimDate.from_edtf(record["edtf"], wording, doubt)
        # EDTF's '?' carries doubt; a record's own "certain" is kept as written.
        return dataclasses.replace(date, certain=bool(record.get("certain", date.certain)))
    if record.get("value") is None:
        return ClaimDate(None, Precision.UNKNOWN, wording, bool(record.get("certain", True)), doubt)
    latest = record.get("latest")
    return ClaimDate(
        dt.date.fromisoformat(record["value"]),
        Precision(record["precision"]),
        wording,
        bool(record.get("certain", True)),
        doubt,
        dt.date.fromisoformat(latest) if latest and record["precision"] == Precision.RANGE.value else None,
    )


def _article(record: dict) -> Article:
    body = record["body"]
    if not isinstance(body, str) or not body:
        raise ValueError("an article needs its text (body)")
    return Article(
        id=int(record["id"]),
        title=record.get("title", ""),
        body=body,
        raw=record.get("raw") or body,
        outlet=record.get("outlet", ""),
        original_source=record.get("original_source", ""),
        url=record.get("url", ""),
        language=record.get("language", ""),
        published=_date(record.get("published")),
        source_path=record.get("source_path", ""),
        imported_at=dt.datetime.now(dt.UTC),
        content_hash=record.get("content_hash", ""),
    )


def _source(session, record: dict) -> tuple[int, bool]:
    existing = source_ids_named(session, record["name"])
    if existing:
        return existing[0], False
    source = Source(
        name=record["name"],
        kind=SourceKind(record.get("kind", "unknown")),
        aliases=tuple(record.get("aliases", ())),
        affiliation=record.get("affiliation", ""),
        reliability=Reliability(record["reliability"]) if record.get("reliability") else None,
        notes=record.get("notes", ""),
    )
    wanted = int(record["id"])
    if session.execute(sa.select(SourceRow.id).where(SourceRow.id == wanted)).first() is None:
        session.add(SourceRow(id=wanted, name=source.name, kind=source.kind.value))
        session.flush()
        source.id = wanted
        return update_source(session, source).id, True  # type: ignore[return-value]
    return add_source(session, source).id, True  # type: ignore[return-value]


def _claim(record: dict, article_ids: dict, source_ids: dict) -> Claim:
    span = Span(int(record["span"]["start"]), int(record["span"]["end"]))
    quote = TextQuote(
        record["quote"]["exact"], record["quote"].get("prefix", ""), record["quote"].get("suffix", "")
    )
    links = []
    if not record["chain"]:
        raise ValueError("the chain is empty: a claim needs at least its speaker")
    for position, link in enumerate(record["chain"], 1):
        if not isinstance(link.get("name"), str) or not normalise_name(link["name"]):
            raise ValueError(f"link {position} of the chain has no name")
        role = Role(link["role"]) if link.get("role") else None
        relation = Relation(link.get("relation") or "")
        links.append(
            SourceRef(link["name"], source_ids.get(link.get("id")), role, relation, link.get("cue", ""))
        )
    if record["article_id"] not in article_ids:
        raise ValueError(f"article {record['article_id']} is not in the file")
    credibility = record.get("credibility")
    return Claim(
        id=record.get("id"),
        article_id=article_ids[record["article_id"]],
        span=span,
        quote=quote,
        chain=AttributionChain(tuple(links)),
        text=record.get("text", quote.exact),
        kind=ClaimKind(record.get("kind", "paraphrase")),
        cue=record.get("cue", ""),
        claim_date=_date(record.get("claim_date")),
        event_date=_date(record.get("event_date")),
        credibility=int(credibility) if credibility is not None else None,
        status=ClaimStatus(record.get("status", "unverified")),
        tags=tuple(record.get("tags", ())),
        note=record.get("note", ""),
        parent_id=record.get("parent_id"),
        orphaned=bool(record.get("orphaned", False)),
    )


def _differences(stored: Claim, incoming: Claim) -> list[str]:
    """The fields in which a claim of the sheet differs from the same claim stored here."""
    fields = ("text", "kind", "cue", "claim_date", "event_date", "credibility", "status", "note", "orphaned")
    found = [f for f in fields if getattr(stored, f) != getattr(incoming, f)]
    if [normalise_name(n) for n in stored.chain.names] != [normalise_name(n) for n in incoming.chain.names]:
        found.append("chain")
    elif [
        (stored.chain.role_of(i), link.relation, link.cue) for i, link in enumerate(stored.chain.links)
    ] != [
        (incoming.chain.role_of(i), link.relation, link.cue) for i, link in enumerate(incoming.chain.links)
    ]:
        found.append("roles in the chain")
    if sorted(stored.tags) != sorted(t.strip() for t in incoming.tags if t.strip()):
        found.append("tags")
    return found
