"""Ingest: files and streams in, `Article` or `IngestFailure` records out.

Nothing here touches the store or extraction. Every reader ends in
`article.make_article`, so all text is cleaned (`boilerplate.clean_text`) and
identified (`identity.article_id`) the same way; every offset later stages
record indexes `Article.text`.
"""

from tidings.ingest.boilerplate import clean_text
from tidings.ingest.dates import parse_published
from tidings.ingest.identity import article_id
from tidings.ingest.jsonl import read_jsonl
from tidings.ingest.limits import DEFAULT_MAX_BYTES
from tidings.ingest.paths import read_file, read_paths

__all__ = [
    "DEFAULT_MAX_BYTES",
    "article_id",
    "clean_text",
    "parse_published",
    "read_file",
    "read_jsonl",
    "read_paths",
]
