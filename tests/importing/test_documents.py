"""PDF and DOCX articles: their text imported with the same proposed metadata; a scan without a
text layer refused with a message saying what to do; a pasted article stored once."""

from __future__ import annotations

import docx
from pypdf import PdfWriter

from claimtracker.gui.pdf_export import print_pdf
from claimtracker.importing.importer import import_paths, parse_file
from claimtracker.library import Library

ARTICLE = (
    "Iran Focus, Bagdad, le 29 janvier 2023 – Des sources de la résistance iranienne ont déclaré "
    "à Iran Focus qu'un groupe militaire irakien envoie ses rapports au commandement de la Force Qods."
)


def test_pdf_text_layer_and_docx_paragraphs_become_articles(qapp, sqlite_db, tmp_path):
    print_pdf(f"<h1>Rapport</h1><p>{ARTICLE}</p>", tmp_path / "rapport.pdf", "Rapport secret")
    document = docx.Document()
    document.core_properties.title = "Note de synthèse"
    document.add_paragraph(ARTICLE)
    document.save(tmp_path / "note.docx")
    report = import_paths(sqlite_db, [tmp_path])
    assert not report.errors and len(report.added) == 2
    pdf, note = (
        sorted(report.added, key=lambda a: a.source_path)[1],
        sorted(report.added, key=lambda a: a.source_path)[0],
    )
    assert "groupe militaire irakien envoie ses rapports" in pdf.body and pdf.language == "fr"
    assert pdf.title == "Rapport secret" and note.title == "Note de synthèse"
    (tmp_path / "same.txt").write_text(ARTICLE, encoding="utf-8")
    as_text = parse_file(tmp_path / "same.txt")
    assert note.body == ARTICLE and (note.published, note.outlet) == (as_text.published, as_text.outlet)
    again = import_paths(sqlite_db, [tmp_path / "rapport.pdf", tmp_path / "note.docx"])
    assert len(again.already_there) == 2 and not again.added  # the same files again: nothing new


def test_a_scanned_pdf_without_text_is_refused_with_what_to_do(sqlite_db, tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(tmp_path / "scan.pdf", "wb") as out:
        writer.write(out)
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    report = import_paths(sqlite_db, [tmp_path / "scan.pdf", tmp_path / "broken.docx"])
    messages = sorted(str(e) for e in report.errors)
    assert messages[0].endswith("broken.docx: not a readable DOCX (not a Word document, or damaged)")
    assert "scan.pdf: the PDF has no text layer (a scan?): run it through OCR first" in messages[1]


def test_a_pasted_web_page_keeps_its_text_and_is_stored_once(sqlite_db):
    library = Library(sqlite_db, analyst="amina")
    html = f"<html><head><title>Iran Focus</title></head><body><nav>Menu Accueil</nav><article><p>{ARTICLE}</p></article></body></html>"
    article = library.article_from_clipboard(ARTICLE, html)
    assert "groupe militaire irakien" in article.body and "Menu Accueil" not in article.body
    stored, created = library.paste_article(article)
    again, created_again = library.paste_article(article)
    assert created and not created_again and again.id == stored.id
    assert [h.action for h in library.history("article", stored.id)] == ["paste"]
