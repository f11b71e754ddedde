"""Helpers of the document-language tests: text out of PDF, HTML and DOCX files, and
the English labels left in a document that should have none.

A document in Spanish still holds the teacher's own words and the dictionary's English
meanings; :func:`english_labels` removes those (``user``) before looking, and ignores an
English label that is also part of the language's own catalogue ("Pinyin", "Texto"
contains "Text").
"""

from __future__ import annotations

import html
import re
import subprocess
import zipfile
from pathlib import Path

from chinese_teach.core.labels import catalogue

#: the catalogue sections printed on documents (template.* texts become the teacher's own)
DOCUMENT_PREFIXES = ("worksheet.", "plan.", "column.", "level", "standard.", "reader.",
                     "vocab.", "known.")
_SPACE = re.compile(r"[\s\u00a0\u202f]+")
_FIELD = re.compile(r"\{[^{}]*\}")


def squash(text: str) -> str:
    """``text`` without any whitespace (PDF extraction breaks lines and spaces anywhere)."""
    return _SPACE.sub("", text)


def pdf_text(path: Path) -> str:
    """Every page's text by ``pdftotext`` (poppler)."""
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def html_text(source: str) -> str:
    """The visible text of an HTML page (no tags, no style, no script)."""
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", source, flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def docx_text(path: Path) -> str:
    """The text of a DOCX's document.xml (and its headers and footers)."""
    with zipfile.ZipFile(path) as zf:
        parts = [zf.read(n).decode() for n in zf.namelist()
                 if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))


def _forms(value) -> list[str]:
    return list(value.values()) if isinstance(value, dict) else [value]


def english_labels(text: str, lang: str, user: list[str] = ()) -> list[tuple[str, str]]:
    """``(key, fragment)`` of every English document label found in ``text`` (a document
    in ``lang``), after removing the ``user`` strings."""
    flat = squash(text)
    for u in sorted((squash(u) for u in user if u), key=len, reverse=True):
        flat = flat.replace(u, "")
    english, own = catalogue("en"), catalogue(lang)
    own_text = "\n".join(squash(f) for v in own.values() for f in _forms(v))
    found = []
    for key, value in english.items():
        if not key.startswith(DOCUMENT_PREFIXES):
            continue
        for form in _forms(value):
            for piece in _FIELD.split(form):
                frag = squash(piece).strip(".:()-,")
                if len(frag) >= 4 and frag not in own_text and frag in flat:
                    found.append((key, frag))
    return found


def plan_user_strings(plan) -> list[str]:
    """The teacher's words and the dictionary's meanings printed in a lesson plan."""
    h = plan.header
    out = [h.course, h.learners, h.lesson, h.unit, plan.homework, plan.notes, *plan.objectives]
    out += [a.description for a in plan.activities] + [a.materials for a in plan.activities]
    out += [v.meaning for v in plan.vocab] + [p for g in plan.grammar for p in g]
    out += [t.title for t in plan.texts]
    return [s for s in out if s]
