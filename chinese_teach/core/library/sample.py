"""The sample course created on first run, so a new library shows a working example.

Four short lessons at HSK 1-2 level (2021 standard). The texts were written for
this app (original, free to use with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from chinese_teach.core.library.models import (
    Activity,
    Course,
    GrammarPoint,
    Lesson,
    ReaderDoc,
    Stage,
    Unit,
    VocabItem,
)
from chinese_teach.core.library.store import Library

SAMPLE_FLAG = "sample_created"
SAMPLE_NAME = "Sample course: First steps in Chinese"


@dataclass(frozen=True, slots=True)
class _SampleLesson:
    unit: int
    title: str
    text_title: str
    text: str
    objectives: tuple[str, ...]
    vocab: tuple[str | tuple[str, str], ...]
    grammar: tuple[tuple[str, str], ...]
    activities: tuple[tuple[Stage, int, str, str], ...]
    homework: str


_UNITS = ("Unit 1: Meeting people", "Unit 2: Everyday life")

_LESSONS = (
    _SampleLesson(
        0, "Lesson 1: Hello!", "你好！",
        "小明：你好！我叫小明。你叫什么名字？\n"
        "安娜：你好！我叫安娜。\n"
        "小明：你是哪国人？\n"
        "安娜：我是英国人。你呢？\n"
        "小明：我是中国人。认识你很高兴！\n"
        "安娜：认识你，我也很高兴。\n",
        ("Can greet someone and say their own name",
         "Can ask someone's name and nationality"),
        ("你好", "我", "你", "是", "很", "呢", "叫", "什么", "名字", "哪", "国", "人",
         "中国", ("英国", "Britain"), "认识", "高兴", "也"),
        (("叫 + name", "我叫小明。 My name is Xiaoming."),
         ("Questions with 什么 and 哪", "The question word stands where the answer goes."),
         ("也 before the verb", "我也很高兴。")),
        ((Stage.WARM_UP, 5, "Greet the class; learners greet each other", ""),
         (Stage.PRESENTATION, 12, "Read the dialogue; introduce the new words", "reader"),
         (Stage.PRACTICE, 15, "Pairs read the dialogue, then swap names and countries",
          "name cards"),
         (Stage.PRODUCTION, 10, "Mingle: meet five classmates and note their answers", ""),
         (Stage.REVIEW, 3, "Which words do we remember?", "")),
        "Write a short dialogue introducing yourself (4-6 lines).",
    ),
    _SampleLesson(
        0, "Lesson 2: My family", "我的家",
        "这是我的家。我家有四口人：爸爸、妈妈、姐姐和我。\n"
        "爸爸是医生，妈妈是老师。\n"
        "姐姐今年十八岁，她是大学生。\n"
        "我十二岁，我是中学生。\n"
        "我很爱我的家。\n",
        ("Can say how many people are in their family and who they are",
         "Can say someone's age and job"),
        ("这", "的", "她", "家", "有", "口", "爸爸", "妈妈", "姐姐", "和", "医生", "老师",
         "今年", "岁", "大学生", "中学生", "爱"),
        (("有 for possession", "我家有四口人。"),
         ("的 for possession", "我的家, 我的爸爸; often dropped with family: 我爸爸"),
         ("Age with 岁", "我十二岁。 No 是 is needed.")),
        ((Stage.WARM_UP, 5, "Review greetings from lesson 1", ""),
         (Stage.PRESENTATION, 12, "Family photo: introduce the family words", "photos"),
         (Stage.PRACTICE, 13, "Read the text; answer questions about the family", "reader"),
         (Stage.PRODUCTION, 12, "Learners present their own (or an imagined) family", ""),
         (Stage.REVIEW, 3, "Quick quiz on family words", "")),
        "Draw your family tree and label it in Chinese.",
    ),
    _SampleLesson(
        1, "Lesson 3: At the restaurant", "在饭馆",
        "服务员：你好！你们想吃什么？\n"
        "大卫：我想吃米饭和鸡蛋。你呢，安娜？\n"
        "安娜：我不饿。我想喝一杯茶。\n"
        "服务员：好的。还要别的吗？\n"
        "大卫：再来两个包子。多少钱？\n"
        "服务员：一共三十五块。\n",
        ("Can order simple food and drink", "Can ask for and understand a price"),
        ("服务员", "你们", "想", "吃", "米饭", "鸡蛋", "不", "饿", "喝", "杯", "茶", "好",
         "还", "要", "别的", "吗", "再", "来", "个", "包子", "多少", "钱", "一共", "块"),
        (("想 + verb", "我想吃米饭。 I would like to eat rice."),
         ("Yes/no questions with 吗", "还要别的吗？"),
         ("Prices with 块", "三十五块 = 35 yuan")),
        ((Stage.WARM_UP, 5, "Who is hungry? Food pictures", "pictures"),
         (Stage.PRESENTATION, 10, "Menu and prices: new words", "menu"),
         (Stage.PRACTICE, 15, "Read the dialogue in threes", "reader"),
         (Stage.PRODUCTION, 12, "Role play: a restaurant with a real menu", "menus, play money"),
         (Stage.REVIEW, 3, "Say one thing you ordered", "")),
        "Write a menu with five dishes and their prices.",
    ),
    _SampleLesson(
        1, "Lesson 4: My day", "我的一天",
        "我每天早上七点起床。\n"
        "七点半我吃早饭，然后坐公共汽车去学校。\n"
        "上午我们有四节课。中午我在学校吃午饭。\n"
        "下午四点我回家，先做作业，再看一会儿电视。\n"
        "晚上十点我睡觉。\n",
        ("Can tell the time", "Can describe a daily routine in order"),
        ("每天", "早上", "点", "起床", "半", "早饭", "然后", "坐", "公共汽车", "去", "学校",
         "上午", "我们", "节", "课", "中午", "在", "午饭", "下午", "回家", "先", "做", "作业",
         "看", "一会儿", "电视", "晚上", "睡觉"),
        (("Time before the verb", "我七点起床。 not 我起床七点。"),
         ("先……再……", "先做作业，再看电视。 First ..., then ..."),
         ("坐 + vehicle + 去 + place", "坐公共汽车去学校")),
        ((Stage.WARM_UP, 5, "What time is it? Clock game", "clock"),
         (Stage.PRESENTATION, 10, "Times and daily actions", ""),
         (Stage.PRACTICE, 15, "Read the text; put pictures of the day in order", "picture cards"),
         (Stage.PRODUCTION, 12, "Interview a partner about their day", ""),
         (Stage.REVIEW, 3, "Exit ticket: one sentence about your day", "")),
        "Write six sentences about your Saturday.",
    ),
)


def create_sample_course(lib: Library) -> Course:
    """Add the sample course (units, four lessons, their texts) in one transaction."""
    with lib.transaction():
        course = lib.save_course(Course(
            name=SAMPLE_NAME, learners="Beginners (example class)", standard="hsk2021",
            target_level=2, start_level=0,
            notes="An example made by Chinese Teach. Edit it, duplicate lessons from it, "
                  "or delete it."))
        units = [lib.save_unit(Unit(course.id, title)) for title in _UNITS]
        for spec in _LESSONS:
            vocab = [VocabItem(v) if isinstance(v, str) else VocabItem(v[0], meaning=v[1])
                     for v in spec.vocab]
            lesson = lib.save_lesson(Lesson(
                course_id=course.id, title=spec.title, unit_id=units[spec.unit].id,
                duration=45, objectives=list(spec.objectives), vocab=vocab,
                grammar=[GrammarPoint(t, n) for t, n in spec.grammar],
                activities=[Activity(s, m, d, mat) for s, m, d, mat in spec.activities],
                homework=spec.homework))
            lib.save_reader(ReaderDoc(spec.text_title, spec.text, subtitle=spec.title,
                                      lesson_id=lesson.id))
        lib.db.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                            (SAMPLE_FLAG, course.id))
    return course


def ensure_sample_course(lib: Library) -> Course | None:
    """On a library's first run, add the sample course; later runs do nothing.

    Deleting the sample course is respected: it is not created again.
    """
    if lib.read_only:
        return None
    if lib.db.query_one("SELECT 1 FROM meta WHERE key = ?", (SAMPLE_FLAG,)) is not None:
        return None
    return create_sample_course(lib)
