#!/usr/bin/env bash
#
# Copyright 2026 The LaOS Authors
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not
# use this file except in compliance with the License. You may obtain a copy of
# the License at http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
#
# Run-path benchmark (a benchmark, not a test). Side by side, with the same wrk settings:
#
#   backend   an nginx that answers like IronFunctions' /r/{app}/{path} (fixed small body)
#   proxy     an nginx reverse proxy (keep-alive upstream) in front of that backend
#   floor     the libraries LaOS runs on (Jetty 12 server, HttpClient 5 client), set up as LaOS
#             sets them up, passing requests through and nothing else (BareJettyProxy in
#             laos-api's test sources): how far any gateway on that stack gets on the machine
#   laos      LaOS (H2 or LAOS_BENCH_DB, noauth, driver ironfunctions) in front of the same
#             backend
#
# 1. full load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION against each target (requests/s);
# 2. half load: each target paced at half the proxy's requests/s, for the p99 latency LaOS
#    adds over the backend. Debian's wrk has no -R (that is wrk2), so the pacing is a wrk Lua
#    script that makes each connection wait about 5 ms between requests, with as many
#    connections as that rate needs (the rate reached is a little lower: each connection also
#    waits for its answers; the table shows the rate reached).
#
# Target (DESIGN.md): LaOS >= 50 % of the proxy's requests/s; p99 added <= 2 ms at half load.
#
#   tools/bench/run-path.sh
#   LAOS_BENCH_DURATION=30s LAOS_BENCH_CONNECTIONS=128 tools/bench/run-path.sh
#
# Loopback only; everything it starts is stopped on exit. Installs wrk and nginx from Debian's
# packages when missing.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"

threads=${LAOS_BENCH_THREADS:-2}
connections=${LAOS_BENCH_CONNECTIONS:-64}
duration=${LAOS_BENCH_DURATION:-15s}
# LaOS's JVM needs minutes of load on 2 CPUs before its JIT compiler has caught up with the
# request threads (its compile queue holds ~1000 methods after the first 30 s); nginx needs none.
warmup=${LAOS_BENCH_WARMUP:-180s}
backend_port=${LAOS_BENCH_BACKEND_PORT:-18180}
proxy_port=${LAOS_BENCH_PROXY_PORT:-18181}
floor_port=${LAOS_BENCH_FLOOR_PORT:-18182}
laos_port=${LAOS_BENCH_LAOS_PORT:-18190}
heap=${LAOS_BENCH_HEAP:-512m}
# noop measures LaOS without its engine client (diagnosis only: the answer is then empty).
laos_driver=${LAOS_BENCH_LAOS_DRIVER:-ironfunctions}
# Where LaOS keeps its call records: h2 (embedded, the laptop default), mariadb, postgresql.
db=${LAOS_BENCH_DB:-h2}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ ! -f laos-api/target/laos-api.jar ] || [ "${LAOS_BENCH_BUILD:-1}" = 1 ]; then
    echo "Building LaOS (mvn -B -q -DskipTests package)..." >&2
    mvn -B -q -DskipTests package >&2
fi

load_before=$(cut -d' ' -f1 /proc/loadavg)
# shellcheck source=tools/bench/bench-work.sh
. tools/bench/bench-work.sh

for port in "$backend_port" "$proxy_port" "$floor_port" "$laos_port"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is taken; set LAOS_BENCH_*_PORT" >&2
        exit 2
    fi
done

# The backend: what IronFunctions answers to LaOS's driver (app and route creates, the health
# check) and to runs (/r/...: a fixed small body), on kept-alive connections.
cat > "$work/backend.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/backend.pid;
error_log $work/backend-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_temp_path $work/backend-body;
    server {
        listen 127.0.0.1:$backend_port;
        default_type application/json;
        location = /version { return 200 '{"version":"0.2.72"}'; }
        location = /v1/apps {
            return 200 '{"message": "App successfully created",
                "app": {"name": "bench", "config": {}}}';
        }
        location ~ ^/v1/apps/[^/]+/routes\$ {
            return 200 '{"message": "Route successfully created", "route": {"app_name": "bench",
                "path": "/hello", "image": "iron/hello", "memory": 128, "type": "sync",
                "format": "default", "timeout": 30, "idle_timeout": 30, "max_concurrency": 1,
                "headers": {}, "config": {}}}';
        }
        location /v1/ { return 200 '{"message":"ok"}'; }
        location /r/ {
            default_type text/plain;
            return 200 'Hello World!\n';
        }
    }
}
NGINX

# The reference: nginx as a plain reverse proxy, pooling keep-alive connections upstream.
cat > "$work/proxy.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/proxy.pid;
error_log $work/proxy-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $work/proxy-body;
    proxy_temp_path $work/proxy-temp;
    upstream backend {
        server 127.0.0.1:$backend_port;
        keepalive 128;
    }
    server {
        listen 127.0.0.1:$proxy_port;
        location / {
            proxy_pass http://backend;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
NGINX

if [ "$laos_driver" = noop ]; then
    driver="{type: noop}"
else
    driver="{type: ironfunctions, url: \"http://127.0.0.1:$backend_port\"}"
fi
# shellcheck source=tools/bench/bench-db.sh
. tools/bench/bench-db.sh
database=$(bench_database "$db" "$work")
cat > "$work/laos.yml" <<YAML
server:
  applicationConnectors: [{type: http, bindHost: 127.0.0.1, port: $laos_port}]
  adminConnectors: [{type: http, bindHost: 127.0.0.1, port: 0}]
  requestLog: {appenders: []}
$database
migrateOnStart: true
auth: {type: noauth}
driver: $driver
logging: {level: WARN}
YAML

# Paces each connection so that all of them together send about WRK_RATE requests/s.
cat > "$work/paced.lua" <<'LUA'
local rate = tonumber(os.getenv("WRK_RATE"))
local connections = tonumber(os.getenv("WRK_CONNECTIONS"))
local gap = connections * 1000.0 / rate
function delay()
    -- wrk waits whole milliseconds: alternate between floor and ceiling to keep the mean.
    local whole = math.floor(gap)
    if math.random() < gap - whole then
        return whole + 1
    end
    return whole
end
LUA

"$nginx_bin" -p "$work" -c "$work/backend.conf" > "$work/backend.out" 2>&1 &
backend_pid=$!
bench_started "$backend_pid"
"$nginx_bin" -p "$work" -c "$work/proxy.conf" > "$work/proxy.out" 2>&1 &
proxy_pid=$!
bench_started "$proxy_pid"
java -Xms"$heap" -Xmx"$heap" -jar laos-api/target/laos-api.jar server "$work/laos.yml" \
    > "$work/laos.log" 2>&1 &
laos_pid=$!
bench_started "$laos_pid"
tests_jar=$(ls laos-api/target/laos-api-*-tests.jar)
java -Xms"$heap" -Xmx"$heap" -cp "laos-api/target/laos-api.jar:$tests_jar" \
    io.laos.api.bench.BareJettyProxy "$floor_port" "http://127.0.0.1:$backend_port" \
    > "$work/floor.log" 2>&1 &
floor_pid=$!
bench_started "$floor_pid"

laos="http://127.0.0.1:$laos_port"
bench_wait_up "$laos/" "$laos_pid" "$work/laos.log"
curl -fsS -o /dev/null "http://127.0.0.1:$backend_port/version"
curl -fsS -o /dev/null "http://127.0.0.1:$proxy_port/version"
bench_wait_up "http://127.0.0.1:$floor_port/version" "$floor_pid" "$work/floor.log"

curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d '{"app": {"name": "bench"}}' "$laos/v1/bench/apps"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d '{"route": {"path": "/hello", "image": "iron/hello", "is_public": true}}' \
    "$laos/v1/bench/apps/bench/routes"

declare -A url=(
    [backend]="http://127.0.0.1:$backend_port/r/bench/hello"
    [proxy]="http://127.0.0.1:$proxy_port/r/bench/hello"
    [floor]="http://127.0.0.1:$floor_port/r/bench/hello"
    [laos]="$laos/r/bench/bench/hello"
)
for target in backend proxy floor laos; do
    answer=$(curl -fsS "${url[$target]}")
    [ "$answer" = "Hello World!" ] || [ "$target/$laos_driver" = laos/noop ] \
        || { echo "$target answered: $answer" >&2; exit 1; }
done

declare -A server_pid=([backend]=$backend_pid [proxy]=$proxy_pid [floor]=$floor_pid
    [laos]=$laos_pid)

# CPU time (clock ticks) used so far by a process and its children (nginx's worker).
cpu_ticks() {
    local total=0 p
    for p in "$1" $(pgrep -P "$1" || true); do
        total=$(( total + $(awk '{print $14 + $15}' "/proc/$p/stat") ))
    done
    echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# wrk output -> "requests/s p50_ms p99_ms" (latencies converted to milliseconds).
summarise() {
    awk 'function ms(v) {
             if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000;
             if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0;
             if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000;
             return v + 0 }
         / 50%/ {p50 = ms($2)} / 99%/ {p99 = ms($2)} /Requests\/sec/ {rps = $2}
         /Non-2xx/ {bad = $NF} /Socket errors/ {err = $0}
         END {printf "%.0f %.3f %.3f %s\n", rps, p50, p99, (bad || err) ? "errors" : "ok"}'
}

# Full load; also prints the server's own CPU time per request, in microseconds.
full() {
    local before after
    before=$(cpu_ticks "${server_pid[$1]}")
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "${url[$1]}" \
        > "$work/$1-full.txt"
    after=$(cpu_ticks "${server_pid[$1]}")
    summarise < "$work/$1-full.txt" | tr -d '\n'
    awk -v t=$(( after - before )) -v hz="$ticks_per_second" \
        '/requests in/ {printf " %.0f\n", t * 1e6 / hz / $1}' "$work/$1-full.txt"
}

# About 5 ms between the requests of one connection (wrk's delays are whole milliseconds).
connections_for() {
    local n=$(( ($1 * 5 + 999) / 1000 ))
    [ "$n" -ge "$threads" ] || n=$threads
    echo "$n"
}

# paced TARGET RATE: wrk at about RATE requests/s.
paced() {
    local n
    n=$(connections_for "$2")
    WRK_RATE=$2 WRK_CONNECTIONS=$n wrk -t"$threads" -c"$n" -d"$duration" --latency \
        -s "$work/paced.lua" "${url[$1]}" | tee "$work/$1-paced-$2.txt" | summarise
}

echo "Warming up: nginx 5s each, the floor 60s, LaOS $warmup (JIT, connection pools)..." >&2
for target in backend proxy; do
    wrk -t"$threads" -c"$connections" -d5s "${url[$target]}" > /dev/null
done
wrk -t"$threads" -c"$connections" -d60s "${url[floor]}" > /dev/null
wrk -t"$threads" -c"$connections" -d"$warmup" "${url[laos]}" > /dev/null

declare -A rps p50 p99 ok cpu hrps hp50 hp99 hok
for target in backend proxy floor laos; do
    echo "Full load: $target..." >&2
    read -r rps[$target] p50[$target] p99[$target] ok[$target] cpu[$target] \
        < <(full "$target")
done
half=$(( rps[proxy] / 2 ))
paced_connections=$(connections_for "$half")
for target in backend proxy floor laos; do
    echo "Half load ($half requests/s): $target..." >&2
    read -r hrps[$target] hp50[$target] hp99[$target] hok[$target] \
        < <(paced "$target" "$half")
done
# Where LaOS cannot carry half the proxy's rate, that row measures a queue, not LaOS: so also
# at half of LaOS's own full-load rate.
own_half=$(( rps[laos] / 2 ))
echo "Half of LaOS's own rate ($own_half requests/s): backend, laos..." >&2
read -r _ _ own_backend_p99 _ < <(paced backend "$own_half")
read -r own_rps _ own_p99 own_ok < <(paced laos "$own_half")

echo
echo "Run path, $(date -u +%Y-%m-%d), $(nproc) CPU(s), load average $load_before before" \
    "the run, loopback, LaOS on $db; full load: wrk -t$threads" \
    "-c$connections -d$duration; half load: $half requests/s over $paced_connections" \
    "connections (paced), -d$duration."
echo
echo "| target | requests/s | p50 ms | p99 ms | server CPU us/request |" \
    "half-load requests/s | p50 ms | p99 ms | p99 added ms |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for target in backend proxy floor laos; do
    added=$(awk -v a="${hp99[$target]}" -v b="${hp99[backend]}" 'BEGIN {printf "%.3f", a - b}')
    note=""
    [ "${ok[$target]}" = ok ] && [ "${hok[$target]}" = ok ] || note=" (errors, see wrk)"
    echo "| $target$note | ${rps[$target]} | ${p50[$target]} | ${p99[$target]} |" \
        "${cpu[$target]} | ${hrps[$target]} | ${hp50[$target]} | ${hp99[$target]} | $added |"
done
ratio=$(awk -v l="${rps[laos]}" -v p="${rps[proxy]}" 'BEGIN {printf "%.0f", 100 * l / p}')
floor_ratio=$(awk -v l="${rps[floor]}" -v p="${rps[proxy]}" 'BEGIN {printf "%.0f", 100 * l / p}')
added=$(awk -v a="${hp99[laos]}" -v b="${hp99[backend]}" 'BEGIN {printf "%.3f", a - b}')
echo
echo "LaOS / proxy requests/s: $ratio % (target >= 50 %); LaOS p99 added at half load:" \
    "$added ms (target <= 2 ms). The floor (Jetty + HttpClient alone): $floor_ratio % of the" \
    "proxy."
own_added=$(awk -v a="$own_p99" -v b="$own_backend_p99" 'BEGIN {printf "%.3f", a - b}')
echo "At half its own full-load rate ($own_rps requests/s reached, $own_ok), LaOS's p99 is" \
    "$own_p99 ms, $own_added ms over the backend's at that rate."
if [ -n "${LAOS_BENCH_KEEP_OUTPUT:-}" ]; then
    mkdir -p "$LAOS_BENCH_KEEP_OUTPUT" && cp "$work"/*.txt "$work/laos.log" "$work/floor.log" \
        "$LAOS_BENCH_KEEP_OUTPUT/"
fi
