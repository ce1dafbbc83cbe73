"""Whether a word of speech is a noun or a verb here, by the words around it: "despite reports",
"walked back claims", "media reports" (nouns), "Police say", "some argue" (verbs). Word lists only,
read by `verb_checks`. No Qt, no storage.
"""

from __future__ import annotations

import re

# A finite verb right after a form in -s: the form is a plural noun, that verb's subject.
FINITE_NEXT = re.compile(
    r"[\s\u00a0]+(?:(?-i:[a-z]{2,}ed)|have|are|were|will|would|had|can|could|should|may|might|must|did"
    r"|met|took|made|gave|went|came|won|lost|spent|began|rose|fell|grew|remain|continue|appear|seem|stand|stood"
    # what documents do: "Police reports show the car was stolen"
    r"|show|suggest|indicate|say|claim|reveal|confirm|find|describe|detail|estimate|point)\b"
)

# Things written or recorded, which a past participle after them describes ("a video posted").
WRITINGS = frozenset(
    "statement statements message messages letter letters video videos document documents email emails "
    "note notes comments remarks post posts report reports tweet tweets footage article articles notice notices "
    "bulletin bulletins announcement announcements update updates".split()
)

# Words after which a form in -s is a plural noun: "despite reports", "amid claims", "any such reports".
NOUN_COMES_NEXT = frozenset(
    "despite amid following after about of on over with to from by for against denying dismissing such any "
    "several few other rejected rejecting dismissed denied repeated investigated disputed refuted".split()
)

# Words after which a form in -s is an object or a qualified noun: "walked back claims that …",
# "no immediate reports that …", "unconfirmed reports".
OBJECT_BEFORE = frozenset(
    "back off down aside immediate unconfirmed conflicting recent latest early earlier initial further "
    "separate multiple several numerous widespread credible unverified false untested unproven unfounded "
    "baseless unsubstantiated wild similar his its their our".split()  # no verb right after a possessive
)

# A noun of a list: "the Greek city states and the Phoenicians".
ONE_OF_A_LIST = re.compile(r"[\s\u00a0]+(?:and|or)[\s\u00a0]+(?:the|a|an|other|their|its)\b", re.IGNORECASE)

# Nouns that name a subject as often as they qualify a noun ("media reports", "media said").
MASS_NOUNS = frozenset(["news", "media", "press"])

# A plural head before its complement or contact relative: the verb's plural subject.
PLURAL_HEAD_BEFORE = re.compile(
    # "Health workers in eastern Congo say": one word before the head
    r"(?:^|[,;:]\s*|\b(?:the|many|some|most|other|local)\s+)(?:[A-Za-z-]+\s+)?(?P<head>[A-Za-z]+s)\s+"
    r"(?:close\s+|familiar\s+|loyal\s+|linked\s+)?"
    r"(?:of|in|at|from|for|with|on|to|near|across|around|outside|inside|along|behind)\s+[^,.;:]{1,40}\s$"
    # a contact relative clause: "The professionals I've met say", "Doctors we spoke to say"
    r"|(?:^|[,;:]\s*|\b(?:the|many|some|most|other|local)\s+)(?:[A-Za-z-]+\s+)?(?P<head2>[A-Za-z]+s)\s+(?:(?:I|we|you|they)"
    r"(?:['’]ve|['’]d|\s+have|\s+had)?\s+(?:met|known|seen|spoken\s+to|spoke\s+to|talked\s+to|interviewed|asked|know"
    r"|work\s+with|worked\s+with|work\s+for|spoke\s+with|talked\s+with|deal\s+with|surveyed)"
    # a relative after the plural: "Two officials who've spoken to Reuters on condition of anonymity say"
    r"|who(?:['’]ve|\s+have|\s+had)?\s+\w+(?:\s+[\w'’-]+){0,9})\s$",
    re.IGNORECASE,
)

# Words in -s that are no plural noun.
NOT_PLURAL = frozenset(
    "is was has this its his as us press news less thus always perhaps let's let’s lets".split()
)

# Subjects of a plural verb that do not end in s: "Police say …", "People tell …".
PLURAL_WITHOUT_S = frozenset(
    "police people men women children staff personnel folk folks youth clergy".split()
)

# Determiners that stand alone for people: "some say", "many argue", "others claim that".
PLURAL_PRONOUNS = frozenset("some many others few both all most".split())


# Words after which a form in -ed is an adjective, after a determiner and before a noun: "any known
# confirmed patients", "the first confirmed case" (not "The hospital first reported cases", "The two
# confirmed that …").
_BEFORE_AN_ADJECTIVE = frozenset(
    "known newly probable first second third latest only two three four five nine ten".split()
)
_DETERMINER_OR_NOW = frozenset(
    "the a an this these those its his her their our my your all some any no now are were".split()
)
_NOUN_NEXT = re.compile(
    r"[\s\u00a0]+(?!(?:that|the|a|an|it|this|they|he|she|to|on|in)\b)(?:[\w-]+[\s\u00a0]+)?(?-i:[a-z]+s?)\b"
)


# Adverbs that make a form in -ed before a noun an adjective: "said widely condemned remarks had been …"
_HOW_WIDELY = frozenset("widely roundly universally internationally publicly".split())


def adjective_in_ed(words: list[str], after: str) -> bool:
    """Whether the form in -ed after `words` is an adjective: "the first confirmed case"."""
    if not words or not _NOUN_NEXT.match(after):
        return False
    previous = words[-1].lower()
    return previous in _HOW_WIDELY or (
        len(words) > 1 and previous in _BEFORE_AN_ADJECTIVE and words[-2].lower() in _DETERMINER_OR_NOW
    )


# Only a time after a plural: "the intelligence reports last week," (the noun, not its verb).
ONLY_A_TIME_NEXT = re.compile(
    r"[\s\u00a0]+(?:last|this|earlier)[\s\u00a0]+(?:week|month|year|night)[\s\u00a0]*[,.;]"
)
