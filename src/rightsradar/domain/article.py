"""An article: one report from one outlet, as ingested."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

_TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)
_WS = re.compile(r"\s+")


class Article(BaseModel):
    """One report. Only ``id`` and ``text`` are required (Article JSONL, DESIGN.md).

    Attributes:
        id: the caller's identifier, unique within its source.
        title: headline, may be empty.
        text: main text, plain.
        published: publication time, used to resolve relative dates ("last Tuesday").
        url: where it was published.
        source: outlet or feed name; syndicated copies keep their own source.
        language: ISO 639-1 code if known.
    """

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=512)
    text: str = Field(min_length=1)
    title: str = ""
    published: datetime | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_to_str(cls, v: object) -> object:
        return str(v) if isinstance(v, int) else v

    @field_validator("title", mode="before")
    @classmethod
    def _none_title(cls, v: object) -> object:
        return "" if v is None else v

    @property
    def full_text(self) -> str:
        """Title and text as one string; extraction offsets refer to this string."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def content_hash(self) -> str:
        """Hash of the normalised text: identical copies share it whatever the URL."""
        return text_hash(self.text)

    @property
    def canonical_url(self) -> str | None:
        return canonical_url(self.url) if self.url else None


def normalise_text(text: str) -> str:
    """Case-folded, accent-preserving, whitespace-collapsed text used for hashing."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """Lower-cased scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k))
    )
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/") or "/"
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, host, path, query, ""))
