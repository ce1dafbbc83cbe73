"""Showing text in one line of bounded width (lists, messages, the change log)."""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731 - English by default


def translated(context: str, text: str) -> str:
    """`text` in the interface's language: the desktop app installs Qt's translator
    (`use_translator`); the command line stays in English."""
    return _translator(context, text)


def use_translator(translate: Callable[[str, str], str]) -> None:
    global _translator
    _translator = translate


def one_line(text: str, width: int) -> str:
    """`text` with its whitespace collapsed, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
