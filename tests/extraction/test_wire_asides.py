"""Shapes met in real wire copy (asides between a speaker and its verb, names of one word, "with X
saying"), read on this machine (never copied here): each case is a sentence written for these tests
(project's own text) of the same shape as the one misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a country's adjective then "president" names a person, who passes nothing on
            "The premier's office said he told the French president that Italy would act.",
            "en",
            "told",
            {"speaker": "he", "intermediary": None, "content": "Italy would act"},
        ),
        (  # guard: a French daily told is a medium
            "The minister told the French daily that Italy would act.",
            "en",
            "told",
            {"intermediary": "the French daily"},
        ),
        (  # what a place is like, between commas, is no speaker
            "But a rebel spokesman in Paris, where the leaders live in exile, said the group was not "
            "planning any attacks.",
            "en",
            "said",
            {"speaker": "a rebel spokesman in Paris", "content": "the group was not planning any attacks"},
        ),
        (
            "A doctor in Gaza, where the hospitals have run out of fuel, said patients were dying.",
            "en",
            "said",
            {"speaker": "A doctor in Gaza"},
        ),
        (
            "Un médecin de Gaza, où les hôpitaux manquent de carburant, a affirmé que des patients mouraient.",
            "fr",
            "affirmé",
            {"speaker": "Un médecin de Gaza"},
        ),
        (  # a name of one word, apposed to a person's role, is who the role is
            "In Manila, an interior ministry spokesman, Reyes, said the government would protect aid workers.",
            "en",
            "said",
            {"speaker": "an interior ministry spokesman, Reyes", "speaker_name": "Reyes"},
        ),
        (  # guard: a day between commas is no name
            "The president, Monday, said the government would act.",
            "en",
            "said",
            {"speaker": "The president", "speaker_name": None},
        ),
        (  # guard: one word after a company's role names the company, not the person
            "A spokesman for the terminal's operator, Vopak, said no one had been injured.",
            "en",
            "said",
            {"speaker_name": None},
        ),
        (  # "with X saying": X speaks, with its apposition
            'The union signalled defiance, with its leader, Anna Rossi, saying: "The strike is open-ended."',
            "en",
            "saying",
            {"speaker": "its leader, Anna Rossi", "content": "The strike is open-ended"},
        ),
        (
            "The market fell, with analysts warning that rates would rise.",
            "en",
            "warning",
            {"speaker": "analysts", "content": "rates would rise"},
        ),
        (  # guard: "spoke with reporters, saying": the subject speaks, to them
            "The director spoke with reporters, saying the film was finished.",
            "en",
            "saying",
            {"speaker": "The director", "intermediary": "reporters"},
        ),
    ],
)
def test_asides_and_absolutes_leave_the_speaker_whole(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('"It\'s a great day for the club," beamed the chairman.', "beamed", "the chairman"),
        ('"Not bad for an old man," he grinned.', "grinned", "he"),
        ('"It was magical," gushed one fan.', "gushed", "one fan"),
    ],
)
def test_a_manner_of_speaking_after_a_quotation_reports_it(text, cue, speaker):
    _reads(text, "en", cue, {"speaker": speaker})


@pytest.mark.parametrize(
    "text", ["The chairman smiled and waved to the crowd.", "The children's smiles said it all."]
)
def test_guard_a_smile_with_no_quotation_reports_nothing(text):
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # "they" stands for the people named by the body they belong to, not the body
            "Scientists from Oxford University are offering an explanation: before hibernation, they say, "
            "bears store fat in their bones.",
            "Scientists from Oxford University",
        ),
        (  # a group named by a person stands for "they", where the person alone would not
            "Supporters of Donald Trump gathered outside the court. They said the trial was a sham.",
            "Supporters of Donald Trump",
        ),
        ("Ms Jane Lee spoke first. They said the trial was a sham.", None),  # guard: one person is no "they"
    ],
)
def test_they_stands_for_a_group_named_by_what_it_belongs_to(text, name):
    (found,) = suggest(text, "en")
    assert found.texts(text)["speaker_name"] == name


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # words sent to an outlet, in an aside between the subject and its verb
            "The White House, in a statement to the BBC, said the president had not been briefed.",
            "en",
            "said",
            {"speaker": "The White House", "intermediary": "the BBC"},
        ),
        (  # reporters briefed hear the words and pass them on
            "A senior US official, briefing reporters on condition of anonymity, said the strikes would continue.",
            "en",
            "said",
            {"speaker": "A senior US official", "intermediary": "reporters"},
        ),
        (  # guard: a cabinet briefed passes nothing on
            "The general, briefing the cabinet, said the strikes would continue.",
            "en",
            "said",
            {"speaker": "The general", "intermediary": None},
        ),
        (  # guard: a letter to Congress is sent to a body, which passes nothing on
            "The minister, in a letter to Congress, said the funds had run out.",
            "en",
            "said",
            {"speaker": "The minister", "intermediary": None},
        ),
        (  # a statement carried by state media, relayed by an agency
            "The ministry's statement, carried by state media, said the border would remain closed.",
            "en",
            "said",
            {"intermediary": "state media"},
        ),
        (
            "Le communiqué du ministère, relayé par l'agence IRNA, affirme que la frontière restera fermée.",
            "fr",
            "affirme",
            {"speaker": "Le communiqué du ministère", "intermediary": "l'agence IRNA"},
        ),
        (  # « nos confrères de 20 Minutes »: the paper itself
            "Interrogé par nos confrères de 20 Minutes, le maire a reconnu des « erreurs ».",
            "fr",
            "reconnu",
            {"speaker": "le maire", "intermediary": "20 Minutes"},
        ),
        (  # « Journal du dimanche » is a title: its day says no time
            "Dans un entretien accordé au Journal du dimanche, le ministre assure que la réforme ira "
            "jusqu'au bout.",
            "fr",
            "assure",
            {"speaker": "le ministre", "intermediary": "Journal du dimanche"},
        ),
        (  # a report by the Journal, which cited people: the Journal passed their words on
            "According to a report by the Wall Street Journal, which cited people familiar with the plans, "
            "the company will cut 10% of its staff.",
            "en",
            "According to",
            {"speaker": "people familiar with the plans", "intermediary": "the Wall Street Journal"},
        ),
    ],
)
def test_who_carried_the_words_is_the_intermediary(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('The minister branded the strike "irresponsible".', "branded", 'the strike "irresponsible"'),
        ('Critics labelled the report as "a whitewash".', "labelled", 'the report as "a whitewash"'),
    ],
)
def test_branding_something_in_quoted_words_claims_it(text, cue, content):
    _reads(text, "en", cue, {"content": content})


@pytest.mark.parametrize(
    "text",
    [
        "The shop sells branded goods at low prices.",
        "The company branded its new phone the Nova.",
        "Each jar is labelled with its date.",
    ],
)
def test_guard_a_brand_or_a_label_with_no_quoted_judgement_claims_nothing(text):
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a relative's bare report, cut where its clause ends, drops how and when it was said
            "The governor, who announced the measures at a press conference on Monday, said schools would close.",
            "announced",
            {"content": "the measures", "day": "2024-09-16"},
        ),
        (  # the main clause's report keeps no day of the relative's
            "The governor, who announced the measures at a press conference on Monday, said schools would close.",
            "said",
            {"content": "schools would close", "day": None},
        ),
        (  # guard: a clause reported keeps its own day
            "The mayor, who said the road would reopen on Monday, was not available.",
            "said",
            {"content": "the road would reopen on Monday", "day": None},
        ),
    ],
)
def test_a_relatives_report_ends_with_its_clause(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        (
            "The report criticized the agency for failing to act.",
            "en",
            "criticized",
            "the agency for failing to act",
        ),
        (
            "Des passagers ont critiqué l'équipage pour ne pas les avoir informés plus tôt.",
            "fr",
            "critiqué",
            "l'équipage pour ne pas les avoir informés plus tôt",
        ),
    ],
)
def test_criticising_someone_for_something_claims_it(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


@pytest.mark.parametrize(
    ("text", "language"),
    [("Critics criticised the plan.", "en"), ("The criticised plan was dropped.", "en")],
)
def test_guard_criticism_with_no_reason_given_claims_nothing(text, language):
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        'A spokesperson said: "We dispatched three fire engines.\n\n"We can confirm there were no casualties."',
        '"We dispatched three fire engines.\n\n"We can confirm there were no casualties," a spokesperson said.',
    ],
)
def test_a_quotation_over_two_paragraphs_is_one_claim_of_its_speaker(text):
    """Wire style re-opens a straight quotation at each paragraph: one content, and "We can confirm"
    inside it is the spokesperson's own words, no attribution of its own."""
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [(f["cue"], f["speaker"].lower()) for f in found] == [("said", "a spokesperson")]
    assert found[0]["content"].endswith("there were no casualties")


def test_guard_someone_else_quoted_inside_a_quotation_keeps_the_report():
    """ "My daughter told me …" inside a quotation is her report, annotated as such."""
    text = '"My daughter told me I had to," he laughs.'
    assert sorted(s.texts(text)["cue"] for s in suggest(text, "en")) == ["laughs", "told"]


@pytest.mark.parametrize(
    "text",
    ["RCMP say the man was driving a stolen truck.", "The RCMP say the man was driving a stolen truck."],
)
def test_a_body_named_by_its_initials_takes_a_plural_verb(text):
    """Canadian and British copy: "RCMP say", "the FBI say"."""
    (found,) = suggest(text, "en")
    assert found.texts(text)["content"] == "the man was driving a stolen truck"


def test_guard_initials_before_a_noun_name_no_speaker():
    assert suggest("The USA report is due in June.", "en") == []


def test_a_day_after_a_bracketed_acronym_is_no_part_of_the_speaker():
    text = "The World Health Organization (WHO) on Thursday declared that the outbreak was over."
    _reads(text, "en", "declared", {"speaker": "The World Health Organization (WHO)", "day": "2024-09-19"})


def test_a_days_edition_of_a_paper_told_is_the_paper():
    text = "The minister told Sunday's edition of the Observer that the plan would go ahead."
    _reads(text, "en", "told", {"intermediary": "the Observer", "content": "the plan would go ahead"})


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        (
            "In an interview published in the Financial Times on Monday, the governor said rates would fall.",
            "the Financial Times",
        ),
        (
            "In an interview with Monday's Financial Times, the governor said rates would fall.",
            "Financial Times",
        ),
        ("In an interview broadcast on CNN on Sunday, the senator said the bill was dead.", "CNN"),
    ],
)
def test_the_paper_an_interview_appeared_in_is_the_medium(text, intermediary):
    (found,) = suggest(text, "en")
    assert found.texts(text)["intermediary"] == intermediary


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a programme named with its day: the words were said that day, on it
            "Speaking on Tuesday's Today programme, the minister said the strike was illegal.",
            "said",
            {"intermediary": "Today programme", "day": "2024-09-17"},
        ),
        (
            "In an interview with Monday's Financial Times, the governor said rates would fall.",
            "said",
            {"intermediary": "Financial Times", "day": "2024-09-16"},
        ),
        (
            "The minister told Sunday's edition of the Observer that the plan would go ahead.",
            "told",
            {"intermediary": "the Observer", "day": "2024-09-15"},
        ),
        (  # guard: an event's day inside what was said is no day of the saying
            "The minister said the bill would pass in Thursday's vote.",
            "said",
            {"day": None},
        ),
    ],
)
def test_a_days_edition_or_programme_dates_the_words(text, cue, expected):
    _reads(text, "en", cue, expected)
