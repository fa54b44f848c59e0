"""The e-mail channel delivers through a real (local) SMTP server, with no names."""

from __future__ import annotations

import socket

import pytest
from aiosmtpd.controller import Controller

from rightsradar.alert.channels import DeliveryError, EmailChannel
from rightsradar.errors import ConfigError
from rightsradar.settings import Settings
from rightsradar.store import alerts as alert_store


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    ctl = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    ctl.start()
    yield inbox, ctl.port
    ctl.stop()


PAYLOAD = {
    "incident_id": 7, "rule_id": 2, "rule_kind": "watchlist", "status": "detected",
    "country": "Colombia", "violation_types": ["arbitrary detention"],
    "most_serious": "arbitrary detention", "victim_groups": ["human rights defender"],
}  # fmt: skip


def test_alert_email_delivered_to_each_recipient(smtp, tmp_path):
    inbox, port = smtp
    ch = EmailChannel(Settings(data_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=port))
    ch.send(PAYLOAD, target="officer@example.org, desk@example.org")
    assert len(inbox.messages) == 1
    rcpts, content = inbox.messages[0]
    assert rcpts == ["officer@example.org", "desk@example.org"]
    text = content.decode()
    assert "Subject: [rightsradar] arbitrary detention in Colombia (incident 7)" in text
    assert "incident_id: 7" in text


def test_alert_email_failure_is_a_delivery_error(tmp_path):
    ch = EmailChannel(Settings(data_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=_free_port(),
                               smtp_timeout_s=2))  # fmt: skip
    with pytest.raises(DeliveryError):
        ch.send(PAYLOAD, target="officer@example.org")


def test_alert_email_needs_a_server_and_recipients(tmp_path, any_store):
    with pytest.raises(DeliveryError):
        EmailChannel(Settings(data_dir=tmp_path))
    with any_store.session() as s, pytest.raises(ConfigError) as err:
        alert_store.add_rule(s, name="e", kind="country", pattern="Peru", channel="email",
                             target="not an address")  # fmt: skip
    assert err.value.code == "E401"
