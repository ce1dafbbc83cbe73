"""Every command line of the README works as written (house rule): each is run, in order, from
the project's folder on a fresh database. The windows ones must come up and stay up."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

WINDOWS = ("demo", "gui")  # open a window and wait for the analyst: started, then closed


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## Command line") :]
    block = block[block.index("```sh\n") + 6 : block.index("```", block.index("```sh\n") + 6)]
    commands = []
    for line in block.replace("\\\n", " ").splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        if line:
            commands.append(line)
    return commands


def test_the_readme_has_commands_to_run():
    commands = readme_commands()
    assert len(commands) >= 10 and all(c.startswith("claimtracker ") for c in commands)


@pytest.mark.slow
def test_every_command_of_the_readme_works_as_written(tmp_path):
    executable = Path(sys.executable).with_name("claimtracker")
    env = {
        **os.environ,
        "CLAIMTRACKER_DB": str(tmp_path / "readme.sqlite"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    for command in readme_commands():
        argv = [str(executable), *shlex.split(command)[1:]]
        if argv[1] in WINDOWS:
            window = subprocess.Popen(
                argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            time.sleep(6)  # long enough to open the database, import the sample and show the window
            alive = window.poll() is None
            window.terminate()
            _out, err = window.communicate(timeout=30)
            assert alive, f"{command!r} stopped: {err[-2000:]}"
            assert "Traceback" not in err, f"{command!r}: {err[-2000:]}"
            continue
        done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, f"{command!r} exited {done.returncode}: {done.stderr[-2000:]}"
