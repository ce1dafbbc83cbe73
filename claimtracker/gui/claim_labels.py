"""How a claim's kind, status and credibility, a source's kind and grade, and a fact's stance
and derived status read in the interface: marked here for translation, translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from claimtracker.domain.claims import ClaimKind, ClaimStatus, Role
from claimtracker.domain.facts import Stance

_KINDS = {
    ClaimKind.DIRECT_QUOTE: QT_TRANSLATE_NOOP("ClaimLabels", "Direct quote"),
    ClaimKind.PARAPHRASE: QT_TRANSLATE_NOOP("ClaimLabels", "Paraphrase"),
    ClaimKind.DOCUMENT_CONTENT: QT_TRANSLATE_NOOP("ClaimLabels", "Document content"),
}
_STATUSES = {
    ClaimStatus.UNVERIFIED: QT_TRANSLATE_NOOP("ClaimLabels", "Unverified"),
    ClaimStatus.CORROBORATED: QT_TRANSLATE_NOOP("ClaimLabels", "Corroborated"),
    ClaimStatus.DISPUTED: QT_TRANSLATE_NOOP("ClaimLabels", "Disputed"),
    ClaimStatus.REFUTED: QT_TRANSLATE_NOOP("ClaimLabels", "Refuted"),
}
_CREDIBILITY = {
    None: "—",
    1: QT_TRANSLATE_NOOP("ClaimLabels", "1 · Confirmed"),
    2: QT_TRANSLATE_NOOP("ClaimLabels", "2 · Probably true"),
    3: QT_TRANSLATE_NOOP("ClaimLabels", "3 · Possibly true"),
    4: QT_TRANSLATE_NOOP("ClaimLabels", "4 · Doubtful"),
    5: QT_TRANSLATE_NOOP("ClaimLabels", "5 · Improbable"),
    6: QT_TRANSLATE_NOOP("ClaimLabels", "6 · Cannot be judged"),
}


def _translated(labels: dict) -> dict:
    return {key: QCoreApplication.translate("ClaimLabels", text) for key, text in labels.items()}


def kind_labels() -> dict[ClaimKind, str]:
    return _translated(_KINDS)


def status_labels() -> dict[ClaimStatus, str]:
    return _translated(_STATUSES)


def credibility_labels() -> dict[int | None, str]:
    return _translated(_CREDIBILITY)


def status_label(status: ClaimStatus) -> str:
    return QCoreApplication.translate("ClaimLabels", _STATUSES[status])


def stance_label(stance: Stance) -> str:
    return QCoreApplication.translate("Stance", stance.value)


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Role", role.value)
