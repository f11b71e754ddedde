"""覃 tán in a given name (issue 19, branch cpp19).

覃 is Qín as a surname and tán, "deep", in a given name after the surname (郑覃, 刘覃, 孙覃:
CPP dev's labels; 现代汉语词典 覃 qín 姓, tán 深). After a one-character word that is a common
surname, one that is never an everyday function word (``names.SURNAMES``: not 于, 向, 任 ...),
it is tán.

A wider class was tried and dropped: a polyphonic surname after a role before a one-character
given name (女主角覃泓 Qín, 记者区明 Ōu) fixed its CPP dev target and its new tuning lines but
broke one CPP test target (counts only): the everyday word after a subject (队长曾 + a verb)
looks the same.

Pure functions of words; no Qt.
"""

from __future__ import annotations

from chinese_teach.core.text.names import SURNAMES


def tan_in_given_name(char: str, prev: str) -> str | None:
    """覃 tán in a given name, right after a one-character word that is a common surname
    (郑覃, 孙覃, 吴覃生), else None."""
    if char == "覃" and len(prev) == 1 and prev in SURNAMES:
        return "tan2"
    return None
