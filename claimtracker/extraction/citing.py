"""Who a speaker cites after what they said: "She said the plan was flawed, citing a report by the
auditor" is the report's words, through her; "citing weak demand" is a reason, no source. No Qt, no
storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import CUE, EVIDENCE_WORDS

# What "citing" names when it names a source: a document, figures, people, a body by its name.
A_SOURCE = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|two|three|several|unnamed|anonymous|un|une|des|les|le|la|l['’])[\s\u00a0]+)?"
    # not a trend given as a reason: "citing falling numbers", "citing weak demand"
    r"(?!(?:falling|rising|declining|dwindling|low|lower|high|higher|poor|weak|weaker|strong|growing|increasing"
    r"|soaring|slowing|slow)\b)"
    r"(?:(?-i:[A-ZÀ-Ý])|(?:[\w'’-]+[\s\u00a0]+){0,3}?(?:"
    + EVIDENCE_WORDS
    + r"|reports?|sources?|officials?|people|persons?|experts?|analysts?|witnesses|police|statement|letter|memo|email"
    r"|spokes(?:man|woman|person)|rapport|sources?|responsables?|témoins?|communiqué)\b)",
    re.IGNORECASE,
)

# A source's own report in a relative, inside what follows "selon": « selon le ministère qui précise que … ».
WHO_SAYS_INSIDE = re.compile(
    r"[\s\u00a0]+(?:qui|which|who)[\s\u00a0]+(?:(?:précise|indique|ajoute|affirme|assure|explique|souligne"
    r"|rappelle|estime)(?:nt)?[\s\u00a0]+(?:que|qu['’])"
    # English leaves "that" out: "according to naval officers who say the repairs will take a year"
    r"|(?:says?|said|adds?|added|notes?|noted|estimated?|estimates)\b(?:[\s\u00a0]+that\b)?)",
    re.IGNORECASE,
)


def said_before_citing(
    text: str, language: str, start: int, end: int, clause: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Who said the clause before "citing Y", and what they said: "She said the plan was flawed,
    citing a report by the auditor" is the report's, through her."""
    from claimtracker.extraction.constructions import construction  # it dispatches here

    for said in CUE[language].finditer(text, *clause):
        if said.group("prep"):
            continue
        inner = construction(text, language, said, start, clause[1])
        if inner is not None and inner.speaker[1] <= said.start() and inner.content[0] >= said.end():
            content = trimmed(text, inner.content[0], clause[1])
            return (inner.speaker, content) if content[1] > content[0] else None
        if inner is not None and inner.content[1] <= inner.speaker[0] < said.start():
            return inner.speaker, inner.content  # "A, a source told Reuters, citing documents"
    return None
