"""Places in a sentence that call for a word's adjective (sixteenth session, words36).

A word whose CC-CEDICT entry leads with a noun and gives its adjective later (健康 "health;
healthy", 矛盾 "contradiction … contradictory", 幸福 "happiness; happy") is the adjective
before a degree complement as much as after a degree word: 身体健康得很, 想法矛盾得很,
过得幸福极了 read as 很健康, 很矛盾. :func:`before_degree_complement` tells that place;
:meth:`.glosses.Glosser.gloss` then asks the adjective rules it asks after 很. Pure of Qt.
"""

from __future__ import annotations

#: Degree complements after 得 (健康得很, 麻烦得要命, 骄傲得不得了).
DE_DEGREES = frozenset({"很", "多", "要命", "不得了", "厉害", "慌", "不行", "出奇"})
#: Degree complements right after the word (幸福极了).
BARE_DEGREES = frozenset({"极了", "死了", "透了", "坏了"})


def before_degree_complement(rest: tuple[str, ...], particles: frozenset[str]) -> bool:
    """Whether the words after a word (``rest``, its clause) are a degree complement and
    nothing more but particles (``particles``): 得 + 很 (健康得很), or 极了 (幸福极了); not
    得 + a clause (说得很清楚: 很 before a further word) nor a verb's complement."""
    if rest[:1] and rest[0] in BARE_DEGREES:
        return all(w in particles for w in rest[1:])
    return (len(rest) >= 2 and rest[0] == "得" and rest[1] in DE_DEGREES
            and all(w in particles for w in rest[2:]))
