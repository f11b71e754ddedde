"""A second opinion of our own for the unsure marks: g2pC's kind of features, our model.

marks13 (benchmarks/pinyin/README.md) found that g2pC, a CRF over the words and tags of
the three words either side, disagrees with the engine on many of the confident errors
the marks miss, but cannot ship. This tool measures whether a small model of our own on
the same kind of features, trained on data we may use and on the engine's own cut, does
the same: for each polyphonic character (the characters of the polyphone model,
``PolyphoneModel.candidates``), a maximum-entropy (multinomial logistic) classifier over
its readings, with hashed features of the character's context (:func:`context_features`):
its word and the words ±1..±3, their lengths, the character's place in its word, the
characters ±1/±2. All characters share one table of weights: a feature is named with its
character, hashed (CRC-32) and looked up in a sorted array (numpy only at run time).

Training data (``train --sources``), none of it CPP dev or test, nor a classroom set:

- ``phrases``: pypinyin's phrase dictionary (``resources/pinyin/phrases.tsv``), each
  phrase a text of its own cut by the engine's segmenter, each polyphonic character of
  it a labelled example;
- ``cedict``: CC-CEDICT's words with one common reading (the engine's lexicon), the same
  way;
- CPP train is not available here: ``shared/bench/cpp`` holds dev and test only, and the
  stored snapshot of the g2pM repository lists ``data/train.sent`` without its content.

A second kind of model, to see how much of g2pC's opinion such a model keeps:
``from-crf`` turns g2pC's own CRF weights (``dump-crf``, in g2pC's environment) into a
model of this module (:func:`from_crf`), on the engine's cut with jieba's dictionary tags
(:func:`tag_of`) in place of pkuseg's; g2pC's label ``_`` (not a target) reads the
character's first CC-CEDICT reading, as g2pC does.

Usage::

    .venv/bin/python benchmarks/pinyin/second_model.py train MODEL.npz [--sources phrases,cedict]
    G2PC_VENV/bin/python benchmarks/pinyin/second_model.py dump-crf .../g2pc/crf100.bin crf.json
    .venv/bin/python benchmarks/pinyin/second_model.py from-crf crf.json MODEL.npz \
        --cedict .../g2pc/cedict.pkl
    # DIR from `second_opinion.py collect DIR` (rows, contexts and each text's cut):
    .venv/bin/python benchmarks/pinyin/second_model.py opinion MODEL.npz DIR OUT.npz \
        [--tagger DIR/lac.json]   # a tagger's words and tags instead of the engine's cut
    .venv/bin/python benchmarks/pinyin/second_opinion.py measure DIR OUT.npz --opinion doubt --fit
    .venv/bin/python benchmarks/pinyin/second_model.py speed MODEL.npz DIR   # CPU per row

``opinion`` writes, per set of DIR, two columns for ``second_opinion.py measure``:
``disagrees`` (1.0 where the model's best reading is not the engine's) and ``doubt`` (the
model's log-odds against the engine's reading; 0 where it has no opinion), ``known``
(1.0 where it has one), and ``disagrees_one``/``doubt_one``, the same in one-character words
only (where marks11 found the confident errors).
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

#: Characters read by tone-change rules, not by their context's meaning.
SKIP = frozenset("一不")
#: The columns of :func:`opinions` (``opinion`` writes them per set).
COLUMNS = ("disagrees", "doubt", "known", "disagrees_one", "doubt_one")
#: The log-odds are cut at this many units.
LOGIT_CAP = 20.0


def context_features(text: str, spans: Sequence[tuple[int, int]], t: int, k: int,
                     tags: Mapping[str, str] | None = None) -> list[str]:
    """The features of character ``k`` of token ``t`` (``spans`` are the tokens' (start,
    end) in ``text``, in order): g2pC's words ±1..±3 and their lengths, the word itself,
    its length and the character's place in it, the characters ±1/±2; beyond the text a
    word or character is ``^``/``$``. With ``tags`` (word -> PKU-like tag, :func:`tag_of`),
    also g2pC's tags of the word and of the words ±1..±3."""
    start, end = spans[t]
    pos = start + k
    word = text[start:end]

    def tok(i: int) -> str:
        if i < 0:
            return "^"
        if i >= len(spans):
            return "$"
        a, b = spans[i]
        return text[a:b]

    def ch(i: int) -> str:
        return text[i] if 0 <= i < len(text) else ("^" if i < 0 else "$")

    w = {d: tok(t + d) for d in (-3, -2, -1, 1, 2, 3)}
    out = [
        "b", f"w={word}", f"wk={word}|{k}", f"lk={len(word)}|{k}",
        f"w-1={w[-1]}", f"w+1={w[1]}", f"w-2={w[-2]}", f"w+2={w[2]}",
        f"w-3={w[-3]}", f"w+3={w[3]}",
        f"l-1={len(w[-1])}", f"l+1={len(w[1])}",
        f"w-1w={w[-1]}|{word}", f"ww+1={word}|{w[1]}",
        f"c-1={ch(pos - 1)}", f"c+1={ch(pos + 1)}", f"c-2={ch(pos - 2)}", f"c+2={ch(pos + 2)}",
        f"c-1c+1={ch(pos - 1)}|{ch(pos + 1)}",
    ]
    if tags is not None:
        out.append(f"p={tag_of(word, tags)}")
        out.extend(f"p{d:+d}={tag_of(w[d], tags)}" for d in (-3, -2, -1, 1, 2, 3)
                   if w[d] not in "^$")
    return out


#: jieba's tags -> the PKU tags g2pC's CRF was trained with (as marks13 mapped them).
_JIEBA_PKU = {"uj": "u", "ul": "u", "uz": "u", "ug": "u", "uv": "u", "ud": "u", "nrt": "nr",
              "nrfg": "nr", "eng": "x", "zg": "z", "mq": "m"}


def tag_of(word: str, tags: Mapping[str, str]) -> str:
    """A word's tag: jieba's dictionary tag (context-free) mapped to PKU's, ``w`` for
    punctuation, ``m`` for a number, ``n`` for a word jieba does not list."""
    tag = tags.get(word)
    if tag is not None:
        return _JIEBA_PKU.get(tag, tag)
    if word.isdigit():
        return "m"
    if not any("\u4e00" <= c <= "\u9fff" for c in word):
        return "w"
    return "n"


def jieba_tags() -> dict[str, str]:
    """word -> its tag in jieba's own dictionary (``dict.txt``)."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            out[parts[0]] = parts[2]
    return out


def keys(char: str, features: Iterable[str]) -> list[int]:
    """The hashed names of ``features`` of ``char`` (CRC-32 of character and feature)."""
    return [zlib.crc32(f"{char}\x1f{f}".encode()) for f in features]


class SecondModel:
    """The trained classifier: sorted feature hashes, their weights over a character's
    readings (columns in the order of ``candidates[char]``), and the readings."""

    def __init__(self, hashes: np.ndarray, weights: np.ndarray,
                 candidates: dict[str, tuple[str, ...]], *, tagged: bool = False,
                 defaults: dict[str, int] | None = None,
                 rest: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        self.hashes = hashes
        self.weights = weights
        self.candidates = candidates
        #: whether its features include the words' tags (:func:`context_features`)
        self.tagged = tagged
        #: a CRF's (:func:`from_crf`): character -> its default reading (index), which
        #: g2pC's label ``_`` (not a target) stands for; that label's weights are the same
        #: for every character: ``rest`` is their sorted hashes (:func:`keys` with no
        #: character) and weights
        self.defaults = defaults
        self.rest = rest

    @classmethod
    def load(cls, path: Path) -> SecondModel:
        """A model written by :meth:`save`."""
        data = np.load(path)
        chars = str(data["chars"])
        readings = str(data["readings"]).split("\n")
        defaults = rest = None
        if "defaults" in data.files:
            defaults = {c: int(i) for c, i in zip(chars, data["defaults"], strict=True)}
            rest = (data["rest_hashes"], data["rest_weights"].astype(np.float32))
        return cls(data["hashes"], data["weights"].astype(np.float32),
                   {c: tuple(r.split()) for c, r in zip(chars, readings, strict=True)},
                   tagged="tagged" in data.files and bool(data["tagged"]),
                   defaults=defaults, rest=rest)

    def save(self, path: Path) -> None:
        """Writes the model (weights as float16)."""
        chars = "".join(self.candidates)
        extra = {}
        if self.defaults is not None and self.rest is not None:
            extra["defaults"] = np.array([self.defaults[c] for c in self.candidates])
            extra["rest_hashes"] = self.rest[0]
            extra["rest_weights"] = self.rest[1].astype(np.float16)
        np.savez_compressed(path, hashes=self.hashes, weights=self.weights.astype(np.float16),
                            **extra,
                            chars=np.array(chars), tagged=np.array(self.tagged),
                            readings=np.array("\n".join(" ".join(v) for v in
                                                        self.candidates.values())))

    def probabilities(self, char: str, features: list[str]) -> np.ndarray | None:
        """The model's probabilities over ``candidates[char]``; None for a character it
        was not trained on or when no feature but the bias is known."""
        names = self.candidates.get(char)
        if names is None:
            return None
        h = np.array(keys(char, features), dtype=np.uint32)
        at = np.searchsorted(self.hashes, h)
        at[at >= len(self.hashes)] = 0
        found = self.hashes[at] == h
        if found.sum() < 2:
            return None
        z = self.weights[at[found], :len(names)].sum(axis=0, dtype=np.float64)
        if self.defaults is None or self.rest is None:
            z = np.exp(z - z.max())
            return z / z.sum()
        hashes, weights = self.rest
        h = np.array(keys("", features), dtype=np.uint32)
        at = np.searchsorted(hashes, h)
        at[at >= len(hashes)] = 0
        z = np.append(z, weights[at[hashes[at] == h]].sum(dtype=np.float64))
        z = np.exp(z - z.max())
        z /= z.sum()
        out = z[:-1]
        out[self.defaults[char]] += z[-1]  # not a target: the default reading
        return out


# --- training data ---------------------------------------------------------------------

def labelled_texts(engine, sources: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(text, one reading per character) of the training ``sources``."""
    from chinese_teach.core.text import fallback

    out: list[tuple[str, tuple[str, ...]]] = []
    seen: set[str] = set()
    if "phrases" in sources:
        for word, reading in fallback.phrase_items():
            syl = tuple(reading.split(" "))
            if len(syl) == len(word):
                out.append((word, syl))
                seen.add(word)
    if "cedict" in sources:
        lex = engine.lexicon
        for word in lex.readings:
            if len(word) < 2 or word in seen or " " in word:
                continue
            common = lex.common_readings(word)
            if len(common) == 1 and len(common[0]) == len(word) and word not in lex.proper:
                out.append((word, common[0]))
    return out


def examples(engine, texts: list[tuple[str, tuple[str, ...]]], candidates, *,
             alone: bool = False):
    """(char, label index, feature hashes) of every polyphonic character of ``texts``
    (cut by the engine's segmenter) whose reading is one of its candidates (a light
    syllable as its full tone, ``Reader.lexical_tone``). With ``alone``, each such
    character of a text of two or more is also an example as a one-character word
    between the rest of the text before and after it (看门 as 看 | 门: a sentence's
    one-character word next to the words a phrase puts it with)."""
    cut = engine.segmenter.cut
    lexical = engine.reader.lexical_tone
    out = []
    for text, reading in texts:
        if not any(c in candidates for c in text):
            continue
        spans, at = [], 0
        for piece in cut(text):
            spans.append((at, at + len(piece)))
            at += len(piece)
        if at != len(text):
            continue
        for t, (a, b) in enumerate(spans):
            for k in range(b - a):
                c = text[a + k]
                names = candidates.get(c)
                if names is None or c in SKIP:
                    continue
                label = lexical(c, reading[a + k])
                if label not in names:
                    continue
                out.append((c, names.index(label), keys(c, context_features(text, spans, t, k))))
                if alone and len(text) > 1:
                    p = a + k
                    cut3 = [x for x in ((0, p), (p, p + 1), (p + 1, len(text))) if x[1] > x[0]]
                    out.append((c, names.index(label),
                                keys(c, context_features(text, cut3, int(p > 0), 0))))
    return out


def train(rows, candidates, *, epochs: int = 60, l2: float = 1e-4, rate: float = 0.5,
          min_count: int = 1) -> SecondModel:
    """Full-batch AdaGrad on the softmax over each character's readings, L2-regularised;
    features seen fewer than ``min_count`` times are dropped."""
    width = max(len(v) for v in candidates.values())
    flat = np.array([h for _, _, hs in rows for h in hs], dtype=np.uint32)
    uniq, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True)
    per = len(rows[0][2])
    idx = inverse.reshape(len(rows), per)
    rare = counts[idx] < min_count
    idx = np.where(rare, len(uniq), idx)  # a dummy row of zeros
    y = np.array([lab for _, lab, _ in rows])
    valid = np.zeros((len(rows), width), dtype=bool)
    for i, (c, _, _) in enumerate(rows):
        valid[i, :len(candidates[c])] = True
    n = len(rows)
    w = np.zeros((len(uniq) + 1, width))
    g2 = np.full_like(w, 1e-8)
    onehot = np.zeros((n, width))
    onehot[np.arange(n), y] = 1.0
    flat_idx = idx.ravel()
    for epoch in range(epochs):
        z = w[idx].sum(axis=1)
        z[~valid] = -1e9
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.log(p[np.arange(n), y] + 1e-12).mean()
        d = (p - onehot) / n
        grad = np.column_stack([np.bincount(flat_idx, weights=np.repeat(d[:, r], per),
                                            minlength=len(w)) for r in range(width)])
        grad += l2 * w
        grad[-1] = 0.0
        g2 += grad * grad
        w -= rate * grad / np.sqrt(g2)
        if epoch % 10 == 0 or epoch == epochs - 1:
            acc = float((p.argmax(axis=1) == y).mean())
            print(f"  epoch {epoch}: loss {loss:.4f}, train accuracy {acc:.4f}", flush=True)
    keep = np.abs(w[:-1]).max(axis=1) > 1e-3
    used = sorted({c for c, _, _ in rows})
    return SecondModel(uniq[keep], w[:-1][keep].astype(np.float32),
                       {c: candidates[c] for c in used})


def from_crf(state: list[tuple[str, str, float]], candidates: dict[str, tuple[str, ...]],
             defaults: dict[str, str]) -> SecondModel:
    """g2pC's CRF state weights (``dump-crf``: attribute, label, weight) as a model of
    this module, on its features: ``word``, ``±k:word`` and ``postag``/``±k:postag``
    become ``w=``, ``w±k=``, ``p=``/``p±k=`` (g2pC writes a word as its characters' code
    points), ``bias`` ``b``, ``BOS``/``EOS`` ``w-1=^``/``w+1=$``. A one-syllable label
    weighs for every character with that reading (g2pC's labels are shared too); a
    word's label (``ban4-fa3``) only with its ``word`` attribute, per character
    (``wk=``). The label ``_`` (not a target: g2pC then reads the first of its
    dictionary's readings, ``defaults``) weighs in the last column; the transitions are
    left out."""
    by_reading: dict[str, list[str]] = {}
    for c, names in candidates.items():
        if c in SKIP:
            continue
        for r in names:
            by_reading.setdefault(r, []).append(c)
    acc: dict[tuple[str, str], dict[str, float]] = {}
    rest: dict[str, float] = {}

    def add(c: str, feature: str, reading: str, weight: float) -> None:
        row = acc.setdefault((c, feature), {})
        row[reading] = row.get(reading, 0.0) + weight

    def word(value: str) -> str:
        return "".join(chr(int(x)) for x in value.split("/"))

    for attr, label, weight in state:
        if attr in ("bias", "BOS", "EOS"):
            feature = {"bias": "b", "BOS": "w-1=^", "EOS": "w+1=$"}[attr]
        else:
            key, _, value = attr.rpartition(":")
            where = key.split(":")[0] if ":" in key else ""
            kind = key.split(":")[-1]
            value = word(value) if kind == "word" else value
            feature = f"{'w' if kind == 'word' else 'p'}{where}={value}"
        if label == "_":
            rest[feature] = rest.get(feature, 0.0) + weight
            continue
        parts = label.split("-")
        if len(parts) > 1:
            if not attr.startswith("word:"):
                continue
            unit = feature[2:]
            if len(unit) != len(parts):
                continue
            for k, (c, r) in enumerate(zip(unit, parts, strict=True)):
                if c in candidates and c not in SKIP and r in candidates[c]:
                    add(c, f"wk={unit}|{k}", r, weight)
            continue
        for c in by_reading.get(label, ()):
            if attr.startswith("word:") and feature[2:] != c:
                continue  # a unit's own word weighs only for its own character
            add(c, feature, label, weight)
    width = max(len(v) for v in candidates.values())
    hashes, rows = [], []
    for (c, feature), readings in acc.items():
        if c not in defaults:
            continue
        row = np.zeros(width, dtype=np.float32)
        for r, v in readings.items():
            row[candidates[c].index(r)] = v
        hashes.append(keys(c, [feature])[0])
        rows.append(row)
    order = np.argsort(np.array(hashes, dtype=np.uint32), kind="stable")
    used = sorted({c for c, _ in acc if c in defaults})
    rest_hashes = np.array(keys("", rest), dtype=np.uint32)
    rest_order = np.argsort(rest_hashes, kind="stable")
    return SecondModel(np.array(hashes, dtype=np.uint32)[order], np.array(rows)[order],
                       {c: candidates[c] for c in used}, tagged=True,
                       defaults={c: candidates[c].index(defaults[c]) for c in used},
                       rest=(rest_hashes[rest_order],
                             np.array(list(rest.values()), dtype=np.float32)[rest_order]))


# --- measuring --------------------------------------------------------------------------

#: LAC's tags -> PKU's (as ``second_opinion.py`` maps them for g2pC).
_LAC_PKU = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t", "xc": "u", "nw": "nz"}


def opinions(model: SecondModel, lexical, contexts: list, cuts: dict[str, list],
             tags: Mapping[str, str] | None = None,
             tagger: dict[str, list[tuple[str, str]]] | None = None) -> np.ndarray:
    """For each collected row (``second_opinion.py collect``'s contexts): (disagrees,
    doubt, has an opinion, disagrees in a one-character word, doubt in one). With
    ``tagger`` (text -> a tagger's (word, tag) pairs, ``second_opinion.py tag lac``), the
    tagger's words and tags in context replace the engine's cut and ``tags``."""
    out = np.zeros((len(contexts), len(COLUMNS)))
    for i, (text, start, engine_word, engine_k, reading, _) in enumerate(contexts):
        word, k = engine_word, engine_k
        ch = word[k]
        used_tags = tags if model.tagged else None
        pairs = tagger.get(text.replace("\n", " ")) if tagger is not None else None
        if pairs is not None:
            spans, at = [], 0
            for piece, _ in pairs:
                spans.append((at, at + len(piece)))
                at += len(piece)
            pos = start + k
            t = next(j for j, (a, b) in enumerate(spans) if a <= pos < b)
            k = pos - spans[t][0]
            word = text[spans[t][0]:spans[t][1]]
            if model.tagged:
                used_tags = {piece: _LAC_PKU.get(tag, tag) for piece, tag in pairs}
        else:
            spans = cuts.get(text)
            if spans is None:
                continue
            t = next(j for j, (a, _) in enumerate(spans) if a == start)
        probs = model.probabilities(ch, context_features(text, spans, t, k, used_tags))
        if probs is None:
            continue
        names = model.candidates[ch]
        asked = lexical(ch, reading)
        if asked not in names:
            continue
        at = names.index(asked)
        p = min(max(float(probs[at]), 1e-9), 1 - 1e-9)
        flag = float(int(probs.argmax()) != at)
        doubt = max(-LOGIT_CAP, min(LOGIT_CAP, -math.log(p / (1 - p))))
        one = float(len(word) == 1)
        out[i] = (flag, doubt, 1.0, flag * one, doubt * one)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    t = sub.add_parser("train")
    t.add_argument("model", type=Path)
    t.add_argument("--sources", default="phrases,cedict")
    t.add_argument("--epochs", type=int, default=60)
    t.add_argument("--l2", type=float, default=1e-4)
    t.add_argument("--min-count", type=int, default=1)
    t.add_argument("--alone", action="store_true",
                   help="each polyphonic character also as a one-character word (examples)")
    d = sub.add_parser("dump-crf", help="g2pC's CRF state weights as JSON (g2pC's own venv)")
    d.add_argument("crf", type=Path, help="g2pC's crf100.bin")
    d.add_argument("out", type=Path)
    f = sub.add_parser("from-crf", help="a model of this module from dump-crf's weights")
    f.add_argument("dump", type=Path)
    f.add_argument("model", type=Path)
    f.add_argument("--cedict", type=Path, required=True,
                   help="g2pC's cedict.pkl (the first reading of each character)")
    o = sub.add_parser("opinion")
    o.add_argument("model", type=Path)
    o.add_argument("folder", type=Path)
    o.add_argument("out", type=Path)
    o.add_argument("--tagger", type=Path,
                   help="a tagger's words and tags (second_opinion.py tag lac) in place of "
                        "the engine's cut and jieba's dictionary tags")
    s = sub.add_parser("speed")
    s.add_argument("model", type=Path)
    s.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    if args.step == "dump-crf":
        import json
        import types

        sys.modules.setdefault("pkuseg", types.ModuleType("pkuseg"))  # g2pC imports it
        with open(args.crf, "rb") as fh:
            crf = pickle.load(fh)
        args.out.write_text(json.dumps([[a, lab, w] for (a, lab), w
                                        in crf.state_features_.items()]), encoding="utf-8")
        return 0

    from chinese_teach.core.text.engine import get_engine

    engine = get_engine()
    engine.load()
    candidates = engine.reader.model.candidates
    if args.step == "train":
        t0 = time.process_time()
        texts = labelled_texts(engine, args.sources.split(","))
        rows = examples(engine, texts, candidates, alone=args.alone)
        print(f"{len(texts)} texts, {len(rows)} examples ({time.process_time() - t0:.1f} s CPU)")
        model = train(rows, candidates, epochs=args.epochs, l2=args.l2, min_count=args.min_count)
        model.save(args.model)
        print(f"{len(model.hashes)} features, {len(model.candidates)} characters -> "
              f"{args.model} ({args.model.stat().st_size / 1e6:.2f} MB); "
              f"{time.process_time() - t0:.1f} s CPU")
        return 0
    if args.step == "from-crf":
        import json

        with open(args.cedict, "rb") as fh:
            cedict = pickle.load(fh)
        defaults = {}
        for c, names in candidates.items():
            prons = cedict.get(c, {}).get("pron", [])
            first = prons[0].lower().replace("u:", "v") if prons else ""
            if first in names:
                defaults[c] = first
        model = from_crf(json.loads(args.dump.read_text(encoding="utf-8")), candidates,
                         defaults)
        model.save(args.model)
        print(f"{len(model.hashes)} features, {len(model.candidates)} characters -> "
              f"{args.model} ({args.model.stat().st_size / 1e6:.2f} MB)")
        return 0
    model = SecondModel.load(args.model)
    tags = jieba_tags() if model.tagged else None
    with open(args.folder / "ctx.pkl", "rb") as fh:
        contexts = pickle.load(fh)
    with open(args.folder / "cuts.pkl", "rb") as fh:
        cuts = pickle.load(fh)
    lexical = engine.reader.lexical_tone
    if args.step == "speed":
        rows = [r for name in contexts for r in contexts[name]][:50000]
        t0 = time.process_time()
        opinions(model, lexical, rows, {t: s for n in cuts for t, s in cuts[n].items()}, tags)
        spent = time.process_time() - t0
        print(f"{len(rows)} rows in {spent:.2f} s CPU ({1e6 * spent / len(rows):.1f} µs a row)")
        return 0
    tagger = None
    if args.step == "opinion" and args.tagger:
        import json

        tagger = {t: [tuple(p) for p in v] for t, v in
                  json.loads(args.tagger.read_text(encoding="utf-8")).items()}
    columns = {}
    for name, rows in contexts.items():
        cols = opinions(model, lexical, rows, cuts[name], tags, tagger)
        columns[name] = cols
        print(f"  {name:28s} {len(rows):6d} rows, opinion on {int(cols[:, 2].sum())}, "
              f"disagrees on {int(cols[:, 0].sum())}")
    np.savez(args.out, **{f"{n}|{c}": v[:, j] for n, v in columns.items()
                          for j, c in enumerate(COLUMNS)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
