"""A fact's provenance as a Graphviz DOT graph: the union of its claims' chains, each source once,
coloured by its role, the links its lines of reporting share drawn bold."""

from __future__ import annotations

from claimtracker.domain.claims import Role
from claimtracker.domain.facts import Assessment, Fact, Report, Stance

ROLE_STYLE = {
    Role.ORIGIN: 'shape=ellipse, style=filled, fillcolor="#ddcc77"',
    Role.DOCUMENT: 'shape=note, style=filled, fillcolor="#88ccee"',
    Role.INTERMEDIARY: 'shape=box, style="rounded,filled", fillcolor="#44aa99"',
    Role.PUBLISHER: 'shape=box, style=filled, fillcolor="#cc6677"',
}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def provenance_dot(fact: Fact, assessment: Assessment, reports: list[Report]) -> str:
    shared = {name for line in assessment.lines for name in line.shared}
    nodes: dict[int, tuple[str, Role]] = {}
    edges: dict[tuple[int, int], list[str]] = {}
    for report in sorted(reports, key=lambda r: r.claim_id):
        for link in report.links:
            nodes.setdefault(link.source_id, (link.name, link.role))
        for first, second in zip(report.links, report.links[1:], strict=False):
            edges.setdefault((first.source_id, second.source_id), []).append(
                f"#{report.claim_id}{'' if report.stance is Stance.SUPPORTS else ' ' + report.stance.value}"
            )
    lines = [
        f"digraph fact_{fact.id} {{",
        "  rankdir=LR;",
        f"  label={_quote(f'Fact #{fact.id}: {fact.statement} — {assessment.summary()}')};",
        "  labelloc=t;",
    ]
    for source_id, (name, role) in sorted(nodes.items()):
        bold = ", penwidth=3" if name in shared else ""
        lines.append(f"  s{source_id} [label={_quote(f'{name} ({role.value})')}, {ROLE_STYLE[role]}{bold}];")
    for (first, second), claims in sorted(edges.items()):
        lines.append(f"  s{first} -> s{second} [label={_quote(', '.join(claims))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
