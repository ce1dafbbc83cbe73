"""Whom a speaker told: a medium that passes the words on ("told Reuters"), or a person, an audience
or a body that only hears them ("told President Macron", "told NATO allies", "told the United
Nations"). No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.persons import ONE_WORD_OUTLETS, a_bare_surname, names_a_person


def as_medium(text: str, told: tuple[int, int] | None, end: int) -> tuple[int, int] | None:
    """`told` (what `noun_phrase_after` found), when it is a medium that passes the words on."""
    if (
        told is None
        or names_a_person(text[told[0] : told[1]], text)
        or a_bare_surname(text[told[0] : told[1]], text)  # "told Netanyahu" (not "told Reuters")
        or _MEMBERS_AFTER.match(text, told[1], end)
        or _PERSON_AFTER.match(text, told[1], end)
        or _PERSON_APPOSED.match(text, told[1], end)
        or a_body(text, told)
    ):
        return None  # "told President Macron", "told NATO allies", "told the United Nations": no relay
    return told


def a_body(text: str, span: tuple[int, int]) -> bool:
    """Whether `span` names a body that hears words and passes nothing on: "the United Nations",
    "the Senate" (not "the Australian Broadcasting Corporation")."""
    return bool(_BODY.fullmatch(text, *span)) and not _MEDIA_WORD.search(text, *span)


def media_by_name(name: str) -> bool:
    """Whether `name` says it is a medium: "The New York Times", "Reuters" (not "Apple")."""
    return bool(_MEDIA_WORD.search(name)) or name.strip() in ONE_WORD_OUTLETS


# A name then what the person is: "told Jane Doe, a neighbour, that …" (not "…, a reporter for the Guardian").
_PERSON_APPOSED = re.compile(
    r",[\s\u00a0]+(?:a|an|the|his|her|their|its|one)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,2}?"
    r"(?:neighbou?r|resident|friend|colleague|relative|lawyer|doctor|nurse|teacher|student|official|spokes(?:man|woman"
    r"|person)|manager|director|minister|mayor|farmer|worker|owner|mother|father|son|daughter|wife|husband|brother"
    r"|sister|cousin|aide|advis[eo]r|member|officer|witness|survivor|victim|passenger|driver|employee|volunteer"
    r"|activist|candidate|leader|president|chief|executive|analyst|expert|professor|researcher|scientist)s?\b",
    re.IGNORECASE,
)
# A body that is told, and passes nothing on: an international organisation, a bank, a ministry,
# a company ("told the United Nations", "told the FBI", "told the G7 summit"); not a broadcaster
# whose name holds such a word ("the Australian Broadcasting Corporation", "the Press Association").
_BODY = re.compile(
    r"(?:the\s+)?(?:(?-i:UN|U\.N\.|NATO|EU|WHO|IMF|FBI|CIA|NSA|IAEA|OPEC|WTO|ASEAN|UNICEF|UNHCR|Interpol|Europol"
    r"|G7|G8|G20|Pentagon|Kremlin)\b.*|United\s+(?:Nations|States|Kingdom)\b.*|White\s+House\b.*|World\s+Bank\b.*|Red\s+Cross\b.*"
    # a capital for its government: "told Brussels", "told Downing Street"
    r"|(?:Brussels|Washington|Moscow|Beijing|London|Paris|Berlin|Tokyo|Kyiv|Kiev|Tehran|Ankara|Jerusalem|Canberra"
    r"|Ottawa|Delhi|Downing\s+Street|Whitehall|Westminster|Capitol\s+Hill|Wall\s+Street)"
    r"|.*\b(?:Organi[sz]ation|Council|Bank|Fund|Ministry|Department|Commission|Institute|University|Hospital"
    r"|Company|Corporation|Inc|Corp|Ltd|Association|Union|Party|Army|Navy|Forces|Summit|Agency|Authority"
    r"|Foundation|Federation|League|Government|Conference|Forum|Convention|Congress|Rally|Meeting|Dinner|Lunch"
    r"|Luncheon|Gala|Reception|Gathering|Hearing|Session|Symposium|Seminar"
    # "told the Treasury", "the Federal Reserve", "the Economic Club of New York", "the Press Club"
    r"|Treasury|Exchequer|Reserve|Fed|Club|Chamber|Society|Academy|Embassy|Consulate"
    # an assembly or a court: "in remarks to the Senate"
    r"|Senate|Parliament|House|Assembly|Knesset|Commons|Lords|Bundestag|Duma|Committee|Court|Tribunal|Inquiry)\b.*)",
    re.IGNORECASE,
)
_MEDIA_WORD = re.compile(
    r"\b(?:Press(?![\s\u00a0]+Club)|News|Times|Post|Radio|TV|Television|Broadcasting|Broadcaster|Media|Journal|Herald|Gazette"
    r"|Tribune|Guardian|Telegraph|Magazine|Daily|Channel|Network|FM|Reuters|Bloomberg|BBC|CNN|CBC|ABC|NBC|CBS|AFP"
    r"|AP|NPR|PBS|ITV|RTL)\b|\b(?:news|press|state|official|(?-i:[A-Z]{2,}))\s+(?-i:agency)\b|['’]s\s",  # a network's show: 'CNN's "State of the Union"'
    re.IGNORECASE,
)


_MEMBERS_AFTER = re.compile(r"[\s\u00a0]+[a-z]{2,}(?:ies|ers|ors|als|ists|ents|ants|ans|ees|ues|ons)\b")
# A person after a country's adjective: "told the French president", "the Russian foreign minister".
_PERSON_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?:foreign|prime|defen[cs]e|interior|finance)[\s\u00a0]+)?(?:president|minister|leader|ambassador"
    r"|envoy|counterpart|chancellor|premier|king|queen|prince|secretary|commander|spokes(?:man|woman|person)|official"
    r"|delegation|government)\b"
)


# Whom a speaker told when it passes nothing on: "told the court", "told his supporters", "told a
# rally in Ohio". It ends before "that", a time, a pronoun subject or punctuation.
_AUDIENCE = re.compile(
    r"[\s\u00a0]+(?P<np>(?:him|them|me|us|you)(?=[\s\u00a0,.:;]|$)"
    # "told her that", "told her everything": the pronoun; "told her followers on Instagram": whose
    r"|her(?=[\s\u00a0]*(?:[,.:;]|$)|[\s\u00a0]+(?:that|about|on|in|at|to|last|this|yesterday|today|the|a|an|he|she"
    r"|they|it|we|i|there|everything|nothing|something|how|what|why|when|where|whether|if|not|so)\b)"
    # "told investors", "told lawmakers", "told parliament": a bare plural or an assembly
    # "told everyone at school that …"
    r"|(?:everyone|everybody|anyone|anybody|no[\s\u00a0-]?one|nobody)(?:[\s\u00a0]+(?:at|in|on|from)[\s\u00a0]+[\w'’-]+)?"
    r"(?=[\s\u00a0]+(?:that|about|he|she|they|it|we|i|there|his|her|their)\b)"
    r"|(?-i:(?:(?!(?:that|the|a|an|this|its|his|her|their|our|my|your|us|them)\b)[a-z]{3,}[\s\u00a0]+)?"  # "head teachers"
    r"(?!(?:stories|lies|jokes|tales|news|this|its|his|us)\b)[a-z]{3,}s|parliament|congress|Parliament|Congress"
    r"|MPs|MEPs|MSPs|TDs|MKs|staff)"
    # then the content's subject ("told lawmakers the plan was dead") or when and where
    r"(?=[\s\u00a0]+(?:that|for|on|in|at|last|this|yesterday|today|earlier|after|before|during|following"
    r"|outside|when|he|she|they|it|we|i|there|their|its|his|her|our|the|a|an|just|late|early|again|soon"
    r"|moments|minutes|hours|days|weeks|months|[a-z]{3,}ly)\b)"  # "told delegates shortly after 5 a.m. that"
    # a bare group right before "that": "told air traffic control that", "told ground staff that"
    r"|(?-i:(?!(?:stories|lies|jokes|tales|news|everything|nothing|something)\b)[a-z]{3,}(?:[\s\u00a0]+[a-z]{3,}){1,2})"
    r"(?=[\s\u00a0]+that\b)"
    r"|(?:the|a|an|his|her|their|its|our|my|your|this|these|those|several|some|fellow)"
    # it ends before a new noun phrase ("told the court her son had …"), not inside one ("a group of her
    # friends", "a man from the Scottish Government")
    r"(?:[\s\u00a0]+(?!(?:that|on|in|at|by|via|during|last|this|yesterday|today|earlier|he|she|they|it|we|i|there)\b"
    r"|(?<!of[\s\u00a0])(?<!from[\s\u00a0])(?:the|a|an|his|her|their|its|our|my|your)\b)[\w'’-]+){1,5}"
    # « a informé les députés que », « a assuré ses partisans que »
    r"|(?:les|ses|leurs|des|la|le|sa|son|leur|l['’])[\s\u00a0]*[\w'’-]+(?:[\s\u00a0]+(?!(?:que|qu|hier|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette)\b)[\w'’-]+){0,3}?"
    r"(?=(?:[\s\u00a0]+(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:[\s\u00a0]+(?:matin|soir))?"
    r"|[\s\u00a0]+(?:ce|cette)[\s\u00a0]+[\w-]+)?[\s\u00a0]+(?:que\b|qu['’])))",  # « les députés mardi que »
    re.IGNORECASE,
)


def audience_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who was told, right after "told", when it is no outlet: "told the audience that …"."""
    match = _AUDIENCE.match(text, start, end)
    return match.span("np") if match else None


# Where a French speaker spoke, or a body that heard it, after « à »: no medium (« a déclaré à
# Paris », « a assuré à l'ONU »; not « à RTL »). The capitals and large cities a news story names
# most, in their French spelling.
BODIES_AND_PLACES_FR = (
    r"(?:l['’](?:ONU|OTAN|OMS|UE|Union\s+européenne|Élysée|Elysée|Unesco|Unicef|AIEA|OCDE)|Nations\s+unies|Matignon"
    r"|Bercy|Beauvau|(?:la\s+)?Maison-Blanche|(?:la\s+)?Commission\s+européenne|(?:la\s+)?BCE|(?:le\s+)?FMI"
    r"|(?:le\s+)?Kremlin|(?:le\s+)?Quai\s+d['’]Orsay|Paris|Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Montpellier"
    r"|Bordeaux|Lille|Rennes|Reims|Toulon|Grenoble|Dijon|Angers|Brest|Limoges|Tours|Amiens|Metz|Besançon|Orléans"
    r"|Rouen|Caen|Nancy|Perpignan|Ajaccio|Bastia|Bruxelles|Genève|Lausanne|Berne|Zurich|Luxembourg|Montréal"
    r"|Québec|Ottawa|Londres|Berlin|Madrid|Rome|Lisbonne|Vienne|Varsovie|Prague|Budapest|Athènes|Moscou|Kiev|Kyiv"
    r"|Ankara|Istanbul|Téhéran|Bagdad|Damas|Beyrouth|Jérusalem|Tel-Aviv|Gaza|Ramallah|Le\s+Caire|Riyad|Doha"
    r"|Dubaï|Alger|Tunis|Rabat|Dakar|Abidjan|Bamako|Niamey|Kinshasa|Nairobi|Addis-Abeba|Pékin|Tokyo|Séoul|Delhi"
    r"|New\s+Delhi|Washington|New\s+York|Davos|Munich|Francfort|La\s+Haye|Amsterdam)"
    r"(?![\w'’-])"
)


# What the person told is, set off by commas before "that": "told Jane Doe, a neighbour, that …".
_APPOSED_BEFORE_THAT = re.compile(
    # or a relative: "told the Post, which first reported the story, that …"
    r",[\s\u00a0]+(?:a|an|the|his|her|their|its|one|which|who|qui)[\s\u00a0]+[^,;:«“\"]{2,60}?,"
    r"(?=[\s\u00a0]+(?:that|que|qu['’])\b)",
    re.IGNORECASE,
)
# What those told were doing, before "that": "told the committee investigating the riot that …".
_DOING_BEFORE_THAT = re.compile(
    r"(?:(?<=[a-z]ing)|[\s\u00a0]+(?-i:[a-z]{3,}ing))[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,4}?[\w'’-]+"
    r"(?=[\s\u00a0]+that\b)"
)


def with_apposition(text: str, told: tuple[int, int], end: int) -> tuple[int, int]:
    """Whom a speaker told, with the apposition that says who they are, when "that" follows it."""
    apposed = _APPOSED_BEFORE_THAT.match(text, told[1], end) or _DOING_BEFORE_THAT.match(text, told[1], end)
    return (told[0], apposed.end()) if apposed else told
