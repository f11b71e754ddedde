"""A polyphonic surname starting a name after a person's role (issue 19, branch cpp19).

CPP dev's text names people after their role: 本片女主角覃泓, 裨将覃冏, 队长单某. A character
whose surname reading differs from its everyday one (覃 Qín, 单 Shàn, 区 Ōu, 解 Xiè:
``collocations.SURNAMES``) stands there as a one-character word before a given name of one
character, and the model read the everyday word (覃 tán, 单 dān, 区 qū, 解 jiě). After a word
of a role (主角, 队长, 教练, 记者, 校长 ...) and before one character that is no verb, particle
or adverb of the learner's lists, the character is read as the surname (女主角覃泓 Qín,
记者区明 Ōu); 教练曾多次强调 (曾 | 多次), 队长曾说过 (说, a verb), 主角查明了真相 (查明, a word)
keep the everyday word.

覃 has a second reading in names: tán, "deep", in a given name after the surname (郑覃, 翁覃溪,
孙覃: CPP dev's labels; 现代汉语词典 覃 qín 姓, tán 深): after a one-character word that is a
common surname it is tán.

Pure functions of words; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Container

from chinese_teach.core.text.names import COMMON_SURNAMES
from chinese_teach.core.text.polyphones.collocations import SURNAMES

#: A word naming a person's role, ending the word before a name (男主角, 主教练, 副校长).
_ROLE = re.compile(
    r"(主角|配角|队长|前锋|后卫|中锋|门将|教练|演员|歌手|记者|选手|球员|队员|导演|编剧|作家|画家"
    r"|书法家|学者|将军|部将|裨将|主席|部长|局长|校长|市长|县长|省长|书记|主任|经理|院长|厂长"
    r"|董事长|委员|议员|教授|博士|冠军|创始人|主持人|总统|首相|大臣)$"
)

#: One-character words that start no given name: particles, adverbs, prepositions and
#: the copula (队长曾是, 教练单就这一点).
_NO_GIVEN_NAME = frozenset("了着过的地得是在有不也都就还很又再才把被让给从向往对和与跟将已曾")


def surname_after_role(
    char: str, prev: str, nxt: str, learner_verbs: Container[str]
) -> str | None:
    """The surname reading of the one-character word ``char`` after the word ``prev`` and
    before the word ``nxt``: after a role (女主角, 队长, 记者) and before a one-character
    given name (no verb of the learner's lists, no particle or adverb), else None."""
    surname = SURNAMES.get(char)
    if surname is None or not _ROLE.search(prev):
        return None
    if len(nxt) != 1 or not "\u4e00" <= nxt <= "\u9fff":
        return None
    if nxt in _NO_GIVEN_NAME or nxt in learner_verbs:
        return None
    return surname


def tan_in_given_name(char: str, prev: str) -> str | None:
    """覃 tán in a given name, right after a one-character word that is a common surname
    (郑覃, 孙覃, 吴覃生), else None."""
    if char == "覃" and len(prev) == 1 and prev in COMMON_SURNAMES:
        return "tan2"
    return None
