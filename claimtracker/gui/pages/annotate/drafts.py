"""The claim being written, kept in the settings as it is typed, so that a crash loses nothing.

Written a moment after each change and removed once the claim is saved or the changes are
discarded; the next start puts it back in the editor.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

KEY = "editor/draft"


class DraftStore:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def save(self, draft: dict) -> None:
        self.settings.setValue(KEY, json.dumps(draft, ensure_ascii=False))
        self.settings.sync()

    def load(self) -> dict | None:
        text = self.settings.value(KEY)
        if not text:
            return None
        try:
            draft = json.loads(str(text))
        except ValueError:
            return None
        return draft if isinstance(draft, dict) and "form" in draft else None

    def clear(self) -> None:
        if self.settings.contains(KEY):
            self.settings.remove(KEY)
            self.settings.sync()
