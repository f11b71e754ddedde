"""What review13 and the last session left in the glosses a teacher prints (words18,
issue 15), each mended by the rule that caused it; each test fails on 19201e2."""

from __future__ import annotations

from collections import Counter

from chinese_teach.core.corpus.glosses import Glosser, token_glosses
from tests.core.corpus.test_glosses_classes import _first


def test_a_token_s_object_after_its_verb_is_found_once(corpus, engine, monkeypatch) -> None:
    """打's object lines and topic lines read the same words after the verb (这份报告我已经
    打 + 好了): the object after it is found once per token, and the gloss is the same."""
    calls: Counter = Counter()
    found = Glosser._object_after

    def counted(self: Glosser, rest: tuple[str, ...]) -> str:
        calls[rest] += 1
        return found(self, rest)

    monkeypatch.setattr(Glosser, "_object_after", counted)
    tokens = engine.annotate("这份报告我已经打好了。")
    glosses = token_glosses(tokens, corpus)
    assert calls[("好", "了")] == 1
    assert dict(zip([t.text for t in tokens], glosses, strict=True))["打"].short.startswith(
        "to type")
    assert _first(corpus, engine, "这份报告我已经打好了。", "打") == "to type"
