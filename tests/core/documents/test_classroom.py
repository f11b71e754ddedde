"""A text cut for the projector: sentences, words with their reading and meaning."""

from __future__ import annotations

from chinese_teach.core.documents.classroom import PinyinShown, class_text


def test_sentences_words_readings_and_new_words(engine, corpus) -> None:
    shown = class_text("T", "我住在北京。我喜欢吃饺子！\n你呢？", engine, corpus, {"饺子"})
    assert len(shown.sentences) == 3
    first = shown.sentences[0]
    assert "".join(w.text for w in first) == "我住在北京。"
    names = [w.pinyin for w in first if w.text == "北京"]
    assert names and names[0] == "Běijīng"  # a name is capitalised as readers print it
    jiaozi = next(w for w in shown.sentences[1] if w.text == "饺子")
    assert (jiaozi.pinyin, jiaozi.tones, jiaozi.new) == ("jiǎozi", (3, 5), True)
    assert "dumpling" in jiaozi.meaning
    chi = next(w for w in shown.sentences[1] if w.text == "吃")
    assert not chi.new and chi.shows_pinyin(PinyinShown.ALL)
    assert not chi.shows_pinyin(PinyinShown.NEW) and jiaozi.shows_pinyin(PinyinShown.NEW)
    stop = shown.sentences[0][-1]
    assert stop.text == "。" and not stop.is_word and not stop.shows_pinyin(PinyinShown.ALL)


def test_pinyin_key_cycles_all_new_none() -> None:
    assert [PinyinShown.ALL.next(), PinyinShown.NEW.next(), PinyinShown.NONE.next()] == [
        PinyinShown.NEW, PinyinShown.NONE, PinyinShown.ALL]
