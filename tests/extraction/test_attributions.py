"""Attribution suggestions: the reporting constructions of French and English news."""

import datetime as dt
import importlib.util
import json

import pytest

from claimtracker.cli import main
from claimtracker.domain.dates import ClaimDate
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.evaluation import evaluate
from claimtracker.extraction.gold import load_gold
from claimtracker.importing.importer import parse_file
from tests.conftest import ROOT, SEEDS

MONDAY = ClaimDate.of(dt.date(2021, 11, 8))


def _only(text: str, language: str, published=None) -> dict:
    (found,) = suggest(text, language, published)
    return {**found.texts(text), "rule": found.rule, "date": found.claim_date}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le porte-parole a déclaré mardi à l’AFP que la frontière restait fermée.",
            "fr",
            {
                "speaker": "Le porte-parole",
                "cue": "a déclaré mardi à l’AFP que",
                "intermediary": "l’AFP",
                "content": "la frontière restait fermée",
            },
        ),
        (
            "« Nous ne céderons pas », a-t-il déclaré.",
            "fr",
            {"speaker": "il", "content": "Nous ne céderons pas"},
        ),
        (
            "Selon des sources diplomatiques, la réunion est reportée.",
            "fr",
            {"speaker": "des sources diplomatiques", "cue": "Selon", "content": "la réunion est reportée"},
        ),
        (
            "Two officials told Reuters that the convoy had been attacked.",
            "en",
            {
                "speaker": "Two officials",
                "intermediary": "Reuters",
                "content": "the convoy had been attacked",
            },
        ),
        (
            "The convoy had been attacked near the border, two officials told Reuters.",
            "en",
            {
                "speaker": "two officials",
                "intermediary": "Reuters",
                "content": "The convoy had been attacked near the border",
            },
        ),
        ("“We will rebuild,” the mayor said.", "en", {"speaker": "the mayor", "content": "We will rebuild"}),
        (
            "Bagdad, le 3 mars – Des témoins ont déclaré que la ville était calme.",
            "fr",
            {"speaker": "Des témoins", "content": "la ville était calme"},
        ),
        (
            "The talks will resume next week, according to a senior diplomat.",
            "en",
            {
                "speaker": "a senior diplomat",
                "cue": "according to",
                "content": "The talks will resume next week",
            },
        ),
    ],
)
def test_reporting_constructions_give_speaker_cue_content_and_intermediary(text, language, expected):
    found = _only(text, language)
    for field, value in expected.items():
        assert found[field] == value, field


def test_a_relative_pronoun_after_selon_is_not_an_attribution():
    text = "La police a démenti les rumeurs selon lesquelles des manifestants auraient été arrêtés."
    found = suggest(text, "fr")
    assert [s.texts(text)["speaker"] for s in found] == ["La police"]


def test_the_claim_date_is_resolved_against_the_publication_date():
    found = _only(
        "Des sources ont déclaré lundi soir à la presse que trois suspects étaient identifiés.",
        "fr",
        ClaimDate.of(dt.date(2021, 11, 10)),
    )
    assert found["date"].value == MONDAY.value and found["date"].wording == "lundi soir"


def test_every_suggestion_names_the_rule_that_made_it():
    article = parse_file(SEEDS / "002_d7089af4d349109d.txt")
    found = suggest(article.body, "en")
    assert found and all(s.rule.startswith("en: ") and 0 < s.confidence <= 1 for s in found)


def test_the_seeds_stay_above_the_quality_floor():
    """A regression guard on the material the rules were written on (the benchmark prints more)."""
    articles = {p.name: parse_file(p) for p in SEEDS.glob("*.txt")}
    gold = load_gold(
        ROOT / "tests" / "data" / "attribution_gold.json", {n: a.body for n, a in articles.items()}
    )
    assert sum(len(items) for items in gold.values()) == 47
    for name, items in gold.items():
        article = articles[name]
        result = evaluate(suggest(article.body, article.language, article.published), items)
        for field, score in result.fields.items():
            assert score.f1 >= 0.8, (name, field, score.f1)


def test_gold_files_only_hold_strings_that_are_in_their_articles():
    for folder, gold_file in (("heldout", "gold.json"), ("untouched", "gold.json")):
        base = ROOT / "tests" / "data" / folder
        texts = {p.name: parse_file(p).body for p in base.glob("*.txt")}
        gold = load_gold(base / gold_file, texts)
        assert all(items for items in gold.values())


def test_suggest_command_prints_rules_and_matches_known_sources(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    main(["--db", db, "import", str(SEEDS / "004_69a04dd55eed7fef.txt")])
    main(["--db", db, "add-claim", "--article", "1", "--span", "0:10", "--speaker", "Les médias irakiens"])
    capsys.readouterr()
    assert main(["--db", db, "suggest", "1", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    media = [r for r in records if r["speaker"] == "Les médias irakiens"]
    main(["--db", db, "sources", "--json"])
    known = {s["name"]: s["id"] for s in json.loads(capsys.readouterr().out)}
    assert len(media) == 2 and all(r["speaker_source_id"] == known["Les médias irakiens"] for r in media)
    assert all(r["rule"] and r["content_span"][1] > r["content_span"][0] for r in records)
    with_date = next(r for r in records if r["intermediary"] == "Reuters")
    assert with_date["claim_date"]["wording"] == "mardi"


def test_the_evaluation_script_runs_and_prints_every_set(capsys):
    spec = importlib.util.spec_from_file_location(
        "eval_suggestions", ROOT / "benchmarks" / "eval_suggestions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()
    out = capsys.readouterr().out
    assert "The five seeds" in out and "Untouched articles" in out and "speed:" in out
