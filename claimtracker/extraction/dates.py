"""Resolve dates as written in French or English articles against the publication date.

dateparser does the parsing. What it leaves to us (see FINDINGS): qualifiers it rejects
("lundi soir", "le 5 décembre dernier"), keeping the precision it found, and saying when a date
is partly guessed (no year in the text, no publication date to resolve against, a weekday that
is also the publication's weekday).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.extraction.date_intervals import resolve_interval

LANGUAGES = ("fr", "en")

_PERIOD_PRECISION = {
    "day": Precision.DAY,
    "week": Precision.DAY,
    "time": Precision.DAY,
    "month": Precision.MONTH,
    "year": Precision.YEAR,
}

# Words that narrow a date within its day or only say it is past/future: dropped before parsing.
_QUALIFIERS = re.compile(
    r"\b(soir|matin|après-midi|apres-midi|midi|nuit|dernier|dernière|derniere|passé|passée|"
    r"prochain|prochaine|morning|afternoon|evening|night|last|past|courant)\b",  # « courant novembre »
    re.IGNORECASE,
)
_LAST = re.compile(r"\b(dernier|dernière|derniere|last|past)\b", re.IGNORECASE)
_DAY_OR_MONTH = re.compile(
    r"\b(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(prochain|prochaine|next|coming)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_WEEKDAY = re.compile(
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_WEEKDAY_LAST_WEEK = re.compile(
    _WEEKDAY.pattern.removesuffix(r"\b")
    + r"\s+(?:(?:of\s+)?last\s+week|de\s+la\s+semaine\s+(?:dernière|derniere|passée|passee))\b",
    re.IGNORECASE,
)
# Words that count from the day of writing: "yesterday", "hier", "two days ago", "last year",
# « l'année dernière », "ce matin".
_COUNTED_FROM_TODAY = re.compile(
    r"\b(?:yesterday|today|tonight|ago|hier|aujourd['’]hui|avant-hier|il\s+y\s+a|this|last|next|past|coming"
    r"|ce|cet|cette|dernier|dernière|derniere|prochain|prochaine|passé|passée)\b",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    r"^(?:(?:earlier|later)\s+in\s+the\s+day|dans\s+la\s+(?:soirée|matinée|journée)"
    r"|en\s+(?:début|fin)\s+(?:de\s+(?:matinée|journée|soirée)|d['’]après-midi))$",
    re.I,
)
_DAY_BEFORE = re.compile(
    r"^(?:la\s+veille|the\s+day\s+before|the\s+previous\s+day|(?:the|a|one)\s+day\s+earlier)$", re.I
)
# The day told of just before, by reference only: "the same day", "hours later", « le même jour ».
_THAT_DAY = re.compile(
    r"^(?:the\s+same\s+day|that\s+(?:day|morning|afternoon|evening|night)|(?:hours|minutes)\s+later"
    r"|le\s+même\s+jour|ce\s+jour-là|quelques\s+heures\s+plus\s+tard)$",
    re.I,
)
_DAY_AFTER = re.compile(
    r"^(?:(?:a|one)\s+day\s+later|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)"
    r"|le\s+lendemain(?:\s+(?:matin|soir))?)$",
    re.I,
)
_WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def resolve_date(wording: str, base: ClaimDate | dt.date | None = None) -> ClaimDate:
    """The date `wording` names, relative to `base` (usually the article's publication date).

    Never raises for odd text: what cannot be read ("31 février", "year 99999", "ces derniers
    mois") comes back as an unknown date that keeps its wording.
    """
    wording = " ".join(wording.split())
    if not wording:
        return ClaimDate.unknown()
    iso = _ISO.match(wording)
    if iso:  # written as ISO 8601: read as such, never guessed ("2019-13" is no date)
        return _strict_iso(iso, wording)
    base_date, base_certain = _base(base)
    if base_date is not None and (last_week := _WEEKDAY_LAST_WEEK.search(wording)):
        # "Tuesday last week", « mardi de la semaine dernière »: that weekday of the week before
        monday = base_date - dt.timedelta(days=base_date.weekday() + 7)
        value = monday + dt.timedelta(days=_WEEKDAYS[last_week.group(1).lower()])
        return ClaimDate.of(
            value,
            Precision.DAY,
            wording,
            certain=base_certain,
            doubt="" if base_certain else "resolved against an uncertain publication date",
        )
    if base_date is not None and _SAME_DAY.match(wording):
        # "earlier in the day", « dans la soirée »: the day told of, most often the day of writing
        return ClaimDate.of(
            base_date,
            Precision.DAY,
            wording,
            certain=False,
            doubt="the day told of, read as the day of publication",
        )
    if _DAY_AFTER.match(wording) or _DAYS_LATER.match(wording) or _THAT_DAY.match(wording):
        # "a day later", « le lendemain »: after a day told of before; alone, it names none
        return ClaimDate(
            None, Precision.UNKNOWN, wording, False, "the day after a day the sentence does not give"
        )
    if _DAY_BEFORE.match(wording):
        # « la veille », "the day before": the day before the one the article tells of, which a
        # news report is most often the day before it appeared. Read so, and marked uncertain.
        if base_date is None:
            return ClaimDate(
                None, Precision.UNKNOWN, wording, False, "relative to a day the article does not give"
            )
        return ClaimDate.of(
            base_date - dt.timedelta(days=1),
            Precision.DAY,
            wording,
            certain=False,
            doubt="the day before the day told of, read as the day before publication",
        )
    interval = resolve_interval(wording, base_date, base_certain)
    if interval is not None:
        return interval
    if base_date is not None and (nth := _DAY_OF_MONTH.match(wording)):
        # "on the 3rd": that day of the month of writing, or of the month before when still to come
        return _day_of_month(int(nth.group(1) or nth.group(2)), base_date, base_certain, wording)
    absolute = bool(_YEAR.search(wording))
    if not absolute and base_date is None and not _WEEKDAY.search(wording) and _DAY_OR_MONTH.search(wording):
        # "le 29 janvier" in an undated article: the year is not known, and is not guessed.
        return ClaimDate(
            None, Precision.UNKNOWN, wording, False, "a day and month without a year, in an undated article"
        )
    if (
        not absolute
        and base_date is None
        and (_WEEKDAY.search(wording) or _COUNTED_FROM_TODAY.search(wording))
    ):
        # "on Tuesday", "yesterday", "last week" in an undated article: relative to a day we do
        # not know, so not resolved (dateparser would count from today).
        return ClaimDate(
            None,
            Precision.UNKNOWN,
            wording,
            False,
            "relative to a publication date the article does not give",
        )
    prefer = "future" if _FUTURE.search(wording) else "past"
    parsed = _parse(wording, base_date, prefer)
    if parsed is None:
        return ClaimDate.unknown(wording)
    value, precision = parsed
    if _LAST.search(wording) and not absolute and base_date is not None and value >= base_date:
        # "le 5 décembre dernier" written on 5 December: "dernier" points to last year's.
        value = _a_year_before(value)
    if (
        _same_weekday(wording, base_date)
        and base_certain
        and not _LAST.search(wording)
        and not _FUTURE.search(wording)
    ):
        # "a déclaré mardi" in Tuesday's paper: that Tuesday, as news writes it (dateparser gives
        # the Tuesday before). A page header's date may be the day the page was saved, days
        # later: against it the week before stands. Marked uncertain either way, below.
        value = base_date  # type: ignore[assignment]
    doubts = _doubts(wording, base_date, base_certain)
    return ClaimDate.of(value, precision, wording, certain=not doubts, doubt="; ".join(doubts))


# "on the 3rd", "on Thursday the 6th" (dateparser reads the latter as June), « dès le 17 »
_DAY_OF_MONTH = re.compile(
    r"^(?:(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)"
    r"|(?:dès\s+)?le\s+(\d{1,2})(?:er)?)$",
    re.IGNORECASE,
)


def _day_of_month(day: int, base: dt.date, base_certain: bool, wording: str) -> ClaimDate:
    month = base.replace(day=1)
    if day > base.day:
        month = (month - dt.timedelta(days=1)).replace(day=1)
    try:
        value = month.replace(day=day)
    except ValueError:  # "the 31st" of a shorter month
        return ClaimDate.unknown(wording)
    doubt = "" if base_certain else "resolved against an uncertain publication date"
    return ClaimDate.of(value, Precision.DAY, wording, certain=base_certain, doubt=doubt)


def _same_weekday(wording: str, base: dt.date | None) -> bool:
    weekday = _WEEKDAY.search(wording)
    return bool(
        weekday
        and base is not None
        and not _YEAR.search(wording)
        and not re.search(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b", wording)  # "jeudi 12 septembre": its own day
        and _WEEKDAYS[weekday.group(1).lower()] == base.weekday()
    )


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _strict_iso(match: re.Match, wording: str) -> ClaimDate:
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            return ClaimDate.of(dt.date(year, month, day), Precision.DAY, wording)  # type: ignore[arg-type]
        if month is not None:
            return ClaimDate.of(dt.date(year, month, 1), Precision.MONTH, wording)  # type: ignore[arg-type]
        return ClaimDate.of(dt.date(year, 1, 1), Precision.YEAR, wording)  # type: ignore[arg-type]
    except ValueError:
        return ClaimDate.unknown(wording)


def _a_year_before(value: dt.date) -> dt.date:
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # 29 February
        return value.replace(year=value.year - 1, day=28)


def _base(base: ClaimDate | dt.date | None) -> tuple[dt.date | None, bool]:
    if isinstance(base, ClaimDate):
        if base.value is None or base.precision is not Precision.DAY:
            return None, False
        return base.value, base.certain
    return base, base is not None


def _parse(wording: str, base: dt.date | None, prefer: str) -> tuple[dt.date, Precision] | None:
    parser = _parser(base, prefer)
    for candidate in _candidates(wording):
        data = parser.get_date_data(candidate)
        if data.date_obj is not None:
            return data.date_obj.date(), _PERIOD_PRECISION.get(data.period or "day", Precision.DAY)
    # A date inside a longer phrase ("l'attaque du 1 septembre"): let dateparser look for it.
    for text, when in _search(wording, base, prefer):
        if _cut_from_a_number(wording, text):
            # "31 février" yields "février": the impossible day was dropped, so the date is not real.
            return None
        data = parser.get_date_data(text)
        return when.date(), _PERIOD_PRECISION.get(data.period or "day", Precision.DAY)
    return None


def _cut_from_a_number(wording: str, found: str) -> bool:
    at = wording.find(found)
    if at < 0:
        return False
    before, after = wording[:at].rstrip(), wording[at + len(found) :].lstrip()
    return bool(re.search(r"\d$", before) or re.match(r"\d", after))


# "ce matin", "ce soir": today, which dateparser does not read in French.
_THIS_PART_OF_DAY_FR = re.compile(
    r"\b(?:ce|cet|cette)\s+(?:matin|soir|après-midi|apres-midi|nuit)\b", re.IGNORECASE
)


# "last night": the evening before the day of writing, which dateparser does not read.
_LAST_NIGHT = re.compile(r"\blast\s+night\b", re.IGNORECASE)


# Days named by their feast, which dateparser does not read: as their date.
HOLIDAYS = {
    "christmas day": "25 December",
    "christmas eve": "24 December",
    "boxing day": "26 December",
    "new year's day": "1 January",
    "new year's eve": "31 December",
    "bastille day": "14 July",
    "halloween": "31 October",
    "valentine's day": "14 February",
    "armistice day": "11 November",
    "à noël": "25 décembre",  # not the first name: « a déclaré Noël Mamère »
    "le jour de noël": "25 décembre",
    "la saint-sylvestre": "31 décembre",
    "le jour de l'an": "1 janvier",
    "la toussaint": "1 novembre",
}
# The feasts as a regex alternation (case-blind, any space, either apostrophe).
HOLIDAY_NAMES = "|".join(re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+") for name in HOLIDAYS)
_HOLIDAY = re.compile(rf"\b(?:{HOLIDAY_NAMES})\b", re.IGNORECASE)


def _as_date(feast: re.Match) -> str:
    return HOLIDAYS[" ".join(feast.group(0).lower().replace("’", "'").split())]


# French counts dateparser does not read ("il y a quinze jours", « une quinzaine de jours »): as figures.
_FR_COUNTS = {"treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30}
_FR_ABOUT = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30}
_FR_COUNT = re.compile(
    r"\b(?:une\s+(?P<about>dizaine|quinzaine|vingtaine|trentaine)(?:\s+de(?=\s+(?:jours|semaines|mois|ans)\b)|\s+d['’](?=années\b))?"
    r"|(?P<count>treize|quatorze|quinze|seize|vingt|trente))\b",
    re.IGNORECASE,
)


def _as_figure(count: re.Match) -> str:
    if count.group("about"):
        figure = str(_FR_ABOUT[count.group("about").lower()])
        joined = count.group(0).endswith(("de", "d'", "d’"))  # « une quinzaine de jours », « d'années »
        return figure + " " if joined else f"{figure} jours"  # « il y a une quinzaine »: of days
    return str(_FR_COUNTS[count.group("count").lower()])


def _candidates(wording: str) -> list[str]:
    wording = _FR_COUNT.sub(_as_figure, _HOLIDAY.sub(_as_date, wording))
    wording = _LAST_NIGHT.sub("yesterday", _THIS_PART_OF_DAY_FR.sub("aujourd'hui", wording))
    stripped = " ".join(_QUALIFIERS.sub(" ", wording).split()).strip(" ,.;:–-")
    candidates = [wording]
    if stripped and stripped != wording:
        candidates.append(stripped)
    return candidates


def _doubts(wording: str, base: dt.date | None, base_certain: bool) -> list[str]:
    absolute = bool(_YEAR.search(wording))
    doubts = []
    if not absolute and base is None:
        doubts.append("no year in the text and no publication date to resolve it against")
    elif not absolute and not base_certain:
        doubts.append("resolved against an uncertain publication date")
    if about := next((m.group("about") for m in _FR_COUNT.finditer(wording) if m.group("about")), None):
        doubts.append(f"an approximate count (« une {about.lower()} »)")
    if _same_weekday(wording, base):
        doubts.append(
            "same weekday as the publication: read as that day"
            if base_certain
            else "same weekday as an uncertain publication date: read as the week before"
        )
    return doubts


def _settings(base: dt.date | None, prefer: str) -> dict:
    settings = {
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    return settings


@lru_cache(maxsize=64)
def _parser(base: dt.date | None, prefer: str):
    from dateparser.date import DateDataParser  # loaded on the first date, not at start-up

    return DateDataParser(languages=list(LANGUAGES), settings=_settings(base, prefer))


def _search(wording: str, base: dt.date | None, prefer: str) -> list[tuple[str, dt.datetime]]:
    from dateparser.search import search_dates

    try:
        return search_dates(wording, languages=list(LANGUAGES), settings=_settings(base, prefer)) or []
    except (ValueError, OverflowError):
        return []


def days_after_the_day_told_of(wording: str) -> int | None:
    """How many days after the day the text was telling of `wording` names: 0 for "later in the
    day", « dans la soirée », 1 for "a day later", « le lendemain »; None for any other wording."""
    wording = " ".join(wording.split())
    if _SAME_DAY.match(wording) or _THAT_DAY.match(wording):
        return 0
    if counted := _DAYS_LATER.match(wording):  # "two days later", « trois jours plus tard »
        return _COUNTED_DAYS[counted.group(1).lower()]
    return 1 if _DAY_AFTER.match(wording) else None


_COUNTED_DAYS = {"two": 2, "three": 3, "four": 4, "deux": 2, "trois": 3, "quatre": 4, "2": 2, "3": 3, "4": 4}
_DAYS_LATER = re.compile(
    r"^(two|three|four|deux|trois|quatre|[234])\s+(?:days\s+later|jours\s+plus\s+tard)$", re.IGNORECASE
)
