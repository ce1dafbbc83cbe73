"""A speaker's stance, then a colon and their words: « Le maire est formel : « … » », "The mayor was
blunt: "…"", « La sous-préfète s'explique : « … » ». No verb of speech, yet the quotation is theirs:
the subject before the stance speaks, the stance is the cue. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import quoted, trimmed
from claimtracker.extraction.soundness import sound

_STANCES_FR = (
    r"formel(?:le)?s?|catégoriques?|clairs?|claires?|optimistes?|pessimistes?|prudente?s?|inquiète?s?|inquiets"
    r"|confiante?s?|rassurante?s?|lucides?|amère?s?|amers|sceptiques?|directe?s?|franc(?:he)?s?|fermes?"
    r"|convaincue?s?|sereine?s?|philosophes?|laconiques?|fatalistes?|dubitati(?:f|ve)s?|enthousiastes?"
    r"|furieu(?:x|se|ses)|remontée?s?|sévères?|cash|plus[\s\u00a0]+nuancée?s?|moins[\s\u00a0]+optimistes?"
)
_STANCES_EN = (
    r"blunt|clear|adamant|emphatic|optimistic|pessimistic|cautious|upbeat|defiant|unapologetic|direct|frank"
    r"|philosophical|candid|unequivocal|sanguine|sceptical|skeptical|confident|unrepentant|resigned|succinct"
    r"|categorical|firm|more[\s\u00a0]+cautious|less[\s\u00a0]+optimistic"
)
_STANCE = re.compile(
    # « est formel », « se veut rassurant », « reste prudente », "was blunt", "remains upbeat"
    r"(?<![\w'’])(?P<stance>(?:est|était|reste|restait|se[\s\u00a0]+montre|se[\s\u00a0]+montrait|se[\s\u00a0]+veut"
    r"|se[\s\u00a0]+voulait|demeure|semble|sont|restent|se[\s\u00a0]+montrent|se[\s\u00a0]+veulent)"
    r"(?:[\s\u00a0]+(?:pourtant|aussi|plus|très|bien|tout[\s\u00a0]+aussi|assez|toutefois|cependant))?"
    rf"[\s\u00a0]+(?:{_STANCES_FR})"
    # « s'explique », « ne décolère pas », « n'en revient pas », « ne mâche pas ses mots »
    r"|s['’]explique|s['’]expliquent|ne[\s\u00a0]+décolère[\s\u00a0]+pas|n['’]en[\s\u00a0]+revien(?:t|nent)[\s\u00a0]+(?:toujours[\s\u00a0]+|vraiment[\s\u00a0]+)?pas"
    r"|ne[\s\u00a0]+mâche(?:nt)?[\s\u00a0]+pas[\s\u00a0]+(?:ses|leurs)[\s\u00a0]+mots"
    r"|(?:is|was|remains|remained|seemed|sounded|are|were|remain)"
    r"(?:[\s\u00a0]+(?:more|less|very|equally|just[\s\u00a0]+as|still|also|even))?"
    rf"[\s\u00a0]+(?:{_STANCES_EN})"
    r"|(?:did[\s\u00a0]+not|didn['’]t)[\s\u00a0]+mince[\s\u00a0]+(?:his|her|their)[\s\u00a0]+words)"
    r"[\s\u00a0]*:[\s\u00a0]*(?P<quote>[«“\"])",
    re.IGNORECASE,
)
_MIN_WORDS = 3
# A stance of speech, then what was said in a clause: "remained adamant that the plan is here to stay",
# « s'est montré catégorique : … » is read above; « est formel que » is no French.
_STANCE_THAT = re.compile(
    r"(?<![\w'’])(?P<stance>(?:is|was|remains|remained|are|were|remain)(?:[\s\u00a0]+(?:still|also|equally))?"
    r"[\s\u00a0]+(?:adamant|insistent|emphatic|unequivocal|categorical))[\s\u00a0]+that[\s\u00a0]+(?=\w)",
    re.IGNORECASE,
)


def stated_moods(text: str, language: str, start: int, end: int, cues: list[tuple[int, int]]) -> list[Found]:
    """Each stance before a colon and a quotation in the sentence `start`–`end`, with its speaker,
    unless a cue already read stands between the stance and its quotation (« se souvient : »)."""
    found: list[Found] = []
    for stance in _STANCE.finditer(text, start, end):
        if any(cue[1] > stance.start() and cue[0] < stance.end() for cue in cues):
            continue
        speaker = phrases.subject_before(text, start, stance.start("stance"))
        if speaker is None or speaker[1] <= speaker[0]:
            continue
        words = quoted(text, stance.start("quote"), end)
        if len(text[words[0] : words[1]].split()) < _MIN_WORDS:
            continue  # « Le programme est clair : « trois concerts » »: a list, not words
        rule = f"{language}: X est formel : « … »" if language == "fr" else 'en: X was blunt: "…"'
        span = stance.span("stance")
        mood = Found((span[0], span[1]), speaker, words, None, 0.5, rule)
        if sound(text, mood):
            found.append(mood)
    for stance in _STANCE_THAT.finditer(text, start, end) if language == "en" else ():
        speaker = phrases.subject_before(text, start, stance.start("stance"))
        content = trimmed(text, stance.end(), end)
        if (
            speaker is None
            or speaker[1] <= speaker[0]
            or len(text[content[0] : content[1]].split()) < _MIN_WORDS
        ):
            continue
        mood = Found(stance.span("stance"), speaker, content, None, 0.5, "en: X was adamant that …")
        if not any(cue[1] > stance.start() and cue[0] < stance.end() for cue in cues) and sound(text, mood):
            found.append(mood)
    return found
