"""How a claim's kind, status and credibility read in the interface (translated)."""

from __future__ import annotations

from claimtracker.domain.claims import ClaimKind, ClaimStatus

KIND_LABELS = {
    ClaimKind.DIRECT_QUOTE: "Direct quote",
    ClaimKind.PARAPHRASE: "Paraphrase",
    ClaimKind.DOCUMENT_CONTENT: "Document content",
}
STATUS_LABELS = {
    ClaimStatus.UNVERIFIED: "Unverified",
    ClaimStatus.CORROBORATED: "Corroborated",
    ClaimStatus.DISPUTED: "Disputed",
    ClaimStatus.REFUTED: "Refuted",
}
CREDIBILITY_LABELS = {
    None: "—",
    1: "1 · Confirmed",
    2: "2 · Probably true",
    3: "3 · Possibly true",
    4: "4 · Doubtful",
    5: "5 · Improbable",
    6: "6 · Cannot be judged",
}
