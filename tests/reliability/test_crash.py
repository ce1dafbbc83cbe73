"""Killing the process (SIGKILL) in the middle of work: the database opens, is intact, and holds
every change that was acknowledged."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import sqlalchemy as sa

from claimtracker.storage.database import Database, sqlite_url
from tests.conftest import ROOT
from tests.helpers.sheets import numbered_words

EDITS = """
import sys
from claimtracker.domain import Article, AttributionChain, Claim, Span
from claimtracker.storage.articles_repo import add_article
from claimtracker.storage.claims_repo import add_claim
from claimtracker.storage.database import Database, sqlite_url
db = Database.open(sqlite_url(sys.argv[1]))
body = "Des sources ont déclaré à Reuters que les drones étaient iraniens. " * 20
with db.transaction() as s:
    article, _ = add_article(s, Article(title="t", body=body, raw=body))
n = 0
while True:
    with db.transaction() as s:
        claim = add_claim(s, Claim.from_span(article.id, body, Span(0, 20), AttributionChain.of(f"source {n % 7}", "Reuters")))
    print(f"ack {claim.id}", flush=True)  # acknowledged: the transaction committed
    n += 1
"""

IMPORT = """
import sys
from pathlib import Path
from claimtracker.importing.importer import import_paths
from claimtracker.storage.database import Database, sqlite_url
db = Database.open(sqlite_url(sys.argv[1]))
import_paths(db, [Path(sys.argv[2])], progress=lambda done, total, path: print(f"ack {done}", flush=True))
"""


IMPORT_SHEET = """
import sys
from pathlib import Path
from claimtracker.importing import claim_reader
from claimtracker.importing.claims_json import import_claims_file
from claimtracker.storage.database import Database, sqlite_url
claim_reader.APART_FROM = 0  # this small sheet is read in a second process, as a large one is
if __name__ == "__main__":
    db = Database.open(sqlite_url(sys.argv[1]))
    import_claims_file(db, Path(sys.argv[2]), progress=lambda done, total, what: print(f"ack {done}", flush=True))
"""


def _helpers_of(pid: int) -> set[int]:
    """The processes `pid` started that are still running (Linux)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _gone(pids: set[int]) -> bool:
    """Whether the processes have all ended, within ten seconds."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def _run_and_kill(script: str, *args: str, after: int, helpers: set[int] | None = None) -> list[int]:
    """The script's acknowledgements until it is killed; `helpers` gets the processes it had started."""
    acks = []
    with subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as child:
        for line in child.stdout:  # type: ignore[union-attr]
            acks.append(int(line.split()[1]))
            if len(acks) >= after:
                if helpers is not None:
                    helpers.update(_helpers_of(child.pid))
                os.kill(child.pid, signal.SIGKILL)
                break
    assert child.returncode == -signal.SIGKILL, "the child ended before it could be killed"
    return acks


def _check(path) -> Database:
    db = Database.open(sqlite_url(path))
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    return db


def test_a_burst_of_edits_killed_midway_keeps_every_acknowledged_claim(tmp_path):
    path = tmp_path / "claims.sqlite"
    acks = _run_and_kill(EDITS, str(path), after=150)
    db = _check(path)
    with db.engine.connect() as c:
        stored = {r[0] for r in c.execute(sa.text("SELECT id FROM claims"))}
        links = c.execute(sa.text("SELECT count(DISTINCT claim_id) FROM claim_links")).scalar()
    assert set(acks) <= stored
    assert links == len(stored)  # no claim without its chain: each claim is one transaction
    db.close()


def test_a_folder_import_killed_midway_keeps_the_files_already_imported(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(400):
        (folder / f"{n:03d}.txt").write_text(
            f"Article {n}\n\nLe ministre a déclaré lundi que le chiffre était {n}.\n", encoding="utf-8"
        )
    path = tmp_path / "claims.sqlite"
    helpers: set[int] = set()
    acks = _run_and_kill(IMPORT, str(path), str(folder), after=60, helpers=helpers)
    assert helpers, "the import was expected to parse in worker processes"
    assert _gone(helpers), "worker processes outlived the import that started them"
    db = _check(path)
    with db.engine.connect() as c:
        stored = c.execute(sa.text("SELECT count(*) FROM articles")).scalar()
        fts = c.execute(sa.text("SELECT count(*) FROM articles_fts")).scalar()
    assert stored >= acks[-1]  # progress n is reported once the n files before it are committed
    assert fts == stored
    db.close()


def test_a_claim_sheet_import_killed_midway_leaves_nothing_written_and_no_process_behind(tmp_path):
    """One transaction: what a killed import had written is gone; its reader process leaves too."""
    body, spans = numbered_words(25_000)
    claims = [
        {"id": i + 1, "article_id": 1, "span": {"start": a, "end": b}, "quote": {"exact": body[a:b]},
         "chain": [{"name": "Agence", "id": 1}]}
        for i, (a, b) in enumerate(spans)
    ]  # fmt: skip
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps(
            {
                "format": "claimtracker-claims",
                "articles": [{"id": 1, "title": "t", "body": body}],
                "sources": [{"id": 1, "name": "Agence"}],
                "claims": claims,
            }
        ),
        encoding="utf-8",
    )
    path = tmp_path / "claims.sqlite"
    helpers: set[int] = set()
    _run_and_kill(IMPORT_SHEET, str(path), str(sheet), after=1, helpers=helpers)
    assert helpers, "the sheet was expected to be read in a second process"
    assert _gone(helpers), "the reader process outlived the import that started it"
    db = _check(path)
    with db.engine.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM claims")).scalar() == 0
        assert c.execute(sa.text("SELECT count(*) FROM articles")).scalar() == 0
    db.close()
