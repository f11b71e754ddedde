"""Cutting a text into sentences, each with the closing quotation marks after its end.

One rule for every output that picks sentences out of a text (a card's example, a
worksheet's cloze and word-order lines): 俗话说：“失败是成功之母。” is one sentence,
and the next never starts with ”; a dialogue line's speaker (售货员：) is no part of it.
"""

from __future__ import annotations

import re

#: a speaker's name before a dialogue line (小明：你好！), not part of the sentence; a verb
#: of saying before the colon introduces the words it says (俗话说：, 他问：), no speaker
_SPEAKER = re.compile(r"^[^\s，,。！？!?：:“”\"]{1,4}(?<![说问道讲喊答])[：:](?!\s*$)")
#: a sentence: up to its end punctuation and the closing quotes or brackets after it, or
#: up to a line end, or the rest; a straight quote is decided by :func:`split_sentences`
_SENTENCE = re.compile(r"[^。！？!?；;…\n]*(?:[。！？!?；;…]+[”’」』》〉）)\]]*|(?=\n)|$)")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, with their closing quotes (“你好！”他说。 is
    “你好！” and 他说。). A straight quote ``"`` or ``'`` after an end mark closes the
    sentence's quotation when the sentence opened one (an odd count of it), else it
    opens the next sentence (他走了。"你好！"她说。)."""
    out: list[str] = []
    for found in _SENTENCE.findall(text):
        piece = found.strip()
        while out and piece and piece[0] in "\"'" and out[-1].count(piece[0]) % 2:
            out[-1] += piece[0]
            piece = piece[1:].strip()
        if piece:
            out.append(piece)
    return out


def without_speaker(sentence: str) -> str:
    """A dialogue line without the speaker's name (小明：你好！ -> 你好！); a verb of saying
    before the colon is kept (俗话说：“…”)."""
    return _SPEAKER.sub("", sentence, count=1).strip()
