"""Splitting cleaned article text into sentences with exact offsets."""

from __future__ import annotations

import re

from tidings.extract.context import Sentence
from tidings.extract.nlp import load_splitter

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def split(text: str) -> list[Sentence]:
    """Sentences in order; a paragraph break always ends a sentence.

    Headlines and datelines have no final full stop, so paragraphs are split
    first and the rule-based sentencizer works inside each one.
    """
    splitter = load_splitter()
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        chunk = text[para_start:para_end]
        for sent in splitter(chunk).sents:
            start = para_start + sent.start_char
            end = para_start + sent.end_char
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


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
