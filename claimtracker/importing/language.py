"""Which language an article is in (ISO 639-1), from its text alone."""

from __future__ import annotations

import py3langid


def detect_language(text: str) -> str:
    """'fr', 'en', ... or '' when there is too little text to say."""
    if sum(c.isalpha() for c in text) < 20:
        return ""
    code, _score = py3langid.classify(text)
    return code
