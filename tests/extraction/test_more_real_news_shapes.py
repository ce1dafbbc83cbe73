"""Shapes met in real news pages read on this machine (never copied here): each case is a sentence
written for these tests (project's own text) of the same shape as the one that was misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the day of an event still to come is not the day of the words
            "The senator told reporters in Reno ahead of the state's caucus Tuesday that he would win.",
            "en",
            "told",
            {"speaker": "The senator", "intermediary": "reporters", "day": None},
        ),
        (
            "She spoke to reporters before Thursday's vote, saying the bill would pass.",
            "en",
            "saying",
            {"speaker": "She", "day": None},
        ),
        (
            "The minister said before the summit on Thursday that the talks would be hard.",
            "en",
            "said",
            {"speaker": "The minister", "day": None},
        ),
        (
            "Le ministre a déclaré à la veille du scrutin de dimanche que tout irait bien.",
            "fr",
            "déclaré",
            {"speaker": "Le ministre", "day": None},
        ),
        (  # guards: a day's statement is dated by it, the day of the words, the event named apart
            "Monday's statement from the ministry said the talks would be hard.",
            "en",
            "said",
            {"speaker": "Monday's statement from the ministry", "day": "2024-09-16"},
        ),
        (
            "He said on Monday, ahead of the vote, that the bill would pass.",
            "en",
            "said",
            {"speaker": "He", "day": "2024-09-16"},
        ),
        (
            "Le ministre a déclaré lundi, à la veille du scrutin, que tout irait bien.",
            "fr",
            "déclaré",
            {"speaker": "Le ministre", "day": "2024-09-16"},
        ),
    ],
)
def test_the_day_of_an_event_to_come_is_not_the_day_of_the_words(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a document speaks with the name of whoever sent it, as "a report published by" does
            "A statement released by the agency's spokesman, Carl Brandt, said the office would stay shut.",
            "said",
            {"speaker": "A statement released by the agency's spokesman, Carl Brandt"},
        ),
        (
            "A letter sent by the mayor to residents said the plant would close in May.",
            "said",
            {"speaker": "A letter sent by the mayor to residents"},
        ),
        (  # guard: set off by commas, the description stays out
            "The statement, issued by the ministry, said the office would stay shut.",
            "said",
            {"speaker": "The statement"},
        ),
    ],
)
def test_a_document_sent_by_someone_keeps_its_sender_in_the_speaker(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a pronoun and its verb, or a name and its past, make a clause of their own before "after"
            "He resigned after the mayor said the policy was dead.",
            "said",
            {"speaker": "the mayor", "content": "the policy was dead"},
        ),
        (
            "He quit on Monday after the mayor said the policy was dead.",
            "said",
            {"speaker": "the mayor"},
        ),
        (
            "Minister Ann Smith resigned after the mayor said the policy was dead.",
            "said",
            {"speaker": "the mayor"},
        ),
        (  # and a title with its name is the new clause's subject
            "The Prime Minister also accused the host of falling into a trap set by the opposition after shadow "
            "home secretary Jane Whitby said the plan was cruel.",
            "said",
            {"speaker": "shadow home secretary Jane Whitby", "content": "the plan was cruel"},
        ),
        (
            "Shares fell after chief executive Ann Marie Smith said profits would drop.",
            "said",
            {"speaker": "chief executive Ann Marie Smith"},
        ),
        (  # guard: a participle after a noun describes it
            "The man arrested after the attack said he was innocent.",
            "said",
            {"speaker": "The man arrested after the attack"},
        ),
    ],
)
def test_the_clause_before_after_has_its_own_subject(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # words after a quotation go on with it when the verb names its speaker after it
            "L'homme « pourrait faire partie du réseau » recherché par la police, a indiqué jeudi soir le parquet.",
            "indiqué",
            {
                "speaker": "le parquet",
                "content": "L'homme « pourrait faire partie du réseau » recherché par la police",
                "day": "2024-09-19",
            },
        ),
        (  # guard: a name after the quotation's own comma speaks
            "« Nous ne céderons pas », le maire, Jean Roux, a déclaré à France Bleu.",
            "déclaré",
            {"speaker": "le maire, Jean Roux", "intermediary": "France Bleu"},
        ),
        (  # a paper with the adjectives that say which
            "« C'est une faute », s'est indignée l'avocate dans le quotidien belge Le Soir.",
            "indignée",
            {"speaker": "l'avocate", "intermediary": "le quotidien belge Le Soir"},
        ),
        (  # "que" opens the content; it names no paper
            "Le maire a déclaré dans le journal que tout allait mal.",
            "déclaré",
            {"speaker": "Le maire", "intermediary": None, "content": "tout allait mal"},
        ),
        (  # a report in the subject's relative clause ends where the main clause goes on
            "Les parents, qui ont confirmé aux enquêteurs qu'ils confiaient leur fils au voisin, avaient "
            "appelé les secours dans la soirée de vendredi.",
            "confirmé",
            {"speaker": "Les parents", "content": "ils confiaient leur fils au voisin", "day": None},
        ),
        (  # guard: confier with words
            "Il a confié au Parisien que la situation était grave.",
            "confié",
            {"speaker": "Il", "intermediary": "Parisien", "content": "la situation était grave"},
        ),
    ],
)
def test_shapes_of_real_french_court_reports(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_a_child_entrusted_to_a_neighbour_is_no_confidence():
    text = "Ils confiaient « régulièrement leur fils à la voisine » depuis trois ans."
    assert suggest(text, "fr", None) == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # whom the sources spoke to passes their words on
            "The talks have stalled, according to two diplomats who spoke to Reuters.",
            "en",
            "according to",
            {"speaker": "two diplomats", "intermediary": "Reuters"},
        ),
        (
            "The talks have stalled, according to two diplomats speaking to Reuters on condition of anonymity.",
            "en",
            "according to",
            {"speaker": "two diplomats", "intermediary": "Reuters"},
        ),
        (
            "People who spoke to The Washington Post said the talks had stalled.",
            "en",
            "said",
            {"speaker": "People", "intermediary": "The Washington Post"},
        ),
        (  # guards: a person spoken to, an audience
            "Two aides who spoke to President Hale said the talks had stalled.",
            "en",
            "said",
            {"speaker": "Two aides who spoke to President Hale", "intermediary": None},
        ),
        (
            "People who live nearby said the plant was noisy.",
            "en",
            "said",
            {"speaker": "People who live nearby", "intermediary": None},
        ),
        (  # an outlet's piece: the outlet passed the words on
            "According to a report by the BBC, the minister said the plan was dead.",
            "en",
            "said",
            {"speaker": "the minister", "intermediary": "the BBC"},
        ),
        (
            "According to an interview published by Der Spiegel on Saturday, the chancellor said the plan "
            "was dead.",
            "en",
            "said",
            {"speaker": "the chancellor", "intermediary": "Der Spiegel"},
        ),
        (
            "Selon un entretien publié par Libération, le ministre a assuré que le plan était mort.",
            "fr",
            "assuré",
            {"speaker": "le ministre", "intermediary": "Libération"},
        ),
        (  # a weekday that says which paper is no day
            "The MP has told a Sunday newspaper that officials in Brussels are wrong.",
            "en",
            "told",
            {"speaker": "The MP", "intermediary": "a Sunday newspaper", "day": None},
        ),
    ],
)
def test_relays_named_inside_the_source(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an interview named with what kind it was
            "The candidate, in an email interview with Wikinews, said she would stand again.",
            "said",
            {"speaker": "The candidate", "intermediary": "Wikinews"},
        ),
        (
            "In an exclusive interview with Sky News, the candidate said she would stand again.",
            "said",
            {"speaker": "the candidate", "intermediary": "Sky News"},
        ),
        (  # the outlet that asked passes the answer on
            "When asked by Wikinews about the race, the candidate said she would stand again.",
            "said",
            {"speaker": "the candidate", "intermediary": "Wikinews"},
        ),
        (
            "In response to a request for comment from the BBC, the council said the road would reopen.",
            "said",
            {"speaker": "the council", "intermediary": "the BBC"},
        ),
        (  # guard: whom one answers hears the words
            "In response to the Prime Minister, the opposition leader said the plan was unfair.",
            "said",
            {"speaker": "the opposition leader", "intermediary": None},
        ),
    ],
)
def test_interviews_and_answers_to_an_outlet(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a subject of many words before a sure verb, and before its relative clause
            "The head of news for the county television station spoke to CCTV, saying the houses went down.",
            "saying",
            {
                "speaker": "The head of news for the county television station",
                "intermediary": "CCTV",
                "content": "the houses went down",
            },
        ),
        (
            "The head of news for the Yushu county television station, who saw the quake, spoke to the "
            "state broadcaster CCTV, saying “In a flash, the houses went down.”",
            "saying",
            {"speaker": "The head of news for the Yushu county television station"},
        ),
        (  # a day and month without a year: the year of the full date named just before
            "The board, on March 3, 2021, accused the firm of fraud.\n\nOn March 2, its chair also said the "
            "accounts were false.",
            "said",
            {"speaker": "its chair", "day": "2021-03-02"},
        ),
        (  # guard: with no year named before, the year of publication
            "On September 2, its chair said the accounts were false.",
            "said",
            {"speaker": "its chair", "day": "2024-09-02"},
        ),
    ],
)
def test_long_subjects_and_the_year_named_before(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_speaker_in_an_incise_keeps_the_name_that_follows_it():
    text = "« Nous sommes prêts, souligne le maire, Jean Dupont, à France Bleu. Les digues tiendront. »"
    [found] = suggest(text, "fr", None)
    assert found.texts(text)["speaker"] == "le maire, Jean Dupont"
    assert text[found.speaker_name.start : found.speaker_name.end] == "Jean Dupont"
    assert found.texts(text)["intermediary"] == "France Bleu"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "when" joins a clause of the same time
            "Residents were relieved early Monday when officials announced they had detained a man.",
            "announced",
            {"speaker": "officials", "day": "2024-09-16"},
        ),
        (  # guard: after a comma, another clause's time
            "The vote was put off on Monday, when manufacturers warned that the plan would fail.",
            "warned",
            {"speaker": "manufacturers", "day": None},
        ),
        (  # "whilst" joins, names nobody
            '"We have a murderer out there," said the attorney general, whilst Mayor Ann Lee acknowledged '
            'that "the news is bad."',
            "acknowledged",
            {"speaker": "Mayor Ann Lee"},
        ),
    ],
)
def test_clauses_joined_by_when_and_whilst(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_participle_before_a_plural_after_a_gerund_is_an_adjective():
    text = "The complaint came with a dossier outlining alleged breaches, according to The Herald newspaper."
    found = [s.texts(text) for s in suggest(text, "en", None)]
    assert [(f["cue"], f["speaker"]) for f in found] == [("according to", "The Herald newspaper")]
    assert found[0]["content"] == "The complaint came with a dossier outlining alleged breaches"


def test_a_quotation_that_ends_a_sentence_before_asked_ends_it():
    text = (
        'The chief said the leak could "hinder our work." Asked about the card, the chief said, "Ask them."'
    )
    found = [s.texts(text) for s in suggest(text, "en", None)]
    assert [f["content"] for f in found] == ['the leak could "hinder our work."', "Ask them"]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # adverbs between the auxiliary and its participle
            "Un ministre a par la suite assuré à l'AFP que l'annonce était une rumeur.",
            "assuré",
            {"speaker": "Un ministre", "intermediary": "l'AFP", "content": "l'annonce était une rumeur"},
        ),
        (
            "Il a d'abord fermement démenti que la frappe ait eu lieu sur son sol.",
            "démenti",
            {"speaker": "Il", "content": "la frappe ait eu lieu sur son sol"},
        ),
        (  # the channel of an appearance named before the speaker
            "Dans une intervention en arabe sur Al Arabiya depuis Djeddah, le ministre a assuré que "
            "l'armée tenait le pays.",
            "assuré",
            {"speaker": "le ministre", "intermediary": "Al Arabiya"},
        ),
        (  # guard: the channel by what it is, not by its name
            "Dans une intervention sur la chaîne, le ministre a assuré que le budget tiendrait.",
            "assuré",
            {"speaker": "le ministre", "intermediary": None},
        ),
    ],
)
def test_shapes_of_real_french_agency_copy(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the relative of the telling itself dates it
            "The minister, who spoke on Tuesday, said the plan was dead.",
            "en",
            "said",
            {"speaker": "The minister", "day": "2024-09-17"},
        ),
        (
            "Le ministre, qui s'exprimait mardi devant la presse, a assuré que le plan était mort.",
            "fr",
            "assuré",
            {"speaker": "Le ministre", "day": "2024-09-17"},
        ),
        (  # guard: another act in the relative
            "The minister, who visited the town on Tuesday, said the plan was dead.",
            "en",
            "said",
            {"speaker": "The minister", "day": None},
        ),
    ],
)
def test_a_relative_of_the_telling_dates_it(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "just before" says when, between the verb and "that"
            "The minister said just before midnight on Tuesday that the plan was dead.",
            "en",
            "said",
            {"content": "the plan was dead", "day": "2024-09-17"},
        ),
        (  # so many days after the day the paragraph told of
            "The board met on Monday. Two days later, the minister said the plan was dead.",
            "en",
            "said",
            {"speaker": "the minister", "day": "2024-09-18"},
        ),
        (
            "Le conseil s'est réuni lundi. Deux jours plus tard, le ministre a assuré que le plan était mort.",
            "fr",
            "assuré",
            {"speaker": "le ministre", "day": "2024-09-18"},
        ),
        (  # guard: alone, it names no day
            "Two days later, the minister said the plan was dead.",
            "en",
            "said",
            {"speaker": "the minister", "day": None},
        ),
    ],
)
def test_when_said_just_before_and_days_later(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a paper by its title after « dans »
            "« Je suis triste », commente encore l'élu dans L'Echo.",
            "commente",
            {"speaker": "l'élu", "intermediary": "L'Echo"},
        ),
        (
            "Le maire a déclaré dans La Voix du Nord mardi que tout allait mal.",
            "déclaré",
            {"speaker": "Le maire", "intermediary": "La Voix du Nord", "day": "2024-09-17"},
        ),
        (
            "« Je suis triste », a déclaré le maire dans Le Journal du Dimanche.",
            "déclaré",
            {"intermediary": "Le Journal du Dimanche"},
        ),
        (  # guard: a region, not a paper
            "Le maire a déclaré dans le Nord que tout allait mal.",
            "déclaré",
            {"intermediary": None, "content": "tout allait mal"},
        ),
        (  # a programme by its quoted title says where, not what
            "La ministre a annoncé lundi dans « De Ochtend » (sur la radio VRT) son refus de nommer les maires.",
            "annoncé",
            {"content": "son refus de nommer les maires", "day": "2024-09-16"},
        ),
        (  # guard: quoted words that are no title stay in the content
            "Un rapport avait pourtant alerté sur « un risque sérieux d'incendie ».",
            "alerté",
            {"speaker": "Un rapport"},
        ),
    ],
)
def test_french_papers_and_programmes_by_their_titles(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper by its name after "in", whatever the verb, and a piece for it
        ("The minister said in The Times on Tuesday that the plan was dead.", "The Times"),
        ("She argued in a piece for The Atlantic that the plan was dead.", "The Atlantic"),
        # guard: a place
        ("The minister said in Times Square that the plan was dead.", None),
    ],
)
def test_a_paper_by_its_name_after_in(text, expected):
    [found] = suggest(text, "en", None)
    assert found.texts(text)["intermediary"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an adverb after the verb, then the content's own clause
            "A is true, three officials told Reuters, while the department said separately it was probing the leak.",
            "said",
            {"speaker": "the department", "content": "it was probing the leak"},
        ),
        ("He said privately the deal was dead.", "said", {"content": "the deal was dead"}),
        # guard: a noun in -ly opens the content
        ("He said family members were safe.", "said", {"content": "family members were safe"}),
    ],
)
def test_an_adverb_between_the_verb_and_its_clause(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # who quoted, named before the speaker or after "quoted as saying"
            "Quoted by Reuters, the minister said the plan was dead.",
            "en",
            "said",
            {"speaker": "the minister", "intermediary": "Reuters"},
        ),
        (
            "Cité par l'AFP, le ministre a affirmé que le plan était mort.",
            "fr",
            "affirmé",
            {"speaker": "le ministre", "intermediary": "l'AFP"},
        ),
        (
            "The minister was quoted as saying by the BBC that the plan was dead.",
            "en",
            "saying",
            {"speaker": "The minister", "intermediary": "the BBC", "content": "the plan was dead"},
        ),
        (  # "as first reported by"
            "As first reported by Politico, the plan is dead.",
            "en",
            "reported",
            {"speaker": "Politico", "content": "the plan is dead"},
        ),
    ],
)
def test_quoted_and_first_reported_by_an_outlet(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shows by their names: a weekday after the network's possessive, the host after "with"
        (
            "The minister told Sky's Sunday Morning with Trevor Phillips that the plan was dead.",
            "Sky's Sunday Morning with Trevor Phillips",
        ),
        ("On CBS's Face the Nation, the senator said the plan was dead.", "CBS's Face the Nation"),
        # guards: a weekday after an agency is a day; a person beside is no part of the outlet
        ("The minister told The Associated Press Friday that the plan was dead.", "The Associated Press"),
        ("The minister told Reuters with Anna Smith at his side that the plan was dead.", "Reuters"),
    ],
)
def test_shows_named_with_their_day_and_host(text, expected):
    [found] = suggest(text, "en", None)
    assert found.texts(text)["intermediary"] == expected


def test_a_long_subject_before_an_aside_and_its_verb():
    text = (
        "A special officer of the Harbour Department of Revenue and Disaster Management, on Thursday, wrote "
        "to the police, alleging that a toxic liquid was served."
    )
    [found] = suggest(text, "en", None)
    assert found.texts(text)["speaker"] == (
        "A special officer of the Harbour Department of Revenue and Disaster Management"
    )


def test_the_day_of_an_inverted_verb_after_its_content_dates_it():
    text = "L'homme pourrait faire partie du groupe, avait indiqué vendredi soir le parquet de Paris."
    [found] = suggest(text, "fr", THURSDAY)
    assert found.texts(text)["speaker"] == "le parquet de Paris"
    assert found.claim_date.value.isoformat() == "2024-09-13"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an inverted speaker, then the outlet told: no entrusting
            "« Je pars », a confié le maire à nos confrères de La Provence.",
            "confié",
            {"speaker": "le maire", "intermediary": "La Provence"},
        ),
        (  # the outlet that learned it from a source passes it on
            "Le maire a démissionné, a appris BFMTV de source policière.",
            "de source",
            {"speaker": "source policière", "intermediary": "BFMTV", "content": "Le maire a démissionné"},
        ),
        (
            "Le maire a démissionné, a appris Le Parisien auprès de la préfecture.",
            "auprès",
            {"speaker": "la préfecture", "intermediary": "Le Parisien"},
        ),
    ],
)
def test_french_outlets_told_and_outlets_that_learned(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # straight marks too: a quotation left open at a paragraph's end goes on in the next
        (
            '"We will not give up. The fight goes on.\n\n"Our members are angry," union leader Ann Lee said.',
            'We will not give up. The fight goes on.\n\n"Our members are angry',
        ),
        # guard: a paragraph whose quotation closed is no part of the next one
        (
            '"We will not give up," she said.\n\n"Our members are angry," Ann Lee said.',
            "Our members are angry",
        ),
    ],
)
def test_a_straight_quotation_over_two_paragraphs_is_one_content(text, content):
    assert [s.texts(text)["content"] for s in suggest(text, "en", None)][-1] == content


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        # the relative's own subject speaks, its name apposed
        (
            "Ploughs are ready in Boston, whose mayor, Ann Lee, warned that a foot of snow was due.",
            "en",
            "warned",
            "mayor, Ann Lee",
        ),
        (
            "Les chasse-neige sont prêts à Boston, dont la maire, Ann Lee, a prévenu que 30 cm de neige étaient prévus.",
            "fr",
            "prévenu",
            "la maire, Ann Lee",
        ),
        # guard: a relative that describes the subject, its own verb inside
        ("The firm, whose chief executive quit, said profits would fall.", "en", "said", "The firm"),
    ],
)
def test_a_relative_of_whose_subject_speaks(text, language, cue, speaker):
    _reads(text, language, cue, {"speaker": speaker})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a station named with what it is after "on"
        (
            '"Her ideology clouds her judgement," the governor said on WVOM radio.',
            "said",
            {"intermediary": "WVOM radio"},
        ),
        # a pronoun's "'s" is its auxiliary, no part of the speaker
        ("She's saying the plan is dead.", "saying", {"speaker": "She", "content": "the plan is dead"}),
    ],
)
def test_a_station_with_its_kind_and_a_contracted_auxiliary(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_statement_that_reads_in_part():
    text = 'The statement read in part: "We regret the decision."'
    [found] = suggest(text, "en", None)
    assert (found.texts(text)["speaker"], found.texts(text)["content"]) == (
        "The statement",
        "We regret the decision",
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a paper named inside the content or another clause relays nothing
        ('"It is dead," she said, adding that the plan, reported in the Times, was old.', "en", [None, None]),
        ("« Le plan est mort », a déclaré le maire, dont la tribune est parue dans Le Monde.", "fr", [None]),
    ],
)
def test_a_paper_named_in_another_clause_is_no_relay(text, language, expected):
    assert [s.texts(text)["intermediary"] for s in suggest(text, language, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle set off by commas after the subject reports nothing
        ("The minister, asked about the plan, said it was dead.", [("said", "The minister")]),
        ("The findings, reported in The Lancet, suggest that the drug works.", []),
        # guard: the verb after an apposed name
        (
            "The governor, Elena Marsh, signalled on Tuesday that rates could fall.",
            [("signalled", "The governor, Elena Marsh")],
        ),
    ],
)
def test_a_participle_aside_after_the_subject_is_no_report(text, expected):
    found = [s.texts(text) for s in suggest(text, "en", None)]
    assert [(f["cue"], f["speaker"]) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # the paper that took the words down, not the words
            "Le ministre a assuré, selon des propos recueillis par Le Monde, que le plan était mort.",
            "assuré",
            {"speaker": "Le ministre", "intermediary": "Le Monde"},
        ),
        (  # who spoke on a station, in the speaker's relative clause
            "Le ministre, qui s'exprimait sur RTL, a assuré que le plan était mort.",
            "assuré",
            {"speaker": "Le ministre", "intermediary": "RTL"},
        ),
        (  # guard: on a subject, not on air
            "Le ministre, qui s'exprimait sur le sujet, a assuré que le plan était mort.",
            "assuré",
            {"speaker": "Le ministre", "intermediary": None},
        ),
    ],
)
def test_french_relays_of_remarks_taken_down_or_on_air(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition, then the main clause: what was said
        (
            'The leader said if the council has a recording, "it\'s tantamount to blackmail".',
            'if the council has a recording, "it\'s tantamount to blackmail"',
        ),
        (
            "The leader said if the tape exists, it is tantamount to blackmail.",
            "if the tape exists, it is tantamount to blackmail",
        ),
        # guard: "if" alone asks whether
        ("He did not say if he would run.", None),
    ],
)
def test_a_condition_said_before_its_clause(text, expected):
    found = [s.texts(text)["content"] for s in suggest(text, "en", None)]
    assert found == ([expected] if expected else [])


def test_a_quotation_in_british_single_marks_right_after_the_verb():
    text = "Asked about his adviser, the premier responds ‘I think he has served the party well’."
    [found] = suggest(text, "en", None)
    assert found.texts(text)["content"] == "I think he has served the party well"


@pytest.mark.parametrize(
    ("text", "language", "cue", "day"),
    [
        # a weekday with its own day of the month, on the weekday of publication: that day of the month
        (
            "La préfecture a annoncé ce jeudi 12 septembre que la route rouvrirait.",
            "fr",
            "annoncé",
            "2024-09-12",
        ),
        # guard: the weekday alone, in that weekday's paper, is the day of publication
        ("La préfecture a annoncé jeudi que la route rouvrirait.", "fr", "annoncé", "2024-09-19"),
    ],
)
def test_a_weekday_with_its_day_of_the_month(text, language, cue, day):
    _reads(text, language, cue, {"day": day})
