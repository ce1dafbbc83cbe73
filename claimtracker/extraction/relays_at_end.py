"""A relay named at the end of a sentence, after its speaker and verb: "…, the minister said,
according to Reuters.", "…, Lopez said, per a pool report", "…, state media reported on Monday.",
« …, rapporte Le Figaro. ». Regex only; no Qt, no storage.
"""

from __future__ import annotations

import re

# "…, the minister said according to Reuters.": a relay after the verb with no comma before it,
# where nothing after the verb can be what was said.
ACCORDING_AT_END = re.compile(
    r"[\s\u00a0]+(?:selon|d['’]après|according[\s\u00a0]+to)[\s\u00a0]+(?P<by>[^,.;]{2,80}?)[\s\u00a0]*[.]?[\s\u00a0]*$",
    re.IGNORECASE,
)
# The relay that ends a sentence after a comma: "…, according to X", "…, as quoted by X", "…, X
# reported", "…, state media reported on Monday", « …, rapporte Le Figaro. ».
RELAYED_BY = re.compile(
    r",[ \u00a0](?:(?:selon|d[’']après|according to|(?:as[ \u00a0])?(?:quoted|reported|cited)[ \u00a0]by"
    # "…, Lopez said, per Reuters", "per a pool report" (not "per the agreement": a term of it)
    r"|per(?=[ \u00a0](?:(?:the|a)[ \u00a0])?(?:(?-i:[A-Z])|[\w-]+(?:[ \u00a0][\w-]+)?[ \u00a0]reports?\b)))"
    r"[ \u00a0](?P<by>[^,.;]{2,80}?)"  # "…, the mayor said, as quoted by the local newspaper."
    r"|(?P<by_en>(?:a|an|the)[ \u00a0][^,.;]{2,80}?|state[ \u00a0](?:media|television|TV|radio))[ \u00a0](?:said|says|reported)"
    # an outlet by its name reports: "…, Reuters reported" (a person by name says, on their own)
    r"|(?P<by_name>(?-i:[A-Z])[\w&.-]*(?:[ \u00a0](?-i:[A-Z])[\w&.-]*){0,3}"
    r"(?:[ \u00a0](?:newspaper|daily|news[ \u00a0]agency|agency|broadcaster|magazine|website))?)"  # "De Tijd newspaper"
    r"[ \u00a0](?:reported|reports)"
    # "…, rapporte Le Figaro.": a French outlet by its name, after its verb
    r"|(?:rapporte|rapportent|révèle|écrit)[ \u00a0](?P<by_fr>(?:le[ \u00a0]|la[ \u00a0]|les[ \u00a0]|l['’])?"
    r"(?:(?:agence|quotidien|journal|hebdomadaire|site|chaîne|radio)[ \u00a0])?"  # « rapporte l'agence Reuters »
    # a title may start with a number: "24 heures", "20 Minutes"
    r"(?:\d{1,2}[ \u00a0](?:heures|minutes|Minutes)|(?-i:[A-ZÀ-Ý])[\w&.-]*(?:[ \u00a0](?-i:[A-ZÀ-Ý])[\w&.-]*){0,3})))"
    # when, after the verb: "…, state media reported on Monday."
    r"(?:[ \u00a0](?:on[ \u00a0])?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce[ \u00a0](?:matin|soir)))?"
    r"[ \u00a0]*[.]?[ \u00a0]*$",  # (the sentence's stop, and the space after it when another follows)
    re.IGNORECASE,
)
