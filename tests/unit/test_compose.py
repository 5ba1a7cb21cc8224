"""docker-compose.yml, checked without a Docker engine: the services, Apache Kafka at the version
the tests run, and only environment variables storywire reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from streams.settings import Settings

yaml = pytest.importorskip("yaml")  # PyYAML, in the test extra

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_the_services_a_user_starts(compose: dict) -> None:  # type: ignore[type-arg]
    assert {"kafka", "worker", "watcher", "tail"} <= set(compose["services"])
    assert compose["services"]["worker"]["command"][0] == "worker"
    assert compose["services"]["watcher"]["command"][0] == "watch"
    for name in ("worker", "watcher", "tail"):
        assert compose["services"][name]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_kafka_is_the_version_the_tests_run(compose: dict) -> None:  # type: ignore[type-arg]
    pom = (ROOT / "scripts" / "kafka" / "pom.xml").read_text(encoding="utf-8")
    (tested,) = re.findall(r"<kafka.version>([^<]+)</kafka.version>", pom)
    assert compose["services"]["kafka"]["image"] == f"apache/kafka:{tested}"


def test_storywire_services_set_only_settings_that_exist(compose: dict) -> None:  # type: ignore[type-arg]
    known = {f"STORYWIRE_{name.upper()}" for name in Settings.model_fields}
    for name in ("worker", "watcher", "tail"):
        environment = compose["services"][name]["environment"]
        assert set(environment) <= known, set(environment) - known
        Settings(**{k.removeprefix("STORYWIRE_").lower(): v for k, v in environment.items()})  # values parse
        assert environment["STORYWIRE_BROKER"].startswith("kafka://kafka:")
