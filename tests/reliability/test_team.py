"""A shared database: the audit history says who did what, and each window sees others' work."""

import dataclasses
import os
import pty
import sys

from claimtracker.domain import AttributionChain, Claim, ClaimStatus, Span
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from tests.conftest import SEEDS
from tests.helpers.postgres import password_database


def test_each_change_is_logged_with_its_author_version_and_summary(db):
    (article,) = import_paths(db, [SEEDS / "001_91aca237aeedbde6.txt"], who="amina").added
    amina, bruno = Library(db, analyst="amina"), Library(db, analyst="bruno")
    claim = amina.create_claim(
        Claim.from_span(article.id, article.body, Span(0, 30), AttributionChain.of("CNRI"))
    )
    bruno.update_claim(dataclasses.replace(claim, status=ClaimStatus.DISPUTED))
    amina.delete_claim(claim.id)
    history = amina.history("claim", claim.id)
    assert [(h.who, h.action, h.version) for h in history] == [
        ("amina", "create", 1),
        ("bruno", "update", 2),
        ("amina", "delete", 2),
    ]
    assert "[disputed]" in history[1].summary and "CNRI" in history[1].summary
    assert amina.history("article", article.id)[0].who == "amina"


def test_another_analysts_save_is_seen_without_restart(db):
    first = Library(db, analyst="a")
    assert not first.others_changed()
    import_paths(db, [SEEDS / "003_9f2c35486580cde8.txt"], who="b")
    assert first.others_changed() and not first.others_changed()  # seen once


def test_a_password_the_server_wants_is_asked_on_the_terminal_and_never_stored(pg_cluster, tmp_path):
    url = password_database(pg_cluster, "analyst", "s3cret-pw", "team")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("PGPASSWORD", None)

    pid, terminal = pty.fork()
    if pid == 0:  # the child: claimtracker on a terminal
        os.execve(sys.executable, [sys.executable, "-m", "claimtracker", "--db", url, "sources"], env)
    seen = b""
    while b"Password for" not in seen:
        seen += os.read(terminal, 1024)
    assert b"s3cret" not in seen and b"analyst@127.0.0.1" in seen
    os.write(terminal, b"s3cret-pw\n")
    output = b""
    while True:
        try:
            chunk = os.read(terminal, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"s3cret-pw" not in stored  # nothing written anywhere with it
