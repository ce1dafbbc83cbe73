"""Who a speaker told, and the words between a reporting verb and what was said.

"told Reuters", "a déclaré mardi à l’AFP que", "dans un entretien avec CBS News", "par
l’intermédiaire de son ministère": the outlet is the intermediary of the attribution chain.
"""

from __future__ import annotations

import re

from claimtracker.extraction import reporting_words
from claimtracker.extraction.addressees import BODIES_AND_PLACES_FR, media_by_name
from claimtracker.extraction.asides import SPEAKS_FOR
from claimtracker.extraction.date_phrases import DATE_PHRASE
from claimtracker.extraction.interviewers import past_the_interviewer
from claimtracker.extraction.persons import ONE_WORD_OUTLETS, names_a_person
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import PLATFORMS, WEEKDAYS_EN, WEEKDAYS_FR
from claimtracker.extraction.told_whom import ASSEMBLY

# Outlets whose names start in lower case, each in its own case: « sur franceinfo », "beIN Sports"
# (never "being").
LOWER_CASE_OUTLETS = r"franceinfo|euronews|(?-i:beIN)"
NOT_CHANNEL = (
    # a day, not a show named after one ("on Saturday Night Live", "on Tuesday's Today programme")
    rf"(?:(?:{WEEKDAYS_EN})(?![ \u00a0]+(?-i:[A-Z][a-z])|['’]s[ \u00a0]+(?-i:[A-Z]))|january|february|march|april|may|june|july|august|september|october|november|"
    rf"december|{WEEKDAYS_FR}|{PLATFORMS}|truth|capitol|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?[\s\u00a0]+\d+"
    # a place, not a channel: "said on Downing Street", "on Long Island"
    r"|(?-i:(?:[A-Z][\w'’.-]*[\s\u00a0]+){0,2}(?:Street|Hill|Island|Avenue|Road|Square|Boulevard|Lane|Drive"
    r"|Park|Bridge|Beach|Coast|River|Lake|Mountain)|Air[\s\u00a0]+Force[\s\u00a0]+One|Marine[\s\u00a0]+One))\b"  # (a plane)
)
# A day named inside the phrase: "in an interview on March 3 with", « entretien accordé dimanche à ».
ON_A_DAY = (
    rf"(?:[\s\u00a0]+(?:on[\s\u00a0]+)?(?:{DATE_PHRASE}|{WEEKDAYS_EN}|{WEEKDAYS_FR}|hier|yesterday)"
    r"(?:[\s\u00a0]+(?:soir|matin|après-midi|morning|evening|afternoon|night))?)?"  # « lundi soir »
)
# An office told is a person, not a relay: "wrote to the Secretary of State".
_OFFICE = (
    r"(?:the\s+)?(?-i:(?:Secretary|Minister|President|Chairman|Governor|Mayor|Senator|Prime|Chief|Director|Board"
    r"|Speaker|Pope|King|Queen)\b)"
)
# Whom "in an email to …", "in an interview with …" names is an outlet, the press or a medium, not
# an audience ("to employees", "to fans") nor an office ("to the Secretary of State").
_OUTLET_NOT_AUDIENCE = (
    r"(?=(?:the\s+)?(?-i:[A-Z])|reporters|journalists|the\s+(?:press|media)\b"
    r"|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}(?:newspaper|paper|magazine|broadcaster|agency|station|website|daily"
    r"|channel|radio|television|network)\b)"
    r"(?!" + _OFFICE + r")"
)
# The same in French: « a confié au Monde », « à la presse », « à l'agence Reuters », « à la police »; not
# « aux salariés », « au ministre », « au Sénat ».
# Bodies and offices, in capitals, that hear words and pass nothing on: « au Sénat », « invité du Conseil ».
BODIES_THAT_HEAR_FR = (
    r"(?:l['’]|le\s+|la\s+)?(?-i:Sénat|Assemblée|Conseil|Parlement|Congrès|Cour|Tribunal|Commission|Président"
    r"|Premier|Ministre|Élysée|Elysée|Medef)\b"
)
_OUTLET_NOT_AUDIENCE_FR = (
    # « à nos confrères de Ouest-France »: the outlet, after how the writer calls it
    r"(?:nos\s+confrères\s+(?:de\s+l['’]|de\s+|du\s+|d['’]))?"
    r"(?=(?:l['’]|le\s+|la\s+|les\s+)?(?-i:[A-ZÀ-Ý])|"
    + LOWER_CASE_OUTLETS
    + r"|(?:la\s+)?(?:presse|radio|télévision|police)\b"
    r"|(?:les\s+)?(?:journalistes|médias|enquêteurs|gendarmes|policiers)\b"
    r"|(?:notre|nos)\s+(?:correspondante?s?|journalistes?|reporters?|envoyée?s?\s+spéciale?s?)\b"  # the paper's own
    r"|(?:l['’]|le\s+|la\s+)?(?:agence|quotidien|journal|hebdomadaire|magazine|chaîne|site)\b)"
    r"(?!" + BODIES_THAT_HEAR_FR + r")"
)
# On air or in print, by the outlet's name: "au micro de RTL", « au micro d'Europe 1 », "sur le
# plateau de TF1", "dans les colonnes du Parisien".
ON_AIR = (  # « au micro de la RTS »: the article of a name in capitals
    r"(?:au\s+micro\s+d(?:e|u|['’](?=\S))|(?:à|sur)\s+l['’]antenne\s+d(?:e|u|['’](?=\S))"
    r"|sur\s+le\s+plateau\s+d(?:e|u|['’](?=\S))|(?:dans|sur)\s+les\s+colonnes\s+d(?:e|u|es|['’](?=\S)))"
    r"(?:(?<=de)\s+la(?=\s+(?-i:[A-Z])))?"
)
# Where an English outlet's name ends: "that", a day ("published by Le Monde on Tuesday that"), a stop.
_RELAY_ENDS_EN = (
    rf"(?=\s+(?:that|on|last|this|yesterday|today|earlier|published|aired|broadcast|(?-i:{WEEKDAYS_EN.title()}))\b"
    r"|[,.;:]|$)"
)
# Who speaks for a speaker: "said through a spokesperson that", "The actor, through his lawyer, denied".
THROUGH_AGENT = r"through\s+(?P<through>" + SPEAKS_FOR + r")"
_MEDIA = re.compile(
    # each way of naming a medium starts a word: not the "on" of "Propulsion Laboratory"
    r"(?<![\w'’])(?:(?:dans|lors)\s+(?:d['’]|de\s+)?(?P<show>(?:le|la|l['’]|son|sa)\s*(?:programme|émission|journal|quotidien|"
    # « dans le quotidien belge Le Soir »: with the adjectives that say which
    r"hebdomadaire|magazine)(?:\s+(?-i:[a-zàâçéèêëîïôûùü-]{3,})){0,2}\s+(?-i:[A-ZÀ-Ý])[^,.;:]{1,50}?)"
    r"(?=\s+(?:que|qu['’]|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)\b|[,.;:]|$)"
    # "dans un entretien publié dimanche par Le Monde", "in an interview published on Sunday by the Times"
    r"|(?:dans|lors)\s+(?:d['’]|de\s+)?(?:un|une|l['’]|le|la|son|sa)\s*(?:entretien|interview|tribune)\s+"
    r"(?:publiée?|parue?|diffusée?)\s+(?:\S+\s+){0,3}?par\s+(?P<published>[^,.;:«“\"]{2,60}?)"
    r"(?=\s+(?:que|qu['’])\b|\s*[«“\"]|[,.;:]|$)"
    # "in a speech broadcast by state television", "in the statement posted on the SABA news agency's website"
    r"|in\s+(?:(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:interview|statement|speech|address|message|video)"
    r"|comments|remarks)\s+(?:(?:published|aired|broadcast|carried|reported|shown)\s+(?:\S+\s+){0,3}?by"
    # (posted by whom is often the speaker's own: "a video posted by the club")
    r"|(?:published|aired|broadcast|carried|reported|shown|posted)\s+(?:\S+\s+){0,3}?"
    r"on(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:state|local|national|public)\b)"
    r"(?!\s+(?:" + NOT_CHANNEL + r")))\s+"
    r"(?P<published_en>[^,.;:]{2,60}?)(?:['’]s\s+(?:website|site|channel|page|account))?"
    + _RELAY_ENDS_EN
    + r"|(?:dans|lors)\s+(?!(?-i:Le|La|L['’])\s*(?-i:[A-Z]))(?:d['’]|de\s+)?(?:un|une|l['’]|le|la|son|sa)\s*(?:entretien|interview|émission|programme|"
    r"journal|quotidien|hebdomadaire|magazine)\s+(?:avec|à|au|aux|de|sur|accordée?"
    + ON_A_DAY
    + r"\s+(?:à|au|aux))?\s*(?!(?:que|qu['’])\b)(?P<outlet>[^,.;:]{2,60}?)"
    # a day ends it, not the day of a title ("au Journal du dimanche"); « au Monde publié samedi »
    r"(?=(?<!\bdu)\s+(?:que|qu['’]|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche|publiée?|parue?"
    r"|diffusée?|consacrée?|dédiée?|animée?|présentée?)\b|[,.;:]|$)"  # « … de France Culture consacrée à »
    r"|in\s+(?:(?:an?|his|her|their|its)\s+(?:[\w-]+\s+)?interview"
    + ON_A_DAY
    + r"\s+with|(?:comments|remarks|an?\s+(?:statement|email|e-mail|message))"
    r"(?:\s+(?:emailed|e-mailed|sent|given|provided|issued|released))?\s+to"
    # "in an op-ed in The Washington Post", "in a column for the Guardian"
    r"|(?:an?|his|her|their|its)\s+(?:op-ed|opinion\s+piece|piece|column|article|essay|editorial|commentary|letter)"
    r"\s+(?:in|for|published\s+(?:in|by)))"
    r"\s+"
    + _OUTLET_NOT_AUDIENCE
    + r"(?P<outlet_en>[^,.;:]{2,60}?)"
    + _RELAY_ENDS_EN
    + r"|in\s+(?P<show_en>(?:the|a)\s+(?:programme|program|show|newspaper|magazine|journal)\s+(?-i:[A-ZÀ-Ý])[^,.;:]{1,50}?)"
    r"(?=\s+that\b|[,.;:]|$)"
    r"|par\s+l['’]intermédiaire\s+d(?:e|u|es)\s+(?P<via>[^,.;:]{2,80}?)(?=[,.;:]|\s+qu)"
    + r"|"
    + THROUGH_AGENT
    # « dans un communiqué relayé par l'agence officielle », "in a statement relayed by …"
    + r"|(?:communiqué|statement|message|déclaration)\s+(?:relayée?|diffusée?|reprise?|relayed)\s+(?:par|by)\s+"
    r"(?P<relayed>[^,.;:«“\"]{2,60}?)(?=\s+(?:que|qu['’]|that)\b|[,.;:]|$)"
    # '"…," the coach said after the game, speaking to Sky Sports'
    r"|(?:speaking|talking)\s+(?:to|with)\s+(?P<spoke>(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}"
    r"|reporters\b|journalists\b)"
    # "wrote in The Guardian that", "said in The Times on Tuesday": right after the verb, a paper or a
    # journal by its name (not "in Paris", "in Times Square", nor "the plan, reported in the Times,")
    r"|(?:"
    + "|".join(rf"(?<=\b{verb}\s)" for verb in reporting_words.SAID_IN_A_PAPER)
    + r")in\s+(?P<written>(?:the\s+)?(?:(?-i:[A-Z])[\w&'’.-]*\s+){0,3}"
    r"(?-i:Times|Post|Journal|News|Herald|Guardian|Telegraph|Tribune|Gazette|Review|Observer|Independent|Mail"
    r"|Express|Mirror|Chronicle|Globe|Economist|Atlantic|Magazine|Standard|Courier|Examiner|Inquirer|Nature"
    r"|Science|Lancet|Spectator|Politico|Monde|Figaro))" + _RELAY_ENDS_EN + r""
    # « dans Le Soir », « dans Libération »: a paper by its title (an article in capitals; not « dans le Nord »)
    r"|(?<![\w'’])dans\s+(?P<written_fr>(?-i:(?:(?:Le|La|Les)\s+|L['’])[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:du|de|des)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,2}"
    r"|Libération|Mediapart|Marianne|Ouest-France|Sud\s+Ouest|Nice-Matin|Paris\s+Match))"
    r"(?=\s+(?:que|qu['’]|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b|[,.;:]|$)"
    # "speaking on the station's breakfast programme", "said on the network's morning show": the programme relays
    r"|on\s+(?P<show_on>(?:the\s+)?(?:station|network|channel|broadcaster)['’]s"
    r"\s+(?:[\w-]+\s+){0,2}?(?:programme|program|show|podcast|bulletin))\b"
    # "warned in a memo seen by Reuters that": the outlet that saw it passes it on
    # "in a memo to staff, seen by Reuters, that"
    r"|(?:memo|document|letter|report|e-?mail|note|draft|statement|filing|message)s?(?:\s+to\s+[\w-]+)?,?\s+(?:seen|reviewed)\s+by\s+"
    r"(?P<seen>(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3})"
    # "said on local radio", "on state television"
    r"|(?:on|in)\s+(?P<broadcast>(?:local|state|national|public)\s+(?:radio|television|TV|media))\b"
    # « a lancé …, devant la presse », as "told reporters"
    r"|devant\s+(?P<press>la\s+presse|les\s+journalistes|les\s+médias)\b"
    # "a déclaré sur BFMTV", "said on CNN": a channel by its name (not a day, a month or a platform).
    r"|(?:sur|on|"
    + ON_AIR
    + r")(?:\s+|(?<=['’]))(?:(?<=sur\s)(?:la|le)\s+(?=(?-i:[A-ZÀ-Ý]))|l['’](?=(?-i:[A-ZÀ-Ý])))?(?!"
    + NOT_CHANNEL
    + r")"
    # a network's show: "on NBC's Meet the Press", "on CNN's State of the Union"
    r"(?P<channel>(?-i:[A-Z])[\w&.-]*['’]s\s+(?-i:[A-Z])[\w-]*\s+(?:the|of|of\s+the)\s+(?-i:[A-Z])[\w-]*"
    r"|(?:(?-i:[A-Z])|"
    + LOWER_CASE_OUTLETS
    + r")[\w&'’.+-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.+-]*|\d+(?:['’]s)?|&)){0,3}"
    r"(?:\s+du\s+(?:dimanche|soir|matin))?"  # « dans les colonnes du Journal du dimanche »
    r"(?:\s+(?:programme|program|show|radio|television|TV))?"  # "on WVOM radio"
    r"(?:\s+[\"“](?-i:[A-Z0-9])[^\"”\n]{1,40}[\"”])?)(?=[\s,.;:]|$))",  # 'on CBS's "Face the Nation"'
    re.IGNORECASE,
)
# Where a speaker speaks from, after "à": not whom they told.
PLACES_SPOKEN_FROM = r"la[\s\u00a0]+barre|la[\s\u00a0]+(?-i:tribune)"  # not « la Tribune de Genève », a paper
# "à l'issue du Conseil", "au terme de la réunion", "à la barre": when or where, not whom the
# speaker told.
_WHEN_NOT_WHO = (
    r"l['’]issue|terme|cours|sortie|fin|l['’]occasion|lendemain|veille|propos|sujet|partir|l['’]approche"
    r"|la sortie|la fin|la veille|l['’]heure|moment|quelques|plusieurs|nouveau|ce sujet|cette occasion"
    r"|micro|l['’]antenne"
    rf"|{PLACES_SPOKEN_FROM}"
)
# Whom a speaker addresses without passing anything on: "a dit à ses partisans", "aux députés".
_AUDIENCE_FR = (
    r"(?:(?:ses|son|sa|leurs?|nos(?![\s\u00a0]+(?:confrères|correspondant|journaliste|reporter|envoyé))|vos|mes)[\s\u00a0]|(?:la[\s\u00a0]+)?foule|(?:le[\s\u00a0]+)?tribunal"
    r"|(?:la[\s\u00a0]+)?cour\b|(?:les[\s\u00a0]+)?(?:juges|jurés|députés|sénateurs|élus|militants|partisans"
    r"|manifestants|fidèles)|l['’]assemblée|l['’]audience)"
)
_TO_OUTLET = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:(?:à|au|aux|auprès[\s\u00a0]+(?:de|du|des))[\s\u00a0]+|auprès[\s\u00a0]+d['’])(?!"
    + _WHEN_NOT_WHO
    + r")(?!"
    + _AUDIENCE_FR
    + r")(?!"
    + BODIES_AND_PLACES_FR
    + r")"
    + _OUTLET_NOT_AUDIENCE_FR
    + r"(?P<fr>[^,.;:«“\"]{2,60}?)"
    r"|to[\s\u00a0]+(?!" + _OFFICE + r"|" + ASSEMBLY + r")"
    r"(?P<en>(?:the[\s\u00a0]+)?(?-i:[A-Z])[^,.;:“\"]{1,60}?|reporters|journalists))"
    r"(?=(?<!\bdu)[\s\u00a0]+(?:que|qu['’]|that|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|l['’]année|le mois|"
    # "explained to Wikinews by email that", « un entretien au Monde publié samedi »
    r"on|last|this|in|by|via|avoir|être|ne|publiée?|parue?|diffusée?|published|rassemblée?s|réunie?s|gathered)\b|[,.;:]|$)",
    re.IGNORECASE,
)
# An outlet by its name after an optional article: "the Interfax", "l'AFP", "Le Monde".
ARTICLE = r"(?:the[\s\u00a0]+|l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?"
# "Europe 1"; never across a line ("… l'AFP.\n\nLe …")
NAME_RUN = (
    r"[A-ZÀ-Ý][\w&'’.-]*(?:[ \u00a0]+(?:[A-ZÀ-Ý][\w&'’.-]*|\d{1,2}(?![\w,.]\w)|of(?:[ \u00a0]+the)?(?=[ \u00a0]+[A-Z])))*"
    # a French title's adjective, in lower case: « Le Bien public », « Le Républicain lorrain »
    r"(?:[ \u00a0](?:libérée?|public|publique|lorrain|picard|républicain|diplomatique|enchaîné|libre"
    r"|du[ \u00a0](?:dimanche|soir|matin|Nord|Centre|Midi)|de[ \u00a0]l['’](?:Est|Ouest))\b)?"  # « Journal du dimanche »
)
# An outlet by what it is, then its name: "the news agency Interfax", « l'agence de presse officielle SPA ».
_MEDIA_NOUN = r"(?:(?:agence(?: de presse)?(?: (?-i:[a-zéè]{4,}))?|agency|news agency|quotidien|journal|newspaper|daily|chaîne|channel|radio|site)[\s\u00a0]+)?"
OUTLET = ARTICLE + _MEDIA_NOUN + NAME_RUN


# The outlet told, between an inverted verb and its speaker: "a déclaré à l'AFP un responsable",
# "a assuré aux journalistes le ministre", "a indiqué sur France Inter la ministre" (a platform,
# "sur X", is no outlet: `speaker_phrases` steps over it).
_TOLD_BEFORE_SPEAKER = re.compile(
    # « a déclaré à l'antenne de France Bleu une médecin », « au micro de RTL »
    r"[\s\u00a0]+(?:(?i:" + ON_AIR + r")|à|au|aux|auprès[\s\u00a0]+(?:de|du|des)|auprès[\s\u00a0]+d['’]"
    r"|sur(?![\s\u00a0]+(?i:" + NOT_CHANNEL + r")))[\s\u00a0]*"
    # « a réagi auprès du journal la maire »: the paper named before, by what it is
    rf"(?!{BODIES_AND_PLACES_FR})(?:(?P<by>la[\s\u00a0]+presse|journalistes|médias|journal|quotidien|hebdomadaire|{OUTLET})"
    r",?(?=[\s\u00a0]+(?:(?:un|une|le|la|les|des|deux|trois|plusieurs|son|sa|ses|leur|leurs|notre)[\s\u00a0]|l['’]))"
    # an outlet in capitals or known by one word, then a first name: « a raconté à l'AFP Josiane, 74
    # ans », « assure à Wikinews Fabien Villedieu », « a confirmé aux Echos François Fillon »
    r"|(?P<acronym>(?:l['’])?(?-i:[A-Z]{2,}[A-Z0-9]*|" + "|".join(sorted(ONE_WORD_OUTLETS)) + r")"
    r"(?:[\s\u00a0]+(?-i:Afrique|Africa|France|International|Arabic|Mundo|Brasil))?"  # « à Sputnik Afrique Yacine Fall »
    r"|(?<=au[\s\u00a0])(?-i:Monde|Figaro|Parisien|Point|Soir|Devoir|Progrès)|(?<=aux[\s\u00a0])(?-i:Echos|Échos))"
    r"(?=[\s\u00a0]+(?-i:[A-ZÀ-Ý][a-zà-ÿ])))"
)


def told_before_speaker(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The outlet named between an inverted verb and its speaker, and the whole phrase ("à l'AFP")."""
    match = _TOLD_BEFORE_SPEAKER.match(text, start, end)
    by = "by" if match and match.group("by") else "acronym"
    if match is None or names_a_person(match.group(by), text):
        return None  # « a dit à Emmanuel Macron le ministre »: a person, no medium
    return match.span(by), match.span()


def intermediary_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who the speaker told, after the speaker: "…, a déclaré l'opposition à El Mundo"."""
    match = _TO_OUTLET.match(text, start, end)
    if match and not names_a_person(match.group("fr") or match.group("en"), text):
        return trimmed(text, *match.span("fr" if match.group("fr") else "en"))
    media = _MEDIA.search(text, start, end)
    if media and not (  # « a dit le maire, dont la tribune est parue dans Le Monde »: another clause's paper
        _outlet_group(media) == "written_fr" and _ANOTHER_CLAUSE.search(text, start, media.start())
    ):
        return past_the_interviewer(text, media.span(_outlet_group(media)), end)  # « de X, sur RTL »
    if when := _WHEN_THEN_TO.match(text, start, end):  # « a-t-il déclaré à la sortie de l'audience à X »
        return intermediary_after(text, when.end(), end)
    return None


_ANOTHER_CLAUSE = re.compile(
    r"[,;:«»“”\"]|\b(?:que|qu['’]|dont|qui)\b|(?-i:[a-zé]+(?:é|ée|és|ées|u|ue))\s*$", re.I
)
# When, before whom: « à la sortie de l'audience », « à l'issue du conseil », "after the hearing".
_WHEN_THEN_TO = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:à[\s\u00a0]+(?:la[\s\u00a0]+sortie|l['’]issue)|au[\s\u00a0]+terme|after|before)"
    r"[\s\u00a0]+(?:d['’]|de[\s\u00a0]+|du[\s\u00a0]+|des[\s\u00a0]+|the[\s\u00a0]+)?[^,;:«“\"]{1,40}?"
    # how: « a-t-il déclaré au téléphone à France Bleu », "said by phone to …"
    r"|(?:au|par)[\s\u00a0]+téléphone|by[\s\u00a0]+(?:tele)?phone|over[\s\u00a0]+the[\s\u00a0]+phone)"
    r"(?=[\s\u00a0]+(?:à|au|aux|to)[\s\u00a0])",
    re.IGNORECASE,
)


def trailing_outlet(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where a content ends when its last words say where it was said, and the outlet named there."""
    if (comma := text.rfind(",", start, end)) == -1:
        return None
    at = comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip(" \u00a0"))
    media = _MEDIA.match(text, at, end)
    if media is None or text[media.end() : end].strip(' \u00a0.»”"') or not media.group(0)[:1].islower():
        return None
    return comma, trimmed(text, *media.span(_outlet_group(media)))


_OUTLET_GROUPS = (
    "show show_en show_on seen published published_en outlet outlet_en via through press relayed spoke written "
    "written_fr broadcast channel"
).split()


def _outlet_group(match: re.Match) -> str:
    return next(name for name in _OUTLET_GROUPS if match.group(name))


def intermediary_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who the speaker told, between the verb and "que"/"that": "a indiqué à la BBC que"."""
    word_starts = [start] + [start + m.end() for m in re.finditer(r"[\s\u00a0]+", text[start:end])]
    for at in word_starts:  # "a déclaré mardi à l’AFP que": the outlet may follow a date
        match = _TO_OUTLET.match(text, at, end + 5)
        if match and match.group("en") and _A_JOURNEY.search(text, start, at):
            continue  # "said during a visit to Houston": where they went, not whom they told
        if (
            match
            and match.group("en")
            and _A_LETTER.search(text, start, at)
            and not media_by_name(match["en"])
        ):
            continue
        if match and match.end() <= end + 1 and (match.group("fr") or match.group("en")):
            if names_a_person(match.group("fr") or match.group("en"), text):
                break  # « a dit à Emmanuel Macron que »: a person hears it
            return trimmed(text, *match.span("fr" if match.group("fr") else "en"))
    return medium_in(text, start, end + 5)


def medium_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A medium named in a clause: "in an interview with the Financial Times", "on CNN"."""
    media = _MEDIA.search(text, start, end)
    return trimmed(text, *media.span(_outlet_group(media))) if media else None


_A_JOURNEY = re.compile(r"\b(?:visit|trip|journey|tour|travel|flight|return|way|road)s?[\s\u00a0]*$", re.I)
# A letter is sent to whom it names: "said in a letter to Apple" (a paper's name prints it: "to the Times").
_A_LETTER = re.compile(r"\b(?:letter|memo|petition|complaint|submission|filing|appeal)s?[\s\u00a0]*$", re.I)
