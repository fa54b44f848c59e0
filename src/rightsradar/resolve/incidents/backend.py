"""The one place that picks Splink's backend; everything else is backend-free.

DuckDB runs in-process and is the default. Spark takes the same settings: pass
``backend="spark"`` with a SparkSession (``pip install pyspark`` and Splink's similarity
jar, see Splink's Spark docs).
"""

from __future__ import annotations

import contextlib
from typing import Any

from ...errors import ConfigError


def database_api(backend: str = "duckdb", *, spark: Any = None) -> Any:
    """A Splink ``DatabaseAPI`` for ``backend`` ("duckdb" or "spark")."""
    if backend == "duckdb":
        try:
            from splink import DuckDBAPI
        except ImportError as exc:  # pragma: no cover - a base dependency
            raise ImportError(
                "incident linkage needs splink and duckdb: pip install 'splink>=5' duckdb"
            ) from exc
        return DuckDBAPI(connection=_duckdb_connection())
    if backend == "spark":
        if spark is None:
            raise ConfigError(
                "E002",
                "the Spark linkage backend needs a SparkSession",
                hint="pass spark=SparkSession.builder.getOrCreate()",
            )
        from splink import SparkAPI

        return SparkAPI(spark_session=spark)
    raise ConfigError("E002", f"unknown linkage backend {backend!r}", hint="duckdb or spark")


def _duckdb_connection() -> Any:
    import duckdb

    con = duckdb.connect()
    # DuckDB 2 refuses the `x -> ...` lambdas that Splink 5 writes for list levels;
    # DuckDB 1.x knows no other syntax and no such setting.
    with contextlib.suppress(duckdb.Error):
        con.execute("SET lambda_syntax='ENABLE_SINGLE_ARROW'")
    return con
