"""Whether a capitalised name after "told" / « a dit à » names a person, who hears the words, or a
medium, which passes them on: "told President Macron", « a confié à M. Dupont » are people;
"told Fox News", "told Reuters", « a déclaré au Monde » are media. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.reporting_words import EN_FORMS, FR_FORMS, MONTHS_EN, WEEKDAYS_EN, WEEKDAYS_FR

_TITLES = (
    # "Vice" and "Prime" only before the title they qualify: "told Vice News" names an outlet
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|President|Prime(?=[\s\u00a0]Minister)"
    r"|Vice(?=[\s\u00a0-](?:President|Premier|Chancellor|Minister|Admiral|Chair|Marshal))|Chancellor|Premier|King|Queen|Prince"
    r"|Princess|Pope|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|Minister|Secretary|General|Gen|Judge"
    r"|Justice|Chief|Father|Sister|Brother|Rabbi|Imam|Bishop|Cardinal|M|Mme|Mlle|Me|Maître|Monsieur|Madame"
    r"|Docteur|Professeur|Président|Présidente|Ministre|Général|Sénateur|Sénatrice|Député|Députée)\.?"
)
# A person's title before the name: "told Mr Smith", "told President Macron", « à M. Dupont ».
_TITLE = re.compile(_TITLES + r"[\s\u00a0]")
_TITLE_BEFORE = re.compile(r"(?<![\w'’])" + _TITLES + r"[\s\u00a0]+$")
# The capitalised word before a surname elsewhere in the text, when it is a first name ("Joe Biden"),
# not a word that opens a sentence or names a place, a day or an outlet ("When Reuters", "BBC Radio").
_FIRST_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])(?P<word>(?-i:[A-ZÀ-Ý])[a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \u00a0]+$"
)
_NOT_FIRST_NAMES = frozenset(
    "the a an and but or so yet when while whilst after before as if since because though although then also now"
    " on in at by for from with to of into over under about during last this that these those yesterday"
    " today tonight earlier later meanwhile however still both neither either some many most all every"
    " le la les un une des et mais ou quand lorsque selon pour par avec dans sur hier aujourd"
    " news radio press daily channel network agency television state".split()
    + WEEKDAYS_EN.split("|")
    + WEEKDAYS_FR.split("|")
    + MONTHS_EN.split("|")[:12]  # the months by their full names
)
_BEFORE_WINDOW = 40


def names_a_person(name: str, text: str | None = None) -> bool:
    """Whether `name` (capitalised words after the verb) is a person's: by the title before it, or by
    how `text` names it elsewhere. A name alone stays a medium's: "Iran Focus", "Al Jazeera" and
    "Emmanuel Macron" look alike until the article says "Mr Macron" or "Macron said"."""
    if _TITLE.match(name + " ") or _AFFILIATION_THEN_NAME.fullmatch(name.strip()):
        return True
    return text is not None and _called_a_person_elsewhere(name.strip(), text)


# What a person belongs to, then a first name and a surname: « à l'Insoumise Mathilde Panot ».
_AFFILIATION_THEN_NAME = re.compile(
    r"l['’](?-i:[A-ZÀ-Ý][a-zà-ÿ]+)[\s\u00a0]+(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)[\s\u00a0]+(?-i:[A-ZÀ-Ý][a-zà-ÿ-]+)"
)


def _called_a_person_elsewhere(name: str, text: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 3 or any(not word[:1].isupper() or word.isupper() for word in words):
        return False  # "the Guardian", "CNN", "NBC News": never a person's name
    if words[0] in ("The", "Le", "La", "Les", "L'", "L’") or any(
        word.endswith(("'s", "’s")) for word in words
    ):
        return False
    surname = words[-1]
    for mention in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
        before = text[max(0, mention.start() - _BEFORE_WINDOW) : mention.start()]
        if _TITLE_BEFORE.search(before):
            return True  # "President Biden", "Mr. Netanyahu"
        if len(words) == 1:
            first = _FIRST_NAME_BEFORE.search(before)
            last = not re.match(r"[\s\u00a0]+(?-i:[A-ZÀ-Ý])", text[mention.end() : mention.end() + 3])
            if first and last and first.group("word").lower() not in _NOT_FIRST_NAMES:
                return True  # "Joe Biden" elsewhere: "told Biden" names him (not "Thomson Reuters Trust")
        elif not before.rstrip().endswith(words[-2]) and _said_after(text, mention.end()):
            return True  # "Benjamin Netanyahu" elsewhere called "Netanyahu", who speaks
    return False


def _said_after(text: str, at: int) -> bool:
    word = re.match(
        r"[\s\u00a0]+(?:has[\s\u00a0]+|had[\s\u00a0]+|a[\s\u00a0]+)?([a-zà-ÿ]+)", text[at : at + 40]
    )
    return bool(word) and (word.group(1) in EN_FORMS or word.group(1) in FR_FORMS)


_NARRATORS = frozenset(["i", "we", "je", "j'", "j’", "nous"])
# Media known by one word, which a narrator may tell too ("We told Reuters").
ONE_WORD_OUTLETS = frozenset(
    "Reuters Bloomberg Axios Politico Wikinews Newsweek Forbes Fortune Variety Xinhua Interfax Yonhap Kyodo Tass "
    "Haaretz Semafor Mediapart Libération Marianne Challenges Euronews Franceinfo Europe1 Bild Spiegel Kommersant "
    "Izvestia Vedomosti Meduza Ukrinform Hromadske Anadolu Bernama Antara Dawn Wired Slate Vox Vice Insider Deadline "
    "TechCrunch Engadget Gizmodo Mashable Breitbart Newsmax Salon Quartz Stuff Metro Yle Kathimerini Sputnik Fox "
    "Sky Vogue Billboard Pitchfork Time People Esquire Marca Kicker Télérama Stern Focus Corriere Folha Clarín "
    "Aftonbladet Expressen Tagesspiegel Welt Sueddeutsche Nikkei Asahi Mainichi Yomiuri Kompas Rappler Inquirer "
    "Punch Vanguard Nation Standard Citizen Herald Independent Guardian Telegraph Observer Mirror Express Sun Times "
    "Post Tribune Globe Chronicle Examiner Courier Gazette Journal Record Star Mercury Echo Argus Advertiser".split()
)
# A medium named so elsewhere in the text: "Kommersant reported", "the daily Kommersant".
_MEDIUM_ELSEWHERE = (
    r"(?:(?:newspaper|magazine|agency|broadcaster|outlet|daily|weekly|website|channel|station|tabloid|journal"
    r"|quotidien|hebdomadaire|agence|chaîne|site)[\s\u00a0]+{name}\b"
    r"|\b{name}(?:['’]s)?[\s\u00a0]+(?:reported|reports|news|newspaper|magazine|agency|radio|television|TV|website"
    r"|quoted|journalists?|reporters?|correspondent|rapporte|a[\s\u00a0]+rapporté|révèle|a[\s\u00a0]+révélé))"
)


def a_bare_surname(name: str, text: str) -> bool:
    """Whether one capitalised word told is a person's surname ("told Netanyahu", "told Kane"),
    not a medium known by one word ("told Reuters") or shown as one in the text ("Kommersant
    reported")."""
    if not re.fullmatch(r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)", name) or name in ONE_WORD_OUTLETS:
        return False
    return re.search(_MEDIUM_ELSEWHERE.format(name=re.escape(name)), text, re.IGNORECASE) is None


def a_narrator_told_someone(
    text: str, speaker: tuple[int, int], cue: tuple[int, int], told: tuple[int, int]
) -> bool:
    """ "I told Sarah that …", « J'ai dit à Paul que … »: a narrator tells a person by a first name,
    not a medium by a one-word name (which a reporter, not "I", usually tells)."""
    name = text[told[0] : told[1]]
    return (
        text[speaker[0] : speaker[1]].strip().lower() in _NARRATORS
        and told[0] - cue[1] <= 6  # right after the verb: "told Sarah", « dit à Paul »
        and re.fullmatch(r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)", name) is not None
        and name not in ONE_WORD_OUTLETS
    )
