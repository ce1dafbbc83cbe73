"""Where a verb group starts, before its auxiliary, its adverbs and its clitics: "a également
indiqué", "has also said", "I've said", « se dit », « Nous vous avons dit ». No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.reporting_words import AUXILIARIES_EN, AUXILIARIES_FR

# How far before a verb its auxiliaries and adverbs can reach ("n'a de son côté pas encore
# indiqué"): the verb group is looked for there, not over the whole sentence.
VERB_GROUP_REACH = 120


def auxiliary_start(text: str, start: int, cue_start: int, language: str) -> int:
    """Where the verb group starts: "a également indiqué" → before "a"; "has also said" → "has"."""
    pattern = AUXILIARIES_FR if language == "fr" else AUXILIARIES_EN
    found = pattern.search(text, max(start, cue_start - VERB_GROUP_REACH), cue_start)
    verb_start = found.start() + (1 if text[found.start()].isspace() else 0) if found else cue_start
    if (
        language == "fr"
        and found is None
        and (clitic := REFLEXIVE_BEFORE.search(text, max(start, cue_start - 4), cue_start))
    ):
        return clitic.start()  # « se dit « soulagée » »: the reflexive pronoun is part of the verb group
    if language == "en" and (contracted := _CONTRACTED.search(text, max(start, verb_start - 6), verb_start)):
        return contracted.start()  # "I've said", "we'd told": the auxiliary is part of the verb group
    if language == "fr" and (subject := _WE_HAVE.match(text, verb_start, cue_start)):
        return subject.end()  # « Nous avons dit », « Nous vous avons dit »: « nous » is the subject
    return verb_start


def bare_participle(match: re.Match, verb_start: int, language: str) -> bool:
    """Whether the cue is a French participle that agrees, with no auxiliary: « confirmée par une
    source » qualifies a noun and reports nothing itself."""
    return (
        language == "fr"
        and verb_start == match.start()
        and match.group("verb").lower().endswith(("ée", "ées", "és"))
    )


# The reflexive pronoun just before a verb: « se dit », « s'est dite ».
REFLEXIVE_BEFORE = re.compile(r"(?<![\w'’])(?:se[\s\u00a0]+|s['’])$", re.IGNORECASE)
# « nous » before « avons », « vous » before « avez »: the subject of the auxiliary, not a clitic.
_WE_HAVE = re.compile(
    r"(?:nous[\s\u00a0]+(?=(?:vous[\s\u00a0]+|l['’]|les[\s\u00a0]+|lui[\s\u00a0]+|leur[\s\u00a0]+)?avons\b)"
    r"|vous[\s\u00a0]+(?=(?:nous[\s\u00a0]+|l['’]|les[\s\u00a0]+|lui[\s\u00a0]+|leur[\s\u00a0]+)?avez\b))",
    re.IGNORECASE,
)


_CONTRACTED = re.compile(
    r"(?:(?<=\w)['’](?:ve|d|ll|m|re)|(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit))['’]s)[\s\u00a0]*$", re.IGNORECASE
)  # "I've said", "she's saying" (a pronoun's "'s", never a possessive before a verb)


# A subject pronoun inverted into the verb group: « a-t-on confirmé », « confirme-t-on », « dit-elle ».
INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?P<pronoun>il|elle|ils|elles|on)\b", re.IGNORECASE)
