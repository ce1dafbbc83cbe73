import json

import pytest

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import Relation, Role
from claimtracker.errors import BadFileError
from claimtracker.importing.importer import import_paths
from claimtracker.importing.sample_claims import load_claims_by_quote
from claimtracker.storage.claims_repo import find_claims
from tests.conftest import SAMPLE_CLAIMS, SEEDS


@pytest.fixture
def seeded(sqlite_db):
    report = import_paths(sqlite_db, [SEEDS])
    return {a.source_path.rsplit("/", 1)[-1]: a for a in report.added}


def test_the_sample_annotations_load_with_their_chains_and_dates(sqlite_db, seeded):
    assert load_claims_by_quote(sqlite_db, SEEDS / "annotations.json", seeded) == SAMPLE_CLAIMS
    with sqlite_db.reading() as s:
        via_reuters = find_claims(s, ClaimFilter(via="Reuters"))
        nested = find_claims(s, ClaimFilter(via="Conseil national de la Résistance iranienne"))
    assert len(via_reuters) == 6  # "Reuters reported" has Reuters as its speaker, not a link after it
    (hommage,) = nested
    assert hommage.chain.names[0] == "Khamenei" and len(hommage.chain.links) == 3
    assert hommage.event_date.value.isoformat() == "2013-12-05"  # against the signed date, 20 January 2014


def test_the_sample_chains_are_stored_with_their_roles(sqlite_db, seeded):
    load_claims_by_quote(sqlite_db, SEEDS / "annotations.json", seeded)
    with sqlite_db.reading() as s:
        (secret,) = find_claims(s, ClaimFilter(via="un rapport secret"))
        documents = find_claims(s, ClaimFilter(role=Role.DOCUMENT))
        as_relay = find_claims(s, ClaimFilter(via="Reuters", role=Role.INTERMEDIARY))
        published = find_claims(s, ClaimFilter(outlet="Iran Focus"))
    assert secret.chain.display_roles() == (
        "certains responsables irakiens (origin) → un rapport secret (document) → "
        "des sources de la résistance iranienne (intermediary) → Iran Focus (publisher)"
    )
    relay = secret.chain.links[2]
    assert relay.relation is Relation.TOLD and relay.cue == "ont déclaré à Iran Focus"
    assert {c.chain.names[0] for c in documents} >= {"certains responsables irakiens", "Khamenei"}
    assert len(as_relay) == 6  # Reuters passing on what others said
    assert [c.id for c in published] == [secret.id]


def test_a_quote_that_is_not_in_the_article_names_the_claim(sqlite_db, seeded, tmp_path):
    path = tmp_path / "claims.json"
    path.write_text(
        json.dumps(
            {
                "articles": {
                    "002_d7089af4d349109d.txt": [
                        {"quote": "Militias backed by", "chain": ["Reuters"]},
                        {"quote": "words that the article never says", "chain": ["x"]},
                    ]
                }
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(BadFileError, match=r"claims.json: 002_d7089af4d349109d.txt, claim 2: the quote"):
        load_claims_by_quote(sqlite_db, path, seeded)
    with sqlite_db.reading() as s:
        assert find_claims(s, ClaimFilter()) == []  # all or nothing


def test_the_sample_facts_span_several_articles_and_show_what_the_rules_say(sqlite_db, seeded):
    from claimtracker.domain.facts import DerivedStatus
    from claimtracker.library import Library

    load_claims_by_quote(sqlite_db, SEEDS / "annotations.json", seeded)
    library = Library(sqlite_db)
    visits, snipers = (library.assess_fact(f.id) for f in library.facts())
    articles = {library.claim(r.claim_id).article_id for r in visits[2]}
    assert len(articles) == 3 and visits[1].derived is DerivedStatus.CORROBORATED  # French and English seeds
    assert snipers[1].summary() == "3 reports, 1 independent line: all via Reuters"
    assert snipers[1].disagreement.startswith("marked corroborated, but 1 line")
