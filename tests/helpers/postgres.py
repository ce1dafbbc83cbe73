"""A throwaway PostgreSQL cluster on 127.0.0.1 for the test session.

Uses the server binaries of Debian's `postgresql` package; `initdb` refuses to run as root, so
when the tests run as root the cluster belongs to the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Cluster:
    bindir: Path
    datadir: Path
    port: int
    run_as: str | None

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        _run(
            self,
            [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"],
            check=False,
        )
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def server_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def start_cluster() -> Cluster:
    bindir = server_bindir()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (Debian: apt-get install postgresql)")
    run_as = "postgres" if os.geteuid() == 0 else None
    top = Path(tempfile.mkdtemp(prefix="claimtracker-pg-"))
    datadir = top / "data"
    if run_as:
        user = pwd.getpwnam(run_as)
        os.chown(top, user.pw_uid, user.pw_gid)
    port = _free_port()
    cluster = Cluster(bindir, datadir, port, run_as)
    _run(
        cluster,
        [
            str(bindir / "initdb"),
            "-D",
            str(datadir),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
    )
    options = f"-h 127.0.0.1 -p {port} -k {top} -c fsync=off -c full_page_writes=off"
    _run(
        cluster,
        [str(bindir / "pg_ctl"), "-D", str(datadir), "-o", options, "-l", str(top / "log"), "-w", "start"],
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return cluster
        time.sleep(0.1)
    cluster.stop()
    raise RuntimeError("PostgreSQL did not start")


def _run(cluster: Cluster, argv: list[str], check: bool = True) -> None:
    if cluster.run_as:
        argv = ["runuser", "-u", cluster.run_as, "--", *argv]
    subprocess.run(argv, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd="/")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def password_database(cluster: Cluster, user: str, password: str, database: str) -> str:
    """A database owned by a role that must log in with a password; its URL, without the password."""
    import psycopg

    with psycopg.connect(
        f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres", autocommit=True
    ) as c:
        c.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        c.execute(f"CREATE DATABASE {database} OWNER {user}")
    hba = cluster.datadir / "pg_hba.conf"
    rules = f"host all {user} 127.0.0.1/32 scram-sha-256\n" + hba.read_text()
    command = ["tee", str(hba)]
    if cluster.run_as:
        command = ["runuser", "-u", cluster.run_as, "--", *command]
    subprocess.run(command, input=rules, text=True, stdout=subprocess.DEVNULL, check=True)
    _run(cluster, [str(cluster.bindir / "pg_ctl"), "-D", str(cluster.datadir), "reload"])
    return f"postgresql+psycopg://{user}@127.0.0.1:{cluster.port}/{database}"
