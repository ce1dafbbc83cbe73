"""A claim sheet's records read back into the domain: articles, sources, claims and their dates.

Each function takes one JSON record and raises KeyError, TypeError or ValueError on a field it
cannot read; the importer turns those into a message naming the record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from enum import Enum
from typing import Any

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
from claimtracker.domain.lookup import by_value, member
from claimtracker.domain.sources import Reliability, Source, SourceKind, normalise_name

# Some character `normalise_name` keeps: neither a space nor the punctuation it drops.
_NAMED = re.compile("[^\\s\\-‐‑–—_.,;:'’‘`´\"«»()]")


def source_of(record: dict) -> Source:
    name = record["name"]
    if not isinstance(name, str) or not normalise_name(name):
        raise ValueError("a source needs a name")
    return Source(
        name=name.strip(),
        kind=SourceKind(record.get("kind", "unknown")),
        aliases=tuple(record.get("aliases", ())),
        affiliation=record.get("affiliation", ""),
        reliability=Reliability(record["reliability"]) if record.get("reliability") else None,
        notes=record.get("notes", ""),
    )


def reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


def date_of(record: dict | None) -> ClaimDate:
    """A date record back: from its EDTF form when it has one, else from value and precision."""
    if not record:
        return ClaimDate.unknown()
    fields = (
        record.get("edtf"),
        record.get("value"),
        record.get("precision"),
        record.get("wording", ""),
        record.get("certain", _UNSAID),
        record.get("doubt", ""),
        record.get("latest"),
    )
    try:
        # A sheet repeats the same few thousand dates: each is read once (dates are immutable).
        return _date(*fields)
    except TypeError:  # a list or an object where text was expected: read it uncached, to say why
        return _date.__wrapped__(*fields)


_UNSAID = object()  # no "certain" in the record


@functools.lru_cache(maxsize=65536)
def _date(edtf, value, precision, wording, certain, doubt, latest) -> ClaimDate:
    if edtf:
        date = ClaimDate.from_edtf(edtf, wording, doubt)
        # EDTF's '?' carries doubt; a record's own "certain" is kept as written.
        kept = bool(date.certain if certain is _UNSAID else certain)
        return date if kept == date.certain else dataclasses.replace(date, certain=kept)
    certain = bool(True if certain is _UNSAID else certain)
    if value is None:
        return ClaimDate(None, Precision.UNKNOWN, wording, certain, doubt)
    return ClaimDate(
        dt.date.fromisoformat(value),
        Precision(precision),
        wording,
        certain,
        doubt,
        dt.date.fromisoformat(latest) if latest and precision == Precision.RANGE.value else None,
    )


def article_of(record: dict) -> Article:
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
        published=date_of(record.get("published")),
        source_path=record.get("source_path", ""),
        imported_at=dt.datetime.now(dt.UTC),
        content_hash=record.get("content_hash", ""),
    )


def claim_of(record: dict, article_ids: dict, source_ids: dict) -> Claim:
    span = Span(int(record["span"]["start"]), int(record["span"]["end"]))
    quote = TextQuote(
        record["quote"]["exact"], record["quote"].get("prefix", ""), record["quote"].get("suffix", "")
    )
    links = []
    if not record["chain"]:
        raise ValueError("the chain is empty: a claim needs at least its speaker")
    for position, link in enumerate(record["chain"], 1):
        if not isinstance(link.get("name"), str) or not _NAMED.search(link["name"]):
            raise ValueError(f"link {position} of the chain has no name")
        role = _member(Role, link["role"]) if link.get("role") else None
        relation = _member(Relation, link.get("relation") or "")
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
        kind=_member(ClaimKind, record.get("kind", "paraphrase")),
        cue=record.get("cue", ""),
        claim_date=date_of(record.get("claim_date")),
        event_date=date_of(record.get("event_date")),
        credibility=int(credibility) if credibility is not None else None,
        status=_member(ClaimStatus, record.get("status", "unverified")),
        tags=tuple(record.get("tags", ())),
        note=record.get("note", ""),
        parent_id=record.get("parent_id"),
        orphaned=bool(record.get("orphaned", False)),
    )


_TABLES: dict = {enum: by_value(enum) for enum in (Role, Relation, ClaimKind, ClaimStatus)}


def _member(enum: type[Enum], value: object) -> Any:
    return member(_TABLES[enum], enum, value)


def differences(stored: Claim, incoming: Claim) -> list[str]:
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
