"""Asides between a subject and its verb: "Critics, however, say …", "The actor, through his lawyer,
denied …", "The company, in a statement on Wednesday, denied …", "Officials, speaking privately,
say …". The subject is before the aside. No Qt, no storage.
"""

from __future__ import annotations

import re

# Who speaks for someone: "through a spokesperson", "through his lawyer".
SPEAKS_FOR = (
    r"(?:a|an|the|his|her|their|its)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?"
    r"(?:lawyers?|attorneys?|spokes(?:man|woman|person)|representatives?|agent|publicist|office|aides?)\b"
)
# Where the words were given, between a subject and its verb: "The company, in a statement on
# Wednesday, denied the claims" (the subject is before it; "the claims" is no inverted speaker).
CHANNEL = (
    r"in[\s\u00a0]+(?:a|an|the|its|his|her|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,3}?"
    r"(?:statement|interview|letter|filing|post|speech|e-?mail|memo|tweet|(?:press|news)[\s\u00a0]+release"
    r"|video|message|op-ed|column|address|submission|briefing|update|(?:news|press)[\s\u00a0]+conference)"
    r"(?:[\s\u00a0]+[^,;:«»“”\"]{1,60})?"
)
# A channel, or who passed the words on, as the whole clause before a verb: "In an interview with X,
# Y explains …", « Selon le procureur, le suspect a avoué » (no content before the verb).
CHANNEL_ONLY = re.compile(
    rf"{CHANNEL}|(?:selon|d['’]après|according[\s\u00a0]+to)[\s\u00a0][^,]+", re.IGNORECASE
)
# An aside between a subject and its verb: "Landlords, for their part, argue …".
ASIDE_BEFORE = re.compile(
    r",[\s\u00a0]*(?:however|meanwhile|though|too|also|in[\s\u00a0]+turn|for[\s\u00a0]+(?:their|his|her|its|our|my)"
    r"[\s\u00a0]+part|on[\s\u00a0]+the[\s\u00a0]+other[\s\u00a0]+hand|by[\s\u00a0]+contrast|in[\s\u00a0]+contrast|for[\s\u00a0]+now"
    r"|so[\s\u00a0]+far|instead|in[\s\u00a0]+any[\s\u00a0]+case|of[\s\u00a0]+course"
    # who spoke for the subject: "The actor, through his lawyer, denied …"
    r"|through[\s\u00a0]+" + SPEAKS_FOR + r"|" + CHANNEL + r")[\s\u00a0]*,[\s\u00a0]*$"
    # a channel with its opening comma only: "Yiannis Economou, in an interview with Skai TV on Saturday promised"
    r"|,[\s\u00a0]*" + CHANNEL + r"[\s\u00a0]*$",
    re.IGNORECASE,
)
# Where the words were given, right before the verb, with one comma or none: "Yiannis Economou, in
# an interview with Skai TV on Saturday promised …" (to find the subject; ASIDE_BEFORE keeps the
# comma, since "said in a statement posted …" opens no aside).
CHANNEL_BEFORE_VERB = re.compile(
    r"(?:,[\s\u00a0]*|[\s\u00a0]+)" + CHANNEL + r"[\s\u00a0]*,?[\s\u00a0]*$", re.IGNORECASE
)
# Between a subject and its verb, who they are, what they were asked or how they spoke: "Tenants'
# groups, who campaigned for it, now argue …", "Officials, speaking privately, say …" (only to find the
# subject before the verb: in "…, the man, who lives nearby, said." the words before are the content).
ASIDE_OF_SUBJECT = re.compile(
    r",[\s\u00a0]*(?:(?:who|which|asked|questioned|pressed)\b[^,;:«»“”\"]{1,80}"
    r"|(?:speaking|talking)[\s\u00a0]+(?:privately|publicly|anonymously|off[\s\u00a0]+the[\s\u00a0]+record"
    r"|on[\s\u00a0]+(?:condition[\s\u00a0]+of[\s\u00a0]+anonymity|background)))[\s\u00a0]*,[\s\u00a0]*$",
    re.IGNORECASE,
)
