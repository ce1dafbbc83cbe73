"""The source registry: lookup by any name or alias, spelling variants, creation and merging."""

from __future__ import annotations

from dataclasses import dataclass, replace

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from claimtracker.domain.sources import Reliability, Source, SourceKind, normalise_name
from claimtracker.errors import NotFoundError, UserError
from claimtracker.storage.schema import ArticleRow, ClaimLinkRow, ClaimRow, SourceNameRow, SourceRow, utcnow
from claimtracker.storage.versions import row_at_version


@dataclass(frozen=True, slots=True)
class SourceSummary:
    id: int
    name: str
    kind: SourceKind
    reliability: Reliability | None
    aliases: tuple[str, ...]
    as_speaker: int
    as_intermediary: int


def source_ids_named(session: Session, name: str) -> list[int]:
    """Ids of the sources that go by `name`, canonical name or alias, ignoring case and accents."""
    norm = normalise_name(name)
    if not norm:
        return []
    rows = session.execute(sa.select(SourceNameRow.source_id).where(SourceNameRow.norm == norm).distinct())
    return sorted(r[0] for r in rows)


def sources_containing(session: Session, part: str, limit: int = 20) -> list[tuple[int, str]]:
    """Sources one of whose names contains `part` (accents and case aside): (id, canonical name)."""
    norm = normalise_name(part)
    if not norm:
        return []
    rows = session.execute(
        sa.select(SourceRow.id, SourceRow.name)
        .where(
            SourceRow.id.in_(
                sa.select(SourceNameRow.source_id).where(SourceNameRow.norm.contains(norm, autoescape=True))
            )
        )
        .order_by(SourceRow.name)
        .limit(limit)
    )
    return [(r[0], r[1]) for r in rows]


def all_names(session: Session) -> list[str]:
    """Every name and alias in the registry, for completion."""
    return sorted(set(session.execute(sa.select(SourceNameRow.name)).scalars()), key=str.casefold)


def similar_names(
    session: Session, name: str, *, limit: int = 5, cutoff: float = 75
) -> list[tuple[str, int]]:
    """Spelling variants already in the registry: (name, source id), closest first.

    'Esmail Qaani' finds 'Ismaël Qaani'; exact matches (same normalised name) are left out.
    """
    from rapidfuzz import fuzz, process

    norm = normalise_name(name)
    rows = session.execute(sa.select(SourceNameRow.norm, SourceNameRow.name, SourceNameRow.source_id)).all()
    choices = {i: r.norm for i, r in enumerate(rows) if r.norm != norm}
    found = process.extract(norm, choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=cutoff)
    result, seen = [], set()
    for _choice, _score, index in found:
        row = rows[index]
        if row.source_id not in seen:
            seen.add(row.source_id)
            result.append((row.name, row.source_id))
    return result[:limit]


@dataclass(frozen=True, slots=True)
class Duplicate:
    source_id: int
    name: str
    reason: str
    score: float


def likely_duplicates(
    session: Session, source_id: int, *, limit: int = 8, cutoff: float = 72
) -> list[Duplicate]:
    """Sources that may be the same as `source_id`, likeliest first, each with why.

    A name or alias in common, then close spellings and transliterations of any of its names
    ('Esmail Qaani' / 'Ismaël Ghaani'); the source itself is never among them."""
    from rapidfuzz import fuzz

    rows = session.execute(sa.select(SourceNameRow.source_id, SourceNameRow.name, SourceNameRow.norm)).all()
    own = {r.norm for r in rows if r.source_id == source_id}
    if not own:
        return []
    primary = {r.id: r.name for r in session.execute(sa.select(SourceRow.id, SourceRow.name))}
    best: dict[int, Duplicate] = {}
    for row in rows:
        if row.source_id == source_id:
            continue
        if row.norm in own:
            found = Duplicate(row.source_id, primary[row.source_id], f"shares the name “{row.name}”", 100.0)
        else:
            score, near = max((fuzz.WRatio(_skeleton(row.norm), _skeleton(n)), n) for n in own)
            if score < cutoff:
                continue
            found = Duplicate(
                row.source_id,
                primary[row.source_id],
                f"“{row.name}” is spelt close to “{near}” ({score:.0f}%)",
                score,
            )
        if row.source_id not in best or found.score > best[row.source_id].score:
            best[row.source_id] = found
    return sorted(best.values(), key=lambda d: (-d.score, d.name.casefold()))[:limit]


def _skeleton(norm: str) -> str:
    """A name with the usual transliteration variants folded: Qaani/Ghaani/Kaani, Esmail/Ismail."""
    text = norm
    for old, new in (
        ("gh", "q"),
        ("kh", "h"),
        ("ou", "u"),
        ("ee", "i"),
        ("aa", "a"),
        ("ii", "i"),
        ("k", "q"),
    ):
        text = text.replace(old, new)
    return text.replace("e", "i")


def add_source(session: Session, source: Source) -> Source:
    """Add a source to the registry; a name the registry already holds is refused.

    Another analyst may create the same name between our lookup and our insert: the unique index
    on canonical names refuses the second, which `source_for_name` turns into reuse.
    """
    name = source.name.strip()
    if not normalise_name(name):
        raise UserError("a source needs a name")
    try:
        with session.begin_nested():
            row = SourceRow(
                name=name,
                kind=source.kind.value,
                affiliation=source.affiliation,
                reliability=source.reliability.value if source.reliability else None,
                notes=source.notes,
            )
            session.add(row)
            session.flush()
            _set_names(session, row.id, name, source.aliases)
    except IntegrityError as exc:
        raise DuplicateSourceError(name, source_ids_named(session, name)) from exc
    return get_source(session, row.id)


class DuplicateSourceError(UserError):
    def __init__(self, name: str, existing: list[int]) -> None:
        super().__init__(
            f"the registry already has a source named {name!r} (#{existing[0] if existing else '?'})"
        )
        self.existing = existing


def source_for_name(session: Session, name: str, kind: SourceKind = SourceKind.UNKNOWN) -> int:
    """The id of the source called `name`, created if the registry has none of that name.

    When someone else creates the same name at the same moment, theirs is reused: one source."""
    ids = source_ids_named(session, name)
    if ids:
        return ids[0]
    try:
        return add_source(session, Source(name=name, kind=kind)).id  # type: ignore[return-value]
    except DuplicateSourceError as exc:
        if exc.existing:
            return exc.existing[0]
        raise


def get_source(session: Session, source_id: int) -> Source:
    row = session.get(SourceRow, source_id)
    if row is None:
        raise NotFoundError(f"no source with id {source_id}")
    names = session.execute(
        sa.select(SourceNameRow.name)
        .where(SourceNameRow.source_id == source_id, SourceNameRow.is_primary.is_(False))
        .order_by(SourceNameRow.id)
    ).scalars()
    return source_of_row(row, tuple(names))


def source_of_row(row, aliases: tuple[str, ...]) -> Source:
    """A registry source from its row (ORM object or plain row of the table) and its aliases."""
    return Source(
        id=row.id,
        name=row.name,
        kind=SourceKind(row.kind),
        aliases=aliases,
        affiliation=row.affiliation,
        reliability=Reliability(row.reliability) if row.reliability else None,
        notes=row.notes,
        version=row.version,
    )


def update_source(session: Session, source: Source) -> Source:
    if source.id is None:
        raise ValueError("update_source needs a stored source")
    current = session.get(SourceRow, source.id)
    row = row_at_version(
        session,
        SourceRow,
        source.id,
        source.version,
        "source",
        f"source “{current.name if current else source.name}”",
        lambda r: f"{r.name}, {r.kind}, reliability {r.reliability or '—'}",
    )
    row.name = source.name.strip()
    row.kind = source.kind.value
    row.affiliation = source.affiliation
    row.reliability = source.reliability.value if source.reliability else None
    row.notes = source.notes
    row.updated_at = utcnow()  # an UPDATE even when only aliases changed: the version moves
    try:
        with session.begin_nested():
            session.execute(sa.delete(SourceNameRow).where(SourceNameRow.source_id == row.id))
            _set_names(session, row.id, row.name, source.aliases)
    except IntegrityError as exc:
        others = [i for i in source_ids_named(session, row.name) if i != row.id]
        raise DuplicateSourceError(row.name, others) from exc
    session.flush()
    return get_source(session, row.id)


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """What a merge changed, so that it can be undone exactly."""

    kept_before: Source
    absorbed: Source
    links: tuple[tuple[int, int], ...]  # (claim id, position) that named the absorbed source
    spoken: tuple[int, ...]  # claims whose speaker it was
    published: tuple[int, ...] = ()  # articles whose outlet it was
    originated: tuple[int, ...] = ()  # articles whose original source it was


def merge_sources(session: Session, keep_id: int, absorb_id: int) -> MergeRecord:
    """Fold `absorb_id` into `keep_id`: its names become aliases and its claims follow."""
    if keep_id == absorb_id:
        raise UserError("cannot merge a source with itself")
    keep, absorbed = get_source(session, keep_id), get_source(session, absorb_id)
    links = tuple(
        (r.claim_id, r.position)
        for r in session.execute(
            sa.select(ClaimLinkRow.claim_id, ClaimLinkRow.position).where(ClaimLinkRow.source_id == absorb_id)
        )
    )
    spoken = tuple(session.execute(sa.select(ClaimRow.id).where(ClaimRow.speaker_id == absorb_id)).scalars())
    session.execute(
        sa.update(ClaimLinkRow).where(ClaimLinkRow.source_id == absorb_id).values(source_id=keep_id)
    )
    session.execute(sa.update(ClaimRow).where(ClaimRow.speaker_id == absorb_id).values(speaker_id=keep_id))
    published = _articles_where(session, ArticleRow.outlet_id, absorb_id)
    originated = _articles_where(session, ArticleRow.original_source_id, absorb_id)
    session.execute(sa.update(ArticleRow).where(ArticleRow.outlet_id == absorb_id).values(outlet_id=keep_id))
    session.execute(
        sa.update(ArticleRow)
        .where(ArticleRow.original_source_id == absorb_id)
        .values(original_source_id=keep_id)
    )
    session.execute(sa.delete(SourceRow).where(SourceRow.id == absorb_id))
    merged = Source(**{f: getattr(keep, f) for f in Source.__dataclass_fields__})
    merged.aliases = (*keep.aliases, *absorbed.all_names)
    update_source(session, merged)
    return MergeRecord(keep, absorbed, links, spoken, published, originated)


def _articles_where(session: Session, column, source_id: int) -> tuple[int, ...]:
    return tuple(session.execute(sa.select(ArticleRow.id).where(column == source_id)).scalars())


def unmerge_sources(session: Session, record: MergeRecord) -> None:
    """Undo a merge: the absorbed source comes back, with its id, names and claims."""
    absorbed = record.absorbed
    session.add(
        SourceRow(
            id=absorbed.id,
            name=absorbed.name,
            kind=absorbed.kind.value,
            affiliation=absorbed.affiliation,
            reliability=absorbed.reliability.value if absorbed.reliability else None,
            notes=absorbed.notes,
        )
    )
    session.flush()
    _set_names(session, absorbed.id, absorbed.name, absorbed.aliases)  # type: ignore[arg-type]
    for claim_id, position in record.links:
        session.execute(
            sa.update(ClaimLinkRow)
            .where(ClaimLinkRow.claim_id == claim_id, ClaimLinkRow.position == position)
            .values(source_id=absorbed.id)
        )
    if record.spoken:
        session.execute(
            sa.update(ClaimRow).where(ClaimRow.id.in_(record.spoken)).values(speaker_id=absorbed.id)
        )
    if record.published:
        session.execute(
            sa.update(ArticleRow).where(ArticleRow.id.in_(record.published)).values(outlet_id=absorbed.id)
        )
    if record.originated:
        session.execute(
            sa.update(ArticleRow)
            .where(ArticleRow.id.in_(record.originated))
            .values(original_source_id=absorbed.id)
        )
    current = session.get(SourceRow, record.kept_before.id)
    update_source(session, replace(record.kept_before, version=current.version))  # type: ignore[union-attr]


def list_sources(session: Session, name: str = "", order: str = "name") -> list[SourceSummary]:
    """The registry with claim counts; `name` keeps the sources one of whose names contains it.

    `order`: "name", or "said" / "relayed" for the busiest first.
    """
    speaker = (
        sa.select(ClaimLinkRow.source_id, sa.func.count().label("n"))
        .where(ClaimLinkRow.position == 0)
        .group_by(ClaimLinkRow.source_id)
        .subquery()
    )
    later = (
        sa.select(ClaimLinkRow.source_id, sa.func.count(sa.distinct(ClaimLinkRow.claim_id)).label("n"))
        .where(ClaimLinkRow.position > 0)
        .group_by(ClaimLinkRow.source_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(SourceRow, sa.func.coalesce(speaker.c.n, 0), sa.func.coalesce(later.c.n, 0))
        .outerjoin(speaker, speaker.c.source_id == SourceRow.id)
        .outerjoin(later, later.c.source_id == SourceRow.id)
        .where(_named_like(name))
        .order_by(*_source_order(order, speaker.c.n, later.c.n))
    ).all()
    aliases: dict[int, list[str]] = {}
    for source_id, name in session.execute(
        sa.select(SourceNameRow.source_id, SourceNameRow.name)
        .where(SourceNameRow.is_primary.is_(False))
        .order_by(SourceNameRow.id)
    ):
        aliases.setdefault(source_id, []).append(name)
    return [
        SourceSummary(
            id=row.id,
            name=row.name,
            kind=SourceKind(row.kind),
            reliability=Reliability(row.reliability) if row.reliability else None,
            aliases=tuple(aliases.get(row.id, ())),
            as_speaker=n_speaker,
            as_intermediary=n_later,
        )
        for row, n_speaker, n_later in rows
    ]


def _source_order(order: str, said, relayed) -> list:
    name = sa.func.lower(SourceRow.name)
    if order == "said":
        return [sa.func.coalesce(said, 0).desc(), name]
    if order == "relayed":
        return [sa.func.coalesce(relayed, 0).desc(), name]
    return [name]


def _named_like(name: str) -> sa.ColumnElement[bool]:
    norm = normalise_name(name)
    if not norm:
        return sa.true()
    return SourceRow.id.in_(
        sa.select(SourceNameRow.source_id).where(SourceNameRow.norm.contains(norm, autoescape=True))
    )


def _set_names(session: Session, source_id: int, name: str, aliases: tuple[str, ...]) -> None:
    seen: set[str] = set()
    for i, alias in enumerate((name, *aliases)):
        norm = normalise_name(alias)
        if not norm or norm in seen:
            continue
        seen.add(norm)
        session.add(SourceNameRow(source_id=source_id, name=alias.strip(), norm=norm, is_primary=i == 0))
    session.flush()


def ids_for_filter(session: Session, name: str, what: str) -> list[int]:
    """The sources a filter names: by any name or alias; failing that, a part of a name that
    only one source's names contain ("qaani" for "Esmail Qaani"). `what` names the field in errors."""
    ids = source_ids_named(session, name)
    if ids:
        return ids
    found = sources_containing(session, name)
    if len(found) == 1:
        return [found[0][0]]
    if found:
        names = ", ".join(n for _i, n in found[:5]) + (", …" if len(found) > 5 else "")
        raise UserError(f"{what}: {name!r} is part of {len(found)} sources' names ({names}); say which")
    raise UserError(f"{what}: no source is named {name!r}")
