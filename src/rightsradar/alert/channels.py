"""Delivery channels: one ``send`` contract, created by name.

The payload every channel receives carries no personal data (no victim name, no title, no
article text): incident id, rule id, place, violations, status. A protection officer who
needs the name opens the incident through the authenticated API.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

import httpx

from ..settings import Settings

log = logging.getLogger("rightsradar.alert")

# The only keys the log channel writes: never a name, never free text.
LOG_FIELDS = ("incident_id", "rule_id", "country", "violation_types")


class DeliveryError(Exception):
    """A channel could not deliver; the alert stays due and is retried."""


class Channel(Protocol):
    def send(self, payload: dict[str, Any], *, target: str | None) -> None: ...


class WebhookChannel:
    """POST the payload as JSON; any status other than 2xx is a failure."""

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(timeout=settings.webhook_timeout_s,
                                              follow_redirects=False)

    def send(self, payload: dict[str, Any], *, target: str | None) -> None:
        if not target:
            raise DeliveryError("webhook rule has no target URL")
        try:
            resp = self._client.post(target, json=payload)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        if not resp.is_success:
            raise DeliveryError(f"HTTP {resp.status_code} from webhook")

    def close(self) -> None:
        self._client.close()


class LogChannel:
    """Python logging plus an append-only JSONL file, with ``LOG_FIELDS`` only."""

    def __init__(self, settings: Settings) -> None:
        self.path: Path = settings.data_dir / "alerts.jsonl"

    def send(self, payload: dict[str, Any], *, target: str | None) -> None:
        record = {k: payload.get(k) for k in LOG_FIELDS}
        record["at"] = payload.get("at")
        line = json.dumps(record, sort_keys=True, ensure_ascii=False)
        # INFO: the durable record is the JSONL file; a library must not print to a terminal
        # that never configured logging (WARNING would reach it through lastResort).
        log.info("alert %s", line)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError as exc:
            raise DeliveryError(f"cannot append to {self.path}: {exc}") from exc

    def close(self) -> None:
        pass


class EmailChannel:
    """One plain-text e-mail per alert over SMTP (STARTTLS when configured).

    ``target``: one address or several separated by commas. The message holds the payload's
    fields only (no names); the subject says what and where, so a protection officer can
    triage from the inbox and open the incident behind the login.
    """

    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_host:
            raise DeliveryError("e-mail channel used but RIGHTSRADAR_SMTP_HOST is not set")
        self.settings = settings
        self.host: str = settings.smtp_host

    def send(self, payload: dict[str, Any], *, target: str | None) -> None:
        to = [a.strip() for a in (target or "").split(",") if a.strip()]
        if not to:
            raise DeliveryError("e-mail rule has no recipient address")
        st = self.settings
        msg = EmailMessage()
        what = payload.get("most_serious") or ", ".join(payload.get("violation_types") or [])
        where = payload.get("country") or "unknown country"
        inc = payload.get("incident_id")
        msg["Subject"] = f"[rightsradar] {what or 'incident'} in {where} (incident {inc})"
        msg["From"] = st.smtp_from
        msg["To"] = ", ".join(to)
        msg.set_content("\n".join(f"{k}: {v}" for k, v in payload.items()) + "\n")
        try:
            with smtplib.SMTP(self.host, st.smtp_port, timeout=st.smtp_timeout_s) as smtp:
                if st.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if st.smtp_username:
                    smtp.login(st.smtp_username, st.smtp_password or "")
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"SMTP: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        pass


def create(name: str, settings: Settings) -> WebhookChannel | EmailChannel | LogChannel:
    """The channel called ``name`` (webhook|email|log)."""
    if name == "webhook":
        return WebhookChannel(settings)
    if name == "email":
        return EmailChannel(settings)
    if name == "log":
        return LogChannel(settings)
    raise DeliveryError(f"unknown channel '{name}'")
