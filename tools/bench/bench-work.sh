# shellcheck shell=bash
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
# Sourced by the benchmarks: a scratch directory, $work, and the servers they start, all gone
# when the script exits, however it exits.
#
#   bench_started PID             stops PID (and waits for it) when the script exits
#   bench_stop PID                stops it now
#   bench_wait_up URL PID LOG [SECONDS_BETWEEN_TRIES]
#                                 waits until URL answers (up to 30 s); if PID dies or the
#                                 time runs out, prints LOG and exits
work=$(mktemp -d)
bench_pids=()

bench_started() {
    bench_pids+=("$1")
}

bench_stop() {
    local p kept=()
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    for p in "${bench_pids[@]}"; do
        [ "$p" = "$1" ] || kept+=("$p")
    done
    bench_pids=("${kept[@]}")
}

bench_wait_up() {
    local url=$1 pid=$2 log=$3 pause=${4:-0.2} deadline=$((SECONDS + 30))
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
            echo "$url did not answer; its log:" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep "$pause"
    done
}

_bench_exit() {
    local p
    for p in "${bench_pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    for p in "${bench_pids[@]}"; do
        wait "$p" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap _bench_exit EXIT
