"""The words that date a report in a sentence: « le 12 mars », "on Wednesday, Sept. 17", "last
week", "two days ago", « il y a quinze jours »; regex alternations, case-blind. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.dates import HOLIDAY_NAMES
from claimtracker.extraction.reporting_words import MONTHS_EN, MONTHS_FR, WEEKDAYS_EN, WEEKDAYS_FR

_DAY_AND_MONTH = (
    rf"\d{{1,2}}(?:er)?[\s\u00a0]+(?:{MONTHS_FR})(?:[\s\u00a0]+\d{{4}})?"
    # "3 June", "3rd June", "the 3rd of June"
    rf"|(?:the[\s\u00a0]+)?\d{{1,2}}(?:st|nd|rd|th)?(?:[\s\u00a0]+of)?[\s\u00a0]+(?:{MONTHS_EN})\.?(?:[\s\u00a0]+\d{{4}})?"
    rf"|(?:{MONTHS_EN})\.?[\s\u00a0]+\d{{1,2}}(?:st|nd|rd|th)?(?:,[\s\u00a0]*\d{{4}})?"
)
# A date written out, or the week, month or year before: when something was said ("a déclaré le
# 12 mars que", "said on March 12 that", "said last month that"). A regex alternation, case-blind.
DATE_PHRASE = (
    # the weekday with its date: « mercredi 17 septembre », "on Wednesday, Sept. 17" (the date, not the
    # weekday of this week)
    rf"(?:(?:on|le)[\s\u00a0]+)?(?:{WEEKDAYS_EN}|{WEEKDAYS_FR}),?[\s\u00a0]+(?:{_DAY_AND_MONTH})"
    # the weekday with its day of this month: « dimanche 16 », "Sunday the 16th"
    rf"|(?:le[\s\u00a0]+)?(?:{WEEKDAYS_FR})[\s\u00a0]+\d{{1,2}}(?:er)?(?![\w,.]?\d|[\s\u00a0]*(?:h\b|heures|%|ans|euros|€"
    r"|morts|personnes|blessés|millions?|milliards?))"
    rf"|(?:on[\s\u00a0]+)?(?:{WEEKDAYS_EN})[\s\u00a0]+the[\s\u00a0]+\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|(?:(?:le|on)[\s\u00a0]+)?(?:{_DAY_AND_MONTH})"
    # a day of this month alone: « a affirmé le 17 que » (not « le 17e », « le 49.3 », « le 10 000 »)
    r"|(?:dès[\s\u00a0]+)?le[\s\u00a0]+(?:1er|[12]?\d|3[01])(?![\w,.]?\d|\w|[\s\u00a0]*(?:h\b|heures|%|ans|euros|€"
    r"|morts|personnes|blessés|millions?|milliards?|\d))"
    r"|last[\s\u00a0]+(?:week|month|year)|la[\s\u00a0]+semaine[\s\u00a0]+(?:dernière|passée)"
    r"|le[\s\u00a0]+mois[\s\u00a0]+dernier|l['’]an(?:née)?[\s\u00a0]+derni(?:er|ère)"
    # "two days ago", "il y a deux jours"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s\u00a0]+(?:days?|weeks?)[\s\u00a0]+ago"
    r"|a[\s\u00a0]+fortnight[\s\u00a0]+ago|il[\s\u00a0]+y[\s\u00a0]+a[\s\u00a0]+(?:(?:un|une|deux|trois|quatre|cinq|six|sept"
    r"|huit|dix|quinze|\d+)[\s\u00a0]+(?:jours?|semaines?)|une[\s\u00a0]+(?:dizaine|quinzaine)(?:[\s\u00a0]+de[\s\u00a0]+jours)?)"
)
# The same, and when too vaguely to date it ("earlier this week", "ce week-end").
WHEN_PHRASE = (
    DATE_PHRASE + r"|earlier[\s\u00a0]+this[\s\u00a0]+(?:week|month|year)|this[\s\u00a0]+(?:week|month)"
    r"|ce[\s\u00a0]+week-end|cette[\s\u00a0]+semaine|en[\s\u00a0]+(?:début|fin)[\s\u00a0]+de[\s\u00a0]+semaine"
    # a season: « cet été », « l'hiver dernier », "last summer", "over the winter"
    r"|(?:cet[\s\u00a0]+|l['’])(?:été|automne|hiver)(?:[\s\u00a0]+dernier)?|(?:au|ce)[\s\u00a0]+printemps(?:[\s\u00a0]+dernier)?"
    r"|(?:this|last|over[\s\u00a0]+the|during[\s\u00a0]+the)[\s\u00a0]+(?:spring|summer|autumn|fall|winter)"
)
# Every word of a sentence that may name the day of a claim, as the report dates it.
DATE_WORDS = re.compile(
    rf"\b(?:{DATE_PHRASE}|(?<!Journal\sdu\s)(?:{WEEKDAYS_FR})"  # (a paper: « Le Journal du Dimanche »)
    r"(?:\s(?:soir|matin|dernier|de\sla\ssemaine\s(?:dernière|passée)))?|hier|"
    # the publication's own day: "said this morning", "a déclaré ce matin"
    # not a programme named so: "the BBC's Today programme", "NBC's Today show", "Today presenter X"
    r"(?:earlier\s)?(?:(?-i:today)|(?-i:Today)(?<!['’]s\sToday)(?<!the\sToday)(?!\s(?:programme|program|show|presenter|host|podcast)))"
    r"|tonight|this\s(?:morning|afternoon|evening)|aujourd['’]hui|avant-hier"
    r"|overnight(?=\s*(?:[,.;]|$|that\b|in\b|on\b))|la\snuit\sderni[eè]re"  # not "the overnight shelling"
    # a day of this month, a feast: "on the 3rd", "on Christmas Eve", « à Noël »
    rf"|(?:on\s)?the\s(?:[12]?\d|3[01])(?:st|nd|rd|th)(?!\s(?:of\s)?(?:{MONTHS_EN})\b)"
    r"(?!\s(?:[\w-]+\s)?(?:anniversary|birthday|century|time|minute|floor|round|place|amendment|edition|day|week"
    rf"|year|session|largest|biggest|most)\b)|{HOLIDAY_NAMES}"  # not "on the 75th anniversary"
    # some day of a week, a weekend or a month: an interval ("said earlier this week", « ce week-end »)
    r"|(?:earlier\s)?this\s(?:week|month)|earlier\sin\sthe\s(?:week|month)|(?:at|over|during)\sthe\sweekend|(?:this(?:\spast)?|last)\sweekend"
    # some hour of the day told of: "earlier in the day", « dans la soirée », « en fin de matinée »
    r"|(?:earlier|later)\sin\sthe\sday|dans\sla\s(?:soirée|matinée|journée)(?!\sd[eu]\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))"
    # the day after the one told of: "a day later", « le lendemain » (not « le lendemain du vote »)
    r"|(?:a|one)\sday\slater|the\s(?:next|following)\s(?:day|morning|afternoon|evening)"
    r"|(?:two|three|four|[234])\sdays\slater|(?:deux|trois|quatre)\sjours\splus\stard"
    r"|le\slendemain(?:\s(?:matin|soir))?(?!\s+(?:de|du|des|d['’]))"
    # the day told of just before, by reference: "the same day", "hours later", « le même jour »
    r"|the\ssame\sday|that\s(?:day|morning|afternoon|evening|night)|(?:hours|minutes)\slater"
    r"|le\smême\sjour|ce\sjour-là|quelques\sheures\splus\stard"
    r"|en\s(?:début|fin)\sde\s(?:matinée|journée|soirée)|en\s(?:début|fin)\sd['’]après-midi"
    # a month or a year told of: "said in September", « avait déclaré en 2019 », « fin octobre »
    rf"|(?P<broad>(?:in\s(?:early\s|late\s|mid-)?|en\s|courant\s|(?:début|fin|mi)[\s-])(?:{MONTHS_EN}|{MONTHS_FR})(?:\s\d{{4}})?"
    r"(?![\w'’])|(?:in\s(?:early\s|late\s|mid-)?|en\s|(?:début|fin|mi)[\s-])(?:19|20)\d\d(?![\w'’])"
    # the year of the words themselves: "In a 2019 interview, …", "a 2021 report found"
    r"|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bits\s)|(?<=\btheir\s))(?:19|20)\d\d(?=\s(?:interview|speech|statement|book|memoir|letter"
    r"|report|documentary|podcast|op-ed|essay|testimony|post|tweet|video)\b)"
    # "at the end of October", « à la mi-novembre », « à la fin du mois d'octobre », "late last month"
    rf"|(?:at|by|towards?)\sthe\s(?:end|start|beginning|middle)\sof\s(?:{MONTHS_EN})(?:\s\d{{4}})?(?![\w'’])"
    rf"|à\sla\s(?:fin|mi)[\s-](?:du\smois\sd(?:e\s|['’]))?(?:{MONTHS_FR})(?:\s\d{{4}})?(?![\w'’])"
    r"|(?:early|late|mid-)\s?last\smonth|(?:début|fin)\sdu\smois\sdernier"
    # a season: "over the summer", "last winter", « cet été », « l'hiver dernier »
    r"|(?:this|last|over\sthe|during\sthe|in\sthe)\s(?:spring|summer|autumn|fall|winter)(?!\s+of\b)"
    r"|(?:cet\s|l['’])(?:été|automne|hiver)(?:\sdernier)?|(?:au|ce)\sprintemps(?:\sdernier)?)"
    r"|cette\ssemaine|en\s(?:début|milieu|fin)\sde\s(?:la\s|cette\s)?semaine(?:\s(?:dernière|passée))?|(?:early|late)\slast\sweek|(?:ce|le)\sweek-end(?:\sdernier)?"
    # the day before the one told of, not before an event named after it (« la veille du scrutin »)
    r"|the\sday\sbefore\syesterday|la\sveille(?!\s+(?:de|du|des|d['’]|au|à))|(?:a|one)\sday\searlier|the\s(?:previous\sday|day\s(?:before|earlier))(?!\s+(?:the|a|an|his|her|its|their)\b)"
    r"|ce\s(?:matin|soir)|cet\saprès-midi|cette\snuit|"
    rf"yesterday|last\snight|(?:on |last )?(?-i:{WEEKDAYS_EN.title()})"
    # not a name that starts with a weekday: "the Sunday Times", "Saturday Night Live"
    rf"(?![ \u00a0]+(?!(?:{MONTHS_EN})\b)(?-i:[A-Z][a-z]))"
    # nor a weekday that says which paper: "told a Sunday newspaper"
    r"(?![ \u00a0]+(?:newspapers?|papers?|editions?|tabloids?|broadsheets?|supplements?)\b)"
    r"(?: (?:night|morning|evening|afternoon|(?:of )?last week))?)\b",
    re.IGNORECASE,
)
