"""Derive ``resources/polyphones/g2pm.npz`` from the g2pM package's shipped weights.

Run once by a developer (``python -m chinese_teach.core.text.polyphones.derive``);
the app reads only the ``.npz``. The g2pM package (Apache-2.0) ships a one-layer
BiLSTM (embedding 64, hidden 32 per direction) with a two-layer classifier as
pickled numpy arrays, its character vocabulary, its class list and a digest of
CC-CEDICT character readings. We keep the arrays as float32 and store the
vocabulary, classes and candidate readings as plain strings, so that loading
needs neither pickle nor the g2pM package.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np

from chinese_teach import paths
from chinese_teach.core.text.syllables import normalize

_ARRAYS = {
    "emb": "embedding.weight",
    "w_ih_f": "lstm.weight_ih_l0",
    "w_hh_f": "lstm.weight_hh_l0",
    "b_ih_f": "lstm.bias_ih_l0",
    "b_hh_f": "lstm.bias_hh_l0",
    "w_ih_b": "lstm.weight_ih_l0_reverse",
    "w_hh_b": "lstm.weight_hh_l0_reverse",
    "b_ih_b": "lstm.bias_ih_l0_reverse",
    "b_hh_b": "lstm.bias_hh_l0_reverse",
    "fc0_w": "logit_layer.0.weight",
    "fc0_b": "logit_layer.0.bias",
    "fc1_w": "logit_layer.2.weight",
    "fc1_b": "logit_layer.2.bias",
}


def derive(out: Path | None = None) -> Path:
    """Convert the g2pM pickles into one ``.npz`` file and return its path."""
    import g2pM  # only needed by developers re-deriving the file

    src = Path(g2pM.__file__).parent
    with (src / "np_ckpt.pkl").open("rb") as fh:
        state = pickle.load(fh)
    with (src / "char2idx.pkl").open("rb") as fh:
        char2idx = pickle.load(fh)
    with (src / "class2idx.pkl").open("rb") as fh:
        class2idx = pickle.load(fh)
    with (src / "digest_cedict.pkl").open("rb") as fh:
        cedict = pickle.load(fh)
    vocab = [""] * len(char2idx)
    for ch, i in char2idx.items():
        vocab[i] = ch
    classes = [""] * len(class2idx)
    for c, i in class2idx.items():
        classes[i] = normalize(c)
    candidates = {
        ch: [normalize(p) for p in prons]
        for ch, prons in cedict.items()
        if len(prons) > 1 and len(ch) == 1
    }
    out = out or paths.resource("polyphones", "g2pm.npz")
    arrays = {k: np.asarray(state[v], dtype=np.float32) for k, v in _ARRAYS.items()}
    meta = json.dumps(
        {"vocab": vocab, "classes": classes, "candidates": candidates}, ensure_ascii=False
    )
    np.savez_compressed(out, meta=np.frombuffer(meta.encode("utf-8"), dtype=np.uint8), **arrays)
    return Path(out)


def derive_suspects(out: Path | None = None) -> Path:
    """List the rare dictionary words whose reading the model doubts when read alone.

    For every multi-character CC-CEDICT word outside the HSK lists with one
    common reading, the model reads each polyphonic character of the word on
    its own (no context). Where it prefers another reading with probability at
    least 0.5, the word is listed; the engine then checks those words in
    context (see ``pinyin.OVERRIDE_ABOVE``). Checking only these keeps the
    model off the hundreds of thousands of words it agrees with.
    """
    from chinese_teach.core.corpus.store import open_corpus
    from chinese_teach.core.text.lexicon import Lexicon
    from chinese_teach.core.text.polyphones.model import PolyphoneModel, Query

    lexicon = Lexicon.from_corpus(open_corpus())
    model = PolyphoneModel()
    queries: list[Query] = []
    meta: list[tuple[str, str]] = []
    for word in lexicon.readings:
        if len(word) < 2 or word in lexicon.hsk_words:
            continue
        readings = lexicon.common_readings(word)
        if len(readings) != 1:
            continue
        for k, ch in enumerate(word):
            syl = readings[0][k]
            if syl in model.candidates.get(ch, ()) and syl[-1] != "5":
                queries.append(Query(word, k, model.candidates[ch]))
                meta.append((word, syl))
    suspects = sorted({
        word for (word, syl), choice in zip(meta, model.choose(queries), strict=True)
        if choice is not None and choice.syllable != syl and choice.probability >= 0.5
    })
    out = out or paths.resource("polyphones", "suspect_words.txt")
    Path(out).write_text("\n".join(suspects) + "\n", encoding="utf-8")
    return Path(out)


if __name__ == "__main__":
    print(derive())
    print(derive_suspects())
