"""Two analysts editing the same claim or source: the second save is refused, never silently lost."""

import dataclasses

import pytest

from claimtracker.domain import Article, AttributionChain, Claim, ClaimStatus, Source, Span
from claimtracker.errors import ConflictError
from claimtracker.storage.articles_repo import add_article
from claimtracker.storage.claims_repo import add_claim, delete_claim, get_claim, update_claim
from claimtracker.storage.sources_repo import add_source, get_source, update_source

BODY = "Le porte-parole a déclaré lundi que les drones étaient de fabrication iranienne."


@pytest.fixture
def claim(db):
    with db.transaction() as s:
        article, _ = add_article(s, Article(title="t", body=BODY, raw=BODY))
        return add_claim(
            s, Claim.from_span(article.id, BODY, Span(0, 16), AttributionChain.of("porte-parole"))
        )


def test_the_second_save_of_the_same_claim_is_refused_with_the_other_version(db, claim):
    with db.reading() as s:
        mine, theirs = get_claim(s, claim.id), get_claim(s, claim.id)
    with db.transaction() as s:
        update_claim(s, dataclasses.replace(theirs, status=ClaimStatus.DISPUTED, text="their wording"))
    refused = r"changed by someone else.*version 2.*you edited version 1.*their wording.*disputed"
    with pytest.raises(ConflictError, match=refused), db.transaction() as s:
        update_claim(s, dataclasses.replace(mine, status=ClaimStatus.CORROBORATED))
    with db.reading() as s:
        kept = get_claim(s, claim.id)
    assert (kept.status, kept.text, kept.version) == (ClaimStatus.DISPUTED, "their wording", 2)


def test_changing_only_the_chain_moves_the_version_too(db, claim):
    with db.transaction() as s:
        changed = update_claim(
            s, dataclasses.replace(claim, chain=AttributionChain.of("porte-parole", "Reuters"))
        )
    assert changed.version == claim.version + 1
    with pytest.raises(ConflictError), db.transaction() as s:
        update_claim(s, dataclasses.replace(claim, tags=("drones",)))


def test_sources_are_guarded_the_same_way(db):
    with db.transaction() as s:
        source = add_source(s, Source("Esmail Qaani"))
    with db.transaction() as s:
        update_source(s, dataclasses.replace(source, aliases=("Ismaël Qaani",)))
    with (
        pytest.raises(ConflictError, match="“Esmail Qaani” was changed by someone else"),
        db.transaction() as s,
    ):
        update_source(s, dataclasses.replace(source, notes="mine"))
    with db.reading() as s:
        assert get_source(s, source.id).aliases == ("Ismaël Qaani",)


def test_a_restored_claim_keeps_its_version(db, claim):
    with db.transaction() as s:
        edited = update_claim(s, dataclasses.replace(claim, note="n"))
        removed, _nested = delete_claim(s, claim.id)
        restored = add_claim(s, removed)
    assert restored.version == edited.version == 2
