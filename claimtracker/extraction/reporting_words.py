"""The words news uses to report speech, in French and English, with every form the rules match.

Verbs are listed once by their parts; the forms are generated (said/says/saying/told…, a déclaré/
déclare/déclara/déclarant…). Only speech and writing verbs: cognition verbs ("think",
"croire") attribute a belief, not a claim an analyst records.
"""

from __future__ import annotations

import re

# English: lemma, or "lemma past participle" when irregular.
_EN_REGULAR = """
shout add admit announce argue assert caution claim comment complain concede conclude condemn confirm
contend counter declare deny disclose email emphasise emphasize explain insist mention note
observe post proclaim quip recall remark reply report respond retort reveal state stress suggest
testify tweet vow warn acknowledge allege ask blame boast denounce explain maintain promise
assure inform
estimate predict reiterate underline underscore laugh joke confess speculate pledge reaffirm affirm hint
whisper exclaim lament grumble protest object dispute accuse describe brag clarify sigh yell scream call recount
elaborate question advise confide dismiss reject agree beam smile grin chuckle gush criticise criticize charge hail
""".split()
_EN_IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "brand": ("brand", "brands", "branded", "branding"),  # 'branded the strike "irresponsible"'
    "label": ("label", "labels", "labelled", "labeled", "labelling", "labeling"),
    "make clear": (
        "make clear",
        "makes clear",
        "made clear",
        "making clear",
        "make it clear",
        "makes it clear",
        "made it clear",
        "making it clear",
    ),
    "go on": ("go on", "goes on", "went on"),  # 'She went on: "…"': read only with a quotation
    "put it": ("put it", "puts it"),  # "As one analyst put it, …": read by `as_said` only
    "read": ("reads", "read"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "signal": ("signal", "signals", "signalled", "signaled", "signalling", "signaling"),
}
# Base forms that are just as often nouns ("the report", "a claim", "the state"): counted only
# after a pronoun, a modal or a plural subject.
EN_NOUN_LIKE = frozenset(
    [
        "report",
        "claim",
        "note",
        "state",
        "comment",
        "post",
        "tweet",
        "email",
        "counter",
        "vow",
        "estimate",
        "promise",
        "remark",
        "laugh",
        "joke",
        "forecast",
        "pledge",
        "hint",
        "whisper",
        "lament",
        "protest",
        "object",
        "dispute",
        "sigh",
        "scream",
        "recount",
        "call",
        "signal",
        "question",
        "charge",
    ]
)


def _english_forms(lemma: str) -> tuple[str, ...]:
    if lemma in _EN_IRREGULAR:
        return _EN_IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("ss", "sh", "ch")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    if lemma in ("admit", "quip", "brag", "grin"):
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


EN_FORMS: dict[str, str] = {}  # form → lemma
for _lemma in [*_EN_REGULAR, *_EN_IRREGULAR]:
    for _form in _english_forms(_lemma):
        EN_FORMS.setdefault(_form, _lemma)

# French: -er verbs by infinitive; the others by their forms (participle first).
_FR_ER = """
qualifier déclarer affirmer annoncer indiquer préciser ajouter souligner estimer assurer informer expliquer
confirmer rapporter révéler raconter signaler noter rappeler insister rétorquer répliquer accuser
dénoncer condamner nier alléguer constater suggérer avancer confier déplorer protester tweeter
publier fustiger marteler démentir argumenter jurer admettre insister commenter témoigner
préciser relever observer détailler résumer claironner dénombrer considérer juger expliciter
féliciter inquiéter alarmer indigner étonner insurger lancer alerter agacer lâcher glisser souffler
rassurer tempérer nuancer concéder ironiser asséner trancher relativiser répéter réaffirmer réitérer
certifier réfuter relater avouer dévoiler railler objecter exclamer emporter regretter plaider arguer
tonner pester soupirer justifier saluer tancer tacler évoquer recenser aviser revendiquer contester critiquer
""".split()
_FR_OTHER = {
    "dire": "dit dite dits dites disent dira diront disait disaient disant dirent",
    "écrire": "écrit écrite écrivent écrivait écrivaient écrivant écrivit",
    "reconnaître": "reconnu reconnue reconnaît reconnait reconnaissent reconnaissait reconnaissant reconnut",
    "admettre": "admis admet admettent admettait admettant admit",
    "démentir": "démenti dément démentent démentait démentant démentit",
    "prévenir": "prévenu prévient préviennent prévenait prévenant prévint",
    "conclure": "conclu conclut concluent concluait concluant",
    "répondre": "répondu répond répondent répondait répondant répondit",
    "avertir": "averti avertit avertissent avertissait avertissant",
    "soutenir": "soutenu soutient soutiennent soutenait soutenant soutint",
    "maintenir": "maintenu maintient maintiennent",
    "poursuivre": "poursuit poursuivi",
    "promettre": "promis promet promettent",
    "réjouir": "réjoui réjouie réjouis réjouies réjouit réjouissent réjouissait réjouissant",
    "réagir": "réagi réagit réagissent réagissait réagissant",
    "garantir": "garanti garantit garantissent garantissait garantissant",
    "sourire": "sourit sourient souriait",  # "« … », sourit le maire"
    "renchérir": "renchéri renchérit renchérissent renchérissait renchérissant",  # « « … », renchérit-il »
    "prétendre": "prétendu prétend prétendent prétendait prétendaient prétendant",
    "décrire": "décrit décrite décrits décrites décrivent décrivait décrivaient décrivant",
}
# Verbs of feeling that report speech with "se": "« … », s'agace un voisin", "se félicite le maire".
_FR_REFLEXIVE = "féliciter inquiéter alarmer indigner étonner insurger agacer exclamer emporter désoler lamenter interroger amuser"
_FR_PHRASES = {
    "faire savoir": ("fait savoir", "font savoir", "faisait savoir", "faisaient savoir", "faisant savoir"),
    "faire valoir": ("fait valoir", "font valoir", "faisait valoir", "faisaient valoir", "faisant valoir"),
    # « …, fait observer la même source », « fait remarquer le maire »
    "faire observer": ("fait observer", "font observer", "faisait observer", "faisant observer"),
    "faire remarquer": ("fait remarquer", "font remarquer", "faisait remarquer", "faisant remarquer"),
    "mettre en garde": tuple(f"{verb} en garde" for verb in "mis met mettent mettait mettant".split()),
    # « s'est défendu l'élu », never « a défendu sa réforme »
    "défendre": tuple(
        "se défend|se défendent|s'est défendu|s'est défendue|s’est défendu|s’est défendue".split("|")
    ),
    "faire état": ("fait état", "font état", "faisait état", "faisaient état", "faisant état"),
    "laisser entendre": (
        "laissé entendre",
        "laisse entendre",
        "laissent entendre",
        "laissait entendre",
        "laissant entendre",
    ),
}
# Present forms that are nouns as often ("la note", "l'estime", "le juge", "la confiance").
FR_NOUN_LIKE = frozenset(["note", "estime", "juge", "rappel", "avance", "lance", "publie", "confie"])
# Participles that only report with an auxiliary ("les délais annoncés" is not a claim).
FR_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _french_forms(infinitive: str) -> tuple[str, ...]:
    stem = infinitive[:-2]
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    # révéler → révèle, rappeler → rappelle, suggérer → suggère: the present's open vowel.
    if stem.endswith("el") and infinitive == "rappeler":
        present = stem + "l"
    elif infinitive == "marteler":  # martèle
        present = stem[:-2] + "èl"
    elif len(stem) > 2 and stem[-2] == "é":
        present = stem[:-2] + "è" + stem[-1]
    elif len(stem) > 3 and stem[-3] == "é" and stem[-2:] in ("gu", "gn"):
        present = stem[:-3] + "è" + stem[-2:]
    else:
        present = stem
    return (
        stem + "é",
        stem + "ée",
        stem + "és",
        stem + "ées",
        present + "e",
        present + "ent",
        soft + "a",
        stem + "èrent",
        soft + "ait",
        soft + "aient",
        soft + "ant",
    )


FR_FORMS: dict[str, str] = {}
for _infinitive in _FR_ER:
    for _form in _french_forms(_infinitive):
        FR_FORMS.setdefault(_form, _infinitive)
for _infinitive, _forms in _FR_OTHER.items():
    for _form in _forms.split():
        FR_FORMS.setdefault(_form, _infinitive)
for _infinitive in _FR_REFLEXIVE.split():
    for _form in _french_forms(_infinitive)[4:6]:  # the present: "agace", "agacent"
        for _pronoun in ("s'", "s’") if _form[0] in "aeéèêiou" else ("se ",):
            FR_FORMS.setdefault(_pronoun + _form, _infinitive)
for _form in ("se réjouit", "se réjouissent"):
    FR_FORMS.setdefault(_form, "réjouir")
for _form in ("se souvient", "se souviennent", "se rappelle", "se rappellent"):  # only after a quotation
    FR_FORMS.setdefault(_form, "souvenir")
for _infinitive, _phrases in _FR_PHRASES.items():
    for _form in _phrases:
        FR_FORMS.setdefault(_form, _infinitive)
# "a tenu à préciser", "n'a pas manqué de souligner": the verb that reports is the infinitive.
for (
    _infinitive
) in "préciser rappeler souligner dire affirmer assurer indiquer expliquer répéter insister".split():
    for _lead in ("tenu à", "tenue à", "tenus à", "tient à", "tiennent à", "tenait à"):
        FR_FORMS.setdefault(f"{_lead} {_infinitive}", _infinitive)
    _of = "d'" if _infinitive[0] in "aeéèêiou" else "de "
    FR_FORMS.setdefault(f"pas manqué {_of}{_infinitive}", _infinitive)
    for _ending in ("é", "ée", "és", "ées", "e", "ent"):  # « s'est bornée à indiquer », « contenté de dire »
        FR_FORMS.setdefault(f"born{_ending} à {_infinitive}", _infinitive)
        FR_FORMS.setdefault(f"content{_ending} {_of}{_infinitive}", _infinitive)

# Prepositions that introduce the source: "according to X, …", "selon X, …".
EN_PREPOSITIONS = ("according to", "citing", "in the words of", "quoting", "per")
FR_PREPOSITIONS = (
    "selon",
    "d'après",
    "d’après",
    "de source",
    "de sources",
    "de même source",  # « a-t-on précisé de même source »: the source named before
    "de mêmes sources",
    "de la même source",
    "citant",
    "cité par",
    "pour",
    "auprès",
    "à en croire",
    "aux dires de",
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


CUE = {
    "en": re.compile(
        rf"(?<![\w'’-])(?:(?P<prep>{_alternation(list(EN_PREPOSITIONS))})|(?P<verb>{_alternation(list(EN_FORMS))}))(?![\w-])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        rf"(?<![\w'’-])(?:(?P<prep>{_alternation(list(FR_PREPOSITIONS))})|(?P<verb>{_alternation(list(FR_FORMS))}))(?![\w])",
        re.IGNORECASE,
    ),
}

# Verbs whose object is what was said even without "that"/"que" ("denied the report", "a
# annoncé la suspension", "claims she was"); the others need a complementiser, a colon or a quote.
DIRECT = {
    "en": frozenset(
        "say claim announce reveal deny confirm condemn denounce admit acknowledge tweet write report insist "
        "allege state explain warn add disclose argue suggest blame ask predict forecast dispute complain".split()
    ),
    "fr": frozenset(
        [
            *"annoncer révéler démentir confirmer condamner dénoncer nier reconnaître admettre déplorer "
            "dénombrer fustiger expliquer promettre alerter signaler réfuter évoquer recenser revendiquer contester".split(),
            "mettre en garde",
            "faire état",
        ]
    ),
}
# Verbs whose content may be a question ("explained how …", "asked why …").
ASKING = frozenset("explain ask question expliquer".split())
PRONOUNS = frozenset(["il", "elle", "ils", "elles", "on", "he", "she", "they", "we", "i", "je", "nous"])
# Whose turn it is, in French: "de son côté", "pour sa part", "quant à lui", "à son tour".
TURN_FR = (
    r"de[\s\u00a0]+(?:son|leur)[\s\u00a0]+côté|pour[\s\u00a0]+(?:sa|leur)[\s\u00a0]+part"
    r"|quant[\s\u00a0]+à[\s\u00a0]+(?:lui|elle|eux|elles)|à[\s\u00a0]+son[\s\u00a0]+tour"
)
AUXILIARIES_FR = re.compile(
    r"(?:^|\s|(?<=[jJ]['’]))(?:(?:ne|n['’]|lui|leur|l['’]|les|nous|vous|en|y|se|s['’]|me|m['’]|te|t['’])[\s\u00a0]*)*(?:a|ont|avait|avaient|aurait|auraient|avoir|ayant|aura|auront|eut|ai|as|avons|avez|avais|avions|aviez"
    # "s'est félicité", "se sont inquiétés": être, only with the reflexive pronoun before it.
    r"|(?<=s['’])(?:est|sont|était|étaient|serait|seraient)|(?<=se\s)(?:sont|seraient|étaient))"
    r"(?:-(?:t-)?(?:il|elle|on|ils|elles))?(?:\s+(?:\w+ment|aussi|également|pourtant|encore|déjà|toujours|souvent|"
    r"lui|leur|un jour|ensuite|enfin|bien|toutefois|cependant|alors|plus tard|donc|en outre|aussitôt|vite|"
    r"de nouveau|à nouveau|même|notamment|par ailleurs|d'ailleurs|d’ailleurs|ainsi|récemment|d['’]ores et déjà|"
    r"par la suite|(?:tout )?d['’]abord|une nouvelle fois|une fois de plus|peu après|hier|aujourd['’]hui|"
    rf"{TURN_FR}|,))*\s*$",
    re.IGNORECASE,
)
# The verbs right before "in The Times" that say where the words were printed ("said in The Times that").
SAID_IN_A_PAPER = (
    "wrote writes said says argued argues warned warns claimed claims noted notes added insisted".split()
)
# Words in -ly that are no adverbs: "the family said", "an ally said", "the daily reported".
NOUNS_IN_LY = "family|ally|rally|supply|assembly|monopoly|elderly|daily|weekly|monthly|fly|anomaly|bully|lily"
AUXILIARIES_EN = re.compile(
    r"(?:^|\s)(?:(?:has|have|had|will|would|could|can|may|might|must|should|did|does|do|is|was|are|were|not|"
    # an adverb in -ly, lower case, not a noun ("the family said", "Daly said", "an ally said")
    r"also|then|later|(?<!the\s)first|initially|originally|(?-i:(?!(?:"
    + NOUNS_IN_LY
    + r")\b)[a-z]\w*ly)|since|already|previously|earlier|again|even|once|long|always|never|often|still|"
    # "went on to say", "is reported to have said"
    r"(?:went|goes|go|going)\s+on\s+to|continued\s+to|(?:reported|said|understood|believed)\s+to|"
    # "keeps saying", "has been telling", "used to say", "likes to say"
    r"been|be|keeps?|kept|(?:used|likes?|liked|loves?|loved|tends?|tended)\s+to"
    # how long, after the auxiliary: "had for months argued publicly that …"
    r"|for\s+(?:months|years|weeks|decades|days|(?:many|several|some)\s+(?:months|years|weeks)))\s+)+$",
    re.IGNORECASE,
)
DETERMINERS = {
    "en": frozenset(
        "the a an this these those its his her their our my your of in with by for from on at to about all some "
        "many news media press".split()
    ),
    "fr": frozenset(
        "le la l' l’ les un une des du de d' d’ sa son ses cette ce cet leur leurs notre votre par en au aux".split()
    ),
}
# Days and social platforms, as regex alternations (to match case-blind), for the rules that skip
# them between a verb and its speaker or content, or refuse them as an outlet.
# Adverbs between a subject and its verb: "People often say", "Officials privately say".
FREQUENCY_ADVERBS = (
    "often|always|usually|sometimes|never|rarely|also|still|repeatedly|frequently|privately|publicly|openly"
    "|generally|typically|routinely|increasingly|now|further"
)
WEEKDAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
MONTHS_EN = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
PLATFORMS = (
    "telegram|twitter|x|facebook|instagram|tiktok|youtube|linkedin|reddit|threads|bluesky|mastodon|medium"
    "|substack|weibo|wechat|whatsapp|snapchat|vkontakte"
)
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "‹": "›", "‘": "’", "„": "“"}
# Single quotation marks are left out: ’ is the French apostrophe ("l’ambassadeur d’Iran").
CLOSING_QUOTES = '»”"›“'
OPENING_QUOTES = '«“"‹„'


# What shows a claim rather than says it: data, a study, a poll, documents. "The figures suggest …"
# is no one speaking; "She said A, according to documents seen by the paper" has a second source.
EVIDENCE_WORDS = (
    r"evidence|data|results?|figures|numbers|polls?|studies|study|research|signs?|trends?|findings|statistics"
    r"|documents?|records|surveys?|analysis|voting|vote|behaviou?r|attitude|chiffres|données"
    r"|résultats|sondages?|études?|indices|signes|tendances?|comportement|statistiques|analyses?"
    # the record of a court or a meeting: "according to a summary of the judgment"
    r"|summary|summaries|transcripts?|judge?ments?|rulings?|minutes|filings?|jugements?|comptes?[\s\u00a0]+rendus?"
    r"|agreements?|contracts?|accords?|memorand(?:um|a)"
)
# Nouns for what someone said, whose "that" clause belongs to them: "denied rumours that …",
# "Reports of a deal were confirmed by …".
REPORT_NOUNS = r"reports?|rumou?rs?|claims?|allegations?|suggestions?|speculation|accusations?|assertions?"
# Verbs of speech in an infinitive of purpose: "wrote to staff to say that …", « pour leur annoncer que ».
SPEECH_INFINITIVES = {
    "en": "say|tell|announce|insist|warn|explain|confirm|deny|argue|stress|assure|reassure",
    "fr": "dire|annoncer|affirmer|assurer|expliquer|confirmer|démentir|préciser|indiquer|rappeler",
}
# Verbs that report only a quotation before them: "“…,” the post reads", '"…," she laughed' ("she
# laughed" reports nothing); « « … », regrette X » (« X regrette que … » is a feeling).
QUOTATION_ONLY = {
    "en": frozenset(
        [*"read laugh sigh scream yell exclaim whisper beam smile grin chuckle gush".split(), "go on"]
    ),
    "fr": frozenset("regretter soupirer sourire pester tonner souvenir amuser".split()),
}
