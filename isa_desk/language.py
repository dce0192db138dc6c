"""Loads the window's translations (Qt .qm files); the command line reads the same texts
from gettext catalogues without Qt (core/catalogues.py).

Source texts are English; German is the default language. The core's messages are
translated through the same catalogues (see core.i18n). Qt's own catalogue (qtbase) names
keys and standard buttons; ours is asked first, so it can put a key name the way the
office says it ("Eingabe" for Return).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from isa_desk.core import catalogues
from isa_desk.core import i18n as core_i18n
from isa_desk.core.catalogues import DEFAULT_LANGUAGE, LANGUAGES
from isa_desk.core.paths import resource_path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for the translation extractor; Qt asks for it itself."""
    return text


# Key names in menus and tooltips come from Qt ("QShortcut"); these read better in ours.
KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "load", "translate", "uninstall"]

_loaded: list[QTranslator] = []


def qm_path(language: str):
    return resource_path("translations", f"isa_desk_{LANGUAGES[language]}.qm")


def load(language: str | None) -> str:
    """Load the catalogues of `language` (de, en, zh); returns the language in force."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    uninstall()
    own = QTranslator()
    if own.load(str(qm_path(language))):
        _loaded.append(own)
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{LANGUAGES[language]}", qt_folder):
        _loaded.append(qt)
    QLocale.setDefault(QLocale(LANGUAGES[language]))
    if QCoreApplication.instance() is not None:
        for translator in reversed(_loaded):  # the last installed is asked first
            QCoreApplication.installTranslator(translator)
    core_i18n.set_translator(translate, language)
    core_i18n.set_catalogue_loader(catalogues.catalogue)  # a document in a person's language
    return language


def uninstall() -> None:
    if QCoreApplication.instance() is not None:
        for translator in _loaded:
            QCoreApplication.removeTranslator(translator)
    _loaded.clear()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate with the loaded catalogues, also before the application object exists;
    `n` picks the plural form of a text with `%n` and takes its place."""
    for translator in _loaded:
        result = translator.translate(context, text, disambiguation, n)
        if result:
            return core_i18n.with_count(result, n)
    return core_i18n.with_count(text, n)
