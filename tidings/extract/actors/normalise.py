"""Keys for matching actor names through the noise of real news text."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
_LEADING_THE = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)(?=\s|$)")


def fold(text: str) -> str:
    """Lower case without accents: 'Erdoğan' -> 'erdogan'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The exact-match key: folded, possessive and leading article gone,
    punctuation and hyphens turned into single spaces."""
    folded = _POSSESSIVE.sub("", fold(text.strip()))
    folded = _NON_WORD.sub(" ", folded).strip()
    return _LEADING_THE.sub("", folded)


def acronym_key(text: str) -> str:
    """Acronyms compare on their letters only: 'U.N.' -> 'UN'."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


# Letter groups that transliterations of the same name swap freely
# (Kassym/Kasim, Jomart/Yomart/Zhomart, Tokayev/Tokaev).
_DIGRAPHS = (("kh", "k"), ("zh", "j"), ("sh", "s"), ("ch", "c"), ("ph", "f"), ("th", "t"),
             ("ts", "c"), ("dj", "j"), ("ou", "u"))  # fmt: skip
_LETTERS = str.maketrans({"q": "k", "c": "k", "w": "v", "z": "s", "x": "k", "j": "y"})
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


def skeleton(text: str) -> str:
    """A consonant skeleton per word: 'Kasim-Yomart Tokayev' and
    'Kassym-Jomart Tokayev' both give 'ksm mrt tkv'."""
    words = name_key(text).split()
    out = []
    for word in words:
        for digraph, single in _DIGRAPHS:
            word = word.replace(digraph, single)
        word = word.translate(_LETTERS)
        word = _DOUBLES.sub(r"\1", word)
        head, rest = word[:1], word[1:]
        if head in "aeiouy":
            head = ""
        # a vowel-only word ("EU" as "eu") keeps one letter, never vanishes
        out.append(head + _VOWELS.sub("", rest) or word[:1])
    return " ".join(w for w in out if w)
