"""Word classes from jieba's dictionary: which words are nouns and which are names.

jieba's ``dict.txt`` gives each word a part-of-speech tag (the ICTCLAS set: ``n`` noun,
``s`` place word, ``nr`` person name, ``ns`` place name, ``t`` time word ...). The
reading rules use two small sets derived from it once, when the engine's tables are
built (no tagger runs at annotation time):

* nouns of one or two characters, so that 上 after a noun reads as the light locative
  (桌子上 zhuōzi shang, 墙上 qiáng shang);
* names (person, place, organisation and other proper names), so that a reader
  capitalises 北京 Běijīng but not 星期六 xīngqīliù (``t``, a time word) or 山上 shān
  shang (``s``, a place word), whatever homograph a dictionary also lists.
"""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path

#: Tags of nouns and place words (names count as nouns too; not the locatives ``f``
#: such as 以上, whose 上 keeps its tone).
NOUN_TAGS = frozenset({"n", "ng", "nr", "nrt", "nrfg", "ns", "nt", "nz", "s"})
#: Tags of proper names.
NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
#: Nouns this long at most are kept (longer words rarely stand before a locative 上).
NOUN_MAX_LEN = 2


def read_word_classes(
    path: Path, proper: Container[str], share: dict[str, str] | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """``(nouns, names)`` from the jieba-format word list at ``path``.

    ``names`` keeps only the name-tagged words that ``proper`` (the dictionary's
    proper nouns) also lists, since a capital needs the dictionary's spelling.
    ``share`` maps a word to the string object to keep (one object per word in the
    engine's tables).
    """
    share = share or {}
    nouns: set[str] = set()
    names: set[str] = set()
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3:
                continue
            word, tag = parts[0], parts[2]
            if tag in NOUN_TAGS and len(word) <= NOUN_MAX_LEN:
                nouns.add(share.get(word, word))
            if tag in NAME_TAGS and word in proper:
                names.add(share.get(word, word))
    return frozenset(nouns), frozenset(names)
