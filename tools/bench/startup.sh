#!/usr/bin/env bash
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
# Start-up benchmark (DESIGN.md: start to ready <= 3 s; idle heap <= 128 MiB).
#
# Starts LaOS on its embedded defaults (etc/laos/laos-dev.yml: H2, noauth, the local engine)
# in a fresh data directory, several times, and reports for each start:
#   ready   time from launching java to the first answer of GET / (the schema is created on
#           that start: migrateOnStart), read from the shell's clock
#   heap    the Java heap in use once LaOS is idle, after a full GC (jcmd GC.run, then the
#           "used" of GC.heap_info): what the running service keeps, not garbage
#   rss     the process's resident memory at that moment, for reference
# once with a plain `java -jar`, once with the class-data archive the launchers use
# (tools/class-data-option; the archive is made by an extra start first).
#
# Knobs: LAOS_BENCH_ROUNDS (5), LAOS_BENCH_PORT (10021), LAOS_JAVA_OPTS (passed to java).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cd "$root"
rounds=${LAOS_BENCH_ROUNDS:-5}
port=${LAOS_BENCH_PORT:-10021}

tools/build-if-needed
command -v jcmd >/dev/null || { echo "jcmd (from the JDK) is needed" >&2; exit 2; }

# shellcheck source=tools/bench/bench-work.sh
. tools/bench/bench-work.sh

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs"
jar=laos-api/target/laos-api.jar
archive="$work/laos-api.jsa"

# start ROUND MODE JAVA_OPTION...: one start on a fresh data directory, one table row.
start() {
    local round=$1 mode=$2 begin ready_ms used_kb rss_kb
    shift 2
    rm -rf "$work/data"
    begin=$(date +%s%N)
    # shellcheck disable=SC2086 # LAOS_JAVA_OPTS holds several options on purpose
    LAOS_PORT=$port LAOS_ADMIN_PORT=0 LAOS_DATA_DIR="$work/data" \
        java "$@" ${LAOS_JAVA_OPTS:-} -jar "$jar" server etc/laos/laos-dev.yml \
        > "$work/laos.log" 2>&1 &
    pid=$!
    bench_started "$pid"
    bench_wait_up "http://127.0.0.1:$port/" "$pid" "$work/laos.log" 0.02
    ready_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
    sleep 2 # idle: let start-up's background work (JIT, pool fill) settle
    jcmd "$pid" GC.run > /dev/null
    used_kb=$(jcmd "$pid" GC.heap_info \
        | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}')
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    if [ "$round" -gt 0 ]; then
        printf '| %s | %d | %d | %d | %d |\n' "$mode" "$round" "$ready_ms" \
            $(( ${used_kb%K} / 1024 )) $(( rss_kb / 1024 ))
    fi
    bench_stop "$pid"
}

printf '| start | round | ready ms | heap used MiB (idle, after GC) | RSS MiB |\n'
printf '|---|---:|---:|---:|---:|\n'
for round in $(seq 1 "$rounds"); do
    start "$round" "java -jar" -Xshare:auto
done
start 0 "archive" "-XX:ArchiveClassesAtExit=$archive"
for round in $(seq 1 "$rounds"); do
    start "$round" "with class-data archive" "-XX:SharedArchiveFile=$archive"
done
