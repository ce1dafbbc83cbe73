"""The words that date a report in a sentence: « le 12 mars », "on Wednesday, Sept. 17", "last
week", "two days ago", « il y a quinze jours »; regex alternations, case-blind. No Qt, no storage.
"""

from __future__ import annotations

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
