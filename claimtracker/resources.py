"""Where the files that ship with the app are: the sample corpus (seeds/) and the resources
(icons, translations, the style sheet, the .desktop entry).

In a source checkout they are the project's top-level folders; an installed wheel puts them in
`<prefix>/share/claimtracker/`; a frozen bundle beside the program. No Qt here: the command line
needs the seeds too.
"""

from __future__ import annotations

import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    found = [PROJECT / name]
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller's bundle folder
    if frozen:
        found.insert(0, Path(frozen) / name)
    found.append(Path(sys.prefix) / "share" / "claimtracker" / name)
    return found


def shipped(name: str) -> Path:
    """The folder `name` ("seeds" or "resources") as shipped; the checkout's when none exists."""
    return next((path for path in _candidates(name) if path.is_dir()), PROJECT / name)


SEEDS = shipped("seeds")
RESOURCES = shipped("resources")
