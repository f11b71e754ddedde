"""A reader in Word, opened in LibreOffice: the pinyin of neighbouring characters and
words stays apart (LibreOffice does not widen hanzi under a wider phonetic guide)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from chinese_teach.core.documents.reader import ReaderOptions, build_reader
from chinese_teach.core.export.reader_docx import export_docx

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
TEXT = "同学们，我们明天在学校门口见面。\n我们上个星期六一起去参观了博物馆。"


def _text_in_libreoffice(doc, tmp_path) -> str:
    """The reader exported to Word, converted to PDF by LibreOffice, read back as text."""
    src = tmp_path / "reader.docx"
    export_docx(doc, src, timestamp=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
        capture_output=True, timeout=240, check=True)
    return subprocess.run(["pdftotext", str(tmp_path / "reader.pdf"), "-"],
                          capture_output=True, text=True, timeout=60, check=True).stdout


@pytest.mark.skipif(LIBREOFFICE is None,
                    reason="needs libreoffice (apt-get install libreoffice-writer-nogui)")
@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="needs pdftotext (apt-get install poppler-utils)")
def test_pinyin_readable_in_libreoffice(engine, dictionary, tmp_path):
    doc = build_reader(TEXT, ReaderOptions(per_char=True), engine, dictionary, title="t")
    text = _text_in_libreoffice(doc, tmp_path)
    words = text.split()
    # before: "wǒ menmíngtiān zài xué xiàomén", "menshàng g è"
    for joined in ("menmíngtiān", "xiàomén", "menshàng", "míngtiān"):
        assert joined not in text, text
    for syllable in ("tóng", "xué", "míng", "tiān", "xiào", "mén", "shàng", "qī"):
        assert syllable in words, (syllable, text)


LETTER = ("今天是周末，我早上九点才起床。吃完早饭以后，我和朋友一起去公园跑步。公园里人很多，"
          "有的人在唱歌，有的人在跳舞。中午我们在一个小饭馆吃了面条，很好吃。下午我回家睡了一个"
          "小时，然后看了两个小时的电视。晚上妈妈给我打电话，问我学习累不累。我说不累，我很快乐。"
          "\n你好！好久不见，你最近身体好吗？工作忙不忙？我现在在北京学习汉语，已经三个月了。"
          "每天下课以后，我常常去图书馆看书，有时候也和同学去饭馆吃饭。下个月我要去上海旅游，"
          "你有时间的话，我们一起去，好不好？希望你早点儿给我回信。")


@pytest.mark.skipif(LIBREOFFICE is None,
                    reason="needs libreoffice (apt-get install libreoffice-writer-nogui)")
@pytest.mark.skipif(shutil.which("pdftotext") is None,
                    reason="needs pdftotext (apt-get install poppler-utils)")
@pytest.mark.parametrize("color_hanzi", [False, True], ids=["pinyin-coloured", "both-coloured"])
def test_a_coloured_word_is_never_cut_at_a_line_end(engine, dictionary, tmp_path, color_hanzi):
    """qa21: with tone colours LibreOffice cut 妈|妈 and 早|点儿 at a line's end (a guide per
    character), and 图|书馆 between the coloured runs of one guide's characters."""
    import re

    doc = build_reader(LETTER, ReaderOptions(color_hanzi=color_hanzi, font_size=22), engine,
                       dictionary, title="t")
    text = _text_in_libreoffice(doc, tmp_path)
    lines = [h for h in (re.sub(r"[^\u4e00-\u9fff]", "", line) for line in text.splitlines())
             if h]
    joined, ends, at = "".join(lines), set(), 0
    for line in lines[:-1]:
        at += len(line)
        ends.add(at)
    cut, pos = [], 0
    for word in (t.text for p in doc.paragraphs for t in p if len(t.text) > 1
                 and re.fullmatch(r"[\u4e00-\u9fff]+", t.text)):
        start = joined.find(word, pos)
        if start < 0:
            continue
        cut += [word for end in ends if start < end < start + len(word)]
        pos = start + len(word)
    assert len(lines) > 10 and cut == []
