"""``benchmarks/pinyin/dump.py --names``: the name mark of each token as a last column,
so that a change of capitals shows in a dump's diff (names29)."""

from __future__ import annotations

from benchmarks.pinyin.dump import token_line


def test_the_names_column_shows_where_capitals_start(engine) -> None:
    toks = [t for t in engine.annotate("明天下小雨。我叫小雨。王老师来了。", tone_changes=False)
            if t.pinyin is not None]
    lines = {}
    for tok in toks:
        lines.setdefault(tok.text, []).append(token_line(tok, engine.reader, names=True))
    assert [line.split("\t")[-1] for line in lines["小雨"]] == ["-", "^."]
    assert lines["王老师"][0].split("\t")[-1] == "^.."
    plain = token_line(toks[0], engine.reader)
    assert plain.count("\t") == 4 and lines[toks[0].text][0].startswith(plain + "\t")
