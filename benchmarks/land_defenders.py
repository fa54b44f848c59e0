"""Relevance of reports of attacks on Indigenous, Afro-descendant and peasant land defenders.

Usage::

    .venv/bin/python benchmarks/land_defenders.py [--model NAME]

Scores the two sets of ``benchmarks/data/land-defenders/`` (en/es/fr/pt; half of each set
are attacks on people defending land, territory or forest who are named by their people
or community only, the other half Indigenous or rural people in news of no such attack,
many sharing its words: an accident near a retaking, a bar fight, a land title granted).
Both were written by helpers who had not seen the code: set 1 before the land-defender
rule, set 2 after its first version. Prints relevance precision, recall and F1 per
language, and how many relevant reports have a victim of the human rights defender group.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from rightsradar import registry
from rightsradar.domain import Article

DATA_DIR = Path(__file__).resolve().parent / "data" / "land-defenders"
DEFAULT_MODEL = "extract.pipeline.rules.v1"
_ARTICLE_KEYS = ("id", "title", "text", "published", "language")


def score(extractor, path: Path) -> dict[str, dict[str, float]]:
    """Per language and overall: relevance P/R/F1 (%) and defender-group share (%)."""
    items = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    articles = [Article(**{k: it[k] for k in _ARTICLE_KEYS}) for it in items]
    preds = {ex.id: ex for ex in extractor.predict(articles)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for it in items:
        ex = preds[it["id"]]
        defender = any("human rights defender" in (v.type or []) for v in ex.victims)
        for key in (it["language"], "all"):
            c = counts[key]
            c[0] += it["relevant"] and ex.relevant
            c[1] += ex.relevant
            c[2] += it["relevant"]
            c[3] += it["relevant"] and ex.relevant and defender
    out = {}
    for key, (tp, n_pred, n_gold, n_def) in sorted(counts.items()):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        share = n_def / n_gold if n_gold else 0.0
        out[key] = {"n_relevant": n_gold, "P": 100 * p, "R": 100 * r, "F1": 100 * f1,
                    "defender": 100 * share}  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL, help="registry name of the extractor")
    args = parser.parse_args(argv)
    extractor = registry.create(args.model)
    print(f"model: {args.model}  (percent)")
    print(f"{'set':<6}{'lang':<6}{'n rel':>7}{'rel P':>8}{'rel R':>8}{'rel F1':>8}{'HRD':>8}")
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for lang, row in score(extractor, path).items():
            print(f"{path.stem:<6}{lang:<6}{row['n_relevant']:>7}{row['P']:>8.1f}"
                  f"{row['R']:>8.1f}{row['F1']:>8.1f}{row['defender']:>8.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
