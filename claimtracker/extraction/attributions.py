"""Suggested attributions in French and English news text: who said what, through whom, when.

Rule-based: each rule is a pattern of reporting phrases that journalists use in both languages
("X a déclaré à Y que…", "« … », a-t-il déclaré", "selon X, …", "X told Y that…", "…, X said",
"according to X, …"). Every suggestion names the rule that made it, so the analyst can judge it;
nothing is stored until the analyst accepts it. No Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtracker.domain.claims import Span
from claimtracker.domain.dates import ClaimDate
from claimtracker.extraction.dates import resolve_date
from claimtracker.extraction.sentences import sentence_spans

_FR_VERBS = (
    r"déclaré|affirmé|annoncé|noté|indiqué|ajouté|souligné|confirmé|rapporté|dit|assuré|estimé|précisé|"
    r"expliqué|rétorqué|révélé|mis en avant|démenti|prévenu|reconnu|averti|accusé|expliqué"
)
_FR_PRESENT = (
    r"déclare|affirme|annonce|indique|ajoute|souligne|confirme|rapporte|révèle|estime|précise|dit|accuse"
)
_EN_VERBS = (
    r"said|told|says|tells|reported|reports|revealed|stated|announced|added|confirmed|claimed|warned|noted|"
    r"explained|insisted|acknowledged|denied"
)
_Q_OPEN = '«“"'
_Q_CLOSE = '»”"'
_SPACE = r"[ \u00a0]"


@dataclass(frozen=True, slots=True)
class Suggestion:
    cue: Span
    speaker: Span
    content: Span
    intermediary: Span | None
    claim_date: ClaimDate
    date_wording: str
    confidence: float
    rule: str
    language: str
    speaker_name: Span | None = None  # the named speaker a pronoun speaker ("il", "she") refers to

    def texts(self, body: str) -> dict[str, str | None]:
        return {
            "cue": body[self.cue.start : self.cue.end],
            "speaker": body[self.speaker.start : self.speaker.end],
            "content": body[self.content.start : self.content.end],
            "intermediary": body[self.intermediary.start : self.intermediary.end]
            if self.intermediary
            else None,
        }


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    language: str
    pattern: re.Pattern[str]
    confidence: float


def _rule(name: str, language: str, pattern: str, confidence: float) -> _Rule:
    return _Rule(name, language, re.compile(pattern, re.IGNORECASE | re.DOTALL), confidence)


# Named groups: speaker, cue, inter (intermediary), content. Speakers are noun phrases without a
# sentence boundary; contents run to the end of the clause or the closing quote.
_NP = r"[^.;:?!«»“”]{2,160}?"
_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
_WHEN = rf"(?:{_SPACE}(?:{_DAYS})(?:{_SPACE}(?:soir|matin))?)?"
_WHEN2 = _WHEN  # a day may come before or after "à Reuters"
RULES: tuple[_Rule, ...] = (
    # Français
    _rule(
        "fr: X a déclaré (à Y) (lundi) que …",
        "fr",
        rf"(?P<speaker>{_NP}){_SPACE}(?P<cue>(?:lui{_SPACE})?(?:a|ont){_SPACE}(?:{_FR_VERBS})"
        rf"{_WHEN}(?:{_SPACE}(?:à|a){_SPACE}(?P<inter>[^,]{{2,60}}?))?{_WHEN2}"
        rf"(?:,{_SPACE}par{_SPACE}l[’']intermédiaire{_SPACE}d(?:e|u|es){_SPACE}(?P<via>[^,]{{2,80}}),|,[^,]{{0,80}},)?"
        rf"(?:{_SPACE}(?:dans|lors|devant){_SPACE}[^,.;:]{{2,40}}?)?"
        rf"(?:{_SPACE}que|{_SPACE}qu[’']|{_SPACE}?:))"
        rf"{_SPACE}?(?P<content>[^;]+?)(?=\.(?:\s|$)|;|$)",
        0.8,
    ),
    _rule(
        "fr: X a annoncé la …",
        "fr",
        rf"(?P<speaker>{_NP}){_SPACE}(?P<cue>(?:a|ont){_SPACE}(?:annoncé|révélé|démenti|confirmé|dénoncé))"
        rf"{_SPACE}(?P<content>(?:la|le|les|l[’']|son|sa|ses|leur|leurs|un|une|des){_SPACE}?[^;]+?)(?=\.(?:\s|$)|;|$)",
        0.6,
    ),
    _rule(
        "fr: X a raconté avoir …",
        "fr",
        rf"(?P<speaker>{_NP}){_SPACE}(?P<cue>(?:a|ont){_SPACE}(?:raconté|affirmé|assuré|dit|déclaré|reconnu|nié|expliqué))"
        rf"{_SPACE}(?P<content>(?:avoir|être|ne{_SPACE}pas|n[’']avoir){_SPACE}[^;]+?)(?=\.(?:\s|$)|;|$)",
        0.6,
    ),
    _rule(
        "fr: X révèle que …",
        "fr",
        rf"(?P<speaker>{_NP}){_SPACE}(?P<cue>(?:{_FR_PRESENT}){_SPACE}(?:que|qu[’']))"
        rf"{_SPACE}?(?P<content>[^;]+?)(?=\.(?:\s|$)|;|$)",
        0.7,
    ),
    _rule(
        "fr: Soulignant que …, X",
        "fr",
        rf"(?P<cue>(?:soulignant|affirmant|estimant|déclarant|rappelant|expliquant|assurant|indiquant)"
        rf"{_SPACE}(?:que|qu[’'])){_SPACE}?(?P<content>[^;]{{10,}}?),{_SPACE}(?P<speaker>[A-ZÉÈÀ][^,;.]{{1,60}}?)"
        rf"(?={_SPACE}(?:s[’']|a{_SPACE}|ont{_SPACE}|est{_SPACE}|était{_SPACE}|l[’']a|lui{_SPACE}))",
        0.6,
    ),
    _rule(
        "fr: « … », a déclaré X (à Y)",
        "fr",
        rf"[{_Q_OPEN}]{_SPACE}?(?P<content>[^{_Q_CLOSE}]{{10,}}?){_SPACE}?[{_Q_CLOSE}]{_SPACE}?,{_SPACE}"
        rf"(?P<cue>(?:a|ont){_SPACE}(?:{_FR_VERBS})|(?:a|ont)-t-(?P<pronoun>il|elle|ils|elles){_SPACE}(?:{_FR_VERBS})"
        rf"|(?:{_FR_PRESENT}))(?:{_SPACE}(?P<speaker>[^.,]{{2,80}}?))?(?:{_SPACE}à{_SPACE}(?P<inter>[^.,]{{2,60}}?))?(?=[.,])",
        0.85,
    ),
    _rule(
        "fr: selon X, …",
        "fr",
        rf"(?P<cue>(?:selon(?!{_SPACE}(?:lequel|laquelle|lesquels|lesquelles)\b)|d[’']après|sur la base de)){_SPACE}"
        rf"(?P<speaker>[^,]{{2,160}}?),{_SPACE}(?P<content>[^.;]+)",
        0.7,
    ),
    _rule(
        "fr: …, selon X.",
        "fr",
        rf"(?P<content>[^.;,]{{15,}}?),{_SPACE}(?P<cue>selon(?!{_SPACE}(?:lequel|laquelle|lesquels|lesquelles)\b)"
        rf"|d[’']après|comme l[’']a annoncé){_SPACE}"
        rf"(?P<speaker>[^.;,]{{2,120}}?)(?=[.;]|$)",
        0.55,
    ),
    # English
    _rule(
        "en: X told Y that …",
        "en",
        rf"(?P<speaker>{_NP}){_SPACE}(?P<cue>told|said to){_SPACE}(?P<inter>(?:the{_SPACE})?(?-i:[A-Z][\w.&'-]*"
        rf"(?:{_SPACE}[A-Z][\w.&'-]*){{0,4}}))(?:{_SPACE}on{_SPACE}\w+(?:{_SPACE}\d{{1,2}})?)?{_SPACE}"
        rf"(?:that{_SPACE})?(?P<content>[^.;]+)",
        0.8,
    ),
    _rule(
        "en: …, X told Y.",
        "en",
        rf"(?P<content>[^.;]{{15,}}?),{_SPACE}(?P<speaker>[^.;,]{{2,120}}?){_SPACE}(?P<cue>told){_SPACE}"
        rf"(?P<inter>[A-Z][\w.&' -]{{1,40}}?)(?=\.)",
        0.85,
    ),
    _rule(
        "en: “…,” said X",
        "en",
        rf"[“\"](?P<content>[^”\"]{{10,}}?),?[”\"]{_SPACE}(?P<cue>said|says|added){_SPACE}(?P<speaker>[^.]{{2,120}}?)(?=\.)",
        0.85,
    ),
    _rule(
        "en: “…,” X said",
        "en",
        rf"[“\"](?P<content>[^”\"]{{10,}}?),?[”\"]{_SPACE}(?P<speaker>[^.,“”\"]{{2,80}}?){_SPACE}"
        rf"(?P<cue>said|says|added|told{_SPACE}(?P<inter>[^.,]{{2,40}}))(?=\.)",
        0.85,
    ),
    _rule(
        "en: …, X said.",
        "en",
        rf"(?P<content>[^.;]{{15,}}?),{_SPACE}(?P<speaker>[^.;,]{{2,80}}?){_SPACE}(?P<cue>said|says|reported|added)(?=\.)",
        0.75,
    ),
    _rule(
        "en: X said (that) …",
        "en",
        rf"(?P<speaker>{_NP}){_SPACE}(?P<cue>(?:{_EN_VERBS})(?:{_SPACE}last{_SPACE}week)?){_SPACE}(?:that{_SPACE})?"
        rf"(?P<content>[^.;]{{15,}})",
        0.6,
    ),
    _rule(
        "en: Noting that …, X",
        "en",
        rf"(?P<cue>(?:noting|saying|adding|insisting|stressing|claiming){_SPACE}that){_SPACE}(?P<content>[^;]{{10,}}?),"
        rf"{_SPACE}(?P<speaker>[A-Z][^,;.]{{1,60}}?)(?={_SPACE}(?:has|had|was|is|said|told|added|\w+ed){_SPACE})",
        0.6,
    ),
    _rule(
        "en: according to X, …",
        "en",
        rf"(?P<cue>according to){_SPACE}(?P<speaker>[^,]{{2,200}}?),{_SPACE}(?P<content>[^.;]+)",
        0.75,
    ),
    _rule(
        "en: …, according to X.",
        "en",
        rf"(?P<content>[^.;]{{15,}}?),{_SPACE}(?P<cue>according to){_SPACE}(?P<speaker>[^.;]{{2,200}}?)(?=\.)",
        0.75,
    ),
)

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[»”\"]?|$)|[^\n]+", re.MULTILINE)
_LEADING = re.compile(
    r"^(?:\s|aussi,|et|de même,|en outre,|de plus,|a son tour,|à son tour,|alors que [^,]+,|lorsqu[’']on [^,]+,|"
    r"après quoi|after the meeting,|as [^,]+,|mais|but)+",
    re.IGNORECASE,
)
_RELAYED_BY = re.compile(
    rf",{_SPACE}(?:(?:selon|d[’']après|according to){_SPACE}(?P<by>[^,.;]{{2,80}}?)"
    rf"|(?P<by_en>(?:a|an|the){_SPACE}[^,.;]{{2,80}}?){_SPACE}(?:said|says|reported))[ \u00a0]*[.]?$",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s(?:soir|matin|dernier))?|hier|"
    r"last week|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"on (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\b",
    re.IGNORECASE,
)


def suggest(text: str, language: str, published: ClaimDate | None = None) -> list[Suggestion]:
    """Attributions found in `text`, in reading order; the language picks the rules ('fr', 'en').

    Every rule is tried on every sentence; where two rules claim the same content, the more
    confident one is kept. An attribution inside another ("the report says officials said …")
    has a much shorter content and is kept beside it.
    """
    rules = [r for r in RULES if r.language == language] or list(RULES)
    candidates: list[Suggestion] = []
    for start, end in sentence_spans(text):
        for rule in rules:
            for match in rule.pattern.finditer(text, start, end):
                if not match.group("content") or not (
                    match.group("speaker") or match.groupdict().get("pronoun")
                ):
                    continue
                suggestion = _suggestion(text, match, rule, start, end, published)
                if suggestion is not None:
                    candidates.append(suggestion)
    kept: list[Suggestion] = []
    # A reading that also found who passed the claim on explains more of the sentence: it goes first.
    for candidate in sorted(candidates, key=lambda s: -(s.confidence + (0.2 if s.intermediary else 0))):
        if not any(_same(candidate, other) for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda s: s.content.start)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",«“\"'" + "\u00a0"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ',.»”"' + "\u00a0"):
        end -= 1
    return start, end


_DATELINE_DASH = re.compile(r"^.*\s[–—-]\s", re.DOTALL)
_LAST_CLAUSE = re.compile(
    r",\s+(?P<np>(?:des|les|le|la|l[’']|un|une|deux|trois|plusieurs|certains|the|a|an|two|three|several|some)\s[^,]+)$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",?\s+(?:qui|who)$", re.IGNORECASE)
_ANTECEDENT = re.compile(r".*\b(?:par|by)\s+", re.IGNORECASE | re.DOTALL)


def _speaker_span(text: str, match: re.Match, sentence_start: int) -> tuple[int, int]:
    if not match.group("speaker") and match.groupdict().get("pronoun"):
        return match.span("pronoun")  # "a-t-il déclaré": the speaker is the pronoun
    start, end = match.span("speaker")
    start = max(start, sentence_start)
    leading = _LEADING.match(text[start:end])
    if leading:
        start += leading.end()
    dateline = _DATELINE_DASH.search(text[start:end])
    if dateline:
        # "Iran Focus, Bagdad, le 29 janvier – Des sources …": the speaker starts after the dateline.
        start += dateline.end()
    clause = _LAST_CLAUSE.search(text[start:end])
    if clause:
        # "… en ciblant sa maison, des sources ont déclaré": the speaker is the last noun phrase.
        start += clause.start("np")
    relative = _RELATIVE.search(text[start:end])
    if relative:
        # "… condamnation par le président Joe Biden, qui a annoncé …": the antecedent speaks.
        end = start + relative.start()
        antecedent = _ANTECEDENT.match(text[start:end])
        if antecedent:
            start += antecedent.end()
    return _trimmed(text, start, end)


def _suggestion(
    text: str,
    match: re.Match,
    rule: _Rule,
    sentence_start: int,
    sentence_end: int,
    published: ClaimDate | None,
) -> Suggestion | None:
    speaker = _speaker_span(text, match, sentence_start)
    content = _trimmed(text, *match.span("content"))
    cue = _trimmed(text, *match.span("cue"))
    if speaker[1] - speaker[0] < 2 or content[1] - content[0] < 10 or cue[1] <= cue[0]:
        return None
    inter = None
    for group in ("inter", "via"):
        if match.groupdict().get(group):
            inter_span = _trimmed(text, *match.span(group))
            if inter_span[1] > inter_span[0]:
                inter = Span(*inter_span)
    relayed = _RELAYED_BY.search(text, content[0], content[1] + 2)
    if relayed:
        # "… l’ont menée côte à côte, selon « Asharq Al-Awsat »": who passed it on, not content.
        content = _trimmed(text, content[0], relayed.start())
        inter = Span(*_trimmed(text, *relayed.span("by" if relayed.group("by") else "by_en")))
    date_match = _DATE_WORDS.search(text, sentence_start, sentence_end)
    wording = date_match.group(0) if date_match else ""
    claim_date = resolve_date(wording, published) if wording else ClaimDate.unknown()
    return Suggestion(
        cue=Span(*cue),
        speaker=Span(*speaker),
        content=Span(*content),
        intermediary=inter,
        claim_date=claim_date,
        date_wording=wording,
        confidence=rule.confidence,
        rule=rule.name,
        language=rule.language,
    )


def _same(a: Suggestion, b: Suggestion) -> bool:
    """Two suggestions for (nearly) the same content; a short content inside a long one is not."""
    overlap = min(a.content.end, b.content.end) - max(a.content.start, b.content.start)
    return overlap > 0.6 * max(len(a.content), len(b.content))
