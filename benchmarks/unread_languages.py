"""Which articles the extractor marks as not read: those in languages it does not read only.

Usage::

    .venv/bin/python benchmarks/unread_languages.py

An article in a language the rules have no lexicons for (not en/es/fr/pt) gets
``"language_read": false`` instead of a reading that would call an attack "not relevant".
This prints, with every article's ``language`` field removed (as in a file or feed that
gives none):

- **read articles marked unread** (must be 0): every annotated en/es/fr/pt article of
  HRDsAttack train and dev and of ``benchmarks/data/*``, whole, title only, and the first
  200 and 40 characters of the text (a short alert or a headline);
- **other-language reports marked unread**: ``benchmarks/data/other-languages/`` (24 short
  attack reports in 12 languages: it, de, nl, tr, ru, uk, ar, id, sw, pl, ro, ca), and
  whether the language said is the right one; then each language's reports joined and
  repeated into one text of 150 words or more (the length at which a text with many
  function words of a read language is taken to be in it without the identifier);
- the time ``reading_language`` takes per article (median of 3 runs over the read set).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from rightsradar.domain import Article
from rightsradar.extract.base import READ_LANGUAGES
from rightsradar.extract.pipeline import reading_language
from rightsradar.ingest.readers import iter_records

BENCH = Path(__file__).resolve().parent
HRDS = BENCH.parent.parent / "shared" / "data" / "hrdsattack"
OTHER = BENCH / "data" / "other-languages" / "reports.jsonl"


def read_language_articles() -> list[tuple[str, str]]:
    """(title, text) of every annotated article in a language the extractor reads."""
    out = []
    for split in ("train", "dev"):
        path = HRDS / f"{split}.json"
        if path.exists():
            out += [(r.article.title, r.article.text) for r in iter_records(str(path)) if r.article]
    for path in sorted((BENCH / "data").glob("*/*.jsonl")):
        if path.parent == OTHER.parent:
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                out.append((rec.get("title") or "", rec["text"]))
    return out


def language_of(title: str, text: str) -> str:
    article = Article(id="x", title=title, text=text)
    return reading_language(article, article.full_text)


FORMS = {
    "whole": lambda title, text: (title, text),
    "title only": lambda title, text: ("", title),
    "first 200 characters": lambda title, text: ("", text[:200]),
    "first 40 characters": lambda title, text: ("", text[:40]),
}


def _print_said(said: list[tuple[str, str]]) -> None:
    n_unread = sum(got not in READ_LANGUAGES for _, got in said)
    n_right = sum(got == truth for truth, got in said)
    print(f"  marked unread {n_unread} of {len(said)}; language right {n_right}")
    for truth, got in said:
        if got != truth:
            print(f"    {truth} read as {got}")


def main() -> int:
    read = read_language_articles()
    print(f"Read-language articles: {len(read)}")
    for form, cut in FORMS.items():
        shown = [cut(title, text) for title, text in read]
        shown = [(t, x) for t, x in shown if x.strip()]
        wrong = Counter(language_of(t, x) for t, x in shown)
        unread = {k: n for k, n in wrong.items() if k not in READ_LANGUAGES}
        print(f"  {form:22s} marked unread {sum(unread.values())} of {len(shown)} {unread or ''}")
    reports = [json.loads(line) for line in OTHER.open(encoding="utf-8") if line.strip()]
    said = [(r["language"], language_of(r["title"], r["text"])) for r in reports]
    print(f"Other-language reports: {len(reports)}")
    _print_said(said)
    # A long article takes a shortcut (many function words of a read language: read in
    # it); each language's reports, joined and repeated to 150 words or more, test it.
    long_texts: dict[str, str] = {}
    for r in reports:
        long_texts[r["language"]] = long_texts.get(r["language"], "") + r["text"] + "\n\n"
    said = []
    for truth, text in long_texts.items():
        while len(text.split()) < 150:
            text += text
        said.append((truth, language_of("", text)))
    print(f"The same, one long text per language: {len(said)}")
    _print_said(said)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        for title, text in read:
            language_of(title, text)
        times.append((time.perf_counter() - started) / len(read) * 1000)
    print(f"reading_language: {statistics.median(times):.2f} ms per article (median of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
