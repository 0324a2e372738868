"""Splitting cleaned article text into sentences with exact offsets."""

from __future__ import annotations

import re

from tidings.extract.context import Sentence
from tidings.extract.nlp import load_splitter

_PARAGRAPH = re.compile(r"\n\s*\n|\n")

# A full stop after these never ends a sentence: they stand before a name.
_TITLES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Sgt|Capt|Col|Maj|Cpl|Gov|Sen|Rep|Rev|Sr|Jr|Hon|Supt|Insp|Det|Cmdr|Adm)\.$"
)
# After these it ends one only when a capitalised word follows ("Main St. The
# police ..."); "Glendale Ave. near 5th" or "Dec. 6" go on.
_SHORT_FORMS = re.compile(
    r"\b(?:Ave|St|Rd|Blvd|Hts|Hwy|Ln|Dr|Ct|Pl|Mt|Ft|No|Nos|Co|Corp|Inc|Ltd|approx|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)


def split(text: str) -> list[Sentence]:
    """Sentences in order; a paragraph break always ends a sentence.

    Headlines and datelines have no final full stop, so paragraphs are split
    first and the rule-based sentencizer works inside each one.
    """
    splitter = load_splitter()
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        chunk = text[para_start:para_end]
        spans = [(para_start + s.start_char, para_start + s.end_char) for s in splitter(chunk).sents]
        for start, end in _rejoin(text, spans):
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


def _rejoin(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo splits after abbreviations ("Lt. Ruiz", "Glendale Ave. near", "Dec. 6")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _continues(text[out[-1][0] : out[-1][1]].rstrip(), text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _continues(previous: str, following: str) -> bool:
    if _TITLES.search(previous):
        return True
    first = following.lstrip()[:1]
    return bool(_SHORT_FORMS.search(previous)) and (first.islower() or first.isdigit())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for brk in _PARAGRAPH.finditer(text):
        if text[pos : brk.start()].strip():
            spans.append(_trim(text, pos, brk.start()))
        pos = brk.end()
    if text[pos:].strip():
        spans.append(_trim(text, pos, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
