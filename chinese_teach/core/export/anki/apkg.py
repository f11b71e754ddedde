"""Anki deck export (.apkg) that a student can re-import without losing anything.

Identity rules (see issue "Anki deck export students can trust"):

* one note type with a fixed id and field order (``note_type``); the card types a deck
  carries are flag fields of each note, so Anki never makes the others, even when the
  student edits a note;
* a note's GUID comes from the word's ``uid`` only, never from field contents, so an
  edited meaning or corrected pinyin updates the student's note and keeps its history;
* deck ids come from the stable key of the lesson/list;
* every export carries a later whole-second timestamp than the previous one
  (:class:`ExportClock`): Anki ignores an update whose modification time is not newer.

Output is deterministic for a given input and timestamp: the package is zipped here with
fixed member dates and in a fixed order (genanki's own writer stamps file dates).

What the student reads (the stroke-order hint, the synthetic-voice label, the deck's
description) is in the document language chosen at export (``AnkiOptions.lang``), and
travels in the notes, never in the templates (see ``note_type``); notices and errors
for the teacher are in the message language.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
import re
import sqlite3
import time
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import genanki

from chinese_teach.core.atomicfile import atomic_write
from chinese_teach.core.audio import AudioClip, Synthesizer, synthetic_clip, teacher_clip
from chinese_teach.core.errors import BadInputError, ExportError
from chinese_teach.core.export.anki.note_type import (
    CONTENT_FIELDS,
    DEFAULT_CARDS,
    FIELDS,
    FLAG_SET,
    HANZI_WRITER_MEDIA,
    STROKE_LICENCE_MEDIA,
    CardType,
    build_model,
    card_ordinals,
    stroke_media_name,
    strokes_field,
)
from chinese_teach.core.export.anki.words import (
    DeckPart,
    DeckWord,
    ExampleSentence,
    pinyin_line,
    tag_of,
)
from chinese_teach.core.labels import for_document, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.strokes import StrokeStore, default_store
from chinese_teach.core.text.syllables import base_of, join_word, render, to_marks, tone_of
from chinese_teach.core.text.tokens import is_hanzi_char
from chinese_teach.paths import data_dir, resource

GUID_NAMESPACE = "chinese-teach-word"
DECK_NAMESPACE = "chinese-teach-deck"
STATE_FILE = "anki-export.json"


@dataclass(frozen=True, slots=True)
class AnkiOptions:
    """What a deck carries."""

    cards: frozenset[CardType] = DEFAULT_CARDS
    strokes: bool = True
    audio: bool = False
    tone_scheme: str = "default"
    #: Text put before the generated deck description (credits, audio label).
    description: str = ""
    #: Language of what the cards and the description say (the stroke-order hint, the
    #: synthetic-voice label): None for the app's document language at export time.
    lang: str | None = None


@dataclass(slots=True)
class ExportReport:
    """What an export wrote, for the CLI's summary and the GUI's message."""

    path: Path | None
    timestamp: int
    decks: int = 0
    notes: int = 0
    cards: int = 0
    media_files: int = 0
    stroke_chars: int = 0
    chars_without_strokes: list[str] = field(default_factory=list)
    #: words left out: none of the chosen card types fits them (no example, no audio...)
    words_without_cards: list[str] = field(default_factory=list)
    audio_words: int = 0
    synthetic_audio: int = 0
    size_bytes: int = 0
    messages: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- identity and time


def note_guid(uid: str) -> str:
    """The note GUID of a word: a function of its library identity only."""
    return genanki.guid_for(GUID_NAMESPACE, uid)


def deck_id_for(key: str) -> int:
    """A stable Anki deck id for a lesson/list key (positive, above Anki's small ids)."""
    digest = hashlib.sha256(f"{DECK_NAMESPACE}:{key}".encode()).digest()
    return (1 << 40) + int.from_bytes(digest[:5], "big")


class ExportClock:
    """Hands out export timestamps that always increase, persisted between runs.

    Anki only updates an existing note from an import whose note is newer (whole seconds),
    so two exports within the same second, or after the computer's clock went back, would
    be silently ignored without this.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (data_dir() / STATE_FILE)

    def last(self) -> int:
        """The last timestamp used (0 if none)."""
        try:
            return int(json.loads(self.path.read_text(encoding="utf-8")).get("last_timestamp", 0))
        except (OSError, ValueError, AttributeError):
            return 0

    def next(self, requested: float | None = None) -> int:
        """A timestamp for a new export: ``requested`` as given (tests, reproducible builds),
        otherwise now, but always at least one second after the last one used."""
        last = self.last()
        if requested is not None:
            stamp = int(requested)
        else:
            stamp = max(int(time.time()), last + 1)
        self.record(stamp)
        return stamp

    def record(self, stamp: int) -> None:
        """Remember ``stamp`` if it is the newest so far."""
        if stamp <= self.last():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"last_timestamp": stamp}), encoding="utf-8")
        os.replace(tmp, self.path)


# ---------------------------------------------------------------- field rendering


#: control characters a field cannot hold: U+001F is Anki's field separator (one in a
#: meaning split the note and the whole deck failed to import), the rest are invisible
_FIELD_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: str) -> str:
    """HTML-escape teacher text for a field (line breaks kept as ``<br>``)."""
    text = _FIELD_CONTROLS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line ends
    return html.escape(text, quote=False).replace("\n", "<br>")


def pinyin_html(syllables: tuple[str, ...] | list[str],
                spelled: tuple[str, ...] = ()) -> str:
    """Tone-coloured pinyin with tone marks: ``<span class="tone2">yín</span>...``;
    ``spelled``, the syllables as printed (one part each: Běijīng, Wáng lǎoshī), replaces
    the plain spelling."""
    if spelled and len(spelled) == len(syllables):
        return "".join(f'<span class="tone{tone_of(syl)}">{html.escape(part)}</span>'
                       for syl, part in zip(syllables, spelled, strict=True))
    if spelled:  # a spelling kept whole (not split by syllable)
        return f'<span class="tone5">{html.escape("".join(spelled))}</span>'
    parts: list[str] = []
    for i, syl in enumerate(syllables):
        text = to_marks(syl)
        if i and text and text[0] in "aeoāáǎàēéěèōóǒò" and base_of(syl) != "r":
            text = "'" + text
        parts.append(f'<span class="tone{tone_of(syl)}">{html.escape(text)}</span>')
    return "".join(parts)


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = text.find(word) if word else -1
    while start >= 0:
        spans.append((start, start + len(word)))
        start = text.find(word, start + len(word))
    return spans


def example_html(example: ExampleSentence, word: str) -> tuple[str, str]:
    """The Example and ExamplePinyin fields: escaped text, the word wrapped in ``ct-word``."""
    text = example.text
    spans = _word_spans(text, word)
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(esc(text[pos:start]))
        out.append(f'<span class="ct-word">{esc(text[start:end])}</span>')
        pos = end
    out.append(esc(text[pos:]))

    # each segment's place in the text, to mark the word's pinyin where the word is
    places: list[tuple[int, int]] = []
    offset = 0
    for seg_text, _ in example.segments:
        places.append((offset, offset + len(seg_text)))
        offset += len(seg_text)
    pin: list[str] = []
    for index, lead, shown in pinyin_line(example):
        if index is None:
            pin.append(lead + esc(shown))
            continue
        piece = pinyin_html(example.segments[index][1], example.spelled(index))
        seg_start, seg_end = places[index]
        if any(s < seg_end and seg_start < e for s, e in spans):
            piece = f'<span class="ct-word">{piece}</span>'
        pin.append(lead + piece)
    return "".join(out), "".join(pin)


def note_fields(
    word: DeckWord, *, audio: AudioClip | None, stroke_chars: str,
    cards: frozenset[CardType] = DEFAULT_CARDS, lang: str | None = None,
) -> list[str]:
    """The field values of a word's note, in ``FIELDS`` order, HTML-safe.

    ``cards`` are the card types the note makes: their flag fields are empty, those of
    the others hold ``y`` (see ``note_type``). The stroke-order hint and the synthetic
    voice's label are in ``lang`` (None: the document language).
    """
    lang = for_document(lang)
    example, example_pinyin, example_meaning = "", "", ""
    if word.example is not None:
        example, example_pinyin = example_html(word.example, word.simplified)
        example_meaning = esc(word.example.meaning)
    audio_field = ""
    if audio is not None:
        audio_field = f"[sound:{audio.filename}]"
        if audio.synthetic:
            said = label("deck.synthetic_voice", lang, voice=esc(audio.origin))
            audio_field += f'<span class="ct-audio-label">{said}</span>'
    values = {
        "Simplified": esc(word.simplified),
        "Traditional": esc(word.traditional) if word.traditional != word.simplified else "",
        # the word as said alone, 一/不 as its example writes them (yìqǐ, búcuò)
        "Pinyin": pinyin_html(word.spoken),
        "PinyinNumbered": esc(join_word(word.spoken, "numbers")) if word.pinyin else "",
        "Zhuyin": esc(join_word(word.spoken, "zhuyin")) if word.pinyin else "",
        "Meaning": esc(word.meaning),
        "Level": esc(word.level_text(lang)),
        "Example": example,
        "ExamplePinyin": example_pinyin,
        "ExampleMeaning": example_meaning,
        "Audio": audio_field,
        "Strokes": strokes_field(esc(stroke_chars), label("deck.strokes_hint", lang)),
        "Source": esc(word.source),
    }
    return [values[name] for name in CONTENT_FIELDS] + flag_values(cards)


@functools.lru_cache(maxsize=16)
def _flags(cards: frozenset[CardType]) -> tuple[str, ...]:
    return tuple("" if card in cards else FLAG_SET for card in CardType)


def flag_values(cards: frozenset[CardType]) -> list[str]:
    """The flag fields of a note making ``cards``: empty for those, ``y`` for the others."""
    return list(_flags(frozenset(cards)))


def note_tags(word: DeckWord, part: DeckPart) -> list[str]:
    """Level tag (``HSK2021::3``), then the part's and the word's own tags."""
    tags: list[str] = []
    if word.level is not None:
        tags.append(word.level.tag)
    for tag in (*part.tags, *word.tags):
        t = tag_of(tag)
        if t not in tags:
            tags.append(t)
    return tags


class _Note(genanki.Note):
    """A note whose GUID is given and whose cards are those Anki itself would make.

    genanki's own guess (its "required fields") cannot read the negated conditions of
    the templates; ``card_ordinals`` applies Anki's rule to the note's fields, flag
    fields included, so the package holds exactly the chosen card types."""

    @property
    def cards(self):  # type: ignore[override]
        cached = self.__dict__.get("_chosen_cards")
        if cached is None:
            cached = [genanki.Card(ord_) for ord_ in card_ordinals(self.fields)]
            self.__dict__["_chosen_cards"] = cached
        return cached


# ---------------------------------------------------------------- the export


AudioFor = Callable[[DeckWord], AudioClip | None]


def _audio_function(options: AnkiOptions, synth: Synthesizer | None, rep: ExportReport,
                    lang: str) -> AudioFor:
    """Teacher recordings first; else synthesis (``synth`` is None unless audio was asked)."""

    def audio_for(word: DeckWord) -> AudioClip | None:
        if word.audio_file is not None:
            try:
                return teacher_clip(word.audio_file, lang)
            except BadInputError as exc:
                rep.messages.append(label("notice.deck.word", word=word.simplified,
                                          detail=exc))
        if synth is None:
            return None
        try:
            return synthetic_clip(synth, word.simplified)
        except OSError as exc:
            rep.messages.append(label("notice.deck.no_synthetic_audio", word=word.simplified,
                                      detail=exc))
            return None

    return audio_for


def build_apkg(
    parts: list[DeckPart],
    options: AnkiOptions,
    timestamp: int,
    *,
    synthesizer: Synthesizer | None = None,
    strokes: StrokeStore | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> tuple[bytes, ExportReport]:
    """The .apkg file's bytes and a report; deterministic for the same arguments.

    A word in several parts becomes one note, in the deck of its first part. A word
    that none of the chosen card types fits is left out (``words_without_cards``).
    What the student reads is in ``options.lang`` (None: the document language now).
    """
    if not any(p.words for p in parts):
        raise BadInputError(key="error.deck.no_words")
    rep = ExportReport(path=None, timestamp=timestamp)
    lang = for_document(options.lang)
    store = strokes or default_store()
    model = build_model(options.tone_scheme)
    cards = options.cards or frozenset({CardType.RECOGNITION})
    audio_for = _audio_function(options, synthesizer if options.audio else None, rep, lang)
    if options.audio and synthesizer is None:
        rep.messages.append(label("notice.deck.no_voice"))
    if options.strokes and not store.available:
        rep.messages.append(label("notice.deck.no_stroke_data"))

    total = sum(len(p.words) for p in parts)
    done = 0
    seen: dict[str, genanki.Note] = {}
    cardless: dict[str, str] = {}
    media: dict[str, bytes] = {}
    stroke_chars_all: set[str] = set()
    missing: set[str] = set()
    decks: list[genanki.Deck] = []
    for part in parts:
        deck = genanki.Deck(deck_id_for(part.key), part.name)
        decks.append(deck)
        # Look the part's characters up in one query.
        chars = {ch for w in part.words for ch in w.simplified}
        raw = store.raw_many(chars) if options.strokes and store.available else {}
        for word in part.words:
            if done % 100 == 0:
                check(cancel)
                report(progress, done, total, label("progress.writing_cards"))
            done += 1
            guid = note_guid(word.uid)
            if guid in seen:  # the same word in another lesson: one note, both tags
                first = seen[guid]
                first.tags = first.tags + [t for t in note_tags(word, part) if t not in first.tags]
                continue
            with_data = ""
            if options.strokes:
                with_data = "".join(dict.fromkeys(ch for ch in word.simplified if ch in raw))
            clip = audio_for(word)  # the teacher's recording always; synthesis if asked
            note = _Note(
                model=model,
                fields=note_fields(word, audio=clip, stroke_chars=with_data, cards=cards,
                                   lang=lang),
                tags=note_tags(word, part),
                guid=guid,
            )
            if not note.cards:
                # None of the chosen card types fits the word (only sentence cards and no
                # example...). Anki keeps no note without a card: it would give it a
                # blank card of the first type, so the word stays out of the deck (unless
                # another lesson's version of it, with an example say, has a card).
                cardless.setdefault(guid, word.simplified)
                continue
            if options.strokes:
                for ch in word.simplified:
                    if ch in raw:
                        if ch not in stroke_chars_all:
                            stroke_chars_all.add(ch)
                            media[stroke_media_name(ch)] = _stroke_js(ch, raw[ch])
                    elif is_hanzi_char(ch):
                        missing.add(ch)
            if clip is not None:
                media[clip.filename] = clip.data
                rep.audio_words += 1
                rep.synthetic_audio += int(clip.synthetic)
            deck.add_note(note)
            seen[guid] = note
            rep.notes += 1
            rep.cards += len(note.cards)
    description = deck_description(
        options.description,
        synthetic_voice=synthesizer.name if options.audio and synthesizer and rep.synthetic_audio
        else None,
        strokes=bool(stroke_chars_all),
        lang=lang,
    )
    for deck in decks:
        deck.description = description
    if stroke_chars_all:
        media[HANZI_WRITER_MEDIA] = resource("hanzi-writer", "hanzi-writer.min.js").read_bytes()
        media[STROKE_LICENCE_MEDIA] = resource("strokes", "ARPHICPL.TXT").read_bytes()
    check(cancel)
    report(progress, total, total, label("progress.packing_deck"))
    rep.decks = len(decks)
    rep.stroke_chars = len(stroke_chars_all)
    rep.chars_without_strokes = sorted(missing)
    rep.words_without_cards = [w for guid, w in cardless.items() if guid not in seen]
    rep.media_files = len(media)
    data = _package_bytes(decks, media, timestamp)
    rep.size_bytes = len(data)
    return data, rep


def deck_description(extra: str = "", *, synthetic_voice: str | None, strokes: bool,
                     lang: str | None = None) -> str:
    """The deck's description in Anki, in ``lang`` (None: the document language): what
    the cards hold, credits, and the audio's nature."""
    lang = for_document(lang)
    parts = [esc(extra)] if extra else []
    parts.append(esc(label("deck.description.made_with", lang)))
    if synthetic_voice:
        said = label("deck.description.synthetic", lang, voice=synthetic_voice)
        parts.append(f"<b>{esc(said)}</b>")
    if strokes:
        parts.append(esc(label("deck.description.strokes", lang, file=STROKE_LICENCE_MEDIA)))
    return "<br>".join(parts)


def _stroke_js(char: str, raw: bytes) -> bytes:
    """A media script that registers one character's hanzi-writer data."""
    key = json.dumps(char)  # ASCII escape, safe in any file system and script
    return (
        b"(window.ctStrokeData=window.ctStrokeData||{})[" + key.encode() + b"]=" + raw + b";\n"
    )


def _package_bytes(decks: list[genanki.Deck], media: dict[str, bytes], timestamp: int) -> bytes:
    """Zip the collection and the media with fixed dates and order."""
    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        id_gen = iter(range(timestamp * 1000, 1 << 62))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # fields are escaped by us
            genanki.Package(decks).write_to_db(cursor, timestamp, id_gen)
        conn.commit()
        collection = conn.serialize()
    finally:
        conn.close()
    date = time.gmtime(max(timestamp, 315532800))[:6]  # zip dates start in 1980
    names = sorted(media)
    buf = _BytesSink()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        def put(name: str, data: bytes, compress: bool = True) -> None:
            info = zipfile.ZipInfo(name, date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)

        put("collection.anki2", collection)
        put("media", json.dumps({str(i): n for i, n in enumerate(names)}, ensure_ascii=False))
        for i, name in enumerate(names):
            put(str(i), media[name], compress=not name.endswith((".mp3", ".ogg", ".m4a")))
    return buf.getvalue()


class _BytesSink:
    """A write-only in-memory file for zipfile (keeps memory use to one copy)."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._pos = 0

    def write(self, data: bytes) -> int:
        self._chunks.append(bytes(data))
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        return None

    def getvalue(self) -> bytes:
        return b"".join(self._chunks)


def export_apkg(
    parts: list[DeckPart],
    out: Path,
    options: AnkiOptions | None = None,
    *,
    timestamp: float | None = None,
    overwrite: bool = False,
    clock: ExportClock | None = None,
    synthesizer: Synthesizer | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write ``parts`` to ``out`` (.apkg) atomically and return what was written.

    ``timestamp`` fixes the export time (reproducible output); by default the clock gives
    one strictly later than any previous export's, and a given one is recorded too.
    """
    options = options or AnkiOptions()
    out = Path(out)
    if out.suffix.lower() != ".apkg":
        raise ExportError(key="error.deck.not_apkg", name=out.name)
    clock = clock or ExportClock()
    stamp = clock.next(timestamp)
    data, rep = build_apkg(
        parts, options, stamp, synthesizer=synthesizer, progress=progress, cancel=cancel
    )
    with atomic_write(out, overwrite=overwrite) as tmp:
        tmp.write_bytes(data)
    rep.path = out
    return rep


def syllable_text(syllables: tuple[str, ...], style: str = "marks") -> str:
    """Plain pinyin of a word in ``style`` (for previews and word lists)."""
    if style == "marks":
        return join_word(syllables, "marks")
    return " ".join(render(s, style) for s in syllables)


@dataclass(frozen=True, slots=True)
class CardPreview:
    """The HTML of one card's two sides as Anki would show them (before scripts run)."""

    front: str
    back: str
    css: str


def preview_card(word: DeckWord, card: CardType, options: AnkiOptions | None = None,
                 *, stroke_chars: str | None = None) -> CardPreview:
    """Front and back HTML of ``word``'s ``card`` (audio shown as a placeholder tag), in
    ``options.lang`` (None: the document language).

    With no script to run, the stroke-order hint the card's script shows is written in."""
    from chinese_teach.core.export.anki.note_type import (
        HINT_PLACE,
        TEMPLATES,
        model_css,
        render_template,
    )

    options = options or AnkiOptions()
    lang = for_document(options.lang)
    if stroke_chars is None:
        store = default_store()
        stroke_chars = "".join(dict.fromkeys(
            ch for ch in word.simplified if options.strokes and store.stroke_count(ch)))
    audio = None
    if options.audio or word.audio_file is not None:
        audio = AudioClip("preview.wav", b"", word.audio_file is None,
                          label("deck.teacher_recording", lang) if word.audio_file else "…")
    # the previewed card type is shown even when the deck does not carry it
    chosen = options.cards | {card}
    values = dict(zip(FIELDS, note_fields(word, audio=audio, stroke_chars=stroke_chars,
                                          cards=chosen, lang=lang), strict=True))
    template = TEMPLATES[card.ordinal]
    hint = HINT_PLACE.replace("><", f">{html.escape(label('deck.strokes_hint', lang))}<")
    front = render_template(template["qfmt"], values).replace(HINT_PLACE, hint)
    back = render_template(template["afmt"], values, front_side=front).replace(HINT_PLACE, hint)
    return CardPreview(front, back, model_css(options.tone_scheme))
