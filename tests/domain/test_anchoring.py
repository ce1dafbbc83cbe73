from claimtracker.domain.anchoring import AnchorState, reanchor
from claimtracker.domain.claims import Span, TextQuote

TEXT = "Masjidi a déclaré lundi que les visites étaient secrètes. Qaani a démenti."


def _anchor(text: str, exact: str):
    span = Span(text.index(exact), text.index(exact) + len(exact))
    return span, TextQuote.from_text(text, span)


def test_unchanged_text_keeps_the_span():
    span, quote = _anchor(TEXT, "les visites étaient secrètes")
    result = reanchor(TEXT, quote, span)
    assert result.state is AnchorState.UNCHANGED and result.span == span


def test_text_inserted_before_moves_the_span_to_the_same_words():
    span, quote = _anchor(TEXT, "les visites étaient secrètes")
    edited = "MISE À JOUR. " + TEXT
    result = reanchor(edited, quote, span)
    assert result.state is AnchorState.MOVED
    assert edited[result.span.start : result.span.end] == "les visites étaient secrètes"


def test_removed_quote_is_orphaned_not_moved():
    span, quote = _anchor(TEXT, "les visites étaient secrètes")
    result = reanchor(TEXT.replace("étaient secrètes", "étaient publiques"), quote, span)
    assert result.state is AnchorState.ORPHANED and result.span is None
    assert "no longer" in result.reason


def test_repeated_quote_is_placed_by_its_context_or_orphaned_when_context_cannot_tell():
    text = "A: il a déclaré. B: il a déclaré. C: fin."
    span = Span(text.index("B: il a déclaré") + 3, text.index("B: il a déclaré") + 15)
    quote = TextQuote.from_text(text, span)
    edited = "Intro. " + text
    result = reanchor(edited, quote, span)
    assert result.state is AnchorState.MOVED and result.span.start == span.start + len("Intro. ")
    no_context = TextQuote("il a déclaré")
    assert reanchor(edited, no_context, Span(0, 12)).state is AnchorState.ORPHANED
