"""Same-fact suggestions through the Library and the command line, on both databases:
found across languages, accepted into a fact and taken back, rejected and never proposed again."""

from __future__ import annotations

import json

import pytest

from claimtracker.cli import main
from claimtracker.domain.claims import AttributionChain, Claim, SourceRef, Span
from claimtracker.domain.facts import Stance
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library

ARTICLES = {
    "fr.txt": "Esmail Qaani a effectué des visites secrètes à Bagdad en octobre, selon des responsables irakiens.",
    "en.txt": "Esmail Qaani secretly visited Baghdad in October, Iraqi officials told Reuters.",
    "other.txt": "Heavy rain flooded the streets of Paris on Monday, the weather service said.",
    "figure.txt": "Esmail Qaani made 12 secret visits to Baghdad in October, Iraqi officials said.",
    "figure-fr.txt": "Esmail Qaani a effectué 7 visites secrètes à Bagdad en octobre, selon des responsables irakiens.",
}


@pytest.fixture
def library(db, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = import_paths(db, [folder])
    library = Library(db, analyst="amina")
    claims = {}
    for article in report.added:
        name = article.source_path.rsplit("/", 1)[-1]
        chain = (
            AttributionChain((SourceRef("Esmail Qaani"),))
            if "Qaani" in article.body
            else AttributionChain((SourceRef("weather service"),))
        )
        claim = Claim.from_span(article.id, article.body, Span(0, len(article.body)), chain)  # type: ignore[arg-type]
        claims[name] = library.create_claim(claim).id
    library.ids = claims  # type: ignore[attr-defined]
    return library


def test_the_translation_is_suggested_with_its_reasons_and_the_other_story_not_at_all(library):
    ids = library.ids
    found = {s.claim_id: s for s in library.same_fact_suggestions(ids["fr.txt"])}
    translation = found[ids["en.txt"]]
    assert translation.stance is Stance.SUPPORTS
    assert translation.reasons[:2] == ("same origin Esmail Qaani", "names: bagdad, qaani")
    assert ids["other.txt"] not in found


def test_another_figure_is_suggested_as_related(library):
    ids = library.ids
    by_id = {s.claim_id: s for s in library.same_fact_suggestions(ids["figure.txt"])}
    assert by_id[ids["figure-fr.txt"]].stance is Stance.RELATED


def test_accepting_makes_a_fact_of_both_and_undo_takes_it_back(library):
    ids = library.ids
    suggestion = next(s for s in library.same_fact_suggestions(ids["fr.txt"]) if s.claim_id == ids["en.txt"])
    accepted = library.accept_same_fact(ids["fr.txt"], suggestion)
    assert accepted.created_fact
    assert [c for _f, _s, c in library.facts_of_claim(ids["en.txt"])] == [Stance.SUPPORTS]
    assert ids["en.txt"] not in [s.claim_id for s in library.same_fact_suggestions(ids["fr.txt"])]
    # A third report accepted for the French claim joins the same fact.
    third = next(s for s in library.same_fact_suggestions(ids["fr.txt"]) if s.claim_id == ids["figure.txt"])
    joined = library.accept_same_fact(ids["fr.txt"], third)
    assert joined.fact_id == accepted.fact_id and not joined.created_fact
    assert library.facts_of_claim(ids["figure.txt"])[0][2] is third.stance
    library.undo_accept_same_fact(joined)
    library.undo_accept_same_fact(accepted)
    assert library.facts() == [] and library.facts_of_claim(ids["figure.txt"]) == []


def test_a_rejected_pair_is_never_suggested_again_until_the_rejection_is_undone(library):
    ids = library.ids
    library.reject_same_fact(ids["fr.txt"], ids["en.txt"])
    assert ids["en.txt"] not in [s.claim_id for s in library.same_fact_suggestions(ids["fr.txt"])]
    # Remembered for the pair, whichever claim is asked about, by whoever asks.
    other = Library(library.db, analyst="basile")
    assert ids["fr.txt"] not in [s.claim_id for s in other.same_fact_suggestions(ids["en.txt"])]
    assert [h.who for h in other.history("claim", ids["fr.txt"])][-1] == "amina"
    library.unreject_same_fact(ids["en.txt"], ids["fr.txt"])
    assert ids["en.txt"] in [s.claim_id for s in library.same_fact_suggestions(ids["fr.txt"])]


def test_fact_suggest_on_the_command_line(library, capsys, monkeypatch):
    ids = library.ids
    monkeypatch.setenv("CLAIMTRACKER_DB", str(library.db.engine.url))
    assert main(["fact", "suggest", "--claim", str(ids["en.txt"]), "--json"]) == 0
    records = {r["claim"]: r for r in json.loads(capsys.readouterr().out)}
    assert records[ids["fr.txt"]]["language"] == "fr" and records[ids["fr.txt"]]["stance"] == "supports"
    assert "same origin Esmail Qaani" in records[ids["fr.txt"]]["reasons"]
    assert main(["fact", "suggest", "--claim", str(ids["other.txt"])]) == 0
    assert capsys.readouterr().out.startswith("no claim of another article looks like the same fact")
    assert main(["fact", "suggest", "--claim", "999"]) == 2
    assert "no claim with id 999" in capsys.readouterr().err
