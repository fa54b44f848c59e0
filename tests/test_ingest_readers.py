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


def _read(name: str) -> tuple[list, dict]:
    records = list(iter_records(str(DATA / name)))
    errors = {r.position: r.error for r in records if r.error}
    return [r.article for r in records if r.article], errors


def test_readers_csv_maps_aliases_and_reports_bad_rows_with_line() -> None:
    articles, errors = _read("articles.csv")
    assert [a.id for a in articles] == ["c1", "c2", "c5"]
    first = articles[0]
    assert (first.title, first.url, first.source) == (
        "Union leader arrested",
        "https://press.example.org/c1",
        "Example Press",
    )
    assert first.published is not None and first.published.year == 2024
    assert '"day and night"' in articles[1].text
    assert set(errors) == {4, 5}
    assert all(e.code == "E106" for e in errors.values())
    assert errors[5].field == "published"


def test_readers_csv_without_id_column_uses_line_number(tmp_path: Path) -> None:
    path = tmp_path / "noid.csv"
    path.write_text("title\tcontent\nA\tA fictional union was banned.\n")
    records = list(iter_records(str(path)))
    assert records[0].article is not None and records[0].article.id == "2"


def test_readers_csv_without_text_column_is_e106(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,title\n1,x\n")
    with pytest.raises(InputError) as exc:
        list(iter_records(str(path)))
    assert (exc.value.code, exc.value.field) == ("E106", "text")


@pytest.mark.parametrize(
    ("name", "ids", "first_text"),
    [
        ("feed.rss", ["monitor-1", "monitor-2"], "A fictional human rights defender was detained"),
        ("feed.atom", ["urn:example:lw:1"], "An organiser of a fictional textile strike"),
    ],
)
def test_readers_feed_entries_become_articles_with_html_stripped(
    name: str, ids: list[str], first_text: str
) -> None:
    articles, _ = _read(name)
    assert [a.id for a in articles] == ids
    assert articles[0].text.startswith(first_text)
    assert "<" not in articles[0].text
    assert articles[0].published is not None and articles[0].url


def test_readers_feed_entry_without_content_is_e107_with_entry_number() -> None:
    _, errors = _read("feed.rss")
    assert errors[3] is not None and (errors[3].code, errors[3].line) == ("E107", 3)


def test_readers_feed_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.rss"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<rss><channel><title>x</title><item><title>&b;</title>"
        "<description>d</description></item></channel></rss>"
    )
    with pytest.raises(InputError) as exc:
        list(iter_records(str(path)))
    assert exc.value.code == "E107"


def test_readers_feed_external_entity_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-leak")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><title>x</title><item><title>t</title>"
        "<description>&x;</description></item></channel></rss>"
    )
    with pytest.raises(InputError) as exc:
        list(iter_records(str(path)))
    assert exc.value.code == "E107"


def test_readers_html_page_main_text_title_and_date() -> None:
    articles, errors = _read("page.html")
    assert not errors and len(articles) == 1
    page = articles[0]
    assert page.title == "Reporter assaulted while covering protest"
    assert page.text.startswith("A reporter for a fictional regional newspaper")
    assert "Subscribe" not in page.text and "Sports" not in page.text
    assert page.published is not None and page.published.date().isoformat() == "2024-04-20"


def test_readers_hrdsattack_sample_file() -> None:
    articles, errors = _read("hrdsattack_sample.json")
    assert [a.id for a in articles] == ["900001", "900003"]
    assert "teachers' union" in articles[1].text
    assert errors[2] is not None and errors[2].code == "E108"


def test_readers_format_option_overrides_extension(tmp_path: Path) -> None:
    path = tmp_path / "articles.txt"
    path.write_bytes((DATA / "articles.jsonl").read_bytes())
    assert len(list(iter_records(str(path), format="jsonl"))) == 3
    with pytest.raises(InputError) as exc:
        list(iter_records(str(path), format="yaml"))
    assert exc.value.code == "E104"


def test_readers_text_of_invisible_characters_only_is_an_error_naming_the_field(
    tmp_path: Path,
) -> None:
    # A page's layout characters (soft hyphens, zero-width spaces, a byte-order mark) are
    # dropped at ingest; a text of nothing else is as empty as "" and is refused, not stored.
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "ok", "text": "Jour\\u00adnalist\\u200b held in\\u2060 Lomé"}\n'
        '{"id": "blank", "text": "\\ufeff\\u00ad\\u200b "}\n',
        encoding="utf-8",
    )
    records = list(iter_records(str(path)))
    assert records[0].article is not None
    assert records[0].article.text == "Journalist held in Lomé"
    err = records[1].error
    assert err is not None and (err.code, err.field, err.line) == ("E102", "text", 2)
    assert "visible" in str(err)
