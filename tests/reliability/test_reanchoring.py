"""Re-importing an edited file: claims follow their quotes, or are flagged orphaned, never moved silently."""

from claimtracker.domain import AttributionChain, Claim, Span
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.importing.importer import import_paths
from claimtracker.storage.articles_repo import get_article, list_articles
from claimtracker.storage.claims_repo import add_claim, find_claims, get_claim

ORIGINAL = (
    "Bagdad, le 3 mars – Le porte-parole a déclaré lundi que les drones étaient iraniens.\n\n"
    "Un responsable a affirmé que trois groupes étaient impliqués.\n\n"
    "Selon Reuters, l'enquête se poursuit.\n"
)


def _claim(article, exact: str, speaker: str) -> Claim:
    start = article.body.index(exact)
    return Claim.from_span(
        article.id, article.body, Span(start, start + len(exact)), AttributionChain.of(speaker)
    )


def test_an_edited_file_moves_claims_with_their_quotes_and_flags_the_lost_ones(db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ORIGINAL, encoding="utf-8")
    (article,) = import_paths(db, [path]).added
    with db.transaction() as s:
        drones = add_claim(s, _claim(article, "les drones étaient iraniens", "porte-parole"))
        groups = add_claim(s, _claim(article, "trois groupes étaient impliqués", "un responsable"))
        inquiry = add_claim(s, _claim(article, "l'enquête se poursuit", "Reuters"))

    edited = "MISE À JOUR : précisions ajoutées.\n\n" + ORIGINAL.replace("trois groupes", "deux groupes")
    path.write_text(edited, encoding="utf-8")
    report = import_paths(db, [path])
    assert report.added == [] and len(report.updated) == 1
    update = report.updated[0]
    assert sorted(update.moved) == sorted([drones.id, inquiry.id])
    assert [claim_id for claim_id, _why in update.orphaned] == [groups.id]
    assert "no longer in the article" in update.orphaned[0][1]
    with db.reading() as s:
        body = get_article(s, article.id).body
        assert body == edited and len(list_articles(s)) == 1
        moved = get_claim(s, drones.id)
        assert body[moved.span.start : moved.span.end] == "les drones étaient iraniens" and not moved.orphaned
        assert moved.version == drones.version + 1
        lost = get_claim(s, groups.id)
        assert lost.orphaned and lost.span == groups.span and lost.quote == groups.quote  # left where it was
        assert [c.id for c in find_claims(s, ClaimFilter(orphaned=True))] == [
            groups.id
        ]  # listed for the analyst

    path.write_text(ORIGINAL, encoding="utf-8")  # the edit is reverted upstream
    again = import_paths(db, [path]).updated[0]
    assert again.orphaned == [] and groups.id in again.moved
    with db.reading() as s:
        assert get_claim(s, groups.id).span == groups.span and not get_claim(s, groups.id).orphaned


def test_a_repeated_quote_is_placed_by_its_context_or_orphaned_when_context_cannot_tell(db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Il a dit oui. Puis il a dit non.\n", encoding="utf-8")
    (article,) = import_paths(db, [path]).added
    with db.transaction() as s:
        said = add_claim(s, _claim(article, "il a dit non", "lui"))
    path.write_text("Avant tout. Il a dit oui. Puis il a dit non. Enfin il a dit non.\n", encoding="utf-8")
    update = import_paths(db, [path]).updated[0]
    assert update.moved == [said.id]  # its prefix "Puis " tells the two apart
    with db.reading() as s:
        assert get_claim(s, said.id).span.start == len("Avant tout. Il a dit oui. Puis ")
    path.write_text("A: il a dit non, B: il a dit non, fin\n", encoding="utf-8")
    update = import_paths(db, [path]).updated[0]
    assert [claim_id for claim_id, _ in update.orphaned] == [said.id]
    assert "occurs 2 times" in update.orphaned[0][1]
