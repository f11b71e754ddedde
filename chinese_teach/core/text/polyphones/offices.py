"""The vocabulary of the dynasties' histories: 大夫 as the rank of the ancient courts,
dàfū, and a few words and offices the engine misread (issue 19, branch cpp15).

现代汉语词典 reads 大夫 dàfū for the rank between 卿 and 士 of the Zhou states and the
titled ranks of later dynasties (光禄大夫, 御史大夫, 谏议大夫), and dàifu for a doctor, the
everyday word a textbook prints (:data:`rules.WORD_READINGS`). History articles name the
rank often: CPP dev's text holds 大夫 fifteen times, every one the rank, and the engine read
every one dàifu but 士大夫 (the model, trained on CPP, reads 大 dà in every 大夫, a doctor's
too, so it cannot decide between them). The rank is recognised by what comes right before
it in its run: a title's first half, a minister's office, a state of the Zhou, or a verb of
appointment; a doctor (王大夫, 看大夫, 请大夫, 牙科大夫, 这位大夫) keeps dàifu.
"""

from __future__ import annotations

import re

#: The reading of the rank.
DAFU = ("da4", "fu1")

#: The first halves of titles that end in 大夫 (the Han to Song ranks) and the six
#: ministries (刑部大夫), as the text before 大夫 ends in its run.
RANK_BEFORE = (
    "光禄", "光祿", "荣禄", "御史", "谏议", "諫議", "中散", "朝散", "朝议", "朝请", "朝奉",
    "通议", "通奉", "正议", "中奉", "正奉", "宣奉", "奉直", "奉议", "承议", "太中", "武功",
    "武翼", "武德", "卿", "吏部", "户部", "礼部", "兵部", "刑部", "工部",
)

#: A state of the Zhou (郑国大夫, 鲁国的大夫); 韩 is left out (韩国 is Korea today).
_STATE = re.compile(r"[鲁齐晋秦楚宋卫陈蔡曹郑燕吴越赵魏许邾莒虞虢邢][国國][的之]?$")

#: Appointed or promoted to the rank (拜大夫, 迁中大夫, 追赠太中大夫, 官至上大夫).
_APPOINTED = re.compile(r"(拜|授|迁|遷|赠|贈|擢|官至|升任)(上|中|下|太中)?$")

#: Words of the dynasties' histories the engine misread: CC-CEDICT's 光禄大夫 reads dàifu
#: (its 荣禄大夫 dàfū); in 大月氏, the Yuezhi (现代汉语词典 Yuèzhī, CC-CEDICT), and 给事, an
#: office of the court (给事中: 现代汉语词典 jǐshìzhōng, CC-CEDICT jǐshì), the model, asked
#: because the words are rare, overruled 氏 to shì and 给 to gěi, as it did in 阏氏 (cpp14).
#: The segmenter cuts 给事 from 给事中 (给事中 | 、), not from 给事情, 给事务所, 给事儿.
HISTORY_WORD_READINGS: dict[str, tuple[str, ...]] = {
    "光禄大夫": ("guang1", "lu4", *DAFU),
    "光祿大夫": ("guang1", "lu4", *DAFU),
    "卿大夫": ("qing1", *DAFU),  # pypinyin's phrase; the engine had made its 夫 light
    "大月氏": ("da4", "yue4", "zhi1"),
    "给事": ("ji3", "shi4"),
    "给事中": ("ji3", "shi4", "zhong1"),
}


def office_dafu(before: str) -> bool:
    """True if 大夫 after ``before`` (the text of its run before it) is the ancient rank,
    read dàfū: after a title's first half or a ministry (谏议大夫, 刑部大夫), a state of
    the Zhou (卫国大夫) or a verb of appointment (拜大夫)."""
    return (
        before.endswith(RANK_BEFORE)
        or _STATE.search(before) is not None
        or _APPOINTED.search(before) is not None
    )
