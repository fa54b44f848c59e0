"""One settings object, read from the environment (prefix ``RIGHTSRADAR_``) or a ``.env`` file.

Settings are created by the caller and passed in; no module reads them at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRET = "change-me-in-production"


class Settings(BaseSettings):
    """Configuration of one rightsradar installation.

    Attributes:
        environment: ``development`` allows placeholder secrets; ``production`` refuses them.
        data_dir: where the default SQLite database, checkpoints and caches live.
        database_url: SQLAlchemy URL; defaults to ``sqlite:///<data_dir>/rightsradar.db``.
        secret_key: signs session cookies and CSRF tokens.
        data_key: encryption keys of personal data at rest, ``id:base64key[,id:...]``
            (first is current); or ``data_key_file``, a JSON key file.
        extractor: registry name of the extraction pipeline used by ``extract`` and ``run``.
        model_dir: a model directory written by ``rightsradar train`` for the learned
            extractor; None uses the model shipped with the package.
        public_min_cell: public aggregates below this count are suppressed.
        public_dp_*: differential privacy of the public figures (off unless epsilon is set).
        retention_days: raw article text is purged this many days after ingest
            (``rightsradar retention``); None keeps it.
        webhook_timeout_s, alert_max_attempts: alert delivery behaviour.
        smtp_*: the mail server of the e-mail alert channel.
        fetch_timeout_s, fetch_max_bytes: limits on every URL the ingest stage fetches.
    """

    model_config = SettingsConfigDict(env_prefix="RIGHTSRADAR_", env_file=".env", extra="ignore")

    environment: Literal["development", "production"] = "development"
    data_dir: Path = Path("var")
    database_url: str | None = None
    secret_key: str = PLACEHOLDER_SECRET
    data_key: str | None = Field(default=None, repr=False)
    data_key_file: Path | None = None
    extractor: str = "extract.pipeline.learned.v1"
    model_dir: Path | None = None
    public_min_cell: int = Field(default=5, ge=1)
    public_dp_epsilon: float | None = Field(default=None, gt=0)
    public_dp_budget: float = Field(default=10.0, gt=0)
    public_dp_period: Literal["day", "week", "month"] = "week"
    retention_days: int | None = Field(default=None, ge=1)
    webhook_timeout_s: float = Field(default=5.0, gt=0)
    alert_max_attempts: int = Field(default=4, ge=1)
    alert_backoff_s: float = Field(default=0.5, ge=0)
    smtp_host: str | None = None
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_from: str = "rightsradar@localhost"
    smtp_username: str | None = None
    smtp_password: str | None = Field(default=None, repr=False)
    smtp_starttls: bool = False
    smtp_timeout_s: float = Field(default=10.0, gt=0)
    fetch_timeout_s: float = Field(default=20.0, gt=0)
    fetch_max_bytes: int = Field(default=10_000_000, gt=0)
    host: str = "127.0.0.1"
    port: int = 8000

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> Settings:
        if self.environment != "development" and self.secret_key == PLACEHOLDER_SECRET:
            raise ValueError(
                "E001 RIGHTSRADAR_SECRET_KEY is the placeholder value; set a random secret "
                "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`) "
                "or run with RIGHTSRADAR_ENVIRONMENT=development."
            )
        return self

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file in ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'rightsradar.db').as_posix()}"
