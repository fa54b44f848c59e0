"""Extraction on every core: batches predicted by worker processes, in input order.

One Python process reads one article at a time (the rules and the learned parts are pure
Python and hold the interpreter lock), so a machine's other cores sit idle. The workers
are forked from a process that has loaded and warmed the extractor: they share its
compiled lexicons, gazetteer and model arrays copy-on-write instead of loading each their
own, and start in milliseconds. By default only on Linux (``default_workers``); where fork
is unavailable (Windows) extraction stays in the process whatever is asked.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, datetime
from typing import Any

from ..domain import Article, Extraction

# More workers than this buy little for one extractor and cost memory on a large server:
# each writes its own pages of the shared model (reference counts) over time.
MAX_DEFAULT_WORKERS = 8
# Batches handed out ahead of the one being written, per worker: enough to keep every
# worker busy while the parent writes, few enough to bound memory on a long stream.
_AHEAD_PER_WORKER = 2

# The extractor the workers use: set in the parent right before they are forked.
_EXTRACTOR: Any = None

# One short report per language the rules read: predicting them compiles every lexicon,
# pattern and cache the workers then share (otherwise each would build its own copy).
_WARM_UP = {
    "en": "Journalist arrested. Police arrested the journalist Ana Silva in Lagos on Monday.",
    "es": "Periodista detenida. La policía detuvo a la periodista Ana Silva en Lima el lunes.",
    "fr": "Journaliste arrêtée. La police a arrêté la journaliste Ana Silva à Dakar lundi.",
    "pt": "Jornalista presa. A polícia prendeu a jornalista Ana Silva em Belém na segunda-feira.",
}


def usable_cpus() -> int:
    """The cores this process may run on (its affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """One worker per usable core, at most ``MAX_DEFAULT_WORKERS``, on Linux; elsewhere 1
    (in the process): Windows cannot fork, and on macOS system libraries (Accelerate,
    which numpy may use there) are not safe in a forked child."""
    if not sys.platform.startswith("linux"):
        return 1
    return max(1, min(usable_cpus(), MAX_DEFAULT_WORKERS))


def warm_up(extractor: Any) -> None:
    """Predict a short report in each language, so that what the first prediction builds
    (lexicons, patterns, the language identifier) is built once, before the fork."""
    from ..ingest.language import rank_languages

    rank_languages("warm up")
    published = datetime(2025, 1, 1, tzinfo=UTC)
    extractor.predict(
        [
            Article(id=f"warm-up-{lang}", title=text.split(".")[0], text=text, language=lang,
                    published=published)
            for lang, text in _WARM_UP.items()
        ]
    )  # fmt: skip


def _predict(batch: list[Article]) -> list[Extraction]:
    return _EXTRACTOR.predict(batch)


class ParallelPredictor:
    """Predicts batches of articles with ``workers`` forked processes (see the module's
    docstring), or in the process when ``workers`` is 1 or fork is unavailable.

    A context manager: entering it warms the extractor and forks the workers, before the
    caller starts threads of its own (a progress bar's) whose locks a fork would copy
    held. The predictions are the same as ``extractor.predict``'s.
    """

    def __init__(self, extractor: Any, workers: int = 1) -> None:
        self.extractor = extractor
        self.workers = workers if "fork" in multiprocessing.get_all_start_methods() else 1
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParallelPredictor:
        global _EXTRACTOR
        if self.workers > 1:
            if _EXTRACTOR is not None:
                raise RuntimeError("one ParallelPredictor at a time in a process")
            warm_up(self.extractor)
            _EXTRACTOR = self.extractor
            # The objects built so far leave the collector's generations: its sweeps in a
            # worker then do not write to (and so copy) the pages they share.
            gc.freeze()
            try:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("fork")
                )
                self._pool.submit(os.getpid).result()  # the first task forks every worker
            except BaseException:  # no __exit__ follows a failed __enter__: undo it here
                if self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = None
                _EXTRACTOR = None
                gc.unfreeze()
                raise
        return self

    def __exit__(self, *exc: object) -> None:
        global _EXTRACTOR
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            _EXTRACTOR = None
            gc.unfreeze()

    def predict_batches(
        self, batches: Iterable[list[Article]]
    ) -> Iterator[tuple[list[Article], list[Extraction]]]:
        """(batch, its predictions) for every batch of ``batches``, in order.

        ``batches`` is read lazily, a few batches ahead of the one yielded. An exception
        a worker raises is raised here, for its batch.
        """
        if self._pool is None:
            for batch in batches:
                yield batch, self.extractor.predict(batch)
            return
        pending: deque[tuple[list[Article], Future[list[Extraction]]]] = deque()
        try:
            for batch in batches:
                pending.append((batch, self._pool.submit(_predict, batch)))
                if len(pending) > self.workers * _AHEAD_PER_WORKER:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            for _, future in pending:
                future.cancel()
