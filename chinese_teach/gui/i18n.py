"""The interface language: Qt translators from ``resources/i18n``, switched at run time.

The app's strings live in ``resources/i18n/chinese_teach_<code>.ts`` (made by
``packaging/update_translations.py`` with ``pyside6-lupdate``) and are loaded from
the compiled ``.qm`` next to them. Qt's own strings (standard buttons, file
dialogs) come from the ``qtbase_<code>.qm`` files shipped with PySide6.

:func:`set_language` can be called while windows are open: it swaps the
translators and then re-translates the texts already on screen. Widgets built
with ``self.tr(...)`` do not remember their source text, so the switch looks each
shown text up in the catalogue of the previous language (including texts made
from a template such as ``"{n} words"``) and replaces it by the new language's
translation. A text that two sources share in one language (French "Annuler" for
both Undo and Cancel) is decided by the translation contexts of the widget showing
it and of its parents (:func:`translation_contexts`). Widgets that define
``retranslate_ui()`` are asked to redo their own texts as well, and Qt delivers the
usual ``LanguageChange`` event.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QGuiApplication

from chinese_teach import paths
from chinese_teach.core import labels

log = logging.getLogger("chinese_teach.gui")

#: File name stem of the app's catalogues: ``chinese_teach_zh_CN.qm``.
CATALOGUE = "chinese_teach"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Language:
    """A language the interface is shipped in."""

    code: str  # Qt locale name: "zh_CN", "es"
    native_name: str  # how the language names itself in the language menu
    english_name: str
    rtl: bool = False


#: Every shipped language, the source language first. A code listed here must have a
#: complete catalogue (tests/gui/test_i18n.py fails otherwise).
LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English"),
        Language("zh_CN", "简体中文", "Chinese (Simplified)"),
        Language("es", "Español", "Spanish"),
        Language("fr", "Français", "French"),
        Language("ru", "Русский", "Russian"),
    )
}
#: Languages written right to left: the whole layout is mirrored for them.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})


def translations_dir() -> Path:
    """The folder holding the app's ``.ts`` sources and compiled ``.qm`` files."""
    return paths.resource("i18n")


def catalogue_path(code: str, suffix: str = ".qm") -> Path:
    """``resources/i18n/chinese_teach_<code><suffix>``."""
    return translations_dir() / f"{CATALOGUE}_{code}{suffix}"


def normalise(code: str) -> str:
    """``"zh-CN"``, ``"zh_Hans_CN"`` or ``"zh"`` -> ``"zh_CN"``; ``"es_MX"`` -> ``"es"``.

    A code that matches no shipped language is returned in Qt's form unchanged
    (Qt's own strings may still exist for it).
    """
    text = code.strip().replace("-", "_")
    if not text:
        return ""
    if text in LANGUAGES:
        return text
    lang = text.split("_")[0].lower()
    if lang == "zh":
        return "zh_CN"  # the only Chinese shipped; traditional-script teachers read it too
    for known in LANGUAGES:
        if known.split("_")[0] == lang:
            return known
    return QLocale(text).name() if QLocale(text).language() != QLocale.Language.C else text


def system_language() -> str:
    """The shipped language closest to the system's preferred UI languages (else English)."""
    for name in QLocale.system().uiLanguages():
        code = normalise(name)
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(code: str | None) -> str:
    """The language to use for a ``--lang`` value or preference (empty: the system's)."""
    return normalise(code) if code else system_language()


def is_rtl(code: str) -> bool:
    """True for languages written right to left (Arabic, Hebrew, ...)."""
    return code.split("_", maxsplit=1)[0] in RTL_LANGUAGES or (
        code in LANGUAGES and LANGUAGES[code].rtl
    )


# -- catalogue of source texts ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Message:
    """One translatable text: its context (class name) and source."""

    context: str
    source: str
    comment: str = ""


@lru_cache(maxsize=4)
def _read_messages(folder: str) -> tuple[Message, ...]:
    found: dict[tuple[str, str, str], Message] = {}
    for ts in sorted(Path(folder).glob(f"{CATALOGUE}_*.ts")):
        for msg in read_ts(ts):
            found.setdefault((msg[0].context, msg[0].source, msg[0].comment), msg[0])
    return tuple(found.values())


def messages() -> tuple[Message, ...]:
    """Every translatable text of the app (read from the ``.ts`` sources)."""
    return _read_messages(str(translations_dir()))


def read_ts(path: Path) -> list[tuple[Message, str, str]]:
    """``(message, translation, type)`` for each message of a ``.ts`` file.

    ``type`` is Qt Linguist's translation type: ``""`` (finished), ``"unfinished"``,
    ``"vanished"`` or ``"obsolete"``.
    """
    root = ET.parse(path).getroot()
    out: list[tuple[Message, str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            if tr is None:
                text, kind = "", "unfinished"
            else:
                forms = tr.findall("numerusform")
                text = forms[0].text or "" if forms else tr.text or ""
                kind = tr.get("type", "")
            out.append((Message(name, source, comment), text, kind))
    return out


# -- installing translators -------------------------------------------------------------
class _State:
    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE
        self.translators: list[QTranslator] = []


_state = _State()


def current_language() -> str:
    """The language code in use (``"en"`` before any translator is installed)."""
    return _state.language


def install(app: QCoreApplication, code: str | None) -> list[QTranslator]:
    """Install Qt's and the app's translators for ``code`` (None: the system language).

    Translators installed by an earlier call are removed first. Returns the
    translators now installed (empty for English).
    """
    for old in _state.translators:
        app.removeTranslator(old)
    _state.translators = []
    language = resolve(code)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name, folder in (("qtbase", qt_dir), (CATALOGUE, str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    files = ", ".join(Path(t.filePath()).name for t in installed) or "none"
    log.info("interface language: %s (translations: %s)", language, files)
    _state.translators = installed
    _state.language = language
    # the core's own messages (errors, the timing warning) follow the interface
    labels.set_message_language(language)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
    return installed


def set_language(code: str | None) -> str:
    """Switch the interface language now, re-translating every open window.

    Returns the language code applied.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    before = _translations()
    plurals = _plural_templates()
    install(app, code)
    after = _translations()
    retranslate_open_windows(before, after, plurals)
    return _state.language


def _translations() -> dict[Message, str]:
    """Every text of the interface in the current language: Qt's catalogue, and the
    core's names the interface shows (standards, scripts, stages, statuses, templates),
    from the message catalogue under the context ``catalogue``."""
    qt = {
        m: QCoreApplication.translate(m.context, m.source, m.comment or None)
        for m in messages() if "%n" not in m.source
    }
    return qt | {Message("catalogue", key): labels.label(key) for key in _core_names()}


@lru_cache(maxsize=1)
def _core_names() -> tuple[str, ...]:
    """The message catalogue keys of the core's names shown in the interface."""
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.core.library.models import Stage, Status
    from chinese_teach.core.library.templates import TEMPLATES
    from chinese_teach.core.text.scripts import Script

    return (*(f"standard.{s.value}" for s in Standard), *(f"script.{s.value}" for s in Script),
            *(f"plan.stage.{s.value}" for s in Stage), *(f"plan.status.{s.value}" for s in Status),
            *(f"template.name.{name}" for name in TEMPLATES))



def _plural_templates() -> list[tuple[Message, str]]:
    """Each plural form of the ``%n`` messages in the current language, as ``{n}``
    templates ("{n} résultat", "{n} résultats")."""
    out: list[tuple[Message, str]] = []
    for m in messages():
        if "%n" not in m.source:
            continue
        for n in (1, 2, 5):  # one of each form in the languages shipped (Russian has three)
            text = QCoreApplication.translate(m.context, m.source, m.comment or None, n)
            template = re.sub(rf"(?<!\d){n}(?!\d)", "{n}", text, count=1)
            if "{n}" in template and (m, template) not in out:
                out.append((m, template))
    return out


# -- re-translating what is on screen ---------------------------------------------------
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Retranslator:
    """Maps a text shown in the old language to the same text in the new one."""

    def __init__(self, before: dict[Message, str], after: dict[Message, str],
                 plurals: list[tuple[Message, str]] | None = None) -> None:
        exact: dict[str, set[str]] = {}
        #: (pattern of the old text, new template, context), most fixed text first
        self.templates: list[tuple[re.Pattern[str], str, str]] = []
        #: the templates with the length of their fixed text, for sorting
        found: list[tuple[int, tuple[re.Pattern[str], str, str]]] = []
        #: ("{n} results" pattern, message): translated again with the number found
        self.plurals: list[tuple[re.Pattern[str], Message]] = []
        for msg, template in plurals or []:
            pattern = _template_pattern(template)
            if pattern is not None:
                self.plurals.append((re.compile(pattern.pattern.replace(
                    "(?P<n>.+?)", r"(?P<n>\d+)")), msg))
        in_context: dict[tuple[str, str], set[str]] = {}
        for msg, old in before.items():
            new = after.get(msg, msg.source)
            if old == new or not old:
                continue
            if _PLACEHOLDER.search(old):
                pattern = _template_pattern(old)
                if pattern is not None and set(_PLACEHOLDER.findall(new)) <= set(
                    pattern.groupindex
                ):
                    found.append((len(_PLACEHOLDER.sub("", old)), (pattern, new, msg.context)))
            else:
                exact.setdefault(old, set()).add(new)
                in_context.setdefault((msg.context, old), set()).add(new)
        #: old text -> new text, for texts that have one translation whatever their context
        self.exact = {old: news.pop() for old, news in exact.items() if len(news) == 1}
        #: (context, old text) -> new text, for a text whose translation depends on where
        #: it is shown (French "Annuler" is "Undo" in the library and "Cancel" in a dialog)
        self.in_context = {key: news.pop() for key, news in in_context.items()
                           if len(news) == 1 and key[1] not in self.exact}
        # "共 {n} 页" before "{pages} 页": the template with more fixed text is the more
        # specific one (the other would take "共 0" for its page count)
        found.sort(key=lambda f: -f[0])
        self.templates = [template for _fixed, template in found]
        self._templates_of: dict[str, list[tuple[re.Pattern[str], str, str]]] = {}
        for template in self.templates:
            self._templates_of.setdefault(template[2], []).append(template)

    def __call__(self, text: str, contexts: Sequence[str] = ()) -> str | None:
        """The new text for ``text``, or None when it is not a known translation.

        ``contexts`` are the translation contexts of the widget showing the text, nearest
        first; they decide between the translations of a text shared by two sources.
        """
        if not text:
            return None
        if text in self.exact:
            return self.exact[text]
        if self.in_context:
            for context in contexts:
                found = self.in_context.get((context, text))
                if found is not None:
                    return found
        for pattern, msg in self.plurals:
            match = pattern.fullmatch(text)
            if match:
                return QCoreApplication.translate(msg.context, msg.source, msg.comment or None,
                                                  int(match.group("n")))
        if "{" in text or len(self.templates) == 0:
            return None
        near = [t for context in contexts for t in self._templates_of.get(context, ())]
        for pattern, new, _context in (*near, *self.templates):
            match = pattern.fullmatch(text)
            if match:
                return _fill(new, match.groupdict())
        return None


def _fill(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _template_pattern(text: str) -> re.Pattern[str] | None:
    parts: list[str] = []
    seen: set[str] = set()
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        parts.append(re.escape(text[pos:m.start()]))
        name = m.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        pos = m.end()
    parts.append(re.escape(text[pos:]))
    try:
        return re.compile("".join(parts), re.DOTALL)
    except re.error:
        return None


def _widgets() -> Iterator[QObject]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        yield from app.allWidgets()


def retranslate_open_windows(before: dict[Message, str], after: dict[Message, str],
                             plurals: list[tuple[Message, str]] | None = None) -> int:
    """Replace the texts of every live widget and action; returns how many changed."""
    from PySide6.QtWidgets import QApplication

    convert = Retranslator(before, after, plurals)
    changed = 0
    actions: set[int] = set()
    hooks = []
    for widget in list(_widgets()):
        changed += retranslate_widget(widget, convert)
        for action in widget.actions():
            if id(action) not in actions:
                actions.add(id(action))
                changed += _retranslate_action(action, convert)
        hook = getattr(widget, "retranslate_ui", None)
        if callable(hook):
            hooks.append(hook)
    for hook in hooks:
        hook()
    app = QApplication.instance()
    if app is not None:
        for window in QApplication.topLevelWidgets():
            window.update()
    return changed


def translation_contexts(obj: QObject) -> list[str]:
    """The translation contexts a text shown by ``obj`` may come from, nearest first.

    ``self.tr()`` files a text under its class's name, module-level helpers under the
    module's name (``tasks``, ``pages``), and lupdate files a module-level ``tr()`` call
    under the empty context. A widget's texts are usually set by itself or by the page
    or dialog that holds it, so the classes of the widget and of its parents are listed.
    """
    out: list[str] = []
    node: QObject | None = obj
    while node is not None:
        for cls in type(node).__mro__:
            if not cls.__module__.startswith("chinese_teach"):
                continue
            for name in (cls.__name__, cls.__module__.rsplit(".", 1)[-1]):
                if name not in out:
                    out.append(name)
        node = node.parent()
    out.extend(name for name in ("actions", "") if name not in out)
    return out


def _retranslate_action(action: QAction, convert: Retranslator) -> int:
    n = 0
    contexts = translation_contexts(action)
    for getter, setter in (("text", "setText"), ("toolTip", "setToolTip"),
                           ("statusTip", "setStatusTip"), ("iconText", "setIconText")):
        new = convert(getattr(action, getter)(), contexts)
        if new is not None:
            getattr(action, setter)(new)
            n += 1
    return n


def retranslate_widget(widget, convert: Retranslator) -> int:
    """Re-translate the texts one widget shows; returns how many changed."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QToolBox,
        QTreeWidget,
    )

    n = 0
    contexts = translation_contexts(widget) if convert.in_context else []

    def swap(getter, setter) -> None:
        nonlocal n
        new = convert(getter(), contexts)
        if new is not None:
            setter(new)
            n += 1

    swap(widget.windowTitle, widget.setWindowTitle)
    swap(widget.toolTip, widget.setToolTip)
    swap(widget.statusTip, widget.setStatusTip)
    swap(widget.whatsThis, widget.setWhatsThis)
    swap(widget.accessibleName, widget.setAccessibleName)
    swap(widget.accessibleDescription, widget.setAccessibleDescription)
    if isinstance(widget, QLabel | QAbstractButton):
        swap(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox | QMenu):
        swap(widget.title, widget.setTitle)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        swap(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            swap(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
        if widget.lineEdit() is not None:
            swap(widget.lineEdit().placeholderText, widget.lineEdit().setPlaceholderText)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            swap(lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t))
            swap(lambda i=i: widget.tabToolTip(i), lambda t, i=i: widget.setTabToolTip(i, t))
    elif isinstance(widget, QToolBox):
        for i in range(widget.count()):
            swap(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for col in range(header.columnCount()):
            swap(lambda c=col: header.text(c), lambda t, c=col: header.setText(c, t))
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            swap(item.text, item.setText)
            swap(item.toolTip, item.setToolTip)
    if isinstance(widget, QAbstractSpinBox):
        for prop in ("prefix", "suffix", "specialValueText"):
            getter = getattr(widget, prop, None)
            if getter is not None:
                swap(getter, getattr(widget, "set" + prop[0].upper() + prop[1:]))
    if hasattr(widget, "horizontalHeaderItem") and hasattr(widget, "columnCount"):
        for col in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(col)
            if item is not None:
                swap(item.text, item.setText)
    return n


# -- texts translated through a variable ------------------------------------------------
# Some labels are defined where Qt cannot be imported (``core/``) or in tables, and the
# GUI translates them with ``self.tr(label)``. lupdate only sees literal strings, so
# they are marked here, in the context of the class that translates them.
INDIRECT_TEXTS: tuple[str, ...] = (
    # core/text/tonecolors.py scheme names (PreferencesDialog: self.tr(s.name))
    QT_TRANSLATE_NOOP("PreferencesDialog", "Standard (red, green, blue, purple, grey)"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "MDBG (red, orange, green, blue, black)"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Colour-blind safe (Okabe-Ito)"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "High contrast"),
    # gui/widgets/deck_source_picker.py SOURCES, gui/pages/decks.py FORMATS and
    # core/export/anki/note_type.py CardType
    QT_TRANSLATE_NOOP("DecksPage", "Words typed or pasted"),
    QT_TRANSLATE_NOOP("DecksPage", "Word file (.txt, .csv)"),
    QT_TRANSLATE_NOOP("DecksPage", "New words of a reader"),
    QT_TRANSLATE_NOOP("DecksPage", "A lesson's vocabulary"),
    QT_TRANSLATE_NOOP("DecksPage", "A whole course (one subdeck per lesson)"),
    QT_TRANSLATE_NOOP("DecksPage", "Anki deck (.apkg)"),
    QT_TRANSLATE_NOOP("DecksPage", "Pleco flashcards (.txt)"),
    QT_TRANSLATE_NOOP("DecksPage", "Quizlet import (.txt)"),
    QT_TRANSLATE_NOOP("DecksPage", "Spreadsheet (.csv)"),
    QT_TRANSLATE_NOOP("DecksPage", "Spreadsheet (.tsv)"),
    QT_TRANSLATE_NOOP("DecksPage", "Printable vocabulary list (.pdf)"),
    QT_TRANSLATE_NOOP("DecksPage", "Anki deck (*.apkg)"),
    QT_TRANSLATE_NOOP("DecksPage", "Text files (*.txt)"),
    QT_TRANSLATE_NOOP("DecksPage", "CSV files (*.csv)"),
    QT_TRANSLATE_NOOP("DecksPage", "TSV files (*.tsv)"),
    QT_TRANSLATE_NOOP("DecksPage", "PDF files (*.pdf)"),
    QT_TRANSLATE_NOOP("DecksPage", "Recognition (hanzi → pinyin, meaning)"),
    QT_TRANSLATE_NOOP("DecksPage", "Recall (meaning → hanzi)"),
    QT_TRANSLATE_NOOP("DecksPage", "Listening (audio → hanzi)"),
    QT_TRANSLATE_NOOP("DecksPage", "Sentence (fill the word into its example)"),
    QT_TRANSLATE_NOOP("DecksPage", "Recognition"),
    QT_TRANSLATE_NOOP("DecksPage", "Recall"),
    QT_TRANSLATE_NOOP("DecksPage", "Listening"),
    QT_TRANSLATE_NOOP("DecksPage", "Sentence"),
    # gui/pages/readers.py EXPORTS file filters
    QT_TRANSLATE_NOOP("ReadersPage", "PDF (*.pdf)"),
    QT_TRANSLATE_NOOP("ReadersPage", "Web page (*.html)"),
    QT_TRANSLATE_NOOP("ReadersPage", "Word document (*.docx)"),
    # gui/pages/dictionary.py: inside f-strings, which lupdate does not read
    QT_TRANSLATE_NOOP("DictionaryPage", "Classifiers:"),
    QT_TRANSLATE_NOOP("DictionaryPage", "Variants:"),
    QT_TRANSLATE_NOOP("DictionaryPage", "HSK level"),
)
