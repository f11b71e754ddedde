"""The Anki note type of Chinese Teach: fixed id, fixed fields, card templates and CSS.

The model id never changes: Anki recognises a note type by its id, and a student's
collection keeps one note type however many decks they import. Within a ``MODEL_VERSION``
the fields and the templates' names never change either; a new version only appends
fields (see "Versions" below and the README's section on decks). The templates' text may
improve: Anki compares note types by their fields and template names, and a newer
import's templates replace the old ones in place (no copy, every note and its history
kept).

The templates are the same in every language. A student has one note type for all the
decks they import, from teachers who may export in Spanish, French or English, so what
the student reads on the back in the deck's document language travels in the note: the
stroke-order hint is an attribute of an empty element at the end of the ``Strokes``
field (:func:`strokes_field`), which the template's script shows under the animation.
Templates of earlier exports read that field with ``{{text:Strokes}}``, which drops the
element: their player still sees only the characters. Tested with Anki's own library in
``tests/core/export/anki/test_anki_deck_language.py``.

Card types (templates, in this order so that card ordinals stay stable):

0. Recognition: hanzi -> pinyin, meaning
1. Recall: meaning -> hanzi
2. Listening: audio -> hanzi (a card exists only when the note has audio)
3. Sentence: the example sentence with the word blanked (only when there is an example)

Which of them a deck carries is chosen at export, in the note itself: each template's
front is wrapped in a negated condition on a flag field (``{{^NoRecall}}...{{/NoRecall}}``)
that the exporter sets to ``y`` for the card types the teacher did not choose. Anki makes
a card only when the front of its template is not empty, so an unchosen card type has no
card, neither in the package nor later when the student edits the note (Anki then makes
the cards of every template whose front has content). A later export with more card types
adds the missing cards to the student's notes (studied cards untouched); one with fewer
leaves the cards already made alone (Anki never deletes cards on import), but their front
is now empty, and Tools > Empty Cards lists and removes them.

The flags say "no", not "yes", so that a note whose flag fields are empty makes every
card type, as a version-1 note did: that is what a student's existing notes look like
right after Anki merged the version-2 note type into theirs (the merge adds the new
fields empty and marks every note modified, so the same import then skips the notes as
not newer). "Yes" flags would leave every studied card with a blank front at that point.

Versions:

1. 13 content fields, templates without conditions: editing a note in Anki could
   create Recall and Sentence cards the teacher had not chosen.
2. The same id and the same 13 fields, then the 4 flag fields (``FLAG_FIELDS``). Anki
   sees a different field list as a changed note type. With its default import options a
   version-2 deck leaves notes made from a version-1 deck as they are (kept with their
   history, not duplicated, not updated) and brings a copy of the note type for its new
   notes; with "Merge note types" the student's note type gains the flag fields in place
   and the notes update (at once with "Update notes: Always", else at the next export).
   Tested in ``tests/core/export/anki/test_anki_note_type_v2.py``; the README tells students.
"""

from __future__ import annotations

import html
import re
from enum import StrEnum

import genanki

from chinese_teach.core.text.tonecolors import ToneScheme, scheme

MODEL_VERSION = 2
#: Fixed forever, for every version (chosen once at random, like genanki's own examples):
#: the same id is what lets Anki's "Merge note types" upgrade a student's version-1 notes
#: in place; a new id could never update them.
MODEL_ID = 1_607_392_319
MODEL_NAME = "Chinese Teach vocabulary (v2)"

#: The fields that carry the word (version 1's fields, in version 1's order).
CONTENT_FIELDS: tuple[str, ...] = (
    "Simplified",
    "Traditional",
    "Pinyin",
    "PinyinNumbered",
    "Zhuyin",
    "Meaning",
    "Level",
    "Example",
    "ExamplePinyin",
    "ExampleMeaning",
    "Audio",
    "Strokes",
    "Source",
)

#: One flag field per card type (``CardType`` order): ``y`` switches that card type off,
#: empty leaves it on. Appended after the content fields so that their order never changes.
FLAG_FIELDS: tuple[str, ...] = ("NoRecognition", "NoRecall", "NoListening", "NoSentence")
#: What a flag field holds when its card type is not chosen.
FLAG_SET = "y"

FIELDS: tuple[str, ...] = CONTENT_FIELDS + FLAG_FIELDS

#: Version of the bundled hanzi-writer library; part of the media file name, so a newer
#: library never overwrites the file an older deck's cards load.
HANZI_WRITER_VERSION = "3.7.3"
HANZI_WRITER_MEDIA = f"_ct-hanzi-writer-{HANZI_WRITER_VERSION}.js"
STROKE_LICENCE_MEDIA = "_ct-strokes-ARPHICPL.txt"


#: The attribute of the ``Strokes`` field's element that holds the hint in the deck's language.
HINT_ATTRIBUTE = "data-ct-hint"
#: Where the card's script writes the hint (empty in the template: it has no language).
HINT_PLACE = '<div class="ct-strokes-hint"></div>'


def strokes_field(chars: str, hint: str = "") -> str:
    """The ``Strokes`` field: the characters whose stroke data the deck carries (HTML-safe
    already), then ``hint`` in an attribute of an empty element (no text of its own, so
    ``{{text:Strokes}}`` is still only the characters). Empty without characters: no
    stroke block, no hint."""
    if not chars:
        return ""
    if not hint:
        return chars
    return f'{chars}<span {HINT_ATTRIBUTE}="{html.escape(hint, quote=True)}"></span>'


def stroke_media_name(char: str) -> str:
    """Media file holding one character's stroke data: ``_ct-hw-94f6.js``.

    The leading underscore tells Anki to keep the file although no field names it.
    """
    return f"_ct-hw-{ord(char):x}.js"


class CardType(StrEnum):
    """The card types a deck can carry (values are the CLI's names)."""

    RECOGNITION = "recognition"
    RECALL = "recall"
    LISTENING = "listening"
    SENTENCE = "sentence"

    @property
    def ordinal(self) -> int:
        """Index of the template in the note type."""
        return _ORDINALS[self]

    @property
    def flag_field(self) -> str:
        """The field that switches this card type off when it holds ``y`` (``NoRecall``)."""
        return FLAG_FIELDS[self.ordinal]

    @property
    def label(self) -> str:
        return {
            CardType.RECOGNITION: "Recognition (hanzi → pinyin, meaning)",
            CardType.RECALL: "Recall (meaning → hanzi)",
            CardType.LISTENING: "Listening (audio → hanzi)",
            CardType.SENTENCE: "Sentence (fill the word into its example)",
        }[self]

    @classmethod
    def parse_list(cls, text: str) -> frozenset[CardType]:
        """``"recognition,recall"`` -> the set of card types (errors name the valid ones)."""
        out: set[CardType] = set()
        for part in text.split(","):
            name = part.strip().lower()
            if not name:
                continue
            try:
                out.add(cls(name))
            except ValueError:
                valid = ", ".join(c.value for c in cls)
                raise ValueError(f"Unknown card type {name!r}; choose from {valid}.") from None
        return frozenset(out)


_ORDINALS: dict[CardType, int] = {card: i for i, card in enumerate(CardType)}

DEFAULT_CARDS = frozenset({CardType.RECOGNITION, CardType.RECALL, CardType.LISTENING})

# The stroke-order player: loads hanzi-writer and the stroke data of the note's characters
# from the collection's media folder (no network), then animates them one after another.
_STROKES_BLOCK = """
{{#Strokes}}
<div class="ct-strokes-src" style="display:none">{{Strokes}}</div>
<div class="ct-tones-src" style="display:none">{{text:Simplified}}|{{text:PinyinNumbered}}</div>
<div class="ct-strokes" id="ct-strokes"></div>
%(hint)s
<script>
(function () {
  var src = document.querySelector('.ct-strokes-src');
  var box = document.getElementById('ct-strokes');
  if (!src || !box) { return; }
  // the hint in the deck's language travels in the note (see strokes_field); notes of
  // earlier exports have none and show the English one, as they always did
  var said = src.querySelector('[%(attr)s]');
  var hint = document.querySelector('.ct-strokes-hint');
  if (hint) {
    hint.textContent = said ? said.getAttribute('%(attr)s')
      : 'Tap a character to replay its stroke order.';
  }
  var chars = Array.from(src.textContent.replace(/\\s+/g, ''));
  var store = window.ctStrokeData = window.ctStrokeData || {};
  box.innerHTML = '';
  function load(url, done) {
    var s = document.createElement('script');
    s.src = url; s.onload = done; s.onerror = done;
    document.head.appendChild(s);
  }
  // each character drawn in the colour of its tone (CSS classes tone1..tone5)
  var tones = {};
  var toneSrc = document.querySelector('.ct-tones-src');
  if (toneSrc) {
    var halves = toneSrc.textContent.split('|');
    var hz = Array.from((halves[0] || '').replace(/\\s+/g, ''));
    var syl = (halves[1] || '').trim().split(/\\s+/);
    if (hz.length === syl.length) {
      hz.forEach(function (c, i) {
        var m = /([1-5])$/.exec(syl[i]);
        if (m && !tones[c]) { tones[c] = m[1]; }
      });
    }
  }
  function colorOf(c, fallback) {
    if (!tones[c]) { return fallback; }
    var probe = document.createElement('span');
    probe.className = 'tone' + tones[c];
    box.appendChild(probe);
    var col = window.getComputedStyle(probe).color;
    box.removeChild(probe);
    return col || fallback;
  }
  function start() {
    if (!window.HanziWriter) { return; }
    var color = window.getComputedStyle(box).color;
    var writers = [];
    chars.forEach(function (c) {
      if (!store[c]) { return; }
      var cell = document.createElement('div');
      cell.className = 'ct-stroke-cell';
      box.appendChild(cell);
      var w = HanziWriter.create(cell, c, {
        width: 110, height: 110, padding: 4, showOutline: true, showCharacter: false,
        strokeColor: colorOf(c, color), radicalColor: null, outlineColor: 'rgba(136,136,136,0.3)',
        strokeAnimationSpeed: 1.2, delayBetweenStrokes: 180,
        charDataLoader: function (ch, onLoad) { onLoad(store[ch]); }
      });
      cell.addEventListener('click', function () { w.hideCharacter(); w.animateCharacter(); });
      writers.push(w);
    });
    (function next(i) {
      if (i < writers.length) {
        writers[i].animateCharacter({ onComplete: function () { next(i + 1); } });
      }
    })(0);
  }
  var pending = chars.filter(function (c) { return !store[c]; });
  var count = pending.length + (window.HanziWriter ? 0 : 1);
  if (!count) { start(); return; }
  function one() { count -= 1; if (count === 0) { start(); } }
  if (!window.HanziWriter) { load('%(lib)s', one); }
  pending.forEach(function (c) { load('_ct-hw-' + c.codePointAt(0).toString(16) + '.js', one); });
})();
</script>
{{/Strokes}}
""".replace("%(lib)s", HANZI_WRITER_MEDIA).replace("%(hint)s", HINT_PLACE).replace(
    "%(attr)s", HINT_ATTRIBUTE)

_EXAMPLE_BLOCK = """
{{#Example}}
<div class="ct-example">
  <div class="ct-ex-hanzi">{{Example}}</div>
  <div class="ct-ex-pinyin">{{ExamplePinyin}}</div>
  {{#ExampleMeaning}}<div class="ct-ex-meaning">{{ExampleMeaning}}</div>{{/ExampleMeaning}}
</div>
{{/Example}}
"""


def _details(example: bool = True) -> str:
    """The answer block shared by the card types (the sentence card shows its example above)."""
    return (
        """
<div class="ct-pinyin">{{Pinyin}}</div>
{{#Zhuyin}}<div class="ct-zhuyin">{{Zhuyin}}</div>{{/Zhuyin}}
<div class="ct-meaning">{{Meaning}}</div>
{{#Audio}}<div class="ct-audio">{{Audio}}</div>{{/Audio}}
"""
        + (_EXAMPLE_BLOCK if example else "")
        + _STROKES_BLOCK
        + """
<div class="ct-meta">
  {{#Traditional}}<span class="ct-trad">繁 <span class="ct-kai">{{Traditional}}</span></span>
  {{/Traditional}}
  {{#Level}}<span class="ct-level">{{Level}}</span>{{/Level}}
  {{#Source}}<span class="ct-source">{{Source}}</span>{{/Source}}
</div>
"""
    )


_DETAILS = _details()

# The big hanzi in Kai style on every device: when the note has stroke data, each character
# is drawn from its (Kaiti-derived) outlines by hanzi-writer; the text stays underneath for
# copy and screen readers, and stays visible if anything is missing.
_KAI_SCRIPT = """
{{#Strokes}}<script>
(function () {
  var store = window.ctStrokeData = window.ctStrokeData || {};
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.ct-hanzi:not([data-ct])'));
  boxes.forEach(function (el) {
    el.setAttribute('data-ct', '1');
    var chars = Array.from(el.textContent.replace(/\\s+/g, ''));
    if (!chars.length || chars.length > 8) { return; }
    var count = 0;
    function load(url) {
      count += 1;
      var s = document.createElement('script');
      s.src = url; s.onload = done; s.onerror = done;
      document.head.appendChild(s);
    }
    function done() { count -= 1; if (count === 0) { draw(); } }
    function draw() {
      if (!window.HanziWriter) { return; }
      for (var i = 0; i < chars.length; i++) { if (!store[chars[i]]) { return; } }
      var size = Math.round(parseFloat(window.getComputedStyle(el).fontSize) * 1.15) || 80;
      var color = window.getComputedStyle(el).color;
      var row = document.createElement('div');
      row.className = 'ct-hanzi-drawn';
      row.setAttribute('aria-hidden', 'true');
      chars.forEach(function (c) {
        var cell = document.createElement('span');
        cell.className = 'ct-hanzi-cell';
        row.appendChild(cell);
        HanziWriter.create(cell, c, {
          width: size, height: size, padding: 0, showOutline: false, strokeColor: color,
          charDataLoader: function (ch, onLoad) { onLoad(store[ch]); }
        });
      });
      el.classList.add('ct-hanzi-hidden');
      el.parentNode.insertBefore(row, el.nextSibling);
    }
    count += 1;
    if (!window.HanziWriter) { load('%(lib)s'); }
    chars.forEach(function (c) {
      if (!store[c]) { load('_ct-hw-' + c.codePointAt(0).toString(16) + '.js'); }
    });
    done();
  });
})();
</script>{{/Strokes}}
""".replace("%(lib)s", HANZI_WRITER_MEDIA)

_HANZI = '<div class="ct-hanzi ct-kai">{{Simplified}}</div>' + _KAI_SCRIPT

_TEMPLATES: list[dict[str, str]] = [
    {
        "name": "Recognition",
        "qfmt": f'<div class="ct-card ct-front">{_HANZI}</div>',
        "afmt": f'<div class="ct-card ct-back">{_HANZI}<hr id="answer">{_DETAILS}</div>',
    },
    {
        "name": "Recall",
        "qfmt": '<div class="ct-card ct-front"><div class="ct-prompt">{{Meaning}}</div>'
        '<div class="ct-ask">写汉字 · write the hanzi</div></div>',
        "afmt": '<div class="ct-card ct-back"><div class="ct-prompt">{{Meaning}}</div>'
        f'<hr id="answer">{_HANZI}{_DETAILS}</div>',
    },
    {
        "name": "Listening",
        "qfmt": '{{#Audio}}<div class="ct-card ct-front"><div class="ct-audio ct-listen">'
        '{{Audio}}</div><div class="ct-ask">听 · what word is this?</div></div>{{/Audio}}',
        "afmt": '<div class="ct-card ct-back"><div class="ct-audio">{{Audio}}</div>'
        f'<hr id="answer">{_HANZI}{_DETAILS}</div>',
    },
    {
        "name": "Sentence",
        "qfmt": '{{#Example}}<div class="ct-card ct-front ct-cloze">'
        '<div class="ct-ex-hanzi ct-sentence">{{Example}}</div>'
        '<div class="ct-ex-pinyin">{{ExamplePinyin}}</div>'
        '{{#ExampleMeaning}}<div class="ct-ex-meaning">{{ExampleMeaning}}</div>{{/ExampleMeaning}}'
        '<div class="ct-ask">{{Meaning}}</div></div>{{/Example}}',
        "afmt": '<div class="ct-card ct-back">'
        '<div class="ct-ex-hanzi ct-sentence">{{Example}}</div>'
        '<div class="ct-ex-pinyin">{{ExamplePinyin}}</div>'
        '{{#ExampleMeaning}}<div class="ct-ex-meaning">{{ExampleMeaning}}</div>{{/ExampleMeaning}}'
        f'<hr id="answer">{_HANZI}{_details(example=False)}</div>',
    },
]


def _unless_flagged(flag: str, front: str) -> str:
    """``front`` unless the note's ``flag`` field is set: then the front is empty, Anki
    makes no card of the template (and lists one made earlier under Empty Cards)."""
    return f"{{{{^{flag}}}}}{front}{{{{/{flag}}}}}"


#: The note type's templates: each front empty when its card type's flag field is set.
TEMPLATES: list[dict[str, str]] = [
    {**template, "qfmt": _unless_flagged(flag, template["qfmt"])}
    for template, flag in zip(_TEMPLATES, FLAG_FIELDS, strict=True)
]

_KAI_FAMILIES = (
    '"Kaiti SC", "STKaiti", "KaiTi", "楷体", "BiauKai", "標楷體", "DFKai-SB", '
    '"LXGW WenKai", "LXGW WenKai Screen", "AR PL UKai CN", "AR PL UKai TW", '
    '"Noto Serif CJK SC", "Source Han Serif SC", serif'
)

_BASE_CSS = """
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px; text-align: center; color: #1d1d1f; background: #fdfcf8;
  margin: 0; padding: 12px 8px; }
.ct-card { max-width: 640px; margin: 0 auto; }
.ct-kai, .ct-hanzi, .ct-ex-hanzi { font-family: %(kai)s; }
.ct-hanzi { font-size: 72px; line-height: 1.2; margin: 8px 0; }
.ct-prompt { font-size: 26px; margin: 12px 0; }
.ct-hanzi-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.ct-hanzi-drawn { margin: 8px 0; line-height: 0; }
.ct-hanzi-cell { display: inline-block; }
.ct-ask { color: #888; font-size: 15px; margin-top: 10px; }
.ct-pinyin { font-size: 30px; margin: 6px 0; }
.ct-zhuyin { font-size: 18px; color: #777; }
.ct-meaning { font-size: 21px; margin: 8px 0; }
.ct-example { margin: 16px auto 8px; padding: 8px 10px; border-left: 3px solid #d9c9a3;
  text-align: left; max-width: 34em; }
.ct-ex-hanzi { font-size: 26px; }
.ct-ex-pinyin { font-size: 16px; color: #555; }
.ct-ex-meaning { font-size: 16px; color: #666; font-style: italic; }
.ct-word { font-weight: bold; background: #fff2b3; border-radius: 3px; }
.ct-cloze .ct-word { font-size: 0; background: none; }
.ct-cloze .ct-word::before { content: "＿＿"; font-size: 26px; color: #b08400; }
.ct-cloze .ct-ex-pinyin .ct-word::before { content: "＿＿"; font-size: 16px; }
.ct-strokes { margin: 12px 0 2px; }
.ct-stroke-cell { display: inline-block; width: 110px; height: 110px; margin: 3px;
  border: 1px solid #d8d0c0; border-radius: 6px; cursor: pointer;
  background-image: linear-gradient(#e8e0d0, #e8e0d0), linear-gradient(#e8e0d0, #e8e0d0);
  background-size: 100% 1px, 1px 100%; background-position: center; background-repeat: no-repeat; }
.ct-strokes-hint { font-size: 12px; color: #999; }
.ct-meta { margin-top: 14px; font-size: 14px; color: #777; }
.ct-meta > span { margin: 0 6px; display: inline-block; }
.ct-level { border: 1px solid #bbb; border-radius: 4px; padding: 0 5px; }
.ct-audio-label { font-size: 12px; color: #999; margin-left: 6px; }
.ct-listen { font-size: 40px; margin: 16px 0; }
.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode {
  color: #e8e6e1; background: #1e1e1e; }
.nightMode .ct-word, .night_mode .ct-word { background: #5a4a10; }
.nightMode .ct-ex-pinyin, .night_mode .ct-ex-pinyin,
.nightMode .ct-ex-meaning, .night_mode .ct-ex-meaning { color: #b8b8b8; }
.nightMode .ct-stroke-cell, .night_mode .ct-stroke-cell { border-color: #555;
  background-image: linear-gradient(#3a3a3a, #3a3a3a), linear-gradient(#3a3a3a, #3a3a3a); }
@media (max-width: 480px) {
  .ct-hanzi { font-size: 56px; }
  .ct-hanzi-drawn svg { max-width: 22vw; height: auto; }
  .ct-pinyin { font-size: 24px; }
  .ct-ex-hanzi { font-size: 22px; }
  .ct-stroke-cell { width: 90px; height: 90px; }
}
""".replace("%(kai)s", _KAI_FAMILIES)


def _lighten(color: str, amount: float = 0.45) -> str:
    """Mix ``#rrggbb`` with white so that tone colours stay readable on a dark card."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def tone_css(tones: ToneScheme) -> str:
    """Tone colour rules for day and night mode (class names ``tone1`` .. ``tone5``)."""
    day = "\n".join(f".card .tone{i} {{ color: {c}; }}" for i, c in enumerate(tones.colors, 1))
    night = "\n".join(
        f".nightMode .tone{i}, .night_mode .tone{i} {{ color: {_lighten(c)}; }}"
        for i, c in enumerate(tones.colors, 1)
    )
    return day + "\n" + night


def model_css(tone_scheme: str | None = None) -> str:
    """The note type's stylesheet with the given tone colour scheme."""
    return _BASE_CSS + tone_css(scheme(tone_scheme))


# ---------------------------------------------------------------- which cards a note makes

#: Anki's test for an empty field: only white space and empty ``<br>``/``<div>`` tags.
_EMPTY_FIELD = re.compile(r"^(?:\s|</?(?:br|div) ?/?>)*$", re.IGNORECASE)
_HANDLEBAR = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

#: A parsed front: ``("=", field)`` for a replacement, ``("#", field, children)`` and
#: ``("^", field, children)`` for conditions; text is left out (it never makes a card).
_Node = tuple


def _parse_front(fmt: str) -> list[_Node]:
    """The field references and conditions of a template, nested as Anki parses them."""
    root: list[_Node] = []
    stack: list[tuple[str, list[_Node]]] = [("", root)]
    for match in _HANDLEBAR.finditer(_COMMENT.sub("", fmt)):
        handle = match.group(1).lstrip("{").strip()
        kind, name = handle[:1], handle[1:].strip()
        if len(handle) >= 2 and kind in "#^":
            children: list[_Node] = []
            stack[-1][1].append((kind, name, children))
            stack.append((name, children))
        elif len(handle) >= 2 and kind == "/":
            if len(stack) == 1 or stack[-1][0] != name:
                raise ValueError(f"{{{{/{name}}}}} closes nothing in a card template")
            stack.pop()
        else:
            stack[-1][1].append(("=", handle.rsplit(":", 1)[-1]))
    if len(stack) != 1:
        raise ValueError(f"{{{{#{stack[-1][0]}}}}} is not closed in a card template")
    return root


def _has_content(nodes: list[_Node], nonempty: set[str]) -> bool:
    """Anki's rule (``renders_with_fields``): a front has content when a non-empty field
    is shown, outside conditions that hide it."""
    for node in nodes:
        if node[0] == "=":
            if node[1] in nonempty:
                return True
        elif (node[1] in nonempty) == (node[0] == "#") and _has_content(node[2], nonempty):
            return True
    return False


_FRONTS = [_parse_front(t["qfmt"]) for t in TEMPLATES]


def _names(nodes: list[_Node]) -> set[str]:
    return {n[1] for n in nodes} | {x for n in nodes if n[0] != "=" for x in _names(n[2])}


#: (index, name) of the fields the fronts look at: only these decide the cards
_FRONT_FIELDS = [(i, name) for i, name in enumerate(FIELDS)
                 if name in set().union(*map(_names, _FRONTS))]


def _filled(value: str) -> bool:
    # most values start with a letter or a hanzi: no need for the regular expression
    return bool(value) and (value[0] not in " \t\n\r\f\v<" or not _EMPTY_FIELD.match(value))


def card_ordinals(fields: list[str] | tuple[str, ...]) -> list[int]:
    """The templates (ordinals) of which a note with these ``FIELDS`` values has a card:
    those whose front is not empty, decided as Anki decides when it adds or edits a note.
    """
    if len(fields) != len(FIELDS):
        raise ValueError(f"a note has {len(FIELDS)} fields, not {len(fields)}")
    nonempty = {name for i, name in _FRONT_FIELDS if _filled(fields[i])}
    return [ord_ for ord_, front in enumerate(_FRONTS) if _has_content(front, nonempty)]


def build_model(tone_scheme: str | None = None) -> genanki.Model:
    """The genanki model (same id, fields and templates every time)."""
    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name, "font": "Arial", "size": 20} for name in FIELDS],
        templates=[dict(t) for t in TEMPLATES],
        css=model_css(tone_scheme),
        sort_field_index=0,
    )


_SECTION_RE = re.compile(r"\{\{([#^])([^}]+)\}\}(.*?)\{\{/\2\}\}", re.DOTALL)
_FIELD_RE = re.compile(r"\{\{(?:(text):)?([^#^/}][^}]*)\}\}")


def render_template(fmt: str, fields: dict[str, str], front_side: str = "") -> str:
    """Fill a card template the way Anki does, for previews outside Anki.

    Handles ``{{Field}}``, ``{{text:Field}}``, ``{{#Field}}…{{/Field}}``,
    ``{{^Field}}…{{/Field}}`` and ``{{FrontSide}}``; field values are inserted as they
    are (they are HTML already).
    """

    def section(match: re.Match[str]) -> str:
        kind, name, body = match.group(1), match.group(2).strip(), match.group(3)
        filled = bool(fields.get(name, "").strip())
        return body if filled == (kind == "#") else ""

    prev = None
    text = fmt
    while prev != text:  # sections of different fields may nest
        prev = text
        text = _SECTION_RE.sub(section, text)

    def field(match: re.Match[str]) -> str:
        name = match.group(2).strip()
        if name == "FrontSide":
            return front_side
        value = fields.get(name, "")
        if match.group(1) == "text":
            value = re.sub(r"<[^>]*>", "", value)
        return value

    return _FIELD_RE.sub(field, text)
