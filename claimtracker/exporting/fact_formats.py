"""A fact in the formats other tools read: its provenance graph as GraphML, the fact as a
schema.org ClaimReview and as W3C PROV (JSON-LD), and a sheet of facts as CSV."""

from __future__ import annotations

import csv
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from claimtracker.domain.claims import Claim, ClaimStatus
from claimtracker.domain.facts import Assessment, DerivedStatus, Fact, Report

# schema.org's rating for a ClaimReview: 1 (false) … 5 (true), by the analyst's status.
RATINGS = {
    ClaimStatus.REFUTED: (1, "False"),
    ClaimStatus.DISPUTED: (2, "Disputed"),
    ClaimStatus.UNVERIFIED: (3, "Unverified"),
    ClaimStatus.CORROBORATED: (5, "Corroborated"),
}


def graphml(fact: Fact, assessment: Assessment, reports: list[Report]) -> str:
    """The union of the claims' chains: one node per source (its role as data), one edge per step."""
    nodes: dict[int, tuple[str, str]] = {}
    edges: dict[tuple[int, int], list[int]] = {}
    for report in sorted(reports, key=lambda r: r.claim_id):
        for link in report.links:
            nodes.setdefault(link.source_id, (link.name, link.role.value))
        for first, second in zip(report.links, report.links[1:], strict=False):
            edges.setdefault((first.source_id, second.source_id), []).append(report.claim_id)
    shared = {name for line in assessment.lines for name in line.shared}
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="role" for="node" attr.name="role" attr.type="string"/>',
        '  <key id="shared" for="node" attr.name="shared by a line of reporting" attr.type="boolean"/>',
        '  <key id="claims" for="edge" attr.name="claims" attr.type="string"/>',
        f'  <graph id={quoteattr(f"fact-{fact.id}")} edgedefault="directed">',
        f"    <desc>{escape(fact.statement)} — {escape(assessment.summary())}</desc>",
    ]
    for source_id, (name, role) in sorted(nodes.items()):
        lines += [
            f'    <node id="s{source_id}">',
            f'      <data key="name">{escape(name)}</data>',
            f'      <data key="role">{role}</data>',
            f'      <data key="shared">{"true" if name in shared else "false"}</data>',
            "    </node>",
        ]
    for (first, second), claims in sorted(edges.items()):
        lines += [
            f'    <edge source="s{first}" target="s{second}">',
            f'      <data key="claims">{" ".join(str(c) for c in claims)}</data>',
            "    </edge>",
        ]
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def claim_review(fact: Fact, assessment: Assessment, claims: list[Claim], analyst: str) -> dict[str, Any]:
    """The fact as a schema.org ClaimReview, the analyst's status as its rating and the rules'
    assessment as its body."""
    value, label = RATINGS[fact.status]
    first = next((c for c in claims if c.id == assessment.first_appearance), None)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": fact.statement,
        "author": {"@type": "Person", "name": analyst},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": label,
        },
        "reviewBody": assessment.summary()
        + (
            f". By the rules: {assessment.derived.value}"
            if assessment.derived is not DerivedStatus.UNSUPPORTED
            else ""
        ),
    }
    if first is not None:
        review["itemReviewed"] = {
            "@type": "Claim",
            "author": {"@type": "Thing", "name": first.chain.speaker.name},
            "text": first.text,
        }
        if first.claim_date.value:
            review["itemReviewed"]["datePublished"] = first.claim_date.edtf()
    return review


def prov(fact: Fact, reports: list[Report], claims: list[Claim]) -> dict[str, Any]:
    """W3C PROV (JSON-LD): each claim an entity derived along its chain; each source an agent
    whose role says what it did."""
    by_id = {c.id: c for c in claims}
    graph: list[dict[str, Any]] = [
        {"@id": f"ct:fact-{fact.id}", "@type": "prov:Entity", "prov:value": fact.statement}
    ]
    agents: dict[int, dict[str, Any]] = {}
    for report in sorted(reports, key=lambda r: r.claim_id):
        claim = by_id[report.claim_id]
        graph.append(
            {
                "@id": f"ct:claim-{claim.id}",
                "@type": "prov:Entity",
                "prov:value": claim.text,
                "ct:stance": report.stance.value,
                "prov:wasAttributedTo": [
                    {"@id": f"ct:source-{link.source_id}", "prov:hadRole": link.role.value}
                    for link in report.links
                ],
                "prov:specializationOf": {"@id": f"ct:fact-{fact.id}"},
            }
        )
        for link in report.links:
            agents.setdefault(
                link.source_id,
                {"@id": f"ct:source-{link.source_id}", "@type": "prov:Agent", "prov:label": link.name},
            )
    return {
        "@context": {"prov": "http://www.w3.org/ns/prov#", "ct": "urn:claimtracker:"},
        "@graph": graph + [agents[k] for k in sorted(agents)],
    }


FACT_COLUMNS = (
    "fact_id",
    "statement",
    "reports",
    "independent_lines",
    "lines",
    "first_appearance",
    "derived_status",
    "analyst_status",
    "disagreement",
    "review",
)


def write_fact_csv(rows: list[tuple[Fact, Assessment]], out: TextIO) -> int:
    """One row per fact: its lines of reporting, first appearance and both statuses."""
    writer = csv.writer(out)
    writer.writerow(FACT_COLUMNS)
    for fact, a in rows:
        writer.writerow(
            (
                fact.id,
                fact.statement,
                a.supporting + a.contradicting + a.related,
                a.independent_lines,
                " | ".join(
                    " ".join(f"#{c}" for c in line.claim_ids)
                    + (f" via {', '.join(line.shared)}" if line.shared else "")
                    for line in a.lines
                ),
                a.first_appearance or "",
                a.derived.value,
                fact.status.value,
                a.disagreement,
                fact.review,
            )
        )
    return len(rows)
