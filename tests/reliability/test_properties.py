"""Property-based tests: whatever the bytes, dates or JSON, a clear answer and never a crash."""

import datetime as dt
import json
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtracker.domain.dates import Precision
from claimtracker.errors import BadFileError, UserError
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.dates import resolve_date
from claimtracker.importing.claims_json import import_claims_file
from claimtracker.importing.decoding import decode
from claimtracker.storage.database import Database, sqlite_url

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_text_or_a_named_refusal(data):
    try:
        decoded = decode(Path("x.txt"), data)
    except BadFileError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    assert "\r" not in decoded.text and not decoded.text.startswith("\ufeff")


@FAST
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"), max_size=300))
def test_text_encoded_any_usual_way_comes_back_unchanged(text):
    """Written text (no control characters: those make a file binary, and a NUL right after a
    UTF-16 byte-order mark reads as UTF-32) survives UTF-8 and UTF-16."""
    for encoding in ("utf-8", "utf-16"):
        try:
            decoded = decode(Path("x.txt"), text.encode(encoding))
        except BadFileError:
            assert text == ""  # only an empty file is refused
            continue
        assert decoded.text == text


words = st.sampled_from(
    [
        "le",
        "lundi",
        "dernier",
        "31",
        "février",
        "99999",
        "Oct.",
        "3",
        "on",
        "2019",
        "hier",
        "il y a",
        "semaine",
        "mardi",
        "soir",
        "prochain",
        "mars",
        "2020",
        "x",
        "-",
        "'",
        "…",
    ]
)


@FAST
@given(
    st.lists(words, max_size=6).map(" ".join) | st.text(alphabet=string.printable + "éèàç«»’", max_size=40),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))),
)
def test_the_date_resolver_never_raises_and_keeps_the_wording(wording, base):
    date = resolve_date(wording, base)
    assert date.wording == " ".join(wording.split())
    assert (date.value is None) == (date.precision is Precision.UNKNOWN)
    if date.value is not None:
        assert dt.date(1, 1, 1) <= date.value <= dt.date(9999, 12, 31)


def _sheet(claims):
    body = "Le porte-parole a déclaré lundi que les drones étaient iraniens."
    return {
        "format": "claimtracker-claims",
        "articles": [{"id": 1, "title": "t", "body": body}],
        "sources": [{"id": 1, "name": "porte-parole"}],
        "claims": claims,
    }


claim_records = st.fixed_dictionaries(
    {
        "id": st.one_of(st.none(), st.integers(-5, 10**12)),
        "article_id": st.sampled_from([1, 2, "1", None]),
        "span": st.fixed_dictionaries({"start": st.integers(-10, 10**6), "end": st.integers(-10, 10**6)}),
        "quote": st.fixed_dictionaries({"exact": st.sampled_from(["les drones", "", "absent", "lundi"])}),
        "chain": st.lists(
            st.fixed_dictionaries(
                {"id": st.sampled_from([1, 7, None]), "name": st.text(min_size=0, max_size=12)}
            ),
            max_size=3,
        ),
        "credibility": st.sampled_from([None, 1, 6, 7, "x"]),
        "status": st.sampled_from(["unverified", "refuted", "bogus"]),
        "claim_date": st.sampled_from(
            [
                None,
                {"value": "2019-10-03", "precision": "day"},
                {"value": "99999-01-01", "precision": "day"},
                {"value": "x"},
            ]
        ),
    }
)


@FAST
@given(st.lists(claim_records, max_size=4))
def test_any_claim_sheet_imports_what_is_sound_and_names_the_rest(tmp_path_factory, claims):
    folder = tmp_path_factory.mktemp("sheet")
    path = folder / "sheet.json"
    path.write_text(json.dumps(_sheet(claims)), encoding="utf-8")
    db = Database.open(sqlite_url(folder / "db.sqlite"))
    try:
        try:
            report = import_claims_file(db, path)
        except UserError as exc:
            assert str(exc).startswith(str(path))
            return
        assert report.claims + len(report.problems) == len(claims)
        assert all(problem.startswith(str(path)) for problem in report.problems)
        with db.engine.connect() as c:
            stored = c.exec_driver_sql("SELECT count(*) FROM claims").scalar()
            spans = c.exec_driver_sql("SELECT span_start, span_end FROM claims").fetchall()
        assert stored == report.claims
        assert all(0 <= start < end <= 66 for start, end in spans)  # every stored span fits its article
    finally:
        db.close()


# Pieces of news text that the attribution rules react to, in both languages.
news_pieces = st.sampled_from(
    [
        "The minister",
        "Talks failed,",
        " said",
        " told Reuters",
        " the United States",
        " that",
        " on Monday",
        ", according to officials",
        ", speaking on condition of anonymity",
        ' "We will win,"',
        " « Nous gagnerons »",
        ", a déclaré",
        " le ministre",
        " selon la police",
        " a-t-il ajouté",
        " tout en rappelant que",
        ", lui,",
        " s'est dit",
        " dans un communiqué",
        " Interrogé par Le Monde,",
        ". ",
        "\n\n",
        ":",
        ",",
        " the family",
        " last night",
        " « ",
        " »",
        '"',
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(news_pieces, max_size=40), st.sampled_from(["en", "fr"]))
def test_any_mix_of_reporting_words_gives_suggestions_inside_the_text(pieces, language):
    text = "".join(pieces)
    for found in suggest(text, language):
        for span in (found.cue, found.speaker, found.content, found.intermediary):
            assert span is None or 0 <= span.start <= span.end <= len(text)
