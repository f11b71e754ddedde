"""Export a reader as one self-contained HTML file.

Inline CSS and script, no network: the file works offline on a phone. Words are
``<ruby>``/``<rt>`` elements; tone colours are CSS classes (``tone1`` .. ``tone5``
from :mod:`chinese_teach.core.text.tonecolors`); a print stylesheet hides the
pop-up and sets the page size. A student who taps a word sees its pinyin, meaning
and level in a small pop-up (the script only ever sets ``textContent``).

Every piece of the teacher's text is escaped, so ``<script>`` in a reader shows as
text.

Numbers: ``paragraph`` puts each paragraph's number in the left margin, as the PDF
and DOCX do. A web page has no fixed lines (they move with the screen, the font and
the zoom), so ``line`` numbers every sentence instead, with a small grey number
before it, counted through the whole text as the PDF counts its lines (and, as
there, without paragraph numbers): "sentence 12" is the same place on every phone
and in print. A sentence ends at 。！？!? or a full stop (not a decimal point nor a
list's "1."), together with the closing quotes and brackets after it; a paragraph
always starts a new one; a run without any word (``——``) gets no number.
"""

from __future__ import annotations

import html
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from chinese_teach.appinfo import APP_NAME
from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.documents.display import DisplayToken, Shape
from chinese_teach.core.documents.reader import (
    THIRD_TONE_SAMPLE,
    GlossaryMode,
    ReaderDocument,
    standard_name,
)
from chinese_teach.core.export.ruby_widths import text_em
from chinese_teach.core.labels import label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.text.linebreak import NO_LINE_END, NO_LINE_START, is_unbreakable
from chinese_teach.core.text.tokens import Kind
from chinese_teach.core.text.tonecolors import scheme

FONT_STACK = (
    '"LXGW WenKai", "LXGW WenKai Screen", "Kaiti SC", STKaiti, KaiTi, "AR PL UKai CN", '
    '"Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", serif'
)
FONT_STACK_TC = FONT_STACK.replace("CJK SC", "CJK TC").replace("Serif SC", "Serif TC")

_CSS = """
*{box-sizing:border-box}
body{margin:0;background:#fafafa;color:#111;font-family:%(font)s}
main{max-width:46em;margin:0 auto;padding:1.2em 1.2em 4em;background:#fff;
 container:page/inline-size}
header h1{font-size:1.6em;margin:.2em 0}
header .subtitle{color:#555;margin:.1em 0}
header .info{color:#777;font-size:.8em;margin:.3em 0 1em}
.text{font-size:%(size).1fpt;line-height:%(lh).2f}
.text p{margin:0 0 .6em;text-indent:2em;position:relative;text-align:justify}
.text p .pn{position:absolute;left:-2.2em;width:1.6em;text-align:right;text-indent:0;
 font-size:.45em;color:#888;top:1.9em}
.text .ss{white-space:nowrap}
.text .nb{white-space:nowrap}
.text .sn{font-size:.45em;color:#888;margin-right:.2em;font-family:sans-serif;
 user-select:none}
ruby{display:inline;position:relative}
rt{display:block;position:absolute;left:50%%;bottom:100%%;transform:translateX(-50%%);
 font-size:%(rt).2fem;line-height:1.15;font-family:"LXGW WenKai",%(font)s;letter-spacing:0;
 white-space:nowrap;text-indent:0;text-align:center;border-radius:3px;margin-bottom:-.5em}
.w{cursor:pointer;border-radius:3px;white-space:nowrap}
.w:hover,.w.sel,.w:hover rt,.w.sel rt{background:#fff0b3}
.w.u{text-decoration:underline;text-decoration-color:#555;text-underline-offset:.25em}
.t3c{text-decoration:underline dotted #444;text-decoration-thickness:.09em;
 text-underline-offset:.18em}
header .legend{color:#777;font-size:.8em;margin:-.7em 0 1em}
sup.gn{font-size:.45em;color:#666;margin-left:.05em}
ol.notes{font-size:.75em;line-height:1.5;color:#444;margin:.2em 0 .9em 1.5em;padding:0}
.glossary{margin-top:2em}
.glossary h2{font-size:1.2em}
.glossary table{border-collapse:collapse;width:100%%;font-size:.9em}
.glossary th{text-align:left;color:#666;font-weight:normal;border-bottom:1px solid #999;
 overflow-wrap:normal;word-break:keep-all}
.glossary td{border-bottom:1px solid #ddd;padding:.25em .4em;vertical-align:top;
 overflow-wrap:break-word}
.glossary td.word{font-size:1.25em;white-space:nowrap}
.glossary td:first-child{white-space:nowrap}
.glossary td.py{overflow-wrap:normal}
.glossary .std{color:#777;font-size:.8em}
/* a phone: each row's meaning takes a line of its own under the word, so that no
   column is squeezed until its English words break (automaticall / y) */
@container page (max-width:36em){
 .glossary table{display:grid;grid-template-columns:auto auto 1fr auto}
 .glossary thead,.glossary tbody,.glossary tr{display:grid;grid-column:1/-1;
  grid-template-columns:subgrid}
 .glossary tr{border-bottom:1px solid #ddd}
 .glossary thead tr{border-bottom:1px solid #999}
 .glossary th,.glossary td{border-bottom:none}
 .glossary tr>:nth-child(4){grid-column:2/-1;grid-row:2;padding-top:0}
}
#pop{position:fixed;left:50%%;bottom:1em;transform:translateX(-50%%);max-width:92vw;
 min-width:12em;background:#fff;border:1px solid #bbb;border-radius:8px;padding:.6em .9em;
 box-shadow:0 4px 18px rgba(0,0,0,.18);display:none;font-size:1.05em;z-index:10}
#pop.on{display:block}
#pop .pw{font-size:1.6em}
#pop .pp{font-size:1.1em;margin-left:.5em}
#pop .pm{margin-top:.2em;color:#333}
#pop .pl{color:#777;font-size:.8em;margin-top:.2em}
footer{color:#999;font-size:.7em;margin-top:3em}
%(colors)s
@media print{
 body{background:#fff}
 main{max-width:none;padding:0}
 #pop,footer{display:none}
 .w:hover,.w.sel{background:none}
 .glossary{break-before:auto}
 .glossary tr{break-inside:avoid}
 @page{size:%(page)s;margin:%(margin).0fmm}
}
"""

_SCRIPT = """
(function(){
 var pop=document.getElementById('pop'),sel=null;
 function el(c,t){var d=document.createElement('div');d.className=c;d.textContent=t;return d;}
 document.addEventListener('click',function(e){
  var w=e.target.closest?e.target.closest('.w'):null;
  if(sel){sel.classList.remove('sel');sel=null;}
  if(!w||!w.dataset.r){pop.classList.remove('on');return;}
  sel=w;w.classList.add('sel');
  while(pop.firstChild){pop.removeChild(pop.firstChild);}
  var head=el('ph','');var a=document.createElement('span');a.className='pw';
  a.textContent=w.dataset.t||'';var b=document.createElement('span');b.className='pp';
  b.textContent=w.dataset.r||'';head.appendChild(a);head.appendChild(b);pop.appendChild(head);
  if(w.dataset.m){pop.appendChild(el('pm',w.dataset.m));}
  if(w.dataset.l){pop.appendChild(el('pl',w.dataset.l));}
  pop.classList.add('on');
 });
})();
"""


@lru_cache(maxsize=65536)
def _e(text: str) -> str:
    """``text`` escaped for HTML (cached: a reader escapes the same characters,
    syllables and glosses over and over)."""
    return html.escape(text, quote=True)


def _colors_css(doc: ReaderDocument) -> str:
    o = doc.options
    if not o.colored:
        return ""
    sch = scheme(o.tone_scheme)
    rules = []
    if o.color_hanzi:
        rules.append(sch.css(".ch .hz.tone"))
    if o.color_pinyin:
        rules.append(sch.css(".cp rt .tone"))
    return "\n".join(rules)


#: the least room left between two syllables' pinyin, in em of the hanzi
MIN_GAP = 0.12
#: characters are moved apart in steps of this many em (fewer distinct styles)
STEP = 0.05


@dataclass(frozen=True, slots=True)
class _Piece:
    """One token as HTML, with what spacing its neighbours need: how far its pinyin
    reaches past its first and its last character (em of the hanzi; negative when the
    pinyin is narrower), ``None`` for a token without pinyin, and its estimated width."""

    html: str
    width: float
    left: float | None = None
    right: float | None = None
    #: for :func:`_joined_words`: a Chinese word; a line may break after the token, and
    #: before it (as far as the token itself says: not a space, no closing mark ...)
    hanzi: bool = False
    break_after: bool = False
    break_before: bool = False
    #: ``html`` in UTF-8, as the file holds it: a paragraph is joined from the words'
    #: bytes, encoded once per distinct word, not from strings encoded at every write
    data: bytes = b""


@lru_cache(maxsize=4096)
def _margin(need: float) -> str:
    """``need`` em rounded up to a :data:`STEP`, as CSS (``""`` when no room is needed)."""
    if need <= 0:
        return ""
    return f"{math.ceil(need / STEP - 1e-9) * STEP:.2f}".lstrip("0") + "em"


def _plain_width(tok: DisplayToken) -> float:
    """The estimated width of a token without pinyin, in em of the hanzi: full-width
    marks count half (a browser may set them half-width), other text by its letters."""
    if tok.kind is Kind.HANZI:
        return float(len(tok.text))
    return sum(0.5 if unicodedata.east_asian_width(ch) in "FW" else text_em(ch)
               for ch in tok.text)


def _word(tok: DisplayToken, doc: ReaderDocument, levels: dict[int, str] | None = None
          ) -> _Piece:
    """One token as HTML (escaped); ``levels`` keeps the level labels of one render.

    A word with pinyin is a ``span.w`` of ``<ruby>`` cells, one per character (or one
    for the word when its pinyin is written as one unit): each cell is as wide as its
    characters, so the hanzi keep an even grid, and the ``<rt>`` is centred over it and
    may overhang its neighbours. Where two syllables would touch, the cell is moved
    right by just enough (``margin-left``), as the PDF does."""
    if tok.kind is not Kind.HANZI:
        width = _plain_width(tok)
        if is_unbreakable(tok.text):  # an e-mail address or a phone number, never cut
            return _Piece(f'<span class="nb">{_e(tok.text)}</span>', width)
        return _Piece(_e(tok.text), width)
    tones = tok.tones if len(tok.tones) == len(tok.text) else (5,) * len(tok.text)
    level = ""
    if tok.level is not None:
        level = levels.get(tok.level, "") if levels is not None else ""
        if not level:
            level = label("level.of", doc.lang, standard=standard_name(doc.standard, doc.lang),
                          level=_level(tok.level))
            if levels is not None:
                levels[tok.level] = level
    attrs = (
        f' data-t="{_e(tok.text)}" data-r="{_e(tok.reading)}"'
        + (f' data-m="{_e(tok.meaning)}"' if tok.meaning else "")
        + (f' data-l="{_e(level)}"' if level else "")
    )
    cls = "w u" if tok.underline else "w"
    gloss = f'<sup class="gn">{tok.gloss}</sup>' if tok.gloss is not None else ""
    gloss_w = 0.3 * len(gloss and str(tok.gloss))
    if not tok.ruby:
        inner = "".join(f'<span class="hz tone{t}">{_e(c)}</span>' for c, t in zip(
            tok.text, tones, strict=True))
        return _Piece(f'<span class="{cls}"{attrs}>{inner}</span>{gloss}',
                      len(tok.text) + gloss_w)
    rtones = tok.ruby_tones if len(tok.ruby_tones) == len(tok.ruby) else (5,) * len(tok.ruby)
    marks = tok.third_tone if len(tok.third_tone) == len(tok.ruby) else (False,) * len(tok.ruby)
    parts = [_ruby_part(r, t, m) for r, t, m in zip(tok.ruby, rtones, marks, strict=True)]
    ratio = doc.options.ruby_ratio
    if tok.per_char and len(tok.ruby) == len(tok.text):
        cells = [(f'<span class="hz tone{t}">{_e(c)}</span>', 1, part, ruby)
                 for c, t, part, ruby in zip(tok.text, tones, parts, tok.ruby, strict=True)]
    else:
        base = "".join(f'<span class="hz tone{t}">{_e(c)}</span>' for c, t in zip(
            tok.text, tones, strict=True))
        cells = [(base, len(tok.text), "".join(parts), "".join(tok.ruby))]
    out: list[str] = []
    width = 0.0
    left = right = 0.0
    for i, (base, chars, part, ruby) in enumerate(cells):
        over = (text_em(ruby) * ratio - chars) / 2  # how far it reaches past each side
        margin = _margin(right + over + MIN_GAP) if i else ""
        style = f' style="margin-left:{margin}"' if margin else ""
        out.append(f"<ruby{style}>{base}<rt>{part}</rt></ruby>")
        width += chars + (float(margin[:-2]) if margin else 0.0)
        if not i:
            left = over
        right = over
    html_text = f'<span class="{cls}"{attrs}>{"".join(out)}</span>{gloss}'
    if gloss:
        right -= gloss_w
    return _Piece(html_text, width + gloss_w, left, right)


#: Everything :func:`_word` reads from a token (all but its offsets and source).
_HTML_KEY = attrgetter("kind", "text", "syllables", "ruby", "ruby_tones", "tones",
                       "third_tone", "per_char", "meaning", "level", "gloss", "underline")


#: Words already written, for each (document language, standard, pinyin size): the HTML
#: of a word depends on these and on its token's fields but the offsets (see
#: :func:`_written_words`).
_WRITTEN: dict[tuple, _Written] = {}
#: Words kept for each of them; past it the store starts again.
WRITTEN_MAX = 20_000


@dataclass(slots=True)
class _Written:
    """One store of words written: the level labels, each word's piece by its fields
    (:data:`_HTML_KEY`) and, for tokens a reader build placed from a shape
    (``DisplayToken.shape``), by that shape: one look-up of an object compared by
    identity per token, instead of a 12-field key built and hashed."""

    levels: dict[int, str] = field(default_factory=dict)
    words: dict[tuple, _Piece] = field(default_factory=dict)
    shapes: dict[Shape, _Piece] = field(default_factory=dict)


def _written_words(doc: ReaderDocument) -> _Written:
    """The level labels and the words already written for documents in ``doc``'s
    language, standard and pinyin size, kept for the process: a teacher's readers share
    most of their words (and a text shares them between its paragraphs), so each is
    written once, as the escaped strings are (:func:`_e`)."""
    key = (doc.lang, doc.standard, doc.options.ruby_ratio)
    found = _WRITTEN.get(key)
    if found is None or len(found.words) > WRITTEN_MAX or len(found.shapes) > WRITTEN_MAX:
        if len(_WRITTEN) > 16:
            _WRITTEN.clear()
        found = _WRITTEN[key] = _Written()
    return found


def _word_once(
    tok: DisplayToken, doc: ReaderDocument, levels: dict[int, str], written: dict[tuple, _Piece]
) -> _Piece:
    """:func:`_word`, written once per distinct word (``written``): the HTML depends on
    every field but the token's offsets, and words repeat through a text."""
    key = _HTML_KEY(tok)
    found = written.get(key)
    if found is None:
        space = tok.kind is Kind.SPACE
        word = _word(tok, doc, levels)
        found = written[key] = _Piece(  # (dataclasses.replace costs 20 µs)
            word.html, word.width, word.left, word.right, hanzi=tok.kind is Kind.HANZI,
            break_after=not space and tok.text[-1:] not in NO_LINE_END,
            break_before=not space and tok.text[:1] not in NO_LINE_START,
            data=word.html.encode())
    return found


def _shape_once(tok: DisplayToken, doc: ReaderDocument, store: _Written) -> _Piece:
    """:func:`_word_once` for a token whose shape has no piece yet, kept under its shape
    (when it has one) for the next token placed from it."""
    found = _word_once(tok, doc, store.levels, store.words)
    if tok.shape is not None:
        store.shapes[tok.shape] = found
    return found


def _spaced(pieces: Sequence[_Piece]) -> list[str]:
    """The pieces' HTML, with an empty ``span`` after a word wherever its pinyin would
    touch the next word's (through any marks between them): the characters stay on their
    grid everywhere else. The span ends its line when the line breaks there, so a line
    never starts indented."""
    words = [p.html for p in pieces]
    reach: float | None = None  # how far the last pinyin reaches past the current point
    for i, piece in enumerate(pieces):
        if piece.left is not None:
            margin = _margin(reach + piece.left + MIN_GAP) if reach is not None else ""
            if margin and i:
                words[i - 1] += _gap(margin)
            reach = piece.right
        elif reach is not None:
            reach -= piece.width
            if reach < -MIN_GAP - 3:
                reach = None
    return words


def _ruby_part(text: str, tone: int, third_tone: bool) -> str:
    """One pinyin part; ``t3c`` (a dotted underline) marks a third tone said rising."""
    if not third_tone:
        return f'<span class="tone{tone}">{_e(text)}</span>'
    lead = text[: len(text) - len(text.lstrip(" '"))]
    return f'{_e(lead)}<span class="tone{tone} t3c">{_e(text[len(lead):])}</span>'


_SENTENCE_END = frozenset("。！？!?．.")
_CLOSERS = frozenset("”’」』）)]】》〉\"'")
#: what may follow a sentence's end and still belong to it
_TAIL = _SENTENCE_END | _CLOSERS | frozenset("…‥")
_WORDS = frozenset({Kind.HANZI, Kind.LATIN, Kind.NUMBER, Kind.OTHER})


def _ends_sentence(tokens: Sequence[DisplayToken], i: int, words: int) -> bool:
    """Whether token ``i``, after ``words`` words of its sentence, is sentence-final
    punctuation. A full stop is not one in a number (3.5) nor after a number that is
    all the sentence has so far (a list's "1.")."""
    tok = tokens[i]
    if tok.kind is not Kind.PUNCT or not tok.text or not set(tok.text) <= _SENTENCE_END:
        return False
    if tok.text != ".":
        return "." not in tok.text  # "..." is an ellipsis
    if not i or tokens[i - 1].kind is not Kind.NUMBER:
        return True
    after = tokens[i + 1].kind if i + 1 < len(tokens) else None
    return words > 1 and after is not Kind.NUMBER


def sentence_starts(tokens: Sequence[DisplayToken]) -> list[int]:
    """Indexes of the tokens of a paragraph that begin a numbered sentence (see the
    module's docstring). What follows a sentence's end and is only punctuation that
    ends or closes (``？……”``) stays with it; spaces go to no sentence."""
    starts: list[int] = []
    start: int | None = None
    words = 0
    ended = False
    for i, tok in enumerate(tokens):
        if ended and not (tok.kind is Kind.PUNCT and set(tok.text) <= _TAIL):
            if start is not None and words:
                starts.append(start)
            start, words, ended = None, 0, False
        if start is None and tok.kind not in (Kind.SPACE, Kind.NEWLINE):
            start = i
        words += tok.kind in _WORDS
        ended = ended or _ends_sentence(tokens, i, words)
    if start is not None and words:
        starts.append(start)
    return starts


def _joined_words(pieces: Sequence[_Piece], words: list[str]) -> str:
    """The paragraph's words with a line-break opportunity (``<wbr>``) between two words
    wherever Chinese line breaking allows one. Each word is ``nowrap`` (its characters stay
    together over their pinyin), and a browser offers no break between two such ruby
    words: without these a long clause ran off a phone's screen. Latin text, numbers and
    spaces break as the browser does: a break is offered only next to a Chinese word,
    never beside a space, nor before a mark that may not start a line or after one that
    may not end it."""
    out: list[str] = []
    append = out.append
    before: _Piece | None = None
    for piece, html_word in zip(pieces, words, strict=True):
        if before is not None and (before.hanzi or piece.hanzi) and before.break_after and (
            piece.break_before
        ):
            append("<wbr>")
        append(html_word)
        before = piece
    return "".join(out)


def _gap(margin: str) -> str:
    return f'<span class="gap" style="margin-right:{margin}"></span>'


@lru_cache(maxsize=4096)
def _gap_data(margin: str) -> bytes:
    """:func:`_gap` in UTF-8."""
    return _gap(margin).encode()


def _paragraph_data(pieces: Sequence[_Piece], head: bytes = b"", tail: bytes = b"") -> bytes:
    """``_joined_words(pieces, _spaced(pieces))`` in one pass, in UTF-8 (the pieces'
    ``data``), between ``head`` and ``tail``: the gap after a word goes before the
    line-break opportunity that follows it, as there."""
    out: list[bytes] = [head]
    append = out.append
    reach: float | None = None
    before: _Piece | None = None
    for piece in pieces:
        left = piece.left
        if left is not None:
            if reach is not None:
                margin = _margin(reach + left + MIN_GAP)
                if margin:
                    append(_gap_data(margin))
            reach = piece.right
        elif reach is not None:
            reach -= piece.width
            if reach < -MIN_GAP - 3:
                reach = None
        if before is not None and (before.hanzi or piece.hanzi) and before.break_after and (
            piece.break_before
        ):
            append(b"<wbr>")
        append(piece.data)
        before = piece
    append(tail)
    return b"".join(out)


def _level(level: int) -> str:
    from chinese_teach.core.corpus.levels import level_name

    return level_name(level)


def render_html(
    doc: ReaderDocument,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> str:
    """The whole reader as one HTML string."""
    return b"\n".join(_html_lines(doc, progress, cancel)).decode("utf-8")


def _html_lines(
    doc: ReaderDocument,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> list[bytes]:
    """The reader's HTML, line by line (a paragraph is one line), in UTF-8."""
    o = doc.options
    traditional = doc.traditional
    lang = "zh-Hant" if traditional else "zh-Hans"
    # The page is Chinese text; the headings, labels and footer are in the document
    # language (its BCP 47 tag on those elements, for screen readers and hyphenation).
    doc_lang = f' lang="{_e(doc.lang.replace("_", "-"))}"'
    css = _CSS % {
        "font": FONT_STACK_TC if traditional else FONT_STACK,
        "size": o.font_size,
        "lh": (1.2 + 0.9 * o.line_spacing) if o.pinyin.value != "none"
        else (1.1 + 0.6 * o.line_spacing),
        "rt": o.ruby_ratio,
        "colors": _colors_css(doc),
        "page": "A4" if o.page_size == "A4" else "letter",
        "margin": o.margin_mm,
    }
    body_cls = " ".join(c for c, on in (("ch", o.color_hanzi), ("cp", o.color_pinyin)) if on)
    out: list[str | bytes] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{_e(APP_NAME)}">',
        f"<title>{_e(doc.title or label('reader.html_title', doc.lang))}</title>",
        f"<style>{css}</style>",
        "</head>",
        f'<body class="{body_cls}">' if o.colored else "<body>",
        "<main>",
    ]
    if doc.title or doc.subtitle:
        out.append("<header>")
        if doc.title:
            out.append(f"<h1>{_e(doc.title)}</h1>")
        if doc.subtitle:
            out.append(f'<p class="subtitle">{_e(doc.subtitle)}</p>')
        out.append(f'<p class="info"{doc_lang}>{_e(doc.pinyin_description)}</p>')
    legend = doc.third_tone_legend  # (a walk over every token: asked once)
    if legend:
        if not (doc.title or doc.subtitle):
            out.append("<header>")
        out.append(f'<p class="legend"><span class="t3c">{_e(THIRD_TONE_SAMPLE)}</span> '
                   f"{_e(legend)}</p>")
    if doc.title or doc.subtitle or legend:
        out.append("</header>")
    out.append('<article class="text">')
    total = max(1, len(doc.paragraphs))
    sentence = 0
    store = _written_words(doc)
    by_shape = store.shapes.get
    by_line = o.numbering == "line"
    for p, tokens in enumerate(doc.paragraphs):
        check(cancel)
        pieces = [by_shape(t.shape) or _shape_once(t, doc, store) for t in tokens]
        num = ""
        if o.numbering == "paragraph":
            num = f'<span class="pn">{p + 1}</span>'
        if not by_line:
            out.append(_paragraph_data(pieces, f"<p>{num}".encode() if num else b"<p>",
                                       b"</p>"))
        else:
            words = _spaced(pieces)
            for i in sentence_starts(tokens):
                sentence += 1
                # The number, opening quotes and first word in one unbreakable box: a
                # number never ends a line without its sentence.
                end = i
                while end + 1 < len(tokens) and tokens[end].kind is Kind.PUNCT:
                    end += 1
                words[i] = f'<span class="ss"><span class="sn">{sentence}</span>{words[i]}'
                words[end] += "</span>"
            out.append(f"<p>{num}{_joined_words(pieces, words)}</p>")
        if o.glossary is GlossaryMode.NOTES:
            notes = doc.notes_for(p)
            if notes:
                out.append('<ol class="notes">')
                for g in notes:
                    lvl = f" ({_e(g.level_note)})"
                    out.append(
                        f'<li value="{g.number}">{_e(g.word)} {_e(g.pinyin)} '
                        f"{_e(g.definition)}{lvl}</li>"
                    )
                out.append("</ol>")
        report(progress, p + 1, total, label("progress.writing_html"))
    out.append("</article>")
    if o.glossary is GlossaryMode.END and doc.glossary:
        std = standard_name(doc.standard, doc.lang)
        heads = [label(f"column.{c}", doc.lang) for c in ("number", "word", "pinyin", "meaning")]
        # the short name, as the PDF prints it: the note under the table names the
        # standard in full ("Level (HSK 3.0 (2021 standard))" took a phone's width and
        # cut the meanings mid-word: "Xiaomin / g")
        heads.append(label("column.level_short", doc.lang, standard=doc.standard.short))
        out.append(f'<section class="glossary"{doc_lang}>'
                   f"<h2>{_e(label('reader.glossary', doc.lang))}</h2><table>")
        out.append("<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in heads)
                   + "</tr></thead><tbody>")
        for g in doc.glossary:
            out.append(
                f"<tr><td>{g.number}</td><td class=\"word\">{_e(g.word)}</td>"
                f"<td class=\"py\">{_e(g.pinyin)}</td><td>{_e(g.definition)}</td>"
                f"<td>{_e(g.level_short)}</td></tr>"
            )
        out.append("</tbody></table>")
        out.append(f'<p class="std">{_e(label("levels.note", doc.lang, standard=std))}</p>'
                   "</section>")
    out.append(f"<footer{doc_lang}>{_e(label('reader.html_footer', doc.lang, app=APP_NAME))}"
               "</footer>")
    out.append("</main>")
    out.append('<div id="pop" role="status" aria-live="polite"></div>')
    out.append(f"<script>{_SCRIPT}</script>")
    out.append("</body></html>")
    return [line if isinstance(line, bytes) else line.encode() for line in out]


def export_html(
    doc: ReaderDocument,
    path: str | Path,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Write ``doc`` as a self-contained HTML file (atomically).

    The lines are written one after the other: the page of a long text (160 MB for a
    million characters) is never held as one string, nor as one block of bytes; they
    are UTF-8 already (each word encoded once), so nothing is encoded as it is written."""
    lines = _html_lines(doc, progress, cancel)
    with atomic_write(path, overwrite=overwrite) as tmp, open(tmp, "wb") as handle:
        write = handle.write
        for i, line in enumerate(lines):
            if i:
                write(b"\n")
            write(line)
