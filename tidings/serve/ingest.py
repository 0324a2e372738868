"""Turning a POSTed body into an Article with the ingest stage's own functions."""

from __future__ import annotations

import json

from tidings.ingest.article import Defaults, make_article
from tidings.ingest.decoding import decode_bytes
from tidings.ingest.errors import IngestError
from tidings.ingest.jsonl import item_to_article
from tidings.ingest.webpage import read_html
from tidings.records import Article, IngestFailure
from tidings.serve.errors import ApiError

ORIGIN = "http:POST /api/articles"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def article_from_body(body: bytes, content_type: str) -> Article | IngestFailure:
    """A JSON article (the `tidings extract` input contract), an HTML page or plain text."""
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    charset = _charset(params)
    if not body.strip():
        raise ApiError(400, "the request body is empty")
    if media == "application/json" or media.endswith("+json"):
        return item_to_article(_json(body), ORIGIN, Defaults())
    text = _decode(body, charset)
    if media in HTML_TYPES:
        page = read_html(text)
        return make_article(page.text, ORIGIN, Defaults(), title=page.title, published=page.published,
                            url=page.url, source=page.sitename, author=page.author)
    if media == "text/plain":
        return make_article(text, ORIGIN, Defaults(), title_from_text=True)
    raise ApiError(415, f"cannot ingest {media or 'a body without Content-Type'}; "
                        "send application/json, text/html or text/plain")


def _json(body: bytes) -> object:
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise ApiError(400, "the JSON body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"malformed JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return decode_bytes(body, charset)
    except IngestError as exc:
        raise ApiError(400, f"cannot decode the body: {exc}") from None


def _charset(params: str) -> str | None:
    for part in params.split(";"):
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
