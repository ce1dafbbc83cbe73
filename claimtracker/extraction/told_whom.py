"""Who was told, right after "told": an outlet ("told Reuters", "told the Italian broadcaster RAI",
"told NBC's Meet the Press"), the press ("told reporters") or an audience ("told MPs"). Only a
medium passes the words on. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.addressees import as_medium
from claimtracker.extraction.reporting_words import WEEKDAYS_EN

# An assembly, a court or a committee is told, as « les députés » are: an audience, no relay.
ASSEMBLY = (
    r"(?:the[\s\u00a0]+)?(?:[A-Z][\w.&'’-]*[\s\u00a0]+){0,4}(?:Congress|Parliament|Senate|House|Assembly|Knesset"
    r"|Commons|Lords|Dáil|Seanad|Senedd|Holyrood|Stormont"
    r"|Bundestag|Duma|Council|Committee|Subcommittee|Court|Commission|Tribunal|Inquiry|Panel)\b"
)
# What an outlet named without an article is: "German news magazine Der Spiegel", "local radio
# station Bio Bio", "Japanese public broadcaster NHK".
_MEDIA_ADJECTIVE = (
    r"(?:(?-i:[A-Z])[\w-]*|[a-z]+-(?:run|owned|controlled|backed|based|language)"  # "state-run"
    r"|state|public|local|regional|national|private|independent|online|commercial"
    r"|business|financial|news|radio|television|TV|daily|weekly|Sunday)"
)
# A foreign title's own article, in lower case: "de Volkskrant", "la Repubblica", "het Nieuwsblad".
_FOREIGN_ARTICLE = r"(?:(?:de|het|la|il|el|le|die|der|das) )?"
_ADDRESSEE = re.compile(
    r"[\s\u00a0]+(?!" + ASSEMBLY + r"|(?:MPs|MEPs|MSPs|TDs|MKs)\b)(?P<np>"
    # first what it is, then its name: "the Italian broadcaster RAI", "a local newspaper, the Daily Star,",
    # "Japan's public broadcaster NHK", "German newspaper Die Welt" (no article: a name must follow)
    r"(?:(?:the|a|an|[A-Z][\w-]*['’]s)(?: (?!(?:the|a|an|his|her|its|their|that)\b)[\w'’-]+){0,3}? "
    r"|(?=(?:"
    + _MEDIA_ADJECTIVE
    + r" ){0,3}(?:newspaper|broadcaster|daily|magazine|tabloid|(?:news )?(?:agency|portal)"
    r"|(?:radio |TV |television )?station|(?:news )?outlet) (?:the )?"
    + _FOREIGN_ARTICLE
    + r"(?-i:[A-Z]))(?P<bare>)(?:"  # "local newspaper the Valley Courier" (not "the newspaper the Government")
    + _MEDIA_ADJECTIVE
    + r" ){0,3})"
    r"(?:newspaper|paper|magazine|broadcaster|tabloid|(?:news )?(?:outlet|portal)|publication|network|documentary"
    r"|(?:programme|program|show|podcast)(?!['’]s)"
    r"|(?:news )?agency|"
    r"(?:radio |TV |television )?station|(?:TV |television )channel|website|(?:daily|weekly)(?! (?:(?:news|press|media) )?(?:briefing|conference))"
    r"|news channel)"
    # "told the magazine's website": what the outlet runs
    r"(?:['’]s (?:own )?(?:website|site|podcast|programme|program|show|app|channel|newsletter))?"
    r"(?: [\"“](?-i:[A-Z])[^\"”\n]{1,40}[\"”])?"  # 'told the podcast "Armchair Expert"'
    # its name, with the small words of foreign titles: "Bild am Sonntag", "Corriere della Sera"
    r"(?:, (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?=[,.;:])| (?(bare)(?:the )?)"
    + _FOREIGN_ARTICLE
    + r"(?-i:[A-Z])[\w.&'’-]*"
    r"(?: (?:(?:am|der|del|della|di|de|du|von|van|y) )?[A-Z][\w.&'’-]*){0,2})?"
    # a network's show: "told NBC's Meet the Press", "CBS's Face the Nation"
    r"|[A-Z]{2,}['’]s[\s\u00a0]+[A-Z][\w-]*[\s\u00a0]+(?:the|of|of[\s\u00a0]+the)[\s\u00a0]+[A-Z][\w-]*"
    # a country's outlet: "Russia's state-run Channel One"
    r"|(?:[A-Z][\w-]*['’]s[\s\u00a0]+(?:(?:[a-z]+-(?:run|owned|controlled)|state|public|national|official)"
    r"[\s\u00a0]+){1,2}(?=[A-Z])|(?:[a-z]+-(?:run|owned|controlled)|state)[\s\u00a0]+(?=[A-Z]))?"  # "state-run Rossiya 1"
    r"(?:the[\s\u00a0]+)?(?:[A-Z]|\d{1,2}(?=[A-Z])|\d{1,2}[\s\u00a0](?=Minutes\b))[\w.&'’-]*"  # "told 2GB", "told 60 Minutes"
    # the words of its name, not a day: "told The Associated Press Friday that"
    r"(?:(?:[\s\u00a0]+(?:of|de|du|of[\s\u00a0]+the))?[\s\u00a0]+(?:(?<=['’]s[\s\u00a0])|(?!(?:"
    + WEEKDAYS_EN.title()
    + r")\b))[A-Z][\w.&'’-]*"  # (after a possessive, a show's weekday: "Sky's Sunday Morning")
    r"|[\s\u00a0]+at[\s\u00a0]+(?:One|Two|Five|Six|Seven|Nine|Ten|Noon)\b"  # "RTÉ's News at One"
    # a channel's number: "told KARE 11 on Thursday", "Channel 4 News" (not "told Reuters 30 people")
    r"|[\s\u00a0]+\d{2,3}(?:\.\d{1,2})?[\s\u00a0]?FM\b"  # a station's frequency: "told KCLR 96FM"
    r"|[\s\u00a0]+\d{1,2}(?:\.\d{2})?(?:['’]s)?(?=[\s\u00a0]+(?:[A-Z]|(?:on|that|in|at|last|this|earlier|late|program|programme|television|TV|radio|channel)\b)"
    r"|[,.;:]|$))*"  # "told ABC's 7.30 program"
    # a show named with its host: "Sunday Morning with Trevor Phillips", "Politics Live with …"
    r"(?:(?:"
    + "|".join(f"(?<={w})" for w in "Morning Sunday Show Live Tonight Breakfast Politics Hour".split())
    + r")[\s\u00a0]+with[\s\u00a0]+[A-Z][a-z]+[\s\u00a0]+[A-Z][\w'’-]+)?"
    r"(?:[\s\u00a0]+(?:programme|program|show|podcast|newspaper|channel|radio|television|news agency|magazine"
    r"|website|network|station|broadcaster)(?:['’]s(?:[\s\u00a0]+(?-i:[A-Z])[\w.'’-]*){1,3})?"  # "the Today programme's Nick Robinson"
    # "told BBC Radio Kent's breakfast show": a station's programme, in lower case
    r"|(?<=['’]s)(?:[\s\u00a0]+(?-i:[a-z]+)){0,2}[\s\u00a0]+(?:programme|program|show|podcast|bulletin)\b"
    # an event held by a named body: "told the CBI annual dinner", "the Conservative Party conference"
    r"|(?:[\s\u00a0]+(?!(?:after|before|during|following|at|on|in|of|to|for|with|from|by|the|a|an|that|this)\b)"
    r"(?-i:[a-z]+)){0,2}?[\s\u00a0]+(?:conference|summit|forum|congress|convention|rally|meeting"
    r"|dinner|lunch|luncheon|gala|reception|gathering|hearing|session|symposium|seminar))?"
    # "told the Associated Press and Reuters": two outlets
    r"(?:[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z])[\w.&'’-]*(?:[\s\u00a0]+(?-i:[A-Z])[\w.&'’-]*){0,3})?"
    r"(?:(?<=['’]s)[\s\u00a0]+[\"“](?-i:[A-Z])[^\"”\n]{1,40}[\"”])?"  # 'told CNN's "State of the Union"'
    # "told Wikinews reporter John Doe", "told CBS affiliate WBZ-TV", "told the BBC's political editor,
    # Laura Kuenssberg,": the outlet's journalist, its station
    r"(?:[\s\u00a0]+(?:(?!(?:the|a|an|that|this|his|her|its|their)\b)[a-z]+[\s\u00a0]+){0,2}"
    r"(?:reporter|correspondent|journalist|editor|host|anchor|affiliate|presenter)"
    r"\b(?:(?:[\s\u00a0]+[A-Z][\w.'’-]*){1,3}|,[\s\u00a0]+[A-Z][\w.'’-]*(?:[\s\u00a0]+[A-Z][\w.'’-]*){0,2}(?=,))?)?"
    # "told Xinhua, China's state news agency, that": the name, then what it is
    r"(?:,[\s\u00a0]+[^,.;:]{0,40}?(?:agency|newspaper|daily|broadcaster|channel|radio|television|station"
    r"|website|magazine|network)(?=,))?"
    r"|reporters|journalists|the press|the media|investigators"
    r"|state (?:TV|television|media|radio|news agency)|local (?:media|television|TV|radio|newspapers|press)"
    r"|(?:a|the|his|her|their|its)(?: (?!that\b)[\w-]+){0,2}? (?:news|press|media|regular|daily|weekly) (?:conference|briefing)"  # "a hastily arranged news conference"
    r"|(?:a|the) (?:virtual |online )?briefing"  # "told a briefing in Geneva"
    r"|(?:the[\s\u00a0]+)?police|officers"
    # "told a reporter from the BBC"
    r"|(?:a|another) (?:reporter|journalist)(?: (?:from|for|with|at) (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)?"
    # the publication itself: "told this newspaper", "told this masthead"
    r"|this (?:newspaper|paper|masthead|publication|website|station|programme|program|reporter|correspondent)"
    r"|our (?:reporters?|correspondents?|journalists?))"  # "told our correspondent"
    r"(?:\b|(?<=[\"”]))"
)


def noun_phrase_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who was told, right after "told": "told Reuters", "told CBC News the department …"."""
    match = _ADDRESSEE.match(text, start, end)
    return match.span("np") if match else None


def outlet_told(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The medium right after "told": "told Reuters", not "told Trump" (a person passes nothing on)."""
    return as_medium(text, noun_phrase_after(text, start, end), end)
