"""A quotation, then its speaker and verb: "“…,” said X", "« … », a-t-il déclaré", "“…” the mayor
said", '"…", Wilkins said'; and a quotation split by its speaker ('“Nobody,” she said, “can …”').
"""

from __future__ import annotations

import re

from claimtracker.extraction import appositions, outlets, relayed_by, told_whom
from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.found import Found
from claimtracker.extraction.inverted_speakers import inverted_speaker
from claimtracker.extraction.participles import QUOTED_AS
from claimtracker.extraction.quotations import opening_quote, quoted, trimmed
from claimtracker.extraction.relays_at_end import RELAYED_BY
from claimtracker.extraction.reporting_words import CUE
from claimtracker.extraction.verb_checks import is_reporting_verb, lemma_of
from claimtracker.extraction.verb_groups import auxiliary_start

QUOTE_BEFORE = re.compile(
    # a closing ’ is no apostrophe ("I’m", "the Smiths’ lawyer" finds no opening ‘ and is let go)
    r"(?P<close>[»”\"›]|(?<=[\w.,!?])’(?!\w))[\s\u00a0]*[,.!?]?[\s\u00a0]*(?P<mid>[^«»“”\"‘’\n;:]{0,120}?)[\s\u00a0]*$"
)
_PREPOSITION = re.compile(
    r"(?:à|au|aux|de|du|des|en|sur|dans|pour|par|après|avant|depuis|pendant|lors|to|of|in|on|for|at|from|by|after"
    r"|before|since|during|until|off|near|outside|inside|across|along|with|without"
    r"|between|against|toward|towards|through|into|onto|among|behind|beyond)\b"
)
_DESCRIBED_SPEAKER = re.compile(
    r"(?P<np>[^,]{2,60}?),[\s\u00a0]*(?:who|qui)[\s\u00a0][^,]{2,80},?[\s\u00a0]*", re.IGNORECASE
)
# A clause of its own after the quotation: 'was "well administered", though observers noted …'.
_AND_BUT = re.compile(
    r"(?:and|but|yet|or|et|mais|ou|though|although|whilst|while|whereas|because|since|unless|when|whenever|after|before"
    r"|until|once|if|lorsque|quand|puisque)\b",
    re.IGNORECASE,
)
# A clause joined after a speaker: '"…," she said in a statement, though she acknowledged', "…, he
# declared, because the government …".
JOINED_CLAUSE = re.compile(
    r",[\s\u00a0]*(?:though|although|but|and|whilst|while|whereas|because|mais|et|tandis|car|parce)\b",
    re.IGNORECASE,
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:what|which|that|who|whom|ce que|qui|I'm|it|is|was|are|were)\b", re.IGNORECASE
)


def after_quotation(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """“…,” said X / « … », a-t-il déclaré / “…” the mayor said / "…", Wilkins said."""
    verb_start = auxiliary_start(text, start, match.start(), language)
    quote = QUOTE_BEFORE.search(text, start, verb_start)
    if quote is None or _opens(text, quote.start("close")):
        return None  # '"The numbers tell …': a straight quote that opens, not one that closes
    opening = opening_quote(text, quote.start("close"))
    if opening is None:
        return None
    content = trimmed(text, opening + 1, quote.start("close"))
    lead = text[start:opening].rstrip(" \u00a0")
    if len(text[content[0] : content[1]].split()) < 2 and lead and lead[-1].isalnum():
        return None  # 'The "History" section of the site explains that …': a name, not what was said
    if (_TITLE_AFTER.search(lead) and _is_title(text[content[0] : content[1]])) or (
        _A_WORK.search(lead) and len(text[content[0] : content[1]].split()) <= 6
    ):  # 'Speaking on NBC's "Meet the Press," the governor said …': a show's name
        return None
    lead_start = phrases.clause_start(text, start, opening)
    if (
        text[lead_start:opening].strip()
        and lead[-1:].isalnum()
        and not any(
            m.group() != "pour" and not _quoted_at(text, lead_start, m.start())
            for m in CUE[language].finditer(text, lead_start, opening)
        )
    ):  # « une enquête pour « … » »: "pour" reports only at the head of a sentence; « X « regrette
        # … » et « … », indique Y »: a verb inside an earlier quotation is the speaker's own word
        content = trimmed(text, lead_start, quote.start("close"))  # 'The border "will stay closed," X said'
    elif (
        text[lead_start:opening].strip()
        and lead[-1:].isalnum()
        and any(m.group("verb") for m in CUE[language].finditer(text, lead_start, opening))
    ):
        return None  # « Le maire, qui assure avoir alerté les élus « dès 2019 », a regretté la décision »: assure's
    elif lead_start < opening and any(
        m.group("verb") and not text[m.end() : opening].strip(" \u00a0,:")
        for m in CUE[language].finditer(text, lead_start, opening)
    ):  # 'Before he was shot, the gunman said, "…," Dreyer said': Dreyer reports the gunman's saying
        content = trimmed(text, lead_start, quote.start("close"))
    lemma = lemma_of(match.group("verb"), language)
    mid = trimmed(text, *quote.span("mid"))
    intermediary = None
    said_end = match.end()
    quoted_as = QUOTED_AS.search(text, *mid)
    if quoted_as:
        mid = trimmed(text, mid[0], quoted_as.start())  # "“…,” he was quoted as saying"
    if (
        content[0] < opening  # 'X can be seen “lighting a cigarette” near the statue, the affidavit alleges'
        and text.count(",", *mid) == 1
        and len(text[mid[0] : (comma := text.rfind(",", *mid))].split()) <= 6
        and not re.search(r"[,.!?]", text[quote.start("close") - 1 : mid[0]])
    ):
        content, mid = trimmed(text, content[0], comma), trimmed(text, comma + 1, mid[1])
    if re.fullmatch(
        r"(?i:ainsi|voilà[\s\u00a0]+ce[\s\u00a0]+que|nous|me|m['’]|lui|leur)", text[mid[0] : mid[1]]
    ):
        mid = (mid[1], mid[1])  # « Ainsi résume X », « nous confie X »: the speaker after the verb
    if described := _DESCRIBED_SPEAKER.fullmatch(text, *mid):
        mid = trimmed(text, *described.span("np"))  # "“…,” a neighbour, who asked not to be named, told"
    if (
        mid[1] > mid[0]
        and text[mid[0] : quote.end("mid")].rstrip().endswith(",")
        and not CUE[language].match(text, *mid)  # "« … », selon lui, a déclaré"
        and text[mid[0]].islower()  # not '"…," the mayor, Ann Lee, told CNN': the quotation's own speaker
        and not re.search(r"[,.!?]", text[quote.start("close") - 1 : mid[0]])
    ):
        # 'X "pourrait faire partie du groupe" recherché par la police, a indiqué le parquet': the words
        # after the quotation go on with it when the verb names its speaker after it
        speaker, said_end, intermediary = inverted_speaker(text, language, match, verb_start, end)
        if speaker is not None:
            content = trimmed(text, content[0], text.rindex(",", mid[0], quote.end("mid") + 1))
            mid = (mid[1], mid[1])
    if mid[1] > mid[0]:
        if any(
            m.group("verb")
            and is_reporting_verb(m.group("verb"), text[mid[0] : m.start()], language, text[m.end() : end])
            for m in CUE[language].finditer(text, *mid)
        ):
            return (
                None  # « « … », a regretté le maire, qui assure avoir alerté »: the quotation is regretté's
            )
        if _AND_BUT.match(text, *mid):
            return None  # 'claimed recovery was "a matter of months", but the science says …', 'told to "stop
            # making a fuss" when she reported …': a clause of its own
        if (
            # "lead author Dr Ellen Garland of the University of St Andrews" (a name and its apposition
            # longer than that are read by the rule for "…, X, Y, said")
            len(words := text[mid[0] : mid[1]].split()) > 12
            or (len(words) > 8 and "," in text[mid[0] : mid[1]])
            or _CLAUSE_WORDS.search(text, *mid)
            or JOINED_CLAUSE.search(text, *mid)
        ):
            return None  # "“…” -- I forgot what the rest of it said": a clause, not a speaker
        if _PREPOSITION.match(text, *mid):
            return None  # "… de « ne pas toucher » à l'âge légal, rappelle Le Monde": quoted words, then on
        speaker = appositions.head_of(text, *mid)  # "“…,” his wife, Alice, reported": his wife
        if lemma == "tell":
            intermediary = told_whom.outlet_told(text, match.end(), end)
        elif quoted_as:  # "“…,” he was quoted as saying by the Interfax news agency"
            intermediary = relayed_by.quoted_by(text, match.end(), end)
        else:  # "“…,” he said on CNN"
            intermediary = outlets.intermediary_after(text, match.end(), end)
        rule = "en: “…,” X said" if language == "en" else "fr: « … », X a déclaré"
    else:
        speaker, said_end, intermediary = inverted_speaker(text, language, match, verb_start, end)
        if speaker is None or (language == "en" and _FINITE_BE_HAVE.search(text, *speaker)):
            return None  # 'The story, sourced to "US officials," said the plot was …': a clause, no speaker
        rule = "en: “…,” said X" if language == "en" else "fr: « … », a déclaré X"
    goes_on = _QUOTATION_GOES_ON.match(text, max(said_end, intermediary[1] if intermediary else 0), end)
    if goes_on:  # '“Nobody,” she said, “can tell me what to do.”': one quotation around its speaker
        content = (content[0], quoted(text, goes_on.start("q"), end)[1])
    relayed = RELAYED_BY.search(text, said_end, end) if intermediary is None else None
    if relayed and relayed.group(
        "by"
    ):  # '“…,” she told residents, according to a statement from her office.'
        by = trimmed(text, *relayed.span("by"))
        return Found(match.span(), speaker, content, by, 0.85, rule, relayed.start())
    return Found(match.span(), speaker, content, intermediary, 0.85, rule)


# A verb inside what would be a speaker named after "said": the words are what was said.
_FINITE_BE_HAVE = re.compile(r"\b(?-i:is|was|are|were|has|had|have|will|would)\b")
# The rest of a quotation split by its speaker: ', “can tell me …”' (it goes on in lower case).
_QUOTATION_GOES_ON = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?P<q>[“\"«‹])[\s\u00a0]*(?-i:[a-zà-ÿ])")


# What a show's or a paper's quoted name follows: "on NBC's", "appearing on", "in an interview with".
_TITLE_AFTER = re.compile(r"(?:['’]s|\b(?:on|with|to|in|the|émission|programme))$", re.IGNORECASE)
# A work by its quoted name, whatever its case: « Sur le plateau de « C à vous », … ».
_A_WORK = re.compile(
    r"\b(?:de|du|sur|dans|à|au|on|in|of|from|for)[\s\u00a0]+(?:(?:the|an?|le|la|un|une|son|sa|his|her|its|their)[\s\u00a0]+"
    r"|l['’])?(?:[\w-]+[\s\u00a0]+)?(?:émission|programme|plateau[\s\u00a0]+d[eu]|magazine|podcast|documentaire|série|film|livre|album|show"
    r"|program|series|documentary|book)[\s\u00a0]*$",
    re.IGNORECASE,
)
_MINOR_WORDS = frozenset("a an and at by for in of on or the to with de du des la le les et".split())


def _is_title(words: str) -> bool:
    """Whether quoted words are a title ("Meet the Press", "60 Minutes"), not a sentence's words."""
    split = words.split()
    return (
        0 < len(split) <= 6
        and all(word[0].isupper() or word[0].isdigit() or word.lower() in _MINOR_WORDS for word in split)
        and split[-1].lower() not in _MINOR_WORDS
    )


def _quoted_at(text: str, start: int, at: int) -> bool:
    """Whether `at` stands inside a quotation opened after `start` (« … » or “ … ”)."""
    before = text[start:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _opens(text: str, at: int) -> bool:
    """Whether the straight quote at `at` opens a quotation: a space before it, a word after."""
    return text[at] == '"' and (at == 0 or text[at - 1] in " \u00a0\n(") and text[at + 1 : at + 2].isalnum()
