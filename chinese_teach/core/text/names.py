"""Which tokens are names, and which of their syllables a reader capitalises.

Capitals come only from names in context (GB/T 16159): 北京 Běijīng, 王老师 Wáng lǎoshī,
他姓曾 Zēng; never from a common word that a dictionary also lists as a place or a
person (星期六 xīngqīliù, 山上 shān shang, 大家 dàjiā). A name is

* a word jieba tags as a name that CC-CEDICT lists as a proper noun (北京, 汉语);
* the name of a textbook character (小明, 李明: ``resources/words``);
* a surname after 姓 (他姓曾), or before a title or kinship term (王老师, 李 + 先生);
* 小 or 老 with a surname (小王 Xiǎo Wáng, 老李 Lǎo Lǐ);
* a name the word cutter found (``extra["name"] is True`` before this pass).

The result goes into ``Token.extra["name"]``: per syllable, True where a capital
starts (a reader may refine it with the dictionary's own spelling of the name), and
for a surname and title in one token ``extra["name_title"]``, the syllable where the
lower-case title starts (written apart: Wáng lǎoshī).
"""

from __future__ import annotations

from functools import lru_cache

from chinese_teach.core.text.lexicon import Lexicon, textbook_names
from chinese_teach.core.text.tokens import Token

#: Titles and kinship terms written apart and in lower case after a surname.
TITLES = frozenset({
    "老师", "先生", "女士", "小姐", "太太", "夫人", "同学", "阿姨", "叔叔", "伯伯", "大夫",
    "医生", "教授", "经理", "师傅", "校长", "主任", "老板", "爷爷", "奶奶", "大爷", "大妈",
    "大哥", "大姐", "总", "局长", "部长", "院长", "博士", "律师", "护士", "科长", "队长",
})


#: The hundred most common surnames: after 小 or 老 they make a name (小王 Xiǎo Wáng),
#: where another character makes a given name (小明 Xiǎomíng).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤"
)


@lru_cache(maxsize=1)
def _textbook_names() -> frozenset[str]:
    return frozenset(textbook_names())


def mark_names(tokens: list[Token], lexicon: Lexicon) -> None:
    """Set ``extra["name"]`` on the tokens of one annotated text that are names."""
    hanzi = [t for t in tokens if t.pinyin is not None]
    names, proper = lexicon.names, lexicon.proper
    book = _textbook_names()
    last = len(hanzi) - 1
    for i, tok in enumerate(hanzi):
        text = tok.text
        first = text[0]
        detected = tok.extra.get("name") is True  # the word cutter's name detection
        if first not in proper and text not in names and text not in book and (
            first not in "小老"
        ) and not detected:
            continue  # most words: no surname, no name
        n = len(text)
        caps: tuple[bool, ...] | None = None
        title_at = 0  # where a lower-case title starts inside the token (王老师: 1)
        if n == 2 and first in "小老" and text[1] in COMMON_SURNAMES:
            caps = (True, True)  # 小王 Xiǎo Wáng, 老李 Lǎo Lǐ
        elif text in book:
            # 李明 Lǐ Míng (surname and given name apart); 小明 Xiǎomíng, 玛丽 Mǎlì,
            # and a doubled given name is one word (丽丽 Lìlì, not "Lì Lì")
            two_parts = (n in (2, 3) and first in proper and first not in "小老"
                         and text[1] != first)
            caps = (True, two_parts) + (False,) * (n - 2) if n > 1 else (True,)
        elif n >= 2 and text[1:] in TITLES and first in proper:
            caps, title_at = (True,) + (False,) * (n - 1), 1  # 王老师 Wáng lǎoshī
        elif text in names:
            caps = (True,) + (False,) * (n - 1)
        elif first in proper and n <= 2:
            prev = hanzi[i - 1] if i > 0 else None
            nxt = hanzi[i + 1] if i < last else None
            if prev is not None and prev.end == tok.start and prev.text.endswith("姓"):
                caps = (True,) + (False,) * (n - 1)  # 姓曾 Zēng, 姓欧阳 Ōuyáng
            elif n == 1 and nxt is not None and nxt.start == tok.end and nxt.text in TITLES:
                caps = (True,)  # 王 + 老师
        if caps is None and detected:
            # a name the word cutter found: a person's surname and given name apart
            # (张伟 Zhāng Wěi), any other name as one word (Mǎlì)
            two_parts = n in (2, 3) and first in COMMON_SURNAMES and text[1] != first
            caps = (True, two_parts) + (False,) * (n - 2) if n > 1 else (True,)
        if caps is not None:
            tok.extra["name"] = caps
            if title_at:
                tok.extra["name_title"] = title_at
