"""Facts across articles, stored and assessed on both databases, and from the command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from claimtracker.cli import main
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import ClaimStatus
from claimtracker.domain.facts import DerivedStatus, FactFilter, Stance
from claimtracker.domain.sources import Reliability
from claimtracker.errors import ConflictError, UserError
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from tests.conftest import SEEDS


@pytest.fixture
def sample(db):
    """The seeds and their sample claims, on each database."""
    library = Library(db, analyst="amina")
    report = import_paths(db, [SEEDS])
    library.load_sample_claims(
        SEEDS / "annotations.json", {a.source_path.rsplit("/", 1)[-1]: a for a in report.added}
    )
    return library


def _relayed_by_reuters(library: Library) -> list[int]:
    return [c.id for c in library.find_claims(ClaimFilter(via="Reuters"))]


def test_reports_all_relayed_by_one_agency_are_one_line_and_the_analyst_is_warned(sample):
    claims = _relayed_by_reuters(sample)
    fact = sample.create_fact("Iran-backed militias put snipers on Baghdad rooftops", claims)
    sample.update_fact(dataclasses.replace(sample.fact(fact.id), status=ClaimStatus.CORROBORATED))
    _stored, assessment, reports = sample.assess_fact(fact.id)
    assert len(reports) == 6 and assessment.independent_lines == 1
    assert assessment.summary() == "6 reports, 1 independent line: all via Reuters"
    assert assessment.derived is DerivedStatus.SINGLE_LINE
    assert assessment.disagreement.startswith("marked corroborated, but 1 line")
    assert [h.who for h in sample.history("fact", fact.id)] == ["amina", "amina"]


def test_a_report_through_another_relay_is_a_second_line_and_a_contradiction_disputes(sample):
    claims = _relayed_by_reuters(sample)
    fact = sample.create_fact("snipers on rooftops", claims[:2])
    (other,) = [c.id for c in sample.find_claims(ClaimFilter(via="PMOI"))]
    sample.link_claim(fact.id, other, Stance.SUPPORTS, "the PMOI's own information")
    assert sample.assess_fact(fact.id)[1].independent_lines == 2
    assert sample.assess_fact(fact.id)[1].derived is DerivedStatus.CORROBORATED
    replaced = sample.link_claim(fact.id, other, Stance.CONTRADICTS)
    assert replaced is not None and replaced.stance is Stance.SUPPORTS
    assert sample.assess_fact(fact.id)[1].derived is DerivedStatus.DISPUTED
    sample.unlink_claim(fact.id, other)
    assert sample.facts_of_claim(other) == []


def test_two_anonymous_origins_are_kept_apart_only_with_a_reason(sample):
    fact = sample.create_fact("x", [])
    with pytest.raises(UserError, match="say why"):
        sample.mark_lines_distinct(fact.id, 1, 2, "  ")


def test_a_fact_saved_over_someone_elses_version_is_refused(sample):
    fact = sample.create_fact("first wording", [])
    sample.update_fact(dataclasses.replace(fact, statement="second wording"))
    with pytest.raises(ConflictError, match="second wording"):
        sample.update_fact(dataclasses.replace(fact, statement="third wording"))


def test_facts_from_the_command_line(tmp_path, capsys):
    from claimtracker.cli_desktop import demo_database

    db = demo_database(SEEDS, tmp_path)
    url = db.engine.url.render_as_string(hide_password=False)
    claims = _relayed_by_reuters(Library(db))
    db.close()
    capsys.readouterr()
    argv = ["--db", url, "fact", "new", "snipers on Baghdad rooftops"]
    for claim in claims:
        argv += ["--claim", str(claim)]
    assert main(argv) == 0
    assert main(["--db", url, "facts", "--json"]) == 0
    out = capsys.readouterr().out
    records = json.loads(out[out.index("[") :])
    assert len(records) == 3  # the two sample facts, and this one
    (record,) = [r for r in records if r["statement"] == "snipers on Baghdad rooftops"]
    assert record["independent_lines"] == 1 and record["derived_status"] == "single line"
    assert record["lines"] == [{"claims": sorted(claims), "shared": ["Reuters"]}]
    assert main(["--db", url, "claims", "--fact", str(record["id"]), "--json"]) == 0
    assert sorted(c["id"] for c in json.loads(capsys.readouterr().out)) == sorted(claims)
    assert main(["--db", url, "claims", "--no-fact", "--via", "Reuters", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # every claim relayed by Reuters is in a fact now
    assert main(["--db", url, "fact", "show", str(record["id"]), "--dot"]) == 0
    dot = capsys.readouterr().out
    assert (
        dot.startswith(f"digraph fact_{record['id']}")
        and "Reuters (intermediary)" in dot
        and "penwidth=3" in dot
    )
    assert main(["--db", url, "fact", "link", str(record["id"]), "--claim", "999999"]) == 2
    assert "no claim with id 999999" in capsys.readouterr().err


def test_a_downgraded_source_or_a_refuted_claim_flags_the_facts_that_depend_on_it(sample):
    claims = _relayed_by_reuters(sample)
    fact = sample.create_fact("snipers on rooftops", claims[:2])
    other = sample.create_fact("something else", [])
    (reuters,) = [s for s in sample.sources("Reuters") if s.name == "Reuters"]
    graded = sample.update_source(dataclasses.replace(sample.source(reuters.id), reliability=Reliability.B))
    assert sample.fact(fact.id).review == ""  # graded, not downgraded
    sample.update_source(dataclasses.replace(graded, reliability=Reliability.E))
    assert "source Reuters downgraded from B to E by amina" in sample.fact(fact.id).review
    assert sample.fact(other.id).review == ""
    sample.mark_reviewed(fact.id)
    assert sample.fact(fact.id).review == ""
    claim = sample.claim(claims[0])
    sample.update_claim(dataclasses.replace(claim, status=ClaimStatus.REFUTED))
    assert f"claim #{claim.id} marked refuted" in sample.fact(fact.id).review
    assert sample.assess_fact(fact.id)[1].supporting == 1  # a refuted claim supports nothing


def test_a_fact_in_the_formats_other_tools_read(tmp_path, capsys):
    import csv
    import xml.etree.ElementTree as ET

    from claimtracker.cli_desktop import demo_database

    db = demo_database(SEEDS, tmp_path)
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    capsys.readouterr()
    assert (
        main(["--db", url, "fact", "export", "2", "--format", "graphml", "-o", str(tmp_path / "f.graphml")])
        == 0
    )
    graph = ET.parse(tmp_path / "f.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    names = {
        n.find("g:data[@key='name']", ns).text: n.find("g:data[@key='shared']", ns).text
        for n in graph.iter("{http://graphml.graphdrawing.org/xmlns}node")
    }
    assert names["Reuters"] == "true" and len(graph.findall(".//g:edge", ns)) == 3
    assert main(["--db", url, "fact", "export", "2", "--format", "claimreview"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "Corroborated"
    assert "1 independent line" in review["reviewBody"] and review["itemReviewed"]["author"]["name"]
    assert main(["--db", url, "fact", "export", "2", "--format", "prov"]) == 0
    prov = json.loads(capsys.readouterr().out)
    entities = [n for n in prov["@graph"] if n["@type"] == "prov:Entity"]
    assert (
        len(entities) == 4
        and {"prov:hadRole": "intermediary", "@id": entities[1]["prov:wasAttributedTo"][1]["@id"]}
        in entities[1]["prov:wasAttributedTo"]
    )
    assert main(["--db", url, "fact", "export", "--format", "csv", "-o", str(tmp_path / "facts.csv")]) == 0
    with (tmp_path / "facts.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["independent_lines"] for r in rows] == ["2", "1"] and rows[1]["lines"].endswith("via Reuters")
    assert main(["--db", url, "fact", "export", "--format", "prov"]) == 2


def test_facts_are_merged_and_split_with_their_stances(sample):
    claims = _relayed_by_reuters(sample)
    first = sample.create_fact("snipers on rooftops", claims[:3])
    second = sample.create_fact("snipers on Baghdad rooftops", claims[2:5])
    sample.link_claim(second.id, claims[4], Stance.CONTRADICTS)
    with pytest.raises(UserError, match="with itself"):
        sample.merge_facts(first.id, first.id)
    absorbed, links = sample.merge_facts(first.id, second.id)
    assert absorbed.id == second.id and len(links) == 3
    assert second.id not in [f.id for f in sample.facts()]
    stances = {r.claim_id: r.stance for r in sample.assess_fact(first.id)[2]}
    assert sorted(stances) == sorted(claims[:5]) and stances[claims[4]] is Stance.CONTRADICTS
    new = sample.split_fact(first.id, [claims[4]], "nobody saw snipers")
    assert [r.stance for r in sample.assess_fact(new.id)[2]] == [Stance.CONTRADICTS]
    assert claims[4] not in [r.claim_id for r in sample.assess_fact(first.id)[2]]
    with pytest.raises(UserError, match="not in fact"):
        sample.split_fact(first.id, [claims[4]], "again")
    assert [h.action for h in sample.history("fact", first.id)][-1] == "merge"


def test_fact_sheets_in_every_format_carry_the_verdict_and_the_reports(tmp_path, capsys):
    import subprocess

    import openpyxl

    from claimtracker.cli_desktop import demo_database

    db = demo_database(SEEDS, tmp_path)
    url = db.engine.url.render_as_string(hide_password=False)
    library = Library(db)
    evil = library.create_fact('=HYPERLINK("x") <b>not bold</b>', [_relayed_by_reuters(library)[0]])
    db.close()
    capsys.readouterr()
    assert main(["--db", url, "fact", "export", "--format", "json"]) == 0
    sheet = {f["id"]: f for f in json.loads(capsys.readouterr().out)}
    snipers = sheet[2]
    assert snipers["summary"] == "3 reports, 1 independent line: all via Reuters"
    assert snipers["verdict"]["disagreement"].startswith("marked corroborated, but 1 line")
    assert [r["line"] for r in snipers["reports"]] == [1, 1, 1]
    assert sum(r["first"] for r in snipers["reports"]) == 1
    assert main(["--db", url, "fact", "export", "--format", "xlsx", "-o", str(tmp_path / "facts.xlsx")]) == 0
    book = openpyxl.load_workbook(tmp_path / "facts.xlsx")
    facts = list(book["Facts"].iter_rows(values_only=True))
    reports = list(book["Reports"].iter_rows(values_only=True))
    assert facts[0][:4] == ("fact", "statement", "reports", "independent lines") and len(facts) == 4
    assert ('=HYPERLINK("x") <b>not bold</b>') in [row[1] for row in facts]  # text, not a formula
    assert len(reports) == 1 + 4 + 3 + 1  # header, the two sample facts' reports, the new one
    assert main(["--db", url, "fact", "export", str(evil.id), "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "<b>not bold</b>" not in html and "1 fact<" in html
    pdf = tmp_path / "facts.pdf"
    assert main(["--db", url, "fact", "export", "--format", "pdf", "-o", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert (
        "3 reports, 1 independent line: all via Reuters" in text and "known appearance" in text
    )  # "fi" comes out as a ligature
    assert main(["--db", url, "fact", "export", "--format", "xlsx"]) == 2
    assert "-o FILE.xlsx" in capsys.readouterr().err


def test_facts_are_filtered_on_the_command_line_by_source_lines_and_date(capsys, tmp_path):
    from claimtracker.cli_desktop import demo_database

    db = demo_database(SEEDS, tmp_path)
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    capsys.readouterr()

    def listed(*options: str) -> list[int]:
        assert main(["--db", url, "facts", "--json", *options]) == 0
        return [r["id"] for r in json.loads(capsys.readouterr().out)]

    assert listed() == [1, 2]
    assert listed("--min-lines", "2") == [1]
    assert listed("--source", "reuters", "--derived", "single line") == [2]
    assert listed("--language", "fr", "--from", "2023-01") == [1]  # a related report, January 2023
    assert listed("--status", "refuted") == []
    assert main(["--db", url, "facts", "--search", "zebras"]) == 0
    assert capsys.readouterr().out == "no fact matches (statement with zebras)\n"
    assert main(["--db", url, "facts", "--source", "nobody"]) == 2
    assert "source: no source is named 'nobody'" in capsys.readouterr().err


def test_the_fact_filter_runs_in_sql_on_both_databases(sample):
    def ids(**fields) -> list[int]:
        return [f.id for f, _a, _r in sample.assessed_facts(query=FactFilter(**fields))]

    assert ids() == [1, 2]
    assert ids(text="SNIPERS") == [2]  # any case
    assert ids(source="Al-Ain") == [1] and ids(source="reuters") == [1, 2]
    assert ids(language="en") == [1, 2] and ids(language="fr") == [1]
    assert ids(date_from=dt.date(2023, 1, 1)) == [1] and ids(date_to=dt.date(2019, 10, 31)) == [1, 2]
    assert ids(status=ClaimStatus.CORROBORATED, min_lines=2) == [1]
    assert ids(derived=DerivedStatus.SINGLE_LINE) == [2]
    assert [f.id for f, _a, _r in sample.assessed_facts(1, 1, FactFilter(language="en"))] == [2]  # a page
