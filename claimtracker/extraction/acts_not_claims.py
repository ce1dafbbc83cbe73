"""Objects that make a reporting verb an act, not a claim: "added 0.3 points to inflation" (a sum),
"denied him bail" (a right refused), « a condamné X à deux ans de prison » (a sentence), « a reconnu
l'état de catastrophe naturelle » (a status granted), « revendiquent une hausse des salaires » (a
demand), « conteste la décision en justice » (a challenge). No Qt, no storage.
"""

from __future__ import annotations

import re

# "when they add the free Vantage option to their account": a thing put with another
_ADDED_TO = re.compile(
    r"(?:the|a|an|their|his|her|its|our|my|your|some|this|these|those)\b[^,;:.\"“”«»]{0,60}?"
    r"[\s\u00a0]to[\s\u00a0]+(?:the|their|his|her|its|our|my|your|a|an|this|that)\b",
    re.IGNORECASE,
)
# A quantity added: "added 0.3 percentage points", "added another 2,000 jobs".
_A_QUANTITY = re.compile(
    r"(?:about|around|nearly|almost|some|more[\s\u00a0]+than|another|an[\s\u00a0]+extra|a[\s\u00a0]+further)?[\s\u00a0]*"
    r"(?:[$£€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b"
    r"|an?[\s\u00a0]+(?:million|billion|thousand|hundred|percentage|point|dozen|further|extra|new)\b)",
    re.IGNORECASE,
)
# A court's sentence, after « condamner »: « à deux ans de prison », « à verser 5 000 euros ».
_SENTENCED = re.compile(
    r"\bà[\s\u00a0]+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|la[\s\u00a0]+"
    r"(?:prison|réclusion|perpétuité)|verser|payer|rembourser)",
    re.IGNORECASE,
)

# A right refused, after "deny": "denied access to …", "denied him bail" (an act, no claim denied).
_A_RIGHT_REFUSED = re.compile(
    r"(?:(?:him|her|them|us|me|it)[\s\u00a0]+)?(?:access|entry|bail|permission|parole|asylum|admission|visas?"
    r"|a[\s\u00a0]+visa|boarding)\b",
    re.IGNORECASE,
)

# What someone said or counted, disputed: « ces chiffres », « cette version des faits », « les accusations ».
_WHAT_WAS_SAID = re.compile(
    r"(?:(?:les|ces|cette|ce|cet|la|le|l['’]|leurs?|ses|sa|son)[\s\u00a0]*)(?:[\w-]+[\s\u00a0]+)?(?:chiffres?|version"
    r"|bilan|affirmations?|accusations?|allégations?|propos|informations?|résultats?|estimations?|données)\b",
    re.IGNORECASE,
)

# A count claimed: « plus de 100 000 manifestants », « « plus d'un million » de », « une participation ».
_A_COUNT = re.compile(
    r"(?:«[\s\u00a0]*)?(?:(?:plus|près|moins|environ|quelque|au[\s\u00a0]+moins)[\s\u00a0]+(?:de[\s\u00a0]+|d['’])?)?"
    r"(?:\d|un[\s\u00a0]+million|des[\s\u00a0]+(?:milliers|centaines|dizaines)|une[\s\u00a0]+participation|un[\s\u00a0]+taux)",
    re.IGNORECASE,
)

# A status granted by an authority, after « reconnaître »: an act, nothing admitted.
_A_STATUS = re.compile(r"l['’]état[\s\u00a0]+de[\s\u00a0]+catastrophe[\s\u00a0]+naturelle\b", re.IGNORECASE)

# The news itself, revealed: « qui a révélé l'affaire », "the paper that revealed the scandal".
_THE_NEWS = re.compile(
    r"(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+|cette[\s\u00a0]+|the[\s\u00a0]+|this[\s\u00a0]+)"
    r"(?:information|affaire|scandale|nouvelle|news|story|scandal|affair)\b",
    re.IGNORECASE,
)


def an_act_not_a_claim(text: str, lemma: str, rest: tuple[int, int]) -> bool:
    """Whether the object `rest` of a verb of `lemma` makes it an act rather than a claim."""
    if lemma == "charge":  # "charged him with murder", "charged the battery": only "charged that …" claims
        return True
    if lemma == "add":  # "the disruption has added 0.3 percentage points to inflation": a sum
        return bool(_A_QUANTITY.match(text, *rest) or _ADDED_TO.match(text, *rest))
    if lemma == "contester":  # « conteste la décision en justice » (not « contestent ces chiffres »)
        return not _WHAT_WAS_SAID.match(text, *rest)
    if lemma == "revendiquer":  # « revendiquent une hausse » (not « revendiquent 100 000 manifestants »)
        return not _A_COUNT.match(text, *rest)
    if lemma in ("révéler", "reveal"):
        return bool(_THE_NEWS.match(text, *rest))
    if lemma == "reconnaître":
        return bool(_A_STATUS.match(text, *rest))
    if lemma == "deny":  # "it has denied access to a number of people"
        return bool(_A_RIGHT_REFUSED.match(text, *rest))
    return lemma == "condamner" and bool(_SENTENCED.search(text, *rest))
