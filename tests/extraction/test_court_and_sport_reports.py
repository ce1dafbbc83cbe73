"""Court, sport and business reports: a quotation inside what was said, an act of reporting that
claims nothing new, and the relays those pages use.

The sentences were written for these tests (project's own text), in the manner of the dev
articles tests/data/written_dev/en_dt_trial.txt, en_dt_football.txt and en_relay_tech.txt.
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _found


def test_a_quotation_inside_what_was_said_stays_in_it_and_a_when_clause_names_no_speaker():
    text = (
        "In a statement read to the court, a former carer said she had been told to "
        '"stop making a fuss" when she reported the problems.'
    )
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]
    assert (
        _found(text, "en", "said")["content"]
        == 'she had been told to "stop making a fuss" when she reported the problems'
    )


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("He reported the incident to police.", None),
        ("Residents reported the smell to the council.", None),
        ("Workers had reported cracks in the tunnel weeks before the collapse.", "cracks in the tunnel"),
        ("Hospitals reported a sharp rise in admissions.", "a sharp rise in admissions"),
    ],
)
def test_reporting_what_the_text_already_named_claims_nothing_new(text, claimed):
    contents = [s.texts(text)["content"] for s in suggest(text, "en")]
    if claimed is None:
        assert contents == []
    else:
        assert len(contents) == 1 and contents[0].startswith(claimed)
