#!/usr/bin/env bash
# Apache Kafka (KRaft, one node as broker+controller) on loopback, from Maven Central artifacts.
#   scripts/kafka.sh start [PORT]   prints the bootstrap address (default port 19092)
#   scripts/kafka.sh stop  [PORT]        stops it and frees its data (its logs stay in .cache/kafka/run-PORT)
#   scripts/kafka.sh status [PORT]
#   scripts/kafka.sh down|up [PORT]   stop the broker keeping its data, start it again on that data
#                                     (an outage, not a fresh broker)
# The broker and its runtime dependencies (pinned in scripts/kafka/pom.xml) are copied by the
# machine's Maven into .cache/kafka/lib once and reused; storage is formatted fresh on start.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cache="${STORYWIRE_KAFKA_CACHE:-$root/.cache/kafka}"
port="${2:-${KAFKA_PORT:-19092}}"
controller_port=$((port + 1))
run="$cache/run-$port"
pidfile="$run/kafka.pid"

need() { command -v "$1" >/dev/null 2>&1 || { echo "kafka.sh: $1 is not installed" >&2; exit 3; }; }

fetch() {
  need java; need mvn
  if [ -f "$cache/lib/.complete" ] && cmp -s "$here/kafka/pom.xml" "$cache/lib/.pom"; then return; fi
  rm -rf "$cache/lib"
  mvn -q -B -f "$here/kafka/pom.xml" -Dmaven.repo.local="$cache/m2" \
    dependency:copy-dependencies -DoutputDirectory="$cache/lib" -DincludeScope=runtime >&2
  cp "$here/kafka/pom.xml" "$cache/lib/.pom"
  touch "$cache/lib/.complete"
}

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# Each start formats fresh storage, so a stopped broker's data is only disk: a run dir whose broker
# is gone and that nothing touched for an hour (a killed test or bench never called stop) loses it.
prune_stale_runs() {
  local dir pid
  for dir in "$cache"/run-*; do
    [ -d "$dir/data" ] || continue
    pid="$(cat "$dir/kafka.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then continue; fi
    if [ -n "$(find "$dir" -maxdepth 0 -mmin +60)" ]; then rm -rf "$dir/data"; fi
  done
}

start() {
  fetch
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "127.0.0.1:$port"; return; fi
  prune_stale_runs
  rm -rf "$run"; mkdir -p "$run/data"
  java_opts=(-Xms256m -Xmx1g -Dlog4j2.configurationFile="$run/log4j2.properties" -cp "$cache/lib/*")
  cat > "$run/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$run/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  cat > "$run/log4j2.properties" <<LOG
rootLogger.level=WARN
rootLogger.appenderRef.file.ref=file
appender.file.type=File
appender.file.name=file
appender.file.fileName=$run/kafka.log
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
LOG
  java "${java_opts[@]}" kafka.tools.StorageTool format -t "$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid)" \
    -c "$run/server.properties" >"$run/format.log" 2>&1
  launch
}

launch() {
  java_opts=(-Xms256m -Xmx1g -Dlog4j2.configurationFile="$run/log4j2.properties" -cp "$cache/lib/*")
  nohup java "${java_opts[@]}" kafka.Kafka "$run/server.properties" >>"$run/stdout.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 120); do
    if answers; then echo "127.0.0.1:$port"; return; fi
    kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "kafka.sh: broker exited; see $run" >&2; tail -20 "$run/stdout.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "kafka.sh: broker did not answer on $port within 60s; see $run" >&2; exit 1
}

stop() {
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  rm -rf "$run/data"  # the next start formats fresh storage; the logs stay for a look
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  down) if [ -f "$pidfile" ]; then pid="$(cat "$pidfile")"; kill "$pid" 2>/dev/null || true
          for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done; fi ;;
  up) [ -f "$run/server.properties" ] || { echo "kafka.sh: nothing to bring up on $port" >&2; exit 1; }
      fetch; launch ;;
  status) if answers; then echo "up 127.0.0.1:$port"; else echo "down"; exit 1; fi ;;
  fetch) fetch ;;
  *) echo "usage: $0 start|stop|status|fetch|down|up [PORT]" >&2; exit 2 ;;
esac
