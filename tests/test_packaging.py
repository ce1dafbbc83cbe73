"""The app as users install it: a wheel in a fresh virtual environment, and the standalone
bundle; each opens the demo (the sample corpus shipped inside) offscreen and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _opens_the_demo(program: list[str], cwd) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLAIMTRACKER_EXIT_WHEN_SHOWN": "1"}
    done = subprocess.run([*program, "demo"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "shown", done.stderr[-2000:]
    return done.stderr


def test_a_wheel_installed_in_a_fresh_environment_runs_the_demo(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(tmp_path / "dist")],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("claimtracker-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "env")], check=True, timeout=120)
    subprocess.run(
        [str(tmp_path / "env" / "bin" / "pip"), "install", "--quiet", str(wheel)],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    err = _opens_the_demo(
        [str(tmp_path / "env" / "bin" / "claimtracker")], cwd=tmp_path
    )  # away from the checkout
    assert "5 imported" in err and "sample claims" in err
    shared = tmp_path / "env" / "share"
    assert (shared / "applications" / "claimtracker.desktop").is_file()
    assert (shared / "icons" / "hicolor" / "256x256" / "apps" / "claimtracker.png").is_file()
    assert sorted(p.name for p in (shared / "claimtracker" / "resources" / "icons").glob("*.svg"))


def test_the_standalone_bundle_is_built_and_runs_the_demo(tmp_path):
    done = subprocess.run(["./dev", "bundle"], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    err = _opens_the_demo([str(ROOT / "dist" / "claimtracker" / "claimtracker")], cwd=tmp_path)
    assert "5 imported" in err
