"""The main window: article library, reader, the article's claims and the claim editor.

Widgets read through the Library and change things only through undo commands; every change is
reported back as `Changes`, from which the views refresh.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.exporting.exporter import export as export_claims
from claimtracker.extraction.attributions import Suggestion
from claimtracker.gui.dialogs.article_dialog import ArticleDialog
from claimtracker.gui.dialogs.export_dialog import ExportDialog
from claimtracker.gui.dialogs.merge_dialog import MergeDialog
from claimtracker.gui.dialogs.source_dialog import SourceDialog
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.library_signals import LibrarySignals
from claimtracker.gui.models.articles_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    LANGUAGE,
    OUTLET,
    TITLE,
    ArticlesModel,
)
from claimtracker.gui.pdf_export import print_pdf, sheet_html
from claimtracker.gui.reader import ArticleReader
from claimtracker.gui.tasks import Task
from claimtracker.gui.undo_commands import (
    CreateClaim,
    DeleteClaim,
    LibraryCommand,
    MergeSources,
    edit_article,
    edit_claim,
    edit_source,
)
from claimtracker.gui.views.claims_table_view import ClaimsTableView
from claimtracker.gui.views.sources_view import SourcesView
from claimtracker.gui.views.timeline_view import TimelineView
from claimtracker.gui.widgets.claim_editor import ClaimEditor
from claimtracker.gui.widgets.filter_bar import FilterBar
from claimtracker.gui.widgets.source_field import SourceCompleter
from claimtracker.importing.importer import SUPPORTED_SUFFIXES, ImportReport
from claimtracker.library import Changes, Library

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 5
PROGRESS_DELAY_MS = 600  # a progress dialog for work that takes longer than this
POLL_MS = 5000  # how often a window looks for changes made by others


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.article: Article | None = None
        self.claims: list[Claim] = []
        self.suggestions: list[Suggestion] = []
        self.task: Task | None = None
        self.undo_stack = QUndoStack(self)
        self.signals = LibrarySignals(library, self)
        self.signals.changed.connect(self._on_changed)
        self.completer = SourceCompleter(self)
        self.setWindowTitle(f"ClaimTracker — {library.location}")
        self.setAcceptDrops(True)

        self._build_library()
        self._build_reader()
        self._build_claims_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.reader_panel)
        self.splitter.addWidget(self.claims_splitter)
        self.splitter.setStretchFactor(1, 1)
        self._build_analysis()
        self._build_actions()
        self.statusBar().showMessage(f"Database: {library.location}")
        self._restore_state()
        self.completer.set_names(library.source_names())
        self.reload_articles()
        # Others' work on a shared database shows up without a restart: one indexed query a poll.
        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll_for_changes)
        self.poll_timer.start()

    # Building

    def _build_library(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText("Filter articles by title or outlet")
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.reload_articles)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.articles_model = ArticlesModel(self.library, self)
        self.library_view = QTableView()
        self.library_view.setObjectName("library")
        self.library_view.setModel(self.articles_model)
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.verticalHeader().hide()
        self.library_view.setWordWrap(False)
        header = self.library_view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTLET, 110)
        for column in (DATE, LANGUAGE, CLAIMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.library_view.selectionModel().selectionChanged.connect(self._on_article_selected)
        self.library_panel = _column(self.filter_edit, self.library_view)

    def _build_reader(self) -> None:
        self.article_header = QLabel()
        self.article_header.setObjectName("articleHeader")
        self.article_header.setWordWrap(True)
        self.article_header.setTextFormat(Qt.TextFormat.RichText)
        self.article_header.setContentsMargins(8, 6, 8, 6)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findInArticle")
        self.find_edit.setPlaceholderText("Find in the article (Enter: next, Esc: close)")
        self.find_edit.textChanged.connect(lambda _t: self.find_next(from_start=True))
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_status = QLabel()
        self.find_bar = QWidget()
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(8, 0, 8, 0)
        find_layout.addWidget(self.find_edit)
        find_layout.addWidget(self.find_status)
        self.find_bar.hide()
        self.reader = ArticleReader()
        self.reader.claim_clicked.connect(self.select_claim)
        self.reader.selectionChanged.connect(self._update_actions)
        self.reader_panel = _column(self.article_header, self.find_bar, self.reader)

    def _build_claims_panel(self) -> None:
        self.claims_title = QLabel()
        self.claims_title.setContentsMargins(8, 6, 8, 6)
        self.claims_list = QListWidget()
        self.claims_list.setObjectName("claimsList")
        self.claims_list.setWordWrap(True)
        self.claims_list.setAlternatingRowColors(True)
        self.claims_list.currentItemChanged.connect(self._on_claim_item_changed)
        self.editor = ClaimEditor(self.library, self.completer)
        self.editor.save_requested.connect(self._save_claim)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.claims_splitter = QSplitter(Qt.Orientation.Vertical)
        self.claims_splitter.setObjectName("claimsSplitter")
        self.claims_splitter.addWidget(_column(self.claims_title, self.claims_list))
        self.claims_splitter.addWidget(scroll)
        self.claims_splitter.setStretchFactor(1, 1)

    def _build_analysis(self) -> None:
        """The claims table, per-source view and timeline, under one shared filter bar."""
        self.filter_state = FilterState(self)
        self.filter_bar = FilterBar(self.filter_state, self.completer)
        self.claims_view = ClaimsTableView(self.library, self.filter_state)
        self.sources_view = SourcesView(self.library, self.filter_state)
        self.timeline_view = TimelineView(self.library, self.filter_state)
        for view in (self.claims_view, self.sources_view, self.timeline_view):
            view.open_claim.connect(self.open_claim)
        self.sources_view.edit_requested.connect(self.edit_source)
        self.sources_view.merge_requested.connect(lambda keep: self.merge_sources(keep, None))
        self.sources_view.grade_requested.connect(
            lambda before, after: self._perform(edit_source(self.library, before, after))
        )
        # A tab bar over a stack (not a QTabWidget) so that the filter bar sits under the tabs.
        self.tab_bar = QTabBar()
        self.tab_bar.setObjectName("mainTabs")
        self.tab_bar.setDocumentMode(True)
        self.tab_bar.setExpanding(False)
        self.pages = QStackedWidget()
        for page, label in (
            (self.splitter, "&Annotate"),
            (self.claims_view, "C&laims"),
            (self.sources_view, "S&ources"),
            (self.timeline_view, "&Timeline"),
        ):
            self.tab_bar.addTab(label)
            self.pages.addWidget(page)
        self.tab_bar.currentChanged.connect(self._on_tab)
        central = _column(self.tab_bar, self.filter_bar, self.pages)
        self.setCentralWidget(central)
        self.filter_bar.set_languages(self.library.languages())
        self._on_tab(0)

    def _on_tab(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.filter_bar.setVisible(index > 0)  # the filter applies to the analysis views

    def show_view(self, index: int) -> None:
        self.tab_bar.setCurrentIndex(index)

    def open_claim(self, article_id: int, claim_id: int) -> None:
        """Show a claim where it was made: its article in the reader, its span selected."""
        self.show_view(0)
        if self.articles_model.row_of(article_id) is None and self.filter_edit.text():
            self.filter_edit.clear()
            self.reload_articles()
        self.select_article(article_id)
        self.select_claim(claim_id)
        claim = self._claim_by_id(claim_id)
        if claim is not None:
            self.reader.select_span(claim.span)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.import_files_action = self._action(
            "&Import Files…", self.ask_import_files, key.Open, "Import .txt, .md and .html articles"
        )
        self.import_folder_action = self._action(
            "Import &Folder…", self.ask_import_folder, "Ctrl+Shift+O", "Import every article of a folder"
        )
        self.export_action = self._action(
            "&Export Claims…",
            self.ask_export,
            "Ctrl+E",
            "Export the claims of the current filter: CSV, XLSX, JSON, HTML, PDF",
        )
        quit_action = self._action("&Quit", self.close, key.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(key.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.find_action = self._action("&Find in Article…", self.show_find, key.Find)
        self.new_claim_action = self._action(
            "&New Claim from Selection",
            self.new_claim_from_selection,
            ["Ctrl+Return", "Ctrl+Enter"],
            "Record the selected text as a claim (Ctrl+Enter)",
        )
        self.save_claim_action = self._action("&Save Claim", self.editor.request_save)
        self.save_claim_action.setShortcut(key.Save)
        self.suggestions_action = self._action(
            "Show &Suggestions",
            lambda: self.show_article(self.article),
            "Ctrl+Shift+G",
            "Propose attributions found in the article (Enter accepts, Delete rejects)",
        )
        self.suggestions_action.setCheckable(True)
        self.suggestions_action.setChecked(self.settings.value("view/suggestions", True, type=bool))
        self.suggestions_action.toggled.connect(lambda on: self.settings.setValue("view/suggestions", on))
        self.accept_action = self._action("&Accept Suggestion", self.accept_suggestion, "Return")
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.claims_list.addAction(self.accept_action)
        self.history_action = self._action(
            "&History…", self.show_history, "Ctrl+H", "Who created and changed the claim, and when"
        )
        self.delete_claim_action = self._action("&Delete Claim", self.delete_selected_claim, key.Delete)
        self.delete_claim_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.claims_list.addAction(self.delete_claim_action)
        self.article_action = self._action(
            "Article &Details…",
            self.edit_article,
            "Ctrl+I",
            "Title, outlet and publication date of the article",
        )
        self.sources_action = self._action(
            "Source &Registry",
            lambda: self.show_view(2),
            "Ctrl+Shift+R",
            "Every source, its grade, aliases, claims and outlets",
        )
        self.merge_action = self._action("&Merge Sources…", lambda: self.merge_sources(None, None))

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for action in (self.import_files_action, self.import_folder_action):
            file_menu.addAction(action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menu.addMenu("&Edit")
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        claim_menu = menu.addMenu("&Claim")
        for action in (
            self.new_claim_action,
            self.save_claim_action,
            self.delete_claim_action,
            self.history_action,
            self.accept_action,
            self.suggestions_action,
        ):
            claim_menu.addAction(action)
        article_menu = menu.addMenu("&Article")
        article_menu.addAction(self.article_action)
        view_menu = menu.addMenu("&View")
        for number, name in enumerate(("Annotate", "Claims Table", "Sources", "Timeline")):
            action = self._action(
                name, lambda _checked=False, n=number: self.show_view(n), f"Ctrl+{number + 1}"
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.clear_filter_action = self._action("&Clear Filter", self.filter_bar.clear, "Ctrl+Shift+L")
        view_menu.addAction(self.clear_filter_action)
        sources_menu = menu.addMenu("&Sources")
        sources_menu.addAction(self.sources_action)
        sources_menu.addAction(self.merge_action)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.import_files_action,
            self.new_claim_action,
            self.undo_action,
            self.redo_action,
            self.find_action,
            self.suggestions_action,
            self.sources_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self._update_actions()

    # Articles

    def reload_articles(self) -> None:
        """Refill the library list (titles, claim counts), keeping the article shown."""
        current = self.article.id if self.article else None
        self.articles_model.refresh(self.filter_edit.text())
        row = self.articles_model.row_of(current) if current is not None else None
        if row is not None:
            selection = self.library_view.selectionModel()
            selection.blockSignals(True)  # the same article: nothing to show again
            self.library_view.selectRow(row)
            selection.blockSignals(False)
        elif self.articles_model.rowCount() > 0:
            self.library_view.selectRow(0)
        else:
            self.show_article(None)

    def select_article(self, article_id: int) -> None:
        row = self.articles_model.row_of(article_id)
        if row is not None:
            self.library_view.selectRow(row)

    def _on_article_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.library_view.selectionModel().selectedRows()
        article_id = rows[0].data(ID_ROLE) if rows else None
        self.show_article(self.library.article(article_id) if article_id is not None else None)

    def show_article(self, article: Article | None, keep_claim: int | None = None) -> None:
        self.article = article
        self.claims = self.library.claims_of(article.id) if article and article.id is not None else []
        self.reader.show_article(article, self.claims)
        self.article_header.setText(
            _header_html(article)
            if article
            else "<i>No article yet: import some with File ▸ Import, or drop files here.</i>"
        )
        self.claims_title.setText(f"<b>Claims</b> ({len(self.claims)})" if article else "")
        self.claims_list.blockSignals(True)
        self.claims_list.clear()
        tints = self.reader.speaker_tints()
        for claim in self.claims:
            item = QListWidgetItem(_claim_line(claim))
            item.setData(CLAIM_ID_ROLE, claim.id)
            item.setToolTip(claim.chain.display())
            item.setData(Qt.ItemDataRole.DecorationRole, tints.get(claim.chain.speaker.id))
            self.claims_list.addItem(item)
        self.suggestions = (
            self.library.suggestions(article)
            if article is not None and self.suggestions_action.isChecked()
            else []
        )
        self.reader.set_suggestions(self.suggestions)
        for index, suggestion in enumerate(self.suggestions):
            texts = suggestion.texts(article.body)  # type: ignore[union-attr]
            via = f" → {texts['intermediary']}" if texts["intermediary"] else ""
            item = QListWidgetItem(
                f"Suggested · {texts['speaker']}{via} · “{texts['cue']}”\n{one_line(texts['content'] or '', 160)}"
            )
            item.setData(SUGGESTION_ROLE, index)
            item.setForeground(QColor("#5a6b80"))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(
                f"{suggestion.rule} · confidence {suggestion.confidence:.2f}\nEnter: accept as a claim · Delete: reject"
            )
            self.claims_list.addItem(item)
        if article is not None and self.suggestions:
            self.claims_title.setText(
                f"<b>Claims</b> ({len(self.claims)}) · {len(self.suggestions)} suggested"
            )
        self.claims_list.blockSignals(False)
        editing = self.editor.editing
        if keep_claim is not None:
            self.select_claim(keep_claim)
        elif editing is not None and self._claim_by_id(editing.id) is not None:  # type: ignore[arg-type]
            self.select_claim(editing.id)  # type: ignore[arg-type]
        elif not (article is not None and editing is None and self.editor.new_claim_article == article.id):
            # Keep a new claim being written on this article; otherwise nothing is being edited.
            self.editor.clear()
            self.reader.set_selected_claim(None)
        self._update_actions()

    # Claims

    def select_claim(self, claim_id: int) -> None:
        for row in range(self.claims_list.count()):
            item = self.claims_list.item(row)
            if item.data(CLAIM_ID_ROLE) == claim_id:
                if self.claims_list.currentItem() is item:
                    self._on_claim_item_changed(item, None)
                else:
                    self.claims_list.setCurrentItem(item)
                return

    def selected_suggestion(self) -> Suggestion | None:
        item = self.claims_list.currentItem()
        index = item.data(SUGGESTION_ROLE) if item else None
        return self.suggestions[index] if index is not None else None

    def accept_suggestion(self) -> None:
        """Enter on a suggestion: it becomes a claim, through the usual undoable operation."""
        suggestion = self.selected_suggestion()
        if suggestion is None or self.article is None:
            return
        command = CreateClaim(self.library, self.library.claim_from_suggestion(self.article, suggestion))
        if self._perform(command):
            self.select_claim(command.claim.id)  # type: ignore[arg-type]
            self.statusBar().showMessage(f"Accepted as claim #{command.claim.id}; Ctrl+Z undoes", 5000)

    def reject_suggestion(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is not None and self.article is not None:
            row = self.claims_list.currentRow()
            self.library.reject_suggestion(self.article.id, suggestion)  # type: ignore[arg-type]
            self.claims_list.setCurrentRow(min(row, self.claims_list.count() - 1))
            self.statusBar().showMessage("Suggestion rejected: it will not be proposed again", 5000)

    def _on_claim_item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is not None:
            self.reader.set_selected_claim(None)
            self.reader.select_span(suggestion.content)
            self.editor.clear()
            self._update_actions()
            return
        claim = self._claim_by_id(item.data(CLAIM_ID_ROLE)) if item else None
        self.reader.set_selected_claim(claim.id if claim else None)
        if claim is not None and self.article is not None:
            self.editor.edit(self.article, claim)
        self._update_actions()

    def _claim_by_id(self, claim_id: int) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def selected_claim(self) -> Claim | None:
        item = self.claims_list.currentItem()
        return (
            self._claim_by_id(item.data(CLAIM_ID_ROLE))
            if item and item.data(CLAIM_ID_ROLE) is not None
            else None
        )

    def new_claim_from_selection(self) -> None:
        span = self.reader.selected_span()
        if self.article is None or span is None:
            self.statusBar().showMessage("Select the claimed text in the article first", 5000)
            return
        self.claims_list.setCurrentItem(None)
        self.reader.set_selected_claim(None)
        self.editor.start_new(self.article, span)

    def _save_claim(self, claim: Claim, before: Claim | None) -> None:
        command = (
            CreateClaim(self.library, claim) if before is None else edit_claim(self.library, before, claim)
        )
        if self._perform(command, self.editor.show_error):
            stored = command.claim if isinstance(command, CreateClaim) else command.after
            self.select_claim(stored.id)  # type: ignore[arg-type]
            self.statusBar().showMessage(f"Saved claim #{stored.id}", 3000)

    def delete_selected_claim(self) -> None:
        if self.selected_suggestion() is not None:  # Delete on a suggestion rejects it
            self.reject_suggestion()
            return
        claim = self.selected_claim()
        if claim is not None and self._perform(DeleteClaim(self.library, claim)):
            self.statusBar().showMessage(f"Deleted claim #{claim.id} — Ctrl+Z brings it back", 5000)

    def _perform(self, command: LibraryCommand, show_error=None) -> bool:
        command.report_error = self._warn
        try:
            command.perform(self.undo_stack)
        except UserError as exc:
            (show_error or self._warn)(str(exc))
            return False
        return True

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, "ClaimTracker", message)

    # Sources and article details

    def edit_source(self, source_id: int, parent: QWidget | None = None) -> None:
        before = self.library.source(source_id)
        dialog = SourceDialog(before, parent or self)
        if dialog.exec():
            self._perform(edit_source(self.library, before, dialog.edited()))

    def merge_sources(self, keep: int | None, absorb: int | None, parent: QWidget | None = None) -> None:
        sources = self.library.sources()
        if len(sources) < 2:
            self.statusBar().showMessage("The registry has fewer than two sources", 5000)
            return
        dialog = MergeDialog(sources, keep, absorb, parent or self)
        if dialog.exec():
            keep_id, absorb_id = dialog.chosen()
            self._perform(
                MergeSources(self.library, self.library.source(keep_id), self.library.source(absorb_id))
            )

    def edit_article(self) -> None:
        if self.article is None:
            return
        dialog = ArticleDialog(self.article, self)
        if dialog.exec():
            self._perform(edit_article(self.library, self.article, dialog.edited()))

    # Changes from the library

    def poll_for_changes(self) -> None:
        if self.task is None and self.library.others_changed():
            self.library.announce(
                Changes(
                    article_list=True,
                    sources=True,
                    articles=frozenset({self.article.id}) if self.article else frozenset(),
                )
            )

    def show_history(self) -> None:
        claim = self.selected_claim()
        if claim is None:
            self.statusBar().showMessage("Select a claim to see its history", 5000)
            return
        entries = self.library.history("claim", claim.id)  # type: ignore[arg-type]
        lines = [
            f"{e.at.astimezone():%Y-%m-%d %H:%M} · {e.who} · {e.action}"
            f"{f' (version {e.version})' if e.version else ''} · {e.summary}"
            for e in entries
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            f"History of claim #{claim.id}",
            "\n".join(lines[-12:]) or "No recorded changes.",
            parent=self,
        )
        box.setObjectName("claimHistory")
        box.setDetailedText("\n".join(lines))
        box.open()
        self.history_box = box

    def _on_changed(self, changes: Changes) -> None:
        if changes.sources:
            self.completer.set_names(self.library.source_names())
        if changes.article_list or changes.claims or changes.articles:
            self.reload_articles()  # claim counts and titles
        if self.article is not None and self.article.id in changes.articles:
            self.show_article(self.library.article(self.article.id))
        for view in (self.claims_view, self.sources_view, self.timeline_view):
            view.mark_stale()
        if changes.article_list:
            self.filter_bar.set_languages(self.library.languages())

    # Import

    def ask_import_files(self) -> None:
        folder = str(self.settings.value("import/last_folder", ""))
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, "Import articles", folder, f"Articles ({patterns})")
        if files:
            self.import_paths([Path(f) for f in files])

    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a folder of articles", str(self.settings.value("import/last_folder", ""))
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        self.settings.setValue("import/last_folder", str(paths[0] if paths[0].is_dir() else paths[0].parent))

        def work(progress, cancelled) -> ImportReport:
            return self.library.import_files(
                paths,
                progress=lambda done, total, path: progress(done, total, path.name),
                cancelled=cancelled,
            )

        self.run_task(work, "Import", "Importing", self._import_finished)

    def run_task(self, work, title: str, doing: str, on_done) -> None:
        """Run `work` off the GUI thread behind a progress dialog that appears only if it lasts."""
        if self.task is not None:
            self.statusBar().showMessage("Wait for the running task to finish, or cancel it", 5000)
            return
        self.progress = QProgressDialog(f"{doing}…", "Cancel", 0, 0, self)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.task = Task(work, self)
        self.task.progress.connect(lambda done, total, label: self._show_progress(doing, done, total, label))
        self.task.finished.connect(lambda result: (self._end_task(), on_done(result)))
        self.task.failed.connect(lambda message, user_error: self._task_failed(title, message, user_error))
        self.progress.canceled.connect(self.task.cancel)
        self.task.start()

    def _show_progress(self, doing: str, done: int, total: int, label: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(f"{doing} {label} ({done} of {total})")

    def _import_finished(self, report: ImportReport) -> None:
        changed = frozenset(u.article.id for u in report.updated)  # their claims may have moved
        self.library.announce(Changes(article_list=True, articles=changed))  # type: ignore[arg-type]
        if report.added:
            self.select_article(report.added[-1].id)  # type: ignore[arg-type]
        self.statusBar().showMessage(f"Import: {report.summary()}", 10000)
        orphans = [(u.article, claim_id, why) for u in report.updated for claim_id, why in u.orphaned]
        if report.errors or orphans:
            lines = [str(e) for e in report.errors] + [
                f"{article.title}: claim #{claim_id} is orphaned ({why})"
                for article, claim_id, why in orphans
            ]
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Import",
                f"{len(report.errors)} file(s) could not be imported; the others were. "
                f"{len(orphans)} claim(s) lost their quote in articles whose text changed.",
                parent=self,
            )
            box.setObjectName("importErrors")
            box.setDetailedText("\n".join(lines))
            box.open()
            self.import_errors_box = box

    def _task_failed(self, title: str, message: str, user_error: bool) -> None:
        self._end_task()
        if user_error:
            self._warn(message)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, f"{title} stopped on an unexpected error.", parent=self
        )
        box.setDetailedText(message)
        box.open()
        self.task_error_box = box

    def _end_task(self) -> None:
        had_focus = self.progress.isVisible()
        self.progress.reset()
        self.progress.deleteLater()
        self.task = None
        if had_focus:  # the modal progress dialog had the focus: give it back to the window
            self.activateWindow()

    # Export

    def ask_export(self) -> None:
        dialog = ExportDialog(
            self.filter_state.filter, str(self.settings.value("export/last_folder", "")), self
        )
        if dialog.exec():
            self.export(dialog.format(), Path(dialog.path()), dialog.group())

    def export(self, fmt: str, path: Path, group: str = "source") -> None:
        """Export what the analysis views show (the shared filter) to `path`."""
        query = self.filter_state.filter
        self.settings.setValue("export/last_folder", str(path.parent))
        db = self.library.db

        def work(progress, cancelled):
            report = lambda done, total: progress(done, total, "claims")  # noqa: E731
            if fmt == "pdf":
                return sheet_html(db, query, group, report, cancelled)
            return export_claims(db, query, fmt, path, group=group, progress=report, cancelled=cancelled)

        def done(result) -> None:
            if fmt == "pdf":  # laid out on the GUI thread: Qt's text layout needs it
                html, count = result
                print_pdf(html, path)
            else:
                count = result
            self.statusBar().showMessage(f"Exported {count:,} claims to {path}", 10000)
            self.last_export = path

        self.run_task(work, "Export", "Exporting", done)

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # Find

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self, from_start: bool = False) -> None:
        text = self.find_edit.text()
        if not text:
            self.find_status.setText("")
            return
        if from_start:
            cursor = self.reader.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.reader.setTextCursor(cursor)
        found = self.reader.find(text)
        if not found:  # wrap around
            cursor = self.reader.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.reader.setTextCursor(cursor)
            found = self.reader.find(text)
        self.find_status.setText("" if found else "not found")

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.find_bar.hide()
            self.reader.setFocus()
            return
        super().keyPressEvent(event)

    # State

    def _update_actions(self) -> None:
        has_article = self.article is not None
        self.new_claim_action.setEnabled(has_article)
        self.delete_claim_action.setEnabled(self.claims_list.currentItem() is not None)
        self.article_action.setEnabled(has_article)

    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        for key, splitter, default in (
            ("main_window/splitter", self.splitter, [400, 600, 400]),
            ("main_window/claims_splitter", self.claims_splitter, [220, 680]),
        ):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            else:
                splitter.setSizes(default)

    def closeEvent(self, event) -> None:
        if self.task is not None:
            self.task.stop()
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.splitter.saveState())
        self.settings.setValue("main_window/claims_splitter", self.claims_splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)


def _column(*widgets: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return panel


def _claim_line(claim: Claim) -> str:
    text = one_line(claim.text, 160)
    flag = "⚠ orphaned: its quote is no longer in the text · " if claim.orphaned else ""
    return f"{flag}{claim.chain.display()}  ·  {claim.claim_date.display()}\n{text}"


def _header_html(article: Article) -> str:
    published = article.published
    date = escape(published.display())
    if published.wording:
        date += f" (“{escape(published.wording)}”)"
    if not published.certain:
        date += f' <span style="color:#a15c00">— uncertain: {escape(published.doubt)}</span>'
    source = f" · original source: {escape(article.original_source)}" if article.original_source else ""
    return (
        f'<div style="font-size:large"><b>{escape(article.title)}</b></div>'
        f"<div>Outlet: {escape(article.outlet or 'unknown')}{source}</div>"
        f"<div>Published: {date} · language: {escape(article.language or '?')}</div>"
    )
