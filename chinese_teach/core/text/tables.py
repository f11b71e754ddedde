"""The engine's word tables, loaded from one cache file per corpus version.

The lexicon (readings, frequencies) and the segmenter's prefix dictionary (jieba's
``FREQ``: 650,000 words and prefixes) hold largely the same words, and most of the
lexicon's frequencies are jieba's counts. The segmenter's table is a compact
:class:`~.wordtable.CountTable` (about 20 MB of arrays instead of a 68 MB dict,
saved as a few byte strings that load in milliseconds); the lexicon keeps only the
~96,000 frequencies that differ from the segmenter's counts
(:class:`~.lexicon.WordFreq`), and equal reading tuples are one object.

The segmenter's table is built in memory, as jieba would build it from the merged
word list (:meth:`.Lexicon.write_jieba_dictionary`, which tests compare it with).
The file keeps the large word tables' words in one string (:mod:`.packed_words`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
from pathlib import Path

from chinese_teach.core.corpus.build import jieba_dict_path
from chinese_teach.core.corpus.glosses import is_common_homograph
from chinese_teach.core.corpus.store import Corpus
from chinese_teach.core.text.learner_words33 import listed_heads, listed_heads_key, stored_heads
from chinese_teach.core.text.lexicon import Lexicon, WordFreq
from chinese_teach.core.text.packed_words import pack, unpack
from chinese_teach.core.text.segment import Segmenter
from chinese_teach.core.text.wordclass import read_word_classes
from chinese_teach.core.text.wordtable import CountTable

#: Bump when the cached tables change shape (older files are then rebuilt and removed).
CACHE_FORMAT = 16
#: Cache files of earlier versions in the same folder, removed once the new one is written.
_OLD_CACHES = ("engine*.pickle", "lexicon*.pickle", "segmenter-*.txt", "jieba.*.cache")


def corpus_tag(corpus: Corpus) -> str:
    """A short stable digest of the corpus's data version (str ``hash()`` changes per
    process, which would rebuild the caches at every start)."""
    version = str(corpus.meta().get("data_version", "0"))
    return hashlib.md5(version.encode(), usedforsecurity=False).hexdigest()[:12]


def load_tables(corpus: Corpus, cache_dir: Path) -> tuple[Lexicon, Segmenter]:
    """The lexicon and the segmenter for ``corpus``, from the cache or built and cached."""
    cache_dir = Path(cache_dir)
    tag = corpus_tag(corpus)
    path = cache_dir / f"engine{CACHE_FORMAT}-{tag}.pickle"
    data = _read(path)
    if data is None:
        data = build_tables(corpus)
        _write(path, data)
    segmenter = Segmenter(data["segmenter_table"], data["segmenter_total"])
    lexicon = Lexicon(
        readings=data["readings"],
        proper=data["proper"],
        freq=WordFreq(data["freq"], segmenter.dictionary_count, segmenter.dictionary_words),
        hsk_words=data["hsk_words"],
        t2s=data["t2s"],
        t2s_alone=data["t2s_alone"],
        nouns=data["nouns"],
        names=data["names"],
        name_homographs=data["name_homographs"],
        phrase_differs=data["phrase_differs"],
        levels=data["levels"],
        lowest_levels=data["lowest_levels"],
        learner_verbs=data["learner_verbs"],
        listed_heads=stored_heads(data.get("listed_heads")),
    )
    settle_collector()
    return lexicon, segmenter


def settle_collector() -> None:
    """One collection of the two younger generations, now that the tables are made.

    The tables are 226,000 new containers (the readings' tuples, the proper readings'
    frozensets, the dicts and sets). Left to the collector, the first young pass walks
    them all and the dicts and sets it keeps go to the middle generation, where the
    tenth young pass after it walks them again (about 50M instructions: readings'
    194,000 entries, the nouns' 70,000): inside a teacher's first 1,000 or 10,000
    characters, by where the count happened to stand. Collected here, with the middle
    generation, they are walked once, at the load, and go straight to the oldest
    generation, which only full collections walk (issue 23, speed19)."""
    gc.collect(1)


def build_tables(corpus: Corpus) -> dict:
    """Read the corpus, build the segmenter's dictionary, and share what the two hold."""
    enabled = gc.isenabled()
    gc.disable()  # millions of new objects and no cycles: collections would only slow it
    try:
        return _build_tables(corpus)
    finally:
        if enabled:
            gc.enable()


def _build_tables(corpus: Corpus) -> dict:
    lexicon = Lexicon.from_corpus(corpus)
    # One string object per word in the lexicon's tables (the readings' keys).
    words = {w: w for w in lexicon.readings}
    one = words.get
    # jieba's word list, then our words it lacks: the table jieba would build from
    # Lexicon.write_jieba_dictionary's file, without writing and parsing 10 MB.
    entries = Segmenter.read_word_list(jieba_dict_path())
    entries += lexicon.segmenter_words({w for w, _ in entries}, ordered=False)
    counts, total = Segmenter.build_table(entries)
    del entries
    freq = lexicon.freq
    # The frequencies that are not the segmenter's count, and 0 for the words the
    # segmenter counts but the lexicon does not (dict views: set operations in C).
    own = dict(freq.items() - counts.items())
    own.update((w, 0) for w in counts.keys() - freq.keys() if counts[w])
    nouns, names = read_word_classes(jieba_dict_path(), lexicon.proper, words)
    homographs = common_homographs(corpus, names, lexicon.hsk_words)
    hsk_words = frozenset(one(w, w) for w in lexicon.hsk_words)
    return {
        "format": CACHE_FORMAT,
        "segmenter_table": CountTable.build(counts),
        "segmenter_total": total,
        "readings": lexicon.readings,
        "proper": {one(w, w): r for w, r in lexicon.proper.items()},
        "freq": CountTable.build(own),
        "hsk_words": hsk_words,
        "t2s": {one(t, t): one(s, s) for t, s in lexicon.t2s.items()},
        "t2s_alone": {one(t, t): one(s, s) for t, s in lexicon.t2s_alone.items()},
        "nouns": nouns,
        "names": names - homographs,
        "name_homographs": homographs,
        "phrase_differs": phrase_differences(lexicon, one),
        "levels": {one(w, w): level for w, level in lexicon.levels.items()},
        "lowest_levels": {one(w, w): level for w, level in lexicon.lowest_levels.items()},
        "learner_verbs": frozenset(one(w, w) for w in lexicon.learner_verbs),
        # Found here once, not in a teacher's first text (walking the 12,000 HSK words
        # took 3-4 ms of its first 1,000 characters); kept with the code's key, so heads
        # found by other code are found again (learner_words33.stored_heads).
        "listed_heads": (listed_heads_key(), listed_heads(hsk_words, lexicon.readings)),
    }


def common_homographs(
    corpus: Corpus, names: frozenset[str], hsk_words: frozenset[str]
) -> frozenset[str]:
    """The name-tagged words of two characters or more that are a learner's common words:
    words of the HSK lists that CC-CEDICT also has as no proper noun (和平 "peace" beside
    Heping District, 孙子 "grandson" beside Sun Tzu, 西北, 长寿, 吉利). Capitals come only
    from names in context, so a reader prints hépíng, not Hépíng."""
    listed = sorted(w for w in names if len(w) > 1 and w in hsk_words)
    if not listed:
        return frozenset()
    # only "?" placeholders are joined into the statement; the words are bound parameters
    marks = ",".join("?" * len(listed))
    sql = "SELECT simplified, definitions FROM entries WHERE is_proper = 0 AND simplified IN (%s)"
    senses: dict[str, list[str]] = {}
    for word, definitions in corpus.query(sql % marks, listed):
        senses.setdefault(word, []).extend(json.loads(definitions))
    return frozenset(w for w, found in senses.items() if is_common_homograph(w, found))


def phrase_differences(lexicon: Lexicon, one=None) -> dict[str, tuple[str, ...]]:
    """Words with one common CC-CEDICT reading that pypinyin's phrase list reads
    otherwise, with pypinyin's reading (one pass over its 47,000 phrases)."""
    from chinese_teach.core.text import fallback
    from chinese_teach.core.text.pinyin import citation_phrase

    out: dict[str, tuple[str, ...]] = {}
    for word, value in fallback.phrase_items():
        readings = lexicon.common_readings(word)
        if len(readings) != 1:
            continue
        phrase = citation_phrase(word, tuple(value.split(" ")))
        if phrase is not None and phrase != readings[0]:
            out[one(word, word) if one else word] = phrase
    return out


def _read(path: Path) -> dict | None:
    enabled = gc.isenabled()
    gc.disable()  # a million new objects, none of them garbage: no collection passes
    try:
        with path.open("rb") as fh:
            data = unpack(pickle.load(fh))  # the words in one string: packed_words
    except (OSError, EOFError, pickle.UnpicklingError, TypeError, ValueError,
            AttributeError, ImportError, IndexError, MemoryError):
        return None
    finally:
        if enabled:
            gc.enable()
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        return None
    return data


def _write(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(pack(data), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for pattern in _OLD_CACHES:
            for old in path.parent.glob(pattern):
                if old != path:
                    old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)
