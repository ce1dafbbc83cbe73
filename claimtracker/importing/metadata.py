"""Proposing an article's title, outlet, original source and publication date from its text.

Scraped pages mix the article with a page header (site name, the day the page was saved,
breadcrumbs), social counters and sidebars. The publication date is taken, in that order of
trust, from a dateline ("Iran Focus, Bagdad, le 29 janvier –"), a signature at the end
("Le 20 janvier 2014"), or the page header ("| 4 February 2023, Saturday |"); a header date, or a
date without a year, is proposed as uncertain. The analyst confirms or corrects all of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimtracker.domain.dates import ClaimDate
from claimtracker.extraction.dates import resolve_date
from claimtracker.extraction.reporting_words import MONTHS_EN, MONTHS_FR
from claimtracker.extraction.sentences import WIRE_DATELINE

_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep"
)
_MONTH = re.compile(rf"\b({_MONTHS})\b\.?", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DATELINE = re.compile(
    r"^(?P<outlet>[A-Z][^,\n]{1,60}?),\s*(?P<place>[A-Z][^,\n]{1,40}?),\s*(?P<date>[^,\n]{3,40}?)\s*[–—-]\s+\S"
)
# Wire copy: "LONDON, March 5, 2024 (Reuters) -", "Paris, le 12 mars 2024 (AFP) –", "KYIV,
# Ukraine (AP) —" (the place, perhaps its country, perhaps the date, then the agency).
_TITLE_CREDIT = re.compile(
    r"^(?P<title>.*\S)\s+[-–|]\s+(?P<credit>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$"
)
_SOURCE_LABEL = re.compile(r"^\s*(?:la\s+)?source\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_FOLLOW = re.compile(r"^follow\s+(?P<name>\S.{0,40})$", re.IGNORECASE)
_SIGNATURE_OFFICE = re.compile(
    r"^(secrétariat|secretariat|bureau de presse|service de presse|press office|office)\s+"
    r"(du|de la|de l'|de l’|des|de|of the|of)\s+",
    re.IGNORECASE,
)
_BULLETS = " \t•·●▪*-–—|"
# A scraped page's navigation before the title: "Skip to main content", "Menu", "Se connecter".
_NAVIGATION = re.compile(
    r"^(?:skip to|jump to|aller au contenu|menu$|search$|sign in|log in|subscribe|accueil$|se connecter|s['’]abonner"
    r"|rechercher$)",
    re.IGNORECASE,
)
# Breadcrumbs and menus set on one line: "Home | News | UK", "Accueil > Régions > Occitanie",
# "Technology  Markets  Opinion" (items apart by two spaces, as a scraped menu often comes).
_MENU_SEPARATOR = re.compile(r"\s+[|>›»/•·]\s+|\s{2,}")
HEADER_LINES = 6  # lines before the title that may hold a site name, a date, breadcrumbs
TAIL_LINES = 12  # lines at the end searched for a signature


@dataclass(frozen=True, slots=True)
class ProposedMetadata:
    title: str = ""
    outlet: str = ""
    original_source: str = ""
    published: ClaimDate = field(default_factory=ClaimDate.unknown)
    date_origin: str = ""  # dateline, signature, page header, page metadata


@dataclass(slots=True)
class _Line:
    index: int
    text: str


def propose_metadata(text: str, language: str = "") -> ProposedMetadata:
    """What the text itself says of its title, outlet and date. A numeric date is read day first
    in French ("12/08/2025" is 12 August) and in English spelt the British way ("centre", "£",
    "Mr Jones"), month first in English spelt the American way."""
    french = language == "fr"
    day_first = french or _writes_day_first(text)
    lines = [
        _Line(i, _spelled_out(line.strip(), french=french, day_first=day_first))
        for i, line in enumerate(text.split("\n"))
        if line.strip()
    ]
    if not lines:
        return ProposedMetadata()
    masthead = _masthead(lines[0].text)
    title_at = _title_index(lines, masthead)
    title, credit = _split_credit(lines[title_at].text) if title_at is not None else ("", "")
    after_title = lines[title_at + 1 :] if title_at is not None else lines

    dateline_outlet, dateline_date = _dateline(after_title[:4])
    date_line = _date_line(after_title[:3]) if title_at is not None else None
    signature_outlet, signature_date = _signature(after_title)
    header_date = _header_date(lines[: title_at if title_at is not None else HEADER_LINES])

    if dateline_date is not None and (dateline_date.is_known or date_line is None):
        # a dateline without its year ("WASHINGTON, March 5 (Reuters) -") yields to a full date line
        published, origin = dateline_date, "dateline"
    elif date_line is not None:
        published, origin = date_line, "date line"
    elif signature_date is not None:
        published, origin = signature_date, "signature"
    elif header_date is not None:
        published, origin = header_date, "page header"
    else:
        published, origin = ClaimDate.unknown(), ""

    with_agency = next(filter(None, (_WITH_AGENCY.fullmatch(line.text) for line in after_title[:3])), None)
    outlet = (
        dateline_outlet
        or (with_agency["outlet"] if with_agency else "")  # « Le Monde avec AFP »
        or signature_outlet
        or masthead
        or _follow_name(lines)
    )
    return ProposedMetadata(
        title=title,
        outlet=outlet,
        original_source=_source_label(lines) or credit or (with_agency["agency"] if with_agency else ""),
        published=published,
        date_origin=origin,
    )


# « Le Monde avec AFP », "The Guardian with agencies": the outlet, and the agency its text came from.
_WITH_AGENCY = re.compile(
    r"(?:par\s+|by\s+)?(?P<outlet>[A-ZÀ-Ý0-9][\w'’ .&-]{1,40}?)\s+(?:avec|with)\s+(?:l['’])?"
    r"(?P<agency>AFP|Reuters|AP|ATS|Belga|agences?|agencies|l['’]AFP)",
    re.IGNORECASE,
)
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")
_MONTH_NAMES = [name.title() for name in MONTHS_EN.split("|")[:12]]
_MONTH_NAMES_FR = MONTHS_FR.split("|")
_SPELLED_DAY = re.compile(rf"\b\d{{1,2}} (?:{'|'.join(_MONTH_NAMES + _MONTH_NAMES_FR)}) \d{{4}}\b")
# "2025-03-03T14:02:00Z": a page's machine date, read as its day
_ISO_DATETIME = re.compile(r"\b(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b")


# Spellings that tell British, Irish, Indian or Australian English, which write the day first
# ("05/06/2025" is 5 June), from American English, which writes the month first.
_DAY_FIRST_SPELLINGS = re.compile(
    r"\b(?:centre|programme|organisation|organise[ds]?|per cent|labour|colour|favour|defence|whilst|realise[ds]?"
    r"|BST|GMT|IST|AEST|Mr|Mrs|Ms|Dr)\b(?!\.)|£"
)
_MONTH_FIRST_SPELLINGS = re.compile(
    r"\b(?:center|program|organization|organize[ds]?|percent|labor|color|favor|defense|realize[ds]?"
    r"|EST|EDT|PST|PDT|CST|CDT|ET)\b|\b(?:Mr|Mrs|Ms|Dr)\."
)


def _writes_day_first(text: str) -> bool:
    """Whether an English page writes its numeric dates day first, by how it spells."""
    return len(_DAY_FIRST_SPELLINGS.findall(text)) > len(_MONTH_FIRST_SPELLINGS.findall(text))


def _spelled_out(line: str, *, french: bool, day_first: bool) -> str:
    """A short line's numeric dates with their month spelled out, so that no parser guesses the
    order: the day first in French, in British spelling and with dots ("12.08.2025"), or when it
    cannot be a month."""
    if len(line.split()) > 16:
        return line
    months = _MONTH_NAMES_FR if french else _MONTH_NAMES

    def spell(match: re.Match) -> str:
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        day, month = (first, second) if day_first or match[2] == "." or first > 12 else (second, first)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match[0]
        return f"{day} {months[month - 1]} {year}"

    return _NUMERIC_DAY.sub(spell, _ISO_DATETIME.sub(r"\1", line))


def _masthead(line: str) -> str:
    """A site name set in capitals on the first line: 'SAWT BEIRUT INTERNATIONAL'."""
    letters = [c for c in line if c.isalpha()]
    if letters and line == line.upper() and len(line.split()) <= 6 and not _is_date_line(line):
        return line.title()
    return ""


def _title_index(lines: list[_Line], masthead: str) -> int | None:
    for i, line in enumerate(lines[: HEADER_LINES + 1 + _menu_lines(lines)]):
        text = line.text
        if (
            (i == 0 and masthead)
            or _is_date_line(text)
            or _TIME_AGO.fullmatch(text)
            or _WITH_AGENCY.fullmatch(text)
            or text.endswith(("...", "…"))
            or _NAVIGATION.match(text)
            or _is_menu(text)
        ):
            continue
        following = lines[i + 1 : i + 2]
        if following and _WITH_AGENCY.fullmatch(following[0].text):
            following = lines[i + 2 : i + 3]  # "Talks resume / The Guardian with agencies / Mon 3 Mar …"
        next_is_date = bool(following) and (
            bool(_date_line(following)) or bool(_TIME_AGO.fullmatch(following[0].text))
        )
        if text[0] in _BULLETS or (len(text.split()) < 3 and not next_is_date) or len(text) > 300:
            continue  # a short line is a title only when its date line follows ("Talks collapse")
        return i
    return None


def _menu_lines(lines: list[_Line]) -> int:
    """How many lines of a navigation menu open the page ("Menu", "World", "Sign in"): the title
    may come after them."""
    count = 0
    for line in lines[:20]:
        if not (_NAVIGATION.match(line.text) or len(line.text.split()) == 1):
            break
        count += 1
    return count


def _is_menu(text: str) -> bool:
    items = _MENU_SEPARATOR.split(text.strip(_BULLETS))
    if len(items) == 2 and _MENU_MARK.search(text):  # "Home | World", « Accueil > Monde »
        return all(0 < len(item.split()) <= 2 for item in items)
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 for item in items)


_MENU_MARK = re.compile(r"\s[|>›»]\s")
# "5 hours ago", « il y a 3 heures », "Updated 2 days ago": when, but no day to read.
_TIME_AGO = re.compile(
    r"(?:(?:updated|published|posted|mis à jour|publié)\s+)?(?:\d+\s+(?:minutes?|hours?|days?|mins?|hrs?)\s+ago"
    r"|il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?|h))",
    re.IGNORECASE,
)


def _split_credit(title: str) -> tuple[str, str]:
    """'Headline - Reuters' credits Reuters: the headline comes back without the credit."""
    match = _TITLE_CREDIT.match(title)
    if match and len(match["title"].split()) >= 3:
        return match["title"], match["credit"]
    return title, ""


def _is_date_line(text: str) -> bool:
    core = text.strip(_BULLETS)
    words = len(_SPELLED_DAY.sub("0", core).split())  # a numeric date spelled out is still one word
    if not core or words > 6 or not any(c.isdigit() for c in core):
        return False
    return bool(_MONTH.search(core) or _NUMERIC_DATE.search(core))


def _date_of(text: str) -> ClaimDate | None:
    date = resolve_date(text.strip(_BULLETS))
    return date if date.is_known else None


def _dateline(lines: list[_Line]) -> tuple[str, ClaimDate | None]:
    for line in lines:
        wire = WIRE_DATELINE.match(line.text)
        if wire:
            wording = wire["date"] or ""
            dated = _MONTH.search(wording) or _NUMERIC_DATE.search(wording)
            date = resolve_date(wording.strip(_BULLETS)) if dated else None
            return wire["outlet"].strip(), date if date is not None and (
                date.is_known or date.wording
            ) else None
        match = _DATELINE.match(line.text)
        if match and (_MONTH.search(match["date"]) or _NUMERIC_DATE.search(match["date"])):
            # A dateline without a year ("le 29 janvier") is still the article's date: its year
            # stays unknown rather than being guessed.
            date = resolve_date(match["date"].strip(_BULLETS))
            if date.is_known or date.wording:
                return match["outlet"].strip(), date
    return "", None


# "Publié le samedi 6 février 2021", "Published: 10 March 2017", "Mis à jour le …": a date line's label.
_DATE_LABEL = re.compile(
    r"^(?:publié|publiée|(?:dernière\s+)?mise?\s+à\s+jour|modifié|(?:first\s+|originally\s+)?published"
    r"|(?:last\s+)?updated|posted|date)(?:\s+(?:le|on))?\s*:?\s*",
    re.IGNORECASE,
)


# A byline sharing the date's line: "By Maria Lopez | Sept. 19, 2024", "Par Jeanne Dupont, le 3
# mars 2024", "March 6, 2025 by newsdesk".
# The byline stops before a month or a number: "By JANE SMITH Associated Press June 5, 2025".
_BYLINE = re.compile(
    rf"^(?:by|par)\s+(?:(?!(?:{_MONTHS})\b)[^,\d])*(?:,\s*|$|(?=(?:{_MONTHS})\b|\d))|\s+(?:by|par)\s+\S.*$",
    re.IGNORECASE,
)
# The time of day, before or after the date: "6:45 PM EDT, Wed Sept. 18, 2024", "à 10h05".
_TIME_OF_DAY = re.compile(
    r"(?:(?:à|at)\s+)?\b\d{1,2}\s*[h:.]\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?,?"
    r"|(?:(?:à|at)\s+)?\b\d{1,2}h\b",
    re.IGNORECASE,
)


_PUBLISHED_LABEL = re.compile(
    r"(?:originally\s+|first\s+)?(?:published|publié|publiée|posted)\b", re.IGNORECASE
)


def _date_line(lines: list[_Line]) -> ClaimDate | None:
    """The article's own date, alone on its line under the title ("Friday, March 10, 2017",
    "Publié le 14 mars 2017 à 10h05", "By Maria Lopez | Sept. 19, 2024"): the day it was
    published, as sure as a dateline. Of "Publié le …, mis à jour le …", the first; of
    "Updated: … | Originally published …", the publication."""
    for line in lines:
        # "Ouest-France    Publié le …", "3 Nov ● 4 min read", "Updated 11 May, first published 9 May"
        parts = re.split(
            r"\s+[|•·●▪]\s+|\s{3,}|[,.;]\s+(?=" + _PUBLISHED_LABEL.pattern + ")", line.text, flags=re.I
        )
        parts.sort(key=lambda part: not _PUBLISHED_LABEL.match(part.strip()))  # stable: order kept otherwise
        for part in parts:
            text = _BYLINE.sub("", _DATE_LABEL.sub("", part.strip()))
            text = _TIME_OF_DAY.sub(" ", text)
            text = re.split(r",?\s+\(?(?:mis à jour|modifié|updated)\b", text, flags=re.IGNORECASE)[0]
            text = " ".join(text.split()).strip(" ,")
            if _is_date_line(text) and _YEAR.search(text) and (date := _date_of(text)) is not None:
                return date
    return None


def _signature(lines: list[_Line]) -> tuple[str, ClaimDate | None]:
    """A dated signature among the last lines: 'Secrétariat du CNRI' / 'Le 20 janvier 2014'."""
    tail = lines[-TAIL_LINES:]
    for i, line in enumerate(tail):
        if _is_date_line(line.text) and _YEAR.search(line.text):
            date = _date_of(line.text)
            if date is None:
                continue
            outlet = ""
            if i > 0 and _looks_like_name(tail[i - 1].text):
                outlet = _SIGNATURE_OFFICE.sub("", tail[i - 1].text).strip()
                if byline := re.match(r"(?:by|par)\s+(.+)", outlet, re.IGNORECASE):
                    # "By AFP": an agency's byline names the outlet; "By Jane Doe" an author
                    outlet = byline[1] if byline[1].isupper() else ""
            return outlet, date
    return "", None


def _looks_like_name(text: str) -> bool:
    return (
        1 <= len(text.split()) <= 12
        and not text.endswith((".", "!", "?", ":", "»", '"'))
        and text[0].isupper()
    )


def _header_date(lines: list[_Line]) -> ClaimDate | None:
    for line in lines[:HEADER_LINES]:
        if _is_date_line(line.text):
            date = _date_of(line.text)
            if date is not None:
                return ClaimDate(
                    date.value,
                    date.precision,
                    date.wording,
                    certain=False,
                    doubt="taken from the page header, which may be the day the page was saved",
                )
    return None


def _source_label(lines: list[_Line]) -> str:
    """'la source : Al-Ain' (on one line or the next) names the outlet the text was taken from."""
    for i, line in enumerate(lines):
        match = _SOURCE_LABEL.match(line.text)
        if not match:
            continue
        rest = match["rest"].strip(_BULLETS)
        if not rest and i + 1 < len(lines):
            rest = lines[i + 1].text.strip(_BULLETS)
        if rest and len(rest.split()) <= 6:
            return rest
    return ""


def _follow_name(lines: list[_Line]) -> str:
    for line in lines:
        match = _FOLLOW.match(line.text)
        if match and len(match["name"].split()) <= 3:
            return match["name"].strip()
    return ""
