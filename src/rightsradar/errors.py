"""Errors a person sees: a stable code, where it happened, and what to do.

Codes are stable so that documentation and support answers can refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RightsRadarError(Exception):
    """Base error with a stable code, a location and a hint.

    Attributes:
        code: stable identifier such as ``E101``.
        message: what went wrong.
        file: the file (or URL) being read, if any.
        line: 1-based line (or record) number, if any.
        field: the field at fault, if any.
        hint: what the person can do about it.
    """

    code: str
    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        field = f" (field '{self.field}')" if self.field else ""
        hint = f" — {self.hint}" if self.hint else ""
        return f"{self.code} {where}{self.message}{field}{hint}"


class InputError(RightsRadarError):
    """A record or file the user gave us cannot be read."""


class ConfigError(RightsRadarError):
    """The installation is misconfigured."""


class NotFoundError(RightsRadarError):
    """A requested object does not exist."""


# Stable codes. Keep in sync with docs/errors.md (a test checks every code is documented).
CODES: dict[str, str] = {
    "E001": "Placeholder secret outside development.",
    "E002": "Unknown component name in the registry.",
    "E003": "An optional dependency (extra) is not installed.",
    "E004": "A trained model is missing, incomplete or of an unknown kind.",
    "E101": "A line of an input file is not valid JSON.",
    "E102": "A record lacks a required field or a field has the wrong type.",
    "E103": "An input file or URL cannot be read.",
    "E104": "The input format cannot be recognised.",
    "E105": "A URL is refused (scheme, size or time limit).",
    "E106": "A CSV row cannot be read.",
    "E107": "A feed (RSS/Atom) cannot be parsed.",
    "E108": "A HRDsAttack record is malformed.",
    "E109": "A watch configuration (FEEDS.toml) is invalid.",
    "E201": "A gold, prediction or cluster assignment file cannot be read or scored.",
    "E301": "The database schema is out of date; run `rightsradar db upgrade`.",
    "E401": "An alert channel is misconfigured.",
    "E501": "A user already exists or a password is too short.",
    "E502": "An API token request is invalid (no name).",
    "E601": "A differentially private release would exceed the privacy budget.",
    "E602": "A privacy setting (DP mechanism, epsilon, delta or key) is invalid.",
    "E603": "An encrypted value cannot be decrypted (unknown key, wrong key or tampering).",
    "E604": "The audit log fails verification (edited or deleted records, or a bad anchor).",
    "E605": "The person to forget does not exist.",
}
