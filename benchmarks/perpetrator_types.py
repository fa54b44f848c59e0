"""Perpetrator type per language and its confusions, on the demo corpus or a labelled file.

    python benchmarks/perpetrator_types.py [--model extract.pipeline.learned.v1]
        [--seed 7] [--gold FILE.jsonl --articles FILE.jsonl]

Without ``--gold`` it generates the demo corpus (seed 7 by default) into a temporary
directory; the articles gold marks relevant are scored. Prints, per language, the accuracy
(plain: an empty prediction for an empty gold value counts as right) and the most frequent
(gold -> predicted) confusions, so that one can tell the rules' reading from the English
heads' prior. No HRDsAttack split is read unless given.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from rightsradar import registry
from rightsradar.domain import Article

BATCH = 64


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="extract.pipeline.learned.v1")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--articles", type=Path)
    ap.add_argument("--top", type=int, default=6)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        if args.gold is None:
            from rightsradar.demo.generator import generate

            paths = generate(Path(tmp), seed=args.seed)
            articles, gold_path = paths.articles, paths.gold
        else:
            if args.articles is None:
                sys.exit("--gold needs --articles")
            articles, gold_path = args.articles, args.gold
        rows = _read(articles)
        gold = {str(g["id"]): g for g in _read(gold_path)}

    extractor = registry.create(args.model)
    n: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    confusions: dict[str, collections.Counter[tuple[Any, Any]]] = collections.defaultdict(
        collections.Counter
    )
    relevant = [r for r in rows if gold.get(str(r["id"]), {}).get("relevant")]
    for start in range(0, len(relevant), BATCH):
        batch = relevant[start : start + BATCH]
        arts = [Article(**{k: r[k] for k in r if k in Article.model_fields}) for r in batch]
        for row, ext in zip(batch, extractor.predict(arts), strict=True):
            lang = row.get("language") or "?"
            g = gold[str(row["id"])]["perpetrator_type"]
            p = ext.perpetrator_type
            n[lang] += 1
            right[lang] += g == p
            if g != p:
                confusions[lang][(g, p)] += 1

    print(f"model {args.model}; perpetrator type, plain accuracy over gold-relevant articles")
    for lang in sorted(n, key=lambda k: -n[k]):
        print(f"{lang:4} n={n[lang]:5}  accuracy {100 * right[lang] / n[lang]:5.1f}")
        for (g, p), k in confusions[lang].most_common(args.top):
            print(f"        {k:4}  {g} -> {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
