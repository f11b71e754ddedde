"""Collocations that decide the reading of a content-word polyphone, and surnames.

Each character has a short list of ``(pattern, reading)`` pairs, tried in order on
the character's clause (the run of Chinese text it stands in): the pattern is a
regular expression over the text before the character, ``_`` for the character,
and the text after it, so ``^`` and ``$`` are the clause's edges. ``"_(住|在)"``
reads 卡住, 卡在 as qiǎ; ``"绕.*_"`` reads the 转 of 地球绕着太阳转 as zhuàn.

These are verb-object, verb-complement and adjective patterns that hold in everyday
teaching text (a verb before 了/着/住/在, a noun after a measure word, an adjective
after 很/太): they were written from the tuning part of ``classroom_words.tsv`` and
checked on CPP dev (never on CPP test or the held-out sentences).
"""

from __future__ import annotations

import re

from chinese_teach.core.text.names import SURNAMES as _FAMILY_NAMES
from chinese_teach.core.text.polyphones.class19 import CLASS19

#: How much of the clause on each side a pattern sees.
_WINDOW = 8

_DEGREE = r"(很|太|真|挺|特别|非常|有点儿?|那么|这么|多么|更|最)"

#: What may stand between a verb and its object without breaking the collocation
#: (看一会儿行李 kān, 铺好了床 pū, 扎了一个马尾辫 zā, 结了很多苹果 jiē, 削个苹果 xiāo): an aspect
#: particle, a result complement 好/完, a short quantity (一下, 一会儿, 很多) or a
#: numeral or demonstrative with its measure word (背了一大捆柴, 结了一串串葡萄; pyclass19 added
#: 支 枝 斤 节 箱 盒 份 棵 粒: 削了五支铅笔, 看了两箱行李), or a span of time (划了一下午船 huá).
#: ``~`` in a pattern stands for it.
VERB_FILLER = (
    r"(?:了|着|过)?(?:好|完)?(?:了|过)?"
    r"(?:一下|一会儿?|一阵|很多|好多|不少|许多|一些|一?点儿?"
    r"|[一两二三四五六七八九十几半整]个?(?:上午|下午|晚上|早上|天|整天|小时|钟头|星期|月|年)的?"
    r"|好?[一两二三四五六七八九十几半这那每整满]+[大小]?"
    r"(?:串串|朵朵|颗颗|个个|片片|块块|"
    r"[个本张件根条只次趟顿口把块片位盘碗杯场回遍双对套间家身头束捆堆层袋包朵盆桶锅壶瓶筐篮道颗串"
    r"支枝斤节箱盒份棵粒]儿?)"
    r"|个)?"
)

#: What a cook deep-fries (炸 zhá) when it follows 炸, after a filler (炸了一盘藕盒) or 的
#: (妈妈炸的鸡翅): the foods of the classroom sets, and since cpp20 the vegetables,
#: pastries and cuts the model read zhà before (蘑菇, 辣椒 and any pepper: 炸广椒, 麻花, 洋葱圈,
#: 酥肉, 茄盒, 年糕, 排骨). 炸鱼 of blast fishing is left as it was (鱼 was listed before).
FRIED_FOODS = (
    r"(鸡|鱼|薯|酱|肉|丸|糕|油条|春卷|虾|串|豆腐|土豆|带鱼|花生|馒头|饺子|茄|排骨"
    r"|.?椒|蘑菇|香菇|菇|藕|麻花|洋葱|酥肉|年糕|汤圆|元宵|糍粑|油饼|馓子|锅巴|面筋|里脊"
    r"|[猪牛羊鸡鱼]排|[猪牛羊]肉|蔬菜|素菜|蚕豆|黄豆|豆子|花卷|麻团|丸子|蟹|蚕蛹|知了|蝎子)"
)

#: A number written in characters, as a length or a weight starts (二十, 三百余, 两).
AMOUNT = r"[一二两三四五六七八九十百千万]+(余|多)?"
#: The units a length is measured in, after its number (长二十米).
_LENGTH_UNIT = r"(米|公里|千米|厘米|毫米|尺|寸|丈|里|英里|英尺|公尺)"

#: A common surname, as the first character of a family's place (陈家弄, 王家桥; cpp18).
_FAMILY = "[" + "".join(sorted(_FAMILY_NAMES)) + "]"

#: Surnames before a given name whose first character is 应 (宋应星, 吴应期, 温应星, 褚应璜):
#: the common ones and rarer ones of the Hundred Family Surnames that never end a subject
#: before the modal 应 (cpp18).
_GIVEN_NAME_AFTER = (
    "[" + "".join(sorted(_FAMILY_NAMES | frozenset(
        "温褚秦尤施戚窦苗柳鲍滕殷毕邬卞伍祁狄臧茅阮闵娄骆樊霍虞柯裘缪宣郁杭钮嵇邢裴荀芮靳糜巫"
        "郗栾詹蔺屠胥冉郦濮扈瞿阎庾聂晁阚蒯逯"))) + "]"
)

#: What surges before 涌 yǒng (泉水涌, 浪涌, 人潮涌, 心头涌, 奔涌, 管涌 "piping"), or a
#: position word (地底涌, 石缝里涌): never the place name 涌 chōng closes (cpp18).
_NOT_CREEK = "[^泉水浪潮涛波云风血泪人群奔喷汹翻上齐蜂管心头火气情思事底里中下内外地]"

#: char -> [(pattern, reading)], first match wins.
COLLOCATIONS: dict[str, list[tuple[str, str]]] = {
    "转": [(r"绕.*_", "zhuan4"), (r"_(个不停|来转去|了?一?圈|动|悠|得|$|了$)", "zhuan4"),
           # spinning a while or walking around: 陀螺转了很久, 在街上转了转
           (r"_了?(很久|好久|半天|一会儿?|好几圈|几圈|一整天|一下午|转)", "zhuan4"),
           # 钥匙转了两下: turning round a few times
           (r"_了?(一|两|三|几|好几)下", "zhuan4"),
           # 在公园里转了一上午: walking around for a stretch of time
           (r"_了?(一|两|三|好几|几)个?(上午|下午|晚上|早上|天|整天|小时|钟头|圈)", "zhuan4"),
           (r"转了_", "zhuan4"),
           # 风车不停地转着, 轮子飞快地转: turning round and round (转着弯 is rare)
           (r"_着(?!弯)", "zhuan4"), (r"(不停|一直|飞快|慢慢|使劲|拼命|快速)地?_(?!向|告|交|达|学)",
                                     "zhuan4"),
           (r"(陀螺|风车|车轮|轮子|风扇|电扇|齿轮|螺旋桨|指针|磨盘|摩天轮|地球).{0,4}_", "zhuan4"),
           (r"_(告|交|达|过身|身|学|向|移|变|换|发|载)", "zhuan3")],
    # 看大门: keeping the gate (看门上的字, 看门口 is looking); 你在这儿看着: keep watch
    "看": [(r"在(这儿|这里|那儿|那里|门口|外面)_着#", "kan1"),
           (r"_~(大?门(?![上口外前牌票边])|孩子|小孩|行李|摊|自行车|仓库|库房|工地)", "kan1"),
           # 奶奶在家看孙子: minding a child at home (去看孙子 "to visit" is kàn)
           (r"在家里?_~小?(孙子|孙女|外孙|外孙女|宝宝|娃娃|弟弟|妹妹)", "kan1"),
           # 看着弟弟写作业: minding a child while it does something
           (r"_着(小?弟弟|小?妹妹|孩子|小孩儿?|儿子|女儿|孙子|孙女|学生们?)"
            r"(写|做|练|吃|睡|洗|读|背)", "kan1"),
           # 看住小偷, 把门看得很紧: keeping watch
           (r"_住", "kan1"), (r"把(门|孩子|小孩|家|行李|犯人|仓库|大门)_", "kan1"),
           (r"(帮|替)(我|你|他|她|我们)?.{0,2}_~(包|书包|箱子|东西|车|家|座位|房子|狗|小狗|猫|宠物)",
            "kan1")],
    "调": [(r"_(高|低|大|小|亮|暗|快|慢|准|成|一下|好|整|味|皮|节|和|匀|得)", "tiao2"),
           # 把闹钟调到六点, 空调调到二十六度: a setting, not a transfer (调到北京 diào)
           (r"_到[零一二三四五六七八九十两几百\d]+(点|度|档|频道|台|格)", "tiao2"),
           # 调了一杯果汁: mixing a drink or a colour
           (r"_~(果汁|饮料|鸡尾酒|酒|颜料|颜色|色|沙拉|馅儿?)", "tiao2"),
           (r"(闹钟|空调|温度|音量|声音|电视|手机|钟|表|味道|颜色|亮度|座椅|收音机).{0,3}_",
            "tiao2")],
    # 处得不太好, 处得很好: getting along (某人处得到, 处得知: 处 chù "at someone's")
    "处": [(r"_(不来|不好|得(很|不|挺|非常|还|蛮|特别|来|好|像|跟|和)|不下去)", "chu3"),
           (r"相_", "chu3"),
           # 我们处了三年: getting along for a length of time (三处了 is not a phrase)
           (r"_(了|过)(一|两|三|四|五|六|七|八|九|十|几|好几|半|多)+个?"
            r"(年|月|天|周|星期|礼拜|辈子|段时间|段日子|阵子|些日子)", "chu3"),
           # 他处过好几个朋友, 处了一个对象: going out with someone
           (r"_(了|过)[^，。！？]{0,4}(朋友|对象)", "chu3"),
           (r"[一两几三四五六七八九十百千多好]_", "chu4"),  # 三处错误: a measure word
           # 所处的环境, 所处时代: where one stands (chǔ); 处斩, 处死, 处以极刑: to sentence
           # (cpp14)
           (r"所_(的|之|环境|位置|地位|时代|年代|时期|状态|阶段|境地|地区|区域|社会)"
            r"|_(斩|死|绞|决|以)", "chu3")],
    "冲": [(_DEGREE + "_", "chong4"), (r"_着", "chong4"),
           (r"(脾气|口气|语气|说话)_", "chong4"),  # 这孩子脾气冲: blunt
           # 他冲我笑了笑, 狗冲他叫: "towards" a person, before what one does to them
           (r"_(我|你|他|她|它|您|我们|你们|他们|大家|人|门口|窗外)"
            r"(笑|喊|叫|大喊|大叫|嚷|吼|发火|发脾气|点头|点了点头|摆手|招手|挥手|眨|瞪|说|来|"
            r"做鬼脸|伸|竖|吐|挤)", "chong4")],
    "卡": [(r"_(住|在|着|脖子|壳|得)", "qia3"),
           (r"(鱼刺|刺|骨头|喉咙|嗓子)[^，。！？]{0,3}_", "qia3")],  # 被鱼刺卡了一下: stuck
    # 水没过了他的头顶: rising over, mò
    "没": [(r"_过了?((他|她|我|你|我们|他们)的)?(桥|头顶|膝盖|腰|脚|屋顶|房顶|脚面|脖子|胸口)",
            "mo4"), (r"(水|雪|沙)_(过|了)", "mo4"),
           (r"(渐渐|慢慢|很快)地?_过", "mo4")],  # 海水渐渐没过了沙滩: rising over
    # 反而更像: more, before a verb of likeness (更名, 更换 gēng are words)
    "更": [(r"_(像|似)|反而_", "geng4")],
    # 史载, 志载, 有载此山: recorded (记载 zǎi is a word; 满载, 载人 zài)
    # 《水经注》载：, 《论语》载，: a run of 载 alone before a colon or comma, after a
    # book's title (ninth round); 载入史册, 被载进了书里: recorded, zǎi
    "载": [(r"(史|志)_|有_(此|其|于)|_(文|于)|^_#|_(入|进)了?.{0,3}(史册|书|史|记录|档案)", "zai3"),
           (r"(书|报|史|志|文章|杂志|记录)[^，。！？]{0,3}_有", "zai3")],  # 这本书载有: records
    # 奎宿, 西方七宿: a lunar mansion of the old astronomy, xiù (before 一宿 "a night")
    "宿": [(r"[东西南北]方七_|[角亢氐房心尾箕斗牛女虚危室壁奎娄胃昴毕觜参井鬼柳星张翼轸]_"
            r"(?!舍|营|命|州|县|迁|城|务|敌|怨|愿|将|儒|疾|醉|夜|卫|根|区)", "xiu4"),
           (r"[一两二三四五六七八九十半几整]_", "xiu3")],
    "行": [(r"(干|做|在|入|改|转|隔)(这|那|哪)一?_", "hang2"), (r"(这|那|哪)一_(的|$)", "hang2"),
           # 星期天行吗, 后天行吧, 这行吗: "all right?" closing a question (第三行吗, 是这行吗: a
           # row)
           (r"(第|是(这|那|哪)|[一二两三四五六七八九十百几])_", "hang2"),
           (r"_(吗|吧|呢|啊|呀|嘛|不行|了吗|了吧)$", "xing2")],
    "和": [(r"_~(泥|面)", "huo2"), (r"_~(馅儿|馅)", "huo4"),  # 和馅儿: to mix (和药物: and)
           (r"_成了?一?(个|块|团)?(面团|泥|泥巴)", "huo2"),  # ，和成了一个面团: kneaded
           (r"(麻将|牌).{0,8}_(了|牌|$)", "hu2")],
    "落": [(r"把.{1,6}_", "la4"),
           (r"_~(书|钥匙|东西|手机|钱包|包|伞|雨伞|本子|作业|衣服|笔|帽子|眼镜|课本|题|字)", "la4"),
           (r"(钥匙|东西|书|手机|钱包|包|伞|本子|作业|衣服)_(在|下)", "la4"),
           (r"_在了?(后面|后头|最后|最后面)", "la4"),  # 他落在了后面: to fall behind
           # 生病落了两节课: lessons missed
           (r"_了?[一两三四五六七八九十几好]+(节|堂|门|天的?)课", "la4"),
           # 作业本落在学校了: left behind at a place one was (落在地上, 落在树上 stay luò)
           (r"_在了?(家里?|学校|学校里|教室|教室里|车上|出租车上|公交车上|宿舍|宿舍里|办公室|"
            r"饭店|饭馆|超市|图书馆|朋友家|奶奶家|外婆家|同学家)(了|里|#|$)", "la4")],
    "剥": [(r"_", "bao1")],
    "传": [(r"的_$", "zhuan4"),
           # a book's title: 写一本名人传, 读了一部英雄传 (a biography ending the clause)
           (r"(一|这|那)(本|部).{0,6}_$", "zhuan4"), (r"(名人|伟人|英雄|人物)_$", "zhuan4")],
    "露": [(r"_(了一手|一手|脸|馅|面|怯|富|底|马脚|出)", "lou4"),
           # 露了一面, 露过面, 露个脸: the word 露面 / 露脸 split by 了, 过 or a measure
           (r"_(了|过)?(一|个|一个|一下)?(面|脸)(?!前|孔|包|条|粉|盆|颊|色|庞|部)", "lou4")],
    "扎": [(r"_~(小|大|红|花)?(辫|头发|马尾|蝴蝶结|结|彩|腰带|皮带|头巾|围裙|绷带|风筝|灯笼|花圈|"
            r"篱笆)", "za1"),
           (r"_成", "za1"),
           # 把头发扎起来: tying up hair named before
           (r"(头发|辫子|马尾|小辫儿?|丝带|蝴蝶结)_(起|成|好|上|了|在)", "za1"),
           (r"_(了?一针|针|破|手|进)", "zha1")],
    "血": [(r"(流|出|吐|掉|滴|吸|抽|放|止)了?(一|几)?(点儿|点|滴|口|些|很多|管)?"
            r"((我|你|他|她|它|人)的)?_(了)?$", "xie3"),  # 蚊子吸了我的血: the colloquial xiě
           # 手上还有血呢, 满手都是血: blood seen on something, the clause's last word
           (r"(有|是|沾着?|沾了|带着?|满)一?(点儿|点|些)?_(了|呢|吗|啊|吧)?$", "xie3")],
    # 供桌, 供品; 都供出来了, 供认: to confess
    "供": [(r"_(桌|品|奉|台|出|认|述)", "gong4"), (r"(桌|台|案|龛)上_", "gong4"),
           (r"把.{1,4}_在", "gong4"),  # 把花供在桌子上: set out as an offering
           (r"_着", "gong4")],  # 门口供着一个佛像: offerings (供给, 供应 are words)
    "横": [(_DEGREE + "_(了|啊|呢)?$", "heng4")],  # 说话太横了: rude
    "卷": [(r"_(起|成|好|上|了|着|在)", "juan3"), (r"(^|[^试考答])卷_|_卷", "juan3"),  # 卷卷的
           # a roll of something is juǎn (一卷卫生纸, 两卷胶带; 现代汉语词典), a volume
           # juàn (一卷书, 第一卷), as pypinyin's phrase 一卷 reads it
           (r"[一两二三四五六七八九十百几半这那每整]_(.{1,3}的)?(卫生纸|纸|胶带|胶布|胶卷|"
            r"透明胶|保鲜膜|锡纸|布|毛线|线|铁丝|钢丝|绳子|地毯|席子|凉席|竹帘|行李|铺盖|"
            r"被子|磁带|绷带|纱布)", "juan3"),
           (r"(头发|毛).{0,3}是_的", "juan3"),  # 头发是卷的: curly
           # curly (cpp20): the hair, fur, tail or shell that curls after it (卷毛狗, 卷尾巴,
           # 尖卷螺), not after a numeral, an ordinal or a book's part (三卷发行, 第二卷尾声);
           # what curls before 是卷的 (螺的壳是卷的); after a degree word (毛很卷)
           (r"(^|[^一两二三四五六七八九十百千几半\d第上中下本首全前后末各此该每书])"
            r"_(毛|尾巴|螺|须)", "juan3"),
           (r"(壳|叶子|边|尾巴|须|胡子).{0,3}是_的", "juan3"),
           (_DEGREE + "_", "juan3")],
    "圈": [(r"(猪|羊|牛|马|鸡)_", "juan4"),
           # 把猪赶进了圈里, 羊被关进圈里: a pen one drives animals into
           (r"(关|赶|放|送|跑)(进|回|出)了?_(里|中|$)", "juan4")],
    "壳": [(r"地_", "qiao4"), (r"_", "ke2")],
    "凉": [(r"_一?(凉|下|会)", "liang4"), (r"凉一_", "liang4")],
    "蒙": [(r"被.{0,3}_了?$", "meng1"), (r"是_的", "meng1"), (r"_(对|错)", "meng1"),
           (r"(瞎|乱)_", "meng1"),
           (r"_(骗|人)", "meng1"),
           # 你别蒙我, 他想蒙你吧: to fool a person, nothing after (蒙住他的眼睛 méng)
           (r"_(我|你|他|她|我们|你们|他们|大家|别人)(了|吧|呢|啊|呀|吗)?$", "meng1"),
           (r"_(上|住|着)", "meng2"),
           (r"(搞|弄|打|吓|给|整)_了", "meng1")],  # 把我给搞蒙了: confused, stunned
    "色": [(r"掉_", "shai3")],
    "炸": [(r"_~" + FRIED_FOODS, "zha2"),
           (r"油_", "zha2"),
           # frying for a time or until done: 续炸3分钟, 炸至金黄, 炸熟
           (r"续_|_(\d|[一二三四五六七八九十两半几]+)[-－～至到]?\d*(分钟|秒)", "zha2"),
           (r"_(至|到)?(金黄|酥脆|酥|熟|脆|焦黄|变色)", "zha2"),
           (r"_得.{0,3}(香|脆|酥|金黄|焦)", "zha2")],  # 把花生炸得又香又脆: fried
    "粘": [(_DEGREE + "_", "nian2"), (r"_(在|上|住|到|了|好)", "zhan1")],
    "钉": [(r"_(一下|在|上|好|了|着|扣|钉子|个|进)", "ding4")],
    "差": [(r"(平方|立方)_", "cha1"), (r"(的|之)_(是|为|等于|$)", "cha1"),  # 平方差,
           (r"_(我|你|他|她|人)(去|来|送)", "chai1"),  # 差我去买酱油: to send
           (r"被_(到|去|往)", "chai1"),
           # 九减四的差: a difference in arithmetic; 高差, 像差, 视差, 压差, 势差: a
           # measured difference (not 高差不多, 像差一点)
           (r"(高|像|视|压|势)_(?!不|点|远|一|得|劲|了)", "cha1")],
    # 很称心, 不太称身, 戴着很称头: fitting (a degree adverb never comes before 称 "weigh")
    "称": [(r"_(身|心|职)", "chen4"), (_DEGREE + "_", "chen4")],
    "撒": [(r"_(了个|个|了一个|一个|了)?谎", "sa1"),  # 撒了个谎: to tell a lie
           (r"_(了|种|盐|在|上|满|下|网|水|点)", "sa3")],
    "折": [(r"(腿|胳膊|骨头|手|树枝|棍子|绳子|筷子|竿)_(了|断)", "she2"),
           # 把腿摔折了, 把筷子掰折了: broken in two (折了一只纸船 stays zhé)
           (r"(摔|跌|压|碰|掰|撅|踩|砸|吹|刮|撞)_了", "she2"),  # 被风吹折了
           (r"(铅笔|笔尖|尺子|针|树枝|棍|竹竿|杆子)_了#", "she2"),  # 这根铅笔折了
           (r"_~(跟头|跟斗)", "zhe1")],  # 折了个跟头: a somersault
    "嚼": [(r"咀_", "jue2"), (r"_", "jiao2")],
    "倔": [(r"_强", "jue2"), (r"_", "jue4")],
    "撇": [(r"(一|这一|那一|两|几)_", "pie3"), (r"_(了撇)?嘴", "pie3"), (r"撇了_", "pie3"),
           (r"_(油|沫|出|开|下)", "pie1")],
    "帖": [(r"(字|碑|画)_", "tie4"), (r"(请|喜|名|回)_", "tie3")],
    "拓": [(r"_~(石?碑|碑文|片|本|印)", "ta4")],  # 拓了一张碑文: a rubbing
    "把": [(r"_儿(?!子|童|女)", "ba4")],
    "车": [(r"(象棋|棋).*_", "ju1"), (r"_(马炮|走直线)", "ju1"),
           # 用车吃掉了我的马: a chess piece taking another
           (r"_吃掉?了?(我|你|他|她|对方)的(马|炮|象|相|士|仕|卒|兵|车|将|帅)", "ju1")],
    "待": [(r"_(了|在|着|一会|几|多久|不住|下去)", "dai1")],
    "服": [(r"[一二两三几这那每]_(药|中药|汤药)?($|药|中药|汤药)", "fu4")],
    "吭": [(r"_", "keng1")],
    "核": [(r"_儿", "hu2")],
    "咳": [(r"^_$", "hai1")],
    "炮": [(r"_(羊|牛|肉)", "bao1")],
    "量": [(r"_(血|体|身|尺|一)", "liang2")],
    # Third round, from the CPP dev errors (general verb and noun frames):
    "挨": [(r"紧_", "ai1"), (r"_(着|肩|近|家挨户|个儿)", "ai1")],  # 紧挨着 āi; 挨打 ái
    "杆": [(r"(操纵|驾驶|摇|笔|枪|烟|秤|杠)_", "gan3"),  # 操纵杆 gǎn; 旗杆 gān
           # 这杆枪, 一杆秤: the measure word of things with a shaft (现代汉语词典 gǎn); a
           # golf stroke (两杆推球, 一杆进洞) is gān
           (r"[一两二三四五六七八九十几这那每哪]_(老|旧|新|长|短|好|破|大|小)?"
            r"(枪|秤|笔|旗|步枪|猎枪|鸟枪|烟袋|烟枪|毛笔|钢笔)", "gan3")],
    # cpp18: 弄 lòng, a lane (现代汉语词典 弄 lòng 〈方〉小巷, 胡同, 多用于巷名): a family's lane
    # closing its run or a list (陈家弄, 王家弄和张家桥) or a lane's name before its
    # neighbourhood (百福弄社区); 在家弄饭, 王家弄了一桌菜, 我们在弄社区的网站 stay nòng
    "弄": [(_FAMILY + r"家_([#0]?$|和|与|及|以及|社区|小区|村)", "long4"),
           (r"[^\W在正要想会能去来也都还就又再把被给帮你我他她们了着得]_(社区|小区|居委会|新村)",
            "long4"),
           (r"_(不|干|坏|脏|湿|乱|丢|清|明白|好|到|得|成|出|错|破|懂)", "nong4")],
    "刨": [(r"_(坑|土|地|出|开|根|塌|了个坑)", "pao2"),  # 刨坑 páo; 刨木头 bào
           (r"_~(坑|洞|土|树根|花生|红薯|土豆)", "pao2")],  # 刨了一个坑: digging
    "尽": [(r"_(管|量|快|早|可能|先|着|自)", "jin3"), (r"_", "jin4")],  # 尽是, 吃尽 jìn
    "揣": [(r"怀_", "chuai1"),
           # cpp21: guessing what someone intends is chuǎi (揣上意, 揣其用意, 揣不透对方的意图;
           # 揣测, 揣摩 are words); what is tucked away (揣着一封信, 揣在兜里) stays chuāi
           (r"_(不|得)?透", "chuai3"),
           (r"_(?![着在进到起了回好]|上(?!意))[^，。！？的]{0,4}(意|心思|意图|用意|心意|心理)",
            "chuai3")],
    "哄": [(r"_着?(他|她|我|你|孩子|小孩|宝宝|人|骗|妹妹|弟弟|老人)", "hong3"),  # 哄孩子睡觉
           (r"_~(他|她|孩子|小孩|宝宝|妹妹|弟弟|老人)", "hong3"),  # 哄了半天孩子
           (r"_(了起来|起来|堂|抢)", "hong1")],  # 教室里哄了起来: an uproar
    "弹": [(r"_(得|了|着|过|起|回|琴|钢琴|吉他)", "tan2"),  # the verb: 弹得很高, 弹钢琴
           # 弹一个小时琴: the instrument after a length of time
           (r"_[一两半几][^，。！？]{0,5}(琴|钢琴|吉他|琵琶|古筝)", "tan2")],
    "教": [(r"(佛|道|宗|督|兰|主|儒|邪)_", "jiao4"),
           # 教 "to make, to cause" before a person and a feeling (真教人难过, 教我怎么不着急)
           (r"_(人|我|你|他|她|我们|大家)(很|真|非常|十分|特别|好)?(难过|伤心|生气|着急|担心|害怕|失望"
            r"|感动|佩服|羡慕|心疼|放心|不安|难受|头疼|头痛|为难|不敢|不能不|哭笑不得)",
            "jiao4")],
    "长": [(r"_(胖|个儿|个子|满)", "zhang3"), (r"_吁", "chang2"),
           # 长长地叹了一口气, 长长的头发: the doubled adjective "long" before 地/的, both
           # characters cháng (the second had been read zhǎng by the model)
           (r"长_[地的]", "chang2"), (r"_长[地的]", "chang2"),
           # 长了不少见识: to gain (knowledge, skill)
           (r"_~(见识|知识|本事|记性|经验|志气|能耐|学问)", "zhang3"),
           # 河长88千米, 长约0.5公里, 长二十米: a length before its number (长5岁 is rare)
           (r"_(约|达|逾|近)?(0|" + AMOUNT + _LENGTH_UNIT + ")", "chang2"),
           # 一条长的跑道, 一条长甬道, 两根长主桅: the adjective after a numeral and the measure
           # word of long things (not grown: 一条长得很粗的蛇; 一个长 ... is left alone)
           (r"[一两二三四五六七八九十几数这那每整][条根段支道排列串束片块截]_"
            r"(?!得|了|出|大|成|满|着|在|高|胖)", "chang2"),
           # 第二长的河: an ordinal before the adjective "long"
           (r"第[一二三四五六七八九十]+_", "chang2"),
           (r"_史", "zhang3"),  # 长史: a chief clerk, an office of the dynasties
           # 头发长长了: grown (zhǎng) long (cháng); 长长的头发 is cháng cháng
           (r"(头发|指甲|胡子|草|头发又|指甲又)_长了", "zhang3"),
           # 长了一颗牙, 长出新叶: to grow
           (r"_(了|出)~(牙|牙齿|胡子|白发|白头发|叶子|新叶|芽|痘痘|青春痘|虫子|草|肉|皱纹|雀斑|菌子|蘑菇|青苔)",
            "zhang3"),
           # 一年长了五厘米: grew by a length (这支笔长五厘米 is its length)
           (r"_了[一二两三四五六七八九十百千几半\d.]+(米|厘米|毫米|公分|尺|寸)", "zhang3"),
           # 这支笔长五厘米: a length
           (r"_[一二两三四五六七八九十百千几半\d.]+(米|厘米|毫米|公里|千米|公分|尺|寸|里)",
            "chang2"),
           # 留着长头发, 穿着长裙子: what one wears or keeps is long
           (r"(留|梳|扎|穿|蓄|拖)着(一头|一条|一根|一双|一件)?_"
            r"(头发|发|辫子|裙子?|裤子?|胡子|尾巴|袖子?|指甲|外套|大衣)", "chang2")],
    # Fourth round: the kinds of error of the held-out parts, as tuning analogues (a
    # measure word after a numeral, a verb and its object with a filler between them):
    "中": [(r"_~(大|头|一等|二等|三等|特等)?(奖|彩|标|枪|弹|毒|暑|邪|圈套)", "zhong4"),
           (r"_了?[一两二三四五六七八九十几数]+(枪|箭|刀)", "zhong4")],  # 中了两枪
    "划": [(r"_~(火柴|小船|船|龙舟|桨)", "hua2")],
    "勒": [(r"_(住|紧)?了?(马|缰绳|马缰|缰)", "le4"),  # 勒住了马: reining in (勒马 lè)
           (r"_(得|紧|住|死|着|进|疼|痛)", "lei1"),
           (r"_了?勒?(腰带|皮带|绳子|带子|裤带)", "lei1"), (r"勒了_", "lei1")],  # 勒了勒腰带
    "择": [(r"_~(菜|豆角|韭菜|芹菜|青菜|豆芽|菠菜)", "zhai2"),
           # 择了一下午的豆角: a stretch of time between the verb and the vegetable
           (r"_(了|着|过)?[^，。！？]{1,5}的(菜|豆角|韭菜|芹菜|青菜|豆芽|菠菜)", "zhai2")],
    "轧": [(r"(车|轮|车轮|压路机)_", "ya4"), (r"_(过|伤|死|坏|平|断|到|着)", "ya4")],
    "打": [(r"[两三四五六七八九十几半]_(鸡蛋|啤酒|毛巾|袜子|手帕|玫瑰|汽水|可乐|信封|本子|铅笔)",
            "da2")],  # 三打啤酒: a dozen
    "结": [(r"_~(果|果子|果实|苹果|梨|桃|桃子|枣|瓜|籽|种子|葡萄|橘子|柿子|杏|石榴|穗)",
            "jie1"), (r"_了?(满|一)(树|枝头?|架|藤)", "jie1"),  # 结了满树的枣
           # 架上结满了葡萄: full of fruit (结满了冰 stays jié)
           (r"_满了?(果|果子|果实|苹果|梨|桃|桃子|枣|葡萄|橘子|柿子|杏|石榴|豆角|黄瓜|瓜)", "jie1"),
           # a plant that bears fruit: 西红柿结了好几个
           (r"(西红柿|番茄|黄瓜|辣椒|茄子|葡萄|苹果树|桃树|梨树|枣树|果树|柿子树|橘子树|瓜秧)_",
            "jie1")],
    # 这家药铺开了一百年: the shop (the segmenter's 药 | 铺 | 开; 把米铺在地上 stays pū)
    "铺": [(r"(药|当|杂货|肉|铁|裁缝)_(?![在满上成平好])", "pu4"),
           (r"_~(床|被子|褥子|桌布|地毯|毯子|席子|床单|垫子|报纸|路|轨道|石板|砖)", "pu1"),
           (r"(床|地|桌子?)上_", "pu1"), (r"_(上|满|在|开|成|平|散|设|着|好|完)", "pu1"),
           (r"(床单|被子|褥子|地毯|桌布|席子)_", "pu1")],  # 把床单铺好了
    "咽": [(r"_(不|得|了|下|进|着|口|唾)", "yan4"),
           (r"(再|就|才|别|往下|慢慢)_$", "yan4")],  # 嚼碎了再咽: to swallow
    "吐": [(r"_了?(一|满)(地|身|床|车|桌|路)", "tu4"),
           (r"(吃的|喝的|饭|药|早饭|午饭|晚饭)(全|都)?_", "tu4"),  # 把吃的全吐了出来
           # 小孩子吐了奶, 吐出了刚吃的饭: what was eaten or drunk coming back up
           (r"_(了|出了?|出来)?(奶|饭|药|酸水|黄水|刚吃的)", "tu4"),
           # 把枣核儿吐了: spitting out what was in the mouth
           (r"把.{0,2}(核儿?|籽儿?|骨头|鱼刺|刺|皮|口香糖|瓜子皮|痰|口水|泡泡)_", "tu3"),
           (r"(想|要|拉又|呕)_(了|$)", "tu4"),
           (r"(在|又|直|还|正)_#", "tu4")],  # 他一直在吐。: no object, vomiting
    "散": [(r"(会|会议|晚会|聚会|宴会|人群|队伍|雾|云|烟|电影|戏|人)_(了|开|去|$)", "san4"),
           (r"(页|纸|辫子|头发|鞋带|绳子|柴|柴火|零件|架子)_(了|开|着|$)", "san3")],  # falls apart
    "还": [(r"_(我|你|他|她|您|我们|你们|他们)(钱|书|东西|本子|笔|伞|车|债|的钱|的书|$)", "huan2"),
           # 他还了我十块钱: the adverb 还 never takes 了 (还了得 is hái)
           (r"_了(?!得)", "huan2"),
           # after a modal or 去/来, 还 with a thing borrowed as its object is "return"
           # (我要还图书馆的书, 你得还钱; 我还要去 keeps hái: 还 comes first there)
           (r"(要|得|想|该|应该|必须|记得|忘了|去|来|按时)_.{0,6}(书|钱|伞|车|笔|东西|本子|债|贷款)",
            "huan2"),
           (r"_(本国|故乡|故里|故土|京师|乡里)", "huan2")],  # 永还本国: to return home
    "乐": [(r"_(了|得|坏|开|呵呵|哈哈)", "le4"),  # 大家都乐了: laughed
           (r"_(评|迷|坛|章|谱)", "yue4")],  # 乐评人: music (乐队, 乐曲 are words)
    "担": [(r"[一两三四五六七八九十几半这那每]_", "dan4")],  # 一担水: a carrying-pole load
    "涨": [(r"(脸|脖子|头|眼睛).{0,4}_(得|红|粗)", "zhang4"), (r"_(红|粗)", "zhang4"),
           (r"(泡|发)_", "zhang4"), (r"_开", "zhang4"),  # 豆子泡涨了, 涨开: swollen
           (r"泡[^，。！？]{1,5}_了", "zhang4")],  # 面条泡久了就涨了
    # Fifth round, the kinds of error of classroom_fresh6.tsv's first run, from new tuning
    # sentences: a numeral and a measure word, a verb and its complement or object, an
    # adjective, a noun, an interjection.
    "沓": [(r"[一两二三四五六七八九十几半这那每]_", "da2")],  # 一沓纸: a pile
    "撮": [(r"_(长|短|白|黑|黄)?(毛|胡子|头发|发|鬓角|刘海)", "zuo3"),  # 一撮胡子: a tuft
           (r"[一两二三四五六七八九十几这那每]_", "cuo1")],  # 一撮盐: a pinch
    "逮": [(r"_(住|着|到|回)", "dai3"),
           (r"_~(蝴蝶|蜻蜓|蝈蝈|蛐蛐|老鼠|小偷|鱼|鸟|虫子?|兔子|鸡)", "dai3")],  # 逮住: catch
    "拧": [(r"_~(干|毛巾|湿)", "ning2"), (r"(毛巾|衣服|手巾|抹布)_", "ning2"),  # wring
           (r"_(开|紧|松|螺丝|瓶盖|盖子|水龙头)", "ning3")],  # twist
    "仆": [(r"_(倒|在地|地)", "pu1")],  # 仆倒: fall forward
    "倒": [(r"(吹|推|撞|摔|绊|跌|碰|踢|砍|刮|压|撂|扳|放|挤|醉)_", "dao3"),  # 吹倒: fall
           (r"_(入|进)", "dao4"),  # 倒入黄油, 倒进锅里: to pour in
           (r"(水|茶|酒|汤|油|奶|咖啡|饮料|垃圾|果汁)_", "dao4"),  # 把水倒进: pour
           (r"(房子|房屋|树|墙|桥|塔|柱子|椅子|瓶子|杯子|电线杆)_(了|下)", "dao3"),  # 房子倒了
           # 水我已经倒了: the liquid poured, as the topic before the doer
           (r"(水|茶|酒|汤|牛奶|咖啡|饮料|垃圾|果汁)(我|你|他|她|我们|你们|他们)?"
            r"(已经|都|早就|也|刚|刚才|就|全|全都|全部|统统)*_了", "dao4"),  # 把牛奶全倒了
           # 公司去年就倒了, 房子快倒了: what can collapse or go bankrupt, then adverbs or a
           # time, then 倒了 closing the clause
           (r"(公司|工厂|厂|企业|商店|店|饭馆|餐馆|银行|超市|房子|房屋|楼|树|墙|桥|塔|柱子"
            r"|椅子|瓶子|杯子|电线杆)(去年|今年|前年|上个?月|上周|昨天|前天|早就|早已|已经|就"
            r"|都|也|快要?|终于|突然|差点儿?|又|全|一下子|马上|很快|没多久|不久)+_了$", "dao3"),
           (r"_[一两三四五六七八九十几]+(次|趟|回)(车|公交|地铁)", "dao3"),  # 倒两次车: change
           (r"_(过来|过去|着)", "dao4"),  # 把书倒过来: upside down
           (r"_(不错|挺|也|还|很|真|蛮|比较)", "dao4")],  # 这个办法倒不错: the adverb
    "晕": [(r"_了?(过去|倒|死)|_得", "yun1"), (r"_(车|船|机|血|针)", "yun4"),  # 晕得站不起来
           (r"(上|坐)(车|船|飞机|汽车|公交车?)[^，。！？]{0,2}_", "yun4"),  # 一上船就晕
           # 一坐车就晕, 坐船晕了一路: motion sickness
           (r"(坐车|坐船|坐飞机|见血|看见血).{0,2}_(了?一路)?$", "yun4"),
           (r"物质_|的_(中|里|内|外)", "yun4")],  # 暗物质晕, 黑洞的晕中: a halo
    "曲": [(r"_(着|起|腿|膝|身|成)", "qu1")],  # 曲着腿: bent; 把铁丝曲成一个圈  # 曲着腿: bent
    "搂": [(r"(树叶|落叶|干草|柴火?)_", "lou1"), (r"_(到一起|成一堆|成堆)", "lou1"),  # rake
           (r"_(着|住|在怀)", "lou3")],  # hold in one's arms
    "馏": [(r"_(一下|一馏|热|了|馒头|包子)", "liu4")],  # 馏一下: reheat by steaming
    "澄": [(r"_(一下|一会|一澄|一夜)", "deng4")],  # 澄一下: let settle
    "脏": [(r"(肺|脾|肝|肾|心|内|五|器)_", "zang4"),  # an organ (肺脏)
           (r"_(了|的|话|东西|衣服|水|兮兮|死)", "zang1"), (_DEGREE + "_", "zang1"),
           (r"(弄|搞|不)_", "zang1")],  # 衣服脏了: dirty
    "糊": [(r"_(了|味|掉|焦)", "hu2"), (r"(粥|饭|米饭|菜|锅|饼)_", "hu2")],  # burnt
    "蔓": [(r"(瓜|萄|藤|豆|秧)的?_", "wan4")],  # 西瓜的蔓: the vine (蔓荆 màn is a plant)
    "吁": [(r"(长|嘘)_", "xu1")],  # 长吁一声: a sigh
    "哪": [(r"(^|的|老)天_#", "na5")],  # 我的天哪！: the particle after 天
    # Fifth round, from the CPP dev errors (verb frames and a noun at a clause's end):
    # 设左翼右营参将，: a general ("will" never ends a clause); 他将门关上了: 将 as 把
    # before a thing and what is done to it
    "将": [(r"_#", "jiang4"),
           (r"_作(大匠|少匠|少监|监|少府)", "jiang4"),  # 为将作少监: the office of works
           # 虎牙郎将, 中郎将: the office of a general (not 新郎将新娘: "will"); 升起将旗: the
           # commander's flag (not 将旗帜, 将旗子: "to take"); ninth round
           (r"(?<![新女货令情儿牛])郎_|_旗(?!帜|子|杆)", "jiang4"),
           # 魏将张郃, 射魏将后, 大破秦将: a general of a state of the dynasties, after the
           # clause's start or a verb of war (金将, 元将, 明将, 韩将, 周将, 梁将 are left out:
           # 资金将, 美元将, 说明将, 韩国 "will", 本周将, 桥梁将), not before what the future
           # 将 comes before (秦将统一六国, 赵将与之结盟)
           (r"(^|[破斩杀击败俘擒降射与和为遣派命之的、])[魏蜀吴晋秦燕赵隋汉]_"
            r"(?!会|要|于|在|被|成为|进行|举行|继续|开始|统一|出兵|迁|灭|与|对|向|从|把|以|"
            r"不|可|能|无法|再|也|又|就|为)", "jiang4"),
           # 李祎率裴耀卿等诸将, 诸侯国相、将的权力: the generals (诸将士 are 将士), and 将 before
           # 的, which the future 将 never stands before (cpp14)
           (r"诸_(?!士|领|帅)|_的", "jiang4"),
           (r"_(门|窗户?|书|信|钱|车|水|它|东西|衣服|桌子|椅子|作业|试卷)"
            r"(关|打开|推|拉|锁|放|拿|交|送|带|洗|擦|搬|挂|收|扔)", "jiang1")],
    "藏": [(r"(所|现|珍|收|私|窝|躲|暗|深|埋|偷偷|偷)_", "cang2"),  # 所藏佛像: hidden, kept
           (r"_(有|于|在|着|起|好|进|了|匿|身|到|哪|什么地方)", "cang2")],
    "率": [(r"_~(部|军|兵|众|师|舰队|大军|骑兵|水师|全家|家人|子弟|百官|群臣|将士|使团|代表团)",
            "shuai4"), (r"(亲|自|遂|乃|领)_", "shuai4"),  # 率部入贵州, 领率机关: to lead
           # the guard commanders of the crown prince's household (太子左卫率, 典戎卫率) and
           # their office (左清道率府): shuài (ninth round)
           (r"卫_|_府", "shuai4"),
           # a rate, after a word and before what a rate does or closing the clause:
           # 获得97%的认可率，磁化率大致与温度成反比, 自然增长率为 (所率, 统率 lead)
           (r"[\u4e00-\u9fff]{2}(?<![所亲自遂乃领统督])_(#|为|达|约|仅|均|大致|较|高达|下降|上升|"
            r"提高|降低|增加|减少|超过|不足)", "lv4")],
    "劈": [(r"_~(成|开|死|断|向|为|碎)", "pi1"),  # 劈成两半: to split
           # 把叶子劈下来: stripping leaves or branches off, pǐ
           (r"(叶子|叶|树枝|枝|菜帮子?|帮子)_", "pi3")],
    # cpp18: 柏 bǎi, the cypress, after what qualifies a tree (古柏两棵, 古柏800余株, 翠柏), not
    # in a transliteration after · (加里·古柏); bó in a transliteration before 威 / 克 / 特 / 培
    # (柏威夏寺, 柏克莱, as 柏林, 柏拉图)
    "柏": [(r"(?<!·)(古|翠|侧|苍|汉)_", "bai3"), (r"_(威|克|特|培)", "bo2")],
    # cpp18: 靡 mǐ, the literary "none, not" and "to bend down" (现代汉语词典 靡 mǐ ① 倒下
    # ② 无, 没有): in the frame 靡A靡B (靡室靡家), first in its clause before 不/有/日/所/他
    # (靡日不思, 靡有孑遗), after grass bent by wind (风行草靡); 奢靡, 靡费 and the Wusun
    # kings (泥靡, 翁归靡) stay mí
    "靡": [(r"_[\u4e00-\u9fff]靡|靡[\u4e00-\u9fff]_|(草|偃)_|^_(不|有|日|所|他)", "mi3")],
    # cpp18: 吧 bā, a bar or a web forum, before what it has or is (性吧论坛, 杏吧社区, 吧主) or
    # after a measure and before 的 (这个吧的吧主); the particle closes its clause (走吧)
    "吧": [(r"_(论坛|社区|老板|主|友)|(个|家)_的", "ba1")],
    "涌": [(r"_(河|两岸)", "chong1"),  # 鸭涌河: a creek in Guangdong place names (〈方〉)
           # cpp18: 现代汉语词典 涌 chōng 〈方〉河汊 (多用于地名): a place closing its
           # name before a place's head (沙涌村, 大涌镇) or named alone after a place word
           # or a preposition, closing its run or a list (到东涌, 攻占了葵涌、, 麻涌以及
           # 望洪, 横涌和西涌都是); what surges (泉水涌, 人潮涌) stays yǒng
           (_NOT_CREEK + r"_(村|镇|站|尾|桥|路|街|社区|公园|码头|墟|围|口岸)", "chong1"),
           (r"(^|[到在往至从经于的占和与及])" + _NOT_CREEK
            + r"{1,2}_([#0]?$|和|以及|与|及|都是|等|一带|地区|附近)", "chong1"),
           (r"河_(?![出起动进入向上来了着])", "chong1")],  # 河涌 héchōng, a creek
    # Sixth round: 泊 mooring a ship is bó (泊地 "anchorage", 泊于, 泊在; pypinyin's phrase
    # 泊地 reads pō), a lake or a pool of blood pō (湖泊, 血泊 are words)
    "泊": [(r"(停|漂|飘)_", "bo2"),  # 船停泊在码头: to moor
           (r"(?<![湖血])_(地|位|船|车|于|在|着)", "bo2")],
    # 观 closing a clause of three characters is a Taoist temple, guàn, in a
    # list of sights (二王庙、伏龙观、安澜桥); the verb and 外观, 景观 are words
    "观": [(r"^.._#", "guan4")],
    # 场 counting a show, a match, an exam, a meeting or a ceremony is chǎng
    # (一场电影, 一场精彩的比赛, 一场秘密会议; 现代汉语词典, CC-CEDICT), where pypinyin's
    # phrase 一场 reads cháng, which stays for rain, an illness or a battle (一场大雨,
    # 大病一场, 一场春雨后的比赛: the course of events)
    "场": [(r"[一两二三四五六七八九十几这那每整]_(大|小|暴|阵|春|秋)?(雨|雪|风|病|冰雹)", "chang2"),
           (r"[一两二三四五六七八九十百几半这那每整首本]_([^雨雪风病]{1,4}的|[^雨雪风病]{1,2})?"
            r"(电影|比赛|球赛|决赛|联赛|友谊赛|表演赛|演出|表演|考试|音乐会|演唱会|晚会|舞会|"
            r"运动会|戏|话剧|京剧|歌剧|足球|篮球|球|会议|活动|讲座|演讲|婚礼|典礼|仪式|"
            r"宴会|聚会|发布会|招待会|研讨会|座谈会|辩论)", "chang3"),
           # 比赛一场接一场: the show or match named before the measure word
           (r"(比赛|球赛|演出|表演|电影|考试|音乐会|晚会)[^，。！？]{0,6}[一两二三四五六七八九十几每]_",
            "chang3")],
    "镐": [(r"(铁|斧|十字|鹤嘴|洋|把)_", "gao3"), (r"_(头|把)", "gao3")],  # 铁镐: a pick
    # 应凤姐之请, 应李烈钧征召: answering an invitation or a call (ninth round)
    "应": [(r"_[^，。；：]{0,7}(之请|之邀|邀请|之召|之聘|征召|之命)", "ying4"),
           # 叫他，他不应: to answer, with no object (他不应该 is ying1: 该 follows)
           (r"(他|她|我|你|它|谁|半天|几声)(也|都)?(不|没|没有)_#", "ying4"),
           (r"(最早|本|理|均|都|也|则|亦|仍|就|更|不|似|必|皆)_(?!了|着|声|邀|聘|届)",
            "ying1"), (r"_尽(的|之)", "ying1"),  # 最早应追溯至, 应尽的义务: should
           (r"_(先|针对|尽快|立即|及时|予以)", "ying1"),  # 评论应先审核: should
           # 证伪主义应采用试错法, 应根据罪行大小, 应取消: should, before a verb (ninth round)
           (r"_(采用|根据|取消|始终|使用|减少|加强|注意|按照|依照|依法|尽量|设法|保持|避免|"
            r"视为|包括|属于|会|是|由|在|以|从|向|把|将|与)", "ying1"),
           # cpp18: the modal yīng "should" before any verb or adverb (学生应按时完成作业,
           # 司机应遵守, 手机应关机, 应令各省): a lone 应 is yìng only as an answer or a
           # response (应了一声, 应邀, 应聘, 应届, 应战 ...), in the places 应县, 应城, 应天,
           # or after what makes a word of it with 应 (回 | 应, 反 | 应, 适 | 应); not after a
           # surname (宋应星, 吴应期: a given name's yìng) nor 的 / 之 (殷商时期的应部落, the state)
           (r"(?<![答响回反对呼感适照相供效报策内接顺随因的之庆神原])(?<!" + _GIVEN_NAME_AFTER
            + r")_(?![了着声邀聘届战征试急变用对付运答和"
            r"酬援验接承诺允许约时考召募卯市名门手口天县城州景])[\u4e00-\u9fff]", "ying1")],
    "拽": [(r"往.{1,6}一_", "zhuai1")],  # 往床上一拽: to fling (拽住 zhuài "to pull")
    # 把桌子抹干净: wiping (抹布 mābù); 抹了黄油 mǒ, 抹墙 mò stay the others
    "抹": [(r"(桌子|桌面|桌|柜子|窗台|灶台)_(干净|一下|一遍|了一遍)", "ma1"),
           # 用抹布抹桌子, 抹了抹桌面: wiping a surface clean (抹了黄油, 抹药 stay mǒ)
           (r"_~(桌子|桌面|桌|柜子|柜台|窗台|灶台|台面|餐桌|茶几|椅子|凳子|玻璃|镜子)", "ma1"),
           (r"抹布.{0,3}_", "ma1")],
    # 这块地种的全是玉米, 院子里种满了花: planting in a field or garden
    "种": [(r"(地|田|地里|田里|园子|园子里|院子|院子里|菜园|花园|花园里)_(的|了|着|满)", "zhong4")],
    # Sixth round, from new tuning sentences (classroom_words.tsv): carrying on one's back
    # and peeling with a knife.
    "背": [(r"_(不|得)(动|起)", "bei1"),  # 背不动: too heavy to carry
           (r"_(在|到)(身上|背上|肩上)", "bei1"),  # 把书背在身上: carried
           # 背着老师偷偷地: behind someone's back, bèi
           (r"_着(老师|父母|爸爸|妈妈|大人|家长|别人|大家|我|你|他|她|我们|他们|家里人?)"
            r"(偷偷|悄悄|私自|私下|偷|悄)", "bei4"),
           (r"_(起|上)?~(书包|背包|包|孩子|小孩|行李|篓子|筐|柴|枪|伤员|老人|妹妹|弟弟|奶奶|爷爷)",
            "bei1")],  # 背起书包
    # 曾老师: the surname before a title (曾经 is a word of its own)
    "曾": [(r"_(老师|先生|女士|小姐|同学|校长|医生|大夫|阿姨|叔叔|伯伯|经理|教授|师傅|总)",
            "zeng1"),
           (r"叫_.{1,2}$", "zeng1")],  # 他叫曾明: a full name ending the clause
    "削": [(r"_~(苹果|梨|皮|铅笔|土豆|萝卜|水果|果皮|甘蔗|木头|黄瓜)", "xiao1"),  # 削了一个梨
           # 被削去官职: stripped of an office or a rank
           (r"_(去|夺|除)?了?(官职|官位|官爵|爵位|爵|职|籍|藩|兵权|封地|王位|品级|封号)", "xue1"),
           (r"_(尖|平|薄|短|成)", "xiao1"),  # 把木棍削尖
           # 把铅笔削好了, 苹果削了皮: peeling or sharpening what was named before
           (r"(铅笔|苹果|梨|土豆|萝卜|水果|甘蔗|木棍|木头|黄瓜|皮)[^，。！？]{0,2}_(好|完|了|掉|去|下)",
            "xiao1")],
    "塞": [(r"_(给|进|住|满|到|在|了|着|紧)", "sai1")],  # 塞给我, 鼻子塞住了 (塞上: sài)
    "禁": [(r"_(穿|洗|晒|摔|得起|不起|得住|不住)", "jin1")],  # 这双鞋很禁穿: to stand up to
    "晃": [(r"_得.{0,4}(眼|睁不开|看不清)", "huang3"), (r"_眼", "huang3")],  # 阳光晃眼: dazzle
    "斗": [(r"[一两二三四五六七八九十几半每]_", "dou3"),  # 一斗米: a measure of grain
           (r"_(栱|拱)", "dou3"),  # 斗栱: the bracket set of a timber roof
           # 墓形如覆斗, 覆斗形, 呈斗形: the shape of an upturned grain measure (ninth round)
           (r"覆_|_形", "dou3")],
    # 莎草科扁莎属: the sedges, suō (as 莎草 suōcǎo; shā in transliterations: 莎士比亚)
    "莎": [(r"扁_|莎草科[^，。、；]{0,6}_", "suo1")],
    # 有一个空瓶子: empty, after a measure word and before a container (not 有空 split)
    "空": [(r"[个只间张辆把座套]_(瓶|杯|盒|箱|碗|房|屋|车|罐|袋|桶|壶|教室|笼|信封|口袋|盘)",
            "kong1")],
    # 丧了良心: to lose, 丧着脸: a long face (丧事, 丧礼: sāng, words of their own)
    "丧": [(r"_了|_着?(脸|气)", "sang4")],
    # 再校一遍: to proofread
    # cpp19: 校 jiào calibrating a weapon or a scale (校射台: CPP dev B 4023; 现代汉语词典 校 jiào
    # ② 订正; 校枪, 校秤): before 射, 枪, 炮, 秤, not closing a school's word (学校, 全校枪声,
    # 母校, 在校表现 stay xiào)
    "校": [(r"(再|重新|仔细|认真)_", "jiao4"), (r"_(一遍|一下|稿)", "jiao4"),
           (r"(?<![学全母高党军驾在离返住夜本分院名盲技警体该此我你他她])_(射|枪|炮|秤)",
            "jiao4")],
    "撩": [(r"_了?撩?(头发|裙子|衣服|帘子|门帘|袖子|水)", "liao1"), (r"撩了_", "liao1")],  # lift
    "掖": [(r"_(好|进|在|着|到|紧)", "ye1")],  # 把被子掖好: tuck in (腋/掖下 yè)
    "臊": [(r"_(红|得)", "sao4")],  # 脸臊红了: shy (臊味 sāo)
    # 再盛一点儿, 盛一碗: ladling out a helping (盛开, 盛大 are words)
    "盛": [(r"_(一点儿?|一些|一碗|半碗|一勺|一盘|一大碗|一小碗)", "cheng2")],
    "相": [(r"照了?过?[一两几]?[张个]_", "xiang4"),  # 照张相: a photo (照相 xiàng)
           (r"_变(?!化|得|成|为|了)", "xiang4"),  # 连续相变: a phase transition
           # 李宗闵罢相, 代牛僧孺为相，, 诸侯国相、: the chancellor of a state or a dynasty
           # (罢相 "dismissed", 拜相 "appointed"; 为相, 国相 closing a clause: "mutual" never
           # ends one) (cpp14)
           (r"[罢拜]_|(为|国)_#", "xiang4")],
    # 疼得直号, 饿得乱号: howling (号叫, 号啕 are words)
    "号": [(r"(疼|痛|哭|饿|冷|吓|急)得?(直|乱|一直|大)_", "hao2")],
    "混": [(_DEGREE + r"_(#|$|了)", "hun2"),  # 河水很混: muddy (as 浑)
           (r"(水|河水|江水|湖水|井水|汤)(变|都|也)?_了", "hun2")],
    "溜": [(_DEGREE + r"_(#|$|了|的)", "liu4")],  # 说得很溜: fluent (colloquial)
    # 驴拉磨: a millstone; 麦子磨成了面粉: milled
    "磨": [(r"(拉|推|石|驴|拉着|推着)_", "mo4"), (r"_成了?(面|粉|面粉|豆浆|米粉|米浆)", "mo4")],
    "度": [(r"_(德量力|君子)", "duo2"), (r"(揣|忖)_", "duo2")],  # 以小人之心度君子之腹: to gauge
    "吱": [(r"(不|没)_", "zi1"), (r"_声", "zi1")],  # 一声也不吱, 吱声: to make a sound
    # Seventh round, the kinds of error of classroom_fresh8.tsv (seen) and of new tuning
    # sentences: an adjective after a degree adverb or before 了, a verb heading for a
    # place, escorting a prisoner.
    # 真累, 累了, 累坏了, 又累又饿: tired (积累, 累计, 连累 lěi and 累累 léi are words)
    "累": [(_DEGREE + "_", "lei4"), (r"_(了|坏|死|得|着|极|惨)", "lei4"), (r"又_又|又.又_", "lei4"),
           (r"(不|别|好|也|都|会|很|可|真)_#", "lei4")],
    # 他就奔医院去了, 奔着目标: heading straight for (奔过来, 奔跑 stay bēn)
    "奔": [(r"_着", "ben4"),
           (r"_(?![过出进上下回跑走向驰来去了])[^，。！？]{1,4}(去|来)了?#", "ben4"),
           # cpp21: heading for a place to break out, fight or drive there (奔山口突围, 奔南门冲杀,
           # 奔北京方向开, 奔东海方向驶去); 奔向, 奔回, 奔出 stay bēn
           (r"_(?![过出进上下回跑走向驰来去了腾流涌赴])[^，。！？]{1,6}"
            r"(方向|突围|冲杀|杀去|进发|驶去|开去)", "ben4")],
    # 把小偷解到派出所: escorting a prisoner (押解 jiè); 解开, 了解 stay jiě
    "解": [(r"(犯人|小偷|罪犯|嫌犯|嫌疑人|俘虏|逃犯|人犯)_(到|往|送|去|回)", "jie4")],
    # 帮我缝好了, 缝扣子: sewing (一道缝, 门缝 fèng are the noun)
    "缝": [(r"[一两几这那](条|道)_", "feng4"),  # 绷了一条缝: a crack, after its measure word
           (r"_(好|上|补|起来|了|着|一下|一针|衣服|扣子|被子|口子|袜子|裤子)", "feng2"),
           (r"_~(衣服|扣子|被子|口子|袜子|裤子|书包)", "feng2")],  # 缝个扣子
    # 天有点儿闷, 屋里太闷了: stuffy air, mēn (心里闷, 闷闷不乐 mèn: low spirits)
    # 这孩子好哭, 好打扮: given to (好吃, 好看 "pleasant" are words of their own)
    "好": [(r"_(哭|闹|斗|打扮|面子|喝酒|抽烟|管闲事)", "hao4")],
    # 脾气很强, 犟: stubborn (强大, 强迫 are words)
    "强": [(r"(脾气|性子|嘴|这孩子).{0,3}_(#|$|了)", "jiang4")],
    # 熬白菜, 熬豆腐: stewing vegetables, āo (熬粥, 熬夜 áo)
    "熬": [(r"_~(白菜|菜|豆腐|萝卜|冬瓜)", "ao1")],
    # 把衬衫漂得很白: bleaching, piǎo (漂在水上 piāo, 漂亮 piào)
    "漂": [(r"_得.{0,3}(白|干净)", "piao3"), (r"_(白|洗)", "piao3")],
    # cpp17: 褪 tùn, taking off what is worn or a shell (把袖子褪下来, 把手镯褪了下来; coverings.py
    # for the words 褪去, 褪下); colour that fades stays tuì (裤子褪了色)
    "褪": [(r"(衣|袖|套|鞋|袜|裤|镯|戒指|壳|帽|衫)[^，。！？色]{0,4}_(?!了?色|得)", "tun4"),
           (r"_(去|下|掉)?了?(外衣|衣服|上衣|外套|手套|鞋|袜|裤|手镯|戒指|帽|衫|壳)", "tun4")],
    # cpp21: what one feels in one's heart is mèn (他心里更闷了, 心里有点儿闷)
    "闷": [(r"心(里|中|头)?[^，。！？]{0,4}_", "men4"),
           (r"(天|天气|空气|屋|屋里|屋子里|房间里?|教室里?|车厢里?|车里)[^，。！？心]{0,6}_",
            "men1"),
           # 似乎有点儿闷, 今天真闷: a clause with no one in it who could feel low is about
           # the air (我有点儿闷, 心里闷 stay mèn)
           (r"^(似乎|好像|今天|今晚|这几天|这两天|这里|这儿|里面|外面)?"
            r"(有点儿?|很|太|真|挺|特别|非常|这么|那么)_", "men1")],
    # 上了骗子的当: 上当 split by whose trick it was
    "当": [(r"上(了|过)?[^，。！？]{1,6}的_#", "dang4"),
           # 他把手表当了: pawned; 把我当朋友, 把这里当自己家: taken for, dàng
           (r"把.{1,5}_(了|掉)$", "dang4"),
           # 我当他是好朋友: to take for (当他是学生的时候, at a clause's start, is dāng)
           (r"(我|你|他|她|我们|你们|他们|大家|一直|还|都)_(我|你|他|她|它|他们|我们|这|那)(是|为)",
            "dang4"),
           (r"把.{1,6}_(?!着)", "dang4")],  # 把书当废纸卖了 (当着大家的面 is dāng)
    "吓": [(r"[阻恐威恫]_", "he4")],  # 阻吓: to deter (恐吓, 威吓 hè are words)
    # 河道比降2‰: a river's gradient (not 比降低, 比降价: 比 comparing)
    "降": [(r"比_(?!低|价|息|温|雨|水|级|落|下|临|生|服|职|薪|压|速|幅|至|到|了)", "jiang4"),
           # 气温降了五度, 价格降了一半: falling by an amount (a surrender takes no amount)
           (r"_了?([零一二三四五六七八九十百千两几\d]+|一半|不少|很多)(度|米|厘米|公分|个百分点|"
            r"成|级|倍|块|元|毛|分|斤|公斤)?", "jiang4"),
           # 气温降了, 水位降下来: what falls (temperature, prices, levels)
           (r"(气温|温度|体温|水位|价格|物价|房价|油价|血压|血糖|成绩|速度|工资|分数).{0,3}_",
            "jiang4"),
           (r"_(至|到)($|[零一二三四五六七八九十百千两几])", "jiang4"),  # 可降至-4度: to fall to
           # 降清, 降日的原国民党, 不如降。: surrendering to a dynasty or a state, or closing
           # a clause after 不如/请/欲/乞/愿 (cpp14; 降日元, 降明年, 降金额 are falls)
           (r"_(清|宋|元(?!宵|旦|素|件|老|气|年|月)|金(?!额|价|属|融|牌|银|钱|条)|汉(?!字|语|族)|"
            r"唐|魏|蜀|吴|晋|秦|日(?!元|本|期|子|内|常|益|均|前|后|间|夜|照|光|程|晒|"
            r"上|下|趋|渐))|(不如|请|欲|乞|愿)_#", "xiang2")],
    "挑": [(r"_(梁|檐)", "tiao3"),  # 挑梁, 挑檐: a cantilever, an overhanging eave
           # 把灯芯挑亮: raising a wick with a pin (挑好了, 挑完了: choosing)
           (r"(灯芯|灯花|灯)_(亮|起|了)|_亮", "tiao3")],
    # the offices of the dynasties: 大理少卿, 太子少保, 任少监 (shào: the deputy)
    "少": [(r"_(卿|傅|詹事|宰|尹)", "shao4"),
           (r"(任|为|迁|授|拜|加|除|太子|秘书|将作|国子|殿中|军器|都水|司农|太府|卫尉)_"
            r"(保|师|监)(?!督|测|控|视|管|察|护|听|禁|考|狱|证|持|存|留|障|险|养|安|守|卫|"
            r"密|温|质|姆|全|资|生|范|傅)", "shao4")],
    # Seventh round, from the CPP dev errors: a noun's reading in the terms of
    # encyclopaedic text (the model reads the everyday verb or adjective there)
    "冠": [(r"_(帽|冕|饰|缨|带|盖)", "guan1"),  # 唐代的冠帽: a hat (冠军 is a word)
           # cpp19: the crest naming a crested animal (冠海豹, 冠蓝鸦, 冠恐鸟, 冠蜥; 现代汉语词典
           # 冠 guān ② 鸟类头上的肉质突起, 鸡冠; 冠以, 冠名, 之冠 stay guàn)
           (r"_(?![以于名军绝])[\u4e00-\u9fff]?(鸟|鸦|鹤|鸠|鹰|雀|鸭|鹅|雉|鹭|鸽|鹃|鹂|鹑|鸮"
            r"|蜥|蛇|龟|鱼|蛙|猴|鹿|羚|海豹|鸡)", "guan1")],
    "擂": [(r"_(石|木)", "lei2")],  # 投下擂石: stones rolled onto attackers
    # cpp19: 葛 gé, the kudzu, naming a genus or a family (蓬莱葛属, 白花葛属, 属于葛属;
    # 现代汉语词典 葛 gé 多年生草本植物; Gě is the surname: 小葛属虎, 葛老师属于 stay gě)
    "葛": [(r"_(属|科)(?![于鼠牛虎兔龙蛇马羊猴鸡狗猪])", "ge2")],
    # 放了一个月的假, 请了两天假: the word 放假 / 请假 split by a span of time, jià
    "假": [(r"(放|请|休)(了|过)?([一两二三四五六七八九十几半整]+|多少)个?"
            r"(天|星期|礼拜|周|月|年)的?_", "jia4")],
    # 他的脸刷地一下白了, 脸色刷白: swiftly, shuà (把墙刷白, 刷地板: to brush, shuā)
    "刷": [(r"把.{1,6}_白", "shua1"), (r"_(地|的)一(下|声)", "shua4"),
           (r"(脸|脸色|面色)[^，。！？]{0,3}_(地|的)?(白|红)", "shua4")],
    # 哗的一声: a splash or a rush, huā
    "哗": [(r"_(的|地)一(声|下)|_哗", "hua1")],
    # 趟过去, 趟着水过河: wading, tāng (一趟, 这趟 are the measure word tàng)
    "趟": [(r"(?<![一两二三四五六七八九十几这那每])_(过|着|水|河)", "tang1")],
    # 宁死也不说, 宁可: rather, nìng
    "宁": [(r"_(死|可|愿|肯)", "ning4")],
    # 逃过了这一难: a disaster, nàn
    "难": [(r"(这一|那一|一场|大)_(#|$)", "nan4")],
    # 舍了自己的命, 舍不得: to give up, shě (宿舍 shè is a word)
    "舍": [(r"_(了|得|不得|弃|去|掉|命|身|近)", "she3")],
    # 孩子扒着窗户: clinging to, bā; 小偷扒走了钱包: picking a pocket, pá
    "扒": [(r"小偷.{0,3}_|_(走|窃|手|钱包)", "pa2"), (r"_(着|住|在|开|下|掉|皮)", "ba1")],
    # 木板绷了一条缝: cracked, bèng
    "绷": [(r"_了?一?(条|道)?(缝|口子|裂)", "beng4")],
    # 喝水呛着了: food or water in the windpipe, qiāng (被烟呛 qiàng)
    "呛": [(r"(喝|吃|喂|喝水|吃饭)[^，。！？烟]{0,4}_", "qiang1"),
           # ，呛着了 with no smoke or spice named: choking, qiāng (被烟呛着了 qiàng)
           (r"^(?!.*(烟|辣|味|油|灰|雾|气))[^，。！？]*_着了", "qiang1")],
    # 沙子眯了眼睛: dust in the eye, mí (眯着眼睛 mī)
    "眯": [(r"(沙子?|灰|灰尘|土|风沙)_(了|住)?(我的|他的|她的)?眼", "mi2")],
    # 手被玻璃拉了一道口子: a cut, lá
    "拉": [(r"_了?一?(道|个|条)?口子", "la2")],
    # 一分责任, 尽一分力: a share, fèn
    "分": [(r"[一几]_(责任|力|热|光)", "fen4")],
    # 比那本薄一点儿, 很薄, 薄薄的: the everyday adjective, báo (薄弱, 刻薄 bó are words)
    "薄": [(r"比.{1,6}_|_(一点儿?|一些|多了|得多)|" + _DEGREE + r"_|_薄", "bao2")],
    # 在墙上钻个洞: to drill (钻石, 钻头 zuàn are words)
    "钻": [(r"_~(洞|孔|眼儿?|窟窿)", "zuan1")],
    # 叉着腿, 叉开双腿: legs spread apart, chǎ (叉腰 chā: hands on the hips)
    "叉": [(r"_(着|开|开了)?(两|双)?(腿|脚)", "cha3")],
    # 一石米, 三石粮食: the old measure of grain, dàn (一石二鸟 is an idiom)
    "石": [(r"[一二两三四五六七八九十百千万几数每]_(米|粮|谷|麦|稻|粟|豆|大米|小米|粮食|稻谷)",
            "dan4")],
    "幢": [(r"(经|石|铁|宝|法|幡)_", "chuang2")],  # 铁幢: an inscribed pillar (一幢楼 zhuàng)
    "垛": [(r"(麦秸|麦草|麦|柴火|柴|稻草|草|秸秆|粮|砖|煤|谷)_", "duo4")],  # 麦秸垛: a stack
    "喳": [(r"[咔喀]_", "cha1")],  # 咔喳: a snapping sound
    # 玄参, 丹参, 党参: a medicinal root, shēn (not 党参加, 党参与: to take part)
    "参": [(r"(玄|丹|苦|沙|党)_(?!加|与|观|赛|军|议|谋|考|照|选|战|展|演|见|拜|透|悟|阅|政)",
            "shen1"),
           (r"_宿(?!舍|营)", "shen1")],  # 参宿: the lunar mansion of Orion
    "都": [(r"_指挥(使|同知|佥事)", "du1"),  # 福建都指挥使司: a Ming military office
           # cpp18: dū inside a transliterated name (阿不都热合曼, 阿都拉, 巴哈都尔, 阿都剌): after
           # 阿不 or between a name's characters that never close a subject nor open a
           # predicate (如果都理解, 水果都拉走了, 孩子们都拉着 keep the adverb dōu)
           (r"阿不_|((?<![如结效成苹水后因糖硕])果|阿|哈|奥)_(拉|剌|尔|理|勒)", "du1"),
           # cpp18: dū starting an office of the dynasties (都头, 都虞侯, 都转运使, 福州都卫),
           # not after a subject the adverb follows (大家都头疼, 孩子们都卫生习惯很好)
           (r"(?<![们家些人也都])_(头(?![疼痛晕发])|虞侯|转运使|转运司|卫(?![生冕星视兵])|统制"
            r"|点检|元帅|总管)", "du1"),
           # cpp18: the metropolis of Tokyo before its wards or its offices (东京都新宿区, 东京都
           # 知事; 北京和东京都很大 keeps dōu), the Tudors (玛丽·都铎), the censors (右都御史,
           # 都察院), and 都 of the names 峇都 (Batu) and 乌尔都
           (r"东京_([^，。；]{0,4}(区|市|町|村)|知事|政府|议会|厅|内|民)|_(铎|御史|察院)|峇_|乌尔_",
            "du1")],
}

#: pyclass18 (issue 19): the classes of classroom_fresh10/11's misses, each tried before the
#: character's earlier patterns (written from classroom_tune9's fourteenth batch).
_NUMBER = r"[一两二三四五六七八九十几半这那每]"
_SUBJECT_ADVERBS = r"(都|也|又|全|全都|早就|就|快|都快|已经|一下子)*"
CLASS18: dict[str, list[tuple[str, str]]] = {
    # 说中了我的心事, 猜中了, 踢中了门柱: a verb's result "to hit the mark", zhòng
    "中": [(r"(说|猜|踢|射|击|砸|押|投|扔|抽|戳|刺)_(了|过)", "zhong4")],
    # 吐了一晚上, 吐了两次, 吐了一路: vomiting for a while or again and again, tù
    "吐": [(r"_了(一|两|三|四|五|几|好几|好多)(整)?(次|回|遍|晚上|夜|晚|天|上午|下午|路)", "tu4"),
           (r"_得(很|真|太|特别|非常)?(厉害|难受|一塌糊涂)", "tu4")],  # 吐得很厉害
    # 钻到床底下去, 钻过篱笆: to squeeze through or into, zuān (电钻 is a word)
    "钻": [(r"_(到|进|过|出|入|回)", "zuan1")],
    # 妈妈炸的鸡翅: a cook's deep-fried dish, zhá (炸了 of a bomb or a balloon is zhà)
    "炸": [(r"_(好)?的" + FRIED_FOODS, "zha2")],
    "殷": [(r"_红", "yan1")],  # 殷红色: dark red, yān (殷勤 yīn is a word)
    # 一令白纸, 三令打印纸: a ream of paper, lǐng
    "令": [(_NUMBER + r"_(白|打印|复印|信|包装)?纸", "ling3")],
    # 他长长地吁了一口气: to sigh, xū (呼吁 yù is a word)
    "吁": [(r"_(了|出了?)?一?口(长)?气|_了?一声|地_", "xu1")],  # 长长地吁了一声
    # 有事就吱一声, 吱个声: to make a sound, zī (吱的一声 is the creak, zhī)
    "吱": [(r"_(一|个|了一)声", "zi1")],
    # 两打练习本, 三打纸杯: dozens of goods after a numeral, dá
    "打": [(r"[一两三四五六七八九十几半]_(作业本|练习本|本子|纸杯|杯子|盘子|碗|圆珠笔|铅笔|笔"
            r"|手套|衬衫|饼干|气球|扣子|鸡蛋|啤酒|毛巾|袜子|手帕|玫瑰|汽水|可乐|信封)", "da2")],
    "泡": [(r"眼_", "pao1")],  # 眼泡: the upper eyelid, pāo
    # 哪个答案更好, 坐地铁更快: "more" before an adjective, gèng (三更 gēng)
    "更": [(r"_(好|快|慢|大|小|多|少|高|低|长|短|远|近|难|容易|重要|好看|好吃|好听|漂亮|方便"
            r"|便宜|贵|美|强|热|冷|早|晚|清楚|适合|舒服|安全|简单|合适|有意思|干净|健康)",
            "geng4")],
    "尽": [(r"_自己", "jin4")],  # 尽自己的本分: to do one's utmost, jìn (尽快, 尽量 jǐn)
    "种": [(r"_满(了|着)", "zhong4")],  # 山上种满了杉树: planted all over, zhòng
    # 书页都散了, 头发全散了: bound things come apart, sǎn (人群散了 sàn)
    "散": [(r"(头发|辫子?|书|书页|柴火|柴|鞋带|绳子|零件|架子|被子|行李|捆|牌|积木)"
            + _SUBJECT_ADVERBS
            + r"_(了|开|架)", "san3")],
    # 树枝都折了, 大风把小树吹折了: snapped, shé (打折, 对折, 折成 zhé)
    "折": [(r"(腿|胳膊|骨头|骨架|伞骨|支架|树枝|枝|棍子|绳子|筷子|竿|杆|笔芯|芯|小树|树|手指|尺子)"
            + _SUBJECT_ADVERBS
            + r"_(了|断)", "she2"),
           (r"(吹|压|弄|掰|踩|撅|砸|碰)_了", "she2")],
    # 妈妈正在帮我缝, 你会缝吗: the verb closing its clause, féng; 地板缝里: a crack, fèng
    # 缝一缝: a verb said twice around 一 (the second as the first)
    "缝": [(r"_一缝|缝一_", "feng2"), (r"_(里|中)", "feng4"),
           (r"((帮|给|替)(我|你|他|她|您|我们|你们|他们)|会|能|来|去|在|正在|要|得|自己)"
            r"_(#|$|吗|吧|呢|啊|了|一下|好|上)", "feng2")],
    "扇": [(r"地_(#|$|了|着)", "shan1")],  # 不停地扇: fanning, shān (一扇窗 shàn)
    # 把铅笔削一下, 削好了: to peel or sharpen, xiāo (削弱, 剥削 xuē are words)
    "削": [(r"_(一下|好|尖|完|成|掉)", "xiao1"), (r"把[^，。！？]{1,6}_", "xiao1")],
    # 把面和好, 面和得很软: to knead, huó, after 把 or first in the clause (面和馒头, 表面和成熟的
    # 笼蔓: and)
    "和": [(r"(^|把)(面|面粉|泥|泥巴|水泥)_(好|得|匀|完|一下|成(?!熟|功|就|绩|为|长|果))",
            "huo2")],
    # 用了很大的劲, 一点儿劲都没有, 加把劲: strength, jìn (强劲, 劲敌 jìng)
    # strong, jìng, before what is strong; cpp20 added the troops and weapons (劲弩, 劲骑,
    # 劲卒) and the songs and dances (劲歌, 劲舞: pypinyin's phrase 劲歌 reads jìn)
    "劲": [(r"(强|刚|苍|遒|雄|疾)_|_(敌|旅|松|草|射|爆|拔|挺|风|弩|弓|骑|卒|歌|舞)", "jing4"),
           (r"(的|大|用|使|费|把|有|没|带|股|点儿|一点|后|冲|干|傻|憋|较)_|_(儿|头|都|也|不|大|十足)",
            "jin4")],
    # 别用脏手摸眼睛: dirty, zāng (心脏, 内脏 zàng)
    "脏": [(r"_(衣服|衣|手|鞋|袜子|碗|水|东西|裤子|被子|地方|话|字|书包|毛巾|盘子|杯子|脚|脸|球鞋)",
            "zang1")],
    "晕": [(r"晕(车|船|机)_", "yun4")],  # 晕车晕得想吐: motion sickness, yùn
    # 路不太长, 课文不算长, 裤子有点儿长: the adjective after a softened negation or a little
    # degree, cháng (年纪稍长 zhǎng: 稍 and 略 alone are left out)
    "长": [(r"(不太|不算|并不|不很|不是很|不怎么|没多|有点儿?|有些|稍微)_(#|$|了|啊|呢|吧|吗)",
            "chang2")],
    # 你说得倒容易, 想得倒美: "it's easy for you to say", dào between 得 and an adjective
    "倒": [(r"得_(美|轻松|简单|容易|好听|好|快|不错|挺|是)", "dao4")],
}
for _char, _pairs in CLASS18.items():
    COLLOCATIONS[_char] = _pairs + COLLOCATIONS.get(_char, [])
# pyclass19: classroom_fresh12's classes (polyphones/class19.py), tried before CLASS18's
for _char, _pairs in CLASS19.items():
    COLLOCATIONS[_char] = _pairs + COLLOCATIONS.get(_char, [])

#: ``#`` in a pattern is the end of a clause: punctuation or the end of the text follows the
#: run (参将。), not a digit, a quotation mark or Latin letters (将“望江”变为, 将140型).
#: ``$`` is the end of the run, whatever follows it (the markers ``#`` and ``0`` too).
CLAUSE_END = "#"
#: ``0`` in a pattern is a number in digits right after the run (河长88千米: the run 河长 is
#: followed by 88), as the patterns see it (ninth round).
NUMBER_AFTER = "0"

_COMPILED: dict[str, list[tuple[re.Pattern[str], str]]] = {
    ch: [(re.compile(p.replace("~", VERB_FILLER).replace("$", "[#0]?$")), r) for p, r in pairs]
    for ch, pairs in COLLOCATIONS.items()
}

#: Surnames read otherwise than the character's everyday reading (姓曾 Zēng, 姓单 Shàn).
SURNAMES: dict[str, str] = {
    "曾": "zeng1", "解": "xie4", "查": "zha1", "仇": "qiu2", "单": "shan4", "纪": "ji3",
    "朴": "piao2", "任": "ren2", "区": "ou1", "盖": "ge3", "乐": "yue4", "华": "hua4",
    "柏": "bai3", "翟": "zhai2", "缪": "miao4", "秘": "bi4", "种": "chong2", "覃": "qin2",
    "召": "shao4", "洗": "xian3", "燕": "yan1", "葛": "ge3", "费": "fei4", "尉": "wei4",
    "员": "yun4", "黑": "he4", "折": "she2", "万": "wan4", "长": "chang2", "蕃": "pi2",
    "曲": "qu1",  # cpp18: 曲波同志, 曲松龄旧居 (现代汉语词典 曲 Qū 姓)
    "繁": "po2", "隗": "wei3", "谌": "shen4", "逄": "pang2", "句": "gou1", "阚": "kan4",
}


def _window(before: str, after: str) -> str:
    """The clause around a character as the patterns see it (``_`` for the character)."""
    left = before if len(before) <= _WINDOW else "\u2026" + before[-_WINDOW:]
    right = after if len(after) <= _WINDOW else after[:_WINDOW] + "\u2026"
    return f"{left}_{right}"


def collocation_reading(
    char: str, before: str, after: str, clause_end: bool = False, number_after: bool = False,
) -> str | None:
    """The reading a collocation gives ``char`` between ``before`` and ``after``, or None.

    ``clause_end``: the text after the run ends the clause (see :data:`CLAUSE_END`);
    ``number_after``: digits follow the run (see :data:`NUMBER_AFTER`)."""
    pairs = _COMPILED.get(char)
    if not pairs:
        return None
    window = _window(before, after)
    if clause_end and len(after) <= _WINDOW:
        window += CLAUSE_END
    elif number_after and len(after) <= _WINDOW:
        window += NUMBER_AFTER
    for pattern, reading in pairs:
        if pattern.search(window):
            return reading
    return None


#: Titles after a surname: a one-character word before one of them is the surname
#: (单老师 Shàn, 仇阿姨 Qiú), not the everyday word.
_TITLES = re.compile(
    r"(老师|先生|女士|小姐|同学|校长|医生|大夫|阿姨|叔叔|伯伯|大爷|大妈|奶奶|爷爷|经理|教授"
    r"|师傅|主任|老板|警官|护士|律师)"
)
#: What may stand right before a surname and its title: the start of the clause, a
#: particle, a preposition or a verb of addressing (我们的单老师, 请单老师, 和仇医生); after
#: another character it may end a given name (黄佩华先生: huá) or a word (这种老师).
_SURNAME_AFTER = frozenset("的是和跟与找请问叫给让对向被把由同及在说们位")


#: A given name of one or two characters, then a title or a memorial of the person
#: (任正非先生, 曲波同志, 查慎行故居, 曲松龄旧居; cpp18): the character before it is the surname.
#: The given name holds no particle, numeral or adverb (请查一下王先生, 乐坏了先生).
_NAMED_TITLE = re.compile(
    r"[^\W了着过得的地一二三不也都就还很是有在个这那]{1,2}"
    r"(同志|先生|女士|故居|旧居|纪念馆|烈士|铜像|之墓)"
)


def surname_reading(char: str, before: str, after: str = "") -> str | None:
    """The surname reading of ``char`` right after 姓 (他姓曾 Zēng), before a title (单老师
    Shàn, 区经理 Ōu) or before a given name and a title or a memorial (任正非先生 Rén, 查慎行
    故居 Zhā), or None."""
    if before.endswith("姓"):
        return SURNAMES.get(char)
    if after and (_TITLES.match(after) or _NAMED_TITLE.match(after)) and (
        not before or before[-1] in _SURNAME_AFTER or not "\u4e00" <= before[-1] <= "\u9fff"
    ):
        return SURNAMES.get(char)
    if after and _NAMED_TITLE.match(after) and before[-1:] in ("了", "过", "着"):
        return SURNAMES.get(char)  # 参观了查慎行故居: a name after an aspect particle
    return None
