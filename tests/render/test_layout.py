"""Ruby layout: line-breaking rules, centred and non-colliding pinyin, hit-testing."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.text.tokens import Kind
from chinese_teach.render.layout import (
    NO_LINE_END,
    NO_LINE_START,
    LayoutCache,
    RubyStyle,
    TokenRef,
    layout_paragraphs,
)
from chinese_teach.render.painter import paint


def hz(text: str, ruby: tuple[str, ...] | None = None, per_char: bool = True) -> DisplayToken:
    syl = ruby if ruby is not None else tuple("ma1" for _ in text)
    return DisplayToken(text, Kind.HANZI, ruby=syl, ruby_tones=(1,) * len(syl),
                        tones=(1,) * len(text), syllables=syl, per_char=per_char)


def pu(text: str) -> DisplayToken:
    return DisplayToken(text, Kind.PUNCT)


@pytest.fixture
def style(qapp) -> RubyStyle:
    return RubyStyle.create(size=16, first_line_indent=0)


def test_no_line_starts_or_ends_with_forbidden_punctuation(style):
    tokens = []
    for _ in range(30):
        tokens += [pu("「"), hz("你好"), pu("」"), hz("我"), pu("，"), hz("他们"), pu("。")]
    layout = layout_paragraphs([tokens], style, 200)
    assert len(layout.lines) > 5
    for line in layout.lines:
        text = line.text()
        assert text[0] not in NO_LINE_START, text
        assert text[-1] not in NO_LINE_END, text
    assert "".join(ln.text() for ln in layout.lines) == "".join(t.text for t in tokens)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["你", "好", "，", "。", "「", "」", "（", "）", "很长的词", "！"]),
                min_size=1, max_size=80),
       st.integers(min_value=60, max_value=400))
def test_kinsoku_property(qapp, pieces, width):
    style = RubyStyle.create(size=12, first_line_indent=0)
    tokens = [hz(p) if p[0] not in "，。「」（）！" else pu(p) for p in pieces]
    layout = layout_paragraphs([tokens], style, width)
    assert "".join(ln.text() for ln in layout.lines) == "".join(pieces)
    for i, line in enumerate(layout.lines):
        text = line.text()
        if not text:
            continue
        if i > 0:  # the paragraph itself may start with a closing mark
            assert text[0] not in NO_LINE_START, (i, text)
        if i < len(layout.lines) - 1:
            assert text[-1] not in NO_LINE_END, (i, text)


def test_pinyin_centred_and_never_collides(style):
    long = ("zhuang1",) * 3  # pinyin wider than the hanzi
    tokens = [hz("床床床", long), hz("一", ("yi1",)), hz("双双", ("shuang1", "shuang1"))]
    layout = layout_paragraphs([tokens], style, 1000)
    spans = []
    for box in layout.lines[0].boxes:
        for cell in box.cells:
            rw = style.ruby.width("".join(cell.ruby))
            left = box.x + cell.x + cell.ruby_x
            spans.append((left, left + rw))
            # the pinyin centred over its hanzi (it may overhang the cell); a word whose
            # syllables would touch has them centred over the word instead (qa20)
            if len(box.cells) == 1:
                bw = style.hanzi.width(cell.base)
                assert abs((cell.ruby_x + rw / 2) - (cell.base_x + bw / 2)) < 0.01
    for (_, right), (left, _) in itertools.pairwise(spans):
        assert left - right >= style.ruby_gap * style.ruby.height * 0.99


def test_per_word_ruby_is_one_cell_centred_over_the_word(style):
    tok = hz("银行", ("yín", "háng"), per_char=False)
    layout = layout_paragraphs([[tok]], style, 500)
    (box,) = layout.lines[0].boxes
    assert len(box.cells) == 1
    assert box.cells[0].ruby == ("yín", "háng")


def test_token_at_and_rect(style):
    tokens = [hz("我"), hz("喜欢"), pu("，"), hz("中文")]
    layout = layout_paragraphs([tokens, [hz("你好")]], style, 500)
    rect = layout.token_rect(TokenRef(0, 1))
    assert rect is not None
    assert layout.token_at(rect.center()) == TokenRef(0, 1)
    rect2 = layout.token_rect(TokenRef(1, 0))
    assert rect2 is not None and rect2.top() > rect.bottom() - 0.01
    assert layout.token_at(rect2.center()) == TokenRef(1, 0)
    assert layout.token_at(QPointF(-50, -50)) is None


def test_cache_reuses_unchanged_paragraphs(style):
    cache = LayoutCache()
    paras = [[hz("你好")], [hz("我们")]]
    layout_paragraphs(paras, style, 300, cache=cache)
    assert len(cache._items) == 2
    layout_paragraphs([paras[0], [hz("他们")]], style, 300, cache=cache)
    assert len(cache._items) == 3


def test_numbering_gutter(qapp):
    style = RubyStyle.create(size=14, numbering="paragraph")
    layout = layout_paragraphs([[hz("你好")], [hz("我们")]], style, 300)
    assert [ln.number for ln in layout.lines] == ["1", "2"]
    assert layout.text_left > 0


def test_paint_draws_colours(qapp):
    style = RubyStyle.create(size=20, first_line_indent=0,
                             tone_colors={1: "#ff0000", 2: "#00aa00", 3: "#0000ff",
                                          4: "#aa00aa", 5: "#777777"})
    layout = layout_paragraphs([[hz("妈妈")]], style, 200)
    img = QImage(400, int(layout.height * 2) + 4, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.scale(2, 2)
    paint(p, layout, clip=QRectF(0, 0, 200, 200))
    p.end()
    reds = sum(
        1 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)
        if QColor(img.pixel(x, y)).red() > 200 and QColor(img.pixel(x, y)).green() < 80
    )
    assert reds > 20


def test_overlong_words_are_cut_to_the_line(style):
    url = DisplayToken("https://example.com/" + "a" * 120, Kind.LATIN)
    idiom = hz("一" * 40)
    layout = layout_paragraphs([[hz("看"), url, idiom]], style, 200)
    for line in layout.lines:
        right = max(b.x + b.width for b in line.boxes)
        assert right <= 200 + 0.01, line.text()
    assert "".join(ln.text() for ln in layout.lines) == "看" + url.text + idiom.text
    indented = RubyStyle.create(size=16, first_line_indent=2)
    layout = layout_paragraphs([[url]], indented, 200)
    assert layout.lines[0].text()  # no line holding only the indent


def test_unsure_words_are_dotted_on_screen_only(qapp):
    from dataclasses import replace as dc_replace

    style = RubyStyle.create(size=30, first_line_indent=0)
    tok = dc_replace(hz("行"), unsure=True)
    layout = layout_paragraphs([[tok]], style, 200)

    def oranges(mark: bool) -> int:
        img = QImage(200, int(layout.height) + 10, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        paint(p, layout, mark_unsure=mark)
        p.end()
        return sum(1 for x in range(img.width()) for y in range(img.height())
                   if (c := QColor(img.pixel(x, y))).red() > 180 and 80 < c.green() < 160
                   and c.blue() < 60)

    assert oranges(True) > 3
    assert oranges(False) == 0


def test_justification_keeps_punctuation_against_its_word(style):
    tokens = []
    for _ in range(12):
        tokens += [hz("你好"), pu("，"), pu("「"), hz("我们"), pu("」"), hz("走"), pu("。")]
    layout = layout_paragraphs([tokens], style, 230)
    for line in layout.lines[:-1]:
        boxes = line.boxes
        for a, b in itertools.pairwise(boxes):
            first = b.cells[0].base[:1]
            last = a.cells[-1].base[-1:]
            if first in NO_LINE_START or last in NO_LINE_END:
                assert abs(a.x + a.width - b.x) < 0.01, line.text()


@pytest.mark.parametrize("width", [190, 215, 240, 265, 290, 315, 340])
def test_email_and_phone_never_cut_across_lines_in_a_reader(qapp, engine, dictionary, width):
    """The reader joins an e-mail address and a phone number into one box: whatever the
    width, each sits whole on one line."""
    from chinese_teach.core.documents.reader import ReaderOptions, build_reader

    text = ("老师的邮箱是 wang.xiaoming@example.com，电话是 +86 138 1234 5678，"
            "办公室电话 010-6275-1234。")
    doc = build_reader(text, ReaderOptions(), engine, dictionary)
    style = RubyStyle.create(size=12, first_line_indent=0)
    layout = layout_paragraphs(doc.paragraphs, style, width)
    lines = ["".join(c.base for b in line.boxes for c in b.cells)
             for line in layout.lines]
    for whole in ("wang.xiaoming@example.com", "+86 138 1234 5678", "010-6275-1234"):
        assert sum(whole in line for line in lines) == 1, (whole, lines)


def test_english_lines_are_not_justified_into_huge_gaps(style):
    """A justified line with few places to stretch stays ragged instead of opening gaps
    of several characters between English words (a .docx with English instructions)."""
    from chinese_teach.render.layout import MAX_STRETCH

    def la(text: str) -> DisplayToken:
        return DisplayToken(text, Kind.LATIN)

    words = ["Read", "it", "aloud", "with", "a", "partner", "then", "notwithstanding",
             "internationalization"]
    tokens = []
    for w in words:
        tokens += [la(w), DisplayToken(" ", Kind.SPACE)]
    for width in range(160, 420, 20):
        layout = layout_paragraphs([tokens], style, width)
        for line in layout.lines[:-1]:
            boxes = line.boxes
            for a, b in itertools.pairwise(boxes):
                gap = b.x - (a.x + a.width)
                assert gap <= style.size * MAX_STRETCH + 0.01, (width, gap)


def test_hanzi_keep_an_even_grid_and_pinyin_moves_them_apart_only_where_it_must(style):
    """Printed textbooks keep the characters of a line on an even grid and fit the pinyin
    to them; only two long syllables side by side push their characters apart."""
    short = [hz("星期六", ("xīng", "qī", "liù")), hz("一", ("yī",)), hz("天", ("tiān",))]
    layout = layout_paragraphs([short], style, 1000)
    xs = [box.x + cell.x + cell.base_x for box in layout.lines[0].boxes for cell in box.cells]
    step = style.hanzi.width("星")
    assert all(abs((b - a) - step) < 0.01 for a, b in itertools.pairwise(xs)), xs
    crowded = [hz("张", ("zhāng",)), hz("中国", ("Zhōng", "guó"))]
    layout = layout_paragraphs([crowded], style, 1000)
    cells = [(box, cell) for box in layout.lines[0].boxes for cell in box.cells]
    (b0, c0), (b1, c1), _ = cells
    zhang_right = b0.x + c0.x + c0.ruby_x + style.ruby.width("zhāng")
    zhong_left = b1.x + c1.x + c1.ruby_x
    gap = style.ruby_gap * style.ruby.height
    assert abs(zhong_left - zhang_right - gap) < 0.01  # apart by the gap, no more


@pytest.mark.parametrize(("text", "ruby"), [
    ("售票员", ("shòu", "piào", "yuán")),
    ("小王", ("Xiǎo", "Wáng")),
    ("上海", ("Shàng", "hǎi")),
    ("多少", ("duō", "shao")),
    ("双双", ("shuāng", "shuāng")),
    ("床床床", ("zhuang1",) * 3),
    ("广场", ("guǎng", "chǎng")),
    ("长江", ("Cháng", "jiāng")),
])
def test_a_words_characters_stay_together_under_wide_pinyin(style, text, ruby):
    """qa20: where a word's syllables are wider than its characters, the reader PDF pushed
    the characters apart (售 票 员, 小 王); they stay side by side, the syllables set side
    by side and centred over the word, apart by the pinyin gap."""
    layout = layout_paragraphs([[hz("我"), hz(text, ruby), hz("了")]], style, 1000)
    box = layout.lines[0].boxes[1]
    step = style.hanzi.width("星")
    xs = [cell.x + cell.base_x for cell in box.cells]
    assert all(abs((b - a) - step) < 0.01 for a, b in itertools.pairwise(xs)), xs
    end = box.cells[-1].x + box.cells[-1].width
    assert abs(end - step * len(text)) < 0.01
    spans = [(c.x + c.ruby_x, c.x + c.ruby_x + style.ruby.width("".join(c.ruby)))
             for c in box.cells]
    gap = style.ruby_gap * style.ruby.height
    for (_, right), (left, _) in itertools.pairwise(spans):
        assert left - right >= gap * 0.99
    middle = (spans[0][0] + spans[-1][1]) / 2
    if any(b[0] - a[1] < gap * 1.5 for a, b in itertools.pairwise(spans)):
        assert abs(middle - end / 2) < 0.01  # the syllables centred over the word
