"""A claim editor's fields as plain data, and back: what a crash-safe draft keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtracker.domain.claims import Relation, Role, SourceRef

if TYPE_CHECKING:
    from claimtracker.gui.widgets.claim_editor import ClaimEditor


def state_of(editor: ClaimEditor) -> dict:
    return {
        "speaker": editor.speaker.edit.text(),
        "links": [
            [link.name, link.id, link.role.value if link.role else None, link.relation.value, link.cue]
            for link in editor.chain.links()
        ],
        "pending_link": editor.chain.field.edit.text(),
        "cue": editor.cue.text(),
        "kind": str(editor.kind.currentData()),
        "claim_date": editor.claim_date.edit.text(),
        "event_date": editor.event_date.edit.text(),
        "credibility": editor.credibility.currentData(),
        "status": str(editor.status.currentData()),
        "tags": editor.tags.text(),
        "text": editor.text.toPlainText(),
        "note": editor.note.toPlainText(),
    }


def restore(editor: ClaimEditor, state: dict) -> None:
    editor.speaker.set_text(str(state.get("speaker", "")))
    editor.chain.set_links([_link(entry) for entry in state.get("links", [])])
    editor.chain.field.set_text(str(state.get("pending_link", "")))
    editor.cue.setText(str(state.get("cue", "")))
    for combo, key in ((editor.kind, "kind"), (editor.credibility, "credibility"), (editor.status, "status")):
        index = combo.findData(state.get(key))
        if index >= 0:
            combo.setCurrentIndex(index)
    editor.claim_date.edit.setText(str(state.get("claim_date", "")))
    editor.event_date.edit.setText(str(state.get("event_date", "")))
    editor.tags.setText(str(state.get("tags", "")))
    editor.text.setPlainText(str(state.get("text", "")))
    editor.note.setPlainText(str(state.get("note", "")))


def _link(entry: list) -> SourceRef:
    name, link_id, role, relation, cue = [*entry, None, "", ""][:5]
    return SourceRef(
        str(name), link_id, Role(role) if role else None, Relation(relation or ""), str(cue or "")
    )
