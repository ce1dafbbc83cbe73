"""What opens a reported clause: "que", "qu'", "that" (never the "que" of « alors que », the pronoun
"that" of "I said that too", nor the relative "that" of "an interview that aired"). No Qt, no storage.
"""

from __future__ import annotations

import re

# "que", "qu'", "that": what opens a reported clause.
# Never the "que" of a conjunction ("alors que", "bien que") nor the "that" of "so that", "now that".
_CONJUNCTION_BEFORE = "".join(
    rf"(?<!\b{word} )"
    for word in "alors tandis bien parce avant après pendant sans pour afin dès même ainsi so now given except such".split()
)
# Nor the pronoun "that": "He says that about everyone", "I said that too."
# "that" as a pronoun: "explained that.", "explaining that, and I never got an answer" (not "said
# that, if elected, …").
_THAT_PRONOUN_AFTER = (
    r"(?![\s\u00a0]*(?:[.;!?]|,[\s\u00a0]*(?:and|but|or|so|yes|no|too|though)\b"
    # a determiner before a last noun: "disputes that account."
    r"|[\s\u00a0]+[\w'’-]+[\s\u00a0]*(?:[.;!?]|$)"
    # (not "said that about 60 flights …": a figure)
    r"|about\b(?![\s\u00a0]+(?:\d|(?:a[\s\u00a0]+(?:third|quarter|fifth|tenth|dozen|hundred|thousand|million|billion)"
    r"|half|one|two|three|four|five|six|seven|eight|nine|ten)\b))"
    r"|(?:again|too|myself|himself|herself|themselves)\b"  # "said that in 2023 too", "said that to El País, …"
    r"|(?:in|on|at|during|last|before|after)[\s\u00a0]+[\w'’-]+(?:[\s\u00a0]+(?:too|again|either|already))?[\s\u00a0]*(?:[.;!?]|,?[\s\u00a0]*[”\"»]|$)"
    r"|to[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z])[\w'’-]*(?:[\s\u00a0]+(?-i:[A-Z])[\w'’-]*)*"
    r"(?:[\s\u00a0]+(?:last|this|on|in)[\s\u00a0]+\w+)?(?=[\s\u00a0]*[,.;])))"
)
# Nor the "that" of a relative after a channel: "told the network in an interview that aired Sunday that".
_THAT_OF_A_RELATIVE = (
    r"(?!(?:(?<=interview that)|(?<=statement that)|(?<=video that)|(?<=speech that)|(?<=letter that)|(?<=post that))"
    r"[\s\u00a0]+(?:aired|was|were|appeared|ran|published|broadcast|went|is|has|had)\b)"
)
COMPLEMENTISER = re.compile(
    rf"(?<![\w'’]){_CONJUNCTION_BEFORE}(?:que(?!\w)|qu['’]|that(?![\w'’]){_THAT_PRONOUN_AFTER}{_THAT_OF_A_RELATIVE})",
    re.IGNORECASE,
)
