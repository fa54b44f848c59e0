"""A privacy-budget ledger on disk, shared by every process of one installation.

Every DP release of public figures is appended to ``<data_dir>/privacy-ledger.jsonl``
under an exclusive file lock, so web workers and commands on one host draw on one budget
and one cache. Only released (noisy) figures and their cost are written: nothing in the
file is more than what was published.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .dp import NoisyRelease, Spend, check_budget


@dataclass
class FileLedger:
    """The ``Ledger`` of ``privacy.dp`` in an append-only JSON-lines file."""

    path: Path

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _rows(self, scope: str) -> list[dict]:
        if not self.path.exists():
            return []
        rows = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["scope"] == scope:
                    rows.append(row)
        return rows

    def spent(self, scope: str) -> Spend:
        rows = self._rows(scope)
        return Spend(sum(r["epsilon"] for r in rows), sum(r["delta"] for r in rows))

    def cached(self, scope: str, query: str) -> NoisyRelease | None:
        for r in self._rows(scope):
            if r["query"] == query:
                return NoisyRelease(r["query"], r["counts"], Spend(r["epsilon"], r["delta"]),
                                    r["mechanism"], r["scale"])  # fmt: skip
        return None

    def charge(self, scope: str, release: NoisyRelease, budget: Spend) -> NoisyRelease:
        with self._locked():
            # Another worker may have answered the same question since our cache check.
            first = self.cached(scope, release.query)
            if first is not None:
                return NoisyRelease(first.query, first.counts, Spend(0.0, 0.0),
                                    first.mechanism, first.scale, cached=True)  # fmt: skip
            check_budget(self.spent(scope), release.spend, budget, scope)
            row = {"scope": scope, "query": release.query, "counts": release.counts,
                   "epsilon": release.spend.epsilon, "delta": release.spend.delta,
                   "mechanism": release.mechanism, "scale": release.scale}  # fmt: skip
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, sort_keys=True) + "\n")
        return release
