"""The Annotate page: the article library, the reader, and the article's claims with their editor.

The editing model: a claim's changes are kept in the form until the analyst saves them (Ctrl+S,
one undoable step). Whatever would move the editor to something else — another claim or
suggestion, another article, a filter that hides the article, a new claim, closing the window —
asks first when the form holds unsaved changes: Save, Discard or Cancel. The form is also kept as
a draft while it is typed (settings), and comes back after a crash.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox, QSplitter

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim, Span
from claimtracker.errors import UserError
from claimtracker.extraction.attributions import Suggestion
from claimtracker.gui.claim_labels import stance_label
from claimtracker.gui.dialogs.article_dialog import ArticleDialog
from claimtracker.gui.dialogs.link_fact_dialog import LinkFactDialog
from claimtracker.gui.operations import Operations
from claimtracker.gui.pages.annotate.article_list import ArticleList
from claimtracker.gui.pages.annotate.claims_panel import ClaimsPanel
from claimtracker.gui.pages.annotate.drafts import DraftStore
from claimtracker.gui.pages.annotate.reader_panel import ReaderPanel
from claimtracker.gui.tasks import run_in_background
from claimtracker.gui.undo_commands import (
    CreateClaim,
    CreateFact,
    DeleteClaim,
    LinkClaimToFact,
    RejectSuggestion,
    edit_article,
    edit_claim,
)
from claimtracker.gui.widgets.claim_editor import ClaimEditor
from claimtracker.gui.widgets.source_field import SourceCompleter
from claimtracker.library import Changes, Library

DRAFT_DELAY_MS = 300


class AnnotatePage(QSplitter):
    def __init__(
        self, library: Library, ops: Operations, completer: SourceCompleter, settings: QSettings
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("mainSplitter")
        self.library, self.ops, self.settings = library, ops, settings
        self.article: Article | None = None
        self.suggestions_enabled = False
        self.articles = ArticleList(library)
        self.reader_panel = ReaderPanel()
        self.reader = self.reader_panel.reader
        self.editor = ClaimEditor(library, completer)
        self.editor.saver = self._save_claim
        self.claims = ClaimsPanel(self.editor)
        self.addWidget(self.articles)
        self.addWidget(self.reader_panel)
        self.addWidget(self.claims)
        self.setStretchFactor(1, 1)
        self.articles.may_move = self.editor.may_leave
        self.claims.may_move = self.editor.may_leave
        self.articles.article_chosen.connect(self._on_article_chosen)
        self.claims.claim_selected.connect(self._on_claim_selected)
        self.claims.suggestion_selected.connect(self._on_suggestion_selected)
        self.reader.claim_clicked.connect(self.claims.select_claim)
        self.drafts = DraftStore(settings)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self.editor.edited.connect(self._draft_timer.start)

    # Articles

    def _on_article_chosen(self, article_id: int | None) -> None:
        self.show_article(self.library.article(article_id) if article_id is not None else None)

    def show_article(self, article: Article | None) -> None:
        """Show an article with its claims; the editor keeps what it holds if it is on this article."""
        self.article = article
        self.articles.shown = article.id if article else None
        claims = self.library.claims_of(article.id) if article and article.id is not None else []
        self.reader.show_article(article, claims)
        self.reader_panel.show_header(article)
        suggestions = self._suggestions_now(article)
        self.claims.show_items(article, claims, suggestions, self.reader.speaker_tints())
        self.reader.set_suggestions(suggestions)
        self._keep_or_clear_editor()

    def _keep_or_clear_editor(self) -> None:
        editing, article = self.editor.editing, self.article
        on_this_article = article is not None and self.editor.article_id == article.id
        if self.editor.is_dirty() and on_this_article:
            return  # unsaved changes stay in the form, whatever was refreshed around them
        if editing is not None and on_this_article and self.claims.claim_by_id(editing.id) is not None:
            stored = self.claims.claim_by_id(editing.id)
            self.editor.edit(article, stored)  # type: ignore[arg-type]  # the stored version (someone may have edited it)
            self.claims.select_claim(editing.id)  # type: ignore[arg-type]
            self.reader.set_selected_claim(editing.id)
        elif not (on_this_article and editing is None and self.editor.new_claim_article is not None):
            self.editor.clear()
            self.reader.set_selected_claim(None)

    def _suggestions_now(self, article: Article | None) -> list[Suggestion]:
        """Suggestions if they are ready; otherwise they are computed off the GUI thread and
        shown when they arrive (the rules take tens of milliseconds a page)."""
        if article is None or not self.suggestions_enabled:
            return []
        if self.library.suggestions_ready(article):
            return self.library.suggestions(article)
        run_in_background(
            lambda: self.library.suggestions(article),
            lambda found: self._suggestions_arrived(article, found),
            self,
        )
        return []

    def _suggestions_arrived(self, article: Article, found: list[Suggestion] | None) -> None:
        if (
            found is None
            or self.article is None
            or self.article.id != article.id
            or not self.suggestions_enabled
        ):
            return
        self.claims.show_items(self.article, self.claims.claims, found, self.reader.speaker_tints())
        self.reader.set_suggestions(found)

    def set_suggestions_enabled(self, enabled: bool) -> None:
        self.suggestions_enabled = enabled
        if self.article is not None:
            self.show_article(self.article)

    def refresh_article(self) -> None:
        if self.article is not None:
            self.show_article(self.library.article(self.article.id))  # type: ignore[arg-type]

    def on_changed(self, changes: Changes) -> None:
        if changes.article_list or changes.claims or changes.articles or changes.everything:
            self.articles.reload()  # claim counts and titles
        if self.article is not None and (self.article.id in changes.articles or changes.everything):
            self.refresh_article()
        if changes.added:
            self.articles.select(changes.added[-1])
        elif self.article is None and self.articles.model.rowCount():
            self.articles.view.selectRow(0)

    # Claims

    def open_claim(self, article_id: int, claim_id: int) -> None:
        """Show a claim where it was made: its article in the reader, its span selected."""
        if not self.articles.select(article_id) or not self.claims.select_claim(claim_id):
            return
        claim = self.claims.claim_by_id(claim_id)
        if claim is not None and not claim.orphaned:
            self.reader.select_span(claim.span)

    def _on_claim_selected(self, claim: Claim | None) -> None:
        self.reader.set_selected_claim(claim.id if claim else None)
        self._show_facts_of(claim)
        if claim is not None and self.article is not None:
            self.editor.edit(self.article, claim)
        elif claim is None:
            self.editor.clear()
        self.drafts.clear()

    def _show_facts_of(self, claim: Claim | None) -> None:
        facts = self.library.facts_of_claim(claim.id) if claim and claim.id else []  # type: ignore[arg-type]
        self.claims.facts_line.setText(
            " · ".join(
                self.tr("Fact #{id} ({stance}): {statement}").format(
                    id=i, stance=stance_label(stance), statement=escape(text)
                )
                for i, text, stance in facts
            )
        )
        self.claims.facts_line.setVisible(bool(facts))

    def new_fact_from_claim(self) -> None:
        """A fact in the analyst's words, supported by the selected claim (one undoable step)."""
        claim = self.claims.selected_claim()
        if claim is None:
            self.ops.status(self.tr("Select a claim first: the fact starts from it"))
            return
        statement, ok = QInputDialog.getText(
            self.window(), self.tr("Fact from claim"), self.tr("The fact, in your words:"), text=claim.text
        )
        if ok and statement.strip():
            command = CreateFact(self.library, statement.strip(), claim.id)  # type: ignore[arg-type]
            if self.ops.perform(command):
                self._show_facts_of(claim)
                self.ops.status(
                    self.tr("Fact #{id} made from claim #{claim}; Ctrl+Z undoes").format(
                        id=command.fact.id, claim=claim.id
                    )
                )  # type: ignore[union-attr]

    def link_claim_to_fact(self) -> None:
        claim = self.claims.selected_claim()
        facts = self.library.facts()
        if claim is None or not facts:
            self.ops.status(self.tr("Select a claim, and make a fact first (Ctrl+Shift+F)"))
            return
        dialog = LinkFactDialog(facts, claim.text, self.window())
        if dialog.exec():
            fact_id, stance = dialog.chosen()
            if self.ops.perform(LinkClaimToFact(self.library, fact_id, claim.id, stance)):  # type: ignore[arg-type]
                self._show_facts_of(claim)
                self.ops.status(
                    self.tr("Claim #{claim} {stance} fact #{fact}; Ctrl+Z undoes").format(
                        claim=claim.id, stance=stance_label(stance), fact=fact_id
                    )
                )

    def _on_suggestion_selected(self, suggestion: Suggestion) -> None:
        self.reader.set_selected_claim(None)
        self.reader.select_span(suggestion.content)
        self.editor.clear()
        self.drafts.clear()

    def new_claim_from_selection(self) -> None:
        span = self.reader.selected_span()
        if self.article is None or span is None:
            self.ops.status(self.tr("Select the claimed text in the article first"))
            return
        if not self.editor.may_leave():
            return
        self.claims.clear_selection()
        self.reader.set_selected_claim(None)
        self.editor.start_new(self.article, span)

    def _save_claim(self, claim: Claim, before: Claim | None) -> bool:
        command = (
            CreateClaim(self.library, claim) if before is None else edit_claim(self.library, before, claim)
        )
        if not self.ops.perform(command, self.editor.show_error):
            return False
        stored = command.claim if isinstance(command, CreateClaim) else command.after
        self.drafts.clear()
        if self.article is not None:
            self.editor.edit(self.article, stored)  # the form now matches what is stored
        if not self.claims.is_moving:  # saved on the way to another claim: that one is next
            self.claims.select_claim(stored.id)  # type: ignore[arg-type]
        self.ops.status(self.tr("Saved claim #{id}").format(id=stored.id), 3000)
        return True

    def save_claim(self) -> None:
        self.editor.save()

    def reanchor_to_selection(self) -> None:
        """Anchor the claim being edited on the text selected in the reader (one undoable step)."""
        claim, span = self.editor.editing, self.reader.selected_span()
        if claim is None or span is None:
            self.ops.status(self.tr("Select a claim, then the text it should be anchored on"))
            return
        if not self.editor.may_leave():
            return
        after = self.library.claim_anchored_at(claim, span)
        if self.ops.perform(edit_claim(self.library, claim, after)):
            self.ops.status(
                self.tr("Claim #{id} anchored on the selected text; Ctrl+Z undoes").format(id=claim.id)
            )

    def delete_selected(self) -> None:
        """Delete: rejects a selected suggestion, or deletes the selected claim. Both undoable."""
        if self.claims.selected_suggestion() is not None:
            self.reject_suggestion()
            return
        claim = self.claims.selected_claim()
        if claim is None:
            return
        if self.editor.editing is not None and self.editor.editing.id == claim.id:
            self.editor.revert()  # its unsaved changes go with it; the claim comes back with Ctrl+Z
        if self.ops.perform(DeleteClaim(self.library, claim)):
            self.ops.status(self.tr("Deleted claim #{id} — Ctrl+Z brings it back").format(id=claim.id), 8000)

    def accept_suggestion(self) -> None:
        """Enter on a suggestion: it becomes a claim, through the usual undoable operation."""
        suggestion = self.claims.selected_suggestion()
        if suggestion is None or self.article is None:
            return
        command = CreateClaim(self.library, self.library.claim_from_suggestion(self.article, suggestion))
        if self.ops.perform(command):
            self.claims.select_claim(command.claim.id)  # type: ignore[arg-type]
            self.ops.status(self.tr("Accepted as claim #{id}; Ctrl+Z undoes").format(id=command.claim.id))

    def reject_suggestion(self) -> None:
        suggestion = self.claims.selected_suggestion()
        if suggestion is None or self.article is None:
            return
        row = self.claims.list.currentRow()
        if self.ops.perform(RejectSuggestion(self.library, self.article.id, suggestion)):  # type: ignore[arg-type]
            self.claims.list.setCurrentRow(min(row, self.claims.list.count() - 1))
            self.ops.status(
                self.tr("Suggestion rejected: it will not be proposed again; Ctrl+Z brings it back"), 8000
            )

    def show_history(self) -> None:
        claim = self.claims.selected_claim()
        if claim is None:
            self.ops.status(self.tr("Select a claim to see its history"))
            return
        entries = self.library.history("claim", claim.id)  # type: ignore[arg-type]
        lines = [
            f"{e.at.astimezone():%Y-%m-%d %H:%M} · {e.who} · {e.action}"
            f"{f' (version {e.version})' if e.version else ''} · {e.summary}"
            for e in entries
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("History of claim #{id}").format(id=claim.id),
            "\n".join(lines[-12:]) or self.tr("No recorded changes."),
            parent=self.window(),
        )
        box.setObjectName("claimHistory")
        box.setDetailedText("\n".join(lines))
        box.open()
        self.history_box = box

    def edit_article(self) -> None:
        if self.article is None:
            return
        dialog = ArticleDialog(self.article, self.window())
        if dialog.exec():
            self.ops.perform(edit_article(self.library, self.article, dialog.edited()))

    # Drafts and leaving

    def may_leave(self) -> bool:
        return self.editor.may_leave()

    def _keep_draft(self) -> None:
        span = self.editor.span
        if not self.editor.is_dirty() or span is None:
            self.drafts.clear()
            return
        editing = self.editor.editing
        self.drafts.save(
            {
                "article": self.editor.article_id,
                "span": [span.start, span.end],
                "claim": editing.id if editing else None,
                "form": self.editor.form_state(),
            }
        )

    def restore_draft(self) -> bool:
        """Put back a claim left unsaved by a crash; True if there was one."""
        draft = self.drafts.load()
        if draft is None:
            return False
        try:
            article = self.library.article(int(draft["article"]))
            start, end = draft["span"]
            if not self.articles.select(article.id):  # type: ignore[arg-type]
                self.show_article(article)
            claim = self.claims.claim_by_id(draft.get("claim")) if draft.get("claim") else None
            if claim is not None:
                self.claims.select_claim(claim.id)  # type: ignore[arg-type]
            else:
                self.claims.clear_selection()
                self.editor.start_new(self.article, Span(int(start), int(end)))  # type: ignore[arg-type]
        except (
            KeyError,
            TypeError,
            ValueError,
            UserError,
        ) as exc:  # its article is gone, or the draft is bad
            self.ops.status(
                self.tr("An unsaved claim from last time could not be restored: {why}").format(why=exc)
            )
            self.drafts.clear()
            return False
        self.editor.restore_form_state(draft["form"])
        self.ops.status(
            self.tr("Restored the claim you had not saved last time: save it or press Esc"), 15000
        )
        return True

    # Window state

    def save_state(self) -> None:
        self.settings.setValue("main_window/splitter", self.saveState())
        self.settings.setValue("main_window/claims_splitter", self.claims.saveState())

    def restore_state(self) -> None:
        for key, splitter, default in (
            ("main_window/splitter", self, [400, 600, 400]),
            ("main_window/claims_splitter", self.claims, [220, 680]),
        ):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            else:
                splitter.setSizes(default)
