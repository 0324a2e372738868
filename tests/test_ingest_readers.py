"""Every input format, read from fixtures written for the purpose."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.ingest import read_jsonl, read_paths
from tidings.records import Article, IngestFailure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read(*paths, **options) -> list[Article | IngestFailure]:
    return list(read_paths([str(p) for p in paths], **options))


def articles(items) -> list[Article]:
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items if isinstance(i, IngestFailure)]
    return items


def test_text_file_title_is_first_line_and_stays_in_text():
    (article,) = articles(read(FIXTURES / "flood_relief.txt"))
    assert article.title == "Aid convoys reach flooded districts in the Marren valley"
    assert article.text.startswith(article.title + "\n\n")
    assert "Disclaimer" not in article.text
    assert "Share this article" not in article.text
    assert "Follow us" not in article.text
    assert "asked residents to follow the instructions" in article.text
    assert article.origin == str(FIXTURES / "flood_relief.txt")
    assert article.published is None


def test_text_first_line_with_full_stop_is_not_a_title(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Rebels shelled the airport on Sunday.\n\nNo one was hurt.\n", encoding="utf-8")
    (article,) = articles(read(path))
    assert article.title == ""


def test_options_fill_only_what_the_item_lacks():
    (txt,) = articles(read(FIXTURES / "flood_relief.txt", published=date(2023, 7, 1), source="Valley Post"))
    assert (txt.published, txt.source) == (date(2023, 7, 1), "Valley Post")
    (page,) = articles(read(FIXTURES / "harbour_strike.html", published=date(2000, 1, 1), source="Other"))
    assert (page.published, page.source) == (date(2023, 3, 14), "The Coastal Ledger")


def test_html_page_main_text_and_metadata():
    (article,) = articles(read(FIXTURES / "harbour_strike.html"))
    assert article.title == "Dock workers strike shuts Port Valen"
    assert article.author == "Mira Oduya"
    assert article.url == "https://ledger.example.org/news/2023/03/14/dock-strike"
    assert article.published == date(2023, 3, 14)
    assert "Police detained 14 people" in article.text
    assert "workers would share any offer" in article.text
    for furniture in ("Sport", "cookies", "Share this article", "Advertisement", "Read more", "Follow us", "subscribe", "rights reserved"):
        assert furniture not in article.text


def test_rss_entries_are_articles():
    first, second = articles(read(FIXTURES / "ministry_feed.rss"))
    origin = str(FIXTURES / "ministry_feed.rss")
    assert (first.origin, second.origin) == (f"{origin}:1", f"{origin}:2")
    assert first.title == "Opposition rally fills central square in Dorvik"
    assert first.published == date(2023, 6, 2)
    assert first.url == "https://gazette.example.net/world/dorvik-rally"
    assert first.source == "Northern Gazette - World"
    assert first.author == "Lena Varga"
    assert first.text.startswith("Tens of thousands of opposition supporters")
    assert "<p>" not in first.text and "Share this article" not in first.text
    assert "killing nine people" in second.text


def test_atom_entries_prefer_content_and_their_own_date():
    first, second = articles(read(FIXTURES / "border_talks.atom"))
    assert first.published == date(2023, 9, 19)
    assert "Kessa border post" in first.text  # from <content>, not the shorter <summary>
    assert "Advertisement" not in first.text
    assert first.author == "Arif Demirel"
    assert second.published == date(2023, 9, 18)  # only <updated> given
    assert second.text.startswith("Authorities in Sarny")


def test_jsonl_lines_are_articles():
    path = FIXTURES / "articles.jsonl"
    one, two, three = articles(read(path))
    assert [a.origin for a in (one, two, three)] == [f"{path}:{n}" for n in (1, 2, 3)]
    assert [a.external_id for a in (one, two, three)] == ["wire-001", "wire-002", "3"]
    assert one.source == "Eastern Wire" and one.published == date(2023, 5, 8)
    assert two.published == date(2023, 5, 9)
    assert two.text == (
        "Police in Belsk arrested 12 people on Tuesday as officers cleared the highway blockade.\n\n"
        "Two farmers were treated in hospital for minor injuries, a health official said."
    )
    assert three.published == date(2023, 5, 9)


def test_read_jsonl_on_a_text_stream():
    stream = io.StringIO('{"id": "a", "text": "Clashes broke out in Lorun."}\n\n{"id": "b", "text": "Talks resumed."}\n')
    items = articles(list(read_jsonl(stream, "stdin", published=date(2023, 1, 2), source="Desk")))
    assert [(a.origin, a.external_id) for a in items] == [("stdin:1", "a"), ("stdin:3", "b")]
    assert all(a.published == date(2023, 1, 2) and a.source == "Desk" for a in items)


def test_jsonl_publication_date_under_other_field_names():
    lines = [
        '{"id": "a", "text": "Miners marched in Oruvi.", "date": "2023-04-03"}',
        '{"id": "b", "text": "Miners marched in Oruvi.", "pubdate": "4 April 2023"}',
        '{"id": "c", "text": "Miners marched in Oruvi.", "published_at": "2023-04-05T08:00:00Z"}',
        '{"id": "d", "text": "Miners marched in Oruvi.", "published": "2023-04-06", "date": "2020-01-01"}',
        '{"id": "e", "text": "Miners marched in Oruvi.", "date": "not a date"}',
    ]
    stream = io.StringIO("\n".join(lines) + "\n")
    items = articles(list(read_jsonl(stream, "stdin", published=date(2023, 1, 2))))
    assert [a.published for a in items] == [
        date(2023, 4, 3), date(2023, 4, 4), date(2023, 4, 5), date(2023, 4, 6), None,
    ]


def test_stdin_jsonl_and_plain_text():
    jsonl = io.StringIO('\n{"id": "s1", "text": "Strikers marched in Belsk."}\n')
    (article,) = articles(read("-", stdin=jsonl))
    assert (article.origin, article.external_id) == ("stdin:2", "s1")

    plain = io.StringIO("Curfew imposed in Sarny\n\nAuthorities imposed a curfew on Friday.\n")
    (article,) = articles(read("-", stdin=plain))
    assert (article.origin, article.title) == ("stdin", "Curfew imposed in Sarny")


def _write_warc(path: Path, *, gzip: bool) -> None:
    page = (
        "<html><head><title>Mine blast kills miners</title></head><body>"
        "<nav>Home | World | Business</nav><article><h1>Mine blast kills miners</h1>"
        "<p>An explosion at a coal mine near Tarsk killed seven miners on Wednesday and trapped several more "
        "underground, the regional emergency service said in a statement.</p>"
        "<p>Rescue teams were working through the night to reach the trapped men, officials told reporters, "
        "and the mine's owner said an inquiry had been opened into the cause.</p>"
        "</article><footer>© 2024 Tarsk Daily</footer></body></html>"
    ).encode("utf-8")
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tidings tests"}))
        writer.write_record(writer.create_warc_record("https://tarsk.example/mine", "request", payload=io.BytesIO(b"GET /mine HTTP/1.1\r\n\r\n")))
        writer.write_record(_response(writer, "https://tarsk.example/mine", "200 OK", "text/html; charset=utf-8", page))
        writer.write_record(_response(writer, "https://tarsk.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"))
        writer.write_record(_response(writer, "https://tarsk.example/old", "301 Moved Permanently", "text/html", b""))


def _response(writer: WARCWriter, url: str, status: str, content_type: str, body: bytes):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_only(tmp_path, name, gzip):
    path = tmp_path / name
    _write_warc(path, gzip=gzip)
    (article,) = articles(read(path))
    assert article.origin == f"{path}:3"  # warcinfo, request, then the page
    assert article.url == "https://tarsk.example/mine"
    assert article.title == "Mine blast kills miners"
    assert "killed seven miners" in article.text
    assert "Home | World" not in article.text and "Tarsk Daily" not in article.text


def test_folder_recursion_sorted_skipping_hidden(tmp_path):
    shutil.copy(FIXTURES / "flood_relief.txt", tmp_path / "b.txt")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "c.txt").write_text("Riot police fired tear gas in Belsk on Monday.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Parliament was dissolved on Friday.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not an article.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Not an article either.", encoding="utf-8")
    items = articles(read(tmp_path))
    assert [Path(a.origin).relative_to(tmp_path).as_posix() for a in items] == ["a.txt", "b.txt", "sub/deeper/c.txt"]


def test_sniffing_reads_files_without_an_extension(tmp_path):
    shutil.copy(FIXTURES / "harbour_strike.html", tmp_path / "page")
    shutil.copy(FIXTURES / "ministry_feed.rss", tmp_path / "feed")
    shutil.copy(FIXTURES / "articles.jsonl", tmp_path / "lines")
    (tmp_path / "note").write_text("Ceasefire agreed in Kessa on Sunday.", encoding="utf-8")
    _write_warc(tmp_path / "crawl", gzip=True)
    items = articles(read(*(tmp_path / n for n in ("page", "feed", "lines", "note", "crawl"))))
    assert [Path(a.origin).name.split(":")[0] for a in items] == ["page", "feed", "feed", "lines", "lines", "lines", "note", "crawl"]
    assert items[0].title == "Dock workers strike shuts Port Valen"


def test_json_document_with_a_list(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text('[{"id": 1, "text": "Troops left Dorvik."}, {"id": 2, "text": "Talks began."}]', encoding="utf-8")
    items = articles(read(path))
    assert [(a.origin, a.external_id) for a in items] == [(f"{path}:1", "1"), (f"{path}:2", "2")]


def test_cp1252_file_is_decoded(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("The mayor’s office said 3 people died — police confirmed.".encode("cp1252"))
    (article,) = articles(read(path))
    assert article.text == "The mayor’s office said 3 people died — police confirmed."


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffStrike ends at Port Valen.".encode("utf-8"))
    (article,) = articles(read(path))
    assert article.text == "Strike ends at Port Valen."


def test_stdin_plain_text_from_a_byte_stream():
    raw = io.BytesIO("Curfew imposed in Sarny\n\nThe mayor’s office announced it.\n".encode("cp1252"))
    (article,) = articles(read("-", stdin=io.TextIOWrapper(raw, encoding="utf-8")))
    assert article.origin == "stdin"
    assert article.text.endswith("The mayor’s office announced it.")


def test_gzipped_jsonl_by_extension_and_by_sniffing(tmp_path):
    import gzip

    data = (FIXTURES / "articles.jsonl").read_bytes()
    named = tmp_path / "batch.jsonl.gz"
    named.write_bytes(gzip.compress(data))
    bare = tmp_path / "batch"
    bare.write_bytes(gzip.compress(data))
    plain = articles(read(FIXTURES / "articles.jsonl"))
    for path in (named, bare):
        items = articles(read(path))
        assert [a.id for a in items] == [a.id for a in plain]
        assert items[0].origin == f"{path}:1"


def test_a_single_path_string_is_one_path():
    items = articles(list(read_paths(str(FIXTURES / "flood_relief.txt"))))
    assert len(items) == 1


def test_html_declared_charset_is_honoured(tmp_path):
    body = "<p>Полиция задержала 12 человек в Алматы в четверг, сообщили власти города.</p>" * 3
    page = f'<html><head><meta charset="windows-1251"><title>Задержания</title></head><body><article>{body}</article></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    (article,) = articles(read(path))
    assert "Полиция задержала 12 человек" in article.text


def test_check_command_counts_and_exit_status(capsys):
    from tidings.ingest.__main__ import main

    assert main([str(FIXTURES / "ministry_feed.rss")]) == 0
    assert capsys.readouterr().out.startswith("2 articles (2 distinct ids")
    assert main([str(FIXTURES / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
