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
# Stops the Keystone that start-keystone.sh started (by the pid in its state
# directory, nothing else).
#
# Usage: tools/keystone/stop-keystone.sh [--purge] [STATE_DIR]
#   --purge     also delete the state directory (database, keys, passwords)
#   STATE_DIR   default $LAOS_KEYSTONE_STATE or /tmp/laos-keystone
set -euo pipefail

purge=false
if [[ ${1:-} == --purge ]]; then
    purge=true
    shift
fi
state=${1:-${LAOS_KEYSTONE_STATE:-/tmp/laos-keystone}}

pid=$(cat "$state/uwsgi.pid" 2>/dev/null || true)
if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    # uwsgi runs with --die-on-term: SIGTERM stops it (without, it would reload).
    kill -TERM "$pid"
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "stop-keystone: uwsgi $pid did not stop within 30 s" >&2
        exit 1
    fi
    echo "stop-keystone: stopped Keystone (uwsgi $pid)" >&2
else
    echo "stop-keystone: no Keystone running from $state" >&2
fi
rm -f "$state/uwsgi.pid"
if $purge; then
    rm -rf "$state"
fi
