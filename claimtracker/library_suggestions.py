"""Attribution suggestions in the application layer: proposed, taken as claims, rejected.

Part of the Library (mixed into it): the rules run once per version of an article; rejecting
is one transaction, logged, and undone by unrejecting. No SQL here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import AttributionChain, Claim, Role, SourceRef
from claimtracker.domain.sources import normalise_name
from claimtracker.extraction.attributions import Suggestion, suggest
from claimtracker.storage import suggestions_repo

if TYPE_CHECKING:
    from claimtracker.library import Library


class SuggestionsMixin:
    def suggestions(self: Library, article: Article) -> list[Suggestion]:
        """Attributions proposed in the article, less those already claimed or rejected.

        The rules run once per version of the article's text, date and language (any thread);
        what was claimed or rejected since is taken off each time, which costs two queries."""
        key = _suggestion_key(article)
        found = self._suggestion_cache.get(key)
        if found is None:
            found = suggest(article.body, article.language or "fr", article.published)
            self._suggestion_cache[key] = found
        with self.db.reading() as s:
            rejected = suggestions_repo.rejected_spans(s, article.id)  # type: ignore[arg-type]
            claimed = suggestions_repo.claimed_spans(s, article.id)  # type: ignore[arg-type]
        return [
            f
            for f in found
            if (f.content.start, f.content.end) not in rejected
            and not any(
                min(end, f.content.end) - max(start, f.content.start) > 0.5 * len(f.content)
                for start, end in claimed
            )
        ]

    def suggestions_ready(self: Library, article: Article) -> bool:
        """Whether `suggestions(article)` answers at once (the rules already ran on this version)."""
        return _suggestion_key(article) in self._suggestion_cache

    def claim_from_suggestion(self: Library, article: Article, suggestion: Suggestion) -> Claim:
        """The claim a suggestion proposes, ready for the analyst's editor or for saving as is."""
        texts = suggestion.texts(article.body)
        links = [SourceRef(suggestion.source_name(article.body), role=Role.ORIGIN)]
        if texts["intermediary"]:
            links.append(SourceRef(texts["intermediary"], role=Role.INTERMEDIARY))
        if article.outlet and normalise_name(article.outlet) not in {
            normalise_name(link.name) for link in links
        }:
            links.append(SourceRef(article.outlet, article.outlet_id, Role.PUBLISHER))  # where it was read
        return Claim.from_span(
            article.id,  # type: ignore[arg-type]
            article.body,
            suggestion.content,
            AttributionChain(tuple(links)),
            cue=texts["cue"] or "",
            claim_date=suggestion.claim_date,
            note=f"from suggestion: {suggestion.rule}",
        )

    def reject_suggestion(self: Library, article_id: int, suggestion: Suggestion) -> None:
        with self.db.transaction() as s:
            suggestions_repo.reject(
                s, article_id, suggestion.content.start, suggestion.content.end, suggestion.rule, self.analyst
            )
            self._log(s, "article", article_id, "reject", None, f"suggestion by {suggestion.rule}")
        self._articles_changed({article_id})

    def unreject_suggestion(self: Library, article_id: int, suggestion: Suggestion) -> None:
        with self.db.transaction() as s:
            suggestions_repo.unreject(s, article_id, suggestion.content.start, suggestion.content.end)
            self._log(s, "article", article_id, "unreject", None, f"suggestion by {suggestion.rule}")
        self._articles_changed({article_id})


def _suggestion_key(article: Article) -> tuple:
    """What the suggestions of an article depend on: its text, language and publication date."""
    return (article.id, article.content_hash, article.language, article.published)
