"""The sense chooser's benchmark scripts (chooser16): features, extractor and fit."""

from __future__ import annotations

from benchmarks.words.chooser_data import NEW_MARK, P15_MARK, labelled_lines, line_row
from benchmarks.words.chooser_features import (
    candidates,
    context_tags,
    sense_notes,
    sense_shape,
    sense_stems,
)
from benchmarks.words.chooser_fit import (
    decide,
    entry_senses,
    fit,
    folds_by_word,
    ranked_best,
)


def _adjective(sense: str) -> bool:
    return sense in ("big", "noisy")


def test_a_sense_has_a_shape() -> None:
    assert sense_shape("to park (a car)", _adjective) == "verb"
    assert sense_shape("(measure word for books)", _adjective) == "measure"
    assert sense_shape("(of clothes) tight", _adjective) == "scope"
    assert sense_shape("usually", _adjective) == "adverb"
    assert sense_shape("only", _adjective) == "noun"  # not an -ly adverb
    assert sense_shape("noisy", _adjective) == "adj"
    assert sense_shape("lightning", _adjective) == "noun"


def test_notes_and_content_words_of_a_sense() -> None:
    assert sense_notes("(bound form) up; (coll.) on") == ["bound", "coll."]
    assert sense_stems("to make (a phone call)") == frozenset({"phone", "call"})
    assert "calli" in sense_stems("calling")


def test_candidates_cross_the_shape_with_the_place() -> None:
    tags = context_tags("停", "车", ("在", "楼下"), ("车", "把"),
                        lambda w: {"车": "N", "在": "在", "楼下": "N", "把": "把"}.get(w, "X"))
    assert "p:N" in tags and "n:在" in tags and "pp:把" in tags and "len:1" in tags
    cands = candidates("停", ["to stop", "to halt", "to park (a car)"], "to stop",
                       "dictionary", tags, _adjective,
                       near=[("far", frozenset({"car"}))])
    assert [c.sense for c in cands] == ["to stop", "to halt", "to park (a car)"]
    assert cands[0].current and not cands[2].current
    assert "n:在|S=verb" in cands[2].features and "i=2" in cands[2].features
    assert "lesk:far" in cands[2].features and "lesk:far" not in cands[0].features
    assert "cur@dictionary" in cands[0].features and "w=停|i=2" in cands[2].features


def _row(word: str, tag: str, fits_verb: bool, part: str = "tuned") -> dict:
    """A synthetic row: the rules chose the noun; the verb fits where ``fits_verb``."""
    noun = {"sense": "bag", "current": True, "fits": not fits_verb,
            "features": ["S=noun", "i=0", f"{tag}|S=noun", "cur", "cur@dictionary"]}
    verb = {"sense": "to wrap", "current": False, "fits": fits_verb,
            "features": ["S=verb", "i=1", f"{tag}|S=verb"]}
    return {"word": word, "expected": "x", "shown": "bag", "ok": not fits_verb,
            "source": "dictionary", "part": part, "cands": [noun, verb]}


def _rows() -> list[dict]:
    out = []
    for k in range(40):
        out.append(_row(f"w{k}", "n:了", True))
        out.append(_row(f"v{k}", "p:NUM", False))
    return out


def test_the_fit_is_reproducible_and_learns_the_place() -> None:
    rows = _rows()
    first = fit(rows, prior=False)
    assert first == fit(rows, prior=False)  # no randomness in the fit
    assert first["n:了|S=verb"] > 0 > first["p:NUM|S=verb"]
    assert folds_by_word(rows) == folds_by_word(rows)
    fold = dict(zip((r["word"] for r in rows), folds_by_word(rows), strict=True))
    assert len(set(fold.values())) == 5
    verb_row, noun_row = _row("new", "n:了", True), _row("new2", "p:NUM", False)
    assert decide(verb_row, first, 0.0, prior=False)  # switched to the verb: right
    assert not decide(verb_row, first, 100.0, prior=False)  # the margin keeps the rules'
    assert decide(noun_row, first, 0.0, prior=False)  # kept the noun
    assert ranked_best(verb_row, first, prior=False)["sense"] == "to wrap"


def test_entry_senses_leave_out_a_curated_line() -> None:
    row = _row("w", "n:了", True)
    row["cands"][0]["features"] = ["S=noun", "i=x", "cur"]
    assert [c["sense"] for c in entry_senses(row, prior=False)] == ["to wrap"]


def test_the_labelled_lines_have_their_parts() -> None:
    lines = labelled_lines()
    parts = [p for p, *_ in lines]
    assert parts.index("p15") > parts.index("tuned")
    assert parts.index("new") > parts.index("p15")
    assert parts.count("new") == 9 and parts.count("p15") == 929
    # later helpers' blocks after chooser16's nine lines (cut39, words38 …) are tuned, not new
    after = parts[len(parts) - parts[::-1].index("new"):]
    assert after and set(after) == {"tuned"}
    assert P15_MARK.startswith("# ") and NEW_MARK == "# chooser16"


def test_the_extractor_reads_the_marked_token(engine, corpus) -> None:
    row = line_row(engine, corpus, "他把车停在楼下了。", "停", "park")
    assert row["ok"] and row["shown"].startswith("to park")
    current = [c for c in row["cands"] if c["current"]]
    assert len(current) == 1 and current[0]["fits"]
    assert any(not c["fits"] for c in row["cands"])  # "to stop" is another candidate
    assert all("len:1" in " ".join(c["features"]) for c in row["cands"])
    park = next(c for c in row["cands"] if c["sense"].startswith("to park"))
    assert any(f.startswith("comp:") for f in park["features"])  # 停车 "to park a car"
    assert "comp:0" not in park["features"]
    none = line_row(engine, corpus, "我们去北京。", "北京", "Beijing")
    assert none["cands"] == []  # a name: nothing to choose
