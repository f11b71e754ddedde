"""One visual system: colours and sizes come from ``gui/theme.py``; its colours are readable."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from chinese_teach.gui import theme

GUI = Path(theme.__file__).resolve().parent
HEX = re.compile(r"(?<![&\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
CSS = re.compile(r"\b(?:font-size|color|background(?:-color)?|border(?:-\w+)?)\s*:", re.I)
RGB = re.compile(r"\brgba?\(", re.I)
SIZE_CALLS = {"setPointSize", "setPointSizeF", "setPixelSize", "setStyleSheet"}
COLOUR_NAMES = {"QColor", "QBrush"}
GLOBAL_COLOURS = {"red", "green", "blue", "black", "white", "gray", "grey", "yellow",
                  "darkGray", "lightGray", "darkRed", "darkGreen", "darkBlue", "cyan",
                  "magenta"}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) or (
        isinstance(node, ast.BinOp) and _is_literal(node.left) and _is_literal(node.right))


def violations(source: str, where: str) -> list[str]:
    """Colours and font sizes set in ``source`` instead of coming from the theme."""
    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and n.body and isinstance(n.body[0], ast.Expr)
                  and isinstance(n.body[0].value, ast.Constant)}
    found: list[str] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            for pattern in (HEX, CSS, RGB):
                if pattern.search(node.value):
                    found.append(f"{where}:{line}: {node.value[:60]!r}")
                    break
        elif isinstance(node, ast.Call):
            name = _name(node.func)
            if name in SIZE_CALLS and node.args and not (
                    name == "setStyleSheet" and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == ""):
                found.append(f"{where}:{line}: {name}(...)")
            elif name in COLOUR_NAMES and node.args and all(_is_literal(a) for a in node.args):
                found.append(f"{where}:{line}: {name} with a literal colour")
        elif isinstance(node, ast.Attribute) and node.attr in GLOBAL_COLOURS and \
                _name(node.value) in ("GlobalColor", "Qt"):
            found.append(f"{where}:{line}: Qt.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module == "chinese_teach.render.fonts" \
                and any(a.name == "chinese_font" for a in node.names):
            found.append(f"{where}:{line}: render.fonts.chinese_font (use theme.chinese_font)")
    return found


def test_no_colour_or_font_size_outside_the_theme_module():
    files = [p for p in GUI.rglob("*.py") if p.name != "theme.py"]
    assert len(files) > 20
    found = [v for p in sorted(files)
             for v in violations(p.read_text(encoding="utf-8"),
                                 str(p.relative_to(GUI.parent.parent)))]
    assert not found, "set these through chinese_teach/gui/theme.py:\n" + "\n".join(found)


def test_the_scan_catches_what_it_should():
    source = (
        '"""A docstring may say color: #fff."""\n'
        "from chinese_teach.render.fonts import chinese_font\n"
        "a = QColor('#ff0000')\n"
        "b = '<span style=\"color:#777\">x</span>'\n"
        "f.setPointSize(13)\n"
        "w.setStyleSheet('QLabel { font-size: 20pt }')\n"
        "c = Qt.GlobalColor.red\n"
        "d = theme.qcolour('muted'); w.setStyleSheet('')\n")
    lines = {int(v.split(":")[1]) for v in violations(source, "probe.py")}
    assert lines == {2, 3, 4, 5, 6, 7}


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_every_text_colour_of_every_theme_reads_at_4_5_to_1(name):
    colours = theme.PALETTES[name]
    assert theme.ensure_pair_contrast(colours) == []
    # the palette the widgets get holds the same colours
    palette = theme.palette_for(colours)
    role = palette.ColorRole
    assert theme.contrast(palette.color(role.Text).name(), palette.color(role.Base).name()) >= 7
    assert theme.contrast(palette.color(role.HighlightedText).name(),
                          palette.color(role.Highlight).name()) >= 4.5


def test_contrast_is_the_wcag_ratio():
    assert round(theme.contrast("#000000", "#ffffff"), 1) == 21.0
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == 1.0


def test_chinese_text_in_lists_tables_and_editors_is_at_least_16_px(qapp):
    from chinese_teach.gui.settings import Preferences
    from chinese_teach.render.fonts import default_chinese_family

    for font_size in (10, 20, 48):
        prefs = Preferences(font_size=font_size)
        for role in ("list", "table", "field", "editor"):
            font = theme.chinese_font(prefs, role)
            assert font.pixelSize() >= theme.CHINESE_MIN_PX, (role, font_size)
            assert font.families()[0] == default_chinese_family()
    assert theme.chinese_font(Preferences(chinese_font="Noto Serif CJK SC"),
                              "list").families()[0] == "Noto Serif CJK SC"


def test_chinese_lists_tables_and_editors_use_the_teaching_font(window):
    from PySide6.QtWidgets import QWidget

    from chinese_teach.render.fonts import default_chinese_family

    library = window.show_page("library")
    library.load_sample()
    editor = library.editor
    widgets = {
        "reader text": window.show_page("readers").editor,
        "saved readers": window.pages["readers"].reader_list,
        "deck words": window.show_page("decks").words_edit,
        "annotate text": window.show_page("annotate").editor,
        "lesson text": editor.text_edit,
        "lesson texts": editor.text_list,
        "vocabulary": editor.vocab_panel.vocab_tree,
        "proposals": editor.vocab_panel.proposal_tree,
        "dictionary search": window.show_page("start").lookup_edit,
    }
    for name, widget in widgets.items():
        assert isinstance(widget, QWidget)
        font = widget.font()
        assert font.families()[0] == default_chinese_family(), name
        assert font.pixelSize() >= theme.CHINESE_MIN_PX, name
    # a bigger reader text size in Preferences grows the editors with it
    window.ctx.set_preferences(window.ctx.prefs.with_changes(font_size=36), save=False)
    assert widgets["reader text"].font().pixelSize() == round((36 - 4) * 4 / 3)
