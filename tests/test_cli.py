import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtracker.cli import main
from tests.conftest import ROOT, SAMPLE_CLAIMS, SEEDS


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


def test_articles_show_prints_each_sentence_with_the_offsets_add_claim_takes(run):
    run("import", str(SEEDS))
    code, out, _err = run("articles", "show", "3")
    assert code == 0 and out.startswith("#3 Iranian Regime's Militias Deployed Snipers")
    lines = dict(line.split("\t", 1) for line in out.splitlines()[2:])
    assert (
        lines["2927:3012"]
        == "As protests entered their third day, on Oct. 3, snipers appeared on Baghdad rooftops."
    )
    start, end = map(
        int, next(k for k, v in lines.items() if v.startswith("The second security source")).split(":")
    )
    code, out, _err = run(
        "add-claim", "--article", "3", "--span", f"{start}:{end}", "--speaker", "x", "--json"
    )
    assert code == 0 and json.loads(out)["quote"]["exact"].endswith("an essentially private network.")
    code, _out, err = run("articles", "show")
    assert code == 2 and err.count("\n") == 1 and "which article?" in err


def test_global_options_work_after_the_command_and_bad_usage_is_one_line(tmp_path, capsys):
    url = str(tmp_path / "after.sqlite")  # a plain path, after the command
    assert main(["import", str(SEEDS / "002_d7089af4d349109d.txt"), "--db", url]) == 0
    capsys.readouterr()
    assert main(["articles", "--json", "--db", url]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["facts", "--db", url, "-v"]) == 0
    with pytest.raises(SystemExit) as stopped:
        main(["claims", "--db", url, "--frm", "2019"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and err.count("\n") == 1
    assert err.startswith("claimtracker: error: unrecognized arguments: --frm 2019")


def test_without_a_display_gui_and_demo_say_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CLAIMTRACKER_DB"] = str(tmp_path / "none.sqlite")
    for command in ("gui", "demo"):
        done = subprocess.run(
            [sys.executable, "-m", "claimtracker", command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert "no display" in done.stderr and "xcb" not in done.stderr


def test_demo_honours_db_and_adds_the_sample_once(tmp_path):
    """A demo stopped after the sample's articles were stored but before their claims (as when the
    articles were imported alone) leaves the next demo to add the claims; a demo that finished
    leaves the next one nothing to add."""
    import threading
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    target = tmp_path / "team.sqlite"
    subprocess.run(
        [sys.executable, "-m", "claimtracker", "--db", str(target), "import", str(ROOT / "seeds")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    for _ in range(2):
        window = subprocess.Popen(
            [sys.executable, "-m", "claimtracker", "demo", "--db", str(target)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        lines: list[str] = []
        reader = threading.Thread(target=lambda w=window, out=lines: out.extend(w.stderr), daemon=True)
        reader.start()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(line.startswith("demo in") for line in lines):
            time.sleep(0.1)  # (the demo says "demo in …" once its sample is stored)
        window.terminate()
        window.wait(timeout=30)
        reader.join(timeout=30)
        window.stderr.close()
        assert "Traceback" not in "".join(lines)
        assert any(line.startswith("demo in") for line in lines), lines
        done = subprocess.run(
            [sys.executable, "-m", "claimtracker", "--db", str(target), "claims", "--json"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert len(json.loads(done.stdout)) == SAMPLE_CLAIMS  # after each demo: the sample, once


def test_an_older_database_is_upgraded_with_each_step_said_and_a_new_one_silently(tmp_path, capsys):
    from alembic import command
    from alembic.config import Config

    from claimtracker.storage.database import MIGRATIONS, Database, sqlite_url

    path = tmp_path / "old.sqlite"
    assert main(["--db", str(path), "claims"]) == 0
    assert "upgrading" not in capsys.readouterr().err  # made new: nothing to say
    db = Database.open(sqlite_url(path))
    with db.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0017")
    db.close()
    assert main(["--db", str(path), "claims"]) == 0
    said = capsys.readouterr().err.splitlines()
    assert (
        said[0]
        == f"claimtracker: upgrading the database, step 1 of 4: copying the database to {path}.before-0017.bak"
    )
    assert said[-1] == "claimtracker: upgrading the database, step 4 of 4: refreshing statistics"
