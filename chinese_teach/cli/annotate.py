"""``chinese-teach annotate``: words and pinyin for a text, as text, JSON, JSONL or HTML."""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import lru_cache

from chinese_teach.cli.common import apply_stored_corrections, configure_stdout, read_input


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("annotate", help="add pinyin to a Chinese text")
    p.add_argument("file", nargs="?", default="-", help="text file (default: standard input)")
    p.add_argument("--format", choices=["text", "json", "jsonl", "html"], default="text")
    p.add_argument("--tones", choices=["marks", "numbers", "none", "zhuyin"], default="marks")
    p.add_argument(
        "--sandhi",
        choices=["textbook", "citation"],
        default="textbook",
        help="write 一/不 with their tone changes as textbooks do (default), or citation tones",
    )
    p.add_argument("--no-corrections", action="store_true",
                   help="ignore your stored pinyin corrections (`chinese-teach corrections`)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from chinese_teach.core.corpus.dictionary import Dictionary
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    configure_stdout()
    text = read_input(args.file)
    corpus = open_corpus()
    engine = get_engine(corpus)
    if args.no_corrections:
        engine.set_corrections([])
        engine.set_segmentation([], {})
    else:
        apply_stored_corrections(engine)
    tone_changes = args.sandhi == "textbook"
    if args.format == "html":
        from chinese_teach.core.documents.reader import ReaderOptions, build_reader
        from chinese_teach.core.export.reader_html import render_html

        options = ReaderOptions.from_dict({"tones": args.tones, "tone_changes": tone_changes})
        doc = build_reader(text, options, engine=engine, dictionary=Dictionary(corpus))
        sys.stdout.write(render_html(doc))
        return 0
    if args.format == "text":
        for line in text.split("\n"):
            for piece in _pieces(line):
                _print_text_line(engine.annotate(piece, tone_changes=tone_changes), args.tones)
        return 0
    describe_all = _describer(corpus, args.tones)
    if args.format == "json":
        tokens = engine.unsure_marks(text, engine.annotate(text, tone_changes=tone_changes))
        out = {"text": text, "tokens": describe_all(tokens)}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    write = sys.stdout.write
    for line, tokens in engine.annotate_lines(lines, tone_changes=tone_changes):
        # the JSON shows the unsure marks: the teacher's marks (:meth:`unsure_marks`)
        write(json.dumps({"text": line, "tokens": describe_all(engine.unsure_marks(line, tokens))},
                         ensure_ascii=False) + "\n")
    return 0


#: Longest piece of one line annotated at once by the text format (characters).
PIECE = 4000
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])")


def _pieces(line: str, limit: int = PIECE) -> list[str]:
    """``line`` cut after sentence ends into pieces of at most about ``limit`` characters.

    A whole book pasted as one line (1.6 million characters) otherwise holds every
    word of it in memory at once (1.6 GB, 85 s); printed piece by piece it costs what
    the same text in lines costs. A line without sentence ends is cut at ``limit``.
    """
    if len(line) <= limit:
        return [line]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(line):
        rest = sentence
        while len(rest) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(rest[:limit])
            rest = rest[limit:]
        if len(current) + len(rest) > limit:
            pieces.append(current)
            current = ""
        current += rest
    if current:
        pieces.append(current)
    return pieces


def _print_text_line(tokens: list, tones: str) -> None:
    """The line, then its pinyin: one syllable per character, words set apart."""
    from chinese_teach.core.text.syllables import render

    pinyin_parts: list[str] = []
    for t in tokens:
        if t.pinyin is not None:
            pinyin_parts.append(" ".join(render(s, tones) for s in t.pinyin))
        elif t.text.strip():
            pinyin_parts.append(t.text)
    print("".join(t.text for t in tokens))
    if any(t.pinyin for t in tokens):
        print("  ".join(pinyin_parts))


def _describer(corpus, tones: str):
    from chinese_teach.core.corpus.glosses import token_glosses
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.core.text.analyze import level_index
    from chinese_teach.core.text.syllables import render

    index = level_index(corpus)

    @lru_cache(maxsize=50000)
    def word_levels(word: str) -> dict:
        levels = {s.value: index.word_level(word, s) for s in Standard}
        return {k: v for k, v in levels.items() if v is not None}

    def describe_all(tokens) -> list[dict]:
        """Each token as JSON; words with their levels and the gloss for their reading
        and place in the sentence (:mod:`chinese_teach.core.corpus.glosses`)."""
        glosses = token_glosses(tokens, corpus)
        out = []
        for token, gloss in zip(tokens, glosses, strict=True):
            item = token.to_json()
            if token.pinyin is not None:
                item["display"] = [render(s, tones) for s in token.pinyin]
                item["level"] = word_levels(token.text)
                item["gloss"] = gloss.short if gloss is not None and gloss.short else None
                if gloss is not None and gloss.parts:  # 路上: 路 road + 上 on
                    item["parts"] = [{"word": w, "gloss": g} for w, g in gloss.parts]
                if token.extra.get("name"):
                    item["name"] = True
                if token.unsure and any(token.unsure):
                    item["unsure"] = list(token.unsure)
            out.append(item)
        return out

    return describe_all
