"""The foundation commands, run as a user runs them (a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def _run(args: list[str], home, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, CHINESE_TEACH_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "chinese_teach", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def home(corpus):
    return corpus.path.parent


def test_lookup_lists_bank_first(home) -> None:
    out = _run(["lookup", "yinhang"], home)
    assert out.returncode == 0
    assert out.stdout.decode().splitlines()[0].startswith("银行")
    data = json.loads(_run(["lookup", "yinhang", "--json"], home).stdout)
    assert data[0]["simplified"] == "银行"


def test_annotate_text(home) -> None:
    out = _run(["annotate", "--tones", "marks"], home, "我要去银行取钱。这条河很长。\n".encode())
    text = out.stdout.decode()
    assert out.returncode == 0
    assert "yín háng" in text
    assert "cháng" in text


def test_annotate_jsonl_many_lines(home) -> None:
    lines = ["我要去银行。", "", "Hello 世界 123", "这条河很长。"] * 2500
    out = _run(["annotate", "--format", "jsonl"], home, ("\n".join(lines) + "\n").encode())
    assert out.returncode == 0
    rows = out.stdout.decode().splitlines()
    assert len(rows) == 10_000
    first = json.loads(rows[0])
    bank = next(t for t in first["tokens"] if t["text"] == "银行")
    assert bank["pinyin"] == ["yin2", "hang2"]
    assert bank["start"] == 3 and bank["end"] == 5
    assert bank["gloss"] == "bank"
    assert bank["level"]["hsk2021"] == 2
    assert json.loads(rows[2])["tokens"][0]["pinyin"] is None


def test_annotate_encodings_and_binary_refusal(home, tmp_path) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("银行".encode("gbk"))
    out = _run(["annotate", str(gbk), "--tones", "numbers"], home)
    assert "yin2 hang2" in out.stdout.decode()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = _run(["annotate", str(binary)], home)
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "PNG" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_analyze_json(home) -> None:
    out = _run(
        ["analyze", "--standard", "hsk2021", "--target", "2", "--known", "hsk2021:1", "--json"],
        home,
        "我喜欢学习汉语。经济的趋势很重要。".encode(),
    )
    data = json.loads(out.stdout)
    assert data["standard"] == "hsk2021"
    assert any(w["word"] == "趋势" for w in data["above_target"])
    assert 0 < data["coverage"] < 1


def test_corpus_info_and_path(home) -> None:
    out = _run(["corpus", "info"], home)
    assert "CC-CEDICT" in out.stdout.decode()
    assert _run(["corpus", "path"], home).stdout.decode().strip().endswith("corpus.sqlite")


@pytest.mark.parametrize("content", [b"", b"\n  \n", b"Hello, 123.\n"])
def test_analyze_says_an_empty_text_has_nothing_to_analyze(home, tmp_path, content) -> None:
    empty = tmp_path / "lesson.txt"
    empty.write_bytes(content)
    out = _run(["analyze", str(empty)], home)
    err = out.stderr.decode()
    assert out.returncode == 1
    assert "nothing to analyze" in err and "lesson.txt" in err
    assert "beyond" not in out.stdout.decode() + err
    piped = _run(["analyze", "--json"], home, content)
    assert piped.returncode == 1 and piped.stdout == b""
    assert "The standard input" in piped.stderr.decode()


def test_annotate_jsonl_gives_a_words_parts_and_names(home) -> None:
    out = _run(["annotate", "--format", "jsonl"], home, "我们在路上。我叫李华。\n".encode())
    assert out.returncode == 0
    tokens = {t["text"]: t for t in json.loads(out.stdout.decode())["tokens"]}
    assert [p["word"] for p in tokens["路上"]["parts"]] == ["路", "上"]
    assert "road" in tokens["路上"]["parts"][0]["gloss"]
    assert tokens["李华"]["name"] is True and tokens["李华"]["gloss"] == "(name) Li Hua"


def test_annotate_json_shows_the_teachers_marks(home) -> None:
    """The JSON carries the marks a teacher sees (the model asked where it may doubt,
    with how often new classroom text misread the character): 自由裁量权's 量, printed
    liàng, is marked; the engine's own marks leave it out."""
    out = _run(["annotate", "--format", "jsonl"], home,
               "土地法给了地方很大的自由裁量权。\n".encode())
    assert out.returncode == 0
    tokens = {t["text"]: t for t in json.loads(out.stdout.decode())["tokens"]}
    assert tokens["量"]["pinyin"] == ["liang4"]
    assert tokens["量"]["unsure"] == [True]
