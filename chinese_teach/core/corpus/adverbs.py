"""English adverbs of adjectives, for the gloss of a Chinese adjective used as an adverbial.

A Chinese adjective stands before a verb as its adverbial, with or without 地 (突然下雨了,
认真地学习); a teacher then hands out the English adverb ("suddenly", "conscientiously").
CC-CEDICT gives most such entries only the adjective ("sudden"), so the adverb is formed
here by the usual -ly rules, with the words that form it otherwise or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Adjectives whose adverb is the same word ("he runs fast", "she works hard", "to get up
#: early"); their -ly form is another word or none (hardly, lately).
LY_SAME_FORM = frozenset({
    "fast", "hard", "early", "late", "straight", "long", "high", "low", "near", "far",
    "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "ill",
})
#: Adjectives whose adverb is irregular.
LY_IRREGULAR = {
    "good": "well", "true": "truly", "due": "duly", "public": "publicly",
    "shy": "shyly", "dry": "dryly", "sly": "slyly", "wry": "wryly", "coy": "coyly",
    "gay": "gaily",
}
#: Adjectives with no adverb of their own: words whose -ly form is no English ("small",
#: "tall", "big", "old", "young") and words of amount, whose -ly form says another thing
#: (全部做完 "all", not "wholly").
LY_NONE = frozenset({
    "small", "tall", "big", "old", "young", "little", "new", "right", "other", "same", "own",
    "many", "much", "few", "more", "most", "less", "least", "only", "such", "very", "whole",
    "all", "just", "short", "bare", "first", "second", "third", "last", "even", "total",
    "large", "single", "numerous", "countless", "definite", "hopeful", "regular",
})
#: Adjectives in -ly, which form no adverb ("a friendly talk", "a timely reminder").
LY_ADJECTIVES = frozenset({
    "friendly", "lively", "lonely", "lovely", "likely", "ugly", "silly", "elderly", "costly",
    "deadly", "orderly", "timely", "kindly", "holy", "jolly", "curly", "cowardly", "homely",
    "worldly", "manly", "unlikely", "leisurely", "scholarly", "disorderly", "beastly",
    "ghostly", "heavenly", "earthly", "motherly", "fatherly", "brotherly", "sisterly",
})
#: Senses that state the adverb with a phrase ("in detail", "without delay").
_PHRASE_ADVERB = re.compile(r"^(?:in|without) [a-z' -]+$")
_VOWELS = "aeiou"


def ly_adverb(adjective: str) -> str | None:
    """The English adverb of a one-word ``adjective`` ("sudden" -> "suddenly", "happy" ->
    "happily", "simple" -> "simply", "scientific" -> "scientifically", "full" -> "fully",
    "true" -> "truly", "fast" -> "fast"); None for a word that forms none ("friendly",
    "small") or is no single lower-case word."""
    word = adjective.strip()
    if not word.isalpha() or not word.islower() or (len(word) < 3 and word not in LY_IRREGULAR):
        return None
    if word in LY_SAME_FORM:
        return word
    if word in LY_IRREGULAR:
        return LY_IRREGULAR[word]
    if word in LY_NONE or word.endswith("ly"):
        return None
    if word.endswith("ic"):
        return word + "ally"
    if word.endswith("ll"):
        return word + "y"
    if word.endswith("le") and word[-3] not in _VOWELS:
        return word[:-1] + "y"
    if word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ily"
    return word + "ly"


def is_phrase_adverb(sense: str) -> bool:
    """Whether a sense is an adverb said with a phrase ("in detail", "in a loud voice",
    "without delay")."""
    return bool(_PHRASE_ADVERB.match(sense)) and len(sense.split()) <= 4


#: Endings of English adjectives that nouns hardly have ("careful", "anxious", "careless",
#: "logical", "optimistic", "sensible"); "-al", "-ic", "-ent", "-ive" and "-able" end nouns as well
#: ("hospital", "music", "student", "motive", "table").
ADJECTIVE_SUFFIXES = ("ful", "ous", "less", "ical", "istic", "ible")
#: Nouns (and other words) whose -ly form is an adjective or says another thing
#: ("womanly", "weekly", "namely", "partly", "early" of "ear", "likely" of "like").
LY_NOUN_BASES = frozenset({
    "woman", "man", "name", "part", "world", "shape", "master", "scholar", "order", "like",
    "time", "friend", "brother", "father", "mother", "sister", "heaven", "earth", "ghost",
    "beast", "love", "home", "cost", "king", "prince", "saint", "body", "death", "ear", "hour",
    "week", "month", "year", "day", "night", "music", "logic", "magic", "topic", "public",
    "present", "coward", "lord", "lady", "gentleman", "kind", "apple", "port", "patient",
    "general", "soldier", "minute", "summary", "potential", "leisure", "individual",
    "characteristic",
})
#: -ly words that are verbs ("apply" is no adverb of "apple").
LY_VERBS = frozenset({"apply", "supply", "reply", "rely", "ally", "fly", "comply", "multiply",
                      "imply"})


def is_adjective_sense(sense: str, attested: Iterable[str] | None = None) -> bool:
    """Whether a one-word sense reads as an adjective that forms an adverb: it takes its
    adverb's form unchanged ("fast"), has an ending nouns hardly have ("careful",
    "anxious"), or its -ly adverb is attested (``attested``: English adverbs the
    dictionary uses, "strictly", "quietly"). A verb ("to ..."), a phrase, or a noun whose
    -ly form is another word ("week" -> "weekly") is none."""
    adverb = ly_adverb(sense)
    if adverb is None or sense in LY_NOUN_BASES or adverb in LY_VERBS:
        return False
    if sense in LY_SAME_FORM or sense.endswith(ADJECTIVE_SUFFIXES):
        return True
    return attested is not None and adverb in attested
