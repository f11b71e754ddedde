"""A small BiLSTM that reads polyphonic characters in context, run in batches with numpy.

The weights are g2pM's (Park and Lee, Interspeech 2020; Apache-2.0), converted
once to ``resources/polyphones/g2pm.npz`` by :mod:`.derive`. Our inference
differs from g2pM's own: the input projection is folded into one table per
direction at load time, many sentences are run together (sorted by length, one
padded batch per bucket), only the hidden states at the asked positions go
through the classifier, and the classifier's choice is restricted to the
readings the caller allows for that character.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chinese_teach import paths

_BOS = "시"
_EOS = "끝"
_UNK = "<UNK>"
#: Characters of context kept on each side of the asked position.
WINDOW = 12
_BATCH = 256


@dataclass(frozen=True, slots=True)
class Query:
    """One position to read: ``text[index]`` with the readings allowed for it."""

    text: str
    index: int
    allowed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Choice:
    """The model's reading and how sure it is (probability among the allowed readings)."""

    syllable: str
    probability: float


def _find_openblas_local() -> object | None:
    """numpy's bundled OpenBLAS call that sets the thread count for this thread only."""
    roots = [Path(np.__file__).parent, Path(np.__file__).parent.parent / "numpy.libs"]
    for root in roots:
        if not root.is_dir():
            continue
        for lib in sorted(root.glob("*openblas*")):
            try:
                handle = ctypes.CDLL(str(lib))
                fn = handle.openblas_set_num_threads_local
            except (OSError, AttributeError):
                continue
            fn.argtypes = [ctypes.c_int]
            fn.restype = ctypes.c_int
            return fn
    return None


_openblas_local = _find_openblas_local()


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Run small matrix products on one thread: OpenBLAS's threads slow them ten-fold."""
    if _openblas_local is None:
        yield
        return
    previous = _openblas_local(1)
    try:
        yield
    finally:
        _openblas_local(previous)


class PolyphoneModel:
    """BiLSTM polyphone classifier (see the module docstring)."""

    def __init__(self, path: Path | None = None) -> None:
        data = np.load(path or paths.resource("polyphones", "g2pm.npz"))
        meta = json.loads(bytes(data["meta"]).decode("utf-8"))
        self.vocab: dict[str, int] = {ch: i for i, ch in enumerate(meta["vocab"])}
        self.classes: list[str] = meta["classes"]
        self.class_index: dict[str, int] = {c: i for i, c in enumerate(self.classes)}
        #: Character -> readings the model knows for it (CC-CEDICT digest, two or more).
        self.candidates: dict[str, tuple[str, ...]] = {
            ch: tuple(v) for ch, v in meta["candidates"].items()
        }
        emb = data["emb"]
        # PyTorch orders the gates i, f, g, o. We reorder them to i, f, o, g and
        # halve the i, f, o rows, so that one tanh over all gates gives
        # tanh(x/2) for the sigmoid gates (sigmoid(x) = (tanh(x/2) + 1) / 2).
        k = data["w_hh_f"].shape[1]
        order = np.r_[0:2 * k, 3 * k:4 * k, 2 * k:3 * k]
        scale = np.r_[np.full(3 * k, 0.5), np.ones(k)].astype(np.float32)

        def prep(w_ih, w_hh, b_ih, b_hh):
            x = (emb @ w_ih.T + b_ih + b_hh)[:, order] * scale
            return np.ascontiguousarray(x), np.ascontiguousarray((w_hh.T)[:, order] * scale)

        self._xf, self._whf = prep(data["w_ih_f"], data["w_hh_f"], data["b_ih_f"], data["b_hh_f"])
        self._xb, self._whb = prep(data["w_ih_b"], data["w_hh_b"], data["b_ih_b"], data["b_hh_b"])
        self._fc0_w = np.ascontiguousarray(data["fc0_w"].T)
        self._fc0_b = data["fc0_b"]
        self._fc1_w = np.ascontiguousarray(data["fc1_w"].T)
        self._fc1_b = data["fc1_b"]
        self._hidden = self._whf.shape[0]
        self._unk = self.vocab[_UNK]
        self._bos = self.vocab[_BOS]
        self._eos = self.vocab[_EOS]

    def knows(self, char: str) -> bool:
        """True if the model was trained to choose between readings of ``char``."""
        return char in self.candidates

    def logits(self, queries: list[Query]) -> np.ndarray:
        """Raw class scores, one row per query (rows in the order given)."""
        out = np.zeros((len(queries), len(self.classes)), dtype=np.float32)
        if not queries:
            return out
        with _one_blas_thread():
            for b in range(0, len(queries), _BATCH):
                out[b:b + _BATCH] = self._run(queries[b:b + _BATCH])
        return out

    def _run(self, queries: list[Query]) -> np.ndarray:
        # Every row is laid out with its target in the same column: the left
        # context (with BOS) is left-padded, the right context (with EOS)
        # right-padded; padded steps keep the state at zero.
        n = len(queries)
        lefts = [self._encode_left(q.text, q.index) for q in queries]
        rights = [self._encode_right(q.text, q.index) for q in queries]
        width_l = max(len(x) for x in lefts)
        width_r = max(len(x) for x in rights)
        ids = np.zeros((n, width_l + 1 + width_r), dtype=np.int64)
        get = self.vocab.get
        for r, q in enumerate(queries):
            left, right = lefts[r], rights[r]
            ids[r, width_l - len(left):width_l] = left
            ids[r, width_l] = get(q.text[q.index], self._unk)
            ids[r, width_l + 1:width_l + 1 + len(right)] = right
        live = ids != 0
        # Steps where every row is live need no mask (h * 1 is h): most steps.
        padded = (~live).any(axis=0).tolist()
        hdim = self._hidden
        h = np.zeros((n, hdim), dtype=np.float32)
        c = np.zeros_like(h)
        xf = self._xf[ids[:, :width_l + 1]]
        for t in range(width_l + 1):
            h, c = self._step(xf[:, t], h, c, self._whf)
            if padded[t]:
                m = live[:, t:t + 1]
                h = h * m
                c = c * m
        fw = h
        h = np.zeros((n, hdim), dtype=np.float32)
        c = np.zeros_like(h)
        xb = self._xb[ids[:, width_l:]]
        for t in range(width_r, -1, -1):
            h, c = self._step(xb[:, t], h, c, self._whb)
            if padded[width_l + t]:
                m = live[:, width_l + t:width_l + t + 1]
                h = h * m
                c = c * m
        feats = np.concatenate([fw, h], axis=1)
        hidden = np.maximum(feats @ self._fc0_w + self._fc0_b, 0.0)
        return hidden @ self._fc1_w + self._fc1_b

    def _encode_left(self, text: str, index: int) -> list[int]:
        lo = index - WINDOW
        get = self.vocab.get
        unk = self._unk
        ids = [get(ch, unk) for ch in text[max(0, lo):index]]
        return [self._bos, *ids] if lo <= 0 else ids

    def _encode_right(self, text: str, index: int) -> list[int]:
        hi = index + 1 + WINDOW
        get = self.vocab.get
        unk = self._unk
        ids = [get(ch, unk) for ch in text[index + 1:hi]]
        return [*ids, self._eos] if hi >= len(text) else ids

    @staticmethod
    def _step(x: np.ndarray, h: np.ndarray, c: np.ndarray, w_hh: np.ndarray):
        t = np.tanh(x + h @ w_hh)
        k = w_hh.shape[0]
        ifo = t[:, :3 * k] * 0.5 + 0.5
        c = ifo[:, k:2 * k] * c + ifo[:, :k] * t[:, 3 * k:]
        return ifo[:, 2 * k:] * np.tanh(c), c

    def choose(self, queries: list[Query]) -> list[Choice | None]:
        """The best allowed reading for each query (None if the model knows none of them)."""
        scores = self.logits(queries)
        out: list[Choice | None] = []
        for q, row in zip(queries, scores, strict=True):
            idx = [(self.class_index[s], s) for s in q.allowed if s in self.class_index]
            if not idx:
                out.append(None)
                continue
            vals = np.array([row[i] for i, _ in idx], dtype=np.float64)
            vals = np.exp(vals - vals.max())
            vals /= vals.sum()
            best = int(vals.argmax())
            out.append(Choice(idx[best][1], float(vals[best])))
        return out


_model_lock = threading.Lock()
_models: list[PolyphoneModel] = []


def get_model() -> PolyphoneModel:
    """The shared model, loaded on first use."""
    with _model_lock:
        if not _models:
            _models.append(PolyphoneModel())
        return _models[0]
