"""A shared database: the audit history says who did what, and each window sees others' work."""

import dataclasses

from claimtracker.domain import AttributionChain, Claim, ClaimStatus, Span
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from tests.conftest import SEEDS


def test_each_change_is_logged_with_its_author_version_and_summary(db):
    (article,) = import_paths(db, [SEEDS / "001_91aca237aeedbde6.txt"], who="amina").added
    amina, bruno = Library(db, analyst="amina"), Library(db, analyst="bruno")
    claim = amina.create_claim(
        Claim.from_span(article.id, article.body, Span(0, 30), AttributionChain.of("CNRI"))
    )
    bruno.update_claim(dataclasses.replace(claim, status=ClaimStatus.DISPUTED))
    amina.delete_claim(claim.id)
    history = amina.history("claim", claim.id)
    assert [(h.who, h.action, h.version) for h in history] == [
        ("amina", "create", 1),
        ("bruno", "update", 2),
        ("amina", "delete", 2),
    ]
    assert "[disputed]" in history[1].summary and "CNRI" in history[1].summary
    assert amina.history("article", article.id)[0].who == "amina"


def test_another_analysts_save_is_seen_without_restart(db):
    first = Library(db, analyst="a")
    assert not first.others_changed()
    import_paths(db, [SEEDS / "003_9f2c35486580cde8.txt"], who="b")
    assert first.others_changed() and not first.others_changed()  # seen once
