"""Dry run of collo18's rule (:mod:`chinese_teach.core.corpus.glosses_collocation`): on
the labelled lines of ``senses.tsv`` whose marked word has one character, the first sense
shown with the rule and without it (the rule's function replaced by one that decides
nothing), and how many of the lines it decides each way fits.

collo19: each line is also counted under the construction in which the rule found the
marked verb's object (:data:`~chinese_teach.core.corpus.glosses_collocation_objects.
CONSTRUCTIONS`: after the verb, past a complement, after a modifier with 的, after 把,
before 被, before 是 … 的, named earlier): ``by_construction`` gives, for each, the lines
where the rule decided a sense (``decided``) and those it changed, fixed and broke.

collo21: four more extensions (``own-head``, ``object-line``, ``pseudo-cleft``,
``earlier-topic``: see :data:`EXTENSIONS`); ``--extension all21`` switches the four off at
once.

collo20: ``--extension NAME`` compares the rule with one of its extensions
(:data:`EXTENSIONS`) off (before) and on (after) instead of the rule off and on: how many
lines that extension decides, fixes and breaks.

Run: ``.venv/bin/python -m benchmarks.words.collocation_dry_run [--all] [--from MARK]
[--extension NAME]`` (``--all``: print every decided line, not only the changed ones;
``--from``: only the lines after the first line starting with MARK, e.g. ``"# collo18"``).
"""

from __future__ import annotations

import argparse
import json
from contextlib import contextmanager

from benchmarks.words.chooser_data import labelled_lines
from benchmarks.words.evaluate import sense_fits


@contextmanager
def _recording(word: str, seen: dict[str, str]):
    """The glosser with the rule's object reader and the rule watched: ``seen["decided"]``
    is the construction of the last object of ``word`` that decided a sense, "" if none."""
    from chinese_teach.core.corpus import glosses as gl

    kept_reader, kept_rule = gl.governed_object, gl.collocation_first
    kept_line = gl.object_line_gloss
    seen["decided"] = seen["last"] = seen["verb"] = ""

    def reader(verb, *a, **k):
        found = kept_reader(verb, *a, **k)
        seen["verb"] = verb
        if verb == word:
            seen["last"] = found[0]
        return found

    def line(*a, **k):  # collo21: asked right after the reader, for the same verb
        found = kept_line(*a, **k)
        if seen["verb"] == word and found is not None:
            seen["decided"] = seen["last"]
        return found

    def rule(verb, *a, **k):
        found = kept_rule(verb, *a, **k)
        if verb == word and found is not None:
            seen["decided"] = seen["last"]
        return found

    gl.governed_object, gl.collocation_first, gl.object_line_gloss = reader, rule, line
    try:
        yield
    finally:
        gl.governed_object, gl.collocation_first = kept_reader, kept_rule
        gl.object_line_gloss = kept_line


#: collo20's extensions of the rule: name -> the functions that make it, each with its
#: stand-in that decides nothing (module, function, stand-in).
EXTENSIONS: dict[str, tuple[tuple[str, str, object], ...]] = {
    "own-word": (("chinese_teach.core.corpus.glosses_collocation", "own_word_item",
                  lambda *a, **k: None),),
    "split": (("chinese_teach.core.corpus.glosses_collocation_objects", "split_object",
               lambda *a, **k: []),),
    "money": (("chinese_teach.core.corpus.glosses_collocation_objects", "money_amount",
               lambda *a, **k: False),),
    # the topic reader, and the earlier words the glosser now gives for it
    "topic": (("chinese_teach.core.corpus.glosses_collocation_objects", "topic_object",
               lambda *a, **k: []),
              ("chinese_teach.core.corpus.glosses", "_topic_may_stand_before",
               lambda *a, **k: False)),
    # collo21: the word of the verb and the object's head (开 + 中药: 开药)
    "own-head": (("chinese_teach.core.corpus.glosses", "Glosser._plain_thing",
                  lambda *a, **k: False),),
    # collo21: the verb's curated object line for an object found away from it
    "object-line": (("chinese_teach.core.corpus.glosses", "object_line_gloss",
                     lambda *a, **k: None),),
    # collo21: the object after 的是 (装 + 的是 + 东西)
    "pseudo-cleft": (("chinese_teach.core.corpus.glosses_collocation_objects",
                      "pseudo_cleft_object", lambda *a, **k: []),),
    # collo21: the earlier same verb's topic (这个章 + 盖得不清楚，重新 + 盖)
    "earlier-topic": (("chinese_teach.core.corpus.glosses_collocation_objects",
                       "_earlier_topic", lambda *a, **k: []),),
}


#: collo21's extensions, switched off together by ``--extension all21``.
_COLLO21 = ("own-head", "object-line", "pseudo-cleft", "earlier-topic")


@contextmanager
def _rule_off(extension: str = ""):
    """The glosser without collo18's rule, or only without one of its ``extension``s."""
    import importlib

    patches = tuple(p for name in _COLLO21 for p in EXTENSIONS[name]) if (
        extension == "all21") else EXTENSIONS[extension] if extension else (
        ("chinese_teach.core.corpus.glosses", "collocation_first", lambda *a, **k: None),)
    kept = []
    for module_name, dotted, stand_in in patches:
        module = importlib.import_module(module_name)
        owner_name, _, name = dotted.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module  # a class's method
        kept.append((owner, name, getattr(owner, name)))
        setattr(owner, name, stand_in)
    try:
        yield
    finally:
        for module, name, function in kept:
            setattr(module, name, function)


def _shown(engine, corpus, sentence: str, word: str) -> str:
    from chinese_teach.core.corpus.glosses import token_glosses

    toks = engine.annotate(sentence)
    glosses: dict[str, str] = {}
    inside: dict[str, str] = {}
    for t, g in zip(toks, token_glosses(toks, corpus), strict=True):
        if g is not None:
            glosses[t.text] = g.short
            for piece, short in g.parts:
                inside.setdefault(piece, short)
    return (inside | glosses).get(word, "")


def run(show_all: bool = False, mark: str = "", extension: str = "") -> dict:
    """Count the lines the rule (or one of its ``extension``s) changes, and how many fit
    before and after."""
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.engine import get_engine

    corpus = open_corpus()
    engine = get_engine(corpus)
    engine.load()
    lines = [x for x in labelled_lines() if len(x[2]) == 1]
    if mark:
        from benchmarks.words.evaluate import HERE

        text = (HERE / "senses.tsv").read_text(encoding="utf-8")
        after = text[text.index("\n" + mark):]
        wanted = {tuple(r.split("\t")[:2]) for r in after.splitlines() if "\t" in r}
        lines = [x for x in lines if (x[1], x[2]) in wanted]
    counts = {"lines": len(lines), "changed": 0, "fixed": 0, "broken": 0,
              "both_wrong": 0, "both_right": 0, "right_before": 0, "right_after": 0}
    from chinese_teach.core.corpus import glosses as gl
    from chinese_teach.core.corpus.glosses_collocation_objects import CONSTRUCTIONS

    by_kind = {c: {"decided": 0, "changed": 0, "fixed": 0, "broken": 0} for c in CONSTRUCTIONS}
    seen: dict[str, str] = {}
    for _part, sentence, word, expected in lines:
        gl.glosser(corpus)._in_context.clear()
        gl.glosser(corpus)._last_governed = None  # an object read with the other switch
        with _recording(word, seen):
            after_shown = _shown(engine, corpus, sentence, word)
        kind = by_kind.get(seen["decided"])
        if kind is not None:
            kind["decided"] += 1
        gl.glosser(corpus)._in_context.clear()  # a part's gloss kept from the run with the rule
        gl.glosser(corpus)._last_governed = None
        with _rule_off(extension):
            before_shown = _shown(engine, corpus, sentence, word)
        ok_before, ok_after = sense_fits(before_shown, expected), sense_fits(after_shown, expected)
        counts["right_before"] += ok_before
        counts["right_after"] += ok_after
        if before_shown == after_shown:
            continue
        counts["changed"] += 1
        key = {(False, True): "fixed", (True, False): "broken", (False, False): "both_wrong",
               (True, True): "both_right"}[(ok_before, ok_after)]
        counts[key] += 1
        if kind is not None:
            kind["changed"] += 1
            if key in ("fixed", "broken"):
                kind[key] += 1
        if show_all or key != "both_right":
            print(f"{key}\t{seen['decided'] or '-'}\t{sentence}\t{word}\t{before_shown!r} -> "
                  f"{after_shown!r}\t({expected})")
    counts["by_construction"] = by_kind
    return counts


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--from", dest="mark", default="")
    ap.add_argument("--extension", choices=[*sorted(EXTENSIONS), "all21"], default="")
    args = ap.parse_args()
    print(json.dumps(run(args.all, args.mark, args.extension), indent=1))
