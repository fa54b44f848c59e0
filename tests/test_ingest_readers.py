"""Readers: every format as a stream of records; a bad record never stops the stream."""

from __future__ import annotations

from pathlib import Path

import pytest

from rightsradar.errors import InputError
from rightsradar.ingest.readers import detect_format, iter_records

DATA = Path(__file__).parent / "data" / "ingest"
HRDS_DEV = Path("/work/shared/data/hrdsattack/dev.json")


def test_readers_jsonl_reads_articles_and_skips_blank_lines() -> None:
    records = list(iter_records(str(DATA / "articles.jsonl")))
    assert [r.position for r in records] == [1, 2, 4]
    assert all(r.error is None for r in records)
    assert records[0].article is not None and records[0].article.source == "Example News"


def test_readers_jsonl_malformed_lines_are_records_with_file_line_and_field() -> None:
    records = list(iter_records(str(DATA / "malformed.jsonl")))
    good = [r.article.id for r in records if r.article]
    bad = {r.position: r.error for r in records if r.error}
    assert good == ["m1", "m6"]
    assert bad[2] is not None and bad[2].code == "E101"
    assert bad[3] is not None and (bad[3].code, bad[3].field) == ("E102", "text")
    assert bad[5] is not None and bad[5].field == "published"
    for err in bad.values():
        assert err is not None and err.file and err.file.endswith("malformed.jsonl")
        assert str(err.line) in str(err)


@pytest.mark.parametrize(
    ("location", "head", "expected"),
    [
        ("a.jsonl", b"", "jsonl"),
        ("a.csv", b"", "csv"),
        ("a.rss", b"", "feed"),
        ("page.htm", b"", "html"),
        ("x.json", b'[{"sample": {}}]', "hrdsattack"),
        ("noext", b'{"id": 1, "text": "t"}\n', "jsonl"),
        ("noext", b"id,title,body\n1,a,b\n", "csv"),
        ("noext", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("noext", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("noext", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("https://example.org/feed?x=1", b"<rss>", "feed"),
    ],
)
def test_readers_detect_format(location: str, head: bytes, expected: str) -> None:
    assert detect_format(location, head) == expected


def test_readers_detect_format_unknown_is_e104() -> None:
    with pytest.raises(InputError) as exc:
        detect_format("mystery.bin", b"\x00\x01")
    assert exc.value.code == "E104"


def test_readers_missing_file_is_e103(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        list(iter_records(str(tmp_path / "nope.jsonl")))
    assert exc.value.code == "E103"


@pytest.mark.skipif(not HRDS_DEV.exists(), reason="benchmark data not available")
def test_readers_hrdsattack_reads_benchmark_items() -> None:
    records = list(iter_records(str(HRDS_DEV)))
    assert records and all(r.article for r in records)
    assert records[0].position == 1


def test_readers_hrdsattack_bad_item_is_e108(tmp_path: Path) -> None:
    path = tmp_path / "h.json"
    path.write_text(
        '[{"sample": {"Input.article_interface": "<p>A fictional defender was detained.</p>",'
        ' "Input.GLOBALEVENTID": 7}}, {"nosample": 1}]'
    )
    records = list(iter_records(str(path)))
    assert records[0].article is not None and records[0].article.id == "7"
    assert records[1].error is not None and records[1].error.code == "E108"
    assert records[1].error.line == 2
