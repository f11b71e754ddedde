"""The document and message catalogues: complete in every language, same placeholders,
plural forms, numbers and dates; errors written out in the message language."""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path

import pytest

from chinese_teach.core import labels
from chinese_teach.core.errors import BadInputError, Clause, ExportError, LibraryError
from chinese_teach.core.labels import (
    KINDS,
    LANGUAGES,
    PLURAL_FORMS,
    Number,
    Term,
    catalogue_path,
    decimal,
    fields_of,
    format_date,
    label,
    normalise,
    plural_category,
)

PACKAGE = Path(__file__).resolve().parents[2] / "chinese_teach"


def _raw(lang: str, kind: str) -> dict:
    data = json.loads(catalogue_path(lang, kind).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _forms(value) -> list[str]:
    return list(value.values()) if isinstance(value, dict) else [value]


@pytest.fixture(autouse=True)
def _english_messages():
    labels.set_message_language("en")
    yield
    labels.set_message_language("en")
    labels.set_document_language("en")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_every_key_in_every_language_with_the_same_placeholders(lang: str, kind: str) -> None:
    english, other = _raw("en", kind), _raw(lang, kind)
    assert set(other) == set(english), (
        f"missing: {sorted(set(english) - set(other))}, extra: {sorted(set(other) - set(english))}"
    )
    for key, source in english.items():
        wanted = set().union(*(fields_of(f) for f in _forms(source)))
        value = other[key]
        if isinstance(source, dict):
            assert isinstance(value, dict), key
            assert set(value) == set(PLURAL_FORMS[lang]), (key, sorted(value))
        else:
            assert isinstance(value, str), key
        for form in _forms(value):
            assert form.strip(), (lang, key)
            assert fields_of(form) == wanted, (lang, key, form)
            assert form.count("{") == form.count("}"), (lang, key, form)


@pytest.mark.parametrize("kind", KINDS)
def test_english_plural_entries_have_one_and_other(kind: str) -> None:
    for key, value in _raw("en", kind).items():
        if isinstance(value, dict):
            assert set(value) == {"one", "other"}, key
            assert "count" in fields_of(value["other"]), key


def test_document_and_message_keys_do_not_collide() -> None:
    docs, messages = _raw("en", "documents"), _raw("en", "messages")
    assert not set(docs) & set(messages)
    assert all(k.startswith(("error.", "notice.", "progress.")) for k in messages)
    assert not any(k.startswith(("error.", "notice.", "progress.")) for k in docs)


def _literal_keys() -> set[str]:
    """Catalogue keys written literally in the code: ``label("x", ...)``,
    ``plan.label("x")``, ``say("x")``, ``key="error.x"``, ``Term("x")``."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("label", "say", "Term", "_section") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    key = first.value
                    found.add(f"worksheet.section.{key}" if name == "_section" else key)
            for kw in node.keywords:
                if kw.arg == "key" and isinstance(kw.value, ast.Constant) \
                        and isinstance(kw.value.value, str):
                    found.add(kw.value.value)
    return {k for k in found if re.fullmatch(r"[a-z0-9_.-]+", k) and "." in k}


def test_every_key_the_code_uses_is_in_the_catalogue() -> None:
    english = labels.catalogue("en")
    used = _literal_keys()
    assert len(used) > 150
    assert sorted(k for k in used if k not in english) == []


def test_keys_built_from_enums_exist() -> None:
    from chinese_teach.core.corpus.levels import Standard
    from chinese_teach.core.documents.worksheet import WorksheetKind
    from chinese_teach.core.library.models import Stage, Status
    from chinese_teach.core.library.templates import TEMPLATES
    from chinese_teach.core.text.scripts import Script

    english = labels.catalogue("en")
    wanted = [f"standard.{s.value}" for s in Standard]
    wanted += [f"worksheet.kind.{k.value}" for k in WorksheetKind]
    wanted += [f"plan.stage.{s.value}" for s in Stage]
    wanted += [f"plan.status.{s.value}" for s in Status]
    wanted += [f"script.{s.value}" for s in Script]
    wanted += [f"template.name.{name}" for name in TEMPLATES]
    wanted += [f"worksheet.section.{k}{s}" for k in (
        "writing", "tones", "pinyin_match", "meanings", "cloze", "order")
        for s in ("", ".instructions")]
    wanted += [f"template.{name}.{i}" for name, (_, steps) in TEMPLATES.items()
               for i in range(1, len(steps) + 1)]
    wanted += [f"date.weekday.{i}" for i in range(1, 8)]
    wanted += [f"date.month.{i}" for i in range(1, 13)]
    for kind in ("course", "unit", "lesson", "reader", "wordlist"):
        wanted.append(f"error.course.kind.{kind}")
    assert [k for k in wanted if k not in english] == []


def test_english_template_texts_match_the_catalogue() -> None:
    from chinese_teach.core.library.templates import TEMPLATES, template_activities

    for name, (_, steps) in TEMPLATES.items():
        assert [a.description for a in template_activities(name, 45, "en")] == [
            text for _, _, text in steps]
    spanish = template_activities("ppp", 45, "es")
    assert spanish[0].description.startswith("Saludo")


def test_plural_categories() -> None:
    assert [plural_category(n, "ru") for n in (1, 2, 5, 11, 21, 22, 25, 112, 122)] == [
        "one", "few", "many", "many", "one", "few", "many", "many", "few"]
    assert [plural_category(n, "fr") for n in (0, 1, 2)] == ["one", "one", "other"]
    assert [plural_category(n, "en") for n in (0, 1, 2)] == ["other", "one", "other"]
    assert plural_category(1, "zh_CN") == "other"
    assert label("worksheet.strokes", "ru", count=3) == "3 черты"
    assert label("worksheet.strokes", "ru", count=5) == "5 черт"
    assert label("worksheet.strokes", "ru", count=21) == "21 черта"
    assert label("worksheet.strokes", "en", count=1) == "1 stroke"
    assert label("worksheet.strokes", "zh_CN", count=8) == "8 画"


def test_normalise_and_fallback() -> None:
    assert [normalise(c) for c in ("zh-CN", "zh_Hans", "ZH", "es_MX", "fr-FR", "ru", "de", "",
                                   None)] == ["zh_CN", "zh_CN", "zh_CN", "es", "fr", "ru",
                                              None, None, None]
    from chinese_teach.cli.common import parse_language

    with pytest.raises(BadInputError, match="Unknown document language 'de'"):
        parse_language("de")
    assert label("plan.heading.objectives", "de") == "Objectives"  # unknown: English
    assert label("no.such.key", "es") == "no.such.key"
    assert label("plan.title", "es", number=3) == "Lección 3: {title}"  # a missing field stays


def test_numbers_and_dates() -> None:
    assert decimal(95.5, "fr") == "95,5" and decimal(95.5, "en") == "95.5"
    assert decimal(98.0, "es") == "98"
    assert [Number(200_000).text(lang) for lang in ("en", "es", "fr", "ru", "zh_CN")] == [
        "200,000", "200.000", "200\u202f000", "200\u00a0000", "200,000"]
    day = date(2026, 9, 1)
    assert format_date(day, "en") == "Tue 1 Sep 2026"
    assert format_date(day, "es") == "martes, 1 de septiembre de 2026"
    assert format_date(day, "fr") == "mardi 1er septembre 2026"
    assert format_date(date(2026, 9, 15), "fr") == "mardi 15 septembre 2026"
    assert format_date(day, "ru") == "вторник, 1 сентября 2026\u00a0г."
    assert format_date(day, "zh_CN") == "2026年9月1日（星期二）"


def test_errors_follow_the_message_language() -> None:
    err = BadInputError(key="error.worksheet.no_text", number=3, title="包饺子")
    assert str(err) == "Lesson 3 (包饺子) has no text." == err.args[0]
    labels.set_message_language("es")
    assert str(err) == "La lección 3 (包饺子) no tiene texto."
    assert err.text("zh_CN") == "第 3 课（包饺子）没有课文。"
    assert err.text("en") == "Lesson 3 (包饺子) has no text."
    # a plain message (no key) is shown as it is
    assert str(ExportError("Exactly this.")) == "Exactly this."


def test_nested_fields_are_written_in_the_same_language(tmp_path: Path) -> None:
    inner = BadInputError(key="error.corrections.not_syllable", value="'xx'")
    outer = BadInputError(key="error.corrections.at", where="corrections[0]", detail=inner)
    assert outer.text("fr") == "corrections[0]\u00a0: 'xx' n’est pas une syllabe de pinyin."
    store = LibraryError(key="error.store.not_text", field=Term("error.field.lesson_title"))
    assert store.text("en") == "The lesson title must be text."
    assert store.text("es") == "El campo «título de la lección» debe ser texto."
    course = BadInputError(key="error.course.invalid", where=Term("error.course.the_file"),
                           what=Term("error.course.field.bad_correction",
                                     detail=Clause(inner)))
    assert course.text("en") == ("The course file is not valid: the file has a bad correction: "
                                 "'xx' is not a pinyin syllable.")
    assert course.text("ru").endswith("'xx' — не слог пиньиня.")
    # the file name is kept as it is
    path = tmp_path / "leçon 1.txt"
    missing = BadInputError(key="error.file.missing", path=path)
    assert missing.text("zh_CN") == f"{path} 不存在。"


def test_core_errors_reach_the_user_translated(tmp_path: Path) -> None:
    from chinese_teach.core.textio import read_text_file

    pdf = tmp_path / "notes.txt"
    pdf.write_bytes(b"%PDF-1.7 binary")
    with pytest.raises(BadInputError) as info:
        read_text_file(pdf)
    assert str(info.value) == ("notes.txt is a PDF document, not a text file. Save it as plain "
                               "text (.txt).")
    labels.set_message_language("fr")
    assert str(info.value) == ("notes.txt est un document PDF, pas un fichier texte. "
                               "Enregistrez-le en texte brut (.txt).")
    labels.set_message_language("ru")
    assert "это документ PDF, а не текстовый файл" in str(info.value)
