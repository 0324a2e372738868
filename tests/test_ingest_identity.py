from __future__ import annotations

import re

from tidings.ingest import article_id

TEXT = "Troops withdrew from the city on Thursday, the ministry said.\n\nAt least 12 people were hurt."


def test_id_is_32_hex_digits():
    assert re.fullmatch(r"[0-9a-f]{32}", article_id(TEXT))


def test_whitespace_case_and_quotes_do_not_change_the_id():
    variant = "  TROOPS withdrew from the city   on Thursday, the ministry said.\nAt least 12 people were hurt.\n"
    assert article_id(variant) == article_id(TEXT)
    assert article_id("The ‘anti-terrorist’ “operation”") == article_id("The 'anti-terrorist' \"operation\"")


def test_different_text_gets_a_different_id():
    assert article_id(TEXT) != article_id(TEXT.replace("12", "13"))
    assert article_id(TEXT) != article_id(TEXT + " Two later died.")


def test_same_story_from_two_formats_gets_one_id(tmp_path):
    from tidings.ingest import read_paths

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    line = '{"id": "x", "text": "Troops withdrew from the city on Thursday, the ministry said.\\n\\nAt least 12 people were hurt.\\n\\nShare this article"}'
    (tmp_path / "b.jsonl").write_text(line + "\n", encoding="utf-8")
    first, second = read_paths([str(tmp_path)])
    assert first.id == second.id
