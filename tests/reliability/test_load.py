"""Four writer processes editing the same claims at once, on SQLite (WAL) and PostgreSQL."""

import importlib.util

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("load_test", ROOT / "benchmarks" / "load_test.py")
load_test = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(load_test)


def test_concurrent_edits_are_all_kept_or_refused_never_lost(db):
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    result = load_test.run(url, workers=4, edits=40)
    assert result["acknowledged"] == 160
    assert result["lost"] == 0 and result["unacknowledged_but_stored"] == 0
    assert result["stored"] == 160


def test_four_analysts_creating_the_same_sources_and_editing_one_article_lose_nothing(db):
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    result = load_test.run_registry(url, workers=4, edits=15)
    assert result["sources_stored"] == result["distinct_source_names"] == 50
    assert result["edits_acknowledged"] == 60 and result["lost"] == 0
    assert result["unacknowledged_but_stored"] == 0
