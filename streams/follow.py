"""Reading storywire's topics as a client: create them right, follow them, show records."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any, NamedTuple

import orjson

from streams.broker import TANSU_FETCH_MAX_WAIT_MS
from streams.security import with_security
from streams.settings import Settings
from streams.topics import topic_config

IDLE_POLL_MS = 500
# A one-node broker shows a new topic in its metadata within milliseconds; a cluster may take
# a few seconds to spread it. Beyond this, something is wrong with the broker, not slow.
TOPICS_VISIBLE_TIMEOUT_S = 30.0


async def ensure_topics(
    bootstrap: str, names: Iterable[str], partitions: int, config: dict[str, str] | None = None, **client_options: Any
) -> None:
    """Create the topics that do not exist yet (so no client's subscription auto-creates them
    with the broker's default partition count); ``config`` defaults to storywire's own: records kept
    forever, and as large as the default page limit allows."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **with_security(client_options))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        configs = topic_config(Settings().max_page_bytes) if config is None else config
        missing = [NewTopic(n, partitions, 1, topic_configs=configs) for n in names if n not in existing]
        if missing:
            _raise_creation_errors(await admin.create_topics(missing))
    finally:
        await admin.close()


def _raise_creation_errors(response: Any) -> None:
    """aiokafka returns per-topic errors instead of raising them; "already exists" is fine
    (another client created the topic meanwhile), anything else is not."""
    from aiokafka.errors import TopicAlreadyExistsError, for_code

    for topic, code, *message in response.topic_errors:
        if code not in (0, TopicAlreadyExistsError.errno):
            raise for_code(code)(f"creating topic {topic}: {message[0] if message else ''}")


async def topic_partition_counts(bootstrap: str, names: Iterable[str], **client_options: Any) -> dict[str, int]:
    """The partition count of each of ``names`` that exists, from the broker's metadata.

    Asks for every topic's metadata: a metadata request naming a missing topic lets the broker
    auto-create it with its own default count, the very thing the worker guards against.
    """
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **with_security(client_options))
    await admin.start()
    try:
        described = await admin.describe_topics()
    finally:
        await admin.close()
    wanted = set(names)
    return {t["topic"]: len(t["partitions"]) for t in described if t["topic"] in wanted}


def mismatches(counts: Mapping[str, int], partitions: int) -> list[str]:
    """"name has N" for each topic whose count is not ``partitions``. 0 is a topic another
    client is creating right now, its partitions not out yet: not a mismatch."""
    return [f"{name} has {count}" for name, count in sorted(counts.items()) if count and count != partitions]


async def partition_mismatches(bootstrap: str, names: Iterable[str], partitions: int, **client_options: Any) -> list[str]:
    """Existing topics whose partition count is not ``partitions``: Faust co-partitions tables
    with their source topics and would crash-loop an agent on each of them."""
    return mismatches(await topic_partition_counts(bootstrap, names, **client_options), partitions)


class TopicCheck(NamedTuple):
    """What ``prepare_topics`` found: "name has N" for each topic with another partition count."""

    refused: list[str]  # topics the worker reads: Faust would crash-loop an agent on each
    tolerated: list[str]  # topics it only writes (e.g. auto-created by an early subscriber)


COMPACTED = {"cleanup.policy": "compact"}  # what Faust gives the changelogs it creates


async def prepare_topics(
    bootstrap: str, names: Iterable[str], partitions: int, read: Iterable[str], **client_options: Any
) -> TopicCheck:
    """Make every topic of ``names`` exist with ``partitions`` before a worker subscribes.

    ``read`` are the topics the worker consumes (its agents' sources, its tables' changelogs,
    which Faust creates itself); when one of them exists with another count, nothing is
    created and the check says so. A topic the worker only writes may differ: writing to it
    works, and a subscriber started before the worker auto-creates it with the broker's default.
    """
    creating, reading = list(names), set(read)
    counts = await topic_partition_counts(bootstrap, [*creating, *reading], **client_options)
    refused = mismatches({n: c for n, c in counts.items() if n in reading}, partitions)
    if refused:
        return TopicCheck(refused, [])
    await ensure_topics(bootstrap, creating, partitions, **client_options)
    changelogs = [name for name in reading if name.endswith("-changelog")]
    # Faust creates its changelogs itself, but an agent that reads its table before the consumer
    # has their metadata crashes on PartitionsMismatch ("changelog has 0 partitions"): made here
    # and waited for, they are known from the first metadata the consumer gets.
    await ensure_topics(bootstrap, changelogs, partitions, COMPACTED, **client_options)
    counts = await _wait_until_described(bootstrap, [*creating, *changelogs], **client_options)
    return TopicCheck(  # refused again: a source topic another client auto-created meanwhile
        refused=mismatches({n: c for n, c in counts.items() if n in reading}, partitions),
        tolerated=mismatches({n: c for n, c in counts.items() if n not in reading}, partitions),
    )


async def record_limits_under(bootstrap: str, names: Iterable[str], needed: int, **client_options: Any) -> dict[str, int]:
    """{topic: its max.message.bytes} of each of ``names`` that takes records under ``needed``
    bytes (one made by hand, or by a storywire before topics carried the setting); empty when
    the broker does not describe topic configurations."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
    from aiokafka.errors import KafkaError

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **with_security(client_options))
    await admin.start()
    try:
        resources = [ConfigResource(ConfigResourceType.TOPIC, name, {"max.message.bytes": None}) for name in names]
        responses = await admin.describe_configs(resources)
    except (KafkaError, OSError):  # a check before start: a broker that will not say is no reason to stop
        return {}
    finally:
        await admin.close()
    limits: dict[str, int] = {}
    for response in responses:
        for error_code, _message, _type, topic, entries in (tuple(r)[:5] for r in response.resources):
            for entry in entries if error_code == 0 else ():
                name, value = entry[0], entry[1]
                if name == "max.message.bytes" and value is not None and int(value) < needed:
                    limits[topic] = int(value)
    return limits


async def _wait_until_described(bootstrap: str, names: list[str], **client_options: Any) -> dict[str, int]:
    """Counts of ``names`` once the broker's metadata shows all of them with their partitions
    (a topic just created may not be in every broker's metadata yet)."""
    deadline = time.monotonic() + TOPICS_VISIBLE_TIMEOUT_S
    while True:
        counts = await topic_partition_counts(bootstrap, names, **client_options)
        unseen = [name for name in names if not counts.get(name)]
        if not unseen:
            return counts
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"topics created but not in the broker's metadata after {TOPICS_VISIBLE_TIMEOUT_S:.0f}s: "
                f"{', '.join(unseen)}"
            )
        await asyncio.sleep(0.2)


async def follow(
    bootstrap: str,
    topics: Iterable[str],
    from_beginning: bool = True,
    idle_timeout: float | None = None,
    **client_options: Any,
) -> AsyncIterator[tuple[str, bytes | None, bytes, int]]:
    """(topic, key, value, timestamp_ms) of every record, without a consumer group.

    Never relies on the "latest offset" (Tansu answers it wrong); ``idle_timeout`` ends the
    iteration after that many seconds without a record.
    """
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        fetch_max_wait_ms=TANSU_FETCH_MAX_WAIT_MS,  # on Kafka it only bounds idle fetches
        **with_security(client_options),
    )
    await consumer.start()
    try:
        last_record = time.monotonic()
        while True:
            batches = await consumer.getmany(timeout_ms=IDLE_POLL_MS)
            for partition, messages in batches.items():
                for message in messages:
                    last_record = time.monotonic()
                    yield partition.topic, message.key, message.value, message.timestamp
            if idle_timeout is not None and time.monotonic() - last_record > idle_timeout:
                return
    finally:
        await consumer.stop()


def readable(topic: str, value: bytes) -> str:
    """One record as a short human line."""
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError:
        return f"[{topic}] <{len(value)} bytes, not JSON>"
    if not isinstance(data, dict):
        return f"[{topic}] {data!r}"[:200]
    if "story_id" in data and "members" in data:
        outlets = ", ".join(o for o in data.get("outlets", []) if o) or "-"
        return f"[story {data['story_id']} v{data['version']}] size={data['size']} outlets={outlets} | {data['headline']}"
    if "article" in data:
        article = data["article"]
        entities = ", ".join(e["name"] for e in data.get("entities", [])[:5])
        return (
            f"[enriched {article['article_id'][:12]}] {data['language']} {data['published']['at']} "
            f"outlet={data.get('outlet') or '-'} | {article['title']} | {entities}"
        )
    if "stage" in data and "reason" in data:
        return f"[rejected at {data['stage']}] {data.get('key')}: {data['reason']}"
    if "item_id" in data:
        return f"[raw {data['item_id'][:12]}] {data['source']} ({data['content_type']}, {data['encoding']})"
    if "article_id" in data:
        return f"[article {data['article_id'][:12]}] parent={str(data.get('parent_id'))[:12]} | {data['title']}"
    return f"[{topic}] {value[:200]!r}"



def matches(
    value: bytes, language: str | None = None, outlet: str | None = None, entity: str | None = None, story_id: str | None = None
) -> bool:
    """Whether an enriched article or a story update passes ``tail``'s filters. A filter the
    record cannot answer (a story has no language) excludes it."""
    from agents.text.normalization import matching_form

    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError:
        return False
    if not isinstance(data, dict):
        return False
    is_story = "story_id" in data and "members" in data
    if language and data.get("language") != language:
        return False
    if outlet and outlet not in ((data.get("outlets") or []) if is_story else [data.get("outlet")]):
        return False
    if story_id and data.get("story_id") != story_id:
        return False
    if entity:
        wanted = matching_form(entity)
        if is_story:
            names = [matching_form(n) for n in data.get("top_entities", [])]
            return wanted in names
        found = data.get("entities", [])
        return any(e.get("entity_id") == entity or matching_form(e.get("name", "")) == wanted
                   or wanted in (matching_form(m) for m in e.get("mentions", [])) for e in found)
    return True


async def group_state(bootstrap: str, group_id: str, **client_options: Any) -> str:
    """A consumer group's state as the broker reports it ("Stable" once its members have their
    partitions, "PreparingRebalance"...), "" when the broker does not know the group yet."""
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **with_security(client_options))
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group_id])
    finally:
        await admin.close()
    (group,) = response.groups
    error_code, _group_id, state, *_rest = group
    return str(state) if error_code == 0 else ""
