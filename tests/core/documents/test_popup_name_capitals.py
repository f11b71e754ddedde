"""The reading a reader's pop-up shows for a word (HTML data-r, the app's word pop-up) is
spelt as the glossary spells it: names capitalised (qa18: the ruby said Lǐ Huá, a tap on
the word said lǐhuá; 张老师 said zhānglǎoshī)."""

from __future__ import annotations

import pytest

from chinese_teach.core.documents.reader import PinyinMode, ReaderOptions, build_reader
from chinese_teach.core.export.reader_html import render_html

TEXT = "我叫王小明，我是张老师的学生。我们下个星期六去北京和上海。我在中国学习汉语。"


@pytest.mark.parametrize(("word", "reading"), [
    ("王小明", "Wáng Xiǎomíng"),
    ("张老师", "Zhāng lǎoshī"),
    ("北京", "Běijīng"),
    ("上海", "Shànghǎi"),
    ("中国", "Zhōngguó"),
    ("汉语", "Hànyǔ"),
    ("学习", "xuéxí"),
    ("学生", "xuésheng"),
])
@pytest.mark.parametrize("pinyin", [PinyinMode.ALL, PinyinMode.NONE])
def test_popup_reading_is_the_glossary_spelling(word, reading, pinyin, engine, dictionary):
    doc = build_reader(TEXT, ReaderOptions(pinyin=pinyin), engine, dictionary, title="T")
    found = [t for para in doc.paragraphs for t in para if t.text == word]
    assert found, [t.text for para in doc.paragraphs for t in para]
    assert {t.reading for t in found} == {reading}
    assert f'data-t="{word}" data-r="{reading}"' in render_html(doc)
