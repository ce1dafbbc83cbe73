"""Attribution suggestions: the reporting constructions of French and English news."""

import datetime as dt
import importlib.util
import json

import pytest

from claimtracker.cli import main
from claimtracker.domain.dates import ClaimDate
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.gold import load_gold
from claimtracker.importing.importer import parse_file
from tests.conftest import ROOT, SEEDS

MONDAY = ClaimDate.of(dt.date(2021, 11, 8))


def _only(text: str, language: str, published=None) -> dict:
    (found,) = suggest(text, language, published)
    return {**found.texts(text), "rule": found.rule, "date": found.claim_date}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le porte-parole a déclaré mardi à l’AFP que la frontière restait fermée.",
            "fr",
            {
                "speaker": "Le porte-parole",
                "cue": "déclaré",
                "intermediary": "l’AFP",
                "content": "la frontière restait fermée",
            },
        ),
        (
            "« Nous ne céderons pas », a-t-il déclaré.",
            "fr",
            {"speaker": "il", "content": "Nous ne céderons pas"},
        ),
        (
            "‹ Le pont est fermé ›, a précisé la préfecture.",
            "fr",
            {"speaker": "la préfecture", "cue": "précisé"},
        ),
        (
            "Selon des sources diplomatiques, la réunion est reportée.",
            "fr",
            {"speaker": "des sources diplomatiques", "cue": "Selon", "content": "la réunion est reportée"},
        ),
        ("D'après le ministère, la route est coupée.", "fr", {"speaker": "le ministère", "cue": "D'après"}),
        (
            "La police a indiqué que trois personnes avaient été blessées, selon l’AFP.",
            "fr",
            {
                "speaker": "La police",
                "content": "trois personnes avaient été blessées",
                "intermediary": "l’AFP",
            },
        ),
        (
            "Les manifestants ont été dispersés, a affirmé le ministre de l’Intérieur, Gérald Darmanin.",
            "fr",
            {
                "speaker": "le ministre de l’Intérieur, Gérald Darmanin",
                "speaker_name": "Gérald Darmanin",
                "content": "Les manifestants ont été dispersés",
            },
        ),
        (
            "Le ministre a démenti les informations du journal.",
            "fr",
            {"cue": "démenti", "content": "les informations du journal"},
        ),
        (
            "Il a également souligné que la crise était terminée.",
            "fr",
            {"speaker": "Il", "cue": "souligné", "content": "la crise était terminée"},
        ),
        ("Khamenei lui a rétorqué que l’Irak devait rester neutre.", "fr", {"speaker": "Khamenei"}),
        (
            "Gomery, le responsable de la commission d'enquête, a indiqué que ces structures sont indispensables.",
            "fr",
            {"speaker": "Gomery", "content": "ces structures sont indispensables"},
        ),
        (
            "Two officials told Reuters that the convoy had been attacked.",
            "en",
            {
                "speaker": "Two officials",
                "intermediary": "Reuters",
                "content": "the convoy had been attacked",
            },
        ),
        (
            "The convoy had been attacked near the border, two officials told Reuters.",
            "en",
            {
                "speaker": "two officials",
                "intermediary": "Reuters",
                "content": "The convoy had been attacked near the border",
            },
        ),
        ("“We will rebuild,” the mayor said.", "en", {"speaker": "the mayor", "content": "We will rebuild"}),
        ('"The bridge is closed," she said.', "en", {"speaker": "she", "content": "The bridge is closed"}),
        (
            "“The bridge is closed,” said John Smith, a spokesman for the ministry, on Monday.",
            "en",
            {"speaker": "John Smith", "cue": "said", "content": "The bridge is closed"},
        ),
        (
            "Mr. Smith told the BBC the talks had failed.",
            "en",
            {"speaker": "Mr. Smith", "intermediary": "the BBC", "content": "the talks had failed"},
        ),
        (
            "Bagdad, le 3 mars – Des témoins ont déclaré que la ville était calme.",
            "fr",
            {"speaker": "Des témoins", "content": "la ville était calme"},
        ),
        (
            "The talks will resume next week, according to a senior diplomat.",
            "en",
            {
                "speaker": "a senior diplomat",
                "cue": "according to",
                "content": "The talks will resume next week",
            },
        ),
        (
            "According to a diplomat familiar with the talks, the meeting was cancelled.",
            "en",
            # how an unnamed source knows is part of who they are
            {"speaker": "a diplomat familiar with the talks", "content": "the meeting was cancelled"},
        ),
        (
            "The U.S. ambassador, who spoke on condition of anonymity, said the talks would resume.",
            "en",
            {"speaker": "The U.S. ambassador", "content": "the talks would resume"},
        ),
        (
            "There was a time, Mr Panvalkar said, when he felt that they should leave.",
            "en",
            {"speaker": "Mr Panvalkar", "cue": "said"},
        ),
        (
            "Paris claims she was kept on the ship for twelve years.",
            "en",
            {"speaker": "Paris", "cue": "claims", "content": "she was kept on the ship for twelve years"},
        ),
        (
            "Many people, including Indigenous groups, argue they trivialize the culture.",
            "en",
            {"cue": "argue", "content": "they trivialize the culture"},
        ),
        (
            "He also pointed out that Rogers recently introduced a new app.",
            "en",
            {"speaker": "He", "cue": "pointed out", "content": "Rogers recently introduced a new app"},
        ),
        (
            "Warning that the NHS was under pressure, he urged the public to act.",
            "en",
            {"speaker": "he", "cue": "Warning", "content": "the NHS was under pressure"},
        ),
        # The old leading-conjunction strip cut "Etienne" to "ienne" and "Butterfield" to "terfield".
        ("Etienne Dubois a affirmé que le pont était fermé.", "fr", {"speaker": "Etienne Dubois"}),
        ("But Butterfield said the bridge was closed.", "en", {"speaker": "Butterfield"}),
        ("Police say the man was arrested on Friday.", "en", {"speaker": "Police", "cue": "say"}),
        # Who relayed it, named around the speaker: the intermediary of the chain.
        (
            "Selon des sources diplomatiques citées par l'AFP, les négociations ont échoué.",
            "fr",
            {"speaker": "des sources diplomatiques", "intermediary": "l'AFP"},
        ),
        (
            "Interrogé par Le Monde, le directeur a reconnu que des erreurs avaient été commises.",
            "fr",
            {"speaker": "le directeur", "intermediary": "Le Monde"},
        ),
        (
            "Officials quoted by Reuters said the plant was closed.",
            "en",
            {"speaker": "Officials", "intermediary": "Reuters", "content": "the plant was closed"},
        ),
        (
            "Speaking to the BBC, the minister said the talks had failed.",
            "en",
            {"speaker": "the minister", "intermediary": "the BBC"},
        ),
        (
            "The report, seen by Reuters, says the company lost $2 billion.",
            "en",
            {"speaker": "The report", "intermediary": "Reuters", "content": "the company lost $2 billion"},
        ),
        (
            "Selon un rapport consulté par l'AFP, l'armée a tiré sur la foule.",
            "fr",
            {"speaker": "un rapport", "intermediary": "l'AFP"},
        ),
        (
            "Le porte-parole de l'armée, cité par l'agence Tass, a affirmé que la ville était tombée.",
            "fr",
            {"speaker": "Le porte-parole de l'armée", "intermediary": "l'agence Tass"},
        ),
        (
            "La ville est tombée, a affirmé le porte-parole, cité par Tass.",
            "fr",
            {"speaker": "le porte-parole", "intermediary": "Tass", "content": "La ville est tombée"},
        ),
        # Who passed it on, named with "citing", "quoted as saying by", "who spoke to", "told state TV".
        (
            "Three people were killed, state media reported, citing the health ministry.",
            "en",
            {
                "speaker": "the health ministry",
                "intermediary": "state media",
                "content": "Three people were killed",
            },
        ),
        (
            "Citing two sources familiar with the matter, Bloomberg reported that the deal was close.",
            "en",
            {
                "speaker": "two sources familiar with the matter",
                "intermediary": "Bloomberg",
                "content": "the deal was close",
            },
        ),
        (
            "Citant des sources sécuritaires, l'AFP rapporte que trois soldats ont été tués.",
            "fr",
            {"speaker": "des sources sécuritaires", "intermediary": "l'AFP"},
        ),
        (
            '"We are ready," the general was quoted as saying by the Interfax news agency.',
            "en",
            {"speaker": "the general", "intermediary": "the Interfax news agency"},
        ),
        (
            "Iran's foreign minister told state TV that the deal was dead.",
            "en",
            {"speaker": "Iran's foreign minister", "intermediary": "state TV"},
        ),
        (
            "The official, who spoke to Reuters on condition of anonymity, said the plan was shelved.",
            "en",
            {"speaker": "The official", "intermediary": "Reuters", "content": "the plan was shelved"},
        ),
        # A time before a subject and its apposed name is not the subject.
        (
            "Earlier this week, the mayor of Kyiv, Vitali Klitschko, said the city had no power.",
            "en",
            {
                "speaker": "the mayor of Kyiv, Vitali Klitschko",
                "speaker_name": "Vitali Klitschko",
                "content": "the city had no power",
            },
        ),
        (
            "Mardi, le ministre de l'Intérieur, Gérald Darmanin, a affirmé que la situation était sous contrôle.",
            "fr",
            {"speaker": "le ministre de l'Intérieur, Gérald Darmanin"},
        ),
        # The day between the verb and the speaker named after it.
        (
            "« Il n'y a pas de solution militaire », a estimé mercredi le secrétaire général de l'ONU, António Guterres.",
            "fr",
            {
                "speaker": "le secrétaire général de l'ONU, António Guterres",
                "content": "Il n'y a pas de solution militaire",
            },
        ),
        (
            "Le bilan s'élève à 12 morts, a annoncé jeudi le ministère de la Santé dans un communiqué.",
            "fr",
            {"speaker": "le ministère de la Santé", "content": "Le bilan s'élève à 12 morts"},
        ),
        (
            "Former President Donald Trump claimed without evidence that the election was stolen.",
            "en",
            {"speaker": "Former President Donald Trump", "content": "the election was stolen"},
        ),
        # A channel named after the verb is the intermediary; a day is not.
        (
            "« Il n'a rien à faire ici », a-t-il déclaré sur BFMTV.",
            "fr",
            {"speaker": "il", "intermediary": "BFMTV"},
        ),
        ('"We will not back down," he said on CNN.', "en", {"speaker": "he", "intermediary": "CNN"}),
        ('"We will not back down," he said on Monday.', "en", {"intermediary": None}),
        (
            "D'après Le Parisien, qui cite une source proche du dossier, l'imam aurait quitté la France.",
            "fr",
            {"speaker": "une source proche du dossier", "intermediary": "Le Parisien"},
        ),
        (
            "La préfecture a de son côté indiqué que la mesure serait exécutée.",
            "fr",
            {"speaker": "La préfecture", "content": "la mesure serait exécutée"},
        ),
        (
            "In an interview with Sky News, the minister said the strikes would continue.",
            "en",
            {"speaker": "the minister", "intermediary": "Sky News"},
        ),
        (
            "Le suspect a été interpellé mardi, a-t-on appris de source policière.",
            "fr",
            {"speaker": "source policière", "content": "Le suspect a été interpellé mardi"},
        ),
        (
            "Selon le porte-parole du gouvernement, qui s'exprimait à l'issue du Conseil, la réforme sera présentée en juin.",
            "fr",
            {"speaker": "le porte-parole du gouvernement", "content": "la réforme sera présentée en juin"},
        ),
        # Reflexive and two-word reporting verbs.
        ("« C'est une victoire », s'est félicité le maire de Paris.", "fr", {"speaker": "le maire de Paris"}),
        ("« On ne lâchera rien », a lancé le président.", "fr", {"speaker": "le président"}),
        (
            "Les syndicats se sont inquiétés que la réforme soit maintenue.",
            "fr",
            {"speaker": "Les syndicats", "content": "la réforme soit maintenue"},
        ),
        (
            "Le ministère a fait savoir que les négociations reprendraient.",
            "fr",
            {"cue": "fait savoir", "content": "les négociations reprendraient"},
        ),
        # "according to X" with no comma: the source ends where the content visibly starts.
        (
            "According to the ministry more than 100 people died.",
            "en",
            {"speaker": "the ministry", "content": "more than 100 people died"},
        ),
        (
            "According to police the man fled on foot.",
            "en",
            {"speaker": "police", "content": "the man fled on foot"},
        ),
        (
            "According to officials at the ministry at least 30 people died.",
            "en",
            {"speaker": "officials at the ministry", "content": "at least 30 people died"},
        ),
        ("Selon le ministère plus de 100 personnes sont mortes.", "fr", {"speaker": "le ministère"}),
        (
            "According to the Saudi Interior Ministry over 345 pilgrims have been killed near Mecca, Saudi Arabia.",
            "en",
            {"speaker": "the Saudi Interior Ministry"},
        ),
        # A few quoted words inside the subject name something: no quotation ends there.
        (
            'The "History" section of the site explains that the incident was prompted by a video.',
            "en",
            {"speaker": 'The "History" section of the site', "cue": "explains"},
        ),
        # "according to X" inside the sentence: the whole sentence is what X said.
        (
            "The suspect, according to police, fled on foot.",
            "en",
            {"speaker": "police", "content": "The suspect, according to police, fled on foot"},
        ),
        (
            "Le suspect, selon la police, a pris la fuite.",
            "fr",
            {"speaker": "la police", "rule": "fr: A, selon X, B"},
        ),
        # A subject with a name apposed to it, then the content: not "…, said profits fell."
        (
            "The company's chief executive, John Smith, said profits fell.",
            "en",
            {
                "speaker": "The company's chief executive, John Smith",
                "speaker_name": "John Smith",
                "content": "profits fell",
            },
        ),
        # "said X" inside the sentence: what follows it is the rest of the content, not an apposition.
        (
            "Institutional recipients, said Mauer, are required to exhibit the works.",
            "en",
            {"speaker": "Mauer", "rule": "en: A, X said, B"},
        ),
    ],
)
def test_reporting_constructions_give_speaker_cue_content_and_intermediary(text, language, expected):
    found = _only(text, language)
    for field, value in expected.items():
        assert found[field] == value, field


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The report was published on Monday.", "en"),  # a noun, not a verb
        ("The United States sent aid.", "en"),  # "States" is a name
        ("Can you explain what wikiHow is?", "en"),  # a question
        ("Les spéculations sur l’origine de la musique varient selon sa définition.", "fr"),
        ("Ils nommèrent leur fils d'après ce lac.", "fr"),
        ("Les délais annoncés par les médias restent flous.", "fr"),  # a participle used as an adjective
        ("Les derniers chiffres se rapportent au 24 octobre.", "fr"),
        ("Il a été révélé que six journalistes étaient surveillés.", "fr"),  # no speaker
        ("He declined to say whether the plant would close.", "en"),
        ("Le maire a félicité les policiers pour leur travail.", "fr"),  # congratulated: not reflexive
        ("L'armée a lancé une offensive dans le nord.", "fr"),  # launched, with no quotation
        ("Le ministre est informé que la situation est grave.", "fr"),  # a passive: he was told
        ("Officials have not said how many people were detained.", "en"),
        ("He said nothing about the strike.", "en"),
        ("Other countries, including the ones you mention, have stronger social safety nets.", "en"),
    ],
)
def test_words_that_only_look_like_reporting_give_nothing(text, language):
    assert suggest(text, language) == []


def test_a_quotation_over_several_sentences_is_one_content():
    text = "“We will not stop. We will rebuild every house,” the mayor said."
    assert _only(text, "en")["content"] == "We will not stop. We will rebuild every house"


def test_a_pronoun_speaker_names_who_it_refers_to():
    text = "Marie Curie a quitté la réunion. « Nous reviendrons demain », a-t-elle ajouté."
    (found,) = suggest(text, "fr")
    assert text[found.speaker.start : found.speaker.end] == "elle"
    assert text[found.speaker_name.start : found.speaker_name.end] == "Marie Curie"


def test_a_content_stops_where_a_second_attribution_of_its_sentence_starts():
    text = "Khamenei a rétorqué que l’Irak devait rester neutre, « l’avenir est garanti », a-t-il affirmé."
    contents = [s.texts(text)["content"] for s in suggest(text, "fr")]
    assert contents == ["l’Irak devait rester neutre", "l’avenir est garanti"]


@pytest.mark.parametrize(
    ("text", "language", "speaker", "contents"),
    [
        (
            "The minister said the talks had failed and added that new ones would start in May.",
            "en",
            "The minister",
            ["the talks had failed", "new ones would start in May"],
        ),
        (
            "They claimed Paris was a volunteer and claim she has a vested interest.",
            "en",
            "They",
            ["Paris was a volunteer", "she has a vested interest"],
        ),
        (
            "Le ministre a déclaré que les négociations avaient échoué et a ajouté que la frontière resterait fermée.",
            "fr",
            "Le ministre",
            ["les négociations avaient échoué", "la frontière resterait fermée"],
        ),
        # A participle after the verb: the same speaker, not the subject inside the quotation.
        (
            "The minister said the border would reopen, adding that talks would resume.",
            "en",
            "The minister",
            ["the border would reopen", "talks would resume"],
        ),
        (
            '"We will fight," he said, adding that the army was ready.',
            "en",
            "he",
            ["We will fight", "the army was ready"],
        ),
        (
            "« Nous ne céderons pas », a-t-il déclaré, soulignant que l'armée était prête.",
            "fr",
            "il",
            ["Nous ne céderons pas", "l'armée était prête"],
        ),
    ],
)
def test_a_second_reporting_verb_of_the_same_subject_is_a_second_claim_by_that_speaker(
    text, language, speaker, contents
):
    found = suggest(text, language)
    assert [s.texts(text)["content"] for s in found] == contents
    assert [s.texts(text)["speaker"] for s in found] == [speaker, speaker]


def test_a_quotation_over_several_paragraphs_is_one_content():
    """News leaves a long quotation open at each paragraph's end and opens it again at the next."""
    text = "Intro.\n\n“The first paragraph of the quote.\n\n“And the second ends it,” the minister said."
    (found,) = suggest(text, "en")
    assert found.texts(text)["content"] == "The first paragraph of the quote.\n\n“And the second ends it"
    closed = "“A first quotation, closed,” he said.\n\n“A second one, on its own,” she said."
    assert [s.texts(closed)["content"] for s in suggest(closed, "en")] == [
        "A first quotation, closed",
        "A second one, on its own",
    ]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (  # straight marks, as scraped pages and wire copy write them: several sentences, then paragraphs
            'Maria Lopez said: "We have lost everything. The photos, the car.\n\n"Nobody came to warn us."',
            "en",
            'We have lost everything. The photos, the car.\n\n"Nobody came to warn us',
        ),
        (
            'Commuters were worried. "I have no car. If the subway stops, I lose my job," Jennifer Okafor, a nurse '
            "who travels from Scarborough, told Wikinews at Kennedy station.",
            "en",
            "I have no car. If the subway stops, I lose my job",
        ),
        (  # the speaker in an incise of the first paragraph
            "« Nous avons tout perdu, a déclaré Maria Lopez. Les photos, la voiture.\n\n« Personne n'est venu. »",
            "fr",
            "Nous avons tout perdu, a déclaré Maria Lopez. Les photos, la voiture.\n\n« Personne n'est venu",
        ),
    ],
)
def test_a_quotation_of_several_sentences_and_paragraphs_stays_whole(text, language, content):
    (found,) = suggest(text, language)
    assert found.texts(text)["content"] == content


def test_a_pronoun_refers_to_the_person_named_as_a_later_sentence_subject():
    text = (
        "Defence Minister Ben Wallace visited the troops on Monday. He said the deployment would last "
        "six months. The foreign ministry spokeswoman, Maria Zakharova, rejected the claims. "
        "She said they were absurd."
    )
    names = [s.texts(text)["speaker_name"] for s in suggest(text, "en")]
    assert names == ["Defence Minister Ben Wallace", "Maria Zakharova"]


def test_an_unclosed_quotation_does_not_swallow_the_next_sentence():
    text = "Le rapport révèle que « des armes ont été saisies. Certains responsables ont dit que « nous avons des preuves »."
    contents = [s.texts(text)["content"] for s in suggest(text, "fr")]
    assert contents == ["des armes ont été saisies", "nous avons des preuves"]


def test_a_relative_pronoun_after_selon_is_not_an_attribution():
    text = "La police a démenti les rumeurs selon lesquelles des manifestants auraient été arrêtés."
    found = suggest(text, "fr")
    assert [s.texts(text)["speaker"] for s in found] == ["La police"]


def test_the_claim_date_is_resolved_against_the_publication_date():
    found = _only(
        "Des sources ont déclaré lundi soir à la presse que trois suspects étaient identifiés.",
        "fr",
        ClaimDate.of(dt.date(2021, 11, 10)),
    )
    assert found["date"].value == MONDAY.value and found["date"].wording == "lundi soir"


def test_the_day_named_between_the_verb_and_its_content_dates_the_claim_not_the_content():
    found = _only(
        "The company said Friday it would cut 1,000 jobs.", "en", ClaimDate.of(dt.date(2021, 11, 8))
    )
    assert found["content"] == "it would cut 1,000 jobs"
    assert found["date"].value == dt.date(2021, 11, 5) and found["date"].wording == "Friday"
    found = _only("Ukraine's military said on Telegram it had shot down 20 drones.", "en")
    assert found["content"] == "it had shot down 20 drones"


@pytest.mark.parametrize(
    "text",
    [
        "The army said 12 soldiers were killed, while the rebels said they had lost 40 fighters.",
        "Officials say the storm killed 30 people, but aid groups say the toll is higher.",
    ],
)
def test_two_attributions_joined_in_one_sentence_each_keep_their_own_content(text):
    first, second = suggest(text, "en")
    assert not first.texts(text)["content"].endswith(("but", "while", ","))
    assert first.content.end < second.speaker.start


def test_a_relative_clause_after_a_content_is_not_a_second_attribution():
    text = "The ministry said 12 people were killed in the attack, which it blamed on rebels."
    assert [s.texts(text)["speaker"] for s in suggest(text, "en")] == ["The ministry"]


def test_when_asked_is_not_a_second_attribution():
    assert [s.rule for s in suggest('"I don\'t know," he said when asked about the report.', "en")] == [
        "en: “…,” X said"
    ]


def test_every_suggestion_names_the_rule_that_made_it():
    article = parse_file(SEEDS / "002_d7089af4d349109d.txt")
    found = suggest(article.body, "en")
    assert found and all(s.rule.startswith("en: ") and 0 < s.confidence <= 1 for s in found)


def test_gold_files_only_hold_strings_that_are_in_their_articles():
    for folder, gold_file in (("heldout", "gold.json"), ("untouched", "gold.json")):
        base = ROOT / "tests" / "data" / folder
        texts = {p.name: parse_file(p).body for p in base.glob("*.txt")}
        gold = load_gold(base / gold_file, texts)
        assert all(items for items in gold.values())


def test_string_gold_finds_the_cue_in_its_content_s_sentence(tmp_path):
    """The cue nearest to the content can be another sentence's: "… the plan is working". He told
    MPs …" — the gold's "told" is the one before its content, in its sentence."""
    text = (
        "Streeting told the BBC yesterday that the figures were a sign that the plan is working. "
        "He told MPs later in the day that progress was fragile."
    )
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(
        json.dumps(
            {
                "articles": {
                    "a.txt": [
                        {
                            "cue": "told",
                            "speaker": "Streeting",
                            "content": "the figures were a sign that the plan is working",
                        }
                    ]
                }
            }
        ),
        encoding="utf-8",
    )
    (item,) = load_gold(gold_file, {"a.txt": text})["a.txt"]
    assert item.cue.start == text.index("told")


def test_string_gold_never_finds_the_cue_inside_its_own_content(tmp_path):
    text = '"My phone said there was nothing near me," she said.'
    gold_file = tmp_path / "gold.json"
    item = {"cue": "said", "speaker": "she", "content": "My phone said there was nothing near me"}
    gold_file.write_text(json.dumps({"articles": {"a.txt": [item]}}), encoding="utf-8")
    (found,) = load_gold(gold_file, {"a.txt": text})["a.txt"]
    assert found.cue.start == text.rindex("said")


def test_suggest_command_prints_rules_and_matches_known_sources(tmp_path, capsys):
    db = str(tmp_path / "s.sqlite")
    main(["--db", db, "import", str(SEEDS / "004_69a04dd55eed7fef.txt")])
    main(["--db", db, "add-claim", "--article", "1", "--span", "0:10", "--speaker", "Les médias irakiens"])
    capsys.readouterr()
    assert main(["--db", db, "suggest", "1", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    media = [r for r in records if r["speaker"] == "Les médias irakiens"]
    main(["--db", db, "sources", "--json"])
    known = {s["name"]: s["id"] for s in json.loads(capsys.readouterr().out)}
    assert len(media) == 2 and all(r["speaker_source_id"] == known["Les médias irakiens"] for r in media)
    assert all(r["rule"] and r["content_span"][1] > r["content_span"][0] for r in records)
    with_date = next(r for r in records if r["intermediary"] == "Reuters")
    assert with_date["claim_date"]["wording"] == "mardi"


def test_suggest_prints_a_pronoun_s_name_once_and_an_apposed_name_inside_its_speaker(tmp_path, capsys):
    article = tmp_path / "plant.txt"
    article.write_text(
        "Plant to close\n\nThe plant will close in June, the company's spokesman, John Smith, said.\n"
        "Mary Jones, the union leader, was angry. She said that nobody had been consulted.\n",
        encoding="utf-8",
    )
    assert main(["suggest", str(article)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")]
    assert [line.split(" · ")[0] for line in lines] == [
        "the company's spokesman, John Smith",
        "She (Mary Jones)",
    ]
    assert main(["suggest", str(article), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["speaker_name"], r["referred_name"]) for r in records] == [
        ("John Smith", None),
        ("Mary Jones", "Mary Jones"),
    ]


def test_the_evaluation_script_runs_and_prints_every_set(capsys):
    spec = importlib.util.spec_from_file_location(
        "eval_suggestions", ROOT / "benchmarks" / "eval_suggestions.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()
    out = capsys.readouterr().out
    for heading in ("English, dev", "English, heldout", "French, dev", "French, heldout", "whole-sentence"):
        assert heading in out
    assert "speed:" in out
