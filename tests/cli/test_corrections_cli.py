"""``chinese-teach corrections list|add|keep|split|remove|export|import`` and course import
reporting the corrections it brought."""

from __future__ import annotations

import json
from pathlib import Path

from chinese_teach.cli import main


def _json(capsys, args: list[str]):
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_add_list_remove(fresh_home: Path, capsys) -> None:
    assert _json(capsys, ["corrections", "list", "--json"]) == {
        "corrections": [], "segmentation": []}
    assert main(["corrections", "list"]) == 0
    assert "No corrections yet" in capsys.readouterr().out

    assert main(["corrections", "add", "长", "zhǎng", "--left", "很", "--note", "test"]) == 0
    assert "Added c" in capsys.readouterr().out
    assert main(["corrections", "add", "银行", "yin2hang2"]) == 0
    capsys.readouterr()
    assert main(["corrections", "add", "长", "chang2", "--left", "很"]) == 0
    assert "Replaced" in capsys.readouterr().out  # same word and context
    assert main(["corrections", "keep", "长得"]) == 0
    assert main(["corrections", "split", "中国银行", "中国", "银行"]) == 0
    capsys.readouterr()

    listed = _json(capsys, ["corrections", "list", "--json"])
    rows = {(c["word"], c["left"]): c for c in listed["corrections"]}
    assert rows[("长", "很")]["pinyin"] == ["chang2"] and rows[("长", "很")]["note"] == "test"
    assert rows[("银行", "")]["marks"] == "yín háng"
    assert [(e["kind"], e["word"], e["parts"]) for e in listed["segmentation"]] == [
        ("split", "中国银行", ["中国", "银行"]), ("merge", "长得", [])]
    assert main(["corrections", "list"]) == 0
    text = capsys.readouterr().out
    assert "很_" in text and "anywhere" in text and "keep whole" in text
    assert "split into 中国 + 银行" in text
    assert len(_json(capsys, ["corrections", "list", "--json", "--search", "yín"])[
        "corrections"]) == 1

    cid = rows[("银行", "")]["id"]
    assert main(["corrections", "remove", cid]) == 0
    assert "Removed" in capsys.readouterr().out
    sid = listed["segmentation"][1]["id"]
    assert main(["corrections", "remove", sid]) == 0
    assert "Removed s" in capsys.readouterr().out
    after = _json(capsys, ["corrections", "list", "--json"])
    assert [c["word"] for c in after["corrections"]] == ["长"]
    assert [e["word"] for e in after["segmentation"]] == ["中国银行"]


def test_bad_input_is_refused_with_a_message(fresh_home: Path, capsys) -> None:
    for args, message in (
        (["corrections", "add", "银行", "yin2"], "needs 2 syllable"),
        (["corrections", "add", "银行", "yin2 hang9"], "not a pinyin syllable"),
        (["corrections", "add", "bank", "yin2"], "Chinese characters only"),
        (["corrections", "add", "长", "zhang3", "--left", "x" * 101], "at most 100"),
        (["corrections", "split", "银行", "银", "河"], "do not make up"),
        (["corrections", "keep", "长"], "one-character"),
        (["corrections", "remove", "c999"], "no correction c999"),
        (["corrections", "remove", "s999"], "no segmentation edit"),
        (["corrections", "remove", "banana"], "not a correction id"),
    ):
        assert main(args) == 1, args
        assert message in capsys.readouterr().err, args
    assert _json(capsys, ["corrections", "list", "--json"]) == {
        "corrections": [], "segmentation": []}


def test_export_and_import_between_teachers(fresh_home: Path, tmp_path: Path, capsys,
                                            monkeypatch) -> None:
    assert main(["corrections", "add", "银行", "yín háng"]) == 0
    assert main(["corrections", "add", "长", "chang2", "--left", "很"]) == 0
    assert main(["corrections", "keep", "长得"]) == 0
    out = tmp_path / "mine.json"
    assert main(["corrections", "export", str(out)]) == 0
    assert "2 corrections and 1 segmentation" in capsys.readouterr().out
    assert main(["corrections", "export", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["corrections", "export", str(out), "--force"]) == 0
    capsys.readouterr()

    other = tmp_path / "other"
    other.mkdir()
    (other / "corpus.sqlite").symlink_to(fresh_home / "corpus.sqlite")
    monkeypatch.setenv("CHINESE_TEACH_HOME", str(other))
    assert main(["corrections", "add", "银行", "yin2 xing2"]) == 0
    capsys.readouterr()
    result = _json(capsys, ["corrections", "import", str(out), "--json"])
    assert result == {"corrections_added": 1, "segmentation_added": 1, "unchanged": 0,
                      "conflicts": ["银行: kept your yin2 xing2, not yin2 hang2"]}
    assert main(["corrections", "import", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Added 0 corrections" in text and "yours were kept" in text

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "chinese-teach-corrections", "version": 1, '
                   '"corrections": [{"word": "好", "pinyin": ["hao3", "x"]}]}', encoding="utf-8")
    assert main(["corrections", "import", str(bad)]) == 1
    assert "corrections[0]" in capsys.readouterr().err


def test_course_import_reports_the_corrections_it_brings(fresh_home: Path, tmp_path: Path,
                                                          capsys, monkeypatch) -> None:
    courses = _json(capsys, ["course", "list", "--json"])
    cid = courses[0]["id"]
    shown = _json(capsys, ["course", "show", cid, "--json"])
    assert shown["lessons"]
    assert main(["corrections", "add", "我们", "wo3 men2"]) == 0  # in the sample's texts
    assert main(["corrections", "add", "熊猫馆", "xiong2 mao1 guan2"]) == 0  # not in them
    out = tmp_path / "course.zip"
    assert main(["course", "export", cid, "-o", str(out)]) == 0
    capsys.readouterr()
    other = tmp_path / "other"
    other.mkdir()
    (other / "corpus.sqlite").symlink_to(fresh_home / "corpus.sqlite")
    monkeypatch.setenv("CHINESE_TEACH_HOME", str(other))
    result = _json(capsys, ["course", "import", str(out), "--copy", "--json"])
    assert result["corrections_added"] == 1 and result["conflicts"] == []
    words = [c["word"] for c in _json(capsys, ["corrections", "list", "--json"])["corrections"]]
    assert words == ["我们"]


def test_annotate_uses_the_stored_corrections(fresh_home: Path, tmp_path: Path, capsys) -> None:
    text = tmp_path / "t.txt"
    text.write_text("这条河很长。", encoding="utf-8")
    assert main(["annotate", str(text), "--tones", "numbers"]) == 0
    assert "chang2" in capsys.readouterr().out
    assert main(["corrections", "add", "长", "zhang3", "--left", "很"]) == 0
    capsys.readouterr()
    assert main(["annotate", str(text), "--tones", "numbers"]) == 0
    out = capsys.readouterr().out
    assert "zhang3" in out and "chang2" not in out
    assert main(["annotate", str(text), "--tones", "numbers", "--no-corrections"]) == 0
    assert "chang2" in capsys.readouterr().out
    from chinese_teach.core.text.engine import get_engine

    get_engine().set_corrections([])  # the process-wide engine outlives this test
