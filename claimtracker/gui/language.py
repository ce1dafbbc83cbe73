"""The interface's language: the system's unless the analyst chose one (View ▸ Language, kept in
the settings; CLAIMTRACKER_LANGUAGE for a session). French loads resources/translations and Qt's
own French (standard buttons, dialogs); numbers then follow the French locale."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from claimtracker.domain.text import use_translator
from claimtracker.resources import RESOURCES

LANGUAGE_VARIABLE = "CLAIMTRACKER_LANGUAGE"  # en | fr | system
LANGUAGE_SETTING = "view/language"
CHOICES = ("system", "en", "fr")


def chosen_language() -> str:
    choice = os.environ.get(LANGUAGE_VARIABLE) or str(QSettings().value(LANGUAGE_SETTING, "system"))
    return choice if choice in CHOICES else "system"


def install_language(app: QCoreApplication) -> str:
    """Install the translators for the chosen (or the system's) language; returns 'fr' or 'en'."""
    choice = chosen_language()
    locale = QLocale.system() if choice == "system" else QLocale(choice)
    language = "fr" if locale.language() == QLocale.Language.French else "en"
    if language == "fr":
        for name, folder in (
            ("claimtracker_fr", str(RESOURCES / "translations")),
            ("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    # The domain's sentences (a fact's summary, a grade's meaning) go through Qt's translator too.
    use_translator(lambda context, text: QCoreApplication.translate(context, text))
    return language
