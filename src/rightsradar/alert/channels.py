"""Delivery channels: one ``send`` contract, created by name.

The payload every channel receives carries no personal data (no victim name, no title, no
article text): incident id, rule id, place, violations, status. A protection officer who
needs the name opens the incident through the authenticated API. A digest's payload has
``digest_id``, ``period`` and ``alerts`` (a list of such payloads); each channel sends it
as one message.
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
DIGEST_LOG_FIELDS = ("digest_id", "rule_id", "period", "n_alerts")


class DeliveryError(Exception):
    """A channel could not deliver; the alert stays due and is retried."""


class Channel(Protocol):
    def send(self, payload: dict[str, Any], *, target: str | None) -> None: ...


class WebhookChannel:
    """POST the payload as JSON; any status other than 2xx is a failure."""

    def __init__(self, settings: Settings, client: httpx.Client | None = None) -> None:
        self._client = client or httpx.Client(
            timeout=settings.webhook_timeout_s, follow_redirects=False
        )

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
        if "alerts" in payload:  # a digest: one line, its alerts by incident
            record = {k: payload.get(k) for k in DIGEST_LOG_FIELDS}
            record["incident_ids"] = [a.get("incident_id") for a in payload["alerts"]]
        else:
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
    """One plain-text e-mail per alert, or per digest, over SMTP (STARTTLS when configured).

    ``target``: one address or several separated by commas. The message holds the payload's
    fields only (no names); the subject says what and where, so a protection officer can
    triage from the inbox and open the incident behind the login. A digest's subject counts
    its alerts, and its body gives one short paragraph per alert.
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
        subject, body = digest_text(payload) if "alerts" in payload else alert_text(payload)
        msg["Subject"] = subject
        msg["From"] = st.smtp_from
        msg["To"] = ", ".join(to)
        msg.set_content(body)
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


def _headline(payload: dict[str, Any]) -> str:
    what = payload.get("most_serious") or ", ".join(payload.get("violation_types") or [])
    where = payload.get("country") or "unknown country"
    return f"{what or 'incident'} in {where} (incident {payload.get('incident_id')})"


def alert_text(payload: dict[str, Any]) -> tuple[str, str]:
    """Subject and body of one alert's e-mail."""
    body = "\n".join(f"{k}: {v}" for k, v in payload.items()) + "\n"
    return f"[rightsradar] {_headline(payload)}", body


def digest_text(payload: dict[str, Any]) -> tuple[str, str]:
    """Subject and body of a digest's e-mail: a count, then one paragraph per alert."""
    alerts = payload.get("alerts") or []
    n = len(alerts)
    subject = (
        f"[rightsradar] {payload.get('digest', 'daily')} digest {payload.get('period')}: "
        f"{n} alert{'s' if n != 1 else ''} (rule {payload.get('rule_id')})"
    )
    lines = [
        f"{n} alert{'s' if n != 1 else ''} of rule {payload.get('rule_id')} "
        f"({payload.get('rule_kind')}) for {payload.get('period')}.",
        "",
    ]
    for i, a in enumerate(alerts, 1):
        lines.append(f"{i}. {_headline(a)}")
        lines += [f"   {k}: {v}" for k, v in a.items()]
        lines.append("")
    lines.append(f"digest_id: {payload.get('digest_id')}")
    lines.append(f"at: {payload.get('at')}")
    return subject, "\n".join(lines) + "\n"


def create(name: str, settings: Settings) -> WebhookChannel | EmailChannel | LogChannel:
    """The channel called ``name`` (webhook|email|log)."""
    if name == "webhook":
        return WebhookChannel(settings)
    if name == "email":
        return EmailChannel(settings)
    if name == "log":
        return LogChannel(settings)
    raise DeliveryError(f"unknown channel '{name}'")
