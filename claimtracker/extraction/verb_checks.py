"""Whether a form of the lexicon reports speech where it stands, and where its verb group starts.

"the report", "la note", "les délais annoncés", "to say" are not reporting verbs; "Police say",
"a également indiqué", "has also said" are.
"""

from __future__ import annotations

import re

from claimtracker.extraction.asides import ASIDE_BEFORE, ASIDE_OF_SUBJECT
from claimtracker.extraction.complementisers import COMPLEMENTISER
from claimtracker.extraction.judgements import RELATIVE_OBJECT, judged_in_a_relative, judges
from claimtracker.extraction.noun_or_verb import (
    FINITE_NEXT,
    MASS_NOUNS,
    NOT_PLURAL,
    NOUN_COMES_NEXT,
    OBJECT_BEFORE,
    ONE_OF_A_LIST,
    ONLY_A_TIME_NEXT,
    PLURAL_HEAD_BEFORE,
    PLURAL_PRONOUNS,
    PLURAL_WITHOUT_S,
    WRITINGS,
    adjective_in_ed,
)
from claimtracker.extraction.reporting_words import (
    AUXILIARIES_FR,
    DETERMINERS,
    EN_FORMS,
    EN_NOUN_LIKE,
    FR_FORMS,
    FR_NOUN_LIKE,
    FR_PARTICIPLE_ENDINGS,
    FREQUENCY_ADVERBS,
    PRONOUNS,
)
from claimtracker.extraction.verb_groups import VERB_GROUP_REACH

# "is widely disputed", "is much disputed", "was never told"
PASSIVE_EN = re.compile(
    r"\b(?:is|was|were|are|been|be|being)\s+(?:(?:\w+ly|much|also|not|never|still|long|often|now|already)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_FR = re.compile(r"\bété\s+$", re.IGNORECASE)

_GOES_ON_TO = re.compile(
    r"\b(?:(?:went|goes|go|going)\s+on|continued|used|likes?|liked|loves?|loved|tends?|tended)\s+to\s+$",
    re.IGNORECASE,
)  # "went on to say", "continued to insist", "as he likes to say"
_AS_IT_SAYS_FR = re.compile(r"\bcomme[\s\u00a0]+(?:le|les)[\s\u00a0]+$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"[\s\u00a0]+" + COMPLEMENTISER.pattern, re.IGNORECASE)
# "I can only say that …", "People here say …"
_FREQUENCY = frozenset(FREQUENCY_ADVERBS.split("|")) | {"only", "just", "simply", "here", "there", "locally"}
_WHAT_SUBJECT = re.compile(
    r"\bwhat[\s\u00a0]+(?:it|he|she|they|we|I|you)(?:['’](?:s|re|ve|d|m|ll))?[\s\u00a0]+"
    r"(?:(?:had|has|have|is|are|was|were|always|once|just)[\s\u00a0]+)?$",
    re.IGNORECASE,
)
# Adverbs between an aside and its verb: "Tenants' groups, who campaigned for it, now argue …".
_ADVERBS_AT_END = re.compile(rf"(?:\b(?:{FREQUENCY_ADVERBS}|here|there)[\s\u00a0]+)+$", re.IGNORECASE)
_MODALS = frozenset(["would", "will", "could", "can", "might", "may", "should", "must", "did", "do", "does"])


# Gerunds of speech after « tout en »; an opinion (« tout en considérant que ») stays unread.
_SAYING_WHILE = frozenset(
    "rappelant soulignant précisant assurant affirmant indiquant expliquant ajoutant reconnaissant admettant "
    "niant démentant insistant prévenant avertissant martelant estimant jugeant qualifiant dénonçant déplorant "
    "regrettant".split()
)


_QUOTATION_JUST_CLOSED = re.compile(r"[,.!?…][\s\u00a0]*[”»\"][\s\u00a0]*$")


_ENTRUSTED = re.compile(
    r"[\s\u00a0]*[«“\"]?[\s\u00a0]*(?:\w+ment[\s\u00a0]+)?(?:leurs?|son|sa|ses|mon|ma|mes|notre|nos|votre|vos|le|la|les"
    r"|un|une|des)[\s\u00a0]+\w+[\s\u00a0]+(?:à|au|aux)\b",
    re.IGNORECASE,
)


def is_reporting_verb(word: str, before: str, language: str, after: str = "") -> bool:
    """Whether this form reports speech here, not a noun or an adjective ("the report", "la note");
    `after` is the text that follows it ("le juge estime que …" is a verb, whatever comes before)."""
    word = word.lower()  # the lexicon's forms are lower case: "States" in "the United States" too
    if language == "en":
        tail = before[-300:]  # the words just before the verb: a long text is not read again at each cue
        without_adverbs = _ADVERBS_AT_END.sub("", tail)
        if aside := ASIDE_BEFORE.search(without_adverbs) or ASIDE_OF_SUBJECT.search(without_adverbs):
            # "Critics, however, say …": the subject is before the aside
            before = before[: len(before) - len(tail) + aside.start()] + " "
    words = before.split()
    previous = words[-1].lower().strip('«“"(),') if words else ""
    if _QUOTATION_JUST_CLOSED.search(before):  # '"We have never seen this," said …': not the verb's words
        words, previous = [], ""
    if language == "en":
        while len(words) > 1 and previous in _FREQUENCY:  # "People often say", "I always tell"
            words = words[:-1]
            before = before[: before.rstrip().rfind(" ") + 1] if " " in before.rstrip() else ""
            previous = words[-1].lower().strip('«“"(),')
        return _is_english_reporting_verb(word, words, previous, before, after)
    if FR_FORMS.get(word) in _JUDGING_ONLY_FR and not judges(FR_FORMS[word], after, 0, len(after)):
        return False  # « a qualifié le budget de « … » », not « s'est qualifié pour la finale »
    if (
        FR_FORMS.get(word) == "confier"
        and _ENTRUSTED.match(after)
        and not re.search(r"[,»”\"][\s\u00a0]*(?:a|ont)?[\s\u00a0]*$", before)
    ):
        return False  # « ils confiaient leur enfant au voisin »: a thing given to keep, no words
    if word == "dit" and previous in ("autrement", "cela", "ceci", "ça"):
        return False  # « autrement dit », « cela dit, … »: the writer's link, nobody speaks
    if _AS_IT_SAYS_FR.search(before):
        return True  # "comme le rappelle X": "le" is the clitic of the verb, not a determiner
    if (
        previous == "en"
        and word.endswith("ant")
        and (len(words) == 1 or (_THAT_AFTER.match(after) and words[-2].lower() != "tout"))
    ):
        return True  # "En signalant que …, il a …", « a réagi lundi en annonçant que … »: a gerund
    if previous == "en" and len(words) > 1 and words[-2].lower() == "tout" and word.lower() in _SAYING_WHILE:
        return True  # « …, tout en rappelant que … »: said along the way (not « tout en considérant »)
    if (
        _PASSIVE_FR.search(before)
        or previous in DETERMINERS["fr"]
        or previous.endswith(("l'", "l’", "d'", "d’"))
    ):
        return False
    if (
        word in FR_NOUN_LIKE
        and not (
            previous in PRONOUNS
            or previous == "qui"  # « le Haut Conseil, qui estime dans son avis que … »: a relative's verb
            or (words and words[-1][:1].isupper())
            or before.rstrip().endswith(",")
            or _THAT_AFTER.match(after)
            or (word in ("estime", "juge") and judges(FR_FORMS[word], after, 0, len(after)))
            # « une économie que le gouvernement juge « indispensable » »: a relative's verb
            or (word == "juge" and after.lstrip()[:1] in '«“"' and RELATIVE_OBJECT.search(before))
        )
    ):
        return False  # "sa grande estime", but "…, note L'Équipe.", "le juge estime que …"
    if previous == "se" and word in ("dit", "disent") and _AS_ONE_SAYS_ONESELF.match(after):
        return True  # « Le ministre se dit convaincu que … », « se disent prêts à … »: how they say they are
    if previous in ("se", "s'", "s’") or (previous in ("me", "te") and not _THAT_AFTER.match(after)):
        return False  # "les chiffres se rapportent à …" (not « mon frère me répète que … »)
    participle = word.endswith(FR_PARTICIPLE_ENDINGS) or word in _FR_IRREGULAR_PARTICIPLES
    group = before[-VERB_GROUP_REACH:]
    return not participle or bool(AUXILIARIES_FR.search(group) or _SHARED_AUXILIARY.search(group))


# A participle coordinated with an earlier one, sharing its auxiliary: « a retracé les faits et confirmé que ».
_SHARED_AUXILIARY = re.compile(
    r"\b(?:a|ont|avait|avaient)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?[\w-]+(?:é|ée|és|ées|i|is|it|u|us|ert|int)"
    r"[\s\u00a0][^.;:!?«»]{0,80}[\s\u00a0]et[\s\u00a0]+$",
    re.IGNORECASE,
)


# An adjective or a participle, then what it bears on: « convaincu que », « prêt à », « favorable à ».
_HOW_ONE_IS = (  # « (très) soulagés », « prêts », « optimistes »
    r"(?:(?:très|plutôt|assez|pas|peu|tout|fort)[\s\u00a0]+)?(?:«[\s\u00a0]*)?[a-zàâçéèêëîïôûùüÿœ-]+(?:é|ée|és|ées|u|ue|us"
    r"|ues|t|te|ts|tes|if|ive|ifs|ives|ble|bles|eux|euse|euses|ant|ante|ants|antes|iste|istes|ier|iers|ière|ières)"
)
_AS_ONE_SAYS_ONESELF = re.compile(  # (« soulagés mais vigilants »: two ways one is)
    rf"[\s\u00a0]+(?:«[\s\u00a0]*)?{_HOW_ONE_IS}(?:[\s\u00a0]*,?[\s\u00a0]+(?:mais|et|voire)[\s\u00a0]+{_HOW_ONE_IS})?"
    r"(?:[\s\u00a0]*»)?(?=[\s\u00a0]*(?:que|qu['’]|à|au|aux|de|d['’]|du|des|par|pour|[.,;]))",
    re.IGNORECASE,
)
_FR_IRREGULAR_PARTICIPLES = frozenset(
    "reconnu reconnue admis démenti prévenu conclu répondu averti soutenu maintenu poursuivi promis réagi garanti".split()
)


# Someone perceived speaking: "I remember my teacher saying", "I have heard ministers say".
PERCEIVED = re.compile(
    r"\b(?:remember|remembers|remembered|recall|recalls|recalled|hear|hears|heard|saw|watched|imagine|showed|shows"
    r"|captured|filmed)"  # "video showed Gov. Gavin Newsom telling reporters that …"
    # the dot of a title is no stop: "Gov. Gavin Newsom"
    r"[\s\u00a0]+(?P<who>(?!(?:that|how|what|when)\b)(?:[^,.;:“\"]|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.){1,60}?)[\s\u00a0]+$",
    re.IGNORECASE,
)

# Whom a hospital, a school or a country admits: a count or a group of people.
_ADMITTED_PEOPLE = re.compile(
    r"[\s\u00a0]+(?:(?:more[\s\u00a0]+than|about|around|nearly|some|another|only)[\s\u00a0]+)?(?:\d[\d,]*|dozens|hundreds"
    r"|thousands|(?:\w+[\s\u00a0]+)?(?:patients|students|pupils|refugees|migrants|children|members))\b",
    re.IGNORECASE,
)


# A participle's own phrase, then the subject's verb: "(The findings,) reported in The Lancet, suggest".
_ASIDE_THEN_VERB = re.compile(
    r"[\s\u00a0]+(?:in|on|by|at|to|for|from|with|as|after|before|last|this|earlier|yesterday)\b"
    r"(?:(?!\b(?:that|which|who)\b)[^,;:.«“\"]){1,60},[\s\u00a0]+"
    r"(?!(?:and|but|or|nor|so|yet|the|an?|which|who|whom|whose|that|this|as|while|when|where|according"
    r"|if|in|on|at|to|for|with|by|from|of|he|she|it|they|we|you|i|its|their|his|her|our|not|also|then|said|says|told)\b)"
    r"(?-i:[a-z]{2,})(?<!ing)\b"
)
_ATTRIBUTIVE_PASTS = frozenset(
    "alleged reported purported claimed suspected disputed rumoured rumored".split()
)


def _is_english_reporting_verb(word: str, words: list[str], previous: str, before: str, after: str) -> bool:
    if _GOES_ON_TO.search(before):
        return True  # "went on to say", "continued to insist"
    if PASSIVE_EN.search(before) and not word.endswith("ing"):
        return False  # "was told", never "are saying"
    if word == "written" and not _PERFECT_BEFORE.search(before):
        return False  # "a pact written only for the south": a participle, only a report after "has"
    lemma = EN_FORMS[word]
    if lemma in EN_NOUN_LIKE and re.fullmatch(r"[\d,.]+", previous):
        return False  # "more than 30,000 claims": a count of things
    if _WHAT_SUBJECT.search(before) and not re.match(
        r"[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,4}?(?:was|is|were|are)(?:[\s\u00a0]+that\b|[\s\u00a0]*[:“«\"])",
        after,
    ):  # "has done what it said it would do", "What she's saying and what she's doing": named, not
        return False  # reported (not "What I said was that …", "What I would say is: …")
    if word.endswith("ed") and before.rstrip().endswith(",") and _ASIDE_THEN_VERB.match(after):
        return False  # "The findings, reported in The Lancet, suggest …": a participle set off by commas
    if word.endswith("ed") and before.rstrip().endswith("("):
        return False  # "mostly Chinese (estimated at 7.5 million)": the writer's figure
    if previous == "as" and word.endswith("ed") and re.match(r"[\s\u00a0]*[,.;)]", after):
        return False  # "as predicted,": the writer's aside
    if (
        word in _ATTRIBUTIVE_PASTS
        and previous.endswith("ing")
        and previous != "being"
        and _ATTRIBUTIVE.match(after)
    ):
        return False  # "a dossier outlining alleged breaches": an adjective
    if word.endswith("ed") and (
        adjective_in_ed(words, after) or (previous in ("and", "or") and _ATTRIBUTIVE.match(after))
    ):  # "millions left homeless and estimated damages as high as …", "the first confirmed case"
        return False  # an adjective
    if (
        lemma in _JUDGING_ONLY
        and not judges(lemma, after, 0, len(after))
        and judged_in_a_relative(
            lemma, before + word + after, len(before) + len(word), len(before + word + after)
        )
        is None  # "a decision the ministry described as necessary"
    ):
        return False  # 'called the deal "a disgrace"' (not "called the police"), "described X as …"
    if word == lemma and PERCEIVED.search(before):
        return True  # "I have heard ministers say …", "I heard him say that …"
    if lemma == "admit" and _ADMITTED_PEOPLE.match(after):
        return False  # "the ward had admitted 40 patients": taken in, not confessed
    past = word not in (lemma, lemma + "s", lemma + "es") and not word.endswith("ing")
    if past and _BY_AGENT.match(after):
        return False  # "In comments reported by the Financial Times, …": a passive participle
    if word in _PUT_OUT and previous in WRITINGS and not (words and words[-1][:1].isupper()):
        return False  # "said in a statement posted on its website that" (not "The Washington Post reported")
    if previous in MASS_NOUNS:  # "ABC News reported", "state media said"; never "news reports"
        return not (lemma in EN_NOUN_LIKE and word in (lemma, lemma + "s"))
    if previous in PLURAL_PRONOUNS and word == lemma:  # "some say", "many argue"; not "some reports"
        return lemma not in EN_NOUN_LIKE or bool(_THAT_AFTER.match(after))
    if previous == "by" and word.endswith("ing"):
        return True  # "He responded by saying that …": the subject says it
    if word == lemma and (contact := PLURAL_HEAD_BEFORE.search(before)) and contact.group("head2"):
        return True  # "Doctors we spoke to say …": the plural before its contact clause speaks
    if previous in DETERMINERS["en"]:
        return False
    if (
        word in _PARTICIPLE_AS_BASE
        and len(words) > 1
        and words[-1][:1].isupper()
        and not _NOUN_GOES_ON.match(after)
        and not _NAME_AFTER_A_PREPOSITION.search(before)  # "In the Met Office forecast, rain …"
    ):
        return True  # "The Bureau of Meteorology forecast more rain": a past (not "the Met Office forecast for …")
    if (
        lemma in EN_NOUN_LIKE
        and word == lemma
        and len(words) >= 2
        and words[-2].lower() in DETERMINERS["en"]
        and not previous.endswith("s")
        and previous not in ("who", "which", "that", "to", "also", "not")  # "those who claim that …"
    ):
        return False  # "in a preliminary report that …": an adjective, then the noun (not "the officials report")
    if word in _PARTICIPLE_AS_BASE and _PERFECT_BEFORE.search(before):
        return True  # "has forecast more rain": a participle that is its base form
    if previous == "who" and word == lemma and _THAT_AFTER.match(after):
        return True  # "those who claim that …": a plural subject before its relative
    if lemma in EN_NOUN_LIKE and previous.endswith(("'", "’", "'s", "’s")) and word != lemma + "ed":
        return False  # "the researchers' claims", "Paris's report": a possessive, then a noun
    if (
        previous in ("when", "if", "once", "unless")
        and word.endswith("ed")
        and not (previous == "once" and re.match(r"[\s\u00a0]+(?:me|him|her|us|them|you)\b", after))
    ):
        return False  # "he said when asked about …": a passive (not "My wife once asked me what …")
    if lemma == "read":
        return True  # '“…,” the statement read': only ever taken after a quotation
    if word == lemma:  # a base form: "they say", "would tell"; never "to say", "the report"
        head = PLURAL_HEAD_BEFORE.search(before)  # "Supporters of the law say"
        plural_subject = (
            (previous.endswith("s") and previous not in NOT_PLURAL)
            or previous in PLURAL_WITHOUT_S
            or previous == "who"  # "naval officers who say the repairs …": "who" stands for them
            or bool(words and _ACRONYM.fullmatch(words[-1]))  # "RCMP say": a body, plural
            or bool(head and (head.group("head") or head.group("head2")).lower() not in NOT_PLURAL)
        )
        if previous in ("and", "but") and _OBJECT_THEN_THAT.match(after):
            return True  # "The figures relate to last year and tell us that …"
        if _CONTRACTED_MODAL.fullmatch(previous):
            return True  # "I'd say", "we'll tell them"
        return (previous in PRONOUNS - {"i"} | {"you", "i"} | _MODALS and previous not in ("to",)) or (
            plural_subject
            and (
                lemma not in EN_NOUN_LIKE
                or bool(
                    _THAT_AFTER.match(after) or _ASIDE_THEN_THAT.match(after) or _CLAUSE_AFTER.match(after)
                )
                or judges(lemma, after, 0, len(after))  # "insurers estimate damage at £400 million"
                # "Campaigners dispute the figure" (not "a pay dispute"): what they dispute is named
                or (lemma == "dispute" and bool(_DETERMINER_NEXT.match(after)))
            )
        )  # "Officials note that …", never "press reports"
    if word == lemma + "s" and lemma in EN_NOUN_LIKE:  # "Paris claims", never "press reports"
        if previous in EN_NOUN_LIKE and previous not in NOUN_COMES_NEXT and _THAT_AFTER.match(after):
            return True  # "The province's housing report states that …": the noun is its subject
        if (
            previous in NOUN_COMES_NEXT
            or previous in EN_FORMS
            or ONE_OF_A_LIST.match(after)
            or previous in OBJECT_BEFORE  # "walked back claims that …", "no immediate reports that …"
            or (
                len(words) > 1 and words[-2].lower() in ("citing", "quoting")
            )  # "citing intelligence reports,"
            or (
                previous[:1].islower() and ONLY_A_TIME_NEXT.match(after)
            )  # "the intelligence reports last week,"
        ):
            # "the Greek city states and the Phoenicians": one noun of a list
            return False  # "despite reports", "would not confirm reports that …": the noun
        if FINITE_NEXT.match(after):
            return False  # "Leaders of Pacific island states used the talks": a plural subject, its verb
        return (
            previous in ("he", "she", "it", "who", "which")
            or (bool(words) and words[-1][:1].isupper())
            or (before.rstrip().endswith(",") and bool(_NAME_NEXT.match(after)))  # "…, reports the BBC."
            or (not previous.endswith("s") and previous not in ("press", "news", "media"))
        )
    return True


_DETERMINER_NEXT = re.compile(
    r"[\s\u00a0]+(?:the|this|that|these|those|its|their|his|her|such|any)\b", re.IGNORECASE
)
_PUT_OUT = frozenset("posted reported written tweeted emailed".split())
# A bare plural noun after an -ed form, no clause after it: the form qualifies the noun.
_ATTRIBUTIVE = re.compile(
    r"[\s\u00a0]+(?-i:[a-z]{3,}s)\b(?![\s\u00a0]+(?:that|would|will|could|was|were|is|are|had|have)\b)"
)
_PARTICIPLE_AS_BASE = frozenset(["forecast"])
_NAME_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:in|on|from|at|by|under|to|with|for)[\s\u00a0]+(?:the|a|an)[\s\u00a0]+(?:(?-i:[A-Z])[\w'’.-]*[\s\u00a0]+)+$",
    re.IGNORECASE,
)
_NOUN_GOES_ON = re.compile(
    r"[\s\u00a0]+(?:for|of|is|was|has|had|shows?|showed|says|said|suggests?|predicts?|calls?)\b|[\s\u00a0]*[,.;:]",
    re.IGNORECASE,
)
# A name right after the verb: the inverted speaker of "…, reports the BBC."
_NAME_NEXT = re.compile(r"[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z])")
# Verbs that claim only as a judgement of their object (see `judgements`).
_JUDGING_ONLY = frozenset("call describe accuse dismiss reject brand label criticise criticize hail".split())
_JUDGING_ONLY_FR = frozenset(["qualifier", "décrire", "critiquer"])
_ACRONYM = re.compile(r"[A-Z]{2,}")
# The auxiliary of a perfect before a participle that is no simple past: "has written", "had long written".
_PERFECT_BEFORE = re.compile(
    r"(?:\b(?:has|have|had|having)|['’](?:ve|d))(?:[\s\u00a0]+(?:also|already|since|never|often|long|\w+ly))*[\s\u00a0]*$",
    re.IGNORECASE,
)
# "by" before whoever did it, not "by phone": what precedes the participle is no speaker.
# How words came, after "by"/« par », not who said them: "by phone", « par courrier ».
NOT_A_MEANS = (
    r"(?!(?:phone|telephone|téléphone|e-?mail|courrier|mail|text|video|letter|satellite|fax|post)\b)"
)
_BY_AGENT = re.compile(r"[\s\u00a0]+by[\s\u00a0]+" + NOT_A_MEANS, re.I)
# "note, however, that …": an aside between the verb and its "that".
_ASIDE_THEN_THAT = re.compile(
    r",[\s\u00a0]*(?:however|though|also|too|therefore|moreover),[\s\u00a0]*that\b", re.I
)
# A reported clause with no "that": "Insiders claim the deal was agreed", "Residents claim they …".
_CLAUSE_AFTER = re.compile(
    r"[\s\u00a0]+(?:(?:he|she|they|it|we|there)\b|(?:the|a|an|his|her|their|its|this)(?:[\s\u00a0]+[\w'’-]+){1,3}?"
    r"[\s\u00a0]+(?:was|is|were|are|had|has|have|will|would|could|can|should|must)\b"  # "report the minister said"
    r"|(?:the|a|an|his|her|their|its|(?-i:[A-Z])[\w'’.-]*)(?:[\s\u00a0]+[\w'’.-]+){0,5}?[\s\u00a0]+(?:said|says|told|tells)\b)",
    re.IGNORECASE,
)
# "… and tell us that …": the verb's object, then "that".
_OBJECT_THEN_THAT = re.compile(r"[\s\u00a0]+(?:(?:us|them|him|her|me|you)[\s\u00a0]+)?that\b", re.IGNORECASE)


def lemma_of(word: str, language: str) -> str:
    return (EN_FORMS if language == "en" else FR_FORMS).get(word.lower(), word.lower())


_CONTRACTED_MODAL = re.compile(r"(?:i|you|he|she|we|they)['’](?:d|ll)", re.IGNORECASE)
