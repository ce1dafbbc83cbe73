"""The sample corpus, read as a careful analyst would: titles, outlets, and which dates are sure."""

import datetime as dt

import pytest

from claimtracker.domain.dates import Precision
from claimtracker.importing.importer import parse_file
from claimtracker.importing.metadata import propose_metadata
from tests.conftest import SEEDS

EXPECTED = {
    "000": dict(
        title="Un groupe militaire irakien envoie ses rapports au commandement de la Force Qods iranienne",
        outlet="Iran Focus",
        original="",
        language="fr",
        wording="le 29 janvier",
        date=None,  # no year in the dateline, none in the article: the year is not guessed
        certain=False,
    ),
    "001": dict(
        title="Iran – Irak : Dans une rencontre, Khamenei a rendu hommage à Maliki pour son attaque sur Achraf",
        outlet="Conseil national de la Résistance iranienne",
        original="",
        language="fr",
        # the signed date, not "vendredi, décembre 2, 2022" in the page header
        wording="Le 20 janvier 2014",
        date=dt.date(2014, 1, 20),
        certain=True,
    ),
    "002": dict(
        title="Iranian Regime's Militias Deployed Snipers in Iraq Protests",
        outlet="",
        original="Reuters",
        language="en",
        date=None,  # the page says nothing of its date
    ),
    "003": dict(
        title="Révélation des objectifs des visites du commandant des Forces Al-Quds en Irak",
        outlet="Sawt Beirut International",
        original="Al-Ain",
        language="fr",
        wording="4 February 2023, Saturday",
        date=dt.date(2023, 2, 4),
        certain=False,  # page header
    ),
    "004": dict(
        title="Le commandant de la Force Al-Qods iranienne rencontre Al-Kazemi et exhorte la milice à se calmer",
        outlet="Sawt Beirut International",
        original="alarabiya",
        language="fr",
        wording="5 December 2022, Monday",
        date=dt.date(2022, 12, 5),
        certain=False,
    ),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_metadata_matches_a_careful_reading(prefix):
    expected = EXPECTED[prefix]
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    article = parse_file(path)
    assert article.title == expected["title"]
    assert article.outlet == expected["outlet"]
    assert article.original_source == expected["original"]
    assert article.language == expected["language"]
    published = article.published
    if "day" in expected:
        assert (published.value.month, published.value.day) == expected["day"]
    elif expected["date"] is None:
        assert not published.is_known
        if "wording" in expected:  # a date as written, its year unknown
            assert published.wording == expected["wording"] and published.certain is expected["certain"]
        return
    else:
        assert published.value == expected["date"]
    assert published.precision is Precision.DAY
    assert published.wording == expected["wording"]
    assert published.certain is expected["certain"]
    assert bool(published.doubt) is not expected["certain"]


def test_the_body_is_the_file_text_so_offsets_point_into_what_the_analyst_reads():
    for path in SEEDS.glob("*.txt"):
        assert parse_file(path).body == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (
            "Talks collapse\n\nFriday, March 10, 2017\n\nThe union said Thursday that the talks had failed.\n",
            "Talks collapse",
            dt.date(2017, 3, 10),
        ),
        (
            "Sécheresse : des restrictions d'eau dans le Gard\n\nPublié le jeudi 4 août 2022 à 10h05\n\n"
            "Le préfet a annoncé mercredi de nouvelles restrictions.\n",
            "Sécheresse : des restrictions d'eau dans le Gard",
            dt.date(2022, 8, 4),
        ),
        (  # a byline on the date's line
            "Senate panel delays vote on drone rules\n\nBy Maria Lopez | Sept. 19, 2024\n\nBody.\n",
            "Senate panel delays vote on drone rules",
            dt.date(2024, 9, 19),
        ),
        (  # a wire byline run into its date, with no separator
            "Senate panel delays vote\n\nBy MARIA LOPEZ Associated Press June 5, 2025, 2:02 PM\n\nBody.\n",
            "Senate panel delays vote",
            dt.date(2025, 6, 5),
        ),
        (
            "Le festival annulé faute de financement\n\nPar Jeanne Dupont, le 3 juin 2024\n\nCorps.\n",
            "Le festival annulé faute de financement",
            dt.date(2024, 6, 3),
        ),
        (  # the time before the date; of two dates, the first (published, then updated)
            "Storm closes schools\n\nUpdated 6:45 PM EDT, Wed September 18, 2024\n\nBody.\n",
            "Storm closes schools",
            dt.date(2024, 9, 18),
        ),
        (
            "Grève aux urgences\n\nPublié le 14/03/2024 à 18h32, mis à jour le 15/03/2024 à 08h10\n\nCorps.\n",
            "Grève aux urgences",
            dt.date(2024, 3, 14),
        ),
        (  # a menu on one line before the title
            "Home | News | UK | Weather | Sport\n\nFlood warnings remain in place\n\nPublished 11 February 2025\n\n"
            "Body.\n",
            "Flood warnings remain in place",
            dt.date(2025, 2, 11),
        ),
        (  # breadcrumbs
            "Accueil > Régions > Occitanie\n\nLe pont restera fermé\n\nMis à jour le mardi 8 octobre 2024 à 07h45\n\n"
            "Corps.\n",
            "Le pont restera fermé",
            dt.date(2024, 10, 8),
        ),
    ],
)
def test_a_date_line_under_the_title_is_the_publication_date_and_sure(text, title, published):
    # Unlike a page header's date (the day the page may have been saved), the article's own date
    # line is what "said Thursday" is read against.
    proposed = propose_metadata(text)
    assert (proposed.title, proposed.published.value, proposed.published.certain) == (title, published, True)


SCRAPED = """Skip to main content
Menu
World
Politics
Subscribe
Sign in

Minister says budget 'on track' despite warnings

By Jane Smith, Political Correspondent
Published 14 March 2023, 10:42 GMT

The finance minister has insisted the budget is "on track".
"""


def test_a_scraped_page_s_menu_is_no_title_and_its_published_line_dates_it():
    proposed = propose_metadata(SCRAPED)
    assert proposed.title == "Minister says budget 'on track' despite warnings"
    assert (proposed.published.value, proposed.published.certain) == (dt.date(2023, 3, 14), True)


@pytest.mark.parametrize(
    ("dateline", "outlet", "published"),
    [
        ("LONDON, March 5, 2024 (Reuters) - The Bank of England said", "Reuters", dt.date(2024, 3, 5)),
        ("Paris, le 12 mars 2024 (AFP) – Le ministre a déclaré", "AFP", dt.date(2024, 3, 12)),
        ("KYIV, Ukraine (AP) — Officials said Tuesday", "AP", None),  # no date: none is guessed
    ],
)
def test_a_wire_dateline_gives_the_agency_and_the_day(dateline, outlet, published):
    proposed = propose_metadata(f"Rates held steady\n\n{dateline} that rates would stay.\n")
    assert (proposed.outlet, proposed.published.value) == (outlet, published)


def test_a_wire_dateline_without_its_year_yields_to_the_full_date_line():
    text = (
        "Senate passes bill\n\nPublished 5 March 2024\n\nWASHINGTON, March 5 (Reuters) - The Senate passed.\n"
    )
    proposed = propose_metadata(text)
    assert (proposed.outlet, proposed.published.value) == ("Reuters", dt.date(2024, 3, 5))


@pytest.mark.parametrize(
    ("date_line", "language", "published"),
    [
        # French pages write the day first: 12/08 is 12 August, never 8 December
        ("Publié le : 12/08/2025 - 09:14  Modifié le : 12/08/2025 - 17:02", "fr", dt.date(2025, 8, 12)),
        ("Ouest-France    Nantes    Publié le 03/02/2025 à 19h05", "fr", dt.date(2025, 2, 3)),
        ("Published 03.02.2025", "en", dt.date(2025, 2, 3)),  # dots: European, day first
        ("Updated 03/02/2025 9:12 a.m.", "en", dt.date(2025, 3, 2)),  # slashes in English: month first
        ("Updated 23/02/2025", "en", dt.date(2025, 2, 23)),  # unless the first cannot be a month
    ],
)
def test_a_numeric_date_line_is_read_in_the_page_s_order(date_line, language, published):
    proposed = propose_metadata(f"Le bilan s'alourdit\n\n{date_line}\n\nCorps de l'article.\n", language)
    assert proposed.published.value == published


@pytest.mark.parametrize(
    ("date_line", "language", "published"),
    [
        ("2025-03-03T14:02:00Z", "en", dt.date(2025, 3, 3)),  # a page's machine date
        ("Le 03.03.2025 à 14h02", "fr", dt.date(2025, 3, 3)),  # spelled out in French, not "3 March"
        ("Dernière mise à jour : 03/03/2025", "fr", dt.date(2025, 3, 3)),
        ("First published on Mon 3 Mar 2025 14.02 GMT", "en", dt.date(2025, 3, 3)),
        ("03 mars 2025 à 14h02 (modifié le 04 mars 2025)", "fr", dt.date(2025, 3, 3)),
        ("Mon, 03 Mar 2025 14:02:00 GMT", "en", dt.date(2025, 3, 3)),  # seconds: not "March 2026"
        ("03 Mar 2025 ● 4 min read", "en", dt.date(2025, 3, 3)),
        # "Mis" after the time is no time zone
        ("Publié le 3 mars 2025 à 16h52 Mis à jour le 4 mars 2025 à 10h00", "fr", dt.date(2025, 3, 3)),
    ],
)
def test_more_date_lines_of_scraped_pages(date_line, language, published):
    proposed = propose_metadata(f"Le bilan s'alourdit\n\n{date_line}\n\nCorps de l'article.\n", language)
    assert (proposed.published.value, proposed.published.certain) == (published, True)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Home | World\n\nTalks resume in Geneva\n\nMarch 3, 2025\n\nThe talks resumed.\n",
            "Talks resume in Geneva",
        ),
        ("Talks resume\n\n5 hours ago\n\nThe talks resumed on Monday in Geneva.\n", "Talks resume"),
        (
            "Les négociations reprennent\n\nil y a 3 heures\n\nLes négociations ont repris lundi.\n",
            "Les négociations reprennent",
        ),
    ],
)
def test_a_two_item_menu_and_a_time_ago_are_never_the_title(text, title):
    proposed = propose_metadata(text)
    assert proposed.title == title
    assert proposed.published.value in (None, dt.date(2025, 3, 3))  # "5 hours ago" names no day


@pytest.mark.parametrize(("byline", "outlet"), [("By AFP", "AFP"), ("By Jane Doe", "")])
def test_a_byline_above_the_date_names_an_agency_not_an_author(byline, outlet):
    proposed = propose_metadata(
        f"Talks resume in Geneva\n\n{byline}\nPublished: 03 March 2025\n\nThe talks resumed.\n"
    )
    assert proposed.outlet == outlet


@pytest.mark.parametrize(
    ("text", "title", "outlet", "source"),
    [
        (
            "Budget 2026 : Bercy table sur 1,2 %\n\nLe Monde avec AFP\nPublié le 9 octobre 2025 à 08h12\n\nCorps.\n",
            "Budget 2026 : Bercy table sur 1,2 %",
            "Le Monde",
            "AFP",
        ),
        (
            "Talks resume\n\nThe Guardian with agencies\nMon 3 Mar 2025 14.02 GMT\n\nThe talks resumed.\n",
            "Talks resume",
            "The Guardian",
            "agencies",
        ),
    ],
)
def test_an_outlet_with_an_agency_names_both(text, title, outlet, source):
    proposed = propose_metadata(text)
    assert (proposed.title, proposed.outlet, proposed.original_source) == (title, outlet, source)


@pytest.mark.parametrize(
    "date_line",
    [
        "Updated: March 4, 2025 | Originally published March 3, 2025",
        "Updated 4 March 2025, first published 3 March 2025",  # no bar between them
        "Last updated: Tuesday 4 March 2025. Published: Monday 3 March 2025",
    ],
)
def test_of_updated_and_originally_published_the_publication_dates_the_article(date_line):
    text = f"Talks resume in Geneva\n\n{date_line}\n\nThe talks resumed.\n"
    assert propose_metadata(text).published.value == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (  # British spelling: the day first
            "The council said the centre would open in the autumn, at a cost of £4 million. Mr Jones said "
            "the programme was on time.",
            dt.date(2025, 6, 5),
        ),
        (  # American spelling: the month first
            "The city said the center would open in the fall, at a cost of $4 million. Mr. Jones said the "
            "program was on time.",
            dt.date(2025, 5, 6),
        ),
    ],
)
def test_a_numeric_english_date_is_read_as_the_page_spells(body, published):
    metadata = propose_metadata(f"New leisure centre approved\n\n05/06/2025\n\n{body}\n", "en")
    assert metadata.published.value == published
