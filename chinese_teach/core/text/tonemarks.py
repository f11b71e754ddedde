"""Tone marks and zhuyin for single pinyin syllables, written from the spelling rules.

Only what :mod:`.syllables` needs: numbered -> marked (``lv4`` -> ``lǜ``), marked ->
numbered (``lǜ`` -> ``lv4``), tone marks stripped from free text, and a syllable in
zhuyin (``yin2`` -> ``ㄧㄣˊ``). No pypinyin import: importing any pypinyin module
loads its character and phrase dictionaries (about 56 MB) that this does not need.

The rules are those of the Scheme for the Chinese Phonetic Alphabet (汉语拼音方案)
and the national zhuyin table:

* the tone mark goes on ``a`` or ``e`` if there is one, on the ``o`` of ``ou``,
  otherwise on the last vowel (``guì``, ``liù``);
* zhuyin writes the initial and the full final: the spelling abbreviations
  ``iu`` (iou), ``ui`` (uei), ``un`` (uen) are undone, ``y``/``w`` are vowels, ``u``
  after ``j q x y`` is ``ü``, and ``zhi chi shi ri zi ci si`` have no vowel sign.
"""

from __future__ import annotations

import re
import unicodedata

_COMBINING = ("\u0304", "\u0301", "\u030c", "\u0300")  # tones 1-4
_TONE_OF_COMBINING = {mark: str(k + 1) for k, mark in enumerate(_COMBINING)}
_TONE_DIGIT = re.compile(r"(?<=[A-Za-zÜü:])[1-5]")


def mark_position(bare: str) -> int | None:
    """Index of the vowel that carries the tone mark in a toneless syllable."""
    for vowel in ("a", "e", "ê"):
        if vowel in bare:
            return bare.index(vowel)
    if "ou" in bare:
        return bare.index("o")
    for k in range(len(bare) - 1, -1, -1):
        if bare[k] in "iouü":
            return k
    return None


def to_tone(syllable: str) -> str:
    """``lv4`` -> ``lǜ``, ``yin2`` -> ``yín``, ``le5`` / ``le`` -> ``le``."""
    s = syllable.replace("v", "ü").replace("u:", "ü")
    tone = s[-1] if s and s[-1] in "12345" else "5"
    bare = s[:-1] if s and s[-1] in "12345" else s
    at = mark_position(bare)
    if tone == "5" or at is None:
        return bare
    marked = bare[:at + 1] + _COMBINING[int(tone) - 1] + bare[at + 1:]
    return unicodedata.normalize("NFC", marked)


def to_tone3(syllable: str) -> str:
    """``lǜ`` -> ``lv4``, ``yín`` -> ``yin2``; without a mark the tone is 5 (``le5``)."""
    decomposed = unicodedata.normalize("NFD", syllable.replace("ü", "v"))
    tone = next((_TONE_OF_COMBINING[ch] for ch in decomposed if ch in _TONE_OF_COMBINING), "")
    bare = "".join(ch for ch in decomposed if ch not in _TONE_OF_COMBINING)
    bare = unicodedata.normalize("NFC", bare).replace("ü", "v")
    if bare and bare[-1] in "12345":
        return bare
    return bare + (tone or "5")


def to_normal(text: str) -> str:
    """Free text without tone marks or tone digits: ``yínháng`` / ``yin2hang2`` -> ``yinhang``."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if ch not in _TONE_OF_COMBINING)
    )
    return _TONE_DIGIT.sub("", bare)


_INITIALS = {
    "b": "ㄅ", "p": "ㄆ", "m": "ㄇ", "f": "ㄈ", "d": "ㄉ", "t": "ㄊ", "n": "ㄋ", "l": "ㄌ",
    "g": "ㄍ", "k": "ㄎ", "h": "ㄏ", "j": "ㄐ", "q": "ㄑ", "x": "ㄒ", "zh": "ㄓ", "ch": "ㄔ",
    "sh": "ㄕ", "r": "ㄖ", "z": "ㄗ", "c": "ㄘ", "s": "ㄙ",
}
_FINALS = {
    "a": "ㄚ", "o": "ㄛ", "e": "ㄜ", "ê": "ㄝ", "ai": "ㄞ", "ei": "ㄟ", "ao": "ㄠ", "ou": "ㄡ",
    "an": "ㄢ", "en": "ㄣ", "ang": "ㄤ", "eng": "ㄥ", "er": "ㄦ", "ong": "ㄨㄥ",
    "i": "ㄧ", "ia": "ㄧㄚ", "io": "ㄧㄛ", "ie": "ㄧㄝ", "iai": "ㄧㄞ", "iao": "ㄧㄠ",
    "iou": "ㄧㄡ", "ian": "ㄧㄢ", "in": "ㄧㄣ", "iang": "ㄧㄤ", "ing": "ㄧㄥ", "iong": "ㄩㄥ",
    "u": "ㄨ", "ua": "ㄨㄚ", "uo": "ㄨㄛ", "uai": "ㄨㄞ", "uei": "ㄨㄟ", "uan": "ㄨㄢ",
    "uen": "ㄨㄣ", "uang": "ㄨㄤ", "ueng": "ㄨㄥ",
    "ü": "ㄩ", "üe": "ㄩㄝ", "üan": "ㄩㄢ", "ün": "ㄩㄣ",
}
#: y- and w- spellings of finals that stand alone (yi = i, you = iou, wu = u, wei = uei ...).
_Y_W = {
    "yi": "i", "ya": "ia", "yo": "io", "ye": "ie", "yai": "iai", "yao": "iao", "you": "iou",
    "yan": "ian", "yin": "in", "yang": "iang", "ying": "ing", "yong": "iong",
    "yu": "ü", "yue": "üe", "yuan": "üan", "yun": "ün",
    "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "uei", "wan": "uan", "wen": "uen",
    "wang": "uang", "weng": "ueng", "wong": "ueng",
}
#: Finals pinyin spells short after an initial (liu = l + iou, gui = g + uei, lun = l + uen).
_UNABBREVIATED = {"iu": "iou", "ui": "uei", "un": "uen"}
#: Syllables without a vowel (嗯 ń / ńg, 呣 ḿ, 哼 hm / hng).
_VOWELLESS = {"m": "ㄇ", "n": "ㄣ", "ng": "ㄫ", "hm": "ㄏㄇ", "hng": "ㄏㄫ"}
_TONE_SIGNS = {"1": "", "2": "ˊ", "3": "ˇ", "4": "ˋ", "5": "˙"}


def _final_of(initial: str, rest: str) -> str | None:
    """The full final after ``initial`` (spelling abbreviations undone), or None."""
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and rest == "i":
        return ""  # 知 吃 诗 日 资 词 思: the initial alone
    if initial in ("j", "q", "x") and rest.startswith("u"):
        rest = "ü" + rest[1:]
    rest = _UNABBREVIATED.get(rest, rest)
    if rest == "uen" and initial in ("j", "q", "x"):
        rest = "ün"
    return rest if rest in _FINALS else None


def to_zhuyin(syllable: str) -> str | None:
    """A numbered syllable in zhuyin with its tone sign after it (``yin2`` -> ``ㄧㄣˊ``,
    ``le5`` -> ``ㄌㄜ˙``); None if it is not a Mandarin syllable."""
    s = syllable.replace("v", "ü").replace("u:", "ü")
    tone = s[-1] if s and s[-1] in "12345" else "5"
    bare = s[:-1] if s and s[-1] in "12345" else s
    if bare in _VOWELLESS:
        return _VOWELLESS[bare] + _TONE_SIGNS[tone]
    if bare in _Y_W:
        return _FINALS[_Y_W[bare]] + _TONE_SIGNS[tone]
    initial = next((i for i in ("zh", "ch", "sh") if bare.startswith(i)), bare[:1])
    if initial not in _INITIALS:
        initial = ""
    final = _final_of(initial, bare[len(initial):])
    if final is None or (not initial and not final):
        return None
    return _INITIALS.get(initial, "") + _FINALS.get(final, "") + _TONE_SIGNS[tone]
