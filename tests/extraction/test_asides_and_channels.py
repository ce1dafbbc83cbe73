"""Asides between a speaker and the verb, and where the words were given.

The sentences were written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company, in a statement on Wednesday, denied the claims.",
            {"speaker": "The company", "content": "the claims", "day": "2024-09-18"},
        ),
        (
            "The police, in a statement, denied the allegations.",
            {"speaker": "The police", "content": "the allegations", "day": None},
        ),
        (
            "The minister, in an interview with the BBC on Sunday, denied the report.",
            {
                "speaker": "The minister",
                "content": "the report",
                "intermediary": "the BBC",
                "day": "2024-09-15",
            },
        ),
    ],
)
def test_where_the_words_were_given_between_subject_and_verb_is_no_content_before_an_inverted_speaker(
    text, expected
):
    _reads(text, "en", "denied", expected)


def test_an_estimate_named_by_whose_it_is_is_their_claim():
    _reads(
        "By his group's estimate, more than 1,300 former interpreters were turned down.",
        "en",
        "estimate",
        {"speaker": "his group", "content": "more than 1,300 former interpreters were turned down"},
    )
    _reads(
        "More than 2 million people have fled, by the UN's latest estimate.",
        "en",
        "estimate",
        {"speaker": "the UN", "content": "More than 2 million people have fled"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a plural subject disputes what it names
            "Campaigners dispute the figure.",
            "dispute",
            {"speaker": "Campaigners", "content": "the figure"},
        ),
        (  # a body's past forecast, its base form
            "The Bureau of Meteorology forecast a further 80 millimetres of rain for the weekend.",
            "forecast",
            {
                "speaker": "The Bureau of Meteorology",
                "content": "a further 80 millimetres of rain for the weekend",
            },
        ),
        (  # when, between the verb and the comma of "A, X said, B"
            'Jawad\'s application, his lawyer said last week, has now been passed to a "senior caseworker".',
            "said",
            {
                "speaker": "his lawyer",
                "content": 'Jawad\'s application, his lawyer said last week, has now been passed to a "senior caseworker"',
            },
        ),
        (  # an interviewee's answer opened by "as X pointed out"
            "Wanjiru Kamau: Yes, and as the World Bank pointed out last year, cheap lamps often break within months.",
            "pointed out",
            {"speaker": "the World Bank", "content": "cheap lamps often break within months"},
        ),
        (  # a relative's report, an aside after "which": the report warned
            "Haddad accused the government of ignoring a 2019 report which, according to him, had warned that "
            "the channel was too narrow.",
            "warned",
            {"speaker": "a 2019 report", "content": "the channel was too narrow"},
        ),
        (  # and the accusation runs over that relative
            "Haddad accused the government of ignoring a 2019 report which, according to him, had warned that "
            "the channel was too narrow.",
            "accused",
            {
                "speaker": "Haddad",
                "content": "the government of ignoring a 2019 report which, according to him, had warned that "
                "the channel was too narrow",
            },
        ),
    ],
)
def test_what_dense_prose_reports(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The Met Office forecast for Monday shows heavy rain.",
        "In the Met Office forecast rain is expected.",
        "The number of cases has risen to 48, officials said Wednesday, up from 31 a week earlier.",
    ],
)
def test_a_forecast_noun_and_a_figure_after_the_verb_stay_as_they_were(text):
    found = {text[s.cue.start : s.cue.end]: s.texts(text) for s in suggest(text, "en", THURSDAY)}
    assert "forecast" not in found
    if "said" in found:
        assert found["said"]["content"] == "The number of cases has risen to 48"


def test_said_that_with_only_a_time_after_it_says_that_thing():
    text = '"They said that in 2023 too," he said.'
    assert [text[s.cue.start : s.cue.end] for s in suggest(text, "en", THURSDAY)] == ["said"]
    assert [s.texts(text)["speaker"] for s in suggest(text, "en", THURSDAY)] == ["he"]


@pytest.mark.parametrize(
    ("text", "language", "cue", "intermediary"),
    [
        (
            '"Nobody came," he told local newspaper the Valley Courier.',
            "en",
            "told",
            "local newspaper the Valley Courier",
        ),
        (
            '"Nobody came," he told the local newspaper, the Valley Courier.',
            "en",
            "told",
            "the local newspaper, the Valley Courier",
        ),
        ("He told the newspaper the Government had lied.", "en", "told", "the newspaper"),
        (
            "Interrogé lundi par l'AFP, le ministère a indiqué qu'un fonds serait ouvert.",
            "fr",
            "indiqué",
            "l'AFP",
        ),
        (
            "Sollicité par Le Parisien, le maire a assuré qu'il n'était pas au courant.",
            "fr",
            "assuré",
            "Le Parisien",
        ),
        ("Contacté jeudi par Reuters, le groupe a démenti toute fermeture.", "fr", "démenti", "Reuters"),
        (
            "D'après un rapport de l'Inspection générale, révélé par Le Monde en octobre, près d'un réseau sur "
            "cinq pourrait être concerné.",
            "fr",
            "D'après",
            "Le Monde",
        ),
    ],
)
def test_outlets_named_by_kind_and_reporters_who_reached_the_speaker(text, language, cue, intermediary):
    _reads(text, language, cue, {"intermediary": intermediary})


def test_a_notice_posted_online_is_no_report_of_its_own():
    text = (
        "The water authority said in a notice posted on its website late Wednesday that engineers had opened "
        "all four gates."
    )
    assert [text[s.cue.start : s.cue.end] for s in suggest(text, "en", THURSDAY)] == ["said"]


def test_two_reports_joined_by_but_with_the_second_speaker_last_split_at_the_joint():
    text = (
        "The ministry said last week that it had enough wheat, but the state buyer cancelled two tenders, "
        "two traders told Reuters."
    )
    found = {text[s.cue.start : s.cue.end]: s.texts(text) for s in suggest(text, "en", THURSDAY)}
    assert found["said"]["content"] == "it had enough wheat"
    assert found["told"]["content"] == "the state buyer cancelled two tenders"
    assert found["told"]["speaker"] == "two traders"


def test_one_speaker_s_clauses_joined_by_but_stay_whole():
    text = "Prices rose, but wages fell, officials said."
    (found,) = suggest(text, "en", THURSDAY)
    assert found.texts(text)["content"] == "Prices rose, but wages fell"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            'Russia cut its quota, a decision the ministry described as necessary to "protect consumers".',
            "described",
            "the ministry",
            'necessary to "protect consumers"',
        ),
        ('They closed the road, a move the mayor called "a disgrace".', "called", "the mayor", "a disgrace"),
    ],
)
def test_a_judgement_of_what_a_contact_relative_named_before(text, cue, speaker, content):
    _reads(text, "en", cue, {"speaker": speaker, "content": content})


def test_the_writer_s_timeline_after_a_content_is_not_the_speaker_s():
    _reads(
        'Analysts argued on Tuesday that the cut was "political", coming weeks after the EU extended tariffs.',
        "en",
        "argued",
        {"content": 'the cut was "political"', "day": "2024-09-17"},
    )


def test_a_writer_s_ranking_after_the_verb_holds_no_content_of_the_speaker():
    text = (
        "Sea ice shrank to its smallest winter maximum on record, the NSIDC said on Tuesday, the third "
        "year in a row that the previous low has been broken."
    )
    _reads(
        text,
        "en",
        "said",
        {
            "speaker": "the NSIDC",
            "content": "Sea ice shrank to its smallest winter maximum on record",
            "day": "2024-09-17",
        },
    )


@pytest.mark.parametrize(
    ("text", "language", "cue", "intermediary"),
    [
        (
            'Writing in the journal, the authors said the warm layer had "moved closer".',
            "en",
            "said",
            "the journal",
        ),
        (
            "« Mon client est effondré », a-t-il déclaré au téléphone à France Bleu Alsace.",
            "fr",
            "déclaré",
            "France Bleu Alsace",
        ),
        (  # the same telling goes on after "although she"
            'She told the BBC that three years was too short, although she agreed the losses were "extraordinary".',
            "en",
            "agreed",
            "the BBC",
        ),
        ("He told Reuters the plan was sound, but she said it was doomed.", "en", "said", None),
    ],
)
def test_relays_of_a_journal_a_phone_call_and_a_telling_that_goes_on(text, language, cue, intermediary):
    _reads(text, language, cue, {"intermediary": intermediary})


def test_which_a_pronoun_says_reports_the_rest_of_the_relative():
    _reads(
        "The cabinet agreed to open a consultation on the cuts, which it says would save £420,000 a year.",
        "en",
        "says",
        {"speaker": "it", "content": "would save £420,000 a year"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le gérant sera jugé, selon une ordonnance des juges consultée mardi par l'AFP.",
        "The plant will close, according to a memo seen on Monday by Reuters.",
    ],
)
def test_the_day_a_document_reached_an_outlet_is_not_the_claim_s(text):
    (found,) = suggest(text, "fr" if text.startswith("Le ") else "en", THURSDAY)
    assert found.claim_date.value is None
    assert found.intermediary is not None


@pytest.mark.parametrize(
    ("text", "cue", "intermediary", "content"),
    [
        (
            "He said in an interview with the Russian news agency TASS on Friday that the rules would change.",
            "said",
            "the Russian news agency TASS",
            "the rules would change",
        ),
        (
            "His lawyer told the portal that her client had not seen the evidence.",
            "told",
            "the portal",
            "her client had not seen the evidence",
        ),
        (
            "He told Latvian news portal Delfi that he was innocent.",
            "told",
            "Latvian news portal Delfi",
            "he was innocent",
        ),
    ],
)
def test_a_long_outlet_name_and_a_portal_pass_the_words_on(text, cue, intermediary, content):
    _reads(text, "en", cue, {"intermediary": intermediary, "content": content})


def test_a_participle_before_that_keeps_the_that_clause_its_own():
    text = "Meyer had written to Irène Joliot-Curie suggesting that Rona work with her."
    assert "written" not in [text[s.cue.start : s.cue.end] for s in suggest(text, "en", THURSDAY)]


def test_a_natural_disaster_status_granted_is_no_admission():
    text = "Le gouvernement a reconnu mercredi l'état de catastrophe naturelle pour 214 communes, a annoncé la préfecture."
    assert [text[s.cue.start : s.cue.end] for s in suggest(text, "fr", THURSDAY)] == ["annoncé"]


@pytest.mark.parametrize(
    ("text", "cue", "day"),
    [
        (  # the day after the one the paragraph named, not after a report
            "The board voted on Tuesday evening to close the school. In a letter sent the following morning, "
            "its chief executive said the decision had not been taken lightly.",
            "said",
            "2024-09-18",
        ),
        (  # the same day as the report of the paragraph before
            "On Monday he told Reuters the company would cooperate.\n\nActivists said the same day that the smoke "
            "was toxic.",
            "said",
            "2024-09-16",
        ),
    ],
)
def test_a_day_told_by_reference_to_the_day_named_before(text, cue, day):
    _reads(text, "en", cue, {"day": day})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "By Sunday morning, the authority said in an update on its website, it had spread to a second tank.",
            "en",
            "said",
            {
                "speaker": "the authority",
                "content": "By Sunday morning, the authority said in an update on its website, it had spread to a "
                "second tank",
            },
        ),
        (
            "Activists said that smoke samples showed high levels of soot, a finding the authority disputed.",
            "en",
            "said",
            {"content": "smoke samples showed high levels of soot"},
        ),
        (  # words after the quotation that open with a preposition are no speaker
            "La route restera fermée « pour plusieurs semaines » après l'éboulement survenu dans la nuit, a indiqué "
            "lundi le conseil départemental.",
            "fr",
            "indiqué",
            {"speaker": "le conseil départemental", "day": "2024-09-16"},
        ),
    ],
)
def test_where_the_speaker_and_the_content_end_around_asides(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Activists said that smoke samples showed high levels of soot, a finding the authority disputed.",
        "The board voted on Thursday to approve the closure, citing falling numbers.",
    ],
)
def test_a_relative_s_verb_and_a_reason_given_are_no_reports(text):
    cues = [text[s.cue.start : s.cue.end] for s in suggest(text, "en", THURSDAY)]
    assert "disputed" not in cues and "citing" not in cues


@pytest.mark.parametrize(
    "text", ["When I said that to El País last year, people were angry with me.", "She said that to the BBC."]
)
def test_saying_that_to_an_outlet_says_that_thing(text):
    assert suggest(text, "en", THURSDAY) == []


def test_that_then_to_and_a_clause_is_still_the_verb_s_content():
    _reads(
        "He told me that to Britain the deal was vital.",
        "en",
        "told",
        {"content": "to Britain the deal was vital"},
    )


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "Le procureur a confirmé lors d'un point de presse lundi après-midi l'ouverture d'une enquête.",
            "fr",
            "confirmé",
            {"content": "l'ouverture d'une enquête", "day": "2024-09-16"},
        ),
        (
            "« Les habitants vivent dans la peur », a réagi auprès du journal la maire du secteur, Marion Bareille.",
            "fr",
            "réagi",
            {"speaker": "la maire du secteur, Marion Bareille", "intermediary": "journal"},
        ),
    ],
)
def test_where_and_to_which_paper_before_an_object_or_an_inverted_speaker(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "Attendance was 18,450, the club's website reported, the highest for the fixture since 2019.",
            "en",
            "reported",
            {"content": "Attendance was 18,450"},
        ),
        (
            "La banque a martelé ces dernières semaines qu'elle ne baisserait pas ses taux « trop tôt ».",
            "fr",
            "martelé",
            {"content": "elle ne baisserait pas ses taux « trop tôt »"},
        ),
        (
            "Le ministre s'est félicité mardi sur France Inter d'une « victoire contre la vie chère ».",
            "fr",
            "félicité",
            {
                "content": "une « victoire contre la vie chère »",
                "intermediary": "France Inter",
                "day": "2024-09-17",
            },
        ),
        (
            "Le ministre s'est félicité sur X d'une « victoire contre la vie chère ».",
            "fr",
            "félicité",
            {"content": "une « victoire contre la vie chère »", "intermediary": None},
        ),
    ],
)
def test_a_superlative_ranking_weeks_told_and_a_channel_before_what_is_welcomed(
    text, language, cue, expected
):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker", "content"),
    [
        (
            "The chief executive wrote to staff on Monday to say that the plant would close.",
            "en",
            "say",
            "The chief executive",
            "the plant would close",
        ),
        (
            "He used his speech to warn that the economy was slowing.",
            "en",
            "warn",
            "He",
            "the economy was slowing",
        ),
        (
            "Le directeur nous a réunies le lendemain pour nous dire que rien n'était encore décidé.",
            "fr",
            "dire",
            "Le directeur",
            "rien n'était encore décidé",
        ),
        (
            "Le maire a écrit aux parents pour leur annoncer que l'école fermerait.",
            "fr",
            "annoncer",
            "Le maire",
            "l'école fermerait",
        ),
    ],
)
def test_a_report_in_an_infinitive_of_purpose_is_the_actor_s(text, language, cue, speaker, content):
    _reads(text, language, cue, {"speaker": speaker, "content": content})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It is too early to say that the crisis is over.", "en"),
        ("We asked him to tell us that he would stay.", "en"),
        ("Il faut du courage pour dire que le roi est nu.", "fr"),
    ],
)
def test_an_infinitive_after_no_act_of_speaking_reports_nothing(text, language):
    assert suggest(text, language, THURSDAY) == []


def test_used_to_say_is_a_habit_read_as_before():
    text = "My father used to say that a bad year for bees is a bad year for everyone, and I believe him."
    (found,) = suggest(text, "en", THURSDAY)
    assert found.texts(text)["content"] == "a bad year for bees is a bad year for everyone"


def test_a_source_who_spoke_to_this_newspaper_passed_the_words_through_it():
    _reads(
        "A Ministry of Defence source, who spoke to this newspaper on condition of anonymity, said the army "
        "would struggle.",
        "en",
        "said",
        {"speaker": "A Ministry of Defence source", "intermediary": "this newspaper"},
    )


def test_a_person_told_described_by_where_they_come_from_is_whom_not_what():
    _reads(
        "When I told a man from the Scottish Government that we had heard that before, he just smiled.",
        "en",
        "told",
        {"speaker": "I", "content": "we had heard that before"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Le président a déclaré, dans un entretien au Monde publié samedi, qu'il ne se représenterait pas.",
            "déclaré",
            {"intermediary": "Monde", "content": "il ne se représenterait pas"},
        ),
        (
            "Le député a dénoncé dans une tribune publiée par Libération « une loi injuste ».",
            "dénoncé",
            {"intermediary": "Libération", "content": "une loi injuste"},
        ),
        (
            "Selon des informations du Monde, confirmées par l'Élysée, le sommet est reporté.",
            "Selon",
            {"speaker": "des informations du Monde", "content": "le sommet est reporté"},
        ),
        (
            "L'entraîneur a regretté au micro de Canal+ « un manque de réalisme ».",
            "regretté",
            {"speaker": "L'entraîneur", "intermediary": "Canal+", "content": "un manque de réalisme"},
        ),
    ],
)
def test_french_papers_and_channels_around_what_was_said(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The president told the network in an interview that aired Sunday that he would run again.",
            "told",
            {"intermediary": "the network", "content": "he would run again"},
        ),
        (
            'The actress told the podcast "Armchair Expert" that she had quit acting.',
            "told",
            {"intermediary": 'the podcast "Armchair Expert"', "content": "she had quit acting"},
        ),
        (
            "Speaking on the BBC's Sunday with Laura Kuenssberg programme, the minister said taxes would rise.",
            "said",
            {"intermediary": "the BBC's Sunday with Laura Kuenssberg programme"},
        ),
        (  # "that" after "in a statement" is still the verb's
            "The company said in a statement that it was disappointed.",
            "said",
            {"content": "it was disappointed"},
        ),
    ],
)
def test_english_channels_named_by_kind_title_or_with_a_day(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_count_recorded_is_a_french_report():
    _reads(
        "Le ministère a pour sa part recensé 18 % de grévistes à la mi-journée.",
        "fr",
        "recensé",
        {"speaker": "Le ministère", "content": "18 % de grévistes à la mi-journée"},
    )


def test_a_court_that_ruled_is_no_speaker_of_the_project_s_gold():
    text = "The High Court ruled on Thursday that the plan was unlawful."
    assert suggest(text, "en", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        ("The mayor, in an interview with the local paper, said the budget was balanced.", "the local paper"),
        (
            "The mayor, speaking to a local radio station, said the budget was balanced.",
            "a local radio station",
        ),
        ("The mayor, speaking to the crowd, said the budget was balanced.", None),
    ],
)
def test_an_outlet_named_by_what_it_is_in_an_aside_after_the_speaker(text, intermediary):
    _reads(text, "en", "said", {"speaker": "The mayor", "intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "The minister told a BBC documentary broadcast on Monday that she had no regrets.",
            "en",
            "told",
            {"intermediary": "a BBC documentary", "content": "she had no regrets"},
        ),
        (
            "The company confirmed the job cuts to the BBC on Tuesday.",
            "en",
            "confirmed",
            {"intermediary": "the BBC", "content": "the job cuts", "day": "2024-09-17"},
        ),
        (
            "La maire a affirmé dans la soirée de mardi que la route rouvrirait.",
            "fr",
            "affirmé",
            {"day": "2024-09-17"},
        ),
    ],
)
def test_a_documentary_an_outlet_then_a_day_and_the_evening_of_a_day(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        (
            "Il a indiqué lundi à la Tribune de Genève qu'un règlement serait présenté.",
            "la Tribune de Genève",
        ),
        ("Il a déclaré à la tribune de l'Assemblée que la loi passerait.", None),
    ],
)
def test_a_paper_called_tribune_and_the_rostrum(text, intermediary):
    cue = "indiqué" if "indiqué" in text else "déclaré"
    _reads(text, "fr", cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The chief executive acknowledged the delays on Friday but said most claims had been settled.",
            "acknowledged",
            {"content": "the delays", "day": "2024-09-13"},
        ),
        (
            "Residents complained of outages lasting up to six hours.",
            "complained",
            {"content": "outages lasting up to six hours"},
        ),
        (
            "More than 1,200 insurance claims remain unresolved, according to the Insurance Council of Australia.",
            "according to",
            {"content": "More than 1,200 insurance claims remain unresolved"},
        ),
    ],
)
def test_a_day_before_but_what_is_complained_of_and_claims_the_noun(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    "text", ["He complained about the referee.", "Experts have long warned about re-entries."]
)
def test_complaining_or_warning_about_names_a_topic_not_a_claim(text):
    assert suggest(text, "en", THURSDAY) == []


def test_a_report_told_a_day_after_another_is_the_earlier_one_s_day_before():
    text = (
        "The EU will impose tariffs, the commissioner said on Wednesday, a day after U.S. officials said "
        "Washington would not lift its duties."
    )
    found = {s.texts(text)["speaker"]: s for s in suggest(text, "en", THURSDAY)}
    assert found["the commissioner"].texts(text)["content"] == "The EU will impose tariffs"
    assert found["the commissioner"].claim_date.value.isoformat() == "2024-09-18"
    assert found["U.S. officials"].claim_date.value.isoformat() == "2024-09-17"
