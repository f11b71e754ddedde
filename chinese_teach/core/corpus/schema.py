"""Schema of the reference corpus and its version numbers.

The corpus is rebuildable: when ``SCHEMA_VERSION`` or the data version changes,
the file is rebuilt from the shipped data rather than migrated in place.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

#: Bump when the way the data is derived changes (parser, frequencies, keys).
BUILD_VERSION = 1

TABLES_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    simplified TEXT NOT NULL,
    traditional TEXT NOT NULL,
    pinyin TEXT NOT NULL,          -- CC-CEDICT's numbered pinyin, case kept (Bei3 jing1)
    syllables TEXT NOT NULL,       -- canonical, space separated (bei3 jing1)
    pinyin_key TEXT NOT NULL,      -- no tones, no spaces (beijing)
    pinyin_tone_key TEXT NOT NULL, -- tones, no spaces (bei3jing1)
    definitions TEXT NOT NULL,     -- JSON list of senses
    classifiers TEXT NOT NULL,     -- JSON list like ["家[jia1]"]
    variants TEXT NOT NULL,        -- JSON list of simplified words
    see_also TEXT NOT NULL,        -- JSON list of simplified words
    is_proper INTEGER NOT NULL,
    is_surname INTEGER NOT NULL,
    freq INTEGER NOT NULL          -- word frequency count (jieba's dictionary)
);
CREATE TABLE word_levels (word TEXT NOT NULL, standard TEXT NOT NULL, level INTEGER NOT NULL,
                          PRIMARY KEY (word, standard)) WITHOUT ROWID;
CREATE TABLE char_levels (char TEXT NOT NULL, standard TEXT NOT NULL, level INTEGER NOT NULL,
                          kind TEXT NOT NULL DEFAULT 'recognition',
                          PRIMARY KEY (char, standard, kind)) WITHOUT ROWID;
CREATE TABLE char_freq (char TEXT PRIMARY KEY, count INTEGER NOT NULL, rank INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE word_freq (word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE entry_chars (char TEXT NOT NULL, entry_id INTEGER NOT NULL,
                          PRIMARY KEY (char, entry_id)) WITHOUT ROWID;
"""

INDEXES_SQL = """
CREATE INDEX entries_simplified ON entries(simplified);
CREATE INDEX entries_traditional ON entries(traditional);
CREATE INDEX entries_pinyin_key ON entries(pinyin_key);
CREATE INDEX entries_pinyin_tone_key ON entries(pinyin_tone_key);
CREATE INDEX entries_freq ON entries(freq DESC);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    definitions, content='entries', content_rowid='id', tokenize='porter unicode61'
);
INSERT INTO entries_fts(rowid, definitions) SELECT id, definitions FROM entries;
"""
