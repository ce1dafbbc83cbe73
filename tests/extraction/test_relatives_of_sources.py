"""Shapes met in real news pages where a source is named by a relative clause or is the object of
"citing", read on this machine (never copied here): each case is a sentence written for these tests
(project's own text) of the same shape as the one misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "according to" names the officers; their own report follows "who say" without "that"
            "The fleet was seriously damaged, according to naval officers who say the repairs will take a year.",
            "en",
            "according to",
            {"speaker": "naval officers", "content": "The fleet was seriously damaged"},
        ),
        (
            "The fleet was seriously damaged, according to naval officers who say the repairs will take a year.",
            "en",
            "say",
            {"speaker": "naval officers", "content": "the repairs will take a year"},
        ),
        (  # the relative's antecedent is what "according to" names, not the preposition with it
            "The fleet was seriously damaged, according to naval officers, who said that the repairs would "
            "take a year.",
            "en",
            "said",
            {"speaker": "naval officers", "content": "the repairs would take a year"},
        ),
        (  # « selon » names all of « des officiers de marine », not the word after the last « de »
            "La flotte a été gravement endommagée, selon des officiers de marine qui précisent que les "
            "réparations prendront un an.",
            "fr",
            "précisent",
            {"speaker": "des officiers de marine", "content": "les réparations prendront un an"},
        ),
        (
            "La flotte a été gravement endommagée, selon des officiers de marine qui précisent que les "
            "réparations prendront un an.",
            "fr",
            "selon",
            {"speaker": "des officiers de marine", "content": "La flotte a été gravement endommagée"},
        ),
        (  # a plural verb after « qui » ends what « selon » names
            "La flotte a été gravement endommagée, selon des officiers de marine, qui estiment que les "
            "réparations prendront un an.",
            "fr",
            "estiment",
            {"speaker": "des officiers de marine", "content": "les réparations prendront un an"},
        ),
        (  # the object of "has hired" is who speaks in the relative, not the whole clause
            "The company has hired lawyers who say it did nothing wrong.",
            "en",
            "say",
            {"speaker": "lawyers", "content": "it did nothing wrong"},
        ),
        (
            "The ministry has consulted experts, who said the dam was safe.",
            "en",
            "said",
            {"speaker": "experts", "content": "the dam was safe"},
        ),
    ],
)
def test_a_source_named_by_a_relative_keeps_its_own_words(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_what_citing_names_is_no_speaker_of_a_verb():
    """ "citing intelligence reports" is a noun: the Kremlin said it, through its own citing."""
    text = "The Kremlin, citing intelligence reports, said Ukraine had planned the attack."
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [f["cue"] for f in found] == ["citing"]
    assert found[0]["speaker"] == "intelligence reports"
    assert found[0]["content"] == "Ukraine had planned the attack"


def test_guard_who_then_a_verb_of_speech_with_no_content_is_no_report():
    """ "People who tell stories for a living" tell no one anything: nothing was claimed."""
    text = "People who tell stories for a living came to the festival."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # whom a speaker assured, then when, then "that"; a newspaper assured passes it on
            "Officials assured reporters on Monday that the risk had passed.",
            "en",
            "assured",
            {"speaker": "Officials", "intermediary": "reporters", "content": "the risk had passed"},
        ),
        (
            "Officials assured the newspaper that the risk had passed.",
            "en",
            "assured",
            {"intermediary": "the newspaper", "content": "the risk had passed"},
        ),
        (  # guard: "warned" with no one named keeps its bare clause
            "The bank warned the economy could shrink.",
            "en",
            "warned",
            {"speaker": "The bank", "intermediary": None, "content": "the economy could shrink"},
        ),
        (  # « les députés », then a day, then « que »
            "Le ministre a informé les députés mardi que la réforme serait retirée.",
            "fr",
            "informé",
            {"speaker": "Le ministre", "content": "la réforme serait retirée", "day": "2024-09-17"},
        ),
        (
            "Le préfet a prévenu les habitants ce matin que les routes seraient fermées.",
            "fr",
            "prévenu",
            {"speaker": "Le préfet", "content": "les routes seraient fermées"},
        ),
        (  # a magazine named with a lower-case "magazine" is the medium told
            "The singer's publicist confirmed the news to People magazine.",
            "en",
            "confirmed",
            {"intermediary": "People magazine", "content": "the news"},
        ),
        (  # what those told were doing belongs to them: the content starts after "that"
            "The former aide told the House committee investigating the riot that he had been threatened.",
            "en",
            "told",
            {"speaker": "The former aide", "intermediary": None, "content": "he had been threatened"},
        ),
        (
            "She told reporters covering the trial that she was innocent.",
            "en",
            "told",
            {"intermediary": "reporters", "content": "she was innocent"},
        ),
    ],
)
def test_whom_a_speaker_addressed_is_not_what_they_said(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # how it was said, between the inverted verb and its speaker
            "Les trois personnes sont deux mineurs et un majeur, a précisé dans un communiqué le procureur.",
            "précisé",
            {"speaker": "le procureur", "content": "Les trois personnes sont deux mineurs et un majeur"},
        ),
        (  # the content before it ends at the incise's comma, not at the verb
            "Le suspect a reconnu les faits, a indiqué lors d'une conférence de presse la procureure de Lyon.",
            "reconnu",
            {"speaker": "Le suspect", "content": "les faits"},
        ),
        (
            "Le suspect a reconnu les faits, a indiqué lors d'une conférence de presse la procureure de Lyon.",
            "indiqué",
            {"speaker": "la procureure de Lyon", "content": "Le suspect a reconnu les faits"},
        ),
        (  # « de même source »: the source named before, here again
            "Le suspect était connu des services de police, a-t-on précisé de même source.",
            "de même source",
            {"speaker": "même source", "content": "Le suspect était connu des services de police"},
        ),
        (  # « faire observer », « faire remarquer »: verbs of speech
            "Aucune victime n'est à déplorer, fait observer la même source.",
            "fait observer",
            {"speaker": "la même source", "content": "Aucune victime n'est à déplorer"},
        ),
        (
            "« Ce n'est pas la première fois », fait remarquer un habitant.",
            "fait remarquer",
            {"speaker": "un habitant", "content": "Ce n'est pas la première fois"},
        ),
        (  # a copula before « selon X, »: its attribute comes after X
            "Le conducteur, 32 ans, était, selon la gendarmerie, « sous l'emprise de l'alcool ».",
            "selon",
            {
                "speaker": "la gendarmerie",
                "content": "Le conducteur, 32 ans, était, selon la gendarmerie, « sous l'emprise de l'alcool »",
            },
        ),
        (  # « exclure » is an infinitive (not a noun in -ure), even after « n' »
            "Plus tôt, le maire avait assuré n'exclure « aucune hypothèse » au lendemain de l'incendie.",
            "assuré",
            {"speaker": "le maire", "content": "n'exclure « aucune hypothèse » au lendemain de l'incendie"},
        ),
    ],
)
def test_french_police_copy_reads_as_the_prosecutor_said_it(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_guard_a_thing_made_noticed_is_no_report():
    """« a fait remarquer sa présence » names nothing said."""
    text = "Le chien a fait remarquer sa présence."
    assert suggest(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a briefing told, as a news conference told, hears and passes the words on
            "The WHO spokesman told a briefing in Geneva that cases were falling.",
            "en",
            "told",
            {"speaker": "The WHO spokesman", "intermediary": "a briefing", "content": "cases were falling"},
        ),
        (  # « avant-hier » after the speaker says when, and is no part of who
            "« Nous sommes prêts », a déclaré le général avant-hier.",
            "fr",
            "déclaré",
            {"speaker": "le général", "day": "2024-09-17"},
        ),
        (  # « début septembre » says when (a month's name is no infinitive in -re)
            "Le club a confirmé début septembre que l'entraîneur partirait.",
            "fr",
            "confirmé",
            {"speaker": "Le club", "content": "l'entraîneur partirait", "day": "2024-09-01"},
        ),
        (
            "Le syndicat a annoncé mi-septembre que la grève serait reconduite.",
            "fr",
            "annoncé",
            {"content": "la grève serait reconduite"},
        ),
    ],
)
def test_when_and_before_whom_stay_out_of_speaker_and_content(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a show's description after the station is no part of its name
            "« Il faut plus de médecins », a plaidé la ministre dans une émission de France Culture "
            "consacrée à la santé.",
            "fr",
            "plaidé",
            {"speaker": "la ministre", "intermediary": "France Culture"},
        ),
        (  # « se rappelle », after a quotation, reports it (as « se souvient »)
            "« Je l'ai trouvée réservée », se rappelle sa voisine.",
            "fr",
            "se rappelle",
            {"speaker": "sa voisine", "content": "Je l'ai trouvée réservée"},
        ),
        (  # the weekly that reported her words passed them on: no attribution of its own
            "« J'ai gardé mes distances », confiait-elle, comme le rapporte l'hebdomadaire.",
            "fr",
            "confiait",
            {"speaker": "elle", "intermediary": "l'hebdomadaire"},
        ),
        (
            '"I kept my distance," she said, as the weekly reported.',
            "en",
            "said",
            {"speaker": "she", "intermediary": "the weekly", "content": "I kept my distance"},
        ),
    ],
)
def test_who_relayed_a_quotation_is_its_intermediary(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_relay_after_a_quotation_makes_no_second_attribution():
    text = '"I kept my distance," she said, as the weekly reported.'
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


def test_guard_se_rappeler_que_is_a_memory_not_a_report():
    assert suggest("Elle se rappelle que la maison était froide.", "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "« Nous sommes choqués », a fait savoir la famille par la voix de son avocat.",
        "La famille, par la voix de son avocat, a fait savoir qu'elle porterait plainte.",
    ],
)
def test_who_speaks_for_a_family_is_its_intermediary(text):
    """« par la voix de son avocat »: the family speaks, its lawyer carries the words."""
    (found,) = suggest(text, "fr")
    assert found.texts(text)["speaker"].lower() == "la famille"
    assert found.texts(text)["intermediary"] == "son avocat"


def test_guard_a_witness_questioned_by_a_broadcaster_keeps_it_as_the_medium():
    text = "« Ce carrefour est dangereux », a dénoncé un riverain interrogé par la RTS."
    _reads(text, "fr", "dénoncé", {"speaker": "un riverain", "intermediary": "la RTS"})


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Les syndicats revendiquent plus de 100 000 manifestants à Bruxelles.",
            "revendiquent",
            "plus de 100 000 manifestants à Bruxelles",
        ),
        (
            "Les syndicats revendiquent une participation « supérieure à 50 % ».",
            "revendiquent",
            "une participation « supérieure à 50 % »",
        ),
    ],
)
def test_a_count_claimed_by_unions_is_their_claim(text, cue, content):
    _reads(text, "fr", cue, {"speaker": "Les syndicats", "content": content})


@pytest.mark.parametrize(
    "text", ["Les syndicats revendiquent une hausse des salaires.", "Le groupe a revendiqué l'attentat."]
)
def test_guard_a_demand_is_no_claim(text):
    assert suggest(text, "fr") == []


def test_a_singular_pronoun_never_stands_for_a_plural():
    text = (
        "Les syndicats revendiquent plus de 100 000 manifestants. La police en a compté 65 000, "
        "a-t-elle précisé en fin de journée."
    )
    found = [s for s in suggest(text, "fr") if s.texts(text)["cue"] == "précisé"]
    assert found[0].texts(text)["speaker_name"] != "Les syndicats"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Les représentants des propriétaires contestent ces chiffres.", "contestent", "ces chiffres"),
        ("La direction conteste cette version des faits.", "conteste", "cette version des faits"),
        ("L'opposition conteste que le budget soit équilibré.", "conteste", "le budget soit équilibré"),
    ],
)
def test_disputing_what_was_said_is_a_claim(text, cue, content):
    _reads(text, "fr", cue, {"content": content})


@pytest.mark.parametrize(
    "text",
    [
        "Il conteste la décision en justice.",  # a challenge in court
        "L'association affirme que le coût dépassera 100 milliards, un chiffre qu'EDF conteste.",
    ],
)
def test_guard_a_challenge_or_a_relatives_verb_is_no_speaker_of_its_own(text):
    assert [s.texts(text)["cue"] for s in suggest(text, "fr")] in ([], ["affirme"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Residents who say the plant is unsafe have filed a complaint.", "the plant is unsafe"),
        (
            "Officers who said the man was carrying a knife were called to the scene.",
            "the man was carrying a knife",
        ),
        (  # guard: a relative on the object ends with the sentence
            "The company has hired lawyers who say it did nothing wrong and will fight the case.",
            "it did nothing wrong and will fight the case",
        ),
    ],
)
def test_a_subjects_restrictive_relative_reports_up_to_the_main_verb(text, content):
    """The relative names the speaker; the sentence's own verb ("have filed") is not what they said."""
    (found,) = suggest(text, "en")
    assert found.texts(text)["content"] == content
