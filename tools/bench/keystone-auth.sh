#!/usr/bin/env bash
# Auth benchmark: what Keystone authentication with a warm token cache costs against noauth,
# on the same endpoint (a page of apps). Target (issue 3): at most 5 % fewer requests/s.
#
#   tools/bench/keystone-auth.sh
#
# Needs a real Keystone: uses LAOS_TEST_KEYSTONE_URL and its passwords when set, otherwise
# starts one with tools/keystone/start-keystone.sh. Starts its own LaOS (noop engine, H2) on
# 127.0.0.1:10012, once with noauth and once with keystone, alternately, and measures each
# with wrk (installed from Debian's packages if missing). Loopback only. LAOS_JAR picks another
# jar than laos-api/target/laos-api.jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
port=${LAOS_BENCH_PORT:-10012}
base="http://127.0.0.1:$port"
jar=${LAOS_JAR:-laos-api/target/laos-api.jar}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "${LAOS_JAR:-}" ] || tools/build-if-needed
if [ -z "${LAOS_TEST_KEYSTONE_URL:-}" ]; then
    # shellcheck disable=SC1090
    . <(tools/keystone/start-keystone.sh)
fi

work=$(mktemp -d)
pid=
stop_laos() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    pid=
}
trap 'stop_laos; rm -rf "$work"' EXIT

token=$(curl -fsS -i -H 'Content-Type: application/json' \
    -d '{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "demo",
        "domain": {"name": "Default"}, "password": "'"$LAOS_TEST_KEYSTONE_PASSWORD"'"}}},
        "scope": {"project": {"name": "demo", "domain": {"name": "Default"}}}}}' \
    "$LAOS_TEST_KEYSTONE_URL/auth/tokens?nocatalog" | tr -d '\r' \
    | awk -F': ' 'tolower($1) == "x-subject-token" {print $2}')
project=$(curl -fsS -H "X-Auth-Token: $token" -H "X-Subject-Token: $token" \
    "$LAOS_TEST_KEYSTONE_URL/auth/tokens?nocatalog" \
    | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["token"]["project"]["id"])')

start_laos() { # $1: the auth section
    cat > "$work/laos.yml" <<YAML
server:
  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: $port}]
  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
  requestLog: {appenders: []}
database: {driverClass: org.h2.Driver, url: "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", user: sa}
migrateOnStart: true
auth: $1
driver: {type: noop}
logging: {level: WARN}
YAML
    java -jar "$jar" server "$work/laos.yml" > "$work/laos.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 150); do
        curl -fsS -o /dev/null "$base/" 2>/dev/null && return
        kill -0 "$pid" 2>/dev/null || { cat "$work/laos.log"; exit 1; }
        sleep 0.2
    done
    echo "LaOS did not start" >&2; cat "$work/laos.log"; exit 1
}

measure() { # $1: label, then wrk options; prints "label | p50 | p99 | requests/s"
    local label=$1
    shift
    # Warm up (JIT, connection pools, the token cache), then measure.
    wrk -t2 -c16 -d5s "$@" "$base/v1/$project/apps?limit=10" > /dev/null
    wrk -t2 -c16 -d15s --latency "$@" "$base/v1/$project/apps?limit=10" \
        | awk -v l="$label" '/ 50%/ {p50=$2} / 99%/ {p99=$2} /Requests\/sec/ {rps=$2}
            /Non-2xx/ {bad=$0} END {printf "| %s | %s | %s | %s |%s\n", l, p50, p99, rps, bad}'
}

noauth='{type: noauth}'
keystone="{type: keystone, url: \"$LAOS_TEST_KEYSTONE_URL\", serviceUser: {name: \
${LAOS_TEST_KEYSTONE_SERVICE_USER:-laos}, password: \"$LAOS_TEST_KEYSTONE_SERVICE_PASSWORD\", \
project: ${LAOS_TEST_KEYSTONE_SERVICE_PROJECT:-service}}}"

echo "| auth | p50 | p99 | requests/s |"
echo "|---|---|---|---|"
for round in 1 2; do
    start_laos "$noauth"
    measure "noauth (round $round)"
    stop_laos
    start_laos "$keystone"
    measure "keystone, warm cache (round $round)" -H "X-Auth-Token: $token"
    stop_laos
done
