import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtracker.cli import main
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def run(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"

    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_import_then_record_and_query_claims_by_chain(run):
    code, out, err = run("import", str(SEEDS), "--json")
    assert code == 0 and "5 imported" in err
    ids = {Path(a["source_path"]).name[:3]: a["id"] for a in json.loads(out)}
    assert sorted(ids) == ["000", "001", "002", "003", "004"]
    article = ids["002"]
    text = (SEEDS / "002_d7089af4d349109d.txt").read_text(encoding="utf-8")
    start = text.index("the snipers were using radio")
    end = text.index(" giving the groups")
    code, out, _ = run(
        "add-claim",
        "--article",
        str(article),
        "--span",
        f"{start}:{end}",
        "--speaker",
        "a second Iraqi security source",
        "--via",
        "Reuters",
        "--via",
        "NCRI",
        "--cue",
        "told",
        "--date",
        "on Oct. 3",
        "--tag",
        "snipers",
        "--json",
    )
    assert code == 0
    claim = json.loads(out)
    assert claim["speaker"] == "a second Iraqi security source"
    assert claim["intermediaries"] == ["Reuters"] and claim["publisher"] == "NCRI"
    assert claim["quote"]["exact"] == text[start:end]
    # The article has no publication date: "on Oct. 3" keeps its wording, its year is not guessed.
    assert claim["claim_date"]["wording"] == "on Oct. 3" and claim["claim_date"]["precision"] == "unknown"
    assert claim["claim_date"]["certain"] is False and "without a year" in claim["claim_date"]["doubt"]

    code, out, _ = run("claims", "--via", "reuters", "--json")
    assert [c["id"] for c in json.loads(out)] == [claim["id"]]
    code, out, _ = run("claims", "--source", "Reuters", "--json")
    assert json.loads(out) == []
    code, out, _ = run("claims", "--search", "radio")
    header, first = out.splitlines()[:2]
    assert header == "claim\tdate\tchain\tstatus\ttext"
    assert (
        first.startswith(f"#{claim['id']}\t") and "a second Iraqi security source → Reuters → NCRI" in first
    )
    code, out, _ = run("sources")
    assert code == 0 and "Reuters" in out and "0 said, 1 relayed" in out


def test_relative_french_date_resolves_against_the_publication_date(run):
    run("import", str(SEEDS / "001_91aca237aeedbde6.txt"))
    text = (SEEDS / "001_91aca237aeedbde6.txt").read_text(encoding="utf-8")
    start = text.index("Khamenei lui a rendu hommage")
    _, out, _ = run(
        "add-claim",
        "--article",
        "1",
        "--span",
        f"{start}:{start + 40}",
        "--speaker",
        "CNRI",
        "--date",
        "le 5 décembre dernier",
        "--json",
    )
    date = json.loads(out)["claim_date"]
    assert (date["value"], date["precision"], date["certain"]) == ("2013-12-05", "day", True)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("add-claim", "--article", "99", "--span", "0:5", "--speaker", "x"), "no article with id 99"),
        (("add-claim", "--article", "1", "--span", "5-0", "--speaker", "x"), "expected START:END"),
        (("add-claim", "--article", "1", "--span", "0:999999", "--speaker", "x"), "ends after the article"),
        (("claims", "--source", "Nobody"), "no source is named 'Nobody'"),
        (("claims", "--from", "someday"), "--from: 'someday' is not a date"),
        (("import", "/no/such/file.txt"), "/no/such/file.txt: no such file or folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_status_2(run, argv, message):
    run("import", str(SEEDS / "000_0a6e80da3cee15fd.txt"))
    code, _, err = run(*argv)
    assert code == 2
    assert message in err and "Traceback" not in err


def test_command_line_never_imports_qt_and_errors_have_no_traceback(tmp_path):
    env = {**os.environ, "CLAIMTRACKER_DB": f"sqlite:///{tmp_path / 'x.sqlite'}"}
    probe = (
        "import sys; from claimtracker.cli import main; main(['sources']); print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtracker",
            "--db",
            str(tmp_path / "x.sqlite"),
            "claims",
            "--via",
            "nobody",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == ["claimtracker: error: via: no source is named 'nobody'"]


def test_imports_from_the_command_line_name_the_analyst_in_the_history(run, monkeypatch, tmp_path):
    from claimtracker.library import Library
    from claimtracker.storage.database import Database, sqlite_url

    monkeypatch.setenv("CLAIMTRACKER_ANALYST", "amina")
    run("import", str(SEEDS / "003_9f2c35486580cde8.txt"))
    db = Database.open(sqlite_url(tmp_path / "cli.sqlite"))
    try:
        library = Library(db)
        (article,) = library.articles()
        assert [(h.who, h.action) for h in library.history("article", article.id)] == [("amina", "import")]
    finally:
        db.close()


def test_empty_answers_say_so_and_impossible_dates_are_errors(run):
    code, out, _err = run("claims", "--from", "2019-10")
    assert code == 0 and out.strip() == "no claims match (claim date 2019-10-01 → …)"
    code, out, _err = run("sources")
    assert code == 0 and out.startswith("the registry is empty")
    code, _out, err = run("claims", "--from", "2019-13")  # month 13: an error, not a guess
    assert code == 2 and "'2019-13' is not a date" in err
    run("import", str(SEEDS / "003_9f2c35486580cde8.txt"))
    code, out, _err = run("sources")
    assert out.splitlines()[0] == "source\tgrade\tkind\tclaims\tname"
