"""Word runs with a phonetic guide: the ruby XML shared by the reader and lesson-plan DOCX.

python-docx has no API for ruby, so each annotated word is written as a ``w:r``
holding a ``w:ruby`` element (``w:rubyPr``, ``w:rt``, ``w:rubyBase``). The
``w:rubyPr`` children follow the schema order: rubyAlign, hps, hpsRaise,
hpsBaseText, lid. Every run names its East Asian font (``w:eastAsia``) and the
``zh-CN``/``zh-TW`` language, otherwise LibreOffice falls back to Japanese glyphs.
Paragraph XML is generated as text and parsed once per paragraph (fast for long
readers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from xml.sax.saxutils import escape, quoteattr

from docx.oxml.ns import nsdecls

from chinese_teach.core.documents.display import DisplayToken
from chinese_teach.core.documents.reader import ReaderOptions
from chinese_teach.core.text.scripts import Script
from chinese_teach.core.text.tokens import Kind
from chinese_teach.core.text.tonecolors import scheme

DEFAULT_FONT = "LXGW WenKai"
LATIN_FONT = "LXGW WenKai"
GREY = "666666"
THIRD_TONE_COLOR = "444444"
RUBY_PR_ORDER = ("rubyAlign", "hps", "hpsRaise", "hpsBaseText", "lid")
#: characters XML 1.0 cannot hold (a teacher's pasted text may carry them)
BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
W_NS = nsdecls("w")


def xml_text(text: str) -> str:
    """Escape text for XML, dropping characters XML cannot hold."""
    return escape(BAD_XML.sub("", text))


#: around each phonetic guide's text (U+2009 THIN SPACE)
RUBY_PAD = "\u2009"


class RubyRuns:
    """Builds run XML with a reader's fonts, sizes and colours."""

    def __init__(self, o: ReaderOptions, traditional: bool | None = None) -> None:
        """``traditional``: the reader prints traditional characters (its
        ``ReaderDocument.traditional``); None reads it from an explicit script option."""
        self.font = o.font_family or DEFAULT_FONT
        self.size = round(o.font_size * 2)  # half-points
        self.rsize = max(8, round(o.font_size * o.ruby_ratio * 2))
        if traditional is None:
            traditional = Script.parse(o.script) not in (Script.SIMPLIFIED, Script.AS_WRITTEN)
        self.lang = "zh-TW" if traditional else "zh-CN"
        self._rpr_cache: dict[tuple, str] = {}
        sch = scheme(o.tone_scheme)
        self.hanzi_colors = {t: sch.color(t).lstrip("#") for t in range(1, 6)} if (
            o.colored and o.color_hanzi) else {}
        self.pinyin_colors = {t: sch.color(t).lstrip("#") for t in range(1, 6)} if (
            o.colored and o.color_pinyin) else {}

    def rpr(self, size: int, color: str = "", *, underline: bool = False,
            superscript: bool = False, bold: bool = False, hint: bool = True,
            dotted: bool = False) -> str:
        """Run properties XML (memoised: a reader has a handful of distinct ones);
        ``dotted`` is the dotted underline of a third tone said as a rising tone."""
        key = (size, color, underline, superscript, bold, hint, dotted)
        cached = self._rpr_cache.get(key)
        if cached is None:
            cached = self._rpr_cache[key] = self._make_rpr(key)
        return cached

    def _make_rpr(self, key: tuple) -> str:
        size, color, underline, superscript, bold, hint, dotted = key
        parts = [
            f'<w:rFonts w:ascii={quoteattr(LATIN_FONT)} w:hAnsi={quoteattr(LATIN_FONT)} '
            f'w:eastAsia={quoteattr(self.font)} w:cs={quoteattr(LATIN_FONT)}'
            + (' w:hint="eastAsia"/>' if hint else "/>")
        ]
        if bold:
            parts.append("<w:b/>")
        if color:
            parts.append(f'<w:color w:val="{color}"/>')
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
        if underline:
            parts.append('<w:u w:val="single"/>')
        elif dotted:
            parts.append(f'<w:u w:val="dotted" w:color="{THIRD_TONE_COLOR}"/>')
        if superscript:
            parts.append('<w:vertAlign w:val="superscript"/>')
        parts.append(f'<w:lang w:val="en-US" w:eastAsia="{self.lang}"/>')
        return "<w:rPr>" + "".join(parts) + "</w:rPr>"

    def run(self, text: str, size: int | None = None, color: str = "", **kw: bool) -> str:
        if not text:
            return ""
        return (f"<w:r>{self.rpr(size or self.size, color, **kw)}"
                f'<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>')

    def ruby(self, base_runs: str, rt_runs: str) -> str:
        """One ``w:r`` with a ``w:ruby``; children of ``w:rubyPr`` in schema order."""
        pr = (
            "<w:rubyPr>"
            '<w:rubyAlign w:val="center"/>'
            f'<w:hps w:val="{self.rsize}"/>'
            f'<w:hpsRaise w:val="{max(2, self.size - 2)}"/>'
            f'<w:hpsBaseText w:val="{self.size}"/>'
            f'<w:lid w:val="{self.lang}"/>'
            "</w:rubyPr>"
        )
        return (f"<w:r>{self.rpr(self.size)}<w:ruby>{pr}<w:rt>{rt_runs}</w:rt>"
                f"<w:rubyBase>{base_runs}</w:rubyBase></w:ruby></w:r>")

    def hanzi(self, text: str, tones: tuple[int, ...], underline: bool) -> str:
        if not self.hanzi_colors or len(tones) != len(text):
            return self.run(text, underline=underline)
        out, start = [], 0
        for i in range(1, len(text) + 1):
            if i == len(text) or tones[i] != tones[start]:
                out.append(self.run(text[start:i], color=self.hanzi_colors.get(tones[start], ""),
                                    underline=underline))
                start = i
        return "".join(out)

    def pinyin(self, parts: tuple[str, ...], tones: tuple[int, ...],
               marks: tuple[bool, ...] = ()) -> str:
        """Ruby text runs; a part flagged in ``marks`` gets a dotted underline (the
        apostrophe or space before it stays plain)."""
        if len(tones) != len(parts):
            tones = (0,) * len(parts)
        if len(marks) != len(parts):
            marks = (False,) * len(parts)
        # A thin space on each side of the guide: LibreOffice does not widen the hanzi
        # under a guide wider than they are, and neighbouring pinyin ran together there
        # (tóngxuémen); with the spaces it keeps syllables and words apart (and makes room
        # for them), while Word, which widens the hanzi itself, changes little.
        n = len(parts)
        parts = tuple((RUBY_PAD if i == 0 else "") + p + (RUBY_PAD if i == n - 1 else "")
                      for i, p in enumerate(parts))
        out = []
        for p, t, m in zip(parts, tones, marks, strict=True):
            color = self.pinyin_colors.get(t, "")
            if not m:
                out.append(self.run(p, self.rsize, color, hint=False))
                continue
            body = p.lstrip(" '" + RUBY_PAD)
            out.append(self.run(p[: len(p) - len(body)], self.rsize, color, hint=False))
            out.append(self.run(body, self.rsize, color, hint=False, dotted=True))
        return "".join(out)


def _one_run(tok: DisplayToken, r: RubyRuns) -> bool:
    """True if a word's pinyin can be one run: one colour and no third-tone mark."""
    if any(tok.third_tone):
        return False
    return not r.pinyin_colors or len({r.pinyin_colors.get(t, "") for t in tok.ruby_tones}) <= 1


def _one_guide_uncoloured(tok: DisplayToken) -> bool:
    """True for a word of several characters whose pinyin would need several colours and
    has no third-tone mark: Word keeps it as one guide, its pinyin in the text's colour.

    The rule (qa21): LibreOffice breaks a line between two guides, never inside one, and
    shows only the last run of a guide's pinyin; so a word cannot be kept together with
    syllables of several colours. A word of one tone keeps its tone's colour; a word of
    several tones prints its pinyin, and its characters when they are coloured, in the
    text's colour (LibreOffice also breaks a line between the runs of a guide's characters:
    图|书馆), rather than a line that cuts 妈|妈 or 早|点儿."""
    return len(tok.text) > 1 and not any(tok.third_tone)


def _base(tok: DisplayToken, r: RubyRuns) -> str:
    """A guide's characters: in their tone's colour when the word has one colour, else
    one run in the text's colour (see :func:`_one_guide_uncoloured`)."""
    one = len({r.hanzi_colors.get(t, "") for t in tok.tones}) <= 1
    return r.hanzi(tok.text, tok.tones if one else (), tok.underline)


def token_xml(tok: DisplayToken, r: RubyRuns) -> str:
    """The runs of one display token: a ``w:ruby`` when it has pinyin, plain runs else,
    then its glossary number as a grey superscript."""
    if tok.kind is not Kind.HANZI or not tok.ruby:
        tones = tok.tones if tok.kind is Kind.HANZI else ()
        xml = r.hanzi(tok.text, tones, tok.underline)
    elif tok.per_char and len(tok.ruby) == len(tok.text) and len(tok.text) > 1 and (
            _one_run(tok, r) or _one_guide_uncoloured(tok)):
        # One guide over the whole word, its syllables spaced over their characters:
        # LibreOffice breaks a line between two guides (no joiner between them holds, and
        # 早|上 was cut at a line's end) but never inside one. A word whose syllables differ
        # in mark keeps a guide per character (below): LibreOffice shows only the last
        # run of a guide, so one guide holds one colour, none where the syllables differ
        # (_one_guide_uncoloured).
        rtones = tok.ruby_tones if _one_run(tok, r) and len(set(tok.ruby_tones)) == 1 else ()
        spaced = " ".join(part.strip(" '" + RUBY_PAD) for part in tok.ruby)
        xml = r.ruby(_base(tok, r), r.pinyin((spaced,), rtones[:1]))
    elif tok.per_char and len(tok.ruby) == len(tok.text):
        tones = tok.tones if len(tok.tones) == len(tok.text) else (0,) * len(tok.text)
        rtones = tok.ruby_tones if len(tok.ruby_tones) == len(tok.ruby) else (0,) * len(tok.ruby)
        marks = tok.third_tone if len(tok.third_tone) == len(tok.ruby) else (False,) * len(
            tok.ruby)
        xml = "".join(
            r.ruby(r.hanzi(ch, (t,), tok.underline), r.pinyin((part,), (rt,), (m,)))
            for ch, t, part, rt, m in zip(tok.text, tones, tok.ruby, rtones, marks, strict=True)
        )
    elif _one_run(tok, r) or len(tok.ruby) != len(tok.text) or _one_guide_uncoloured(tok):
        # Word's phonetic guide: LibreOffice shows only the last run of a w:rt, so a
        # word's pinyin is one run (one colour, none for syllables of several colours,
        # no third-tone mark inside it) ...
        rtones = tok.ruby_tones if len(set(tok.ruby_tones)) == 1 else ()
        xml = r.ruby(_base(tok, r), r.pinyin(("".join(tok.ruby),), rtones[:1]))
    else:
        # ... and a word whose syllables carry a third-tone mark gets one guide per
        # character instead, which every word processor shows.
        xml = token_xml(replace(tok, per_char=True), r)
    if tok.gloss is not None:
        xml += r.run(str(tok.gloss), color=GREY, superscript=True)
    return xml


def paragraph_xml(content: str, *, indent: float = 0.0, spacing: float = 1.0,
                  after: float = 6.0, keep_next: bool = False) -> str:
    """A ``w:p`` around ``content`` (run XML); ``indent`` and ``after`` in points."""
    ppr = []
    if keep_next:
        ppr.append("<w:keepNext/>")
    line = round(240 * spacing)
    ppr.append(f'<w:spacing w:after="{round(after * 20)}" w:line="{line}" w:lineRule="auto"/>')
    if indent:
        ppr.append(f'<w:ind w:firstLine="{round(indent * 20)}"/>')
    return f"<w:p {W_NS}><w:pPr>{''.join(ppr)}</w:pPr>{content}</w:p>"


def text_paragraph_xml(tokens: Iterable[DisplayToken], r: RubyRuns, o: ReaderOptions,
                       prefix: str = "") -> str:
    """One paragraph of a reader's text as a reader prints it: indented two characters,
    the reader's line spacing, ``prefix`` (run XML, e.g. a paragraph number) first."""
    content = prefix + "".join(token_xml(t, r) for t in tokens)
    return paragraph_xml(content, indent=o.font_size * 2, spacing=max(1.0, o.line_spacing),
                         after=o.font_size * 0.6)
