"""Live preview: one-character edits in a 5,000-character text (target p95 under 50 ms).

Each edit goes the way of the Quick-annotate page: split into paragraphs,
annotate only paragraphs not seen before (cached by their text), turn tokens
into display tokens (cached), lay out with a :class:`LayoutCache` (only changed
paragraphs are laid out again) and profile the levels of the whole text. The
baseline does the same edit the naive way: annotate and lay out everything.
"""

from __future__ import annotations

import random
import time

from benchmarks.common import Figure, percentile
from benchmarks.context import Context
from benchmarks.texts import SENTENCES, mixed_text

GROUP = "Live preview"
WIDTH_PT = 560.0


class Preview:
    """The Quick-annotate page's work per edit, without the widgets."""

    def __init__(self, engine, levels, style, cached: bool = True) -> None:
        from chinese_teach.render.layout import LayoutCache

        self.engine = engine
        self.levels = levels
        self.style = style
        self.cached = cached
        self.tokens: dict[str, list] = {}
        self.display: dict[str, list] = {}
        self.layout_cache = LayoutCache() if cached else None

    def update(self, text: str):
        """Re-annotate and re-lay out ``text``; returns the layout."""
        from chinese_teach.core.corpus.levels import Standard
        from chinese_teach.core.documents.display import display_tokens
        from chinese_teach.core.text.analyze import analyze
        from chinese_teach.render.layout import layout_paragraphs

        paragraphs = text.split("\n")
        if not self.cached:
            self.tokens.clear()
            self.display.clear()
        for p in paragraphs:
            if p not in self.tokens:
                self.tokens[p] = self.engine.annotate(p) if p else []
            if p not in self.display:
                self.display[p] = display_tokens(self.tokens[p], per_char=True)
        shown = [self.display[p] for p in paragraphs]
        layout = layout_paragraphs(shown, self.style, WIDTH_PT, cache=self.layout_cache)
        analyze([t for p in paragraphs for t in self.tokens[p]], self.levels, Standard.HSK2021,
                target=3)
        return layout


def edits(text: str, count: int, seed: int = 5) -> list[str]:
    """``count`` successive texts, each one character different from the one before."""
    rng = random.Random(seed)
    alphabet = "".join(SENTENCES)
    out = []
    for _ in range(count):
        pos = rng.randrange(len(text))
        if text[pos] == "\n":
            continue
        roll = rng.random()
        if roll < 0.5:  # type a character
            text = text[:pos] + rng.choice(alphabet) + text[pos:]
        elif roll < 0.8:  # delete one
            text = text[:pos] + text[pos + 1:]
        else:  # replace one
            text = text[:pos] + rng.choice(alphabet) + text[pos + 1:]
        out.append(text)
    return out


def run(ctx: Context) -> list[Figure]:
    from chinese_teach.core.text.analyze import level_index
    from chinese_teach.render.layout import RubyStyle

    ctx.qt_app()
    engine = ctx.engine()
    levels = level_index(ctx.corpus())
    style = RubyStyle.create(size=16.0, first_line_indent=0.0, paragraph_spacing=0.5,
                             justify=False)
    length = ctx.size(5000, 600)
    text = mixed_text(length, seed=77)
    steps = edits(text, ctx.size(100, 10))
    preview = Preview(engine, levels, style)
    preview.update(text)  # the text as loaded: everything annotated once
    times = []
    cpu_times = []
    for step in steps:
        cpu = time.process_time()
        start = time.perf_counter()
        layout = preview.update(step)
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.process_time() - cpu) * 1000)
    naive = Preview(engine, levels, style, cached=False)
    naive_times = []
    for step in steps[: ctx.size(8, 2)]:
        start = time.perf_counter()
        naive.update(step)
        naive_times.append((time.perf_counter() - start) * 1000)
    paragraphs = text.count("\n") + 1
    base = "re-annotate + re-lay out everything"
    return [
        Figure(GROUP, f"p50 per edit, {length:,} chars", percentile(times, 50), "ms",
               baseline=percentile(naive_times, 50), baseline_name=base,
               cpu=percentile(cpu_times, 50)),
        Figure(GROUP, f"p95 per edit, {length:,} chars", percentile(times, 95), "ms",
               baseline=percentile(naive_times, 95), baseline_name=base, target=50.0,
               cpu=percentile(cpu_times, 95),
               note=f"{len(steps)} edits, {paragraphs} paragraphs, {len(layout.lines)} lines",
               extra={"edits": len(steps), "paragraphs": paragraphs, "max_ms": max(times)}),
    ]
