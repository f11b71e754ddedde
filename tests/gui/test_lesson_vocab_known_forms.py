"""The Vocabulary tab proposes what an HSK 2 class must learn, clicked as a teacher clicks
(known17, issue 15 item 3): the sample course's restaurant lesson, for a class that knows
HSK 3.0 level 1, with a text of 去不去, 有没有, 每天 and 一会. A question of known words
(有没有 is listed at level 6 as one word) and 一会 (一会儿, level 1) are known; 每天 is
proposed as the word the class meets, at 每's level 3, not 每 alone; names never."""

from __future__ import annotations

import dataclasses

from chinese_teach.core.corpus.levels import Standard
from chinese_teach.core.documents.lessonwords import level_label
from tests.gui.driving import click, open_lesson_vocabulary

TEXT = ("大卫：你明天去不去学校？\n安娜：去，我每天都去。你们学校有没有商店？\n"
        "大卫：有。你等一会，我们一起去。\n")


def test_the_vocabulary_tab_proposes_the_words_a_class_meets(page, qtbot):
    lib = page.library
    lesson = next(x for c in lib.courses() for x in lib.lessons(c.id)
                  if "restaurant" in x.title)
    course = lib.course(lesson.course_id)
    lib.save_course(dataclasses.replace(course, start_level=1))  # the class knows HSK 1
    [doc] = lib.readers(lesson.id)
    lib.save_reader(dataclasses.replace(doc, text=TEXT))
    page.reload()
    editor, _words = open_lesson_vocabulary(page, "restaurant")
    panel = editor.vocab_panel
    qtbot.waitUntil(lambda: "每天" in panel.proposed_words(), timeout=30000)
    proposed = panel.proposed_words()
    for wrong in ("每", "有没有", "去不去", "一", "会", "大卫", "安娜"):
        assert wrong not in proposed, (wrong, proposed)
    row = next(panel.proposal_tree.topLevelItem(i)
               for i in range(panel.proposal_tree.topLevelItemCount())
               if panel.proposal_tree.topLevelItem(i).text(0) == "每天")
    # the cell shows the bare level under an "HSK2021 level" header (layout17), the full
    # label in its tooltip
    assert row.text(1) == "3" and row.toolTip(1) == level_label(Standard.HSK2021, 3)
    assert "HSK2021" in panel.proposal_tree.headerItem().text(1)
    # the teacher takes it: it leaves the proposals for the lesson's vocabulary
    panel.proposal_tree.setCurrentItem(row)
    row.setSelected(True)
    click(panel.accept_button)
    assert "每天" in panel.words() and "每天" not in panel.proposed_words()
