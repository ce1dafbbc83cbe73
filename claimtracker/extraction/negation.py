"""A reporting verb denied or only supposed: nothing was claimed ("did not say", « n'a pas dit »,
"even if the authorities say"). No Qt, no storage.
"""

from __future__ import annotations

import re

# A reporting verb denied: "n'a pas dit", "ne dit pas", "n'a jamais affirmé", "did not say", "has never said",
# "without saying".
_NOT_FR = r"(?:pas|jamais|plus|guère|rien)"
_NEGATED = re.compile(
    rf"(?:\bn['’][\w-]+|\bne[\s\u00a0]+[\w'’-]+)[\s\u00a0]+{_NOT_FR}[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?$"
    r"|\b(?:not|n't|never)[\s\u00a0]+(?:(?:yet|been|publicly|explicitly)[\s\u00a0]+)?$"
    r"|\b(?:without|sans)[\s\u00a0]+$",  # "without saying he was", « sans dire qu'il »
    re.IGNORECASE,
)
_NE_BEFORE = re.compile(r"\b(?:ne[\s\u00a0]+|n['’])$", re.IGNORECASE)
# No one as the subject: « rien ne justifie », « personne n'a dit », « aucun ministre n'a confirmé ».
_NO_ONE_BEFORE = re.compile(
    r"(?<![\w'’])(?:rien|personne|aucune?(?:[\s\u00a0]+[\w'’-]+){1,2})[\s\u00a0]+(?:ne[\s\u00a0]+|n['’])(?:[\w]+[\s\u00a0]+)?$"
    # "Nobody has confirmed", "No official said", "None of the ministers said" (not "No 10 said")
    r"|(?<![\w'’])(?:nobody|no[\s\u00a0-]one|no[\s\u00a0]+(?-i:[a-z])[\w-]+|neither[\s\u00a0]+(?-i:[a-z])[\w-]+"
    r"|none(?:[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+|them|us)?(?:[\w-]+)?)?)[\s\u00a0]+"
    r"(?:(?:has|have|had|was|were|would|will|could|is|are)[\s\u00a0]+)?(?:(?:yet|publicly|officially)[\s\u00a0]+)?$",
    re.IGNORECASE,
)
_PAS_AFTER = re.compile(rf"[\s\u00a0]+{_NOT_FR}\b", re.IGNORECASE)
# « n'a répondu à aucune lettre », « n'a dit à personne », « ne confirme rien »: said to no one, nothing
_NE_AUXILIARY_BEFORE = re.compile(r"\b(?:ne[\s\u00a0]+|n['’])(?:[\w]+[\s\u00a0]+)?$", re.IGNORECASE)
_NONE_AFTER = re.compile(r"[\s\u00a0]+(?:à[\s\u00a0]+)?(?:aucune?|personne|rien)\b", re.IGNORECASE)


def negated(text: str, start: int, verb: int, after: str) -> bool:
    """Whether the verb at `verb` is denied: "did not say", « n'a pas dit », « ne dit pas »."""
    return bool(
        _NEGATED.search(text, max(start, verb - 40), verb)
        or (_NE_BEFORE.search(text, max(start, verb - 4), verb) and _PAS_AFTER.match(after))
        or (_NE_AUXILIARY_BEFORE.search(text, max(start, verb - 12), verb) and _NONE_AFTER.match(after))
        or _NO_ONE_BEFORE.search(text, max(start, verb - 50), verb)
    )


# A report in a condition: "if the authorities say …", « si le ministre dit … ».
_HYPOTHETICAL = re.compile(
    r"(?<![\w'’])(?:if|unless|si)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){1,4}$", re.IGNORECASE
)


def supposed(text: str, start: int, verb: int, verb_group: int) -> bool:
    """Whether the verb group starting at `verb_group` is in a condition: "if the authorities say"."""
    return bool(_HYPOTHETICAL.search(text, max(start, verb - 60), verb_group))
