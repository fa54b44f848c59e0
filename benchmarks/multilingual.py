"""Extraction quality per language: the hand-annotated es/fr/pt sets and the demo corpus.

Usage::

    .venv/bin/python benchmarks/multilingual.py [--model NAME] [--json] [--no-demo] [--data DIR]
        [--as-received KIND]

For each annotated file in ``benchmarks/data/multilingual/`` and for each language of the
demo corpus (generated with seed 7 into a temporary directory), it runs the extractor and
scores it with ``rightsradar.evaluate.extraction.score``. Relevance is scored over every
article; the other fields over the articles gold marks relevant. Place and date accuracies
use the *plain* rule (an empty prediction for an empty gold value counts as right), because
gold leaves city or day empty where the article does not say; ``--json`` gives both rules.
``--as-received`` scores the texts as reports often arrive instead (hard-wrapped at 72
characters as copies from PDF or e-mail are, with no-break spaces, without a title field,
with the title in capitals, with a web page's soft hyphens or zero-width spaces, with
accents as characters of their own, or with the outlet's name in the title and the source
and URL that give it): the figures should not move.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import textwrap
import time
import unicodedata
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from rightsradar import registry
from rightsradar.domain import Article
from rightsradar.evaluate.extraction import Report, load_gold, score
from rightsradar.evaluate.records import GoldRecord

DATA_DIR = Path(__file__).resolve().parent / "data" / "multilingual"
LANGUAGES = ("en", "es", "fr", "pt")  # en: the English news set (benchmarks/data/english-news)
DEFAULT_MODEL = "extract.pipeline.rules.v1"
BATCH = 64
COLUMNS = (
    ("n", "n"), ("rel_p", "rel P"), ("rel_r", "rel R"), ("rel_f1", "rel F1"),
    ("viol_f1", "viol F1"), ("victim_name_fuzzy_f1", "names"), ("victim_type", "vic type"),
    ("victim_sex", "vic sex"), ("country", "country"),
    ("region", "region"), ("city", "city"), ("year", "year"), ("month", "month"),
    ("day", "day"),
)  # fmt: skip


def load_articles(path: Path) -> list[Article]:
    """Articles of an Article JSONL file (label fields, if any, are ignored)."""
    with path.open(encoding="utf-8") as fh:
        return [Article(**json.loads(line)) for line in fh if line.strip()]


def hard_wrap(text: str, width: int = 72) -> str:
    """``text`` with each of its lines broken at ``width`` characters."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width, break_on_hyphens=False)) or line
        for line in text.split("\n")
    )


def hyphenated_wrap(text: str, width: int = 72) -> str:
    """``text`` broken at ``width`` as typeset text (a PDF) breaks it: a word that does not
    fit is cut with a hyphen where the line has room for three letters or more of it (a
    compound at its own hyphen), keeping three letters or more on the next line."""
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            room = width - len(line) - (1 if line else 0)
            if len(word) <= room:
                line = f"{line} {word}" if line else word
                continue
            cut = word.rfind("-", 0, room) + 1 if "-" in word[:room] else 0
            if not cut and word.isalpha() and len(word) >= 8 and room >= 4:
                cut = min(room - 1, len(word) - 3)
                cut = cut if cut >= 3 else 0
            if cut:
                head = word[:cut] if word[cut - 1] == "-" else word[:cut] + "-"
                out.append(f"{line} {head}" if line else head)
                line = word[cut:]
            else:
                if line:
                    out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)


# A word of eight letters or more, cut after its fourth.
_LONG_WORD = re.compile(r"\b(\w{4})(\w{4,})")
_WORD_END = re.compile(r"(\w)( )")


def _zero_width(text: str) -> str:
    """A byte-order mark first and a zero-width space after every third word's end."""
    n = iter(range(1, 1 << 30))
    every_third = lambda m: m[1] + ("\u200b" if next(n) % 3 == 0 else "") + m[2]  # noqa: E731
    return "\ufeff" + _WORD_END.sub(every_third, text)


# Outlets whose names end (or, one time in four, open) a title as web pages write it, with
# the source and URL an article from them carries. Some read as places or people.
OUTLETS = (
    "Kashmir Reader", "Mission City Record", "Channels Television", "Meduza", "Ya Libnan",
    "Daily Monitor", "Premium Times", "La Jornada", "El Tiempo", "Le Monde",
    "Folha de S.Paulo", "Jeune Afrique", "Radio Okapi", "Rappler", "Dawn",
    "The Kathmandu Post", "Mail & Guardian", "Prensa Libre", "Correio Braziliense",
)  # fmt: skip


def _with_outlet(a: Article) -> dict[str, Any]:
    k = zlib.crc32(a.id.encode())
    outlet = OUTLETS[k % len(OUTLETS)]
    host = re.sub(r"[\W_]+", "", outlet.lower())
    title = f"{outlet} – {a.title}" if k % 4 == 0 else f"{a.title} – {outlet}"
    return {"title": title, "source": outlet, "url": f"https://www.{host}.com/news/{a.id}"}


def _both(fn: Any) -> Any:
    """A change of one string made to the title and the text."""
    return lambda a: {"title": fn(a.title), "text": fn(a.text)}


# How reports really arrive, against the clean copies the sets hold: the figures should not
# move. Article -> the fields as received ("no-break-spaces": every space of the title, and
# each space of the text at a character position divisible by five; "soft-hyphens": a page's
# hyphenation points, one in every word of eight letters or more; "decomposed": an accent
# as its own character, as some systems write it; "outlet-in-title": the outlet's name in
# the title, its source and URL given; "hyphenated": wrapped at 72 as a PDF typesets it,
# words broken with a hyphen at line ends; "double-spaces": two spaces after every word).
AS_RECEIVED = {
    "wrapped": lambda a: {"text": hard_wrap(a.text)},
    "hyphenated": lambda a: {"text": hyphenated_wrap(a.text)},
    "double-spaces": _both(lambda t: _WORD_END.sub(lambda m: m[1] + "  ", t)),
    "no-break-spaces": lambda a: {
        "title": a.title.replace(" ", "\u00a0"),
        "text": "".join("\u00a0" if c == " " and i % 5 == 0 else c for i, c in enumerate(a.text)),
    },
    "no-title": lambda a: {"title": "", "text": f"{a.title}\n\n{a.text}"},
    "title-in-capitals": lambda a: {"title": a.title.upper()},
    "soft-hyphens": _both(lambda t: _LONG_WORD.sub("\\1\u00ad\\2", t)),
    "zero-width": _both(_zero_width),
    "decomposed": _both(lambda t: unicodedata.normalize("NFD", t)),
    "outlet-in-title": _with_outlet,
}


def as_received(articles: list[Article], how: str | None) -> list[Article]:
    """The articles as ``how`` (a key of ``AS_RECEIVED``) delivers them; None: as they are."""
    if how is None:
        return articles
    # Validated again, as ingest validates what it receives.
    return [Article.model_validate({**a.model_dump(), **AS_RECEIVED[how](a)}) for a in articles]


def predict(extractor: Any, articles: list[Article]) -> dict[str, dict[str, Any]]:
    """Prediction JSONL records by id."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(articles), BATCH):
        for ex in extractor.predict(articles[i : i + BATCH]):
            out[ex.id] = ex.to_prediction()
    return out


def summary(rep: Report, n_relevant: int) -> dict[str, Any]:
    """The table's figures (percent) of one report, plus both place/date rules."""
    rel = rep.relevance
    row: dict[str, Any] = {
        "n": rep.n_gold,
        "n_relevant": n_relevant,
        "rel_p": rel.precision if rel else None,
        "rel_r": rel.recall if rel else None,
        "rel_f1": rel.f1 if rel else None,
        "viol_f1": rep.violation_types.f1,
        "victim_type": rep.victim_attributes["type"].value,
        "victim_type_n": rep.victim_attributes["type"].n,
        "victim_sex": rep.victim_attributes["sex"].value,
        "victim_name_fuzzy_f1": rep.victim_names["fuzzy"].f1,
    }
    for k, accs in {**rep.places, **rep.dates}.items():
        row[k] = accs["plain"].value
        row[f"{k}_paper"] = accs["paper"].value
    return {k: round(100 * v, 1) if isinstance(v, float) else v for k, v in row.items()}


def evaluate(extractor: Any, articles: list[Article], gold: list[GoldRecord]) -> dict[str, Any]:
    """Score one set; the summary row of the table."""
    preds = predict(extractor, articles)
    return summary(score(gold, preds), sum(1 for g in gold if g.relevant))


def demo_sets(seed: int = 7) -> dict[str, tuple[list[Article], list[GoldRecord]]]:
    """The demo corpus split by article language: {lang: (articles, gold)}."""
    from rightsradar.demo.generator import generate

    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp), seed=seed)
        articles = load_articles(paths.articles)
        gold = {g.id: g for g in load_gold(paths.gold)}
    by_lang: dict[str, tuple[list[Article], list[GoldRecord]]] = defaultdict(lambda: ([], []))
    for a in articles:
        arts, golds = by_lang[a.language or "?"]
        arts.append(a)
        golds.append(gold[a.id])
    return dict(sorted(by_lang.items()))


def run(
    model: str, *, demo: bool = True, data_dir: Path = DATA_DIR, received: str | None = None
) -> dict[str, Any]:
    """Every set's summary row, keyed ``"<lang>"`` (annotated) or ``"demo-<lang>"``; with
    ``received``, of the articles as that key of ``AS_RECEIVED`` delivers them."""
    extractor = registry.create(model)
    results: dict[str, Any] = {}
    for lang in LANGUAGES:
        path = data_dir / f"{lang}.jsonl"
        if not path.exists():
            continue
        articles = as_received(load_articles(path), received)
        results[lang] = evaluate(extractor, articles, load_gold(path))
    if demo:
        for lang, (articles, gold) in demo_sets().items():
            results[f"demo-{lang}"] = evaluate(extractor, as_received(articles, received), gold)
    return results


def table(results: dict[str, Any]) -> str:
    """A fixed-width text table of the summary rows."""
    head = f"{'set':<10}" + "".join(f"{title:>9}" for _, title in COLUMNS)
    lines = [head, "-" * len(head)]
    for name, row in results.items():
        cells = "".join(f"{'-' if row[k] is None else row[k]:>9}" for k, _ in COLUMNS)
        lines.append(f"{name:<10}{cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL, help="registry name of the extractor")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo corpus")
    parser.add_argument(
        "--data",
        type=Path,
        default=DATA_DIR,
        help="folder of annotated sets named en.jsonl, es.jsonl, fr.jsonl, pt.jsonl "
        "(default: ours)",
    )
    parser.add_argument(
        "--as-received",
        choices=sorted(AS_RECEIVED),
        default=None,
        help="score the texts as reports often arrive (see AS_RECEIVED): hard-wrapped, "
        "with words broken at line ends, no-break spaces, runs of spaces, soft hyphens, "
        "zero-width spaces or decomposed accents, without a title field, with the title in "
        "capitals or the outlet's name in it",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = run(args.model, demo=not args.no_demo, data_dir=args.data, received=args.as_received)
    if args.json:
        print(json.dumps({"model": args.model, "results": results}, indent=2))
    else:
        print(
            f"model: {args.model}  (percent; places and dates: plain accuracy, "
            "empty gold + empty prediction = right; fields over gold-relevant articles)"
        )
        print(table(results))
        print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
