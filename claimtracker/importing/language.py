"""Which language an article is in (ISO 639-1), from its text alone."""

from __future__ import annotations


def detect_language(text: str) -> str:
    """'fr', 'en', ... or '' when there is too little text to say."""
    if sum(c.isalpha() for c in text) < 20:
        return ""
    import py3langid  # loads numpy and its model: only when an article is imported

    code, _score = py3langid.classify(text)
    return code
