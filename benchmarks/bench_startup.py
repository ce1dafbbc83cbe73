"""Start-up: from starting the real command to the window on screen, under Xvfb.

    .venv/bin/python benchmarks/bench_startup.py [DATABASE]

Starts `claimtracker gui --db DATABASE` (default: a database holding the sample) on a virtual X
display, 5 times after one warm-up run; the app prints "shown" once its window is shown and has
painted, then closes. Prints the median, min and max from process start.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def start_once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline() if process.stdout else ""
    shown = (time.perf_counter() - started) * 1000
    process.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"the window did not come up: {process.stderr.read() if process.stderr else ''}")
    return shown


def main() -> None:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is needed: apt-get install xvfb")
    executable = Path(sys.executable).with_name("claimtracker")
    with tempfile.TemporaryDirectory() as folder:
        database = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder) / "sample.sqlite"
        if len(sys.argv) == 1:
            subprocess.run(
                [str(executable), "--db", str(database), "import", str(ROOT / "seeds")],
                check=True,
                capture_output=True,
            )
        display = ":97"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
        time.sleep(1.0)
        try:
            env = {**os.environ, "DISPLAY": display, "CLAIMTRACKER_EXIT_WHEN_SHOWN": "1",
                   "XDG_CONFIG_HOME": folder, "HOME": folder}  # fmt: skip
            env.pop("QT_QPA_PLATFORM", None)
            command = [str(executable), "--db", str(database), "gui"]
            start_once(command, env)  # warm-up: the file cache
            times = [start_once(command, env) for _ in range(RUNS)]
        finally:
            xvfb.terminate()
    print(
        f"window shown from process start, under Xvfb ({RUNS} runs): median {statistics.median(times):.0f} ms, "
        f"min {min(times):.0f}, max {max(times):.0f}   target < 1000 ms"
    )


if __name__ == "__main__":
    main()
