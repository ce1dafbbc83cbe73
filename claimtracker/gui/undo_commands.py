"""Undoable changes: each command wraps one Library operation and its inverse.

A command is applied once by `perform()` before it is pushed, so that an error (bad input, a
database problem) reaches the analyst and nothing lands on the undo stack; QUndoStack.push()
then calls redo(), which skips that first call.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.sources import Source
from claimtracker.library import Library
from claimtracker.storage.sources_repo import MergeRecord


class LibraryCommand(QUndoCommand):
    def __init__(self, library: Library, text: str) -> None:
        super().__init__(text)
        self.library = library
        self._applied_by_perform = False

    def perform(self, stack: QUndoStack) -> None:
        self.apply()
        self._applied_by_perform = True
        stack.push(self)

    def redo(self) -> None:
        if self._applied_by_perform:
            self._applied_by_perform = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class CreateClaim(LibraryCommand):
    def __init__(self, library: Library, claim: Claim) -> None:
        super().__init__(library, f"New claim by {claim.chain.speaker.name}")
        self.claim = claim

    def apply(self) -> None:
        self.claim = self.library.create_claim(self.claim)

    def undo(self) -> None:
        self.library.delete_claim(self.claim.id)  # type: ignore[arg-type]


class EditClaim(LibraryCommand):
    def __init__(self, library: Library, before: Claim, after: Claim) -> None:
        super().__init__(library, f"Edit claim by {after.chain.speaker.name}")
        self.before, self.after = before, after

    def apply(self) -> None:
        self.after = self.library.update_claim(self.after)

    def undo(self) -> None:
        self.before = self.library.update_claim(self.before)


class DeleteClaim(LibraryCommand):
    def __init__(self, library: Library, claim: Claim) -> None:
        super().__init__(library, f"Delete claim by {claim.chain.speaker.name}")
        self.claim = claim

    def apply(self) -> None:
        self.claim = self.library.delete_claim(self.claim.id)  # type: ignore[arg-type]

    def undo(self) -> None:
        self.library.create_claim(self.claim)


class EditSource(LibraryCommand):
    def __init__(self, library: Library, before: Source, after: Source) -> None:
        super().__init__(library, f"Edit source {after.name}")
        self.before, self.after = before, after

    def apply(self) -> None:
        self.after = self.library.update_source(self.after)

    def undo(self) -> None:
        self.before = self.library.update_source(self.before)


class MergeSources(LibraryCommand):
    def __init__(self, library: Library, keep: Source, absorb: Source) -> None:
        super().__init__(library, f"Merge {absorb.name} into {keep.name}")
        self.keep_id, self.absorb_id = keep.id, absorb.id
        self.record: MergeRecord | None = None

    def apply(self) -> None:
        self.record = self.library.merge_sources(self.keep_id, self.absorb_id)  # type: ignore[arg-type]

    def undo(self) -> None:
        assert self.record is not None
        self.library.unmerge_sources(self.record)


class EditArticle(LibraryCommand):
    def __init__(self, library: Library, before: Article, after: Article) -> None:
        super().__init__(library, f"Edit details of “{after.title[:40]}”")
        self.before, self.after = before, after

    def apply(self) -> None:
        self.after = self.library.update_article(self.after)

    def undo(self) -> None:
        self.before = self.library.update_article(self.before)
