"""A large sheet's claims are read in a second process while the importer writes: the import
must come out exactly as when they are read in the importer's own process, problems included,
and a cancel or a reader that dies must leave nothing written and no process behind."""

from __future__ import annotations

import json
import multiprocessing

import pytest
import sqlalchemy as sa

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.errors import UserError
from claimtracker.importing import claim_reader
from claimtracker.importing.claims_json import ImportCancelled, import_claims_file
from claimtracker.library import Library
from claimtracker.storage.database import Database, sqlite_url
from tests.helpers.sheets import numbered_words

WORDS = 3000


def _sheet(tmp_path, name="sheet.json"):
    """A sheet with what takes every path of the importer: plain claims on a new article, nested
    ones, unreadable records, a span that moved, a link to a source the sheet does not list, a
    claim on an article stored before the import, dates and tags."""
    body, spans = numbered_words(WORDS)
    claims = [
        {
            "id": 500 + i,
            "article_id": 7,
            "span": {"start": a, "end": b},
            "quote": {"exact": body[a:b]},
            "chain": [{"name": "Agence", "id": 3}, {"name": "Relais", "id": 4, "role": "intermediary"}],
            "parent_id": 500 if i % 10 else None,
            "tags": ["lot", " lot ", f"t{i % 3}"],
            "claim_date": {"value": f"2021-{i % 12 + 1:02d}-05", "precision": "day"} if i % 4 else None,
            "event_date": {"value": f"2020-{i % 7 + 1:02d}-01", "precision": "month"} if i % 5 == 0 else None,
            "credibility": i % 6 + 1,
        }
        for i, (a, b) in enumerate(spans)
    ]
    claims[5]["span"] = {"start": spans[5][0] + 3, "end": spans[5][1] + 3}  # moved: re-anchored
    claims[5]["quote"].update(prefix="mot4 ", suffix=" mot6")
    claims[6]["chain"] = [{"name": "Un témoin"}]  # no registry id in the sheet: matched by name
    claims[7]["article_id"] = 99  # no such article in the sheet
    del claims[8]["span"]  # unreadable
    claims[9]["parent_id"] = 123456  # a parent the sheet does not hold
    claims.append(
        {"id": 9000, "article_id": 8, "span": {"start": 0, "end": 5}, "quote": {"exact": "Avant"},
         "chain": [{"name": "Agence", "id": 3}]}
    )  # fmt: skip
    sheet = {
        "format": "claimtracker-claims",
        "articles": [
            {"id": 7, "title": "Grand article", "body": body, "language": "fr"},
            {
                "id": 8,
                "title": "Déjà là",
                "body": "Avant tout, un article stocké.",
                "language": "fr",
                "content_hash": "deja-la",
            },
        ],
        "sources": [{"id": 3, "name": "Agence"}, {"id": 4, "name": "Relais"}],
        "claims": claims,
    }
    path = tmp_path / name
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return path


def _stored_before(db, tmp_path):
    """The sheet's second article, already stored (same content hash) before the import."""
    path = tmp_path / "before.json"
    path.write_text(
        json.dumps(
            {
                "format": "claimtracker-claims",
                "articles": [
                    {
                        "id": 1,
                        "title": "Déjà là",
                        "body": "Avant tout, un article stocké.",
                        "content_hash": "deja-la",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    import_claims_file(db, path)


def _imported(db, tmp_path, monkeypatch, apart: bool):
    monkeypatch.setattr(claim_reader, "APART_FROM", 0 if apart else 10**9)
    _stored_before(db, tmp_path)
    report = import_claims_file(db, _sheet(tmp_path), who="amina")
    library = Library(db)
    claims = [
        (
            row.id,
            library.article(row.article_id).title,
            (c := library.claim(row.id)).span,
            c.quote.exact,
            [(link.name, c.chain.role_of(i)) for i, link in enumerate(c.chain.links)],
            c.tags,
            c.parent_id,
            c.claim_date,
            c.credibility,
            [(h.who, h.action) for h in library.history("claim", row.id)],
        )
        for row in library.claim_rows(ClaimFilter(limit=None))
    ]
    searched = [r.id for r in library.claim_rows(ClaimFilter(search="mot2999", limit=None))]
    by_month = library.count_claims(ClaimFilter(date_from=_day(2021, 3), date_to=_day(2021, 3)))
    return report, sorted(claims), searched, by_month


def _day(year, month):
    import datetime as dt

    return dt.date(year, month, 5)


def test_claims_read_in_a_second_process_import_as_those_read_here(tmp_path, monkeypatch):
    results = []
    for apart in (False, True):
        folder = tmp_path / ("apart" if apart else "here")
        folder.mkdir()
        database = Database.open(sqlite_url(folder / "claims.sqlite"))
        try:
            results.append(_imported(database, folder, monkeypatch, apart))
        finally:
            database.close()
    (here, here_claims, *here_rest), (apart, apart_claims, *apart_rest) = results
    assert here_claims == apart_claims and here_rest == apart_rest
    assert (here.claims, here.unchanged, here.reanchored) == (apart.claims, apart.unchanged, apart.reanchored)
    strip = [p.split(": ", 1)[1] for p in here.problems]
    assert strip == [p.split(": ", 1)[1] for p in apart.problems]
    # What each path had to deal with did happen.
    assert here.claims == WORDS - 2 + 1 and len(here.reanchored) == 1
    assert [p.split(":")[0] for p in strip] == ["claim 8 (id 507)", "claim 9 (id 508)", "claim 10 (id 509)"]
    assert here_rest[0] == [3499]
    (witnessed,) = [c for c in here_claims if c[3] == "mot6"]
    assert [name for name, _role in witnessed[4]] == ["Un témoin"]  # added to the registry by name


def test_a_large_sheet_read_apart_goes_in_on_each_backend(db, tmp_path, monkeypatch):
    report, claims, searched, by_month = _imported(db, tmp_path, monkeypatch, apart=True)
    assert report.claims == WORDS - 1 and searched == [3499]
    first = next(c for c in claims if c[0] == 501)
    assert first[5] == ("lot", "t1") and first[6] == 500 and first[9] == [("amina", "import")]
    assert by_month == sum(1 for i in range(WORDS) if i % 4 and i % 12 == 2 and i not in (7, 8))


def test_the_counts_and_full_text_an_import_keeps_are_those_of_its_claims(sqlite_db, tmp_path, monkeypatch):
    """The importer counts the claims it writes per speaker and month itself, added to what the
    archive held, and fills the full text set-based: the counts must be what the triggers would
    have kept, for both date fields, and the full text what its own check expects."""
    from claimtracker.storage.bulk_load import MONTH_COUNTS_OF_CLAIMS

    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps({
        "format": "claimtracker-claims",
        "articles": [{"id": 1, "title": "Avant", "body": "Une phrase datée.", "language": "fr"}],
        "sources": [{"id": 1, "name": "Agence"}, {"id": 2, "name": "Autre"}],
        "claims": [
            {"id": 1, "article_id": 1, "span": {"start": 0, "end": 3}, "quote": {"exact": "Une"},
             "chain": [{"name": speaker, "id": i}], "claim_date": {"value": "2021-03-01", "precision": "day"},
             "event_date": {"value": "2019-05-02", "precision": "day"} if i == 1 else None}
            for i, speaker in ((1, "Agence"), (2, "Autre"))
        ],
    }), encoding="utf-8")  # fmt: skip
    import_claims_file(sqlite_db, earlier)
    _imported(sqlite_db, tmp_path, monkeypatch, apart=True)
    counts = "SELECT field, speaker_id, month, n FROM claim_month_counts WHERE n != 0 ORDER BY 1, 2, 3"
    with sqlite_db.reading() as session:
        kept = session.execute(sa.text(counts)).all()
        session.execute(sa.text("DELETE FROM claim_month_counts"))
        session.execute(sa.text(MONTH_COUNTS_OF_CLAIMS.format(ids="SELECT id FROM claims")))
        assert kept == session.execute(sa.text(counts)).all()
        session.rollback()
        session.execute(sa.text("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)"))
    assert ("event", 0, "2019-05", 1) in kept and ("event", 1, "*", 601) in kept  # both imports counted


def test_a_cancel_while_the_reader_runs_writes_nothing_and_leaves_no_process(
    sqlite_db, tmp_path, monkeypatch
):
    monkeypatch.setattr(claim_reader, "APART_FROM", 0)
    asked = []
    with pytest.raises(ImportCancelled):
        import_claims_file(sqlite_db, _sheet(tmp_path), cancelled=lambda: asked.append(1) or len(asked) > 1)
    assert Library(sqlite_db).articles() == []
    assert multiprocessing.active_children() == []


def test_a_reader_that_dies_stops_the_import_with_a_message(sqlite_db, tmp_path, monkeypatch):
    from claimtracker.importing.claim_sheet import ClaimSheet

    monkeypatch.setattr(claim_reader, "APART_FROM", 0)
    path = _sheet(tmp_path)
    with ClaimSheet(path) as sheet, claim_reader.ClaimReader(path, sqlite_db.engine.dialect, None) as reader:
        reader._process.kill()
        with pytest.raises(UserError, match="the process reading the sheet's claims stopped"):
            for _batch in reader.batches(sheet, {}, {}):  # the first is read here, the rest from the process
                pass
    assert multiprocessing.active_children() == []


def test_references_are_checked_again_after_a_bulk_transaction(sqlite_db):
    """A bulk load skips SQLite's reference checks and leaves the log's copy to a thread; the
    next transaction on any connection checks references again."""
    with sqlite_db.transaction(bulk=True) as session:
        assert session.scalar(sa.text("PRAGMA foreign_keys")) == 0
        assert session.scalar(sa.text("PRAGMA wal_autocheckpoint")) == 0
    for _ in range(3):  # whichever pooled connection comes next
        with sqlite_db.transaction() as session:
            assert session.scalar(sa.text("PRAGMA foreign_keys")) == 1
            assert session.scalar(sa.text("PRAGMA wal_autocheckpoint")) == 1000
    with pytest.raises(sa.exc.IntegrityError), sqlite_db.transaction() as session:
        session.execute(sa.text("INSERT INTO claim_links (claim_id, position, source_id, role, relation, cue) "
                                "VALUES (424242, 0, 1, 'origin', '', '')"))  # fmt: skip


def test_a_reader_process_that_cannot_start_leaves_the_reading_here(sqlite_db, tmp_path, monkeypatch):
    """No process to be had (a limit on processes): the import reads the claims itself."""
    import multiprocessing.context

    def refuse(self):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(claim_reader, "APART_FROM", 0)
    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    report = import_claims_file(sqlite_db, _sheet(tmp_path))
    assert report.claims == WORDS - 1 and multiprocessing.active_children() == []
