"""Every setting in one place, read from ``STORYWIRE_*`` environment variables.

Faust reads a few bare env vars of its own (``BROKER_URL``...) that would silently
override these: storywire never sets them and passes everything explicitly.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

BrokerProfile = Literal["auto", "embedded", "kafka"]
SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
ProcessingGuarantee = Literal["at_least_once", "exactly_once"]
TableStore = Literal["memory", "rocksdb"]
EmbeddingModel = Literal["distilled", "full"]


class Settings(BaseSettings):
    """storywire's configuration. Every field is also ``STORYWIRE_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="STORYWIRE_", frozen=True, extra="ignore")

    broker: str | None = Field(
        default=None,
        description="kafka://host:port[;host:port]; unset = start the embedded Tansu broker",
    )
    broker_profile: BrokerProfile = Field(
        default="auto",
        description="embedded applies the Tansu workarounds; auto = embedded iff no broker is set",
    )
    processing_guarantee: ProcessingGuarantee = Field(
        default="at_least_once",
        description="exactly_once needs transactions: Apache Kafka yes, the embedded Tansu no",
    )
    store: TableStore = Field(
        default="memory",
        description="where the worker keeps its tables: memory (rebuilt from the changelogs at each start) "
        "or rocksdb (on disk under data_dir, restores only what it missed; pip install 'storywire[rocksdb]')",
    )
    app_id: str = "storywire"
    topic_prefix: str = Field(default="", description="prepended to every topic name, e.g. 'test1.'")
    partitions: int = Field(default=4, ge=1, description="partitions of every topic storywire creates")
    data_dir: Path = Path(".storywire")
    model_dir: Path | None = Field(
        default=None, description="where models built on first start are cached (the distilled embedding); "
        "default data_dir/models. Apps on one machine can share it",
    )
    web_port: int = 6066
    web_bind: str = "127.0.0.1"
    story_horizon_hours: float = Field(
        default=72.0, gt=0, description="a story accepts articles this close in event time"
    )
    max_page_bytes: int = Field(default=5_000_000, gt=0, description="larger pages are rejected")
    publish_embedding: bool = Field(
        default=True,
        description="put each article's embedding on news.enriched (false: the field is null there); "
        "news.by-desk always carries it, the group stage reads it from there",
    )
    publish_intermediate: bool = Field(
        default=False,
        description="also publish each article after splitting (news.articles) and after normalizing "
        "(news.normalized); off, the three per-article stages run in one hop and only the results are published",
    )
    embedding: EmbeddingModel = Field(
        default="distilled",
        description="distilled: USE's per-piece rows summed (built once from the installed model, cached "
        "under data_dir, ~0.1 ms a text); full: the whole USE network (~7 ms a text)",
    )
    enrich_processes: int = Field(
        default=0, ge=0, description="child processes doing the per-article work; 0 = one per core, less one for the loop"
    )
    log_level: str = "info"
    # The Kafka connection's security, passed to the Faust worker and to every aiokafka client.
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism = "PLAIN"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = Field(default=None, description="CA bundle to verify the brokers")
    ssl_certfile: Path | None = Field(default=None, description="client certificate (mutual TLS)")
    ssl_keyfile: Path | None = None

    @property
    def is_embedded_profile(self) -> bool:
        """True when the Tansu workarounds apply (../shared/NOTES-broker.md)."""
        if self.broker_profile == "auto":
            return self.broker is None
        return self.broker_profile == "embedded"

    @property
    def models(self) -> Path:
        return self.model_dir or self.data_dir / "models"

    @property
    def story_horizon_seconds(self) -> float:
        return self.story_horizon_hours * 3600.0

    def topic(self, name: str) -> str:
        """The Kafka name of one of storywire's topics."""
        return f"{self.topic_prefix}{name}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
