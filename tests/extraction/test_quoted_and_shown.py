"""Readings written on the newest dev articles: who passed a speaker's words
on (outlets by kind or anaphor, spokespeople, correspondents, programmes), what shows a content
rather than says it, speakers around asides and appositions, feelings said in one word, and what
claims nothing (a saying, a thought, whom a voter blames, a manner of speaking).

The sentences were written for these tests (project's own text), in the manner of the dev
articles in tests/data/written_dev/ (en_wn_landslide.txt, en_wn_leak.txt, en_hospital_outbreak.txt,
en_ng_fuel.txt, en_sport_derby.txt, en_wire_coup.txt, en_analysis_rates.txt, fr_cambriolages.txt …).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


def test_quoted_by_an_outlet_as_saying_a_clause_with_no_that():
    text = (
        "A neighbour, Aroha Walker, was quoted by the New Zealand Herald as saying she heard a loud noise "
        "shortly before dawn."
    )
    _reads(
        text,
        "en",
        "saying",
        {
            "speaker": "A neighbour, Aroha Walker",  # the apposed name, across "was quoted by … as"
            "intermediary": "the New Zealand Herald",
            "content": "she heard a loud noise shortly before dawn",
        },
    )


def test_how_the_words_reached_an_outlet_is_no_part_of_it():
    text = "The geologist explained to Wikinews by email that the soils behave like a liquid."
    _reads(text, "en", "explained", {"intermediary": "Wikinews", "content": "the soils behave like a liquid"})


def test_documents_that_show_a_content_are_a_second_source_not_a_relay():
    text = (
        "She said the company had been warned about the weakness months before the attack, according "
        "to documents seen by the paper."
    )
    content = "the company had been warned about the weakness months before the attack"
    _reads(text, "en", "said", {"speaker": "She", "intermediary": None, "content": content})
    _reads(
        text,
        "en",
        "according to",
        {"speaker": "documents", "intermediary": "the paper", "content": content},
    )


def test_an_outlet_after_a_report_still_passes_it_on():
    text = "The minister said the talks had failed, according to Reuters."
    _reads(text, "en", "said", {"intermediary": "Reuters", "content": "the talks had failed"})
    assert len(suggest(text, "en")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Pacific island states used the talks to demand that rich countries cut emissions faster.",
        "Police reports show the car was stolen.",  # documents that show: a noun, then its verb
    ],
)
def test_a_plural_noun_in_s_before_its_own_verb_reports_nothing(text):
    assert suggest(text, "en") == []


def test_residents_who_report_a_smell_claim_it():
    text = "Des riverains ont pourtant signalé une forte odeur de brûlé."
    _reads(text, "fr", "signalé", {"speaker": "Des riverains", "content": "une forte odeur de brûlé"})


def test_how_long_a_warning_ran_then_its_topic_claims_nothing():
    assert suggest("Nurses had been warning for months about overcrowding.", "en") == []
    _reads("Nurses had warned for years of a crisis.", "en", "warned", {"content": "a crisis"})


def test_the_programme_named_before_passes_the_words_on():
    text = "He told the programme that surgery would be postponed."
    _reads(text, "en", "told", {"intermediary": "the programme", "content": "surgery would be postponed"})


def test_whom_a_speaker_told_then_how_then_what():
    text = "I told the transport secretary in a letter that the islands need more small boats."
    _reads(text, "en", "told", {"speaker": "I", "content": "the islands need more small boats"})


def test_a_cause_blamed_is_a_claim_whom_is_not():
    text = "Marketers blamed a shortfall in supply from the refinery."
    _reads(text, "en", "blamed", {"content": "a shortfall in supply from the refinery"})
    assert suggest("Voters blamed the president.", "en") == []


def test_the_paper_s_own_correspondent_passes_the_words_on():
    _reads(
        "He told our correspondent on Wednesday that depots had raised prices.",
        "en",
        "told",
        {"intermediary": "our correspondent", "content": "depots had raised prices"},
    )
    _reads(
        "Il a indiqué à notre correspondant que les dépôts avaient augmenté les prix.",
        "fr",
        "indiqué",
        {"intermediary": "notre correspondant", "content": "les dépôts avaient augmenté les prix"},
    )


def test_a_saying_and_a_thought_claim_nothing():
    assert suggest("As they say, there is no such thing as a free lunch.", "en") == []
    assert suggest("I told myself it would be fine.", "en") == []


def test_as_reported_by_an_outlet_the_outlet_speaks():
    _reads(
        "As reported by the BBC, the mayor will resign.",
        "en",
        "reported",
        {"speaker": "the BBC", "content": "the mayor will resign"},
    )
    _reads(
        "As reported by Reuters on Monday, the mine will close.",
        "en",
        "reported",
        {"speaker": "Reuters", "content": "the mine will close", "day": "2024-09-16"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # « juge », a verb here, not the judge
            "La Confédération paysanne juge ces annonces « très insuffisantes ».",
            "juge",
            {"speaker": "La Confédération paysanne", "content": "ces annonces « très insuffisantes »"},
        ),
        (  # how one says one is: the reflexive pronoun belongs to the verb, not the speaker
            "Une habitante du quartier se dit « soulagée ».",
            "dit",
            {"speaker": "Une habitante du quartier", "content": "soulagée"},
        ),
        (
            "La ministre se dit « très inquiète ».",
            "dit",
            {"speaker": "La ministre", "content": "très inquiète"},
        ),
        ("Le ministre se dit « soulagé ».", "dit", {"speaker": "Le ministre", "content": "soulagé"}),
    ],
)
def test_a_judgement_or_a_feeling_said_in_quoted_words(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The Washington Post reported that the bill was dead.",
            "reported",
            {"speaker": "The Washington Post"},
        ),
        (  # whom the paper reports speaking: through the paper
            "The Washington Post reported that the senator said the bill was dead.",
            "said",
            {"speaker": "the senator", "intermediary": "The Washington Post"},
        ),
        (
            "The senator said on Fox & Friends that the bill was dead.",
            "said",
            {"intermediary": "Fox & Friends"},
        ),
        (
            "In an interview broadcast Sunday on CBS's Face the Nation, the senator said the bill was dead.",
            "said",
            {"intermediary": "CBS's Face the Nation"},
        ),
        (
            "An official, speaking on condition of anonymity to Reuters, said the bill was dead.",
            "said",
            {"intermediary": "Reuters"},
        ),
        (
            "The senator told the Post, which first reported the story, that the bill was dead.",
            "told",
            {"intermediary": "the Post"},
        ),
        ("The senator, interviewed on MSNBC, said the bill was dead.", "said", {"intermediary": "MSNBC"}),
        ("In remarks to the Senate, the senator said the bill was dead.", "said", {"intermediary": None}),
    ],
)
def test_who_passed_a_senator_s_words_on(text, cue, expected):
    _reads(text, "en", cue, {**expected, "content": "the bill was dead"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a brand written in lower case
            "Le ministre a indiqué à franceinfo que la réforme serait votée.",
            "indiqué",
            {"intermediary": "franceinfo", "content": "la réforme serait votée"},
        ),
        (  # the outlet after an inverted speaker, « auprès de »
            "« C'est faux », a réagi l'entourage du ministre auprès de l'AFP.",
            "réagi",
            {"speaker": "l'entourage du ministre", "intermediary": "l'AFP", "content": "C'est faux"},
        ),
        (  # the outlet before a colon
            "Le ministre l'a affirmé au Parisien : la réforme sera votée.",
            "affirmé",
            {"intermediary": "Parisien", "content": "la réforme sera votée"},
        ),
        (  # an auxiliary before « selon X, »: its participle comes after
            "Le ministre aurait, selon Mediapart, menacé de démissionner.",
            "selon",
            {
                "speaker": "Mediapart",
                "content": "Le ministre aurait, selon Mediapart, menacé de démissionner",
            },
        ),
    ],
)
def test_who_passed_a_french_minister_s_words_on(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_a_match_report_s_relays_and_a_verb_inside_a_quotation():
    text = (
        '"The atmosphere was something else and the players responded," Arteta told BBC Sport. He said the '
        "injury was not a good sign. Postecoglou told his post-match news conference that his team had switched "
        "off. Tony Adams, speaking on Match of the Day, said the result kept them in the race."
    )
    assert "responded" not in [s.texts(text)["cue"] for s in suggest(text, "en")]  # inside the quotation
    told = [s.texts(text) for s in suggest(text, "en") if s.texts(text)["cue"] == "told"]
    assert [t["intermediary"] for t in told] == ["BBC Sport", "his post-match news conference"]
    said = [s.texts(text) for s in suggest(text, "en") if s.texts(text)["cue"] == "said"]
    assert said[-1]["intermediary"] == "Match of the Day"


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # an adverb is no part of the speaker, the hour no part of the content
            "The hospital first reported cases on the surgical wards late on Sunday.",
            "en",
            "reported",
            {"speaker": "The hospital", "content": "cases on the surgical wards", "day": "2024-09-15"},
        ),
        (  # the day after whom the speaker answered
            "Interrogée par France Bleu Isère mardi matin, l'adjointe a répondu que les recettes baissaient.",
            "fr",
            "répondu",
            {"intermediary": "France Bleu Isère", "day": "2024-09-17"},
        ),
    ],
)
def test_what_stands_around_a_speaker_and_its_relay(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize("when", ["", "first "])
def test_an_outlet_that_reported_the_case_claims_nothing_by_it(when):
    text = f"According to the broadcaster ARD, which {when}reported the case, the sample was taken after the race."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["According to"]


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # how it was said, before a second verb of the same subject
            'ECOWAS condemned the attempt in a statement and said it was "following the situation".',
            "en",
            "condemned",
            {"content": "the attempt"},
        ),
        (
            "Opposition leader Domingos Pereira, speaking to Portuguese broadcaster RTP, said the events must be "
            "investigated.",
            "en",
            "said",
            {"intermediary": "Portuguese broadcaster RTP"},
        ),
        (  # the party's own statement, handed to the agency: the agency passes it on
            "Le Parti socialiste a fait savoir qu'il voterait la motion, selon un communiqué transmis à l'AFP.",
            "fr",
            "fait savoir",
            {"intermediary": "l'AFP", "content": "il voterait la motion"},
        ),
    ],
)
def test_how_a_wire_story_s_words_came(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a one-word subject before the incise
            "Inflation, he conceded, was likely to rise again this year.",
            "conceded",
            {"speaker": "he", "content": "Inflation, he conceded, was likely to rise again this year"},
        ),
        (  # a second verb joined after the quotation's own speaker
            '"This is good news," she said in a statement, though she acknowledged that "there is more to do".',
            "acknowledged",
            {"speaker": "she", "content": "there is more to do"},
        ),
        (  # whose place a preposition names: still a plural subject
            "Residents near the harbour say the new marina will price them out.",
            "say",
            {"speaker": "Residents near the harbour", "content": "the new marina will price them out"},
        ),
    ],
)
def test_an_analysis_reads_its_speakers(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_participle_naming_where_something_was_announced_claims_nothing():
    text = "Firms were cutting jobs after tax rises announced in the Budget."
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Les parents se disent épuisés.", "disent", {"speaker": "Les parents", "content": "épuisés"}),
        (  # the article of a channel named in capitals
            "« Nous ne laisserons pas tomber les habitants », a-t-il assuré au micro de la RTS.",
            "assuré",
            {"intermediary": "RTS"},
        ),
    ],
)
def test_a_feeling_said_in_one_word_and_a_swiss_channel(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize("last_word", ["this", "it", "that"])
def test_the_last_word_of_a_quotation_is_no_part_of_its_verb_s_subject(last_word):
    text = f'"We have never seen anything like {last_word}," said Maria Kosta, 67.'
    _reads(
        text,
        "en",
        "said",
        {"speaker": "Maria Kosta", "content": f"We have never seen anything like {last_word}"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an aside between the subject and its verb: no content before it
            "The actor, however, denied the allegations.",
            "denied",
            {"speaker": "The actor", "intermediary": None, "content": "the allegations"},
        ),
        (  # who speaks for the speaker passes the words on
            "The actor, through his lawyer, denied the allegations.",
            "denied",
            {"speaker": "The actor", "intermediary": "his lawyer", "content": "the allegations"},
        ),
        (
            "The actor said through a spokesperson that he was recovering well.",
            "said",
            {"speaker": "The actor", "intermediary": "a spokesperson", "content": "he was recovering well"},
        ),
        (
            "In a statement released by his lawyer, the actor said he was innocent.",
            "said",
            {"speaker": "the actor", "intermediary": "his lawyer", "content": "he was innocent"},
        ),
        (
            "He said through tears that he was sorry.",
            "said",
            {"intermediary": None, "content": "he was sorry"},
        ),
    ],
)
def test_who_speaks_for_a_speaker(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "The mayor, 54, denied the allegations.",
            "en",
            "denied",
            {"speaker": "The mayor", "content": "the allegations"},
        ),
        (
            "The agency, in its latest report, warned of more flooding.",
            "en",
            "warned",
            {"speaker": "The agency", "content": "more flooding"},
        ),
        (  # a figure's comma is no apposition
            "Le gouvernement table sur une croissance de 1,2 % en 2026, a annoncé le ministre.",
            "fr",
            "annoncé",
            {
                "speaker": "le ministre",
                "content": "Le gouvernement table sur une croissance de 1,2 % en 2026",
            },
        ),
        (
            "The situation is serious, said the minister.",
            "en",
            "said",
            {"speaker": "the minister", "content": "The situation is serious"},
        ),
    ],
)
def test_a_subject_with_its_apposition_is_no_content_before_an_inverted_speaker(
    text, language, cue, expected
):
    _reads(text, language, cue, expected)


def test_a_manner_of_speaking_is_no_source():
    assert suggest("Selon toute vraisemblance, le projet sera abandonné.", "fr") == []
    text = "Everything went according to plan, the mayor said."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


def test_a_figure_s_thousands_separator_splits_no_clause():
    text = "According to Downdetector, more than 40,000 users reported problems at the peak of the outage."
    _reads(
        text,
        "en",
        "According to",
        {"content": "more than 40,000 users reported problems at the peak of the outage"},
    )
    _reads(text, "en", "reported", {"speaker": "more than 40,000 users"})


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("My colleagues and I have argued that the data are flawed.", "My colleagues and I"),  # one subject
        ("A bunch of them had called and they said the road was closed.", "they"),  # a clause, then its own
        ("He kept on turning up at my barn and I told the buyer that he liked it here.", "I"),
    ],
)
def test_a_pronoun_after_and_is_one_subject_with_what_comes_before_unless_a_clause_did(text, speaker):
    assert _speaker_of_the_one_suggestion(text) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Councillor Richard Lucas questioned whether the roads could cope.", "whether the roads could cope"),
        ("She questioned why the council had waited so long.", "why the council had waited so long"),
        ("Police questioned two men on Monday.", None),  # whom, not what: no claim
        ("Critics have questioned the need for the bridge.", None),
    ],
)
def test_a_doubt_raised_in_a_question_is_a_claim(text, content):
    found = suggest(text, "en")
    assert [s.texts(text)["content"] for s in found] == ([content] if content else [])


def test_a_denial_of_a_thing_in_french():
    _reads(
        "La ministre a réfuté toute faute.",
        "fr",
        "réfuté",
        {"speaker": "La ministre", "content": "toute faute"},
    )


@pytest.mark.parametrize(
    "text",
    ['Xi warned Biden against "crossing red lines" on Taiwan.', "Doctors warned against complacency."],
)
def test_a_warning_against_something_is_advice_not_a_claim(text):
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an adverb between the auxiliary and the participle
            "Son avocat, Me Luciani, a aussitôt annoncé qu'il ferait appel.",
            "annoncé",
            {"speaker": "Son avocat, Me Luciani", "content": "il ferait appel"},
        ),
        (  # the speaker's own comment after « mais », a place then a new subject
            "Les services de l'État affirment que le dossier avance, mais sur le terrain rien ne bouge.",
            "affirment",
            {"content": "le dossier avance"},
        ),
    ],
)
def test_a_french_verb_group_and_the_end_of_what_was_said(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_a_report_inside_the_writer_s_apposition_has_its_own_speaker():
    text = (
        "The chancellor confirmed that thresholds will stay frozen until 2030, a move the Resolution "
        "Foundation estimates will raise £8bn a year."
    )
    _reads(text, "en", "confirmed", {"content": "thresholds will stay frozen until 2030"})
    _reads(
        text, "en", "estimates", {"speaker": "the Resolution Foundation", "content": "will raise £8bn a year"}
    )


def test_the_speaker_s_own_post_passes_nothing_on_and_the_following_day_is_the_day_after():
    text = (
        'The army confirmed the agreement on Tuesday. The following day, the RSF said it would "fully '
        'respect" the truce, according to a post on its Telegram channel.'
    )
    _reads(text, "en", "said", {"speaker": "the RSF", "intermediary": None, "day": "2024-09-18"})


@pytest.mark.parametrize(
    ("text", "language", "cues"),
    [
        ("Residents told me they will not go back, even if the authorities say it is safe.", "en", ["told"]),
        ("If the minister says so, it must be true.", "en", []),
        ("Même si le ministre dit que tout va bien, personne ne le croit.", "fr", []),
        (
            "He said that if elected he would cut taxes.",
            "en",
            ["said"],
        ),  # the condition is inside the content
    ],
)
def test_a_report_in_a_condition_was_never_made(text, language, cues):
    assert [s.texts(text)["cue"] for s in suggest(text, language)] == cues


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Long queues returned to filling stations on Wednesday as independent marketers blamed a shortfall.",
            "independent marketers",
        ),
        ("Prices jumped as traders said supplies were short.", "traders"),
        (
            "Experts abroad as well as officials said the plan was sound.",
            "Experts abroad as well as officials",
        ),
    ],
)
def test_a_clause_then_as_then_the_speaker_of_its_own_clause(text, speaker):
    assert _speaker_of_the_one_suggestion(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "intermediary"),
    [
        (
            "« Il pleut », a raconté à l'AFP Josiane, 74 ans.",
            "Josiane",
            "l'AFP",
        ),  # a first name after the outlet
        ("« Il pleut », a confié à BFMTV Marie Dupont.", "Marie Dupont", "BFMTV"),
        ("« Il pleut », a déclaré à l'AFP un responsable.", "un responsable", "l'AFP"),
    ],
)
def test_an_outlet_in_capitals_between_the_verb_and_a_named_speaker(text, speaker, intermediary):
    _reads(text, "fr", _cue(text), {"speaker": speaker, "intermediary": intermediary})


def _cue(text: str) -> str:
    return next(word for word in ("raconté", "confié", "déclaré") if word in text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('At mile 20 a stranger shouted, "You have got this!"', "a stranger"),  # after an opener: no capital
        ("At the hearing the judge said the case would go on.", "the judge"),
        ('The surgeon came in after the operation and said, "You will be walking in a week."', "The surgeon"),
        ("My students wrote to me afterwards saying they had followed me all morning.", "My students"),
    ],
)
def test_whose_words_an_interviewee_reports(text, speaker):
    assert _speaker_of_the_one_suggestion(text) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Our lawyer advised us that it was the only way to protect the library.",
            "it was the only way to protect the library",
        ),
        ("Police advised residents to stay indoors.", None),  # advice to act: no claim
        ("Doctors advised against travel.", None),
    ],
)
def test_advice_with_that_is_a_claim_advice_to_act_is_not(text, content):
    assert [s.texts(text)["content"] for s in suggest(text, "en")] == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Yes, and as the World Bank pointed out last year, cheap lamps often break within months.",
            "pointed out",
            "the World Bank",
            "cheap lamps often break within months",
        ),
        ("Prices rose, as analysts had predicted.", "predicted", "analysts", "Prices rose"),
    ],
)
def test_as_a_source_noted_after_an_answer_or_a_clause(text, cue, speaker, content):
    _reads(text, "en", cue, {"speaker": speaker, "content": content})


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The biologists we work with say the packs avoid roads.", "The biologists we work with"),
        ("The farmers I spoke with say the rain came too late.", "The farmers I spoke with"),
    ],
)
def test_a_contact_relative_inside_a_plural_speaker(text, speaker):
    assert _speaker_of_the_one_suggestion(text) == speaker


def test_a_pronoun_after_a_preposition_is_no_subject_of_the_content():
    text = "He said in it that I had saved the lives of his men."
    _reads(text, "en", "said", {"speaker": "He", "content": "I had saved the lives of his men"})


def test_a_french_channel_named_with_its_article():
    text = "« Non », a dit jeudi le président des Engagés, Maxime Prévot, sur la Première (RTBF)."
    _reads(text, "fr", "dit", {"intermediary": "Première"})
    assert suggest("Le ministre a déclaré sur la table que le texte passerait.", "fr")[0].intermediary is None


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (  # what was denied is the rumours, not the resignation
            "His office denied rumours that the minister had resigned.",
            "denied",
            "His office",
            "rumours that the minister had resigned",
        ),
        (
            "Rumours that the minister had resigned were denied by his office.",
            "denied",
            "his office",
            "Rumours that the minister had resigned",
        ),
        (
            "Reports of a deal were confirmed by the White House on Monday.",
            "confirmed",
            "the White House",
            "Reports of a deal",
        ),
    ],
)
def test_a_denial_of_rumours_denies_the_rumours(text, cue, speaker, content):
    _reads(text, "en", cue, {"speaker": speaker, "content": content})


def test_a_noun_claims_after_a_verb_that_dismisses_it_is_no_verb():
    assert suggest("He rejected claims that he had lied.", "en") == []


def _speaker_of_the_one_suggestion(text: str) -> str:
    (found,) = suggest(text, "en")
    return found.texts(text)["speaker"]
