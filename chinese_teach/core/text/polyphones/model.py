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

import ctypes
import json
import threading
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
#: From this many rows :meth:`PolyphoneModel._choices` computes them together.
_TOGETHER = 8
#: From this many rows :meth:`PolyphoneModel._run_ids` runs :meth:`PolyphoneModel._directions_wide`.
_WIDE = 32
_UNSEEN = object()


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
        #: allowed readings -> (their classifier columns, the readings): :meth:`choose`
        self._columns: dict[tuple[str, ...], tuple[np.ndarray, tuple[str, ...]] | None] = {}

    def knows(self, char: str) -> bool:
        """True if the model was trained to choose between readings of ``char``."""
        return char in self.candidates

    def logits(self, queries: list[Query]) -> np.ndarray:
        """Raw class scores, one row per query (rows in the order given)."""
        if not queries:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        previous = _openblas_local(1) if _openblas_local is not None else None
        try:  # small products on one thread: OpenBLAS's threads slow them ten-fold
            if len(queries) <= _BATCH:  # a text's few rows: the batch's own array
                return self._run(queries)
            out = np.zeros((len(queries), len(self.classes)), dtype=np.float32)
            for b in range(0, len(queries), _BATCH):
                out[b:b + _BATCH] = self._run(queries[b:b + _BATCH])
            return out
        finally:
            if previous is not None:
                _openblas_local(previous)

    def _run(self, queries: list[Query]) -> np.ndarray:
        return self._run_ids(*self._layout(queries))

    def logits_of_groups(self, groups: list[list[Query]]) -> list[np.ndarray]:
        """:meth:`logits` of each group of queries (a paragraph's), computed together:
        the same floats, bit for bit, as one :meth:`logits` call per group.

        A row's floats depend on how many rows its BLAS products have (OpenBLAS uses
        other kernels, summing in another order, for 1, 2-3, 4, ... rows; where the row
        sits among them matters too), not on the other rows' values or on zero steps
        before its own. So groups of the same size run as one stack of products of that
        many rows each (numpy calls BLAS once per stacked item, with the same shapes as
        the group alone), their rows padded to the widest, padded steps masked."""
        out: list[np.ndarray | None] = [None] * len(groups)
        by_size: dict[int, list[int]] = {}
        for g, queries in enumerate(groups):
            if not queries or len(queries) > _BATCH:  # as logits() does them
                out[g] = self.logits(queries)
            else:
                by_size.setdefault(len(queries), []).append(g)
        if by_size:
            previous = _openblas_local(1) if _openblas_local is not None else None
            try:
                for size, members in by_size.items():
                    per_batch = max(1, _BATCH // size)
                    for b in range(0, len(members), per_batch):
                        chunk = members[b:b + per_batch]
                        rows = [q for g in chunk for q in groups[g]]
                        scores = self._run_ids(*self._layout(rows), group=size)
                        for j, g in enumerate(chunk):
                            out[g] = scores[j * size:(j + 1) * size]
            finally:
                if previous is not None:
                    _openblas_local(previous)
        return out  # type: ignore[return-value]

    def _layout(self, queries: list[Query]) -> tuple[np.ndarray, int, int]:
        """The batch's character ids, one row per query, and the widths of the left
        and right contexts. Every row is laid out with its target in the same column:
        the left context (with BOS) is left-padded, the right context (with EOS)
        right-padded (id 0); padded steps keep the state at zero."""
        lefts = [self._encode_left(q.text, q.index) for q in queries]
        rights = [self._encode_right(q.text, q.index) for q in queries]
        width_l = max(len(x) for x in lefts)
        width_r = max(len(x) for x in rights)
        get, unk = self.vocab.get, self._unk
        rows = [
            [0] * (width_l - len(left)) + left + [get(q.text[q.index], unk)] + right
            + [0] * (width_r - len(right))
            for q, left, right in zip(queries, lefts, rights, strict=True)
        ]
        return np.array(rows, dtype=np.int64), width_l, width_r

    def _run_ids(
        self, ids: np.ndarray, width_l: int, width_r: int, group: int | None = None
    ) -> np.ndarray:
        """Class scores of a batch laid out by :meth:`_layout`; its products run on
        ``group`` rows at a time (default: all; :meth:`logits_of_groups`)."""
        n = ids.shape[0]
        group = group or n
        # Both directions run side by side: step t runs the forward LSTM's and the
        # backward LSTM's t-th steps as one stacked batch. The shorter direction
        # starts later, its state held at zero as a padded row's is.
        steps = max(width_l, width_r) + 1
        fwd = ids[:, :width_l + 1]
        bwd = ids[:, width_l:][:, ::-1]
        first_f, first_b = steps - width_l - 1, steps - width_r - 1
        xs = np.zeros((steps, 2, n, self._xf.shape[1]), dtype=np.float32)
        xs[first_f:, 0] = self._xf[fwd].transpose(1, 0, 2)
        xs[first_b:, 1] = self._xb[bwd].transpose(1, 0, 2)
        masks: list[np.ndarray | None] = [None] * steps
        if n > 1:
            # A row shorter than the batch has padded steps (id 0), whose state must
            # stay zero: those steps are masked. The steps before a direction starts
            # need no mask: with zero input and zero state the step leaves the state
            # at zero, as the mask would; a single row has no other padding.
            pad_f, pad_b = fwd == 0, bwd == 0
            needs = pad_f.any(axis=0).tolist(), pad_b.any(axis=0).tolist()
            if True in needs[0] or True in needs[1]:
                # one row mask per step, repeated over the row's gate slots (the
                # layout of :meth:`_directions`'s flat buffers)
                live = np.zeros((steps, 2, n, 1), dtype=np.float32)
                live[first_f:, 0, :, 0] = ~pad_f.T
                live[first_b:, 1, :, 0] = ~pad_b.T
                if n < _WIDE:  # one value per gate slot (the flat buffers' layout)
                    live = np.repeat(live, 4 * self._hidden, axis=3)
                live = live.reshape(steps, -1) if n < _WIDE else live.reshape(steps, 2 * n, 1)
                for t in range(steps):
                    if (t >= first_f and needs[0][t - first_f]) or (
                        t >= first_b and needs[1][t - first_b]
                    ):
                        masks[t] = live[t]
        directions = self._directions if n < _WIDE else self._directions_wide
        fw, h = directions(list(zip(xs, masks, strict=True)), group)
        feats = np.concatenate([fw, h], axis=1)
        if group != n:  # stacked: one product per group, as each group's own call
            feats = feats.reshape(n // group, group, -1)
        hidden = np.maximum(feats @ self._fc0_w + self._fc0_b, 0.0)
        return (hidden @ self._fc1_w + self._fc1_b).reshape(n, -1)

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

    def _directions(self, steps: list, group: int | None = None) -> np.ndarray:
        """The hidden states (forward, backward) after running both LSTMs over
        ``steps``, each ``(inputs, mask or None)``: the inputs stacked as (direction,
        row, gate unit), the mask flat, one value per gate slot of each row. The
        recurrent products run on ``group`` rows at a time (default: all).

        A paragraph asks for a few rows, so numpy's cost per call, not the arithmetic,
        is the time, and a call on a one-dimensional contiguous slice costs a third of
        one on a strided view. So every buffer keeps each row's four gates side by side
        (``i f o g``, as the matrix product writes them) and the element-wise operations
        run on flat slices shifted so that the operands line up: ``f * c`` multiplies
        the gates from offset ``k`` with the cells, kept at offset ``k`` of their rows;
        ``i * g`` the gates from 0 with those from ``3k``. The slots between hold values
        nobody reads. Each step does what :meth:`_step` does, in its order, so the
        floats are the same as one direction after the other, step by step."""
        x0 = steps[0][0]
        n = x0.shape[1]
        k = self._hidden
        width = 4 * k
        size = 2 * n * width
        span = size - 3 * k  # from a row's first gate to the last row's last unit
        z = np.empty(size, dtype=np.float32)  # the gates: tanh(x + h @ w_hh)
        ifo = np.empty(size, dtype=np.float32)  # i, f, o as sigmoids (g's slots unused)
        # cells at offset k, hidden states at offset 0 of each row's slots; zeros, so
        # that the unread slots stay small numbers
        c = np.zeros(size, dtype=np.float32)
        h = np.zeros(size, dtype=np.float32)
        tmp = np.zeros(size, dtype=np.float32)
        half = np.full(size, 0.5, dtype=np.float32)
        group = group or n
        stacked = group != n  # one product per group of rows
        rows = (2, n // group, group, width) if stacked else (2, n, width)
        z_rows = z.reshape(rows)
        h_in = h.reshape(rows)[..., :k]  # the product's input: each row's k units, strided
        gate_i, gate_f, gate_o, cell = (
            ifo[:span], ifo[k:k + span], ifo[2 * k:2 * k + span], z[3 * k:3 * k + span])
        c_k, tmp_k, h_0 = c[k:k + span], tmp[k:k + span], h[:span]
        w_hh = self._wh[:, None] if stacked else self._wh
        matmul, add, mul, tanh = np.matmul, np.add, np.multiply, np.tanh
        for t, (x, mask) in enumerate(steps):
            if t:
                matmul(h_in, w_hh, z_rows)
                add(x.reshape(size), z, z)
                tanh(z, z)
            else:  # from zero state: h @ w_hh adds nothing to x, f * c nothing below
                tanh(x.reshape(size), z)
            mul(z, half, ifo)
            add(ifo, half, ifo)
            if t:
                mul(gate_f, c_k, c_k)
                mul(gate_i, cell, tmp_k)
                add(c_k, tmp_k, c_k)
            else:
                mul(gate_i, cell, c_k)
            tanh(c_k, tmp_k)
            mul(gate_o, tmp_k, h_0)
            if mask is not None:
                mul(h, mask, h)
                mul(c, mask, c)
        out = np.ascontiguousarray(h_in)
        return out.reshape(2, n, k) if stacked else out

    def _directions_wide(self, steps: list, group: int | None = None) -> np.ndarray:
        """:meth:`_directions` for many rows (a block of paragraphs), where the arithmetic,
        not numpy's cost per call, is the time: the cell states, their tanh and the
        masks (one value per row, ``(2 * rows, 1)``) take only the ``k`` units each row
        needs, not the four gates' slots; the gates and the product's input keep
        :meth:`_directions`' layout. Every value goes through the same operations in
        the same order (tanh on contiguous arrays, as there), so the floats are the
        same."""
        x0 = steps[0][0]
        n = x0.shape[1]
        k = self._hidden
        width = 4 * k
        group = group or n
        z = np.empty((2 * n, width), dtype=np.float32)  # the gates: tanh(x + h @ w_hh)
        ifo = np.empty((2 * n, 3 * k), dtype=np.float32)  # i, f, o as sigmoids
        h = np.zeros((2 * n, width), dtype=np.float32)  # the hidden state in the first k
        c = np.zeros((2 * n, k), dtype=np.float32)
        tmp = np.empty((2 * n, k), dtype=np.float32)
        z_rows = z.reshape(2, n // group, group, width)
        h_in = h.reshape(2, n // group, group, width)[..., :k]
        h_units = h[:, :k]
        gates = z[:, :3 * k]
        gate_i, gate_f, gate_o, cell = ifo[:, :k], ifo[:, k:2 * k], ifo[:, 2 * k:], z[:, 3 * k:]
        w_hh = self._wh[:, None]
        matmul, add, mul, tanh = np.matmul, np.add, np.multiply, np.tanh
        half = np.float32(0.5)
        flat = z.reshape(-1)
        for t, (x, mask) in enumerate(steps):
            if t:
                matmul(h_in, w_hh, z_rows)
                add(x.reshape(-1), flat, flat)
                tanh(flat, flat)
            else:
                tanh(x.reshape(-1), flat)
            mul(gates, half, ifo)
            add(ifo, half, ifo)
            if t:
                mul(gate_f, c, c)
                mul(gate_i, cell, tmp)
                add(c, tmp, c)
            else:
                mul(gate_i, cell, c)
            tanh(c, tmp)
            mul(gate_o, tmp, h_units)
            if mask is not None:
                mul(h_units, mask, h_units)
                mul(c, mask, c)
        return np.ascontiguousarray(h_units).reshape(2, n, k)

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
        return self._choices(queries, self.logits(queries))

    def choose_groups(self, groups: list[list[Query]]) -> list[list[Choice | None]]:
        """:meth:`choose` of each group (a paragraph's queries), the model run once for
        all: the same choices and probabilities as one call per group."""
        scores = self.logits_of_groups(groups)
        choices = self._choices([q for g in groups for q in g],
                                np.concatenate(scores) if scores else scores)
        out, at = [], 0
        for g in groups:
            out.append(choices[at:at + len(g)])
            at += len(g)
        return out

    def _columns_of(self, allowed: tuple[str, ...]) -> tuple[np.ndarray, tuple[str, ...]] | None:
        """:meth:`_allowed_columns`, kept per tuple."""
        columns = self._columns.get(allowed, _UNSEEN)
        if columns is _UNSEEN:
            columns = self._allowed_columns(allowed)
        return columns  # type: ignore[return-value]

    def _choices(self, queries: list[Query], scores: np.ndarray) -> list[Choice | None]:
        """Each query's best allowed reading and its softmax among the allowed columns
        of its row of ``scores``, in float64: row by row for a paragraph's few rows,
        together for many (:meth:`_choices_together`, the same floats)."""
        if len(queries) >= _TOGETHER:
            return self._choices_together(queries, scores)
        out: list[Choice | None] = []
        for q, row in zip(queries, scores, strict=True):
            columns = self._columns_of(q.allowed)
            if columns is None:
                out.append(None)
                continue
            index, syllables = columns
            vals = row[index].astype(np.float64)
            vals = np.exp(vals - vals.max())
            vals /= vals.sum()
            best = int(vals.argmax())
            out.append(Choice(syllables[best], float(vals[best])))
        return out

    def _choices_together(self, queries: list[Query], scores: np.ndarray
                          ) -> list[Choice | None]:
        """:meth:`_choices` with the rows of as many allowed columns as each other
        computed as one array: each value goes through the same element-wise operations
        as row by row, and each row's sum adds its few values in the same order."""
        out: list[Choice | None] = [None] * len(queries)
        by_width: dict[int, list[tuple[int, tuple[np.ndarray, tuple[str, ...]]]]] = {}
        for i, q in enumerate(queries):
            columns = self._columns_of(q.allowed)
            if columns is not None:
                by_width.setdefault(len(columns[1]), []).append((i, columns))
        for members in by_width.values():
            rows = np.array([i for i, _ in members], dtype=np.intp)
            cols = np.stack([c[0] for _, c in members])
            vals = scores[rows[:, None], cols].astype(np.float64)
            vals = np.exp(vals - vals.max(axis=1, keepdims=True))
            vals /= vals.sum(axis=1, keepdims=True)
            best = vals.argmax(axis=1)
            probs = vals[np.arange(len(members)), best]
            for (i, (_, syllables)), b, p in zip(members, best.tolist(), probs.tolist(),
                                                 strict=True):
                out[i] = Choice(syllables[b], p)
        return out

    def _allowed_columns(
        self, allowed: tuple[str, ...]
    ) -> tuple[np.ndarray, tuple[str, ...]] | None:
        """The classifier's columns of the ``allowed`` readings it knows and those
        readings, in the caller's order (None: it knows none); kept per tuple."""
        known = [s for s in allowed if s in self.class_index]
        found = (np.array([self.class_index[s] for s in known], dtype=np.intp),
                 tuple(known)) if known else None
        if len(self._columns) < 4096:
            self._columns[allowed] = found
        return found


_model_lock = threading.Lock()
_models: list[PolyphoneModel] = []


def get_model() -> PolyphoneModel:
    """The shared model, loaded on first use."""
    with _model_lock:
        if not _models:
            _models.append(PolyphoneModel())
        return _models[0]
