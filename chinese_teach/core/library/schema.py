"""Schema of the teacher's library and its forward migrations.

The version is SQLite's ``PRAGMA user_version``. ``MIGRATIONS[n]`` turns a
version ``n - 1`` library into version ``n``; each runs in one transaction
after a backup. A library from a newer app version is refused, never touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

SCHEMA_VERSION = 1

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE words (
    simplified TEXT PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,         -- stable per word: Anki note GUIDs are built from it
    meaning TEXT,                     -- the teacher's meaning (NULL = dictionary's)
    pinyin TEXT,                      -- the teacher's syllables, space separated (NULL = dict)
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);

CREATE TABLE word_lists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE word_list_items (
    list_id TEXT NOT NULL REFERENCES word_lists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    pinyin TEXT NOT NULL DEFAULT '',
    meaning TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (list_id, position)
);

CREATE TABLE courses (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    learners TEXT NOT NULL DEFAULT '',
    standard TEXT NOT NULL,
    target_level INTEGER NOT NULL,
    start_level INTEGER NOT NULL DEFAULT 0,
    start_list_id TEXT REFERENCES word_lists(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE units (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX units_course ON units(course_id, position);

CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    unit_id TEXT REFERENCES units(id) ON DELETE SET NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    duration INTEGER NOT NULL DEFAULT 45,
    objectives TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    homework TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'taught')),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX lessons_course ON lessons(course_id, position);

CREATE TABLE lesson_vocab (
    lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    pinyin TEXT,                      -- override for this lesson, space separated
    meaning TEXT,                     -- override for this lesson
    PRIMARY KEY (lesson_id, word)
);
CREATE INDEX lesson_vocab_word ON lesson_vocab(word);

CREATE TABLE grammar_points (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE TABLE lesson_grammar (
    lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    grammar_id INTEGER NOT NULL REFERENCES grammar_points(id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, grammar_id)
);

CREATE TABLE activities (
    lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('warm-up', 'presentation', 'practice', 'production',
                                         'review', 'homework')),
    minutes INTEGER NOT NULL,
    description TEXT NOT NULL,
    materials TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (lesson_id, position)
);

CREATE TABLE readers (
    id TEXT PRIMARY KEY,
    lesson_id TEXT REFERENCES lessons(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',      -- JSON: ReaderOptions.to_dict(), stored opaquely
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX readers_lesson ON readers(lesson_id, position);

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL,
    pinyin TEXT NOT NULL,                    -- canonical syllables, space separated
    left_ctx TEXT NOT NULL DEFAULT '',
    right_ctx TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    UNIQUE (word, left_ctx, right_ctx)
);

CREATE TABLE segmentation_edits (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    word TEXT NOT NULL UNIQUE,
    parts TEXT NOT NULL DEFAULT '[]',        -- JSON list (split only)
    created TEXT NOT NULL
);
"""

#: ``MIGRATIONS[n]``: SQL taking the library from version ``n - 1`` to ``n``.
#: Version 1 is the creation script (from an empty file).
MIGRATIONS: dict[int, str] = {1: _V1}


def statements(script: str) -> Iterator[str]:
    """Split a trusted schema script into statements (executescript would COMMIT)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()
