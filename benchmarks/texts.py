"""Mixed benchmark texts of any length, from the project's own sentences (no outside data).

Sentences are shuffled and joined with Latin words, numbers, dates, quotes and paragraph
breaks, so the text engine meets what a teacher pastes: mostly Chinese, some of
everything else. They are drawn from :func:`pool` (``pool.txt``, 11,971 hand-written
sentences of the project: the sample course, the graded texts, the classroom pinyin sets
that are not blind, the sense, name and cut sets; written by ``make_pool.py``), so that a
long text meets thousands of distinct words as a teacher's text does. ``SENTENCES``, the
60 sentences written for the first benchmarks, is the pool of the texts before issue 23's
eleventh round (``sentences=SENTENCES``): the dumps (``pinyin/dump.py``,
``reader_dump.py``) keep it by default, so that a dump compares with one taken earlier.
The same length, seed and pool always give the same text.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Sequence
from pathlib import Path

POOL_FILE = Path(__file__).resolve().with_name("pool.txt")

SENTENCES = (
    "今天早上我和妈妈一起去市场买菜。",
    "老师说明天的考试不会太难，大家别紧张。",
    "我的朋友住在北京，他每天骑自行车上班。",
    "这家饭馆的饺子很好吃，价格也不贵。",
    "下雨了，你出门的时候记得带伞。",
    "他一边听音乐一边做作业，所以做得很慢。",
    "我们学校的图书馆有很多中文书和英文杂志。",
    "周末我们打算去公园散步，然后看一场电影。",
    "这个问题有点儿复杂，我们需要再讨论一下。",
    "她从小就喜欢画画，现在是一名美术老师。",
    "银行九点开门，我们八点半出发就来得及。",
    "火车站离这儿不远，走路大概十分钟。",
    "医生让我多喝水，早点儿睡觉，不要熬夜。",
    "请把你的名字和电话号码写在这张纸上。",
    "我觉得学习汉语最难的是声调和汉字。",
    "昨天晚上的比赛非常精彩，我们队赢了。",
    "奶奶每天早上六点起床，在院子里打太极拳。",
    "这件衣服太大了，能不能换一件小一点儿的？",
    "经过大家的努力，这个项目终于完成了。",
    "春天来了，山上的花都开了，到处都是绿色。",
    "他说话的声音很小，后面的同学听不清楚。",
    "我们一共有三十二个学生，分成四个小组。",
    "城市的交通越来越方便，地铁可以到很多地方。",
    "如果明天天气好，我们就去长城爬山。",
    "他把钥匙忘在办公室了，只好回去拿。",
    "这本小说讲的是一个普通家庭的故事。",
    "为了保护环境，我们应该少用塑料袋。",
    "弟弟刚学会走路，每天都想往外面跑。",
    "会议推迟到下午三点，请大家相互转告。",
    "你要是有什么不明白的地方，随时可以问我。",
    "我们在网上订了两张去上海的机票。",
    "小明一不小心把杯子打破了，水流了一地。",
    "这条河以前很脏，现在变得又干净又漂亮。",
    "中国的茶文化有几千年的历史。",
    "他们正在准备下个月的新年晚会。",
    "我的手机没电了，能借你的充电器用一下吗？",
    "她长得很像她的妈妈，特别是眼睛。",
    "我们一边吃饭一边聊天，时间过得很快。",
    "这个字的意思我查了词典才知道。",
    "数学作业太多了，我做到十一点才做完。",
    "爸爸开车送我去机场，路上有点儿堵车。",
    "我们班的同学来自不同的国家。",
    "天气预报说今天晚上会有大风。",
    "请大家打开课本，翻到第二十五页。",
    "他每个星期去两次健身房锻炼身体。",
    "这种水果在南方很常见，在北方比较少。",
    "因为生病，他已经三天没来上课了。",
    "我还没想好暑假去哪儿旅行。",
    "这张桌子是用旧木头做的，看起来很特别。",
    "孩子们在操场上踢足球，玩得很开心。",
    "一个人在国外生活，难免会想家。",
    "不管遇到什么困难，我们都不应该放弃。",
    "她把房间打扫得干干净净的。",
    "我们要重视每一个学生的意见。",
    "这次旅行让我认识了很多新朋友。",
    "长江是中国最长的河流。",
    "他的汉语说得越来越流利了。",
    "超市里的东西比小商店便宜一点儿。",
    "我好像在哪儿见过这个人，但是想不起来了。",
    "请你帮我把这封信交给王老师。",
)

LATIN = (
    "Hello!", "OK", "PDF", "HSK 3", "Wi-Fi", "email", "Beijing", "iPad", "A4",
    "NBA", "COVID-19", "USB", "Python", "page 12", "x = 3.5", "(see p. 7)",
)

NUMBERS = ("2024年", "3月15日", "10:30", "100元", "98.6%", "1,250", "第3课", "7个", "2.5公里")


@functools.cache
def pool() -> tuple[str, ...]:
    """The sentences of ``pool.txt``, one a line, each once."""
    return tuple(POOL_FILE.read_text(encoding="utf-8").splitlines())


def mixed_text(length: int, seed: int = 2026, sentences: Sequence[str] | None = None) -> str:
    """A text of exactly ``length`` characters (paragraphs of a few sentences).

    ``sentences``: the pool drawn on, :func:`pool` unless given (``SENTENCES`` for
    the texts of earlier rounds).
    """
    sentences = pool() if sentences is None else sentences
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    in_paragraph = 0
    while size < length:
        roll = rng.random()
        if roll < 0.82:
            piece = rng.choice(sentences)
        elif roll < 0.90:
            piece = f"{rng.choice(LATIN)} "
        elif roll < 0.96:
            piece = rng.choice(NUMBERS) + "，"
        else:
            piece = "“" + rng.choice(sentences)[:-1] + "”"
        in_paragraph += 1
        if in_paragraph >= rng.randint(4, 9):
            piece += "\n"
            in_paragraph = 0
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:length]


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are Chinese (for the benchmark notes)."""
    return sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
