"""Bad input: one failure naming the file (and line), and the rest still read."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tidings.ingest import read_jsonl, read_paths
from tidings.records import Article, IngestFailure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
GOOD = "Border guards exchanged fire near Kessa on Sunday, the defence ministry said."


def split(items):
    found = list(items)
    return (
        [i for i in found if isinstance(i, Article)],
        [i for i in found if isinstance(i, IngestFailure)],
    )


def folder_with(tmp_path: Path, name: str, content: bytes | str) -> Path:
    """A folder holding the bad file between two good ones (sorted order a, bad, z)."""
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z_good.txt").write_text(GOOD.replace("Sunday", "Monday"), encoding="utf-8")
    bad = tmp_path / name
    if isinstance(content, str):
        bad.write_text(content, encoding="utf-8")
    else:
        bad.write_bytes(content)
    return bad


def assert_one_failure_between_two_articles(tmp_path: Path, origin: str, reason_part: str, **options):
    items = list(read_paths([str(tmp_path)], **options))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "IngestFailure", "Article"], [str(i) for i in items]
    failure = items[1]
    assert failure.origin == origin
    assert reason_part in failure.reason
    assert str(failure).startswith(origin + ": ")


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("m_binary.txt", b"Police \x81\x8d fired \x00\x01 shots", "undecodable"),
        ("m_furniture.txt", "Share this article\n\nAdvertisement\n\n\u00a9 2024 The Ledger", "empty text after cleaning"),
        ("m_blank.txt", "   \n\n  ", "empty text after cleaning"),
        ("m_table.csv", "date,place,killed\n2024-01-02,Kessa,3\n", "unknown format (.csv)"),
        ("m_blob", b"\x00\x01\x02\x03binary", "unknown format"),
        ("m_data.xml", "<?xml version='1.0'?><articles><article>Text</article></articles>", "not an RSS or Atom feed"),
        ("m_broken.warc", b"this is not a warc file at all\r\n", "WARC"),
        ("m_page.html", "<html><body><nav>Home</nav><footer>\u00a9 2024 Ledger</footer></body></html>", "empty text after cleaning"),
    ],
)
def test_bad_file_gives_one_failure(tmp_path, name, content, reason):
    bad = folder_with(tmp_path, name, content)
    assert_one_failure_between_two_articles(tmp_path, str(bad), reason)


def test_file_over_the_size_limit(tmp_path):
    bad = folder_with(tmp_path, "m_long.txt", GOOD * 5)
    assert_one_failure_between_two_articles(tmp_path, str(bad), "over the", max_bytes=len(GOOD.encode()) + 10)


def test_unreadable_file(tmp_path, monkeypatch):
    bad = folder_with(tmp_path, "m_locked.txt", GOOD)
    real_open = Path.open

    def locked_open(self, *args, **kwargs):
        if self == bad:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    assert_one_failure_between_two_articles(tmp_path, str(bad), "cannot read: Permission denied")


def test_missing_path_among_good_ones(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    articles, failures = split(read_paths([str(good), str(missing), str(good)]))
    assert len(articles) == 2
    assert [(f.origin, f.reason) for f in failures] == [(str(missing), "no such file or directory")]


JSONL_GOOD_1 = '{"id": "g1", "text": "Troops entered Dorvik on Monday."}'
JSONL_GOOD_2 = '{"id": "g2", "text": "Talks resumed in Kessa on Tuesday."}'


@pytest.mark.parametrize(
    "bad_line, reason",
    [
        ('{"id": "b", "text": "unterminated', "malformed JSON"),
        ('{"id": "b", "title": "No body here"}', "no text or html"),
        ('{"id": "b", "text": ""}', "no text or html"),
        ('{"id": "b", "text": ["a", "list"]}', "field 'text' must be a string"),
        ('["not", "an", "object"]', "expected a JSON object, got an array"),
        ('{"id": "b", "text": "Advertisement"}', "empty text after cleaning"),
    ],
)
def test_bad_jsonl_line_names_its_line(tmp_path, bad_line, reason):
    path = tmp_path / "batch.jsonl"
    path.write_text(f"{JSONL_GOOD_1}\n{bad_line}\n{JSONL_GOOD_2}\n", encoding="utf-8")
    articles, failures = split(read_paths([str(path)]))
    assert [a.external_id for a in articles] == ["g1", "g2"]
    assert len(failures) == 1
    assert failures[0].origin == f"{path}:2"
    assert reason in failures[0].reason


def test_undecodable_jsonl_line_names_its_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(JSONL_GOOD_1.encode() + b'\n{"text": "bad \x81\x00 bytes"}\n' + JSONL_GOOD_2.encode() + b"\n")
    articles, failures = split(read_paths([str(path)]))
    assert len(articles) == 2
    assert [(f.origin, "undecodable" in f.reason) for f in failures] == [(f"{path}:2", True)]


def test_jsonl_line_over_the_limit(tmp_path):
    path = tmp_path / "batch.jsonl"
    long_line = '{"id": "big", "text": "' + "Shelling continued. " * 20 + '"}'
    path.write_text(f"{JSONL_GOOD_1}\n{long_line}\n{JSONL_GOOD_2}\n", encoding="utf-8")
    articles, failures = split(read_paths([str(path)], max_bytes=len(JSONL_GOOD_2) + 10))
    assert [a.external_id for a in articles] == ["g1", "g2"]
    assert [f.origin for f in failures] == [f"{path}:2"]


def test_stdin_failures_say_stdin_and_line():
    stream = io.StringIO(f"{JSONL_GOOD_1}\nnot json\n{JSONL_GOOD_2}\n")
    articles, failures = split(read_jsonl(stream, "stdin"))
    assert len(articles) == 2
    assert [str(f).split(": ")[0] for f in failures] == ["stdin:2"]


def test_undecodable_stdin_line_is_one_failure():
    raw = io.BytesIO(JSONL_GOOD_1.encode() + b"\n\xff\xfe broken\n" + JSONL_GOOD_2.encode() + b"\n")
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    articles, failures = split(read_jsonl(stream, "stdin"))
    assert [a.external_id for a in articles] == ["g1", "g2"]
    assert [f.origin for f in failures] == ["stdin:2"]


def test_undecodable_text_stream_without_buffer_stops_with_one_failure():
    class Broken(io.StringIO):
        def __iter__(self):
            yield JSONL_GOOD_1 + "\n"
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    articles, failures = split(read_jsonl(Broken(), "stdin"))
    assert [a.external_id for a in articles] == ["g1"]
    assert [f.origin for f in failures] == ["stdin:2"]


def test_stdin_through_read_paths_reports_bad_lines():
    raw = io.BytesIO(b"\n" + JSONL_GOOD_1.encode() + b"\n{oops\n" + JSONL_GOOD_2.encode() + b"\n")
    articles, failures = split(read_paths(["-"], stdin=io.TextIOWrapper(raw, encoding="utf-8")))
    assert [a.origin for a in articles] == ["stdin:2", "stdin:4"]
    assert [f.origin for f in failures] == ["stdin:3"]


def test_unparseable_published_keeps_the_article_without_a_date(tmp_path):
    from datetime import date

    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "d", "published": "sometime soon", "text": "Protest in Lorun."}\n', encoding="utf-8")
    items = list(read_paths([str(path)], published=date(2020, 1, 1)))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].published is None


def test_bad_feed_entry_is_one_failure(tmp_path):
    path = tmp_path / "feed.rss"
    shutil.copy(FIXTURES / "ministry_feed.rss", path)
    text = path.read_text(encoding="utf-8").replace(
        "<item>\n<title>Minister", "<item><title>Empty entry</title><description></description></item>\n<item>\n<title>Minister", 1
    )
    path.write_text(text, encoding="utf-8")
    articles, failures = split(read_paths([str(path)]))
    assert len(articles) == 2
    assert [(f.origin, f.reason) for f in failures] == [(f"{path}:2", "feed entry has no content or summary")]


def test_damaged_gzip_jsonl_keeps_what_came_before(tmp_path):
    import gzip

    data = gzip.compress((JSONL_GOOD_1 + "\n").encode() * 3000)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, failures = split(read_paths([str(path)]))
    assert len(articles) > 0
    assert [f.origin for f in failures] == [str(path)]
    assert "gzip" in failures[0].reason
