"""The ``storywire`` command: worker, watch, demo, tail."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

import click

from streams.broker import EmbeddedBroker, bootstrap_of, free_port
from streams.logs import configure_logging, log
from streams.settings import Settings, get_settings
from streams.topics import TopicNames

MARKER_NAME = "embedded-broker.url"
DEMO_TIMEOUT_S = 90.0


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


@click.group()
@click.option("--log-level", envvar="STORYWIRE_LOG_LEVEL", default="info", show_default=True)
def main(log_level: str) -> None:
    """storywire: a live news-wire processor (split, normalize, enrich, group into stories)."""
    configure_logging(log_level)


@main.command()
@click.option("-l", "--loglevel", envvar="STORYWIRE_LOG_LEVEL", default="info", show_default=True)
def worker(loglevel: str) -> None:
    """Run the Faust worker; starts the embedded broker when STORYWIRE_BROKER is unset."""
    settings = get_settings()
    with ExitStack() as stack:
        if settings.broker is None:
            broker = stack.enter_context(EmbeddedBroker(marker=_marker(settings)))
            os.environ["STORYWIRE_BROKER"] = broker.url
            os.environ["STORYWIRE_BROKER_PROFILE"] = "embedded"
            get_settings.cache_clear()
            click.echo(f"embedded broker at {broker.url} (STORYWIRE_BROKER for other commands)", err=True)
        run_worker(loglevel)


def run_worker(loglevel: str) -> None:
    import faust

    from streams.worker import app

    Path(app.conf.datadir).parent.mkdir(parents=True, exist_ok=True)  # Faust makes only the last level
    worker_ = faust.Worker(app, loglevel=loglevel)
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
    settings = get_settings()
    bootstrap = bootstrap_of(client_broker(settings))
    asyncio.run(_watch(settings, bootstrap, path, once or str(path) == "-"))


async def _watch(settings: Settings, bootstrap: str, path: Path, once: bool) -> None:
    from streams.follow import ensure_topics
    from streams.records import utc_now
    from streams.watch import Publisher, Watcher, items_from_stdin, scan, stdin_binary

    names = TopicNames.from_settings(settings)
    await ensure_topics(bootstrap, names.all(), settings.partitions)
    async with Publisher(bootstrap, names.raw, names.rejected) as publisher:
        if str(path) == "-":
            for item in items_from_stdin(stdin_binary(), settings.max_page_bytes, utc_now()):
                await publisher.publish(item)
            await publisher.flush()
        elif once:
            await Watcher(publisher, settings.max_page_bytes).publish_changed(scan(path))
        else:
            click.echo(f"watching {path} (Ctrl-C to stop)", err=True)
            await Watcher(publisher, settings.max_page_bytes).follow(path)
        click.echo(f"published {publisher.published} page(s), rejected {publisher.rejected}", err=True)


@main.command()
@click.argument("topic")
@click.option("--json", "as_json", is_flag=True, help="One JSON record a line, for machines.")
@click.option("--from-beginning/--from-now", default=True, show_default=True)
@click.option("--idle-exit", type=float, default=None, help="Exit after this many seconds without a record.")
def tail(topic: str, as_json: bool, from_beginning: bool, idle_exit: float | None) -> None:
    """Follow TOPIC (raw, articles, normalized, enriched, stories, rejected) and print it."""
    settings = get_settings()
    bootstrap = bootstrap_of(client_broker(settings))
    name = TopicNames.from_settings(settings).resolve(topic)
    asyncio.run(_tail(bootstrap, name, as_json, from_beginning, idle_exit))


async def _tail(bootstrap: str, topic: str, as_json: bool, from_beginning: bool, idle_exit: float | None) -> None:
    from streams.follow import follow, readable

    async for name, _key, value, _ts in follow(bootstrap, [topic], from_beginning, idle_exit):
        click.echo(value.decode("utf-8", "replace") if as_json else readable(name, value))


@main.command()
@click.option("--pages", type=click.Path(exists=True, path_type=Path), default=None,
              help="Folder of pages (default: the demo pages shipped with storywire).")
@click.option("--timeout", type=float, default=DEMO_TIMEOUT_S, show_default=True)
def demo(pages: Path | None, timeout: float) -> None:
    """Embedded broker + worker + watcher on a folder of pages; prints the stories and exits."""
    started = time.monotonic()
    settings = get_settings()
    with ExitStack() as stack:
        broker_url = settings.broker
        if broker_url is None:
            broker_url = stack.enter_context(EmbeddedBroker()).url
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
        worker_log = Path(env["STORYWIRE_DATA_DIR"]) / "worker.log"
        with worker_log.open("wb") as log_file:
            worker_process = subprocess.Popen(
                [sys.executable, "-m", "streams.cli", "worker", "-l", "warning"], env=env,
                stdout=log_file, stderr=subprocess.STDOUT,
            )
        stack.callback(_stop, worker_process)
        demo_settings = Settings(broker=broker_url, topic_prefix=env["STORYWIRE_TOPIC_PREFIX"], partitions=settings.partitions)
        try:
            progress = asyncio.run(_run_demo(demo_settings, pages_dir, timeout, worker_process))
        except (TimeoutError, click.ClickException) as exc:
            tail_of_log = worker_log.read_text(errors="replace")[-3000:]
            message = exc.message if isinstance(exc, click.ClickException) else f"the pipeline did not finish within {timeout:.0f}s"
            raise click.ClickException(f"{message}; the worker's log ends with:\n{tail_of_log}") from None
        from streams.progress import render_stories

        click.echo(render_stories(progress.stories))
        click.echo(
            f"{len(progress.expected_pages)} page(s) -> {len(progress.articles)} article(s) -> "
            f"{len(progress.stories)} story(ies), {len(progress.rejected_keys)} rejected, "
            f"in {time.monotonic() - started:.1f}s"
        )


async def _run_demo(settings: Settings, pages_dir: Path, timeout: float, worker_process: subprocess.Popen[bytes]):  # type: ignore[no-untyped-def]
    from streams.follow import ensure_topics
    from streams.progress import follow_until_done
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
    async def worker_alive() -> None:
        while worker_process.poll() is None:
            await asyncio.sleep(0.5)
        raise click.ClickException(f"the worker exited with code {worker_process.returncode}")

    collecting = asyncio.create_task(follow_until_done(bootstrap, names, expected))
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


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    log.debug("worker.stopped", code=process.returncode)


if __name__ == "__main__":
    main()
