"""Issue 19, cpp18: readings of a role decided by the neighbours, tuned on CPP dev's text.

汗 hán, the title khan closing a name (俺答汗), beside hàn, sweat (擦汗, 出了一身汗): khans.py;
涌 chōng closing a Guangdong place name (沙涌村, 到东涌), beside yǒng, surging; 弄 lòng, a lane
(陈家弄, 百福弄社区), beside nòng, to do (collocations); 长 cháng of a span (寿命长, 工期长); 过 guò
spending a holiday or a date (有过八月十六的习俗) or exceeding (高过我), beside the particle."""

from __future__ import annotations

import pytest

from chinese_teach.core.text.polyphones.khans import han_reading
from chinese_teach.core.text.polyphones.rules import CONTEXT_CHARS
from tests.core.text.test_content_polyphones import reading_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title after a name the dictionary does not know whole
        ("俺答汗率领蒙古骑兵南下。", "han2"),
        ("阿巴岱汗在漠北修建了一座寺庙。", "han2"),
        ("脱脱不花汗后来被部下杀害了。", "han2"),
        ("林丹汗的孙子逃到了科尔沁。", "han2"),
        ("博克多汗不喜欢这位大臣。", "han2"),
        ("相传忽图剌汗孔武有力。", "han2"),  # 孔 after it starts 孔武有力, not 汗孔
        # sweat after a verb of sweating or wiping, a body part, an amount
        ("妈妈递给我一条毛巾让我擦汗。", "han4"),
        ("他跑完步出了一身汗。", "han4"),
        ("他紧张得手心直冒汗。", "han4"),
        ("天太热了，他脸上全是汗。", "han4"),
        ("今天跑步出了很多汗。", "han4"),
        ("他的汗把衬衫都湿透了。", "han4"),
        # a word of the dictionary keeps its own reading
        ("阿富汗位于亚洲中部。", "han4"),
        ("回纥可汗很高兴。", "han2"),
    ],
)
def test_han_khan_or_sweat(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "汗") == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("俺答", "率领", "han2"),
        ("出了一身", "", "han4"),
        ("博克多", "不", "han2"),
        ("很多", "", "han4"),
        ("他们的", "曾", None),  # their khan, or his sweat: the model decides
        ("为大", "", None),  # 大汗: the Great Khan or heavy sweat
        ("", "流浃背", None),
        ("林丹", "水", None),  # 汗水 after it: never the title
        ("驻阿富", "", "han4"),
        ("他", "", None),  # one character before it: no khan's name
    ],
)
def test_han_reading(before: str, after: str, expected: str | None) -> None:
    assert han_reading(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们坐地铁到东涌，再换巴士去机场。", "chong1"),
        ("中山市的大涌镇以红木家具出名。", "chong1"),
        ("他家住在番禺的沙涌村。", "chong1"),
        ("这条河涌流经好几个村子。", "chong1"),
        ("共有沙田、麻涌、沙角三个港区。", "chong1"),
        ("泉水从石缝里涌出来。", "yong3"),
        ("下课后，学生们涌向食堂。", "yong3"),
        ("人群像潮水一样涌了进来。", "yong3"),
        ("施工中遇到了压桩、管涌、拆除等问题。", "yong3"),
        ("泉水涌。", "yong3"),
    ],
)
def test_chong_creek_or_surging(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "涌") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我小时候住在上海的陈家弄。", "long4"),
        ("赵家弄和李家桥都在这个镇上。", "long4"),
        ("他在梅花弄社区当志愿者。", "long4"),
        ("奶奶家在杨家弄，离学校不远。", "long4"),
        ("妈妈在家弄饭呢。", "nong4"),
        ("王家弄了一桌好菜招待客人。", "nong4"),
        ("我们在弄社区的网站。", "nong4"),
        ("他回家弄。", "nong4"),
    ],
)
def test_long_lane_or_nong(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "弄") == expected


def test_context_chars() -> None:
    """汗 is read in context now (a rule), so the fast paths never keep one reading of it."""
    assert "汗" in CONTEXT_CHARS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how long a span of time or a distance is
        ("这种灯泡寿命长，而且很省电。", "chang2"),
        ("这个项目工期长，投资也大。", "chang2"),
        ("保质期长的牛奶不一定更好。", "chang2"),
        ("因存续期长而明显磨损。", "chang2"),
        # growing after a noun
        ("小麦在这段时期长得很快。", "zhang3"),
        ("他的头发长得很快。", "zhang3"),
    ],
)
def test_chang_of_a_span(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "长") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spending a holiday or a date
        ("这里的人有过八月十六的习俗。", "guo4"),
        ("今年我在外婆家过的寒假。", "guo4"),
        ("我们打算在海边过假期。", "guo4"),
        # exceeding after an adjective of comparison
        ("他的成绩远远高过我。", "guo4"),
        ("这座楼比那座楼高过一头。", "guo4"),
        ("弟弟的个子已经高过爸爸了。", "guo4"),
        # the particle stays light
        ("我参加过一次国庆晚会。", "guo5"),
        ("这条街以前也热闹过一阵。", "guo5"),
        ("他以前也胖过。", "guo5"),
        ("我去过两次长城。", "guo5"),
    ],
)
def test_guo_spent_or_exceeded(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "过") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阿不都热合曼在喀什开了一家饭馆。", "du1"),
        ("他的朋友阿都拉来自约旦。", "du1"),
        ("尼泊尔的军官巴哈都尔获得了勋章。", "du1"),
        ("如果都理解了，就请举手。", "dou1"),
        ("孩子们都拉着妈妈的手。", "dou1"),
        ("这些水果都拉走了。", "dou1"),
    ],
)
def test_du_in_a_transliterated_name(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "都") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这是一座中式建筑。", "zhong1"),
        ("我喜欢吃中式早餐。", "zhong1"),
        ("这家饭店的装修是中式的。", "zhong1"),
        ("他乡试中式，成了举人。", "zhong4"),
    ],
)
def test_zhongshi_style_or_exam(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "中") == expected


def test_zhongshi_is_never_read_without_context(engine) -> None:
    """中式 (a context word now) is never kept as a context-free reading."""
    reader = engine.reader
    assert reader._context_free_reading("中式", reader.model) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("武松后来当了阳谷县的都头。", "du1"),
        ("他升任马军都虞侯，负责军纪。", "du1"),
        ("明朝在福州设立了都卫。", "du1"),
        ("大家都头疼得厉害。", "dou1"),
        ("这几个孩子都卫生习惯很好。", "dou1"),
        ("他们都头发白了。", "dou1"),
    ],
)
def test_du_of_an_office(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "都") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公园里有古柏两棵。", "bai3"),
        ("这片古柏林是国家级保护区。", "bai3"),
        ("寺里现存古柏三百多株。", "bai3"),
        ("联合国教科文组织把柏威夏寺列为世界文化遗产。", "bo2"),
        ("吉尔柏特是一位英国作曲家。", "bo2"),
        ("他去柏林开会了。", "bo2"),
    ],
)
def test_bai_cypress_or_bo(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "柏") == expected


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        ("靡室靡家，无以为生。", 1, "mi3"),
        ("他离家多年，靡日不思念故乡。", 0, "mi3"),
        ("周余黎民，靡有孑遗。", 0, "mi3"),
        ("威严允惮，风行草靡。", 0, "mi3"),
        ("他的生活过于奢靡。", 0, "mi2"),
        ("乌孙王泥靡即位以后，与汉朝和亲。", 0, "mi2"),
    ],
)
def test_mi_literary_none(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "靡", nth) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("学生应按时完成作业。", "ying1"),
        ("司机应遵守交通规则。", "ying1"),
        ("上课时手机应关机。", "ying1"),
        ("应令各省学政转饬各学教官。", "ying1"),
        ("叫了他好几次，他才应了一声。", "ying4"),
        ("他应邀参加了这次会议。", "ying4"),
        ("殷商时期的应部落位于平顶山一带。", "ying4"),
        ("宋应星写了《天工开物》。", "ying4"),
    ],
)
def test_ying_modal(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "应") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他住在东京都新宿区。", "du1"),
        ("东京都知事是东京的最高行政长官。", "du1"),
        ("他后来升任右都御史。", "du1"),
        ("玛格丽特·都铎是亨利七世的女儿。", "du1"),
        ("北京和东京都很大。", "dou1"),
        ("东京的冬天都不太冷。", "dou1"),
    ],
)
def test_du_of_proper_names(engine, text: str, expected: str) -> None:
    assert reading_at(engine, text, "都") == expected


@pytest.mark.parametrize(
    ("text", "char", "expected"),
    [
        ("任正非先生是华为的创始人。", "任", "ren2"),
        ("我们参观了查慎行故居。", "查", "zha1"),
        ("曲波同志写过《林海雪原》。", "曲", "qu1"),
        ("仇英先生的画很有名。", "仇", "qiu2"),
        ("毛泽东手书“任弼时同志的革命精神永垂不朽”。", "任", "ren2"),
        ("请查一下王先生的电话。", "查", "cha2"),
        ("任何同志都不能违反纪律。", "任", "ren4"),
    ],
)
def test_surname_before_a_named_title(engine, text: str, char: str, expected: str) -> None:
    assert reading_at(engine, text, char) == expected


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        ("杏吧社区是一个网络论坛。", 0, "ba1"),
        ("这家水吧老板人很好。", 0, "ba1"),
        ("我们学校旁边开了一家陶吧。", 0, "ba1"),
        ("他是这个吧的吧主。", 0, "ba1"),
        ("他是这个吧的吧主。", 1, "ba1"),
        ("我们走吧。", 0, "ba5"),
        ("这是你的书吧？", 0, "ba5"),
        ("你多喝点儿水吧。", 0, "ba5"),
    ],
)
def test_ba_a_bar_or_the_particle(engine, text: str, nth: int, expected: str) -> None:
    assert reading_at(engine, text, "吧", nth) == expected
