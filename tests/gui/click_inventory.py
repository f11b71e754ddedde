"""Every button, menu action and shortcut of the main window and its pages, with the test
that clicks it (or presses it) the way a person does: the one list of issue 16.

``test_click_inventory.py`` opens the window with every page, lists its controls with
:func:`controls` and fails when one has no entry here (a new button needs a click test),
when an entry names a control that is gone, or when the named test does not exist or does
not mention the control's handle (the expression by which that test reaches it).

Keys: ``PAGE/NAME`` for a page's push or tool button (NAME is its objectName, or its
English text when it has none), ``action/NAME`` for a window action (its key in the
action list, or its objectName), ``shortcut/WIDGET/KEYS`` for a QShortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QToolButton,
)

#: control key -> (test "file.py::name", the handle that test uses to reach the control)
CLICKED_BY: dict[str, tuple[str, str]] = {
    "library/library_new_course": (
        "test_library_clicks.py::test_new_course_button_creates_a_course",
        'buttons["new_course"]'),
    "library/library_edit_course": (
        "test_lesson_editor_clicks.py::test_course_settings_and_new_course_through_the_dialog",
        'buttons["edit_course"]'),
    "library/library_new_unit": (
        "test_lesson_editor_clicks.py::test_new_unit_and_new_lesson_buttons",
        'buttons["new_unit"]'),
    "library/library_new_lesson": (
        "test_lesson_editor_clicks.py::test_new_unit_and_new_lesson_buttons",
        'buttons["new_lesson"]'),
    "library/library_duplicate": (
        "test_lesson_editor_clicks.py::test_delete_duplicate_undo_redo_and_their_keys",
        'buttons["duplicate"]'),
    "library/library_delete": (
        "test_lesson_editor_clicks.py::test_delete_duplicate_undo_redo_and_their_keys",
        'buttons["delete"]'),
    "library/library_undo": (
        "test_lesson_editor_clicks.py::test_delete_duplicate_undo_redo_and_their_keys",
        'buttons["undo"]'),
    "library/library_redo": (
        "test_lesson_editor_clicks.py::test_delete_duplicate_undo_redo_and_their_keys",
        'buttons["redo"]'),
    "library/library_shared": (
        "test_shared_courses_clicks.py::test_shared_courses_button_lists_and_imports",
        'buttons["shared"]'),
    "library/library_rename": (
        "test_unit_rename.py::test_rename_button_opens_the_name_and_a_blank_name_is_refused",
        'buttons["rename"]'),
    "shortcut/page_library/Ctrl+Z": (
        "test_lesson_editor_clicks.py::test_delete_duplicate_undo_redo_and_their_keys",
        "Key_Z"),
    "shortcut/page_library/Ctrl+Y": (
        "test_lesson_editor_clicks.py::test_delete_duplicate_undo_redo_and_their_keys",
        "Key_Y"),
    "library/apply_template": (
        "test_lesson_editor_clicks.py::test_plan_tab_template_activities_and_grammar",
        "editor.template_button"),
    "library/add_activity": (
        "test_lesson_editor_clicks.py::test_plan_tab_template_activities_and_grammar",
        "activities.add_button"),
    "library/remove_activity": (
        "test_lesson_editor_clicks.py::test_plan_tab_template_activities_and_grammar",
        "activities.remove_button"),
    "library/add_grammar": (
        "test_lesson_editor_clicks.py::test_plan_tab_template_activities_and_grammar",
        '"add_grammar"'),
    "library/remove_grammar": (
        "test_lesson_editor_clicks.py::test_plan_tab_template_activities_and_grammar",
        '"remove_grammar"'),
    "library/add_text": (
        "test_lesson_editor_clicks.py::test_texts_tab_add_delete_and_open_in_studio",
        "editor.add_text_button"),
    "library/delete_text": (
        "test_lesson_editor_clicks.py::test_texts_tab_add_delete_and_open_in_studio",
        "editor.delete_text_button"),
    "library/open_in_studio": (
        "test_first_week.py::test_first_week",
        "editor.studio_button"),
    "library/accept_all_proposals": (
        "test_first_week.py::test_first_week",
        "panel.accept_all_button"),
    "library/accept_proposals": (
        "test_lesson_editor_clicks.py::test_vocabulary_buttons",
        "panel.accept_button"),
    "library/vocab_up": (
        "test_lesson_editor_clicks.py::test_vocabulary_buttons",
        "panel.up_button"),
    "library/vocab_down": (
        "test_lesson_editor_clicks.py::test_vocabulary_buttons",
        "panel.down_button"),
    "library/vocab_remove": (
        "test_lesson_editor_clicks.py::test_vocabulary_buttons",
        "panel.remove_button"),
    "library/export_plan_pdf": (
        "test_first_week.py::test_first_week",
        "editor.plan_pdf_button"),
    "library/export_plan_docx": (
        "test_first_week.py::test_first_week",
        "editor.plan_docx_button"),
    "library/export_worksheet": (
        "test_first_week.py::test_first_week",
        "editor.worksheet_button"),
    "library/export_deck": (
        "test_first_week.py::test_first_week",
        "editor.deck_button"),
    "library/preview_worksheet": (
        "test_lesson_editor_clicks.py::test_print_and_export_buttons",
        "editor.preview_button"),
    "library/lesson_show_in_class": (
        "test_drill_window.py::test_show_the_lesson_text_in_class_with_its_new_words",
        "editor.class_text_button"),
    "library/lesson_drill": (
        "test_drill_window.py::test_drill_keys_buttons_strokes_marks_and_the_review_list",
        "editor.drill_button"),
    "library/export_worksheet_docx": (
        "test_worksheet_paper.py::test_letter_paper_for_the_dictation",
        "editor.worksheet_docx_button"),
    "readers/reader_drill": (
        "test_drill_window.py::test_drill_the_reader_s_glossary_words", "page.drill_button"),
    "readers/show_in_class": (
        "test_projection.py::test_keys_step_toggle_and_leave", "page.class_button"),
    "readers/New": (
        "test_saved_readers_clicks.py::test_drafts_get_distinct_names_and_the_list_stays_put",
        '"New"'),
    "readers/Save": (
        "test_saved_readers_clicks.py::test_drafts_get_distinct_names_and_the_list_stays_put",
        '"Save"'),
    "shortcut/page_readers/Ctrl+S": (
        "test_saved_readers_clicks.py::test_drafts_get_distinct_names_and_the_list_stays_put",
        "Key_S"),
    "readers/Delete": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        '"Delete"'),
    "readers/Open file…": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        '"Open file…"'),
    "readers/reader_print": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        '"reader_print"'),
    "readers/preview_next_page": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        "nav.next_button"),
    "readers/preview_previous_page": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        "nav.previous_button"),
    "readers/preview_zoom_in": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        "nav.zoom_in_button"),
    "readers/preview_zoom_out": (
        "test_reader_studio_clicks.py::test_open_page_zoom_print_and_delete",
        "nav.zoom_out_button"),
    "readers/reader_export_pdf": (
        "test_first_week.py::test_first_week",
        '"reader_export_pdf"'),
    "readers/reader_export_html": (
        "test_first_week.py::test_first_week",
        '"reader_export_html"'),
    "readers/reader_export_docx": (
        "test_first_week.py::test_first_week",
        '"reader_export_docx"'),
    "readers/popup_use_reading": (
        "test_readers_page.py::test_clicking_a_word_and_choosing_a_reading_stores_a_correction",
        "page.popup.use"),
    "readers/Merge with next word": (
        "test_reader_studio_clicks.py::test_popup_merge_split_and_meaning_buttons",
        "popup.merge"),
    "readers/Split into characters": (
        "test_reader_studio_clicks.py::test_popup_merge_split_and_meaning_buttons",
        "popup.split"),
    "readers/Save meaning": (
        "test_reader_studio_clicks.py::test_popup_merge_split_and_meaning_buttons",
        "popup.save_meaning"),
    "decks/choose_word_file": (
        "test_decks_annotate_clicks.py::test_decks_choose_files_preview_and_export",
        '"choose_word_file"'),
    "decks/choose_recordings": (
        "test_decks_annotate_clicks.py::test_decks_choose_files_preview_and_export",
        '"choose_recordings"'),
    "decks/preview": (
        "test_decks_annotate_clicks.py::test_decks_choose_files_preview_and_export",
        "page.preview_button"),
    "decks/export": (
        "test_decks_annotate_clicks.py::test_decks_choose_files_preview_and_export",
        "page.export_button"),
    "annotate/open": (
        "test_decks_annotate_clicks.py::test_annotate_open_paste_and_clear",
        '"open"'),
    "annotate/paste": (
        "test_decks_annotate_clicks.py::test_annotate_open_paste_and_clear",
        '"paste"'),
    "annotate/clear": (
        "test_decks_annotate_clicks.py::test_annotate_open_paste_and_clear",
        '"clear"'),
    "decks/paste_words": (
        "test_empty_states.py::test_decks_say_what_a_deck_is_made_from",
        'buttons["paste_words"]'),
    "decks/choose_word_list": (
        "test_empty_states.py::test_decks_say_what_a_deck_is_made_from",
        'buttons["choose_word_list"]'),
    "decks/lesson_words": (
        "test_empty_states.py::test_decks_say_what_a_deck_is_made_from",
        'buttons["lesson_words"]'),
    "dictionary/try_hanzi": (
        "test_empty_states.py::test_dictionary_says_what_to_type_and_offers_three_searches",
        'buttons["try_hanzi"]'),
    "dictionary/try_pinyin": (
        "test_empty_states.py::test_dictionary_says_what_to_type_and_offers_three_searches",
        'buttons["try_pinyin"]'),
    "dictionary/try_english": (
        "test_empty_states.py::test_dictionary_says_what_to_type_and_offers_three_searches",
        'buttons["try_english"]'),
    "dictionary/build_dictionary": (
        "test_empty_states.py::test_dictionary_not_built_offers_the_build",
        'buttons["build_dictionary"]'),
    "dictionary/copy_hanzi": (
        "test_dictionary_page.py::test_copy_buttons",
        "page.copy_hanzi"),
    "dictionary/copy_pinyin": (
        "test_dictionary_page.py::test_copy_buttons",
        "page.copy_pinyin"),
    "dictionary/copy_line": (
        "test_dictionary_page.py::test_copy_buttons",
        "page.copy_line"),
    "corrections/Add reading…": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"Add reading…"'),
    "corrections/Add word cutting…": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"Add word cutting…"'),
    "corrections/Edit…": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"Edit…"'),
    "corrections/Delete": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"Delete"'),
    "corrections/Undo delete": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"Undo delete"'),
    "corrections/export_file": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"export_file"'),
    "corrections/Import…": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        '"Import…"'),
    "shortcut/readings/Del": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        "page.readings, Qt.Key.Key_Delete"),
    "shortcut/readings/Ctrl+Z": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        "page.readings, Qt.Key.Key_Z"),
    "shortcut/cuts/Del": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        "page.cuts, Qt.Key.Key_Delete"),
    "shortcut/cuts/Ctrl+Z": (
        "test_corrections_clicks.py::test_every_corrections_button_and_key",
        "page.cuts, Qt.Key.Key_Z"),
    "action/open_text": (
        "test_menu_clicks.py::test_file_menu",
        '"open_text"'),
    "action/build_corpus": (
        "test_corpus_build.py::test_build_dialog_cancel_and_restart",
        'click_menu_action(window, "file", action)'),
    "action/backup_now": (
        "test_menu_clicks.py::test_file_menu",
        '"backup_now"'),
    "action/check_library": (
        "test_menu_clicks.py::test_file_menu",
        '"check_library"'),
    "action/restore_backup": (
        "test_menu_clicks.py::test_file_menu",
        '"restore_backup"'),
    "action/quit": (
        "test_first_week.py::test_first_week",
        'actions_by_key["quit"]'),
    "action/copy": (
        "test_menu_clicks.py::test_edit_menu",
        '"copy"'),
    "action/paste": (
        "test_menu_clicks.py::test_edit_menu",
        '"paste"'),
    "action/select_all": (
        "test_menu_clicks.py::test_edit_menu",
        '"select_all"'),
    "action/find": (
        "test_menu_clicks.py::test_edit_menu",
        '"find"'),
    "action/preferences": (
        "test_menu_clicks.py::test_edit_menu",
        '"preferences"'),
    "action/bigger_text": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"bigger_text"'),
    "action/smaller_text": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"smaller_text"'),
    "action/toggle_sidebar": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"toggle_sidebar"'),
    "action/open_log": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"open_log"'),
    "action/about": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"about"'),
    "action/action_guide": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"guide_action"'),
    "action/action_shortcuts": (
        "test_menu_clicks.py::test_view_and_help_menus",
        '"shortcuts_action"'),
    "action/action_page_1": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_2": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_3": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_4": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_5": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_6": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_7": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_8": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "action/action_page_9": (
        "test_menu_clicks.py::test_ctrl_number_goes_to_each_page",
        "Qt.Key.Key_0 + n"),
    "start/guide_lesson": (
        "test_start_page.py::test_first_start_guides_through_the_sample_course",
        'guide_buttons["lesson"]'),
    "start/guide_reader": (
        "test_start_page.py::test_first_start_guides_through_the_sample_course",
        'guide_buttons["reader"]'),
    "start/guide_deck": (
        "test_start_page.py::test_first_start_guides_through_the_sample_course",
        'guide_buttons["deck"]'),
    "start/guide_word": (
        "test_start_page.py::test_first_start_guides_through_the_sample_course",
        'guide_buttons["word"]'),
    "start/guide_hide": (
        "test_start_page.py::test_first_start_guides_through_the_sample_course",
        'hide_guide'),
    "start/open_last_lesson": (
        "test_start_page.py::test_continue_where_you_left_off",
        'open_last_lesson'),
    "start/open_last_reader": (
        "test_start_page.py::test_continue_where_you_left_off",
        'open_last_reader'),
    "start/open_next_lesson": (
        "test_start_page.py::test_continue_where_you_left_off",
        'open_next'),
    "start/open_library": (
        "test_start_page.py::test_empty_library_says_what_to_do",
        'open_library'),
    "start/quick_new_lesson": (
        "test_start_page.py::test_quick_actions",
        'new_lesson'),
    "start/quick_reader_clipboard": (
        "test_start_page.py::test_quick_actions",
        'from_clipboard'),
    "start/quick_reader_file": (
        "test_start_page.py::test_quick_actions",
        'from_file'),
    "start/quick_deck_list": (
        "test_start_page.py::test_quick_actions",
        'deck_from_list'),
    "start/quick_lookup_button": (
        "test_start_page.py::test_quick_actions",
        'lookup_button'),
}


def _name(widget) -> str:
    return widget.objectName() or widget.text().replace("&", "")


def controls(window) -> dict[str, object]:
    """Key -> control, for the window (every page created) and its actions."""
    found: dict[str, object] = {}
    for key in window.page_keys():
        page = window.page(key)
        buttons: list[QAbstractButton] = [*page.findChildren(QPushButton),
                                          *page.findChildren(QToolButton)]
        for button in buttons:
            if isinstance(button.parentWidget(), QLineEdit | QTabBar | QComboBox
                          | QAbstractSpinBox | QScrollBar):
                continue  # parts of another control (clear buttons, scroll arrows)
            name = f"{key}/{_name(button)}"
            assert name not in found, f"two buttons are {name}: give them objectNames"
            found[name] = button
    by_action = {id(a): k for k, a in window.actions_by_key.items()}
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None or not action.text():
            continue
        if action.parent() is not None and action.parent().objectName() == "menu_recent":
            continue  # Open Recent is rebuilt from the teacher's files each time it opens
        name = by_action.get(id(action)) or action.objectName() or action.text().replace("&", "")
        found[f"action/{name}"] = action
    for shortcut in window.findChildren(QShortcut):
        found[f"shortcut/{shortcut.parent().objectName()}/{shortcut.key().toString()}"] = shortcut
    return found
