"""Schema of the reference corpus and its version numbers.

The corpus is rebuildable: when ``SCHEMA_VERSION`` or the data version changes,
the file is rebuilt from the shipped data rather than migrated in place.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

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
-- Entries in search order (freq DESC, id): the full-text index uses this rank as its
-- rowid, so "the 400 most frequent entries matching an English word" stops early.
CREATE TABLE search_order (rank INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL);
"""

INDEXES_SQL = """
CREATE INDEX entries_simplified ON entries(simplified);
CREATE INDEX entries_traditional ON entries(traditional);
-- Covering indexes: a one- or two-letter pinyin prefix matches thousands of entries,
-- which are ranked from the index alone; only the winners' rows are read.
CREATE INDEX entries_pinyin_key ON entries(pinyin_key, is_proper, freq, simplified);
CREATE INDEX entries_pinyin_tone_key ON entries(pinyin_tone_key, is_proper, freq, simplified);
CREATE INDEX entries_freq ON entries(freq DESC);
INSERT INTO search_order (rank, entry_id)
    SELECT row_number() OVER (ORDER BY freq DESC, id), id FROM entries;
CREATE VIRTUAL TABLE entries_fts USING fts5(
    definitions, content='', tokenize='porter unicode61'
);
INSERT INTO entries_fts(rowid, definitions)
    SELECT s.rank, e.definitions FROM search_order s JOIN entries e ON e.id = s.entry_id;
"""
