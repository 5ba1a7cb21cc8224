"""The ``storywire`` command: worker, watch, tail, replay, schema, demo."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import click

from streams.broker import EmbeddedBroker, bootstrap_of, free_port
from streams.logs import configure_logging, log
from streams.settings import Settings, get_settings
from streams.topics import ALL_TOPICS, TopicNames, max_record_bytes

if TYPE_CHECKING:
    from streams.progress import ProgressReport

MARKER_NAME = "embedded-broker.url"
DEMO_TIMEOUT_S = 90.0
DEMO_STOP_GRACE_S = 2.0  # the demo worker's state is temporary: a short grace, then SIGKILL


def _marker(settings: Settings) -> Path:
    return settings.data_dir / MARKER_NAME


def client_broker(settings: Settings) -> str:
    """The broker a client command talks to: STORYWIRE_BROKER, else the embedded one a
    ``storywire worker`` on this machine started."""
    if settings.broker:
        return settings.broker
    marker = _marker(settings)
    if marker.exists():
        return marker.read_text().strip()
    raise click.ClickException(
        "no broker: set STORYWIRE_BROKER=kafka://host:port, or start `storywire worker` "
        "(it starts the embedded broker) and run this from the same directory"
    )


LOG_LEVELS = click.Choice(["debug", "info", "warning", "warn", "error", "critical"], case_sensitive=False)


@click.group()
@click.option("--log-level", envvar="STORYWIRE_LOG_LEVEL", default="info", show_default=True, type=LOG_LEVELS,
              help="Log level of every command (env STORYWIRE_LOG_LEVEL).")
@click.pass_context
def main(ctx: click.Context, log_level: str) -> None:
    """storywire: a live news-wire processor (split, normalize, enrich, group into stories)."""
    ctx.obj = {"log_level": log_level.lower()}
    configure_logging(log_level)


@main.command()
@click.option("--log-level", "log_level", default=None, type=LOG_LEVELS,
              help="The worker's log level (default: storywire --log-level, env STORYWIRE_LOG_LEVEL).")
# Faust's spelling, kept for scripts written for `faust worker -l info`; not shown in --help.
@click.option("-l", "--loglevel", "faust_log_level", default=None, type=LOG_LEVELS, hidden=True)
@click.pass_context
def worker(ctx: click.Context, log_level: str | None, faust_log_level: str | None) -> None:
    """Run the Faust worker; starts the embedded broker when STORYWIRE_BROKER is unset."""
    level = (log_level or faust_log_level or ctx.obj["log_level"]).lower()
    configure_logging(level)
    settings = get_settings()
    with ExitStack() as stack:
        if settings.broker is None:
            broker = stack.enter_context(EmbeddedBroker(marker=_marker(settings)))
            os.environ["STORYWIRE_BROKER"] = broker.url
            os.environ["STORYWIRE_BROKER_PROFILE"] = "embedded"
            get_settings.cache_clear()
            log.info("embedded_broker.started", url=broker.url, detail="watch, tail and replay run from this directory find it")
        if get_settings().is_embedded_profile:
            _warn_embedded_memory()
        _prepare_topics(get_settings())
        run_worker(level)


def _warn_embedded_memory() -> None:
    log.warning(
        "embedded_broker.memory_unbounded",
        detail="the embedded broker (Tansu, memory storage) keeps every record of every topic in memory and "
        "honours no retention, compaction or record deletion, so its memory grows with each article; "
        "for a long-running wire or a large backfill, run Apache Kafka (STORYWIRE_BROKER); "
        "README, 'Brokers', says how far the embedded default goes",
    )


def _prepare_topics(settings: Settings) -> None:
    """Create every topic the worker reads or writes before Faust subscribes: a subscription
    to a missing topic makes the broker auto-create it with its own default partition count,
    and Faust then crash-loops the agent (its table changelogs have ``settings.partitions``).
    Refuse to start on topics it reads made with another count: a clear error, not a crash loop."""
    from streams.follow import prepare_topics

    try:
        check = asyncio.run(prepare_topics(
            bootstrap_of(settings.broker or ""), TopicNames.from_settings(settings).all(), settings.partitions,
            read=_topics_the_worker_reads(),
        ))
    except TimeoutError as exc:
        raise click.ClickException(str(exc)) from None
    expected = f"another partition count than STORYWIRE_PARTITIONS={settings.partitions}"
    if check.refused:
        raise click.ClickException(
            f"topics the worker reads exist with {expected}: {'; '.join(check.refused)}. "
            f"Set STORYWIRE_PARTITIONS to match, or start on new topics: a new STORYWIRE_TOPIC_PREFIX "
            f"(and a new STORYWIRE_APP_ID for the -changelog topics)"
        )
    if check.tolerated:
        log.warning("topics.partition_count_differs", detail=f"topics the worker only writes have {expected}",
                    topics=check.tolerated)
    _warn_small_record_limits(settings)


def _warn_small_record_limits(settings: Settings) -> None:
    """A topic made before storywire set max.message.bytes (or by hand) refuses a long page's
    records at the broker: say which, and what they need, before a page finds out."""
    from streams.follow import record_limits_under

    needed = max_record_bytes(settings.max_page_bytes)
    names = TopicNames.from_settings(settings).all()
    if low := asyncio.run(record_limits_under(bootstrap_of(settings.broker or ""), names, needed)):
        log.warning("topics.record_limit_low", topics=low,
                    detail=f"these topics take records under the {needed:,} bytes a page of up to "
                    f"STORYWIRE_MAX_PAGE_BYTES may need; raise their max.message.bytes (README, 'Topics')")


def _topics_the_worker_reads() -> list[str]:
    """Its agents' source topics and its tables' changelogs (Faust creates those, but one left
    by an earlier run with another partition count crash-loops the worker just the same)."""
    from streams.worker import app

    sources = [name for agent in app.agents.values() for name in agent.channel.topics]
    changelogs = [table.changelog_topic.get_topic_name() for table in app.tables.values()]
    return [*sources, *changelogs]


def run_worker(loglevel: str) -> None:
    import faust

    from streams.logs import consumer_pending, watch_commits
    from streams.worker import app

    Path(app.conf.datadir).parent.mkdir(parents=True, exist_ok=True)  # Faust makes only the last level
    watch_commits(lambda tp: consumer_pending(app.consumer, tp))
    # override_logging=False: logging is configured already (streams/logs.py), Faust's records go
    # through storywire's renderer; mode would replace the handlers with its own plain format on
    # stdout and redirect stdout and stderr into the log.
    worker_ = faust.Worker(app, loglevel=loglevel, override_logging=False)
    # Faust's terminal spinner adds a DEBUG handler and sets the root logger to DEBUG: every
    # aiokafka debug line was then built and handled, ~7% of the event loop's time.
    worker_.spinner = None
    try:
        worker_.execute_from_commandline()
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise


@main.command()
@click.argument("path", type=click.Path(allow_dash=True, path_type=Path))
@click.option("--once", is_flag=True, envvar="STORYWIRE_WATCH_ONCE", help="Publish what is there and exit.")
def watch(path: Path, once: bool) -> None:
    """Publish every page under PATH (a folder, a file, or - for stdin) to the raw topic."""
    if str(path) != "-" and not path.exists():
        raise click.ClickException(f"{path} does not exist")
    settings = get_settings()
    bootstrap = bootstrap_of(client_broker(settings))
    asyncio.run(_watch(settings, bootstrap, path, once or str(path) == "-"))


async def _watch(settings: Settings, bootstrap: str, path: Path, once: bool) -> None:
    from streams.follow import ensure_topics
    from streams.records import utc_now
    from streams.watch import Publisher, Survey, Watcher, items_from_stdin, stdin_binary, survey

    names = TopicNames.from_settings(settings)
    await ensure_topics(bootstrap, names.all(), settings.partitions)
    found = Survey([], {}) if str(path) == "-" else survey(path)
    for line in found.skipped_lines():  # before the bar: a folder of the wrong files says so at once
        click.echo(line, err=True)
    async with Publisher(bootstrap, names.raw, names.rejected) as publisher:
        if str(path) == "-":
            for item in items_from_stdin(stdin_binary(), settings.max_page_bytes, utc_now()):
                await publisher.publish(item)
            await publisher.flush()
        elif once:
            from tqdm import tqdm

            with tqdm(desc="publish", unit=" page", file=sys.stderr, mininterval=0.5) as bar:
                await Watcher(publisher, settings.max_page_bytes).publish_changed(found.files, on_item=bar.update)
        else:
            click.echo(f"watching {path} (Ctrl-C to stop)", err=True)
            await Watcher(publisher, settings.max_page_bytes).follow(path)
        click.echo(watch_summary(publisher.published, publisher.rejected, found.skipped_count), err=True)


def watch_summary(published: int, rejected: int, skipped: int) -> str:
    """The closing line of ``watch``: what went to the raw topic, what was rejected (on
    news.rejected, with the reason) and how many files were skipped without being read."""
    line = f"published {published} page(s), rejected {rejected}"
    return f"{line}, skipped {skipped} file(s)" if skipped else line


@main.command()
@click.argument("topic")
@click.option("--json", "as_json", is_flag=True, help="One JSON record a line, for machines.")
@click.option("--from-beginning/--from-now", default=True, show_default=True)
@click.option("--idle-exit", type=float, default=None, help="Exit after this many seconds without a record.")
@click.option("--language", default=None, help="Only records in this language (enriched).")
@click.option("--outlet", default=None, help="Only records from this outlet (enriched, stories).")
@click.option("--entity", default=None, help="Only records naming this entity: its id or a spelling of its name.")
@click.option("--story", "story_id", default=None, help="Only this story (stories).")
def tail(topic: str, as_json: bool, from_beginning: bool, idle_exit: float | None, **filters: str | None) -> None:
    """Follow TOPIC (raw, articles, normalized, enriched, stories, rejected) and print it."""
    settings = get_settings()
    bootstrap = bootstrap_of(client_broker(settings))
    name = tail_topic(TopicNames.from_settings(settings), topic, lambda n: _topic_exists(bootstrap, n))
    asyncio.run(_tail(bootstrap, name, as_json, from_beginning, idle_exit, {k: v for k, v in filters.items() if v}))


def tail_topic(names: TopicNames, topic: str, exists: Callable[[str], bool]) -> str:
    """The Kafka name ``tail`` follows: one of storywire's topics by its short or full name, or
    another topic the broker has. Anything else is a usage error (exit 2) listing the names:
    following a topic that does not exist would wait forever, in silence."""
    name = names.resolve(topic)
    if name in names.all() or exists(name):
        return name
    short = ", ".join(n.removeprefix("news.") for n in ALL_TOPICS)
    raise click.BadParameter(
        f"no topic {topic!r}. storywire's topics: {short} (or their Kafka names, e.g. {names.stories}), "
        "or the Kafka name of another topic on the broker",
        param_hint="TOPIC",
    )


def _topic_exists(bootstrap: str, name: str) -> bool:
    from streams.follow import topic_partition_counts

    # It reads every topic's metadata: a request naming the topic could make the broker create it.
    return name in asyncio.run(topic_partition_counts(bootstrap, [name]))


async def _tail(bootstrap: str, topic: str, as_json: bool, from_beginning: bool, idle_exit: float | None, filters: dict[str, str]) -> None:
    from streams.follow import follow, matches, readable

    async for name, _key, value, _ts in follow(bootstrap, [topic], from_beginning, idle_exit):
        if filters and not matches(value, **filters):
            continue
        click.echo(value.decode("utf-8", "replace") if as_json else readable(name, value))


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("docs/schemas"), show_default=True)
def schema(out: Path) -> None:
    """Write the JSON Schema of every record on storywire's topics, generated from the models."""
    from streams.schemas import write_schemas

    for path in write_schemas(out):
        click.echo(str(path))


def _built_models(settings: Settings, report: ProgressReport) -> Path:
    """The models folder the demo's throwaway worker shares with later runs, the distilled
    embedding built there first, while the user is told why it takes a few seconds."""
    from agents.text import distilled_embedding

    if settings.embedding == "distilled" and not distilled_embedding.is_built(settings.models):
        report.say(f"building the distilled embedding from the installed model into {settings.models} (once, ~10 s)")
        distilled_embedding.build(settings.models)
    return settings.models


@main.command()
@click.option("--pages", type=click.Path(exists=True, path_type=Path), default=None,
              help="Folder of pages (default: the demo pages shipped with storywire).")
@click.option("--timeout", type=float, default=DEMO_TIMEOUT_S, show_default=True)
def demo(pages: Path | None, timeout: float) -> None:
    """Embedded broker + worker + watcher on a folder of pages; prints the stories and exits.
    Says what happens on stderr as it happens: broker, worker, pages, articles, stories."""
    from streams.progress import ProgressReport, render_stories

    report = ProgressReport(lambda line: click.echo(line, err=True))
    settings = get_settings()
    with ExitStack() as stack:
        broker_url = settings.broker
        if broker_url is None:
            report.say("starting the embedded broker (Tansu)")
            broker_url = stack.enter_context(EmbeddedBroker()).url
            report.say(f"broker ready at {bootstrap_of(broker_url)}")
        pages_dir = pages or stack.enter_context(resources.as_file(resources.files("streams") / "demo_pages"))
        run_id = uuid.uuid4().hex[:8]
        env = {
            **os.environ,
            "STORYWIRE_BROKER": broker_url,
            "STORYWIRE_BROKER_PROFILE": "embedded" if settings.broker is None else settings.broker_profile,
            "STORYWIRE_TOPIC_PREFIX": f"{settings.topic_prefix}demo-{run_id}.",
            "STORYWIRE_APP_ID": f"storywire-demo-{run_id}",
            "STORYWIRE_DATA_DIR": stack.enter_context(tempfile.TemporaryDirectory(prefix="storywire-demo-")),
            "STORYWIRE_WEB_PORT": str(free_port()),
        }
        env["STORYWIRE_MODEL_DIR"] = str(_built_models(settings, report).resolve())
        worker_log = Path(env["STORYWIRE_DATA_DIR"]) / "worker.log"
        worker_process = _spawn_worker(env, worker_log)
        # Its state is thrown away with the temporary folder: no need for Faust's graceful stop,
        # which on the embedded broker takes seconds (leaving the group, final commits).
        stack.callback(_stop, worker_process, DEMO_STOP_GRACE_S)
        stack.callback(report.say, "stopping the worker and the broker")  # runs before the stop (last in, first out)
        report.say(f"worker starting (pid {worker_process.pid}; it loads its language models first)")
        demo_settings = Settings(broker=broker_url, topic_prefix=env["STORYWIRE_TOPIC_PREFIX"], partitions=settings.partitions,
                                 app_id=env["STORYWIRE_APP_ID"])
        try:
            progress = asyncio.run(_run_demo(demo_settings, pages_dir, timeout, worker_process, report))
        except (TimeoutError, click.ClickException) as exc:
            tail_of_log = worker_log.read_text(errors="replace")[-3000:]
            message = exc.message if isinstance(exc, click.ClickException) else f"the pipeline did not finish within {timeout:.0f}s"
            raise click.ClickException(f"{message}; the worker's log ends with:\n{tail_of_log}") from None
        click.echo(render_stories(progress.stories))
        click.echo(
            f"{len(progress.expected_pages)} page(s) -> {len(progress.articles)} article(s) -> "
            f"{len(progress.stories)} story(ies), {len(progress.rejected_keys)} rejected, "
            f"in {time.monotonic() - report.started:.1f}s"
        )


async def _run_demo(settings: Settings, pages_dir: Path, timeout: float, worker_process: subprocess.Popen[bytes],  # type: ignore[no-untyped-def]
                    report):
    from streams.follow import ensure_topics
    from streams.records import RawItem, utc_now
    from streams.watch import Publisher, items_from_path, scan

    bootstrap = bootstrap_of(settings.broker or "")
    names = TopicNames.from_settings(settings)
    await ensure_topics(bootstrap, names.all(), settings.partitions)
    expected: set[str] = set()
    async with Publisher(bootstrap, names.raw, names.rejected) as publisher:
        for path in scan(pages_dir):
            for item in items_from_path(path, settings.max_page_bytes, utc_now()):
                await publisher.publish(item)
                expected.add(item.item_id if isinstance(item, RawItem) else item.source)
        await publisher.flush()
    report.say(f"published {publisher.published} page(s) to {names.raw}, {publisher.rejected} rejected by the watcher")
    ready = asyncio.create_task(_say_when_consuming(bootstrap, settings.app_id, report))
    try:
        return await _await_pipeline(bootstrap, names, expected, timeout, worker_process, report)
    finally:
        ready.cancel()
        await asyncio.gather(ready, return_exceptions=True)  # its admin client closes its connection


# How often the demo asks the broker whether the worker's group has its partitions.
READY_POLL_S = 0.5


async def _say_when_consuming(bootstrap: str, group_id: str, report) -> None:  # type: ignore[no-untyped-def]
    """Say once the worker's consumer group is stable: it has its partitions and reads."""
    from streams.follow import group_state

    while True:
        try:
            if await group_state(bootstrap, group_id) == "Stable":
                report.ready()
                return
        except Exception as exc:  # noqa: BLE001 - the group's coordinator not there yet: ask again
            log.debug("demo.group_state", error=repr(exc))
        await asyncio.sleep(READY_POLL_S)


async def _await_pipeline(  # type: ignore[no-untyped-def]
    bootstrap: str,
    names: TopicNames,
    expected: set[str],
    timeout: float | None,
    worker_process: subprocess.Popen[bytes],
    on_record=None,
):
    """Follow the outputs until every expected page is through; fail if the worker dies."""
    from streams.progress import follow_until_done

    async def worker_alive() -> None:
        while worker_process.poll() is None:
            await asyncio.sleep(0.5)
        raise click.ClickException(f"the worker exited with code {worker_process.returncode}")

    collecting = asyncio.create_task(follow_until_done(bootstrap, names, expected, on_record))
    watching = asyncio.create_task(worker_alive())
    try:
        done, _pending = await asyncio.wait({collecting, watching}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        if not done:
            raise TimeoutError
        for task in done:
            task.result()  # re-raises the worker's death
    finally:
        for task in (collecting, watching):
            task.cancel()
    return collecting.result()


def _spawn_worker(env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("wb") as log_file:
        return subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker", "-l", "warning"], env=env, stdout=log_file, stderr=subprocess.STDOUT
        )


@main.command()
@click.argument("source", default="raw")
@click.option("--into", "into", default=None, metavar="PREFIX",
              help="Topic prefix to rebuild into (e.g. backfill-1.), with its own worker, group and tables. "
                   "Without it, a dump is fed to the live raw topic for the live worker.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]), default=None,
              help="Only records produced at or after this time (UTC unless it says otherwise).")
@click.option("--timeout", type=float, default=None, help="Give up after this many seconds of processing.")
def replay(source: str, into: str | None, since: datetime | None, timeout: float | None) -> None:
    """Re-run the pipeline over SOURCE: a topic (raw by default, from the beginning) or a
    JSON Lines dump / folder of pages. Idempotent: a second run adds nothing."""
    settings = get_settings()
    bootstrap = bootstrap_of(client_broker(settings))
    live = TopicNames.from_settings(settings)
    dump = Path(source) if Path(source).exists() else None
    if dump is None and into is None:
        raise click.ClickException("replaying a topic into the live topics changes nothing: pass --into PREFIX")
    since_utc = since.replace(tzinfo=since.tzinfo or UTC) if since else None
    target_settings = settings.model_copy(update={"topic_prefix": into}) if into is not None else settings
    target = TopicNames.from_settings(target_settings)
    started = time.monotonic()
    copied, pages = asyncio.run(_copy_for_replay(settings, bootstrap, live, target, source, dump, since_utc))
    click.echo(
        f"source: {copied.copied} record(s) copied to {target.raw}, {copied.already_there} already there, "
        f"{copied.before_since} before --since, {copied.unreadable} unreadable", err=True,
    )
    if into is None:
        click.echo("the live worker processes them; follow with `storywire tail stories`", err=True)
        return
    with ExitStack() as stack:
        data_dir = settings.data_dir / "replay" / _safe_name(into)
        data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "STORYWIRE_BROKER": client_broker(settings),
            "STORYWIRE_TOPIC_PREFIX": into,
            "STORYWIRE_APP_ID": f"{settings.app_id}-replay-{_safe_name(into)}",
            "STORYWIRE_DATA_DIR": str(data_dir),
            "STORYWIRE_WEB_PORT": str(free_port()),
        }
        worker_process = _spawn_worker(env, data_dir / "worker.log")
        stack.callback(_stop, worker_process)
        progress = asyncio.run(_follow_with_bar(bootstrap, target, pages, timeout, worker_process))
    click.echo(
        f"replayed {len(pages)} page(s) into {into}: {len(progress.articles)} article(s), {len(progress.stories)} "
        f"story(ies), {len(progress.rejected_keys)} rejected, in {time.monotonic() - started:.1f}s"
    )


async def _copy_for_replay(settings, bootstrap, live, target, source, dump, since):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    from streams.follow import ensure_topics
    from streams.replay import copy_records, dump_records, topic_records

    await ensure_topics(bootstrap, target.all(), settings.partitions)
    records = dump_records(dump, settings.max_page_bytes) if dump else topic_records(bootstrap, live.resolve(source))
    with tqdm(desc="copy", unit=" rec", file=sys.stderr) as bar:
        return await copy_records(bootstrap, records, target.raw, since, on_record=lambda _r: bar.update(1))


async def _follow_with_bar(bootstrap, names, pages, timeout, worker_process):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    with tqdm(total=len(pages), desc="pipeline", unit=" page", file=sys.stderr) as bar:
        def show(progress) -> None:  # type: ignore[no-untyped-def]
            bar.update(progress.pages_done - bar.n)

        try:
            return await _await_pipeline(bootstrap, names, pages, timeout, worker_process, show)
        except TimeoutError:
            raise click.ClickException(f"the replay did not finish within {timeout:.0f}s") from None


def _safe_name(prefix: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in prefix).strip("-") or "replay"


def _stop(process: subprocess.Popen[bytes], grace_s: float = 15.0) -> None:
    """SIGTERM (Faust stops gracefully), then SIGKILL after ``grace_s``."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    log.debug("worker.stopped", code=process.returncode)


if __name__ == "__main__":
    main()
