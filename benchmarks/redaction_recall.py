"""How many person names survive export redaction, and how much text it takes with them.

Usage::

    .venv/bin/python benchmarks/redaction_recall.py [--dev PATH] [--seed 7] [--no-demo]
        [--speed N] [--json]

The redactor is given neither the gold names nor the extractor's victim list: it sees a
text the way an export sees a title whose people nobody linked. Two settings:

- ``before``: what exports did before issue 7 closed for such a text (known names only,
  here none: only Presidio's pattern recognizers run);
- ``after``: ``every_name`` (the name finder, first names, honorific and role cues).

Corpora:

- the HRDsAttack dev split (gold victim names per article; title and article text
  redacted separately);
- the demo corpus, generated into a temporary directory, with the names its generator
  put in each article: the victims of a report (its gold), and for an irrelevant article
  every name made while writing it (shop owners, players, officials: recorded by wrapping
  ``demo.negatives``' name maker), so non-victims count too.

For each gold name, its occurrences are its full name and its surname alone (last word,
three letters or more), matched on folded text (accents ignored) where the text writes
them with a capital ("Rosa", not "rosa"; a name written in lower case is a known leak this
count does not see). ``survive`` is
the share of those occurrences still in the redacted text; ``words`` the share of the
name's word occurrences (any word of three letters or more) that survive, a stricter
count (a first name left beside a redacted surname counts). ``redacted`` is the share of
all word tokens that fall inside a redacted span (over-redaction included).

``--speed N`` times the analyst export (``web.exports.incident_rows``) of N incidents in a
temporary SQLite database, titles drawn from the demo corpus's reports with their
victims linked as the pipeline would link them (loading Presidio, the first-name lexicon
and the gazetteer included): the figure issue 7 asks to keep reasonable. It prints wall
and CPU seconds; on a busy machine compare CPU seconds. Names are never printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rightsradar.extract.geo import fold_same_length
from rightsradar.privacy.redact import Redactor

KEY = b"benchmark-redaction-key-32-bytes"
_WORD = re.compile(r"\w+")
SETTINGS = {"before": False, "after": True}


@dataclass
class Tally:
    """Occurrence counts of one corpus under one setting."""

    full: int = 0
    full_left: int = 0
    surname: int = 0
    surname_left: int = 0
    words: int = 0
    words_left: int = 0
    tokens: int = 0
    tokens_redacted: int = 0
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def summary(self) -> dict[str, Any]:
        occ, left = self.full + self.surname, self.full_left + self.surname_left
        return {
            "occurrences": occ,
            "survive": round(left / occ, 4) if occ else None,
            "full_survive": round(self.full_left / self.full, 4) if self.full else None,
            "surname_survive": (
                round(self.surname_left / self.surname, 4) if self.surname else None
            ),  # fmt: skip
            "words_survive": round(self.words_left / self.words, 4) if self.words else None,
            "redacted": round(self.tokens_redacted / self.tokens, 4) if self.tokens else None,
            "seconds": round(self.seconds, 2),
        }


def _fold(text: str) -> str:
    return fold_same_length(unicodedata.normalize("NFC", text))


def _count(folded: str, form: str, text: str) -> list[tuple[int, int]]:
    """Where ``form`` stands in ``folded``, written with a capital in ``text`` (a name, not
    the same word in lower case: "Rosa", not "rosa")."""
    if not form:
        return []
    return [(mt.start(), mt.end()) for mt in
            re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", folded)
            if text[mt.start()].isupper()]  # fmt: skip


def occurrences(text: str, names: Iterable[str]) -> tuple[int, int, int]:
    """(full-name, surname-alone, name-word) occurrences of ``names`` in ``text``."""
    text = unicodedata.normalize("NFC", text)
    folded = _fold(text)
    full = surname = words = 0
    taken: list[tuple[int, int]] = []
    forms = sorted({" ".join(_WORD.findall(_fold(n))) for n in names}, key=len, reverse=True)
    for form in forms:
        found = [s for s in _count(folded, form, text)
                 if not any(a <= s[0] < b for a, b in taken)]  # fmt: skip
        full += len(found)
        taken += found
    for form in forms:
        last = form.split(" ")[-1]
        if len(last) >= 3 and " " in form:
            surname += sum(1 for s in _count(folded, last, text)
                           if not any(a <= s[0] < b for a, b in taken))  # fmt: skip
    for word in {w for form in forms for w in form.split(" ") if len(w) >= 3}:
        words += len(_count(folded, word, text))
    return full, surname, words


def score_text(worker: Redactor, text: str, names: list[str], language: str) -> Tally:
    text = unicodedata.normalize("NFC", text)
    t = time.perf_counter()
    spans = worker.spans(text, language=language)
    out = worker.redact(text, language=language).text
    seconds = time.perf_counter() - t
    full, surname, words = occurrences(text, names)
    full_left, surname_left, words_left = occurrences(out, names)
    covered = [False] * len(text)
    for start, end, _, _ in spans:
        covered[start:end] = [True] * (end - start)
    tokens = [(mt.start(), mt.end()) for mt in _WORD.finditer(text)]
    redacted = sum(1 for a, b in tokens if any(covered[a:b]))
    return Tally(full, full_left, surname, surname_left, words, words_left, len(tokens),
                 redacted, seconds)  # fmt: skip


def score_corpus(docs: list[tuple[str, list[str], str]]) -> dict[str, dict[str, Any]]:
    """docs: (text, gold names, language) → per setting, the corpus's summary."""
    out = {}
    for label, every in SETTINGS.items():
        worker = Redactor((), key=KEY, every_name=every)
        total = Tally()
        for text, names, language in docs:
            total.add(score_text(worker, text, names, language))
        out[label] = total.summary()
    return out


# -- corpora ----------------------------------------------------------------------------------
def hrdsattack_docs(path: Path) -> tuple[list, list]:
    """(titles, texts) of the dev split, each with the article's gold victim names."""
    from rightsradar.ingest.hrdsattack import html_paragraphs_to_text

    titles, texts = [], []
    for item in json.loads(path.read_text(encoding="utf-8")):
        sample, gold = item["sample"], item.get("merged_sample") or {}
        names = [v["victim_name"] for v in gold.get("victims") or []
                 if v.get("victim_name") and v["victim_name"].strip().lower() not in
                 ("none", "null", "unknown", "n/a")]  # fmt: skip
        titles.append((sample["Input.title"] or "", names, "en"))
        texts.append((html_paragraphs_to_text(sample["Input.article_interface"] or ""), names,
                      "en"))  # fmt: skip
    return titles, texts


def demo_docs(seed: int, out_dir: Path) -> tuple[list, list]:
    """(titles, texts) of the demo corpus, each with the names its generator put in it:
    the victims of a report (as written, from the gold), and every name made while an
    irrelevant article was written (shop owners, players, candidates, officials)."""
    from rightsradar.demo import generator, negatives

    made: list[str] = []
    real_name, real_negative = negatives.make_name, generator.negative
    by_article: dict[tuple[str, str], list[str]] = {}

    def recording_name(*args: Any, **kwargs: Any) -> tuple[list[str], list[str]]:
        given, surnames = real_name(*args, **kwargs)
        made.append(" ".join(given + surnames))
        return given, surnames

    def recording_negative(*args: Any, **kwargs: Any) -> Any:
        made.clear()
        draft = real_negative(*args, **kwargs)
        by_article[(draft.title, draft.text)] = [*made, *negatives.SURNAMES_EN]
        return draft

    negatives.make_name = recording_name  # type: ignore[attr-defined]
    generator.negative = recording_negative  # type: ignore[attr-defined]
    try:
        paths = generator.generate(out_dir, seed=seed)
    finally:
        negatives.make_name = real_name  # type: ignore[attr-defined]
        generator.negative = real_negative  # type: ignore[attr-defined]
    gold = {g["id"]: g for g in map(json.loads, paths.gold.open(encoding="utf-8"))}
    titles, texts = [], []
    with paths.articles.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            names = by_article.get((art["title"], art["text"]))
            if names is None:
                names = [v["name"] for v in gold[art["id"]]["victims"] if v.get("name")]
            language = art.get("language") or "en"
            titles.append((art["title"], names, language))
            texts.append((art["text"], names, language))
    return titles, texts


# -- speed ------------------------------------------------------------------------------------
def export_speed(n: int, seed: int, work: Path) -> dict[str, Any]:
    """Seconds for the analyst export of ``n`` incidents (titles from the demo corpus,
    victims linked), and the share of titles changed by redaction."""
    from datetime import date

    from rightsradar.demo.generator import generate
    from rightsradar.store import models as m
    from rightsradar.store import open_store, queries
    from rightsradar.web.exports import incident_rows

    paths = generate(work / "corpus", seed=seed)
    arts = [json.loads(line) for line in paths.articles.open(encoding="utf-8")]
    gold = {g["id"]: g for g in map(json.loads, paths.gold.open(encoding="utf-8"))}
    arts = [a for a in arts if gold[a["id"]]["relevant"]]
    store = open_store(f"sqlite:///{work / 'speed.db'}", upgrade=True)
    with store.session() as s:
        for i in range(n):
            art = arts[i % len(arts)]
            inc = m.Incident(title=art["title"], status="verified", country="Colombia",
                             city="Bogotá", event_date=date(2025, 1, 1 + i % 28),
                             violation_types=["other"], most_serious="other",
                             n_sources=1)  # fmt: skip
            article = m.Article(external_id=f"s{i}", title=art["title"], text="",
                                content_hash=f"s{i}", language=art["language"],
                                incident=inc)  # fmt: skip
            victims = [v["name"] for v in gold[art["id"]]["victims"] if v.get("name")]
            s.add(m.Extraction(article=article, model="bench", relevant=True, victims=[
                m.VictimMention(name=v, groups=["journalist"]) for v in victims]))  # fmt: skip
            s.add(inc)
    with store.session() as s:
        t, cpu = time.perf_counter(), time.process_time()
        rows = incident_rows(s, queries.IncidentFilter(), analyst=True, key=KEY)
        seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    store.dispose()
    # Incident ids follow the order they were added in: id i has the title of arts[i - 1].
    changed = sum(1 for r in rows if r["title"] != arts[(r["id"] - 1) % len(arts)]["title"])
    return {
        "incidents": len(rows),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "titles_changed": round(changed / len(rows), 4) if rows else None,
    }


def _print(name: str, result: dict[str, dict[str, Any]], write: Callable[[str], Any]) -> None:
    for label, r in result.items():
        write(
            f"{name:<22} {label:<7} occurrences {r['occurrences']:>5}  survive "
            f"{r['survive']:.3f} (full {r['full_survive']}, surname {r['surname_survive']}, "
            f"words {r['words_survive']})  tokens redacted {r['redacted']:.3f}  "
            f"{r['seconds']:.1f} s\n"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "data"
                        / "hrdsattack" / "dev.json")  # fmt: skip
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--no-dev", action="store_true")
    parser.add_argument("--speed", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    if not args.no_dev:
        titles, texts = hrdsattack_docs(args.dev)
        results["hrdsattack-dev titles"] = score_corpus(titles)
        results["hrdsattack-dev texts"] = score_corpus(texts)
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_demo:
            titles, texts = demo_docs(args.seed, Path(tmp) / "demo")
            results[f"demo-{args.seed} titles"] = score_corpus(titles)
            results[f"demo-{args.seed} texts"] = score_corpus(texts)
        if args.speed:
            results["export speed"] = export_speed(args.speed, args.seed, Path(tmp))
    if args.json:
        sys.stdout.write(json.dumps(results, indent=2) + "\n")
        return 0
    for name, result in results.items():
        if name == "export speed":
            sys.stdout.write(
                f"export of {result['incidents']} incidents: {result['seconds']} s "
                f"({result['cpu_seconds']} s CPU; {result['titles_changed']:.1%} "
                "of titles changed by redaction)\n"
            )
        else:
            _print(name, result, sys.stdout.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
