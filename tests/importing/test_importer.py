import codecs
import shutil

import pytest

from claimtracker.errors import BadFileError
from claimtracker.importing.decoding import MAX_BYTES
from claimtracker.importing.importer import import_paths, parse_file
from claimtracker.storage.articles_repo import get_article, list_articles
from tests.conftest import SEEDS

FRENCH = "Masjidi a déclaré lundi que les visites du général Qaani étaient « secrètes ».\n"


def _errors(report):
    return {e.path.rsplit("/", 1)[-1]: e.problem for e in report.errors}


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        ("bad16.txt", codecs.BOM_UTF16_LE + b"a\x00b", "not valid UTF-16"),
        ("notes.pdf", b"%PDF-1.4", "not a readable PDF"),
        ("notes.odt", b"PK\x03\x04", "unsupported file type '.odt'"),
    ],
)
def test_bad_files_get_one_line_naming_the_file_and_the_rest_is_imported(
    sqlite_db, tmp_path, name, content, problem
):
    (tmp_path / name).write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(FRENCH, encoding="utf-8")
    report = import_paths(sqlite_db, [tmp_path / name, good])
    assert len(report.errors) == 1
    message = str(report.errors[0])
    assert message.startswith(str(tmp_path / name)) and problem in message and "\n" not in message
    assert [a.source_path for a in report.added] == [str(good)]


def test_oversized_files_are_refused_without_reading_them(sqlite_db, tmp_path):
    for name, size, shown in (
        ("big.txt", MAX_BYTES + 1, "10.5 MB"),
        ("huge.html", 50 * 1024 * 1024, "52.4 MB"),
    ):
        path = tmp_path / name
        with path.open("wb") as f:
            f.truncate(size)  # sparse: nothing to read even if we tried
        report = import_paths(sqlite_db, [path])
        assert f"{name}: file too large ({shown}" in str(report.errors[0])


def test_windows_1252_and_utf16_files_keep_their_accents(tmp_path):
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes((FRENCH * 5).encode("cp1252"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes((FRENCH * 5).encode("utf-16"))
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes((FRENCH * 5).replace("\n", "\r\n").encode("utf-8"))
    for path in (cp1252, utf16, crlf):
        assert parse_file(path).body == FRENCH * 5, path


def test_html_gives_the_main_text_without_scripts_or_fetching(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Qaani à Bagdad - Al-Ain</title><meta property='og:site_name' content='Al-Ain'>"
        "<script>document.write('EVIL')</script></head><body><nav>Accueil | Monde</nav><article>"
        f"<h1>Qaani à Bagdad</h1><p>{FRENCH * 3}</p><p>{FRENCH}</p><img src='http://127.0.0.1:9/x.png'>"
        "</article><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    article = parse_file(page)
    assert "Masjidi a déclaré lundi" in article.body
    assert "EVIL" not in article.body and "document.write" not in article.body
    assert article.raw.startswith("<html>")
    assert article.outlet == "Al-Ain"
    assert article.language == "fr"


def test_a_folder_imports_once_and_reimport_changes_nothing(sqlite_db, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "ignored.jpg").write_bytes(b"\xff\xd8")
    first = import_paths(sqlite_db, [corpus])
    assert len(first.added) == 5 and list(_errors(first)) == ["broken.txt"]
    with sqlite_db.reading() as s:
        before = [get_article(s, a.id) for a in first.added]
    (corpus / "copy.txt").write_bytes((SEEDS / "002_d7089af4d349109d.txt").read_bytes())
    second = import_paths(sqlite_db, [corpus])
    assert second.added == [] and len(second.already_there) == 6
    with sqlite_db.reading() as s:
        assert [get_article(s, a.id) for a in first.added] == before
        assert len(list_articles(s)) == 5


def test_cancelling_stops_between_files_and_keeps_what_was_imported(sqlite_db):
    calls = []
    report = import_paths(
        sqlite_db,
        [SEEDS],
        progress=lambda done, total, path: calls.append(done),
        cancelled=lambda: len(calls) >= 2,
    )
    assert report.cancelled and len(report.added) == 2
    with sqlite_db.reading() as s:
        assert len(list_articles(s)) == 2


def test_parse_errors_are_bad_file_errors(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    with pytest.raises(BadFileError):
        parse_file(path)


def test_a_big_folder_is_parsed_by_worker_processes_with_the_same_result(db, tmp_path):
    """Forty files or more are parsed in worker processes: the same articles, the bad file named, in order."""
    from claimtracker.importing import importer

    folder = tmp_path / "dépêches"
    folder.mkdir()

    for i in range(44):
        (folder / f"a{i:02d}.txt").write_text(
            f"Dépêche {i}\n\nLe ministre numéro {i} a déclaré lundi que le pont {i} était fermé.\n",
            encoding="utf-8",
        )
    (folder / "a20-broken.txt").write_bytes(b"\x00\x01binary")
    files = sorted(folder.iterdir())
    assert len(files) >= importer.PARALLEL_FROM
    report = importer.import_paths(db, [folder])
    assert [str(e).split(":")[0] for e in report.errors] == [str(folder / "a20-broken.txt")]
    one_by_one = [importer.parse_file(p) for p in files if p.name != "a20-broken.txt"]
    assert [(a.title, a.body) for a in report.added] == [(a.title, a.body) for a in one_by_one]
