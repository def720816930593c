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
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
port=${LAOS_BENCH_PORT:-10012}
# Each configuration runs in a fresh JVM: on 2 vCPUs its JIT compiler needs about a minute of
# load before the auth path is compiled (a 5 s warm-up showed gaps of 7-21 %, mostly JIT), and
# runs of the same configuration differ by up to 10 %: hence several alternating rounds.
warmup=${LAOS_BENCH_WARMUP:-90s}
duration=${LAOS_BENCH_DURATION:-15s}
rounds=${LAOS_BENCH_ROUNDS:-3}
base="http://127.0.0.1:$port"
jar=${LAOS_JAR:-laos-api/target/laos-api.jar}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -n "${LAOS_JAR:-}" ] || tools/build-if-needed
if [ -z "${LAOS_TEST_KEYSTONE_URL:-}" ]; then
    # shellcheck disable=SC1090
    . <(tools/keystone/start-keystone.sh)
fi

# shellcheck source=tools/bench/bench-work.sh
. tools/bench/bench-work.sh

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
    bench_started "$pid"
    bench_wait_up "$base/" "$pid" "$work/laos.log"
}

# CPU time (clock ticks) LaOS has used so far.
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$pid/stat"
}

# $1: label, then wrk options; prints a table row and appends "requests/s cpu_us" to $work/$2.
measure() {
    local label=$1 kind=$2 before after
    shift 2
    wrk -t2 -c16 -d"$warmup" "$@" "$base/v1/$project/apps?limit=10" > /dev/null
    before=$(cpu_ticks)
    wrk -t2 -c16 -d"$duration" --latency "$@" "$base/v1/$project/apps?limit=10" \
        > "$work/wrk.txt"
    after=$(cpu_ticks)
    awk -v l="$label" -v t=$(( after - before )) -v hz="$(getconf CLK_TCK)" \
        -v out="$work/$kind" '
        / 50%/ {p50=$2} / 99%/ {p99=$2} /Requests\/sec/ {rps=$2} /requests in/ {n=$1}
        /Non-2xx/ {bad=" " $0}
        END {cpu = t * 1e6 / hz / n
             printf "| %s | %s | %s | %s | %.0f |%s\n", l, p50, p99, rps, cpu, bad
             printf "%s %f\n", rps, cpu >> out}' "$work/wrk.txt"
}

noauth='{type: noauth}'
keystone="{type: keystone, url: \"$LAOS_TEST_KEYSTONE_URL\", serviceUser: {name: \
${LAOS_TEST_KEYSTONE_SERVICE_USER:-laos}, password: \"$LAOS_TEST_KEYSTONE_SERVICE_PASSWORD\", \
project: ${LAOS_TEST_KEYSTONE_SERVICE_PROJECT:-service}}}"

echo "Load average before: $(cut -d' ' -f1 /proc/loadavg); warm-up $warmup, then wrk -t2" \
    "-c16 -d$duration, $rounds round(s); GET /v1/{project}/apps?limit=10, noop engine, H2."
echo
echo "| auth | p50 | p99 | requests/s | LaOS CPU us/request |"
echo "|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
    # The same request both times: the token header costs the server something to read.
    start_laos "$noauth"
    measure "noauth (round $round)" noauth -H "X-Auth-Token: $token"
    bench_stop "$pid"
    start_laos "$keystone"
    measure "keystone, warm cache (round $round)" keystone -H "X-Auth-Token: $token"
    bench_stop "$pid"
done
echo
paste "$work/noauth" "$work/keystone" | awk '
    {nr += $1; nc += $2; kr += $3; kc += $4; n++}
    END {printf "Keystone auth with a warm cache, mean of %d round(s): %.1f %% fewer" \
             " requests/s, %.1f %% more CPU per request than noauth (target: at most 5 %%" \
             " fewer requests/s).\n", n, 100 * (nr - kr) / nr, 100 * (kc - nc) / nc}'
