"""Claim sheets for import tests: an article of numbered words, one claim per word."""

from __future__ import annotations


def numbered_words(count: int) -> tuple[str, list[tuple[int, int]]]:
    """A body "mot0 mot1 …" and the span of each word in it."""
    words = [f"mot{i}" for i in range(count)]
    spans, start = [], 0
    for word in words:
        spans.append((start, start + len(word)))
        start += len(word) + 1
    return " ".join(words), spans
