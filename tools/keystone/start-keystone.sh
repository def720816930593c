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
# Starts a real OpenStack Keystone (Debian's packages) on loopback for LaOS's
# real-Keystone test tier, with the fixture the tier expects:
#
#   projects demo, alt_demo, service (and admin, from bootstrap)
#   users    demo (member of demo), alt_demo (member of alt_demo),
#            demo_reader (reader of demo), admin (admin of admin),
#            laos (service role in service: LaOS's own service user)
#   catalog  service type "functions" (name laos), public/internal/admin endpoints
#
# Usage: tools/keystone/start-keystone.sh [STATE_DIR]
#   STATE_DIR        default $LAOS_KEYSTONE_STATE or /tmp/laos-keystone
#   LAOS_KEYSTONE_PORT             default 5000
#   LAOS_TEST_KEYSTONE_PASSWORD    password of the fixture users (default: random)
#   LAOS_TEST_KEYSTONE_SERVICE_PASSWORD  password of user laos (default: random)
#   LAOS_TEST_LAOS_URL             the catalog's LaOS URL (default http://127.0.0.1:10001)
#
# Installs keystone, python3-openstackclient and uwsgi with apt when they are
# missing (root needed; about 75 s). A Keystone already running from STATE_DIR is
# reused. The environment the test tier needs is written to STATE_DIR/keystone.env
# and printed:  . /tmp/laos-keystone/keystone.env && tools/run-tests
# Stop it with tools/keystone/stop-keystone.sh [STATE_DIR].
set -euo pipefail

state=${1:-${LAOS_KEYSTONE_STATE:-/tmp/laos-keystone}}
port=${LAOS_KEYSTONE_PORT:-5000}
url="http://127.0.0.1:${port}/v3"
laos_url=${LAOS_TEST_LAOS_URL:-http://127.0.0.1:10001}
# Only Debian's own Python has Keystone's modules; a python3 earlier on PATH may not.
py=/usr/bin/python3

log() { echo "start-keystone: $*" >&2; }

install_packages() {
    if command -v keystone-manage >/dev/null && command -v openstack >/dev/null \
        && command -v uwsgi >/dev/null && [[ -e /usr/lib/uwsgi/plugins/python3_plugin.so ]]; then
        return
    fi
    log "installing keystone, python3-openstackclient and uwsgi (apt)"
    # The package's install script would start Debian's own Keystone on all interfaces:
    # a policy-rc.d that answers 101 forbids that; ours is removed again afterwards.
    local guard=/usr/sbin/policy-rc.d
    if [[ ! -e $guard ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$guard"
        chmod 755 "$guard"
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        keystone python3-openstackclient uwsgi-core uwsgi-plugin-python3 >/dev/null
    if [[ -n $(trap -p EXIT) ]]; then
        rm -f "$guard"
        trap - EXIT
    fi
}

is_up() {
    "$py" - "$url" <<'PY' >/dev/null 2>&1
import sys, urllib.request
urllib.request.urlopen(sys.argv[1], timeout=2).read()
PY
}

running_pid() {
    local pid
    pid=$(cat "$state/uwsgi.pid" 2>/dev/null) || return 1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

random_password() {
    # Hex only: token_urlsafe may start with "-", which the openstack client then reads as
    # an option (CI once failed so: "No user with a name or ID of 'laos' exists").
    "$py" -c 'import secrets; print(secrets.token_hex(18))'
}

write_config() {
    mkdir -p "$state/fernet-keys" "$state/credential-keys" "$state/log"
    chmod 700 "$state" "$state/fernet-keys" "$state/credential-keys"
    cat >"$state/keystone.conf" <<CONF
[DEFAULT]
log_file = $state/log/keystone.log
use_stderr = false

[database]
# SQLite needs check_same_thread=false (and WAL, set after db_sync) under uwsgi threads.
connection = sqlite:///$state/keystone.db?check_same_thread=false

[token]
provider = fernet
expiration = 3600

[fernet_tokens]
key_repository = $state/fernet-keys

[credential]
key_repository = $state/credential-keys
CONF
}

# keystone-manage reads /etc/keystone/keystone.conf unless told otherwise; its chatter (and
# eventlet's complaints at exit) go to a log file.
manage() {
    keystone-manage --config-file "$state/keystone.conf" "$@" >>"$state/log/manage.log" 2>&1 \
        || { log "keystone-manage $1 failed; see $state/log/manage.log"; exit 1; }
}

initialise() {
    local admin_password=$1
    manage db_sync
    "$py" -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA journal_mode=WAL')" \
        "$state/keystone.db"
    manage fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
    manage credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)"
    manage bootstrap --bootstrap-password "$admin_password" \
        --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
        --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
        --bootstrap-admin-url "$url" --bootstrap-public-url "$url" \
        --bootstrap-internal-url "$url"
}

serve() {
    # --http-socket closes the connection after each answer; saying so (Connection: close)
    # keeps clients from reusing a closed connection (a "connection reset" on their next call).
    uwsgi --plugins python3 --http-socket "127.0.0.1:${port}" --add-header "Connection: close" \
        --wsgi-file "$(command -v keystone-wsgi-public)" --master --processes 1 --threads 4 \
        --lazy-apps --die-on-term --skip-atexit-teardown --buffer-size 65535 \
        --env "OS_KEYSTONE_CONFIG_FILES=$state/keystone.conf" \
        --pidfile "$state/uwsgi.pid" --daemonize "$state/log/uwsgi.log"
    local i
    for ((i = 0; i < 120; i++)); do
        if is_up; then
            return
        fi
        sleep 0.5
    done
    log "Keystone did not answer at $url within 60 s; see $state/log/"
    exit 1
}

create_fixture() {
    local password=$1 service_password=$2
    # One openstack process reads all commands (each separate call costs ~2 s of start-up).
    openstack <<CMDS >"$state/log/fixture.log" 2>&1
project create --domain default --or-show demo
project create --domain default --or-show alt_demo
project create --domain default --or-show service
role create --or-show service
user create --domain default --password=$password --or-show demo
user create --domain default --password=$password --or-show alt_demo
user create --domain default --password=$password --or-show demo_reader
user create --domain default --password=$service_password --or-show laos
role add --project demo --user demo member
role add --project alt_demo --user alt_demo member
role add --project demo --user demo_reader reader
role add --project service --user laos service
service create --name laos --description Functions functions
endpoint create --region RegionOne functions public $laos_url
endpoint create --region RegionOne functions internal $laos_url
endpoint create --region RegionOne functions admin $laos_url
CMDS
    # The interactive shell does not stop on errors: check what matters.
    openstack role assignment list --user laos --project service --names -f value \
        | grep -q '^service ' || { log "fixture failed; see $state/log/fixture.log"; exit 1; }
}

install_packages
export OS_KEYSTONE_CONFIG_FILES="$state/keystone.conf"
if running_pid >/dev/null && [[ -f $state/keystone.env ]] && is_up; then
    log "reusing the Keystone running from $state"
else
    if [[ -e $state && ! -f $state/keystone.conf && -n $(ls -A "$state") ]]; then
        log "$state is not empty and holds no keystone.conf: refusing to wipe it"
        exit 1
    fi
    "$(dirname "$0")/stop-keystone.sh" "$state"
    rm -rf "$state"
    mkdir -p "$state"
    password=${LAOS_TEST_KEYSTONE_PASSWORD:-$(random_password)}
    service_password=${LAOS_TEST_KEYSTONE_SERVICE_PASSWORD:-$(random_password)}
    log "initialising a Keystone in $state"
    write_config
    initialise "$password"
    serve
    export OS_AUTH_URL=$url OS_IDENTITY_API_VERSION=3 OS_AUTH_TYPE=password \
        OS_USERNAME=admin OS_PASSWORD=$password OS_PROJECT_NAME=admin \
        OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default
    create_fixture "$password" "$service_password"
    cat >"$state/keystone.env" <<ENV
export LAOS_TEST_KEYSTONE_URL=$url
export LAOS_TEST_KEYSTONE_PASSWORD=$password
export LAOS_TEST_KEYSTONE_SERVICE_USER=laos
export LAOS_TEST_KEYSTONE_SERVICE_PASSWORD=$service_password
export LAOS_TEST_KEYSTONE_SERVICE_PROJECT=service
ENV
    chmod 600 "$state/keystone.env"
    log "Keystone is up at $url (pid $(running_pid))"
fi
cat "$state/keystone.env"
