"""Wordings that name an interval rather than a day, month or year, which dateparser does not
read as such: "last week", "la semaine dernière", "début 2020", "mid-October", "fin mars",
"in the 1990s", "dans les années 90"."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimtracker.domain.dates import ClaimDate

_MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            (
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ),
            1,
        )
    },
    "fevrier": 2,
    "aout": 8,
    "decembre": 12,
    **{m.lower(): i for i, m in enumerate(calendar.month_name) if m},
    **{m.lower(): i for i, m in enumerate(calendar.month_abbr) if m},
    "sept": 9,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_LAST_WEEK = re.compile(
    r"^(?:la |the )?(?:semaine (?:dernière|derniere|passée|passee)|last week|past week)$"
    r"|^(?:en )?(?:début|fin) de (?:la )?semaine (?:dernière|derniere|passée|passee)$|^(?:early|late) last week$",
    re.I,
)
_THIS_WEEK = re.compile(
    r"^(?:earlier |plus tôt )?(?:this week|cette semaine)$|^earlier in the week$|^(?:en )?(?:début|milieu|fin) de (?:cette )?semaine$|^early this week$",
    re.I,
)
_WEEKEND = re.compile(
    r"^(?:at |over |during )?(?:the |this (?:past )?|last |ce |le )?(?:weekend|week-end)(?: dernier| passé)?$",
    re.I,
)
# "said overnight", « la nuit dernière »: the night before the day of writing, either side of midnight.
_OVERNIGHT = re.compile(r"^(?:overnight|la nuit (?:dernière|derniere))$", re.I)
_EARLIER_THIS_MONTH = re.compile(
    r"^(?:earlier this month|earlier in the month|plus tôt ce mois-ci|ce mois-ci|this month)$", re.I
)
_DECADE = re.compile(
    r"^(?:in |during |dans |pendant )?(?:the |les )?(?:années |annees )?(\d{2,4})(?:'?s)?$", re.I
)
_PART = re.compile(
    rf"^(?P<part>début|debut|early|mi|mid|milieu|fin|late|end of)[- ](?:de |d'|of )?"
    rf"(?:(?P<month>{_MONTH})\.?(?: (?P<myear>\d{{4}}))?|(?P<year>\d{{4}}))$",
    re.I,
)
_PARTS = {
    "début": 0,
    "debut": 0,
    "early": 0,
    "mi": 1,
    "mid": 1,
    "milieu": 1,
    "fin": 2,
    "late": 2,
    "end of": 2,
}


def resolve_interval(wording: str, base: dt.date | None, base_certain: bool) -> ClaimDate | None:
    """The interval the wording names, or None when it names none of these forms."""
    text = wording.strip().strip(".,;:").lower()
    if _LAST_WEEK.match(text):
        if base is None:
            return ClaimDate(None, wording=wording, certain=False, doubt="no publication date to count from")
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return ClaimDate.between(
            monday, monday + dt.timedelta(days=6), wording, certain=False, doubt="some day of that week"
        )
    if _OVERNIGHT.match(text) and base is not None:
        yesterday = base - dt.timedelta(days=1)
        return ClaimDate.between(
            yesterday, base, wording, certain=False, doubt="the night before the day of writing"
        )
    if (week := _THIS_WEEK.match(text)) or _WEEKEND.match(text) or _EARLIER_THIS_MONTH.match(text):
        if base is None:
            return ClaimDate(None, wording=wording, certain=False, doubt="no publication date to count from")
        if week:  # from Monday up to the day of writing
            first, doubt = base - dt.timedelta(days=base.weekday()), "some day of this week"
        elif _WEEKEND.match(text):  # the last Saturday and Sunday, up to the day of writing
            saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
            last = min(saturday + dt.timedelta(days=1), base)
            return ClaimDate.between(saturday, last, wording, certain=False, doubt="some day of that weekend")
        else:
            first, doubt = base.replace(day=1), "some day of this month"
        return ClaimDate.between(first, base, wording, certain=False, doubt=doubt)
    decade = _DECADE.match(text)
    if decade and ("s" in text[decade.end(1) :] or "années" in text or "annees" in text):
        year = int(decade.group(1))
        year = year + 1900 if year < 100 else year
        if year % 10 == 0:
            return ClaimDate.between(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), wording)
    part = _PART.match(_as_part_of_a_month(text, base))
    if part:
        return _part_of(part, wording, base, base_certain)
    if season := _SEASON.match(text):
        return _season(season, wording, base)
    return None


# What leads a part of a month and says nothing more: "in mid-November", "at the end of October",
# « à la mi-novembre », « à la fin du mois d'octobre ».
_LEADING = re.compile(r"^(?:(?:in|at|by|towards?|around|à|en|vers|dès) )?(?:the |la )?")
_SAME_PART = (
    (re.compile(r"^(?:start|beginning) of "), "early "),
    (re.compile(r"^middle of "), "mid "),
    (re.compile(r"^fin du mois (?:de |d')"), "fin "),
    (re.compile(r"^début du mois (?:de |d')"), "début "),
)
_LAST_MONTH = re.compile(r"(?<= )(?:last month|du mois dernier)$")
_THIS_MONTH = re.compile(r"(?<= )(?:this month|de ce mois)$")


def _as_part_of_a_month(text: str, base: dt.date | None) -> str:
    """`text` as _PART reads it: "in mid-November" → "mid-november", "late last month" → "late
    october 2026" (the month before `base`)."""
    text = _LEADING.sub("", text.replace("’", "'"), count=1)
    for wording, same in _SAME_PART:
        text = wording.sub(same, text, count=1)
    if base is not None and _LAST_MONTH.search(text):
        month = base.replace(day=1) - dt.timedelta(days=1)
        text = _LAST_MONTH.sub(f"{calendar.month_name[month.month].lower()} {month.year}", text)
    if base is not None and _THIS_MONTH.search(text):
        text = _THIS_MONTH.sub(f"{calendar.month_name[base.month].lower()} {base.year}", text)
    return text


# A season, the latest that had begun by the day of writing ("last" one: the latest that had ended):
# "this summer", "over the summer", « cet été », « l'hiver dernier ».
_SEASON = re.compile(
    r"^(?:(?:(?P<last_en>last)|this|over the|in the|during the|cet|ce|au|en|pendant l'|l')[ ']?)?"
    r"(?P<season>spring|summer|autumn|fall|winter|printemps|été|automne|hiver)"
    r"(?P<last> dernier)?(?: (?P<year>\d{4}))?$"
)
_SEASON_MONTHS = {"spring": 3, "printemps": 3, "summer": 6, "été": 6, "autumn": 9, "fall": 9, "automne": 9}


def _season(match: re.Match, wording: str, base: dt.date | None) -> ClaimDate:
    first_month = _SEASON_MONTHS.get(match.group("season"), 12)  # winter: December to February
    if match.group("year"):
        year = int(match.group("year"))
    elif base is None:
        return ClaimDate(None, wording=wording, certain=False, doubt="a season in an undated article")
    else:
        year = base.year if dt.date(base.year, first_month, 1) <= base else base.year - 1
        if (match.group("last") or match.group("last_en")) and _season_end(year, first_month) >= base:
            year -= 1  # « l'hiver dernier » said in winter: the one before
    first = dt.date(year, first_month, 1)
    return ClaimDate.between(
        first, _season_end(year, first_month), wording, certain=False, doubt="some day of that season"
    )


def _season_end(year: int, first_month: int) -> dt.date:
    """The last day of the three months from `first_month` of `year` (winter ends in February)."""
    return (dt.date(year, first_month, 1) + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)


def _part_of(match: re.Match, wording: str, base: dt.date | None, base_certain: bool) -> ClaimDate | None:
    third = _PARTS[match.group("part").lower()]
    if match.group("year"):
        year = int(match.group("year"))
        edges = [(1, 1), (5, 1), (9, 1)]
        first = dt.date(year, *edges[third])
        last = dt.date(year, *edges[third + 1]) - dt.timedelta(days=1) if third < 2 else dt.date(year, 12, 31)
        return ClaimDate.between(first, last, wording)
    month = _MONTHS[match.group("month").lower().rstrip(".")]
    if match.group("myear"):
        year, doubts = int(match.group("myear")), []
    elif base is not None:
        year = base.year if month <= base.month else base.year - 1  # the latest such month, not after
        doubts = [] if base_certain else ["resolved against an uncertain publication date"]
    else:
        return ClaimDate(
            None, wording=wording, certain=False, doubt="a month without a year, in an undated article"
        )
    days = calendar.monthrange(year, month)[1]
    starts = (1, 11, 21)
    first = dt.date(year, month, starts[third])
    last = dt.date(year, month, starts[third + 1] - 1) if third < 2 else dt.date(year, month, days)
    return ClaimDate.between(first, last, wording, certain=not doubts, doubt="; ".join(doubts))
