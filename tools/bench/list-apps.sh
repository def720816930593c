#!/usr/bin/env bash
# Control-plane benchmark: list a page of 100 apps in a project that holds 10,000 apps.
# Target (DESIGN.md): at most 20 ms at the median, no engine calls.
#
#   tools/bench/list-apps.sh             # H2 (embedded)
#   LAOS_BENCH_DB=mariadb tools/bench/list-apps.sh
#   LAOS_BENCH_DB=postgresql tools/bench/list-apps.sh
#
# Starts its own LaOS (noauth, noop engine) on 127.0.0.1:10011, seeds the apps through the API,
# then measures with wrk (installed from Debian's packages if missing). Loopback only.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
apps=${LAOS_BENCH_APPS:-10000}
port=${LAOS_BENCH_PORT:-10011}
db=${LAOS_BENCH_DB:-h2}
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
tools/build-if-needed

# shellcheck source=tools/bench/bench-work.sh
. tools/bench/bench-work.sh

# shellcheck source=tools/bench/bench-db.sh
. tools/bench/bench-db.sh
database=$(bench_database "$db" "$work")


cat > "$work/laos.yml" <<YAML
server:
  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: $port}]
  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
  requestLog: {appenders: []}
$database
migrateOnStart: true
auth: {type: noauth}
driver: {type: noop}
logging: {level: WARN}
YAML

java -jar laos-api/target/laos-api.jar server "$work/laos.yml" > "$work/laos.log" 2>&1 &
pid=$!
bench_started "$pid"
bench_wait_up "$base/" "$pid" "$work/laos.log"

echo "Seeding $apps apps through the API ($db)..."
seq -f "app%05g" 1 "$apps" | xargs -P 8 -I{} curl -sS -o /dev/null \
    -H 'Content-Type: application/json' -d '{"app": {"name": "{}"}}' "$base/v1/bench/apps"
count=$(curl -fsS "$base/v1/bench/apps?limit=1000" | grep -o '"name"' | wc -l)
echo "First page holds $count apps (1000 expected)."

measure() {
    wrk -t1 -c1 -d10s --latency "$1" | awk '/ 50%/ {p50=$2} / 99%/ {p99=$2}
        /Requests\/sec/ {rps=$2} END {printf "%s | %s | %s", p50, p99, rps}'
}
echo
echo "| page | p50 | p99 | requests/s |"
echo "|---|---|---|---|"
echo "| first 100 of $apps ($db) | $(measure "$base/v1/bench/apps?limit=100") |"
echo "| 100 after app05000 ($db) | $(measure "$base/v1/bench/apps?limit=100&marker=app05000") |"
