"""A shared database loses nothing: late commits are seen, names stay unique, ids stay free,
article details conflict instead of overwriting, and claim sheets import once, nesting and all."""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path

import pytest

from claimtracker.domain import AttributionChain, Claim, Span
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.errors import ConflictError, UserError
from claimtracker.exporting.exporter import export
from claimtracker.importing.claims_json import import_claims_file
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from claimtracker.storage import change_log
from claimtracker.storage.database import Database, sqlite_url
from claimtracker.storage.sources_repo import source_for_name
from tests.conftest import SEEDS

SEED = SEEDS / "001_91aca237aeedbde6.txt"


def _claim(article, phrase: str, *chain: str, **fields) -> Claim:
    start = article.body.index(phrase)
    return Claim.from_span(
        article.id, article.body, Span(start, start + len(phrase)), AttributionChain.of(*chain), **fields
    )


@pytest.fixture
def article(db):
    (added,) = import_paths(db, [SEED], who="amina").added
    return added


def test_a_transaction_that_commits_after_a_later_one_is_still_seen(pg_url):
    """PostgreSQL numbers change-log rows when written, not when committed: a window that polled
    by "ids above the last seen" missed the slow transaction's change for good."""
    db = Database.open(pg_url)
    try:
        window = Library(db, analyst="watcher")
        slow = db.transaction()
        session = slow.__enter__()
        change_log.record(session, "slow", "claim", 1, "update", 1, "slow edit")
        session.flush()  # the row has its id (the lower one), uncommitted
        Library(db, analyst="fast").add_source(dataclasses.replace(_source("Fast")))
        assert window.others_changed()  # the fast one, committed with a higher id
        slow.__exit__(None, None, None)  # commits now
        assert window.others_changed(), "the change committed late was missed"
        assert not window.others_changed()  # and each change is seen once
    finally:
        db.close()


def test_changes_are_seen_once_in_commit_order(db, article):
    window = Library(db, analyst="watcher")
    assert not window.others_changed()
    Library(db, analyst="other").create_claim(_claim(article, "Irak", "CNRI"))
    assert window.others_changed() and not window.others_changed()


def _source(name: str):
    from claimtracker.domain.sources import Source

    return Source(name=name)


def test_two_analysts_creating_the_same_source_at_once_get_one_source(db):
    """The first holds its new "Reuters" uncommitted while the second creates it too: the second
    waits, then reuses the first one's source instead of adding a twin."""
    first_in = threading.Event()
    results: dict[str, int] = {}

    def second() -> None:
        first_in.wait()
        with db.transaction() as s:
            results["second"] = source_for_name(s, "reuters ")

    thread = threading.Thread(target=second)
    thread.start()
    with db.transaction() as s:
        results["first"] = source_for_name(s, "Reuters")
        first_in.set()
        thread.join(timeout=1.5)  # the second is blocked by our uncommitted row (or write lock)
        assert thread.is_alive()
    thread.join(timeout=30)
    assert results["first"] == results["second"]
    assert len(Library(db).sources("reuters")) == 1


def test_a_second_source_with_a_registered_name_is_refused(db):
    library = Library(db)
    library.add_source(_source("Iran Focus"))
    with pytest.raises(UserError, match="already has a source named"):
        library.add_source(_source("IRAN  focus"))
    other = library.add_source(_source("NCRI"))
    with pytest.raises(UserError, match="already has a source named"):
        library.update_source(dataclasses.replace(other, name="Iran Focus"))


def test_article_details_edited_by_two_analysts_conflict_instead_of_overwriting(db, article):
    amina, bruno = Library(db, analyst="amina"), Library(db, analyst="bruno")
    seen_by_amina, seen_by_bruno = amina.article(article.id), bruno.article(article.id)
    saved = amina.update_article(dataclasses.replace(seen_by_amina, title="Amina's title"))
    assert saved.version == seen_by_amina.version + 1
    with pytest.raises(ConflictError, match="Amina's title"):
        bruno.update_article(dataclasses.replace(seen_by_bruno, outlet="Bruno's outlet"))
    assert bruno.article(article.id).title == "Amina's title"
    assert bruno.article(article.id).outlet != "Bruno's outlet"


@pytest.fixture
def sheet(tmp_path) -> Path:
    """A JSON claim sheet with a claim nested in another, exported from a database of its own."""
    source = Database.open(sqlite_url(tmp_path / "source.sqlite"))
    try:
        (article,) = import_paths(source, [SEED]).added
        library = Library(source)
        parent = library.create_claim(_claim(article, "Irak", "CNRI", "Iran Focus"))
        library.create_claim(_claim(article, "Qods", "un rapport", parent_id=parent.id))
        library.create_claim(_claim(article, "Téhéran", "CNRI"))
        path = tmp_path / "sheet.json"
        export(source, ClaimFilter(), "json", path)
    finally:
        source.close()
    return path


def _texts_and_parents(library: Library) -> dict[str, str | None]:
    claims = {c.id: c for a in library.articles() for c in library.claims_of(a.id)}
    return {c.text: (claims[c.parent_id].text if c.parent_id else None) for c in claims.values()}


def test_a_claim_sheet_imported_twice_adds_its_claims_once(db, sheet):
    first = import_claims_file(db, sheet, who="amina")
    assert first.claims == 3 and not first.problems
    again = import_claims_file(db, sheet, who="amina")
    assert again.claims == 0 and again.unchanged == 3 and not again.changed
    assert sum(len(Library(db).claims_of(a.id)) for a in Library(db).articles()) == 3


def test_a_claim_changed_in_the_sheet_is_reported_and_the_stored_one_kept(db, sheet):
    import_claims_file(db, sheet)
    data = json.loads(sheet.read_text(encoding="utf-8"))
    data["claims"][0]["note"] = "edited elsewhere"
    sheet.write_text(json.dumps(data), encoding="utf-8")
    report = import_claims_file(db, sheet)
    assert report.claims == 0 and len(report.changed) == 1 and "note" in report.changed[0]
    notes = [c.note for a in Library(db).articles() for c in Library(db).claims_of(a.id)]
    assert "edited elsewhere" not in notes


def test_nesting_survives_an_import_whose_ids_are_taken(db, sheet):
    """The sheet's claim ids are already used here, so its claims get new ids: the nested claim
    must still point to its own parent, not to whatever claim holds the old id."""
    (other,) = import_paths(db, [SEEDS / "003_9f2c35486580cde8.txt"]).added
    library = Library(db)
    for word in ("Qaani", "Irak", "Bagdad"):
        library.create_claim(_claim(other, word, "someone"))
    import_claims_file(db, sheet)
    parents = _texts_and_parents(library)
    assert parents["Qods"] == "Irak" and parents["Téhéran"] is None


def test_imports_say_who_made_them(db, sheet):
    import_claims_file(db, sheet, who="amina")
    library = Library(db)
    claim = next(c for a in library.articles() for c in library.claims_of(a.id))
    assert [(h.who, h.action) for h in library.history("claim", claim.id)] == [("amina", "import")]


def test_after_an_import_with_ids_new_rows_get_free_ids(db, sheet):
    """PostgreSQL sequences move past the imported ids: the next article and claim go in."""
    import_claims_file(db, sheet)
    (article,) = import_paths(db, [SEEDS / "003_9f2c35486580cde8.txt"]).added
    library = Library(db)
    library.add_source(_source("A brand new source"))
    assert library.create_claim(_claim(article, "Qaani", "Reuters")).id is not None


def test_undoing_the_delete_of_a_parent_nests_its_claims_again(db, article):
    library = Library(db)
    parent = library.create_claim(_claim(article, "Irak", "CNRI"))
    child = library.create_claim(_claim(article, "Qods", "un rapport", parent_id=parent.id))
    removed = library.remove_claim(parent.id)
    assert library.claim(child.id).parent_id is None
    library.restore_claim(removed)
    assert library.claim(child.id).parent_id == parent.id


def test_a_claim_cannot_become_its_own_ancestor(db, article):
    library = Library(db)
    top = library.create_claim(_claim(article, "Irak", "CNRI"))
    middle = library.create_claim(_claim(article, "Qods", "a", parent_id=top.id))
    with pytest.raises(UserError, match="nested in it"):
        library.update_claim(dataclasses.replace(library.claim(top.id), parent_id=middle.id))
    with pytest.raises(UserError, match="nested in it"):
        library.update_claim(dataclasses.replace(library.claim(top.id), parent_id=top.id))


def test_an_orphaned_claim_can_be_edited_and_anchored_again_by_hand(db, article):
    library = Library(db)
    claim = library.create_claim(_claim(article, "Irak", "CNRI"))
    orphan = library.update_claim(
        dataclasses.replace(claim, orphaned=True, quote=dataclasses.replace(claim.quote, exact="gone"))
    )
    edited = library.update_claim(dataclasses.replace(orphan, note="still worth keeping"))
    assert edited.orphaned and edited.note == "still worth keeping"
    start = article.body.index("Téhéran")
    anchored = library.reanchor_claim(edited, Span(start, start + len("Téhéran")))
    assert (
        not anchored.orphaned and anchored.quote.exact == "Téhéran" and anchored.note == "still worth keeping"
    )
