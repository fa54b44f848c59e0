"""The whole pipeline over what is stored: extract → resolve → alert.

Analyze computes its figures from the store when asked, so nothing needs refreshing here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .alert.service import AlertReport, fire_alerts
from .progress import NullReporter, Reporter
from .resolve.service import Resolver, ResolveReport, resolve_pending
from .settings import Settings
from .store import Store


@dataclass
class RunReport:
    """What one run did, stage by stage. ``extract`` is the extractor's ExtractReport."""

    extract: object | None = None
    resolve: ResolveReport = field(default_factory=ResolveReport)
    alerts: AlertReport = field(default_factory=AlertReport)
    seconds: float = 0.0


@dataclass
class Components:
    """Loaded models a long-running process reuses across runs (None: load per run).

    ``resolver`` holds what resolution compares new articles with (linkage rows,
    near-duplicate signatures, persons), loaded from the store on the first run and kept
    up to date after: a ``watch`` cycle then costs the same however large the store.
    """

    extractor: Any = None
    linker: Any = None
    resolver: Resolver | None = None

    @classmethod
    def load(cls, settings: Settings) -> Components:
        from . import registry
        from .resolve.incidents.model import MatchModel

        linker = MatchModel.load()
        return cls(
            extractor=registry.create_extractor(settings), linker=linker, resolver=Resolver(linker)
        )


def run(store: Store, settings: Settings, *, reporter: Reporter | None = None,
        components: Components | None = None) -> RunReport:  # fmt: skip
    """Extract pending articles, resolve them into incidents, fire the alerts they trigger.

    Alerts are matched against the incidents this run created or changed; alerts left due
    by earlier runs (failed with attempts left, or deferred) are delivered too.
    """
    from .extract.service import extract_pending  # the extractor loads its models lazily

    reporter = reporter or NullReporter()
    comps = components or Components()
    started = time.perf_counter()
    report = RunReport()
    report.extract = extract_pending(store, settings, reporter=reporter,
                                     extractor=comps.extractor)  # fmt: skip
    report.resolve = resolve_pending(
        store, settings, reporter=reporter, linker=comps.linker, resolver=comps.resolver
    )
    report.alerts = fire_alerts(store, settings, incident_ids=report.resolve.incident_ids)
    report.seconds = time.perf_counter() - started
    return report
