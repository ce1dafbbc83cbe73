"""Same-fact suggestions in the application layer: find, accept, reject and take back.

Part of the Library (mixed into it): every write is one transaction, logged, and returns what
undoing it needs. No SQL here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimtracker.domain.claims import Role
from claimtracker.domain.facts import Fact, SameFactSuggestion, Stance
from claimtracker.domain.text import one_line
from claimtracker.errors import NotFoundError
from claimtracker.storage import facts_repo, same_fact_repo

if TYPE_CHECKING:
    from claimtracker.library import Library


@dataclass(frozen=True, slots=True)
class AcceptedSuggestion:
    """What accepting a suggestion did, so that undo can take exactly that back."""

    fact_id: int
    claim_id: int  # the claim that was linked
    created_fact: bool  # a new fact was made for the pair (undo deletes it)


class FactSuggestionsMixin:
    def same_fact_suggestions(self: Library, claim_id: int, limit: int = 10) -> list[SameFactSuggestion]:
        """Claims of other articles that may assert the same fact as `claim_id`, best first,
        with their reasons; pairs the analyst rejected and claims already in its fact are left out."""
        # Loaded on first use: the stemmers and fuzzy matching are not needed to open the window.
        from claimtracker.extraction.same_fact import rank
        from claimtracker.extraction.text_features import search_terms

        with self.db.reading() as s:
            found = same_fact_repo.sketches(s, [claim_id])
            if not found:
                raise NotFoundError(f"no claim with id {claim_id}")
            query = found[0]
            sources = [link.source_id for link in query.chain if link.role is not Role.PUBLISHER]
            ids = same_fact_repo.candidate_ids(s, claim_id, search_terms(query.text, query.language), sources)
            candidates = same_fact_repo.sketches(s, ids)
        return rank(query, candidates, limit)

    def accept_same_fact(self: Library, claim_id: int, suggestion: SameFactSuggestion) -> AcceptedSuggestion:
        """Put the suggested claim and `claim_id` in one fact, with the suggestion's stance.

        Into the claim's fact if it has one, else into the other claim's fact, else a new fact
        in the words of `claim_id`."""
        with self.db.transaction() as s:
            mine = [f for f, _statement, _stance in facts_repo.facts_of_claim(s, claim_id)]
            theirs = [f for f, _statement, _stance in facts_repo.facts_of_claim(s, suggestion.claim_id)]
            created = False
            if mine:
                fact_id, linked, stance = mine[0], suggestion.claim_id, suggestion.stance
            elif theirs:
                fact_id, linked, stance = theirs[0], claim_id, suggestion.stance
            else:
                statement = facts_repo.claim_text(s, claim_id)
                fact = facts_repo.add_fact(s, Fact(one_line(statement, 300)))
                fact_id, linked, stance, created = fact.id, suggestion.claim_id, suggestion.stance, True  # type: ignore[assignment]
                facts_repo.link_claim(s, fact_id, claim_id, Stance.SUPPORTS, self.analyst)
                self._log(s, "fact", fact_id, "create", fact.version, one_line(fact.statement, 80))
            why = "suggested: " + "; ".join(suggestion.reasons)
            facts_repo.link_claim(s, fact_id, linked, stance, self.analyst, one_line(why, 300))
            self._log(
                s, "fact", fact_id, "link", None, f"claim #{linked} {stance.value}: {one_line(why, 120)}"
            )
        self._claims_changed({claim_id, suggestion.claim_id})
        return AcceptedSuggestion(fact_id, linked, created)

    def undo_accept_same_fact(self: Library, accepted: AcceptedSuggestion) -> None:
        if accepted.created_fact:
            self.delete_fact(accepted.fact_id)
        else:
            self.unlink_claim(accepted.fact_id, accepted.claim_id)

    def reject_same_fact(self: Library, claim_id: int, other_claim_id: int) -> None:
        """The analyst says the two claims are not the same fact: never suggested together again."""
        with self.db.transaction() as s:
            same_fact_repo.reject(s, claim_id, other_claim_id, self.analyst)
            self._log(s, "claim", claim_id, "not same", None, f"not the same fact as claim #{other_claim_id}")
        self._claims_changed({claim_id, other_claim_id})

    def unreject_same_fact(self: Library, claim_id: int, other_claim_id: int) -> None:
        with self.db.transaction() as s:
            same_fact_repo.unreject(s, claim_id, other_claim_id)
            self._log(
                s, "claim", claim_id, "same again", None, f"may be the same fact as claim #{other_claim_id}"
            )
        self._claims_changed({claim_id, other_claim_id})
