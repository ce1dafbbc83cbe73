"""Reports inside a content, and a source named in the middle of a sentence that goes on.

The sentences were written for these tests (project's own text), in the manner of the dev
articles tests/data/written_dev/en_wn_ferry_fire.txt and en_wire_central_bank.txt.
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Union representative Per Holm said crews had warned for years that car decks were unsafe.",
            "crews",
        ),
        ("The mayor said residents had complained for months that the bridge was unsafe.", "residents"),
        ("Per Holm said that crews had warned that car decks were unsafe.", "crews"),
    ],
)
def test_a_report_inside_a_content_is_made_by_its_own_subject(text, speaker):
    """A bare plural after the outer "said" is the inner report's speaker, not "Per Holm said crews"."""
    cue = "warned" if "warned" in text else "complained"
    _reads(text, "en", cue, {"speaker": speaker})


def test_a_description_with_said_to_be_stays_in_the_speaker():
    text = "A man said to be the leader of the group told police he was innocent."
    _reads(
        text, "en", "told", {"speaker": "A man said to be the leader of the group", "intermediary": "police"}
    )


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        (
            "No one was seriously hurt, according to the agency, though eleven people were treated for smoke "
            "inhalation.",
            "en",
            "according to",
        ),
        (
            "The fire started on the lower deck, according to the agency, and spread quickly.",
            "en",
            "according to",
        ),
        ("Le feu a pris sur le pont inférieur, selon l'agence, et s'est propagé rapidement.", "fr", "selon"),
    ],
)
def test_a_source_named_mid_sentence_reports_the_clause_joined_after_it_too(text, language, cue):
    _reads(text, language, cue, {"content": text.rstrip(".")})


def test_a_source_named_at_the_end_reports_only_its_clause():
    text = "The fire started on the lower deck, according to the agency."
    _reads(text, "en", "according to", {"content": "The fire started on the lower deck"})


def test_adding_after_telling_reporters_goes_through_them_and_the_quotation_s_day_is_not_its_own():
    text = (
        '"Tadej was simply stronger today," he told reporters at the finish, adding that the Tour was '
        '"far from over".'
    )
    _reads(text, "en", "adding", {"speaker": "he", "intermediary": "reporters", "day": None})


def test_a_show_s_title_in_quotation_marks_is_no_day():
    text = '"There is no reason to rush this," Senator Luis Moreno said on ABC\'s "This Week."'
    _reads(text, "en", "said", {"day": None})


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        ("L'homme, âgé de 58 ans, a reconnu les faits à l'audience.", "fr", "reconnu", "les faits"),
        ("The man denied the charges in court.", "en", "denied", "the charges"),
    ],
)
def test_where_a_court_heard_an_admission_is_no_part_of_it(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


def test_a_number_that_says_everything_is_no_report_but_being_told_everything_is_fine_is():
    assert not [s for s in suggest("That number says everything.", "en")]
    _reads("They tell me everything is fine.", "en", "tell", {"content": "everything is fine"})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "that about" + a figure is a clause, not the pronoun of "says that about everyone"
            "The agency said in an email that about 60 departures had been delayed.",
            "en",
            "said",
            {"content": "about 60 departures had been delayed"},
        ),
        (  # a French infinitive after the outlet told is the content, not an adjunct
            "À l'hôpital de Rennes, la direction a indiqué à l'AFP ne pas avoir constaté d'afflux particulier.",
            "fr",
            "indiqué",
            {"intermediary": "l'AFP", "content": "ne pas avoir constaté d'afflux particulier"},
        ),
        (  # on air, between an inverted verb and its speaker
            "« On nous demande de travailler plus », a déclaré à l'antenne de France Bleu une médecin de Tours.",
            "fr",
            "déclaré",
            {"speaker": "une médecin de Tours", "intermediary": "France Bleu"},
        ),
        (  # a judgement said along the way
            "Le ministre a appelé au dialogue, tout en jugeant la grève « disproportionnée ».",
            "fr",
            "jugeant",
            {"speaker": "Le ministre", "content": "la grève « disproportionnée »"},
        ),
    ],
)
def test_what_a_wire_and_a_french_news_page_say_after_the_verb(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_says_that_about_someone_is_still_no_report():
    assert not suggest("He says that about everyone.", "en")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Health workers in eastern Congo say vaccine supplies remain patchy.",
            "Health workers in eastern Congo",
        ),
        ("Aid workers in Gaza say food is running out.", "Aid workers in Gaza"),
    ],
)
def test_a_plural_head_with_a_word_before_it_then_a_place_says(text, speaker):
    _reads(text, "en", "say", {"speaker": speaker})


@pytest.mark.parametrize(
    "text",
    [
        "Her notes were lost, so she wrote it down at night, in secret.",
        "He wrote down the names of everyone who came.",
    ],
)
def test_writing_something_down_is_no_report(text):
    assert not suggest(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        (
            "« C'était invivable », a confié un éleveur de Revel, Jean-Pierre Moulin, qui dit avoir perdu 23 bêtes.",
            "fr",
            "dit",
            "un éleveur de Revel, Jean-Pierre Moulin",
        ),
        (
            '"It was unbearable," said a farmer from Revel, John Moulin, who says he lost 23 sheep.',
            "en",
            "says",
            "a farmer from Revel, John Moulin",
        ),
        ("The company was founded in Paris, France, which says it owns the brand.", "en", "says", "France"),
    ],
)
def test_a_relative_s_antecedent_is_the_description_with_its_name(text, language, cue, speaker):
    _reads(text, language, cue, {"speaker": speaker})


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("a woman from Lviv", "a woman from Lviv"),
        ("an economist at Capital Economics", "an economist at Capital Economics"),
        ("a nurse at the hospital in Goma on Tuesday", "a nurse at the hospital in Goma"),
        ("a nurse in Goma", "a nurse in Goma"),
        ("a nurse at the meeting", "a nurse"),  # where she spoke
        ("a nurse in a statement", "a nurse"),
        ("a nurse in March", "a nurse"),
    ],
)
def test_an_inverted_speaker_keeps_where_they_live_or_work(after, speaker):
    _reads(f'"It was unbearable," said {after}.', "en", "said", {"speaker": speaker})


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        (
            "The group's founder — Anna Berg, a former nurse — said the campaign would continue.",
            "en",
            "said",
            "The group's founder — Anna Berg",
        ),
        ("Anna Berg – a former nurse – said the campaign would continue.", "en", "said", "Anna Berg"),
        (
            "Anna Berg — une ancienne infirmière — a affirmé que la campagne continuerait.",
            "fr",
            "affirmé",
            "Anna Berg",
        ),
    ],
)
def test_an_aside_between_dashes_before_the_verb_leaves_its_subject_speaking(text, language, cue, speaker):
    _reads(text, language, cue, {"speaker": speaker})


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        (  # the comma after the name left out
            "Malaysia's Prime Minister, Najib Razak said the talks would go on.",
            "en",
            "said",
            "Malaysia's Prime Minister, Najib Razak",
        ),
        (
            "Le porte-parole du gouvernement, Paul Martin a affirmé que le plan était solide.",
            "fr",
            "affirmé",
            "Le porte-parole du gouvernement, Paul Martin",
        ),
        ("In the end, John Smith said the talks would go on.", "en", "said", "John Smith"),  # no role
    ],
)
def test_a_role_then_a_name_before_the_verb_is_one_speaker(text, language, cue, speaker):
    _reads(text, language, cue, {"speaker": speaker})


def test_an_incise_after_a_noun_keeps_its_own_speaker():
    _reads("The plan, Smith said, was flawed.", "en", "said", {"speaker": "Smith"})


def test_the_writer_s_ranking_after_the_speaker_is_no_content_and_names_no_channel():
    text = (
        "A drone attack set fire to an oil depot overnight, the regional governor said on Sunday, the latest in a "
        "series of strikes on Russian energy facilities."
    )
    _reads(
        text,
        "en",
        "said",
        {"content": "A drone attack set fire to an oil depot overnight", "intermediary": None},
    )


def test_speaking_to_a_channel_after_the_speaker_relays_the_words_before():
    text = "The depot burned overnight, the governor said, speaking to Sky News."
    _reads(text, "en", "said", {"content": "The depot burned overnight", "intermediary": "Sky News"})


def test_older_folk_tell():
    text = "The older folk tell me they will miss the crossing."
    _reads(text, "en", "tell", {"speaker": "The older folk", "content": "they will miss the crossing"})


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The coach said his side had "lost the game in the last ten minutes" and criticised the referee.',
            'his side had "lost the game in the last ten minutes"',
        ),
        (
            'Zollner said the statement was "more dovish than we expected" and brought forward her forecast.',
            'the statement was "more dovish than we expected"',
        ),
        (  # an adjective after "and" goes on with the object
            'The firm said it faced "significant losses" and related costs of $2 million.',
            'it faced "significant losses" and related costs of $2 million',
        ),
    ],
)
def test_the_speaker_s_next_act_after_a_closing_quotation_is_no_part_of_the_content(text, content):
    _reads(text, "en", "said", {"content": content})


def test_a_long_speaker_after_a_quotation_is_read():
    text = (
        '"They are remixing it," lead author Dr Ellen Garland of the University of St Andrews said in a press '
        "release."
    )
    _reads(text, "en", "said", {"speaker": "lead author Dr Ellen Garland of the University of St Andrews"})


def test_a_title_ending_on_a_quotation_is_a_headline():
    text = (
        "Entretien avec une sage-femme : « On nous a dit que c'était pour notre sécurité »\n\n"
        "La maternité a fermé. La direction nous a dit que c'était pour notre sécurité."
    )
    found = [s.texts(text)["speaker"] for s in suggest(text, "fr")]
    assert found == ["La direction"]


def test_who_the_speaker_is_before_the_name_is_no_content():
    text = "Sage-femme depuis vingt-deux ans dans l'établissement, Claire Fournier raconte les derniers mois."
    assert not suggest(text, "fr")
    _reads(
        "Le ministre de l'Intérieur doit se rendre sur place lundi, a annoncé son entourage.",
        "fr",
        "annoncé",
        {"speaker": "son entourage", "content": "Le ministre de l'Intérieur doit se rendre sur place lundi"},
    )


def test_a_report_after_an_article_and_an_adjective_is_a_noun():
    text = "Observers said in a preliminary report that voting had been peaceful."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]
    _reads(
        "The officials report that voting had been peaceful.", "en", "report", {"speaker": "The officials"}
    )


def test_a_memo_seen_by_an_outlet_between_commas_passes_the_words_on():
    text = "Chief Executive Sandra Lowe said in a memo to staff, seen by Reuters, that the cuts were painful."
    _reads(text, "en", "said", {"intermediary": "Reuters", "content": "the cuts were painful"})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("D'après nos informations, la liste socialiste devrait fusionner.", "fr"),
        ("According to our information, the two lists will merge.", "en"),
    ],
)
def test_the_paper_s_own_information_is_no_source(text, language):
    assert not suggest(text, language)


def test_a_reflexive_verb_makes_a_clause_before_an_aside():
    text = (
        "La participation s'est établie à 38 %, en baisse de six points par rapport à 2020, a indiqué la "
        "préfecture."
    )
    _reads(text, "fr", "indiqué", {"speaker": "la préfecture", "content": text[: text.index(", a indiqué")]})


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("People here say a poor child cannot plan.", "People here", "a poor child cannot plan"),
        (
            "A teacher at the school told me the chess children now do better in mathematics.",
            "A teacher at the school",
            "the chess children now do better in mathematics",
        ),
    ],
)
def test_an_adverb_after_a_plural_and_a_present_after_told_me(text, speaker, content):
    cue = "say" if " say " in text else "told"
    _reads(text, "en", cue, {"speaker": speaker, "content": content})


def test_before_its_speaker_a_content_starts_after_a_semicolon():
    text = (
        "Most of the injured were treated for fractures; three remained in a serious condition on Sunday, a "
        "spokesperson for the hospital told Portuguese broadcaster RTP."
    )
    _reads(
        text,
        "en",
        "told",
        {
            "content": "three remained in a serious condition on Sunday",
            "intermediary": "Portuguese broadcaster RTP",
        },
    )
    # after its speaker, up to it
    _reads(
        "The minister said the plan was sound; critics disagreed.",
        "en",
        "said",
        {"content": "the plan was sound"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Une décision « trop tardive », a regretté le maire d'Orbey, qui assure avoir alerté les élus « dès 2019 ».",
            "assure",
            "le maire d'Orbey",
            "avoir alerté les élus « dès 2019 »",
        ),
        (
            "Les experts ont relevé « une corrosion avancée des câbles », a précisé le secrétaire général.",
            "précisé",
            "le secrétaire général",
            "Les experts ont relevé « une corrosion avancée des câbles »",
        ),
        (
            '"Tonight we carry out punishments," the post reads.',
            "reads",
            "the post",
            "Tonight we carry out punishments",
        ),
    ],
)
def test_a_quotation_that_ends_an_earlier_report_is_not_the_next_verb_s(text, cue, speaker, content):
    language = "en" if cue == "reads" else "fr"
    _reads(text, language, cue, {"speaker": speaker, "content": content})
    assert len(suggest(text, language)) == (1 if cue == "reads" else 2)  # the inner report is offered too


def test_a_judgement_after_a_day_and_a_channel_keeps_them_out_of_its_content():
    text = (
        "Le ministre des Transports, Philippe Tabarot, a jugé mercredi soir sur BFMTV ce mouvement "
        "« irresponsable » à la veille des vacances."
    )
    _reads(
        text,
        "fr",
        "jugé",
        {"content": "ce mouvement « irresponsable »", "intermediary": "BFMTV", "day": "2024-09-18"},
    )
    _reads(  # a day alone before the quoted judgement stays its day
        "Le ministre a jugé lundi « inacceptables » les propos de son collègue.",
        "fr",
        "jugé",
        {"content": "« inacceptables » les propos de son collègue", "day": "2024-09-16"},
    )


def test_the_record_of_a_court_is_a_second_source_not_a_relay():
    text = (
        "The court said copyright required a human author, according to a summary of the judgment published "
        "by the court."
    )
    _reads(text, "en", "said", {"speaker": "The court", "intermediary": None})


def test_an_outlet_known_by_one_word_before_an_inverted_name_and_the_relative_after_its_apposition():
    text = (
        "« Nous n'avons pas eu le choix », assure à Wikinews Fabien Villedieu, délégué de Sud-Rail, qui "
        "dénonce un « mépris total » de la direction."
    )
    _reads(text, "fr", "assure", {"speaker": "Fabien Villedieu", "intermediary": "Wikinews"})
    _reads(text, "fr", "dénonce", {"speaker": "Fabien Villedieu, délégué de Sud-Rail"})


def test_asked_someone_at_some_time_if():
    text = "My neighbour asked me last year if she should get bees."
    _reads(text, "en", "asked", {"speaker": "My neighbour", "content": "if she should get bees"})


def test_evoquer_reports_what_it_names():
    text = "Le Sdis évoque des conditions « très difficiles » en raison du vent."
    _reads(
        text,
        "fr",
        "évoque",
        {"speaker": "Le Sdis", "content": "des conditions « très difficiles » en raison du vent"},
    )


def test_an_agreement_is_a_second_source_and_its_day_is_not_the_speaker_s():
    text = (
        "A spokesperson for the union said no teachers would lose their jobs, according to an agreement "
        "reached with the district last month."
    )
    _reads(text, "en", "said", {"intermediary": None, "day": None})
    _reads(text, "en", "according to", {"speaker": "an agreement reached with the district last month"})


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Their program has done what it said it would do, on schedule.", []),  # what was said, named
        ("What I said was that the budget is not enough.", ["said"]),
        ("What I tell young officers now is that silence frightens people.", ["tell"]),
        ("My wife once asked me what the odds were on my first flight.", ["asked"]),
    ],
)
def test_what_someone_said_named_is_no_report_but_a_cleft_is(text, cues):
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == cues


def test_maitre_before_a_lawyer_s_name_in_an_inverted_speaker():
    text = "La famille a porté plainte, a indiqué son avocat, Me Julien Basset, à l'AFP."
    _reads(text, "fr", "indiqué", {"speaker": "son avocat, Me Julien Basset", "intermediary": "l'AFP"})


def test_an_analysis_s_denser_sentences():
    text = (
        "Norwegian officials, speaking privately, say the British side never delivered the guarantees it had "
        'promised in June. Northwind, for its part, blames what it calls "political interference", a charge '
        'the Norwegian energy ministry dismissed on Wednesday as "simply untrue". The minister said the '
        'government remained "committed to co-operation", a form of words that several people read as an '
        "admission."
    )
    found = {s.texts(text)["cue"]: s for s in suggest(text, "en", THURSDAY)}
    assert sorted(found) == ["blames", "dismissed", "said", "say"]
    assert found["say"].texts(text)["speaker"] == "Norwegian officials"
    assert found["blames"].texts(text)["content"] == 'what it calls "political interference"'
    assert found["blames"].claim_date.value is None  # the day is the dismissal's
    dismissed = found["dismissed"].texts(text)
    assert (dismissed["speaker"], dismissed["content"]) == ("the Norwegian energy ministry", "simply untrue")
    assert found["said"].texts(text)["content"] == 'the government remained "committed to co-operation"'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The minister dismissed the report as "fake news".', 'the report as "fake news"'),
        ('The council rejected the claims as "baseless".', 'the claims as "baseless"'),
        ("The court rejected the appeal.", None),  # no judgement: an act
        ("The judge dismissed the case.", None),
    ],
)
def test_dismissed_or_rejected_as_a_quoted_judgement(text, expected):
    found = [s.texts(text)["content"] for s in suggest(text, "en")]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Tenant groups, who campaigned for it, now argue it was too timid.",
            "argue",
            "Tenant groups",
            "it was too timid",
        ),
        (
            'Housing minister Paul McLennan, asked about the report on Thursday, insisted the policy had "worked".',
            "insisted",
            "Housing minister Paul McLennan",
            'the policy had "worked"',
        ),
        (
            "The government has said a bill will follow, though officials privately concede it may slip into 2028.",
            "concede",
            "officials",
            "it may slip into 2028",
        ),
    ],
)
def test_asides_between_a_subject_and_its_verb_and_a_clause_with_may(text, cue, speaker, content):
    _reads(text, "en", cue, {"speaker": speaker, "content": content})


def test_decrire_with_a_quoted_judgement_and_its_relative():
    text = "Un participant décrit des séances « polies mais stériles », où « chacun récitait son texte »."
    _reads(
        text,
        "fr",
        "décrit",
        {
            "speaker": "Un participant",
            "content": "des séances « polies mais stériles », où « chacun récitait son texte »",
        },
    )
    assert not suggest("Le livre décrit la vie d'un village.", "fr")  # no judgement quoted: a description


def test_a_report_inside_a_clause_of_when_stays_in_the_outer_content():
    text = "Selon lui, l'issue était écrite en avril, lorsque Matignon a fait savoir qu'il n'y aurait pas de retour."
    _reads(text, "fr", "Selon", {"content": text[len("Selon lui, ") : -1]})


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The disruption has added 0.3 percentage points to inflation.", []),  # a sum
        ("She added two more names to the list.", []),
        ("He added that the plan was sound.", ["the plan was sound"]),
    ],
)
def test_added_a_quantity_is_no_remark(text, found):
    assert [s.texts(text)["content"] for s in suggest(text, "en")] == found


def test_a_french_present_after_the_content_is_the_speaker_s_next_act():
    text = (
        "La FNSEA estime que la mesure arrive « beaucoup trop tard » et réclame des tirs sans autorisation."
    )
    _reads(text, "fr", "estime", {"content": "la mesure arrive « beaucoup trop tard »"})


def test_a_figure_then_the_writer_s_comment_with_a_judgement_of_its_own():
    text = (
        "Selon ses derniers chiffres, la population est estimée à 1 013 individus, un chiffre que les éleveurs "
        "jugent « sous-évalué »."
    )
    _reads(text, "fr", "Selon", {"content": "la population est estimée à 1 013 individus"})
    _reads(text, "fr", "jugent", {"speaker": "les éleveurs", "content": "sous-évalué"})


@pytest.mark.parametrize(
    ("text", "cues", "content"),
    [
        (  # a reason cited is no source
            "The judge said the assurances could not be relied on, citing the prosecution of 40 opposition figures.",
            ["said"],
            "the assurances could not be relied on",
        ),
        ("The company said profits would fall, citing weak demand.", ["said"], "profits would fall"),
        (  # a report cited is one: its words, through the speaker
            "She said the plan was flawed, citing a report by the auditor.",
            ["citing"],
            "the plan was flawed",
        ),
    ],
)
def test_citing_a_reason_or_a_source(text, cues, content):
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [f["cue"] for f in found] == cues and found[0]["content"] == content


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "« Les discussions avancent », affirme l'adjointe à la culture, sans donner de calendrier.",
            "affirme",
            "l'adjointe à la culture",
        ),
        (
            "Il apprend le métier auprès de Jean Vuillaume, 81 ans, qui assure être « le dernier » dans la ville.",
            "assure",
            "Jean Vuillaume, 81 ans",
        ),
    ],
)
def test_a_title_in_charge_of_something_and_a_name_with_its_age(text, cue, speaker):
    _reads(text, "fr", cue, {"speaker": speaker})


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The outbreak, which the World Health Organization says began in the camps in August, had spread.",
            "the World Health Organization",
            "began in the camps in August",
        ),
        (
            "Rents rose 14% last week, which the landlords' association says proves its point.",
            "the landlords' association",
            "proves its point",
        ),
    ],
)
def test_a_relative_whose_object_a_source_reports(text, speaker, content):
    _reads(text, "en", "says", {"speaker": speaker, "content": content, "day": None})


def test_disputes_that_account_and_a_passive_report_inside_a_content():
    _reads(
        "The agency disputes that account.",
        "en",
        "disputes",
        {"speaker": "The agency", "content": "that account"},
    )
    text = "She told me her teams had asked for vaccines but were told by officials that none could arrive."
    hers = [s.texts(text) for s in suggest(text, "en") if s.texts(text)["speaker"] == "She"]
    assert [f["content"] for f in hers] == [text[len("She told me ") : -1]]  # the report inside stays in it


def test_warned_them_without_what_is_no_report():
    text = "A volunteer said families had stopped only after an imam warned them in a Friday sermon."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


def test_disputing_findings_is_a_report_beside_the_argument_after_it():
    text = "Local logging companies have disputed the findings, arguing that the area is already protected."
    found = {s.texts(text)["cue"]: s.texts(text) for s in suggest(text, "en")}
    assert found["disputed"]["content"] == "the findings"
    assert found["arguing"]["speaker"] == "Local logging companies"


def test_a_judgement_in_a_relative_and_an_adverb_between_auxiliary_and_participle():
    text = "Le texte réduit les dotations, une économie que le gouvernement juge « indispensable » pour le déficit."
    _reads(text, "fr", "juge", {"speaker": "le gouvernement", "content": "indispensable"})
    text = "Les députés de l'opposition ont d'ores et déjà annoncé le dépôt de centaines d'amendements."
    _reads(text, "fr", "annoncé", {"speaker": "Les députés de l'opposition"})


def test_how_long_between_the_auxiliary_and_the_participle_and_where_an_unnamed_speaker_works():
    text = "The start-up had for months argued publicly that the law would hobble European firms."
    _reads(
        text, "en", "argued", {"speaker": "The start-up", "content": "the law would hobble European firms"}
    )
    _reads(
        '"Nobody knows," said one partner at a London firm.',
        "en",
        "said",
        {"speaker": "one partner at a London firm"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "La préfecture s'est bornée à indiquer qu'elle prenait acte du jugement.",
            "bornée à indiquer",
            "La préfecture",
            "elle prenait acte du jugement",
        ),
        (
            "Le maire s'est contenté de dire que le dossier avançait.",
            "contenté de dire",
            "Le maire",
            "le dossier avançait",
        ),
        (  # the relative's antecedent is the verb's object, not its clause
            "Le tribunal a donné raison aux opposants, qui dénonçaient depuis des années un « accaparement ».",
            "dénonçaient",
            "opposants",
            "un « accaparement »",
        ),
    ],
)
def test_all_a_body_said_and_a_relative_after_a_verb_s_object(text, cue, speaker, content):
    _reads(text, "fr", cue, {"speaker": speaker, "content": content})
