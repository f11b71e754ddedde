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
        #: Both directions' recurrent weights, stacked: one product per step for both.
        self._wh = np.ascontiguousarray(np.stack([self._whf, self._whb]))
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
        return self._run_ids(*self._layout(queries))

    def _layout(self, queries: list[Query]) -> tuple[np.ndarray, int, int]:
        """The batch's character ids, one row per query, and the widths of the left
        and right contexts. Every row is laid out with its target in the same column:
        the left context (with BOS) is left-padded, the right context (with EOS)
        right-padded (id 0); padded steps keep the state at zero."""
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
        return ids, width_l, width_r

    def _run_ids(self, ids: np.ndarray, width_l: int, width_r: int) -> np.ndarray:
        """Class scores of a batch laid out by :meth:`_layout`."""
        n = ids.shape[0]
        # Both directions run side by side: step t runs the forward LSTM's and the
        # backward LSTM's t-th steps as one stacked batch. The shorter direction
        # starts later, its state held at zero as a padded row's is.
        steps = max(width_l, width_r) + 1
        fwd = ids[:, :width_l + 1]
        bwd = ids[:, width_l:][:, ::-1]
        xs = np.zeros((steps, 2, n, self._xf.shape[1]), dtype=np.float32)
        xs[steps - width_l - 1:, 0] = self._xf[fwd].transpose(1, 0, 2)
        xs[steps - width_r - 1:, 1] = self._xb[bwd].transpose(1, 0, 2)
        live = np.zeros((steps, 2, n, 1), dtype=np.float32)
        live[steps - width_l - 1:, 0, :, 0] = (fwd != 0).T
        live[steps - width_r - 1:, 1, :, 0] = (bwd != 0).T
        # Steps where every row is live need no mask (h * 1 is h): most steps.
        padded = (live == 0).any(axis=(1, 2, 3)).tolist()
        fw, h = self._directions([(xs[t], live[t] if padded[t] else None) for t in range(steps)])
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

    def _directions(self, steps: list) -> np.ndarray:
        """The hidden states (forward, backward) after running both LSTMs over
        ``steps``, each ``(inputs, row mask or None)`` stacked as (direction, row, unit).

        A paragraph asks for a few rows, so numpy's cost per call, not the arithmetic,
        is the time: each step is one stacked product and a few element-wise
        operations for both directions, written into buffers made once, through views
        made once, in the order of :meth:`_step` (the same floats as one direction
        after the other, step by step)."""
        n = steps[0][0].shape[1]
        k = self._hidden
        h = np.zeros((2, n, k), dtype=np.float32)
        c = np.zeros_like(h)
        z = np.empty((2, n, 4 * k), dtype=np.float32)  # the gates: tanh(x + h @ w_hh)
        ifo = np.empty((2, n, 3 * k), dtype=np.float32)  # i, f, o as sigmoids
        tmp = np.empty_like(h)
        gate_i, gate_f, gate_o = ifo[:, :, :k], ifo[:, :, k:2 * k], ifo[:, :, 2 * k:]
        sig, cell = z[:, :, :3 * k], z[:, :, 3 * k:]
        w_hh = self._wh
        matmul, add, mul, tanh = np.matmul, np.add, np.multiply, np.tanh
        for x, mask in steps:
            matmul(h, w_hh, z)
            add(x, z, z)
            tanh(z, z)
            mul(sig, 0.5, ifo)
            add(ifo, 0.5, ifo)
            mul(gate_f, c, c)
            mul(gate_i, cell, tmp)
            add(c, tmp, c)
            tanh(c, tmp)
            mul(gate_o, tmp, h)
            if mask is not None:
                mul(h, mask, h)
                mul(c, mask, c)
        return h

    @staticmethod
    def _step(x: np.ndarray, h: np.ndarray, c: np.ndarray, w_hh: np.ndarray):
        """One LSTM step, as :meth:`_direction` runs it (kept as the reference)."""
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
