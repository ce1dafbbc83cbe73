"""Undoable changes: each command wraps one Library operation and its inverse.

A command is applied once by `perform()` before it is pushed, so that an error (bad input, a
database problem) reaches the analyst and nothing lands on the undo stack; QUndoStack.push()
then calls redo(), which skips that first call.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import Fact, SameFactSuggestion, Stance
from claimtracker.domain.sources import Source
from claimtracker.errors import UserError
from claimtracker.extraction.attributions import Suggestion
from claimtracker.library import AcceptedSuggestion, FactLink, Library, MergeRecord, RemovedClaim

T = TypeVar("T")


def _t(text: str) -> str:
    """Undo command texts: QUndoCommand is not a QObject, so they are translated in a context."""
    return QCoreApplication.translate("Undo", text)


log = logging.getLogger(__name__)


class LibraryCommand(QUndoCommand):
    def __init__(self, library: Library, text: str) -> None:
        super().__init__(text)
        self.library = library
        self._applied_by_perform = False
        # Where a refused undo or redo is reported; the window that performs the command sets it.
        self.report_error: Callable[[str], None] = log.warning

    def perform(self, stack: QUndoStack) -> None:
        self.apply()
        self._applied_by_perform = True
        stack.push(self)

    def redo(self) -> None:
        if self._applied_by_perform:
            self._applied_by_perform = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        """Undo and redo cannot fail towards Qt: a step refused (someone else changed the claim,
        it was deleted) drops the command from the stack and says why, nothing is overwritten."""
        try:
            step()
        except UserError as exc:
            self.setObsolete(True)
            self.report_error(_t("Cannot {what} any more: {why}").format(what=self.text().lower(), why=exc))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CreateClaim(LibraryCommand):
    def __init__(self, library: Library, claim: Claim) -> None:
        super().__init__(library, _t("New claim by {a}").format(a=claim.chain.speaker.name))
        self.claim = claim

    def apply(self) -> None:
        self.claim = self.library.create_claim(self.claim)

    def revert(self) -> None:
        self.library.delete_claim(self.claim.id)  # type: ignore[arg-type]


class Replace(LibraryCommand):
    """An edit: `update` stores `after`, and stores `before` again on undo."""

    def __init__(self, library: Library, update: Callable[[T], T], before: T, after: T, text: str) -> None:
        super().__init__(library, text)
        self.update, self.before, self.after = update, before, after

    def apply(self) -> None:
        self.after = self.update(_at_version(self.after, self.before))

    def revert(self) -> None:
        self.before = self.update(_at_version(self.before, self.after))


def _at_version(target: T, stored: T) -> T:
    """`target` as a change of what this command last stored: its version is the stored one.

    Our own edit moved the version on; another analyst's edit since then still conflicts.
    """
    if hasattr(target, "version") and hasattr(stored, "version"):
        return dataclasses.replace(target, version=stored.version)  # type: ignore[type-var]
    return target


def edit_claim(library: Library, before: Claim, after: Claim) -> Replace:
    return Replace(
        library,
        library.update_claim,
        before,
        after,
        _t("Edit claim by {a}").format(a=after.chain.speaker.name),
    )


def edit_source(library: Library, before: Source, after: Source) -> Replace:
    return Replace(library, library.update_source, before, after, _t("Edit source {a}").format(a=after.name))


def edit_article(library: Library, before: Article, after: Article) -> Replace:
    return Replace(
        library, library.update_article, before, after, _t("Edit details of “{a}”").format(a=after.title[:40])
    )


class DeleteClaim(LibraryCommand):
    def __init__(self, library: Library, claim: Claim) -> None:
        super().__init__(library, _t("Delete claim by {a}").format(a=claim.chain.speaker.name))
        self.claim = claim
        self.removed: RemovedClaim | None = None

    def apply(self) -> None:
        self.removed = self.library.remove_claim(self.claim.id)  # type: ignore[arg-type]
        self.claim = self.removed.claim

    def revert(self) -> None:
        assert self.removed is not None
        self.library.restore_claim(self.removed)


class RejectSuggestion(LibraryCommand):
    """Turning a suggestion down, remembered for the article; undo proposes it again."""

    def __init__(self, library: Library, article_id: int, suggestion: Suggestion) -> None:
        super().__init__(library, _t("Reject suggestion “{a}”").format(a=suggestion.rule))
        self.article_id, self.suggestion = article_id, suggestion

    def apply(self) -> None:
        self.library.reject_suggestion(self.article_id, self.suggestion)

    def revert(self) -> None:
        self.library.unreject_suggestion(self.article_id, self.suggestion)


class MergeSources(LibraryCommand):
    def __init__(self, library: Library, keep: Source, absorb: Source) -> None:
        super().__init__(library, _t("Merge {a} into {b}").format(a=absorb.name, b=keep.name))
        self.keep_id, self.absorb_id = keep.id, absorb.id
        self.record: MergeRecord | None = None

    def apply(self) -> None:
        self.record = self.library.merge_sources(self.keep_id, self.absorb_id)  # type: ignore[arg-type]

    def revert(self) -> None:
        assert self.record is not None
        self.library.unmerge_sources(self.record)


class CreateFact(LibraryCommand):
    """A fact made from a claim: undo deletes it, redo brings it back with the same id."""

    def __init__(self, library: Library, statement: str, claim_id: int) -> None:
        super().__init__(library, _t("New fact “{a}”").format(a=statement[:40]))
        self.statement, self.claim_id = statement, claim_id
        self.fact: Fact | None = None
        self.links: list[FactLink] = []

    def apply(self) -> None:
        if self.fact is None:
            self.fact = self.library.create_fact(self.statement, [self.claim_id])
        else:
            self.fact = self.library.restore_fact(self.fact, self.links)

    def revert(self) -> None:
        assert self.fact is not None
        self.fact, self.links = self.library.delete_fact(self.fact.id)  # type: ignore[arg-type]


class LinkClaimToFact(LibraryCommand):
    """A claim linked to a fact with a stance; undo puts back what was there before."""

    def __init__(self, library: Library, fact_id: int, claim_id: int, stance: Stance) -> None:
        super().__init__(library, _t("Link claim #{a} to fact #{b}").format(a=claim_id, b=fact_id))
        self.fact_id, self.claim_id, self.stance = fact_id, claim_id, stance
        self.before: FactLink | None = None

    def apply(self) -> None:
        self.before = self.library.link_claim(self.fact_id, self.claim_id, self.stance)

    def revert(self) -> None:
        if self.before is None:
            self.library.unlink_claim(self.fact_id, self.claim_id)
        else:
            self.library.link_claim(self.fact_id, self.claim_id, self.before.stance, self.before.reason)


class AcceptSameFact(LibraryCommand):
    """Two claims put in one fact from a same-fact suggestion; undo takes exactly that back."""

    def __init__(self, library: Library, claim_id: int, suggestion: SameFactSuggestion) -> None:
        super().__init__(
            library, _t("Same fact: claims #{a} and #{b}").format(a=claim_id, b=suggestion.claim_id)
        )
        self.claim_id, self.suggestion = claim_id, suggestion
        self.accepted: AcceptedSuggestion | None = None

    def apply(self) -> None:
        self.accepted = self.library.accept_same_fact(self.claim_id, self.suggestion)

    def revert(self) -> None:
        assert self.accepted is not None
        self.library.undo_accept_same_fact(self.accepted)


class RejectSameFact(LibraryCommand):
    """'Not the same fact', remembered for the pair; undo suggests it again."""

    def __init__(self, library: Library, claim_id: int, other_claim_id: int) -> None:
        super().__init__(
            library, _t("Not the same fact: claims #{a} and #{b}").format(a=claim_id, b=other_claim_id)
        )
        self.claim_id, self.other_claim_id = claim_id, other_claim_id

    def apply(self) -> None:
        self.library.reject_same_fact(self.claim_id, self.other_claim_id)

    def revert(self) -> None:
        self.library.unreject_same_fact(self.claim_id, self.other_claim_id)


class MergeFacts(LibraryCommand):
    """A duplicate fact folded into another; undo takes out exactly the claims it brought."""

    def __init__(self, library: Library, keep_id: int, absorb_id: int) -> None:
        super().__init__(library, _t("Merge fact #{a} into fact #{b}").format(a=absorb_id, b=keep_id))
        self.keep_id, self.absorb_id = keep_id, absorb_id
        self.absorbed: Fact | None = None
        self.links: list[FactLink] = []
        self.added: list[int] = []

    def apply(self) -> None:
        before = {r.claim_id for r in self.library.assess_fact(self.keep_id)[2]}
        self.absorbed, self.links = self.library.merge_facts(self.keep_id, self.absorb_id)
        self.added = [link.claim_id for link in self.links if link.claim_id not in before]

    def revert(self) -> None:
        assert self.absorbed is not None
        self.library.unmerge_facts(self.keep_id, self.absorbed, self.links, self.added)


class SplitFact(LibraryCommand):
    """Some claims of a fact moved to a new fact; undo folds them back with their stances."""

    def __init__(self, library: Library, fact_id: int, claim_ids: list[int], statement: str) -> None:
        super().__init__(library, _t("Split fact #{a}").format(a=fact_id))
        self.fact_id, self.claim_ids, self.statement = fact_id, claim_ids, statement
        self.new: Fact | None = None

    def apply(self) -> None:
        self.new = self.library.split_fact(self.fact_id, self.claim_ids, self.statement)

    def revert(self) -> None:
        assert self.new is not None
        self.library.merge_facts(self.fact_id, self.new.id)  # type: ignore[arg-type]
