"""Chinese Teach: offline lesson planning, pinyin readers and Anki decks for teachers of Chinese."""

from chinese_teach.appinfo import VERSION as __version__

__all__ = ["__version__"]
