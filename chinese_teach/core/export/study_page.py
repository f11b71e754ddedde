"""A study page: one self-contained ``.html`` file for students without Anki.

Built from the same :class:`DeckPart` s as the Anki export (same words, same
teacher-corrected pinyin and learner meanings, same stable word ids), it runs on any
phone or Chromebook from the file system or a learning platform: flashcards
(recognition, recall), tone practice, writing practice with stroke order (the shipped
hanzi-writer library and stroke data, inlined) and listening where a word has a
recording (embedded as a data URI). Reviews are scheduled by SM-2 in the page's own
script (``resources/study-page/study.js``, where the algorithm is documented); the
student's progress stays in the browser's ``localStorage`` under the page's key and
the words' ids, so a re-exported page keeps it.

Nothing of the teacher's text is ever written as HTML: every word, meaning and label
goes into one ``<script type="application/json">`` block (with ``<``, ``>``, ``&`` and
the line separators escaped, so no ``</script>`` can end it early) and the script
builds the page with ``textContent``. A Content-Security-Policy forbids any network
access and any script other than the page's own.
"""

from __future__ import annotations

import base64
import hashlib
import json
import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chinese_teach.appinfo import APP_NAME, VERSION
from chinese_teach.core.atomicfile import atomic_write_bytes
from chinese_teach.core.audio import AudioClip, Synthesizer, synthetic_clip, teacher_clip
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.export.anki.words import DeckPart, DeckWord, pinyin_line
from chinese_teach.core.labels import SOURCE, catalogue, for_document, label
from chinese_teach.core.progress import CancelToken, ProgressCallback, check, report
from chinese_teach.core.strokes import StrokeStore, default_store
from chinese_teach.core.text.syllables import base_of, join_word, to_marks, tone_of
from chinese_teach.core.text.tokens import is_hanzi_char
from chinese_teach.core.text.tonecolors import scheme
from chinese_teach.paths import resource

#: Version of the data block the page's script reads (bumped when its shape changes).
DATA_VERSION = 1

#: The page's labels are the document catalogues' entries under this prefix (``study.home``
#: is ``labels.home`` to the script).
LABEL_PREFIX = "study."


def page_labels(lang: str) -> dict[str, str]:
    """Every ``study.*`` label in ``lang`` (English where a language lacks one)."""
    return {key.removeprefix(LABEL_PREFIX): label(key, lang)
            for key in catalogue(SOURCE) if key.startswith(LABEL_PREFIX)}


@dataclass(frozen=True, slots=True)
class StudyOptions:
    """What a study page carries: stroke data (writing practice), the tone colours, the
    document language (None: the app's document language at export time)."""

    strokes: bool = True
    tone_scheme: str = "default"
    lang: str | None = None
    title: str = ""


@dataclass(slots=True)
class StudyReport:
    """What a study-page export wrote, for the CLI's summary and the GUI's message."""

    path: Path | None
    words: int = 0
    lessons: int = 0
    stroke_chars: int = 0
    chars_without_strokes: list[str] = field(default_factory=list)
    audio_words: int = 0
    synthetic_audio: int = 0
    size_bytes: int = 0
    messages: list[str] = field(default_factory=list)


@dataclass(slots=True)
class StudyPage:
    """A study page to write (what the ops layer's exporter table hands its writer): the
    deck's parts, the options, a voice for words without a recording (None: recordings
    only); ``report`` says what the writer wrote."""

    parts: list[DeckPart]
    options: StudyOptions = field(default_factory=StudyOptions)
    synthesizer: Synthesizer | None = None
    report: StudyReport | None = None


def page_key(parts: list[DeckPart]) -> str:
    """The page's identity in the browser's storage: a digest of its decks' stable keys
    (a lesson's id, a list's name), so that a re-export of the same lesson, course or list
    finds the student's progress, and two different pages opened from the same folder
    (one ``file://`` origin) do not mix theirs."""
    keys = "\n".join(sorted(p.key for p in parts))
    return hashlib.sha256(f"chinese-teach-study:{keys}".encode()).hexdigest()[:16]


def _data_uri(clip: AudioClip) -> str:
    mime = mimetypes.guess_type(clip.filename)[0] or "audio/mpeg"
    if mime == "audio/x-wav":
        mime = "audio/wav"
    return f"data:{mime};base64," + base64.b64encode(clip.data).decode("ascii")


def _example(word: DeckWord) -> dict[str, Any] | None:
    ex = word.example
    if ex is None:
        return None
    text = ex.text
    start = text.find(word.simplified) if word.simplified else -1
    # words apart, punctuation against the word before it, in its Latin form
    pinyin = "".join(lead + shown for _, lead, shown in pinyin_line(ex))
    return {"h": text, "at": [start, start + len(word.simplified)] if start >= 0 else None,
            "p": pinyin, "m": ex.meaning}


def word_pinyin(syllables: tuple[str, ...]) -> list[str]:
    """The syllables of a word as written in it, one piece per syllable (to colour each by
    its tone): tone marks, and the apostrophe before a syllable starting with a, o or e
    (Xī'ān), as on the Anki card. Joined without spaces they are the word's pinyin."""
    out: list[str] = []
    for i, syl in enumerate(syllables):
        text = to_marks(syl)
        if i and text and text[0] in "aeoāáǎàēéěèōóǒò" and base_of(syl) != "r":
            text = "'" + text
        out.append(text)
    return out


def tone_choices(syllable: str) -> list[str]:
    """The syllable in each of the five tones, as the tone buttons show it (mā má mǎ mà ma)."""
    base = syllable.rstrip("12345")
    return [to_marks(f"{base}{tone}") for tone in range(1, 6)]


def word_record(word: DeckWord, part_index: int, audio_index: int | None,
                lang: str | None = None) -> dict[str, Any]:
    """One word as the page's script reads it (short keys: the page holds hundreds);
    ``lang``: the language of its level's words (``not in HSK2021``)."""
    return {
        "id": word.uid,
        "s": word.simplified,
        "t": word.traditional if word.traditional != word.simplified else "",
        # the word as said alone, 一/不 as its example writes them (yìqǐ, búcuò)
        "p": word_pinyin(word.spoken),
        "n": [tone_of(s) for s in word.spoken],
        "v": [None if base_of(s) == "r" else tone_choices(s) for s in word.spoken],
        "z": join_word(word.spoken, "zhuyin") if word.pinyin else "",
        "m": word.meaning,
        "l": word.level_text(lang),
        "x": _example(word),
        "a": audio_index,
        "src": word.source,
        "k": part_index,
    }


def _clip(word: DeckWord, synth: Synthesizer | None, lang: str,
          rep: StudyReport) -> AudioClip | None:
    """The teacher's recording of ``word``, else a synthetic one when a voice is given."""
    if word.audio_file is not None:
        try:
            return teacher_clip(word.audio_file, lang)
        except BadInputError as exc:
            rep.messages.append(label("notice.deck.word", word=word.simplified, detail=exc))
    if synth is None:
        return None
    try:
        clip = synthetic_clip(synth, word.simplified)
    except OSError as exc:
        rep.messages.append(label("notice.deck.no_synthetic_audio", word=word.simplified,
                                  detail=exc))
        return None
    rep.synthetic_audio += 1
    return clip


def page_title(parts: list[DeckPart]) -> str:
    """A one-deck page is called after its deck (``Course · 01 Lesson``), a course's page
    after the course (its lessons are listed on the page)."""
    if len(parts) == 1:
        return " · ".join(parts[0].name.split("::"))
    return parts[0].name.split("::")[0] if parts else ""


def page_data(parts: list[DeckPart], options: StudyOptions, *, rep: StudyReport,
              store: StrokeStore | None = None, synthesizer: Synthesizer | None = None,
              progress: ProgressCallback | None = None,
              cancel: CancelToken | None = None) -> dict[str, Any]:
    """Everything the page's script needs, as one JSON-ready dictionary."""
    lang = for_document(options.lang)
    words: list[dict[str, Any]] = []
    audio: list[str] = []
    #: for each clip, what the page says under its play button ("synthetic voice (...)")
    voices: list[str] = []
    lessons: list[dict[str, Any]] = []
    seen: set[str] = set()
    chars: list[str] = []
    total = sum(len(p.words) for p in parts)
    done = 0
    for index, part in enumerate(parts):
        lessons.append({"key": part.key, "name": part.name.split("::")[-1], "full": part.name})
        for word in part.words:
            if done % 25 == 0:
                check(cancel)
                report(progress, done, total, label("progress.packing_deck"))
            done += 1
            if word.uid in seen:  # a word in two lessons is studied once, in the first
                continue
            seen.add(word.uid)
            clip = _clip(word, synthesizer, lang, rep)
            audio_index = None
            if clip is not None:
                audio_index = len(audio)
                audio.append(_data_uri(clip))
                voices.append(label("deck.synthetic_voice", lang, voice=clip.origin)
                              if clip.synthetic else "")
                rep.audio_words += 1
            words.append(word_record(word, index, audio_index, lang))
            chars.extend(ch for ch in word.simplified if is_hanzi_char(ch))
    wanted = list(dict.fromkeys(chars))
    strokes: dict[str, Any] = {}
    if options.strokes:
        store = store or default_store()
        raw = store.raw_many(wanted) if store.available else {}
        strokes = {ch: json.loads(raw[ch]) for ch in wanted if ch in raw}
        rep.chars_without_strokes = [ch for ch in wanted if ch not in raw]
    rep.stroke_chars = len(strokes)
    rep.words = len(words)
    rep.lessons = len(lessons)
    title = options.title or page_title(parts)
    return {
        "v": DATA_VERSION,
        "key": page_key(parts),
        "title": title,
        "lang": lang,
        "app": f"{APP_NAME} {VERSION}",
        "labels": page_labels(lang),
        "tones": list(scheme(options.tone_scheme).colors),
        "lessons": lessons,
        "words": words,
        "audio": audio,
        "voices": voices,
        "strokes": strokes,
        # the licences travel with what they cover, as in the Anki deck's media
        "licences": _licences() if strokes else [],
    }


def _licences() -> list[list[str]]:
    """[name, text] of the hanzi-writer library and the stroke data's licences."""
    return [
        ["Hanzi Writer 3.7.3 (MIT)",
         resource("hanzi-writer", "LICENSE").read_text(encoding="utf-8")],
        ["Stroke data: Make Me a Hanzi / Arphic Public License",
         resource("strokes", "ARPHICPL.TXT").read_text(encoding="utf-8", errors="replace")],
    ]


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<`` (so no ``</script>`` nor
    ``<!--``), ``>`` and ``&`` escaped as well, and U+2028/U+2029 too (line ends to old
    JavaScript engines)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _inline_script(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise ValueError(f"{path.name} cannot be inlined in a <script> element")
    return text


#: No network, no plugin, no other script than the page's own; audio and images from
#: data: URIs only (the page's audio is embedded).
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; media-src data:; font-src data:; base-uri 'none'; form-action 'none'")


_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def _css_color(color: str) -> str:
    """A tone colour as it may go into the stylesheet: ``#rrggbb`` only (a scheme
    from the preferences could hold anything)."""
    return color if _HEX_COLOR.fullmatch(color) else "inherit"


def _lighten(color: str, amount: float = 0.45) -> str:
    """``#rrggbb`` mixed with white: tone colours readable on the night background, as on
    the Anki cards in night mode."""
    if not _HEX_COLOR.fullmatch(color):
        return color
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (r, g, b))


def render_page(data: dict[str, Any]) -> str:
    """The whole page around ``data`` (from :func:`page_data`)."""
    import html

    folder = resource("study-page")
    css = (folder / "study.css").read_text(encoding="utf-8")
    tone_rules = "\n".join(
        f".tone{i}{{color:{_css_color(c)}}}\nhtml.night .tone{i}{{color:{_css_color(_lighten(c))}}}"
        for i, c in enumerate(data["tones"], 1))
    library = _inline_script(resource("hanzi-writer", "hanzi-writer.min.js")) \
        if data["strokes"] else ""
    app = _inline_script(folder / "study.js")
    lang = data["lang"].replace("_", "-")
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f'<meta name="generator" content="{html.escape(data["app"])}">\n'
        f"<title>{html.escape(data['title'] or data['labels']['home'])}</title>\n"
        f"<style>\n{css}\n{tone_rules}\n</style>\n</head>\n<body>\n"
        '<main id="app"></main>\n'
        f'<noscript>{html.escape(data["labels"]["needs_script"])}</noscript>\n'
        f'<script type="application/json" id="ct-data">{script_json(data)}</script>\n'
        + (f"<script>{library}</script>\n" if library else "")
        + f"<script>\n{app}\n</script>\n</body>\n</html>\n"
    )


def export_study_page(parts: list[DeckPart], out: Path, options: StudyOptions | None = None,
                      *, overwrite: bool = False, synthesizer: Synthesizer | None = None,
                      store: StrokeStore | None = None,
                      progress: ProgressCallback | None = None,
                      cancel: CancelToken | None = None) -> StudyReport:
    """Write the study page of ``parts`` at ``out`` (atomically) and say what it holds."""
    options = options or StudyOptions()
    if not any(p.words for p in parts):
        raise BadInputError(key="error.deck.no_words")
    rep = StudyReport(path=Path(out))
    data = page_data(parts, options, rep=rep, store=store, synthesizer=synthesizer,
                     progress=progress, cancel=cancel)
    page = render_page(data).encode("utf-8")
    check(cancel)
    atomic_write_bytes(out, page, overwrite=overwrite)
    rep.size_bytes = len(page)
    report(progress, 1, 1, label("progress.packing_deck"))
    return rep
