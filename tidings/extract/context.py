"""What the extraction components share while they work on one article.

The pipeline splits an article into `Sentence`s, parses only the sentences
that may hold an event (a cheap first pass decides), and hands each component
an `ArticleContext`. Components return plain records; they never touch the
store or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from tidings.records import Actor, Article, Span

if TYPE_CHECKING:  # spaCy is imported lazily at run time
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from tidings.extract.places.home import Home


@dataclass
class Sentence:
    """One sentence of the cleaned article text.

    `doc` is a spaCy Doc of this sentence alone (token offsets are relative to
    `start`), present only when the first pass judged the sentence worth
    parsing. Use `span()` to turn spaCy tokens or spans into article offsets.
    """

    sequence: int
    start: int
    end: int
    text: str
    doc: "Doc | None" = None

    def span(self, item: "Token | SpacySpan") -> Span:
        if hasattr(item, "idx"):  # a Token
            begin, finish = item.idx, item.idx + len(item.text)
        else:
            begin, finish = item.start_char, item.end_char
        return Span(self.start + begin, self.start + finish, self.text[begin:finish])

    def char_span(self, begin: int, finish: int) -> Span:
        """A span from offsets relative to this sentence."""
        return Span(self.start + begin, self.start + finish, self.text[begin:finish])


@dataclass
class CodedEvent:
    """An event found in one sentence, before dates, places and figures.

    Produced by `tidings.extract.coding`; the other components read it and the
    pipeline turns it into a `tidings.records.Event`.
    """

    sentence: Sentence
    event: str  # PLOVER category
    trigger: Span
    mode: str = ""
    context: list[str] = field(default_factory=list)
    modality: str = "asserted"
    confidence: float = 0.5
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    salience: float = 0.0  # higher first within the article
    extra: dict[str, Any] = field(default_factory=dict)  # component notes


@dataclass
class ArticleContext:
    article: Article
    sentences: list[Sentence]
    home: "Home | None" = None  # the outlet's home area, where the caller learned one (places/home.py)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def published(self) -> date | None:
        return self.article.published

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
