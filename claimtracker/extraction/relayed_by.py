"""Who passed a speaker's words on, named around the speaker: "des sources citées par l'AFP",
"The official, who spoke to Reuters, said", "Interrogé par Le Monde, le directeur …", "Wikinews
contacted the spokesman, who said", « Dimanche soir, sur TF1, la présidente … », "quoted by
Interfax as saying"."""

from __future__ import annotations

import re

from claimtracker.extraction.addressees import a_body
from claimtracker.extraction.asides import SPEAKS_FOR
from claimtracker.extraction.date_phrases import WHEN_PHRASE
from claimtracker.extraction.outlets import (
    ARTICLE,
    BODIES_THAT_HEAR_FR,
    LOWER_CASE_OUTLETS,
    NAME_RUN,
    NOT_CHANNEL,
    ON_A_DAY,
    ON_AIR,
    OUTLET,
)
from claimtracker.extraction.persons import names_a_person
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import WEEKDAYS_EN, WEEKDAYS_FR

# Participles that name who passed a source's words on: "cité par", "quoted by", "seen by".
_RELAYING = (
    r"(?:cité|citée|cités|citées|consulté|consultée|consultés|consultées|révélée?s?|obtenue?s?|quoted|cited|seen|reviewed"
    r"|revealed|obtained"
    r"|carried|broadcast|relayed|relayée?s?|diffusée?s?"  # "a statement carried by state media"
    # « …, interrogé par l'AFP », "…, interviewed by the BBC"
    r"|interrogée?s?|interviewée?s?|jointe?s?|contactée?s?|interviewed|contacted|questioned)"
    + ON_A_DAY  # « une ordonnance consultée mardi par l'AFP »
    + r"(?:[\s\u00a0]+(?:par|by)[\s\u00a0]+(?:téléphone|phone))?"  # « joint par téléphone par Le Télégramme »
    r"[\s\u00a0]+(?:par|by)[\s\u00a0]+"
)
# Inside a speaker: "des sources citées par l'AFP", "officials quoted by Reuters".
# An outlet citing the speaker, who is named after: « Le Parisien cite un enquêteur (qui affirme …) ».
_OUTLET_CITES = re.compile(
    r"(?P<by>(?:(?:une|la)[\s\u00a0]+dépêche[\s\u00a0]+(?:de[\s\u00a0]+l['’]|d['’])?)?"  # « Une dépêche AFP rapporte … »
    r"(?-i:[A-ZÀ-Ý])[\w'’.&-]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’.&-]*){0,3})[\s\u00a0]+"
    r"(?:(?:cite|citent|citait|a[\s\u00a0]+cité|quotes|quoted|cites|cited)[\s\u00a0]+"
    r"(?:(?:les|des)[\s\u00a0]+propos[\s\u00a0]+d['’e][\s\u00a0]*)?"
    # « Le Parisien rapporte les propos d'un enquêteur (qui affirme …) »
    r"|(?:rapporte|rapportent|relaie|relaient|a[\s\u00a0]+rapporté)[\s\u00a0]+(?:les|des)[\s\u00a0]+propos[\s\u00a0]+d['’e][\s\u00a0]*)"
    r"(?!(?:by|par)\b)(?P<who>[^,;:«“\"]{2,80})",  # not "Officials quoted by Reuters"
    re.IGNORECASE,
)
_HIS_WORDS = re.compile(r"(?:(?:les|des)[\s\u00a0]+propos[\s\u00a0]+d['’e][\s\u00a0]*)?", re.IGNORECASE)
_RELAYED_INSIDE = re.compile(
    rf"[\s\u00a0]*,?[\s\u00a0]+(?:{_RELAYING}|(?:rapportée?s?|relatée?s?|interrogé|interrogée|interrogés|interrogées|"
    rf"interviewed)[\s\u00a0]+(?:par|by)[\s\u00a0]+"
    # « un chiffre communiqué à l'AFP », "figures provided to Reuters": handed to a medium
    r"|(?:communiquée?s?|transmise?s?|fournie?s?|provided|given|sent|supplied)[\s\u00a0]+(?:à|au|aux|to)[\s\u00a0]+"
    r"|(?:que|qu['’])[\s\u00a0]*(?:s['’]est|se[\s\u00a0]+sont)[\s\u00a0]+procurée?s?[\s\u00a0]+"  # « que s'est procuré Mediapart »
    rf"(?=(?:l['’]|la[\s\u00a0]+|le[\s\u00a0]+|the[\s\u00a0]+)?(?-i:[A-ZÀ-Ý])))(?P<by>[^,.;:«“\"]{{2,60}}?)[\s\u00a0]*$",
    re.IGNORECASE,
)
# "in an interview", "in an exclusive interview", "in her email interview".
_IN_AN_INTERVIEW = (
    r"in[\s\u00a0]+(?:an?|his|her|their|its)[\s\u00a0]+(?:(?:exclusive|e-?mail|phone|telephone|televised|radio|TV"
    r"|video|joint|recent|separate|lengthy|brief|wide-ranging|rare|new)[\s\u00a0]+)?interview"
)
# A restrictive relative inside a speaker: "two officials who spoke to Reuters", "people speaking to
# the BBC on condition of anonymity".
_SPOKE_TO_INSIDE = re.compile(
    r"[\s\u00a0]+(?:(?:who|that)(?:['’]ve|[\s\u00a0]+(?:have|has|had))?[\s\u00a0]+(?:spoke|spoken|talked)"
    r"|qui[\s\u00a0]+(?:ont[\s\u00a0]+parlé|se[\s\u00a0]+sont[\s\u00a0]+confiée?s?)|speaking|talking)"
    r"(?:[\s\u00a0]+(?:on[\s\u00a0]+condition[\s\u00a0]+of[\s\u00a0]+anonymity|exclusively|privately))?"
    r"[\s\u00a0]+(?:to|with|à|au|aux)[\s\u00a0]+"
    r"(?P<by>(?:(?:the|l['’]|le|la)[\s\u00a0]+)?(?-i:[A-ZÀ-Ý])[^,.;:«“\"]{1,58}?|reporters|journalists|the[\s\u00a0]+press"
    r"|this[\s\u00a0]+(?:newspaper|paper))"
    r"(?:[\s\u00a0]+(?:only[\s\u00a0]+)?on[\s\u00a0]+condition[\s\u00a0]+of[\s\u00a0]+anonymity)?[\s\u00a0]*$",
    re.IGNORECASE,
)
# Right after a speaker: "a report seen by Reuters", "X, cité par l'agence Tass, …". Not
# "obtained by": the one who obtained it may be the source itself (the seeds' gold reads it so).
_RELAYED_AFTER = re.compile(
    rf"[\s\u00a0]*,?[\s\u00a0]+{_RELAYING}(?P<by>{OUTLET}"
    # an outlet named before, by what it is: "documents seen by the paper"
    r"|(?:the|this)[\s\u00a0]+(?:paper|newspaper|station|broadcaster|agency|magazine|channel|website|network)\b"
    r"|(?:the[\s\u00a0]+)?(?:state|official|state-run)[\s\u00a0]+(?:media|television|TV|radio|news[\s\u00a0]+agency)\b)"
)
_APPOSITION = re.compile(r"[\s\u00a0]*,[\s\u00a0]*[^,;:«“\"]{2,60}?(?=[\s\u00a0]*,)")
# "The official, who spoke to Reuters, …", "X, speaking to the BBC / on CNN, …", "X, writing in the
# Guardian, …" (not "speaking on Monday" or "on X", a platform).
# An outlet by what it is, then its name: "Portuguese broadcaster RTP", "the daily Le Soir".
_KIND_THEN_NAME = (
    r"(?:the[\s\u00a0]+)?(?:(?-i:[A-Z])[\w-]*[\s\u00a0]+){0,2}(?:broadcaster|newspaper|daily|magazine|(?:news[\s\u00a0]+)?agency"
    r"|(?:radio|TV|television)[\s\u00a0]+station|outlet)[\s\u00a0]+" + NAME_RUN
)
_SPOKE_TO = re.compile(
    r"[\s\u00a0]*(?:,[\s\u00a0]*|[\s\u00a0]+(?="
    + _IN_AN_INTERVIEW
    + r"[\s\u00a0]+with\b))(?:(?:(?:who|qui)[\s\u00a0]+(?:spoke|talked|was speaking|s['’]exprimait|s['’]est exprimée?"
    r"|a parlé)|speaking|talking|writing|s['’]exprimant|interviewed|appearing)"
    r"(?:[\s\u00a0]+(?:on[\s\u00a0]+condition[\s\u00a0]+of[\s\u00a0]+anonymity|anonymously|exclusively))?"  # "speaking on condition of anonymity to Reuters"
    rf"[\s\u00a0]+(?:to|with|in|for|à|au|avec|sur|on(?![\s\u00a0]+(?i:{NOT_CHANNEL})))"
    r"|(?:(?:when|if|after|once)[\s\u00a0]+)?(?:interviewed|questioned|contacted|reached|approached)[\s\u00a0]+by|briefing"  # "X, briefing reporters, said"
    # "The minister, in an interview with Le Monde, …", "Le ministre, dans un entretien au Monde, …"
    r"|" + _IN_AN_INTERVIEW + "(?i:" + ON_A_DAY + r")[\s\u00a0]+with"
    # "The governor, in an interview aired Sunday on Fox News, said": a channel by its name
    r"|"
    + _IN_AN_INTERVIEW
    + r"(?:[\s\u00a0]+(?:broadcast|aired|shown))?(?i:"
    + ON_A_DAY
    + rf")[\s\u00a0]+on(?=[\s\u00a0]+(?-i:[A-Z]))(?![\s\u00a0]+(?i:{NOT_CHANNEL}))|dans[\s\u00a0]+un[\s\u00a0]+entretien[\s\u00a0]+(?:au|à|avec)"
    # « …, a répondu le maire, invité de France Bleu »: the station whose guest he was
    r"|(?<=,)[\s\u00a0]*invitée?s?[\s\u00a0]+(?:de|du|d['’](?=(?-i:[A-ZÀ-Ý])))"
    r"(?![\s\u00a0]*" + BODIES_THAT_HEAR_FR + r"))"
    # "Trump, speaking to reporters aboard Air Force One, said": the press, as by a name
    rf"(?:[\s\u00a0]+|(?<=['’]))(?P<by>{_KIND_THEN_NAME}|{ARTICLE}{NAME_RUN}"  # « invité d'Europe 1 »
    # "in an interview with the local paper": an outlet by what it is
    r"|(?-i:the|a)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}(?-i:paper|newspaper|broadcaster|station|magazine|website)\b"
    r"|(?-i:this[\s\u00a0]+(?:newspaper|paper|reporter)"
    r"|reporters|journalists|the[\s\u00a0]+(?:press|media)"
    r"|les[\s\u00a0]+journalistes|la[\s\u00a0]+presse)\b)"
)
# (« a fait savoir la famille par la voix de son avocat »: no comma needed in French)
_THROUGH = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*through[\s\u00a0]+(?P<by>"
    + SPEAKS_FOR
    + r")|[\s\u00a0]*,?[\s\u00a0]*par[\s\u00a0]+(?:la[\s\u00a0]+"
    r"voix|l['’]intermédiaire)[\s\u00a0]+d(?:e[\s\u00a0]+|u[\s\u00a0]+|['’])(?P<par>(?:(?:son|sa|ses|leur|leurs|un|une"
    r"|le|la|les)[\s\u00a0]+|l['’])(?:avocate?s?|porte-parole|représentante?s?|conseils?|entourage)\b)",
    re.IGNORECASE,
)
# Words sent to an outlet, in an aside: "The White House, in a statement to CNN, said" (not "to Congress").
_WORDS_SENT_TO = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*in[\s\u00a0]+(?:(?:an?|its|his|her|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:statement|e-?mail"
    rf"|letter|message|comments|remarks)|comments|remarks)[\s\u00a0]+to[\s\u00a0]+(?P<by>{_KIND_THEN_NAME}|{ARTICLE}{NAME_RUN})[\s\u00a0]*,"
)
# A time after whom the speaker spoke to: "Speaking to reporters on Tuesday".
_WHEN_AFTER = re.compile(  # (« au Journal du dimanche »: a title's day)
    rf"(?<!\bdu)[\s\u00a0]+(?:on[\s\u00a0]+)?(?:{WHEN_PHRASE}|(?i:{WEEKDAYS_EN}|{WEEKDAYS_FR})|(?-i:yesterday|today|tonight|earlier|last[\s\u00a0]+night)"
    r"|this[\s\u00a0]+(?:morning|afternoon|evening)|ce[\s\u00a0]+(?:matin|soir)|cet[\s\u00a0]+après-midi|hier)\b",
    re.IGNORECASE,
)
# « un entretien aux Échos publié dimanche », "Speaking to reporters after the ceremony": when, where
# or how, not who relayed it.
_PUBLISHED_AFTER = re.compile(
    r"[\s\u00a0]+(?:publiée?|parue?|diffusée?|mise?[\s\u00a0]+en[\s\u00a0]+ligne|published|aired|broadcast"
    r"|after|before|during|following|outside|at|in|from|depuis|via|by[\s\u00a0]+(?:tele)?phone|over[\s\u00a0]+the[\s\u00a0]+phone"
    r"|par[\s\u00a0]+téléphone|à(?=[\s\u00a0]+(?-i:[A-ZÀ-Ý]))"  # "Speaking to Wikinews from Geneva", « … à Matignon »
    r"|whether|if|about|why|how|what)\b",  # "Asked by CNN whether he would resign, …": what was asked
    re.IGNORECASE,
)
# A show named with a day: "the BBC's Sunday with Laura Kuenssberg programme" (the day is its name's).
_A_SHOW = re.compile(r"\b(?:programme|program|show)[\s\u00a0]*$", re.IGNORECASE)
_OUR_COLLEAGUES = re.compile(
    r"(?:nos|des)[\s\u00a0]+(?:confrères|collègues)[\s\u00a0]+(?:de[\s\u00a0]+|du[\s\u00a0]+|d['’])", re.I
)
_DAYS = re.compile(rf"(?i:{WEEKDAYS_EN})['’]s[\s\u00a0]+(?=(?-i:[A-Z]))")  # "Monday's Financial Times"
_SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed)[\s\u00a0]+by[\s\u00a0]+", re.IGNORECASE)
# "Interrogé par Le Monde, le directeur a reconnu …", "Speaking to the BBC, he said …",
# "In an interview with Sky News, the minister said …".
_ASKED_FIRST = re.compile(
    r"[\s\u00a0«“\"]*(?:(?:interrogée?s?|contactée?s?|jointe?s?|sollicitée?s?|citée?s?|interviewed|contacted|questioned"
    r"|quoted|cited"
    r"|speaking(?:[\s\u00a0]+exclusively)?)"  # "Speaking exclusively to the Mirror, …"
    # « Joint par téléphone par France 24 », « Contacté jeudi par Reuters »
    + ON_A_DAY
    + r"(?:[\s\u00a0]+(?:par|by)[\s\u00a0]+(?:téléphone|phone|telephone))?"
    r"[\s\u00a0]+(?:par|by|to|with)|(?:(?:when|after|if)[\s\u00a0]+)?asked[\s\u00a0]+by"
    # "Responding to questions from Wikinews, …", "In response to a query from Reuters, …" (not "In
    # response to Labour": whom one answers hears the words)
    r"|(?:(?:responding|replying)[\s\u00a0]+to|in[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:response|reply|answer)[\s\u00a0]+to)"
    r"(?:[\s\u00a0]+(?:(?:a|an|the)[\s\u00a0]+)?(?:questions?|quer(?:y|ies)|e-?mails?|requests?[\s\u00a0]+for[\s\u00a0]+comment)"
    r"[\s\u00a0]+from)|" + _IN_AN_INTERVIEW + ON_A_DAY + r"[\s\u00a0]+with"
    # "Speaking on BBC Radio 4's Today programme, …": a channel by its name
    # "In an interview broadcast Sunday on CBS's Face the Nation, …": a channel by its name
    r"|(?:speaking|appearing|"
    + _IN_AN_INTERVIEW
    + r"(?:[\s\u00a0]+(?:broadcast|aired|shown))?"
    + ON_A_DAY
    + r")"
    r"[\s\u00a0]+on(?=[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z]))(?![\s\u00a0]+(?:" + NOT_CHANNEL + r"))"
    # "Speaking on the station's breakfast programme, …", "In an interview on the network's morning show, …"
    r"|(?:speaking|appearing|" + _IN_AN_INTERVIEW + r")[\s\u00a0]+on(?=[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?:station|network|channel|broadcaster)['’]s[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?"
    r"(?:programme|program|show|podcast|bulletin)\b)"
    # « Interrogé jeudi sur France Inter, le ministre … », « Invitée de RTL, la ministre … »
    r"|(?:interrogée?s?|invitée?s?|questionnée?s?)" + ON_A_DAY + r"[\s\u00a0]+(?:sur|de|du|à|au)"
    # a medium by its name, not a topic: « Interrogé sur une éventuelle démission »
    r"(?=[\s\u00a0]+(?:(?-i:[A-ZÀ-Ý])|"
    + LOWER_CASE_OUTLETS
    + r"|(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+)(?-i:[A-ZÀ-Ý])"
    r"|l['’]émission[\s\u00a0]+«))"  # « Invité de l'émission « Quotidien », … »
    r"|in[\s\u00a0]+(?:comments|remarks|an?[\s\u00a0]+(?:statement|email|e-mail|message|letter))"
    r"(?:[\s\u00a0]+(?:emailed|e-mailed|sent|given|provided|issued|released))?[\s\u00a0]+to"  # "a statement emailed to"
    # "In comments reported by the Financial Times, the chief executive said …"
    r"|in[\s\u00a0]+(?:comments|remarks|an?[\s\u00a0]+(?:interview|statement))[\s\u00a0]+"
    r"(?:reported|published|carried|broadcast|aired|quoted|released|issued)" + ON_A_DAY + r"[\s\u00a0]+by"
    r"|writing[\s\u00a0]+(?:in|for)"
    # "In the letter, seen by the Guardian, he said", « Dans ce courrier, consulté par Le Figaro, il affirme »
    r"|(?:in|dans)[\s\u00a0]+(?:the|a|an|his|her|their|its|this|that|ce|cette|le|la|sa|son|leur)[\s\u00a0]+"
    r"(?:letter|memo|e-?mail|document|report|note|courrier|lettre|rapport|courriel)[\s\u00a0]*,[\s\u00a0]*"
    r"(?:seen|obtained|reviewed|consultée?|obtenue?)[\s\u00a0]+(?:by|par)"
    # « Dans cette interview, diffusée lundi sur RMC, … », "In the interview, aired on Sunday on CBS, …"
    r"|(?:in|dans)[\s\u00a0]+(?:the|this|that|cette|cet|ce|l['’])[\s\u00a0]*(?:interview|entretien|documentary"
    r"|documentaire|reportage)[\s\u00a0]*,[\s\u00a0]*(?:broadcast|aired|published|diffusée?|publiée?|paru)"
    + ON_A_DAY
    + r"[\s\u00a0]+(?:on|in|by|sur|dans|par)"
    # "In a letter published in the Times, 50 scientists said …", « Dans une tribune publiée par Le Monde, … »
    # "In an op-ed for The Washington Post, …", "As quoted in The Guardian, …"
    r"|in[\s\u00a0]+(?:an?|his|her|their|its)[\s\u00a0]+(?:letter|op-ed|opinion[\s\u00a0]+piece|article|column|essay|editorial)"
    r"[\s\u00a0]+(?:published[\s\u00a0]+)?(?:in|by|for)"
    r"|as[\s\u00a0]+quoted[\s\u00a0]+(?:in|by)"
    # "In a statement posted on Mashable, …" (not "posted on Facebook": a platform is no outlet)
    r"|in[\s\u00a0]+(?:an?|his|her|their|its)[\s\u00a0]+(?:statement|message|post|video)[\s\u00a0]+posted"
    + ON_A_DAY
    + r"[\s\u00a0]+on(?=[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z]))(?![\s\u00a0]+(?:"
    + NOT_CHANNEL
    + r"))"
    # "In an interview published in the Financial Times on Monday, …"
    r"|in[\s\u00a0]+(?:an?|his|her|their|its)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?interview[\s\u00a0]+(?:published|broadcast|aired)"
    + ON_A_DAY
    + r"[\s\u00a0]+(?:in|on)"
    r"|dans[\s\u00a0]+une[\s\u00a0]+(?:tribune|lettre)[\s\u00a0]+(?:publiée[\s\u00a0]+)?(?:par|dans|au)"
    r"|(?:dans|lors\s+d)['’\s\u00a0]*(?:un[\s\u00a0]+entretien|une[\s\u00a0]+interview)[\s\u00a0]+"
    r"(?:aux|au|à|avec|accordée?[\s\u00a0]+(?:aux|à|au))"
    # « Dans une intervention en arabe sur Al Arabiya, le ministre … »: the channel by its name
    r"|(?:dans|lors\s+d)['’\s\u00a0]*(?:une[\s\u00a0]+intervention|un[\s\u00a0]+entretien|une[\s\u00a0]+interview)"
    r"(?:[\s\u00a0]+(?:en[\s\u00a0]+\w+|télévisée|radiophonique|filmée))?[\s\u00a0]+sur(?=[\s\u00a0]+(?-i:[A-ZÀ-Ý]))|"
    + ON_AIR
    + r")(?:[\s\u00a0]+|(?<=['’]))(?P<by>[^,.;:«“\"]{2,60}?"
    # a show's quoted name, the comma inside its marks: 'Speaking on NBC's "Meet the Press," …'
    r"|(?:[^,.;:«“\"]{0,40}?[\s\u00a0])?(?:[\"“]|«[\s\u00a0]?)(?-i:[A-ZÀ-Ý0-9])[^\"”»\n,]{1,40},?[\s\u00a0]?[\"”»])"
    r"(?:[\s\u00a0]*,|(?<=,[\"”]))",
    re.IGNORECASE,
)


def relays(
    text: str,
    sentence_start: int,
    speaker: tuple[int, int],
    intermediary: tuple[int, int] | None,
    cue_start: int | None = None,
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The speaker and intermediary once a relay named around the speaker is read: "des sources
    citées par l'AFP" is the sources, through the AFP; "Interrogé par Le Monde, le directeur" is
    the director, through Le Monde. Unchanged when the construction already named who relayed it."""
    if intermediary is not None:
        return speaker, intermediary
    if cites := _OUTLET_CITES.fullmatch(text, *speaker):  # « Le Parisien cite un enquêteur qui affirme … »
        return trimmed(text, *cites.span("who")), trimmed(text, *cites.span("by"))
    if (cites := _OUTLET_CITES.fullmatch(text, sentence_start, speaker[1])) and _HIS_WORDS.fullmatch(
        text, speaker[0], cites.start("who")
    ):  # "The Times quoted a senior official who said …", « rapporte les propos d'un enquêteur, qui … »
        return trimmed(text, *cites.span("who")), trimmed(text, *cites.span("by"))
    if (through := _THROUGH.search(text, *speaker)) and through.group("par") and through.start() > speaker[0]:
        return trimmed(text, speaker[0], through.start()), trimmed(
            text, *through.span("par")
        )  # « la famille par la voix de »
    cited = _RELAYED_INSIDE.search(text, *speaker)
    if cited and cited.start() > speaker[0]:
        return trimmed(text, speaker[0], cited.start()), trimmed(text, *cited.span("by"))
    spoke = _SPOKE_TO_INSIDE.search(text, *speaker)
    if spoke and spoke.start() > speaker[0] and not names_a_person(spoke.group("by"), text):
        return trimmed(text, speaker[0], spoke.start()), trimmed(text, *spoke.span("by"))
    after = (
        _RELAYED_AFTER.match(text, speaker[1])
        or _SPOKE_TO.match(text, speaker[1])
        or _THROUGH.match(text, speaker[1])  # "The actor, through his lawyer, denied …"
        or ((sent := _WORDS_SENT_TO.match(text, speaker[1])) and not a_body(text, sent.span("by")) and sent)
        # « un prévisionniste, Julien Castel, interrogé par l'AFP »: after the apposed name
        or ((apposed := _APPOSITION.match(text, speaker[1])) and _RELAYED_AFTER.match(text, apposed.end()))
    )
    if after:  # "a report seen by Reuters", "The official, who spoke to Reuters, …"
        return speaker, trimmed(
            text, *after.span("par" if after.re is _THROUGH and after.group("par") else "by")
        )
    contacted = _CONTACTED_BEFORE.search(text, sentence_start, speaker[0])
    if contacted and not names_a_person(
        contacted["by"], text
    ):  # "Wikinews contacted the spokesman, who said …"
        return speaker, trimmed(text, *contacted.span("by"))
    relative = _RELATIVE_AFTER.match(text, speaker[1], cue_start) if cue_start is not None else None
    if relative and "," not in text[relative.end() : cue_start]:
        return speaker, None  # "In an interview with Sky News, the PM criticised X, who accused …": X's
    channel = _channel_before(text, sentence_start, speaker[0])
    if channel:  # « Dimanche soir, sur TF1, la présidente du parti a estimé … »
        return speaker, channel
    asked = _ASKED_FIRST.match(text, sentence_start, speaker[0])
    if asked:  # "Speaking to reporters on Tuesday, …": the time is no part of who relayed it
        by = asked.span("by")
        if seen := _SEEN_BY.search(text, *by) or _OUR_COLLEAGUES.match(text, *by) or _DAYS.match(text, *by):
            by = (
                seen.end(),
                by[1],
            )  # "In a letter to patients seen by the BBC", « nos confrères de 20 Minutes »
        when = None if _A_SHOW.search(text, *by) else _WHEN_AFTER.search(text, *by)  # "Sunday with Laura …"
        stops = [m.start() for m in (when, _PUBLISHED_AFTER.search(text, *by)) if m]
        by = trimmed(text, by[0], min(stops, default=by[1]))  # the earliest: "the FT published on Wednesday"
        questioned = re.match(r"[\s\u00a0«“\"]*asked\b", asked.group(0), re.IGNORECASE)
        if (
            _PASSES_WORDS_ON.fullmatch(text, *by)
            and not a_body(text, by)  # not "In remarks to the Senate"
            and not (questioned and re.match(SPEAKS_FOR, text[by[0] : by[1]], re.IGNORECASE))
        ):  # "Asked by his lawyer whether …": the lawyer questions, passes nothing on
            return speaker, by
    return speaker, None


# Who, asked or spoken to, passes the words on: a medium by its name, the press, the police; not
# "his wife", "supporters", "a crowd of thousands", "his memoir".
_PASSES_WORDS_ON = re.compile(
    r"(?:the[\s\u00a0]+|l['’]|le[\s\u00a0]+|la[\s\u00a0]+|les[\s\u00a0]+)?(?:(?-i:[A-ZÀ-Ý0-9])|"
    + LOWER_CASE_OUTLETS
    + r").*"
    r"|reporters|journalists|(?:the[\s\u00a0]+)?(?:press|media|police)|investigators|officers"
    r"|(?:state|local|national|public)[\s\u00a0]+(?:TV|television|media|radio|newspapers?|press)"
    r"|(?:the[\s\u00a0]+)?(?:station|network|channel|broadcaster)['’]s[\s\u00a0]+.*"  # "the network's morning show"
    r"|(?:a|the|an)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,3}?(?:newspaper|paper|magazine|journal|broadcaster|(?:news[\s\u00a0]+)?agency"
    r"|station|website|daily|weekly|channel|reporter|journalist|(?:news|press)[\s\u00a0]+conference)\b.*"
    r"|(?:la[\s\u00a0]+)?presse|(?:les[\s\u00a0]+|des[\s\u00a0]+)?(?:journalistes|médias|enquêteurs|policiers|gendarmes)"
    r"|(?:la[\s\u00a0]+)?police"
    # who speaks for the speaker: "In a statement released by his lawyer, …"
    r"|(?:a|an|the|his|her|their|its)[\s\u00a0]+(?:lawyers?|attorneys?|spokes(?:man|woman|person)|representatives?|publicist)"
    r"|(?:un|une|le|la|l['’])[\s\u00a0]*(?:[\w'’-]+[\s\u00a0]+){0,2}?(?:journal|quotidien|hebdomadaire|chaîne|radio|site|agence|magazine|émission)\b.*",
    re.IGNORECASE | re.DOTALL,
)


# A channel set apart by commas before the speaker: « Dimanche soir, sur TF1, la présidente … ».
_CHANNEL_SEGMENT = re.compile(
    r"(?<![\w'’])(?i:sur|on|" + ON_AIR + r")(?:[\s\u00a0]+|(?<=['’]))(?!(?i:" + NOT_CHANNEL + r"))"
    # "On CBS's Face the Nation, …": a network's show, its small words in lower case
    r"(?P<by>[A-Z]{2,}['’]s[\s\u00a0]+[A-Z][\w-]*[\s\u00a0]+(?:the|of|of[\s\u00a0]+the)[\s\u00a0]+[A-Z][\w-]*"
    rf"|{NAME_RUN})[\s\u00a0]*,[\s\u00a0]*[^,]*$"
)


_RELATIVE_AFTER = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:who|qui)\b", re.IGNORECASE)


def _channel_before(text: str, sentence_start: int, end: int) -> tuple[int, int] | None:
    """A channel that is a comma-separated part of its own before the speaker: « Sur TF1, la
    ministre … », « Dimanche soir, sur TF1, … » (not "Focusing on China, …")."""
    found = _CHANNEL_SEGMENT.search(text, sentence_start, end)
    if found is None:
        return None
    part_start = max(sentence_start, text.rfind(",", sentence_start, found.start()) + 1)
    return None if text[part_start : found.start()].strip(' \u00a0«“"') else trimmed(text, *found.span("by"))


# An outlet that reached the speaker, just before them: "Wikinews contacted the spokesman, who said".
_CONTACTED_BEFORE = re.compile(
    rf"(?P<by>{OUTLET})[\s\u00a0]+(?:contacted|interviewed|reached|questioned|spoke[\s\u00a0]+(?:to|with)"
    # "The Sunday Times has learnt that the chancellor told aides …": the paper passes it on
    r"|(?:has|have|had)[\s\u00a0]+(?:learned|learnt|been[\s\u00a0]+told)[\s\u00a0]+that"
    r"|a[\s\u00a0]+(?:appris|pu[\s\u00a0]+apprendre)[\s\u00a0]+qu(?:e|(?=['’])))(?:[\s\u00a0]+|['’])$"
)
_QUOTED_BY = re.compile(
    r"[\s\u00a0]+by[\s\u00a0]+(?P<by>(?:the[\s\u00a0]+)?"
    # "by the official news agency IRNA", "by state broadcaster CCTV": what it is, then its name
    r"(?:(?:official|state|state-run|state-owned|semi-official|news|private|local|national|public)[\s\u00a0]+){0,3}"
    r"(?:(?:agency|newspaper|daily|broadcaster|television|TV|radio|channel)[\s\u00a0]+)?[A-Z][\w&'’.-]*(?:[\s\u00a0]+[A-Z][\w&'’.-]*)*"
    r"(?:[\s\u00a0]+(?:news agency|agency|newspaper|daily|television|TV|radio))?)"
)


def quoted_by(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who quoted the speaker, right after "quoted as saying": "by the Interfax news agency"."""
    match = _QUOTED_BY.match(text, start, end)
    return trimmed(text, *match.span("by")) if match else None


# A piece that an outlet made or carried: "a report by the BBC", "an interview published by Der
# Spiegel on Saturday", « un article du Monde », « un entretien publié par Libération ».
_OUTLETS_PIECE = re.compile(
    r"(?:an?|the|un|une|l['’]|le|la|des)[\s\u00a0]*(?:[\w-]+[\s\u00a0]+)?(?:report|interview|article|story|investigation"
    r"|documentary|broadcast|rapport|entretien|interview|article|enquête|reportage|documentaire"
    r"|propos[\s\u00a0]+(?:recueillis|rapportés))"  # « selon des propos recueillis par Le Monde »
    r"(?:[\s\u00a0]+(?:published|aired|broadcast|carried|publiée?|diffusée?|paru|parue))?"
    r"(?:[\s\u00a0]+(?:on[\s\u00a0]+)?(?:" + WEEKDAYS_EN + "|" + WEEKDAYS_FR + r"))?"
    r"[\s\u00a0]+(?:by|in|on|from|par|dans|d[eu]|d['’])[\s\u00a0]*"
    r"(?P<by>(?:(?:the|le|la|l['’])[\s\u00a0]*)?(?-i:[A-ZÀ-Ý])[^,;:«“\"]{0,50}?)"
    r"(?:[\s\u00a0]+(?:on[\s\u00a0]+)?(?:" + WEEKDAYS_EN + "|" + WEEKDAYS_FR + r"))?",
    re.IGNORECASE,
)


def outlet_of(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """The outlet that passed words on, when `source` is a piece it made ("According to a report by the
    BBC, the minister said": the BBC); else `source` itself ("According to the Herald")."""
    piece = _OUTLETS_PIECE.fullmatch(text, *source)
    return trimmed(text, *piece.span("by")) if piece else source
