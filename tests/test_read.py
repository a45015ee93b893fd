"""Reading inputs: text, HTML, folders and JSON Lines, with errors that name the file."""

from __future__ import annotations

from datetime import date

import pytest

from geostrike.exceptions import ArticleError
from geostrike.read import html_to_text, read_articles


def test_folder_of_text_markdown_and_html(tmp_path):
    (tmp_path / "a.txt").write_text("Drones hit Kursk.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nShelling in Kherson.", encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><head><script>var x=1;</script></head><body><p>Missiles hit "
                                     "<b>Odesa</b>.</p><style>p{}</style></body></html>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    arts = {a.id: a for a in read_articles([tmp_path])}
    assert set(arts) == {"a", "b", "c"}
    assert arts["c"].text == "Missiles hit Odesa."


def test_jsonl_metadata(tmp_path):
    p = tmp_path / "n.jsonl"
    p.write_text('{"id": 7, "text": "Drones hit Kursk.", "published": "2024-01-03", "title": "T", "extra": 1}\n\n',
                 encoding="utf-8")
    (a,) = read_articles([p])
    assert a.id == "7" and a.published == date(2024, 1, 3) and a.title == "T"


@pytest.mark.parametrize("line,message", [
    ('{"id": 1, "text": "ok"}\n{"id": 2, "text": ', r"n\.jsonl, line 2: invalid JSON"),
    ('{"id": 1}\n', r"n\.jsonl, line 1: needs an object with 'id' and 'text'"),
    ('{"id": 1, "text": "x", "published": "yesterday"}\n', r"line 1: 'published' 'yesterday' is not an ISO date"),
])
def test_broken_jsonl_lines_are_reported_with_their_number(tmp_path, line, message):
    p = tmp_path / "n.jsonl"
    p.write_text(line, encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        list(read_articles([p]))


def test_empty_and_binary_files_fail_and_other_encodings_are_decoded(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    for name, message in [("empty.txt", "empty file"), ("bin.txt", "looks binary")]:
        with pytest.raises(ArticleError, match=f"{name}: {message}"):
            list(read_articles([tmp_path / name]))
    (tmp_path / "latin.txt").write_bytes("Russian drones struck Kharkiv, the café owner said.".encode("latin-1"))
    (a,) = read_articles([tmp_path / "latin.txt"])
    assert a.text == "Russian drones struck Kharkiv, the café owner said."


def test_missing_input(tmp_path):
    with pytest.raises(ArticleError, match="no such file or folder"):
        list(read_articles([tmp_path / "nope"]))


def test_html_block_elements_become_paragraphs():
    assert html_to_text("<h1>Strike</h1><p>One.</p><p>Two &amp; three.</p>") == "Strike\n\nOne.\n\nTwo & three."


def test_jsonl_text_may_contain_unicode_line_separators(tmp_path):
    p = tmp_path / "n.jsonl"
    p.write_text('{"id": "a", "text": "Drones hit Kursk.\u2028Then Oryol.\u0085"}\n', encoding="utf-8")
    (a,) = read_articles([p])
    assert a.text == "Drones hit Kursk.\u2028Then Oryol.\u0085"
