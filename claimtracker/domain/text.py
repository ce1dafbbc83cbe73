"""Showing text in one line of bounded width (lists, messages, the change log)."""

from __future__ import annotations


def one_line(text: str, width: int) -> str:
    """`text` with its whitespace collapsed, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
