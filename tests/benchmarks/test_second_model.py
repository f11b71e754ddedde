"""The second model measured for the unsure marks (``benchmarks/pinyin/second_model.py``)."""

from __future__ import annotations

import numpy as np

from benchmarks.pinyin.second_model import (
    COLUMNS,
    SecondModel,
    context_features,
    from_crf,
    keys,
    opinions,
    tag_of,
    train,
)

CANDIDATES = {"看": ("kan4", "kan1"), "行": ("xing2", "hang2")}


def _row(text: str, spans: list[tuple[int, int]], t: int, k: int, label: str):
    ch = text[spans[t][0] + k]
    return ch, CANDIDATES[ch].index(label), keys(ch, context_features(text, spans, t, k))


def test_context_features_name_the_words_around_and_the_characters() -> None:
    text = "请你帮我看门。"
    spans = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7)]
    feats = context_features(text, spans, 4, 0)
    assert "w=看" in feats and "wk=看|0" in feats and "lk=1|0" in feats
    assert "w-1=我" in feats and "w+1=门" in feats and "w+2=。" in feats and "w+3=$" in feats
    assert "w-3=你" in feats and "c-2=帮" in feats and "c+2=。" in feats
    assert "c-1c+1=我|门" in feats and "ww+1=看|门" in feats
    first = context_features("行", [(0, 1)], 0, 0)
    assert "w-1=^" in first and "c-1=^" in first and "c+1=$" in first
    assert not any(f.startswith("p") for f in feats)
    tagged = context_features(text, spans, 4, 0, {"我": "r", "看": "v", "门": "n"})
    assert "p=v" in tagged and "p-1=r" in tagged and "p+1=n" in tagged and "p+2=w" in tagged
    assert "p-3=n" in tagged  # 你: not in the table, a Chinese word
    assert not any(f.startswith("p+3") for f in tagged)  # beyond the text


def test_tags_are_mapped_to_pku_s() -> None:
    tags = {"的": "uj", "王": "nrfg", "跑": "v"}
    assert tag_of("的", tags) == "u" and tag_of("王", tags) == "nr" and tag_of("跑", tags) == "v"
    assert tag_of("2024", tags) == "m" and tag_of("，", tags) == "w" and tag_of("龘", tags) == "n"


def test_keys_are_stable_and_name_the_character() -> None:
    assert keys("看", ["b"]) == keys("看", ["b"])
    assert keys("看", ["b"]) != keys("行", ["b"])
    assert all(0 <= h < 2**32 for h in keys("看", ["w=看门", "c+1=门"]))


def test_a_trained_model_tells_readings_apart_by_their_neighbours(tmp_path) -> None:
    rows = []
    for _ in range(5):
        rows.append(_row("看门", [(0, 1), (1, 2)], 0, 0, "kan1"))
        rows.append(_row("看书", [(0, 1), (1, 2)], 0, 0, "kan4"))
        rows.append(_row("看报", [(0, 1), (1, 2)], 0, 0, "kan4"))
        rows.append(_row("银行", [(0, 2)], 0, 1, "hang2"))
        rows.append(_row("行走", [(0, 2)], 0, 0, "xing2"))
    model = train(rows, CANDIDATES, epochs=40)
    feats = context_features("帮我看门", [(0, 1), (1, 2), (2, 3), (3, 4)], 2, 0)
    door = model.probabilities("看", feats)
    book = model.probabilities("看", context_features("我看书", [(0, 1), (1, 2), (2, 3)], 1, 0))
    assert door is not None and book is not None
    assert door.argmax() == 1 and book.argmax() == 0
    assert abs(door.sum() - 1.0) < 1e-6
    assert model.probabilities("人", ["b"]) is None  # a character it was not trained on
    model.save(tmp_path / "m.npz")
    again = SecondModel.load(tmp_path / "m.npz")
    assert again.candidates == {"看": ("kan4", "kan1"), "行": ("xing2", "hang2")}
    assert np.allclose(again.probabilities("看", feats), door, atol=1e-2)  # float16 weights


def test_opinions_flag_a_reading_the_model_rejects() -> None:
    rows = [_row("看门", [(0, 1), (1, 2)], 0, 0, "kan1") for _ in range(5)]
    rows += [_row("看书", [(0, 1), (1, 2)], 0, 0, "kan4") for _ in range(5)]
    model = train(rows, CANDIDATES, epochs=40)
    cuts = {"帮我看门": [(0, 1), (1, 2), (2, 3), (3, 4)], "我看书": [(0, 1), (1, 2), (2, 3)]}
    contexts = [("帮我看门", 2, "看", 0, "kan4", "model"), ("我看书", 1, "看", 0, "kan4", "model"),
                ("一个人", 2, "人", 0, "ren2", "model")]
    cols = opinions(model, lambda ch, syl: syl, contexts, cuts)
    assert cols.shape == (3, len(COLUMNS))
    at = {c: i for i, c in enumerate(COLUMNS)}
    assert cols[0, at["disagrees"]] == 1.0 and cols[0, at["doubt"]] > 0
    assert cols[0, at["disagrees_one"]] == 1.0
    assert cols[1, at["disagrees"]] == 0.0 and cols[1, at["doubt"]] < 0
    assert cols[2].tolist() == [0.0] * len(COLUMNS)  # no cut recorded: no opinion


def test_a_crf_s_weights_become_a_model_with_its_default_reading(tmp_path) -> None:
    door = "/".join(str(ord(c)) for c in "门")
    state = [
        ("bias", "_", 3.0), ("bias", "kan1", 0.5),  # '_': not a target, the default
        (f"+1:word:{door}", "kan1", 4.0),  # 看 before 门: kān
        (f"word:{ord('看')}", "kan4", 0.2), (f"word:{ord('行')}", "kan1", 9.0),  # 行's own
        (f"word:{ord('银')}/{ord('行')}", "yin2-hang2", 5.0),
        ("-1:postag:v", "xing2", 1.0), ("bias", "xing2", 0.1),
    ]
    model = from_crf(state, {**CANDIDATES, "银": ("yin2", "yin4")},
                     {"看": "kan4", "行": "xing2", "银": "yin2"})
    assert model.tagged and model.defaults == {"看": 0, "行": 0, "银": 0}
    spans = [(0, 1), (1, 2), (2, 3), (3, 4)]
    near_door = model.probabilities("看", context_features("帮我看门", spans, 2, 0, {}))
    alone = model.probabilities("看", context_features("我看书", spans[:3], 1, 0, {}))
    assert near_door is not None and alone is not None
    assert near_door.argmax() == 1 and alone.argmax() == 0  # '_' goes to the default kàn
    assert abs(alone.sum() - 1.0) < 1e-6
    bank = model.probabilities("行", context_features("银行", [(0, 2)], 0, 1, {}))
    assert bank is not None and bank.argmax() == 1  # yin2-hang2: 行 hang2 in 银行
    model.save(tmp_path / "crf.npz")
    again = SecondModel.load(tmp_path / "crf.npz")
    assert again.defaults == model.defaults and again.tagged
    feats = context_features("帮我看门", spans, 2, 0, {})
    assert np.allclose(again.probabilities("看", feats), near_door, atol=1e-2)


def test_opinions_can_take_a_tagger_s_words_instead_of_the_engine_s_cut() -> None:
    rows = [_row("看门", [(0, 1), (1, 2)], 0, 0, "kan1") for _ in range(5)]
    rows += [_row("看书", [(0, 1), (1, 2)], 0, 0, "kan4") for _ in range(5)]
    model = train(rows, CANDIDATES, epochs=40)
    # the engine cut 看门 whole; the tagger cuts 看 | 门, the model's one-character word
    cuts = {"帮我看门": [(0, 1), (1, 2), (2, 4)]}
    contexts = [("帮我看门", 2, "看门", 0, "kan4", "dictionary")]
    tagger = {"帮我看门": [("帮", "v"), ("我", "r"), ("看", "v"), ("门", "n")]}
    at = {c: i for i, c in enumerate(COLUMNS)}
    engine_cut = opinions(model, lambda ch, syl: syl, contexts, cuts)
    tagger_cut = opinions(model, lambda ch, syl: syl, contexts, cuts, tagger=tagger)
    assert engine_cut[0, at["disagrees_one"]] == 0.0  # a word of two: not "one"
    assert tagger_cut[0, at["disagrees"]] == 1.0 and tagger_cut[0, at["disagrees_one"]] == 1.0
