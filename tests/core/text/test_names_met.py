"""A person's name the text has named stays one unit wherever it comes again (issue 15:
names stay one unit, the same in every output): qa18's reader cut 可是李华说 into 李 "plum"
| 华 "magnificent" after 我的同学叫李华, and proposed 李 and 华 as lesson vocabulary."""

from __future__ import annotations

from chinese_teach.core.text.names import join_names_met
from chinese_teach.core.text.tokens import Kind, Token


def _words(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens if t.pinyin is not None]


def test_a_name_met_earlier_in_the_text_is_joined_where_the_cut_splits_it(engine) -> None:
    text = "我的同学叫李华。可是李华说这是他吃过的最好吃的菜。"
    tokens = engine.annotate(text)
    names = [t for t in tokens if t.text == "李华"]
    assert len(names) == 2
    assert all(t.extra.get("name") for t in names)
    assert [t.pinyin for t in names] == [("li3", "hua2")] * 2
    assert "李" not in _words(tokens) and "华" not in _words(tokens)


def test_a_name_met_in_another_paragraph_is_joined_too(engine) -> None:
    _first, later = engine.annotate_many(["我的同学叫李华。", "回北京以前，李华买了两盒茶。"])
    assert "李华" in _words(later)
    assert next(t for t in later if t.text == "李华").extra.get("name")
    alone = engine.annotate("回北京以前，李华买了两盒茶。")
    assert "李华" not in _words(alone)  # the cut alone does not know the name here


def test_only_whole_touching_tokens_make_the_name() -> None:
    def tok(text: str, start: int, syls: tuple[str, ...]) -> Token:
        return Token(text, start, start + len(text), Kind.HANZI, syls, syls)

    tokens = [tok("李", 0, ("li3",)), tok("华山", 1, ("hua2", "shan1")),
              tok("李", 3, ("li3",)), Token("，", 4, 5, Kind.PUNCT), tok("华", 5, ("hua2",))]
    assert join_names_met(tokens, {"李华"}) is tokens  # 李 | 华山 and 李 ，华 stay
    joined = join_names_met([tok("李", 0, ("li3",)), tok("华", 1, ("hua2",))], {"李华"})
    assert [(t.text, t.pinyin, t.start, t.end) for t in joined] == [
        ("李华", ("li3", "hua2"), 0, 2)]
    assert joined[0].extra.get("name")


def test_the_text_given_only_its_own_names_are_looked_for(monkeypatch) -> None:
    """speed21: with the text the tokens spell, a block's names that the text does not
    write are not looked for, and a text that writes none is not walked at all."""
    from chinese_teach.core.text import names as names_module

    def tok(text: str, start: int, syls: tuple[str, ...]) -> Token:
        return Token(text, start, start + len(text), Kind.HANZI, syls, syls)

    text = "李华"
    tokens = [tok("李", 0, ("li3",)), tok("华", 1, ("hua2",))]
    asked: list[set[str]] = []
    walk = names_module.join_touching_runs

    def counted(toks, words, *args, **kwargs):
        asked.append({n for n in ("李华", "王明", "张伟") if words(n)})
        return walk(toks, words, *args, **kwargs)

    monkeypatch.setattr(names_module, "join_touching_runs", counted)
    joined = join_names_met(tokens, {"李华", "王明", "张伟"}, text)
    assert [t.text for t in joined] == ["李华"]
    assert asked == [{"李华"}]  # the names the text does not write are not asked
    asked.clear()
    plain = [tok("他", 0, ("ta1",)), tok("说", 1, ("shuo1",))]
    assert join_names_met(plain, {"李华", "王明"}, "他说") is plain
    assert asked == []  # no walk over the tokens: the text writes none of the names
    assert join_names_met(plain, {"李华"}) is plain  # without the text: walked, as before
    assert len(asked) == 1


def test_a_block_read_together_gives_the_same_tokens_with_the_texts_given(engine) -> None:
    """The engine passes each paragraph's text: a block where one paragraph names a
    person and others write the name in pieces or not at all gives the tokens it gave
    without the filter (the names joined where written)."""
    block = ["我的同学叫李华。", "回北京以前，李华买了两盒茶。", "他说这是最好吃的菜。",
             "王老师和李华一起去了上海。"]
    tokens = engine.annotate_many(block)
    assert [t.text for t in tokens[1] if t.text == "李华"] == ["李华"]
    assert [t.text for t in tokens[3] if t.text == "李华"] == ["李华"]
    for para, toks in zip(block, tokens, strict=True):
        assert all(t.text == para[t.start:t.end] for t in toks)  # what the filter relies on
