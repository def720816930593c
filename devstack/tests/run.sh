#!/bin/bash
# Offline tests of LaOS's DevStack plugin: no DevStack, no root, no database, no network.
#
#   devstack/tests/run.sh [PATTERN]     (PATTERN: run only the tests whose name contains it)
#
# Checks the syntax of plugin.sh and settings, runs shellcheck over the plugin and these tests,
# then sources settings and plugin.sh phase by phase against the stub DevStack helpers of
# lib/fake_devstack.sh, in a temporary directory, and checks the calls made and the files
# written. The last line is "N passed, M failed"; the exit status is non-zero on any failure.

set -o pipefail

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DEVSTACK_DIR=$(dirname "$TESTS_DIR")
REPO_DIR=$(dirname "$DEVSTACK_DIR")
PLUGIN=$DEVSTACK_DIR/plugin.sh
SETTINGS=$DEVSTACK_DIR/settings

# shellcheck source=devstack/tests/lib/fake_devstack.sh
source "$TESTS_DIR/lib/fake_devstack.sh"


# Test plumbing
# -------------

function fail {
    echo "  FAILED: $*"
    exit 1
}

# Shows what the plugin did when a test fails, then removes the sandbox.
function _finish_test {
    local status=$?
    if [[ $status -ne 0 && -n "${SANDBOX:-}" ]]; then
        echo "  --- call log:"
        sed 's/^/  | /' "$CALL_LOG" 2>/dev/null | tail -n 40
        echo "  --- plugin output:"
        sed 's/^/  | /' "$OUT" 2>/dev/null | tail -n 20
    fi
    if [[ -n "${SANDBOX:-}" ]]; then
        rm -rf "$SANDBOX"
    fi
    exit "$status"
}

# setup: a sandbox, with errexit on as in stack.sh (and the command that tripped it shown).
function setup {
    set -o errexit
    trap 'echo "  command failed (line $LINENO): $BASH_COMMAND"' ERR
    trap _finish_test EXIT
    sandbox
}

function load_settings {
    # shellcheck source=devstack/settings
    source "$SETTINGS"
}

# phase MODE [PHASE]: sources plugin.sh as DevStack does; its output goes to $OUT.
function phase {
    # shellcheck source=devstack/plugin.sh
    source "$PLUGIN" "$@" >> "$OUT" 2>&1
}

function clear_log {
    : > "$CALL_LOG"
}

function assert_eq {
    if [[ "$1" != "$2" ]]; then
        fail "${3:-value}: expected '$2', got '$1'"
    fi
}

function log_has {
    grep -qxF -- "$1" "$CALL_LOG" || fail "no call: $1"
}

function log_lacks {
    if grep -qF -- "$1" "$CALL_LOG"; then
        fail "unexpected call: $(grep -F -- "$1" "$CALL_LOG" | head -n 1)"
    fi
}

function log_is_empty {
    if [[ -s "$CALL_LOG" ]]; then
        fail "expected no calls, got: $(head -n 3 "$CALL_LOG")"
    fi
}

# log_order LINE...: the exact lines appear in this order.
function log_order {
    local line previous=0 number
    for line in "$@"; do
        number=$(grep -nxF -- "$line" "$CALL_LOG" | head -n 1 | cut -d: -f1)
        if [[ -z "$number" ]]; then
            fail "no call: $line"
        fi
        if (( number <= previous )); then
            fail "out of order: $line"
        fi
        previous=$number
    done
}

function file_has_line {
    grep -qxF -- "$2" "$1" || fail "$1 has no line '$2'"
}

function file_lacks {
    if grep -qF -- "$2" "$1"; then
        fail "$1 contains '$2'"
    fi
}

function file_mode {
    stat -c '%a' "$1"
}

# The passwords appear in the environment file and in laos-api's ENV_VARS (which DevStack
# writes into the unit), nowhere else: not in any other call, not in the plugin's output.
function assert_secrets_kept {
    local secret
    for secret in "$SERVICE_PASSWORD" "$DATABASE_PASSWORD"; do
        if grep -F -- "$secret" "$CALL_LOG" | grep -qv '^run_process \[laos-api\] '; then
            fail "a password leaked into a call: $(grep -F -- "$secret" "$CALL_LOG" \
                | grep -v '^run_process \[laos-api\] ' | cut -d' ' -f1 | head -n 1)"
        fi
        file_lacks "$OUT" "$secret"
    done
}

# The env file's KEY=value lines, joined as run_process's ENV_VARS.
function env_file_vars {
    grep '^LAOS_' "$LAOS_ENV_FILE" | paste -sd' ' -
}

function url {
    echo "http://192.0.2.10:10001"
}

# The unit's command with the class-data archive (the default): laos-api-start ARCHIVE, then
# the java command line.
function api_start {
    echo "$LAOS_DIR/devstack/laos-api-start $LAOS_DATA_DIR/laos-api.jsa"
}

# run_unit_command: runs laos-api's command as systemd does (split on blanks, no shell).
function run_unit_command {
    local words=()
    read -r -a words < "$SANDBOX/run_process.laos-api.cmd" || true  # no newline at the end
    "${words[@]}"
}

# set_mtime FILE SECONDS: FILE's modification time, in seconds since the epoch.
function set_mtime {
    touch -d "@$2" "$1"
}


# Syntax and lint
# ---------------

function test_bash_syntax_plugin {
    bash -n "$PLUGIN"
}

function test_bash_syntax_settings {
    bash -n "$SETTINGS"
}

function test_bash_syntax_api_start {
    bash -n "$DEVSTACK_DIR/laos-api-start"
    [[ -x "$DEVSTACK_DIR/laos-api-start" ]] || fail "devstack/laos-api-start is not executable"
}

function test_shellcheck_clean {
    if ! command -v shellcheck >/dev/null; then
        fail "shellcheck is not installed (apt-get install shellcheck, or tools/check-shell.sh)"
    fi
    (cd "$REPO_DIR" && shellcheck -x devstack/plugin.sh devstack/settings \
        devstack/laos-api-start devstack/tests/run.sh devstack/tests/lib/fake_devstack.sh)
}


# Settings
# --------

function test_settings_defaults {
    setup
    unset LAOS_CONF_DIR LAOS_JVM_DIR
    DEST=/opt/stack
    DATA_DIR=/opt/stack/data
    load_settings
    log_has "define_plugin [laos]"
    log_has "enable_service [laos-api]"
    assert_eq "$ENABLED_SERVICES" "key,mysql,laos-api" ENABLED_SERVICES
    assert_eq "$LAOS_DIR" /opt/stack/laos LAOS_DIR
    assert_eq "$LAOS_CONF_DIR" /etc/laos LAOS_CONF_DIR
    assert_eq "$LAOS_CONF" /etc/laos/laos.yml LAOS_CONF
    assert_eq "$LAOS_ENV_FILE" /etc/laos/laos.env LAOS_ENV_FILE
    assert_eq "$LAOS_POLICY_FILE" /etc/laos/policy.yaml LAOS_POLICY_FILE
    assert_eq "$LAOS_DATA_DIR" /opt/stack/data/laos LAOS_DATA_DIR
    assert_eq "$LAOS_API_PORT" 10001 LAOS_API_PORT
    assert_eq "$LAOS_ADMIN_PORT" 10002 LAOS_ADMIN_PORT
    assert_eq "$LAOS_DRIVER" ironfunctions LAOS_DRIVER
    assert_eq "$LAOS_IRONFUNCTIONS_URL" http://127.0.0.1:8080 LAOS_IRONFUNCTIONS_URL
    assert_eq "$LAOS_DB_NAME" laos LAOS_DB_NAME
    assert_eq "$LAOS_LOG_LEVEL" INFO LAOS_LOG_LEVEL
    assert_eq "$LAOS_SERVICE_NAME" laos LAOS_SERVICE_NAME
    assert_eq "$LAOS_SERVICE_TYPE" functions LAOS_SERVICE_TYPE
    assert_eq "$LAOS_JAR" /opt/stack/laos/laos-api/target/laos-api.jar LAOS_JAR
    assert_eq "$LAOS_CLASS_DATA" on LAOS_CLASS_DATA
}

function test_settings_overridable_from_local_conf {
    setup
    LAOS_API_PORT=12345
    LAOS_SERVICE_NAME=picasso
    LAOS_DRIVER=local
    LAOS_IRONFUNCTIONS_PORT=18080
    LAOS_LOG_LEVEL=DEBUG
    load_settings
    assert_eq "$LAOS_API_PORT" 12345 LAOS_API_PORT
    assert_eq "$LAOS_SERVICE_NAME" picasso LAOS_SERVICE_NAME
    assert_eq "$LAOS_DRIVER" local LAOS_DRIVER
    assert_eq "$LAOS_IRONFUNCTIONS_URL" http://127.0.0.1:18080 LAOS_IRONFUNCTIONS_URL
    assert_eq "$LAOS_LOG_LEVEL" DEBUG LAOS_LOG_LEVEL
    assert_eq "$LAOS_CONF" "$SANDBOX/etc/laos/laos.yml" LAOS_CONF
}


# stack pre-install
# -----------------

function test_pre_install_debian_family {
    setup
    load_settings
    clear_log
    phase stack pre-install
    log_has "install_package [openjdk-17-jdk-headless] [maven]"
}

function test_pre_install_fedora_family {
    setup
    FAKE_OS_PACKAGE=rpm
    load_settings
    clear_log
    phase stack pre-install
    log_has "install_package [java-17-openjdk-devel] [maven]"
}

function test_pre_install_jdk_package_overridable {
    setup
    LAOS_JDK_PACKAGE=default-jdk-headless
    load_settings
    clear_log
    phase stack pre-install
    log_has "install_package [default-jdk-headless] [maven]"
}


# stack install
# -------------

function test_install_builds_jar_with_jdk_17 {
    setup
    load_settings
    clear_log
    phase stack install
    log_has "mvn [-B] [-q] [-DskipTests] [package]"
    log_has "mvn-cwd $LAOS_DIR"
    log_has "mvn-java-home $LAOS_JVM_DIR/java-17-openjdk-amd64"
    assert_eq "$LAOS_JAVA" "$LAOS_JVM_DIR/java-17-openjdk-amd64/bin/java" LAOS_JAVA
    [[ -f "$LAOS_JAR" ]] || fail "no $LAOS_JAR"
    log_lacks docker
    log_lacks install_package
}

function test_install_offline_builds_offline {
    setup
    OFFLINE=True
    load_settings
    phase stack install
    log_has "mvn [-B] [-q] [-DskipTests] [-o] [package]"
}

function test_install_finds_java_on_path_without_jdk_dir {
    setup
    rm -rf "$LAOS_JVM_DIR"
    load_settings
    phase stack install
    assert_eq "$LAOS_JAVA" "$SANDBOX/bin/java" LAOS_JAVA
}

function test_install_fails_when_maven_fails {
    setup
    load_settings
    export FAKE_MVN_EXIT=1
    if (phase stack install); then
        fail "install succeeded although Maven failed"
    fi
    grep -q '^die \[Maven could not build LaOS' "$CALL_LOG" || fail "no die about Maven"
}

function test_install_rejects_missing_java {
    setup
    LAOS_JAVA=$SANDBOX/no/such/java
    load_settings
    if (phase stack install); then
        fail "a missing LAOS_JAVA was accepted"
    fi
    grep -q '^die \[LAOS_JAVA .* is not an executable' "$CALL_LOG" || fail "no die about LAOS_JAVA"
}

function test_install_rejects_relative_java {
    setup
    LAOS_JAVA=java
    load_settings
    if (phase stack install); then
        fail "a relative LAOS_JAVA was accepted"
    fi
    grep -q '^die \[LAOS_JAVA must be an absolute path' "$CALL_LOG" || fail "no die about LAOS_JAVA"
}


# stack post-config
# -----------------

function test_post_config_creates_accounts_and_catalog_entry {
    setup
    load_settings
    clear_log
    phase stack post-config
    log_order "create_service_user [laos]" \
        "get_or_create_service [laos] [functions] [Functions as a Service]" \
        "get_or_create_endpoint [svc-0123abcd] [RegionOne] [$(url)] [$(url)] [$(url)]"
    # The service role create_service_user grants is enough: no admin.
    log_lacks get_or_add_user_project_role
    log_lacks admin
}

function test_post_config_picasso_service_name {
    setup
    LAOS_SERVICE_NAME=picasso
    load_settings
    clear_log
    phase stack post-config
    log_has "get_or_create_service [picasso] [functions] [Functions as a Service]"
}

function test_post_config_warns_about_https_endpoints {
    setup
    SERVICE_PROTOCOL=https
    load_settings
    clear_log
    phase stack post-config
    log_has "get_or_create_endpoint [svc-0123abcd] [RegionOne] [https://192.0.2.10:10001]\
 [https://192.0.2.10:10001] [https://192.0.2.10:10001]"
    grep -q '^warn \[LaOS serves plain HTTP' "$CALL_LOG" || fail "no warning"
}

function test_post_config_service_type_overridable {
    setup
    LAOS_SERVICE_TYPE=function-engine
    load_settings
    phase stack post-config
    log_has "get_or_create_service [laos] [function-engine] [Functions as a Service]"
}

function test_post_config_writes_config_policy_and_env_for_mysql {
    setup
    load_settings
    phase stack post-config
    cmp -s "$LAOS_CONF" "$LAOS_DIR/etc/laos/laos.yml" || fail "$LAOS_CONF is not laos.yml"
    [[ -f "$LAOS_POLICY_FILE" ]] || fail "no policy file"
    [[ -f "$LAOS_ENV_FILE" ]] || fail "no env file"
    assert_eq "$(file_mode "$LAOS_ENV_FILE")" 600 "env file mode"
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_URL=jdbc:mariadb://127.0.0.1:3306/laos"
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_DRIVER=org.mariadb.jdbc.Driver"
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_USER=root"
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_PASSWORD=$DATABASE_PASSWORD"
    file_has_line "$LAOS_ENV_FILE" "LAOS_PORT=10001"
    file_has_line "$LAOS_ENV_FILE" "LAOS_ADMIN_PORT=10002"
    file_has_line "$LAOS_ENV_FILE" "LAOS_BIND_HOST=0.0.0.0"
    file_has_line "$LAOS_ENV_FILE" "LAOS_KEYSTONE_URL=http://192.0.2.10/identity/v3"
    file_has_line "$LAOS_ENV_FILE" "LAOS_SERVICE_USER=laos"
    file_has_line "$LAOS_ENV_FILE" "LAOS_SERVICE_PASSWORD=$SERVICE_PASSWORD"
    file_has_line "$LAOS_ENV_FILE" "LAOS_SERVICE_PROJECT=service"
    file_has_line "$LAOS_ENV_FILE" "LAOS_POLICY_FILE=$LAOS_CONF_DIR/policy.yaml"
    file_has_line "$LAOS_ENV_FILE" "LAOS_IRONFUNCTIONS_URL=http://127.0.0.1:8080"
    file_has_line "$LAOS_ENV_FILE" "LAOS_LOG_LEVEL=INFO"
    [[ -d "$LAOS_DATA_DIR" ]] || fail "no data dir"
    assert_secrets_kept
}

function test_post_config_env_matches_the_config_placeholders {
    setup
    load_settings
    phase stack post-config
    # Every ${LAOS_*} the production config reads gets a value from the plugin.
    local name names=()
    mapfile -t names < <(grep -o '[$]{LAOS_[A-Z0-9_]*' "$LAOS_CONF" | cut -c3- | sort -u)
    (( ${#names[@]} > 5 )) || fail "found only ${#names[@]} placeholders in $LAOS_CONF"
    for name in "${names[@]}"; do
        case "$name" in
            LAOS_ADMIN_BIND_HOST|LAOS_MAX_THREADS) ;;  # the config's defaults suit DevStack
            *)
                # ${NAME:-} placeholders are optional (empty unless an operator sets them).
                if grep -q "[$]{$name:-}" "$LAOS_CONF"; then
                    continue
                fi
                grep -q "^$name=" "$LAOS_ENV_FILE" || fail "the env file has no $name" ;;
        esac
    done
}

function test_post_config_postgresql_url {
    setup
    DATABASE_TYPE=postgresql
    load_settings
    phase stack post-config
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_URL=jdbc:postgresql://127.0.0.1:5432/laos"
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_DRIVER=org.postgresql.Driver"
}

function test_post_config_ipv6_database_host {
    setup
    DATABASE_HOST=::1
    LAOS_DB_NAME=laos2
    load_settings
    phase stack post-config
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_URL=jdbc:mariadb://[::1]:3306/laos2"
}

function test_post_config_db_url_override {
    setup
    LAOS_DB_URL=jdbc:postgresql://db.example.org:5432/functions
    load_settings
    phase stack post-config
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_URL=jdbc:postgresql://db.example.org:5432/functions"
    file_has_line "$LAOS_ENV_FILE" "LAOS_DB_DRIVER=org.postgresql.Driver"
}

function test_post_config_without_database_fails {
    setup
    DATABASE_TYPE=
    load_settings
    if (phase stack post-config); then
        fail "post-config succeeded without a database"
    fi
    grep -q '^die \[LaOS needs DevStack.s mysql or postgresql' "$CALL_LOG" || fail "no die"
}

function test_post_config_refuses_unsafe_password_without_printing_it {
    setup
    SERVICE_PASSWORD='pa$$ word'
    load_settings
    if (phase stack post-config); then
        fail "a password systemd cannot take was accepted"
    fi
    grep -q '^die \[LAOS_SERVICE_PASSWORD has a character' "$CALL_LOG" || fail "no die"
    file_lacks "$CALL_LOG" "$SERVICE_PASSWORD"
    file_lacks "$OUT" "$SERVICE_PASSWORD"
}

function test_post_config_is_idempotent {
    setup
    load_settings
    clear_log
    phase stack post-config
    cp "$CALL_LOG" "$SANDBOX/first.log"
    cp "$LAOS_CONF" "$SANDBOX/first.yml"
    cp "$LAOS_ENV_FILE" "$SANDBOX/first.env"
    cp "$LAOS_POLICY_FILE" "$SANDBOX/first.policy"
    clear_log
    phase stack post-config
    cmp -s "$CALL_LOG" "$SANDBOX/first.log" || fail "the second run made other calls"
    cmp -s "$LAOS_CONF" "$SANDBOX/first.yml" || fail "the config changed"
    cmp -s "$LAOS_ENV_FILE" "$SANDBOX/first.env" || fail "the env file changed"
    cmp -s "$LAOS_POLICY_FILE" "$SANDBOX/first.policy" || fail "the policy file changed"
    assert_eq "$(file_mode "$LAOS_ENV_FILE")" 600 "env file mode"
    assert_eq "$(find "$LAOS_CONF_DIR" -type f | wc -l)" 3 "files in $LAOS_CONF_DIR"
}

function test_post_config_without_keystone_only_configures {
    setup
    ENABLED_SERVICES=mysql
    load_settings
    clear_log
    phase stack post-config
    log_lacks create_service_user
    log_lacks get_or_create
    [[ -f "$LAOS_CONF" && -f "$LAOS_ENV_FILE" ]] || fail "config not written"
}

function test_post_config_local_driver {
    setup
    LAOS_DRIVER=local
    load_settings
    phase stack post-config
    grep -q '^  type: local$' "$LAOS_CONF" || fail "no local driver in $LAOS_CONF"
    file_lacks "$LAOS_CONF" "type: ironfunctions"
    file_lacks "$LAOS_CONF" "LAOS_IRONFUNCTIONS_URL"
    file_lacks "$LAOS_ENV_FILE" "LAOS_IRONFUNCTIONS_URL"
    # Command paths are absolute: under systemd LaOS's working directory is /.
    local commands
    commands=$(grep -c 'command: \[' "$LAOS_CONF")
    (( commands > 0 )) || fail "no image commands"
    assert_eq "$(grep -c "command: \[$LAOS_DIR/" "$LAOS_CONF")" "$commands" "absolute commands"
    # The rest of the production config is kept, in order.
    local key
    for key in server database migrateOnStart auth policyFile driver maxRequestBodySize logging; do
        grep -q "^$key:" "$LAOS_CONF" || fail "$key: is missing"
    done
    assert_eq "$(grep -c '^driver:' "$LAOS_CONF")" 1 "driver sections"
    assert_eq "$(grep -c '^auth:' "$LAOS_CONF")" 1 "auth sections"
    grep -q '^  type: keystone$' "$LAOS_CONF" || fail "auth is not keystone"
}

function test_post_config_unknown_driver_fails {
    setup
    LAOS_DRIVER=docker
    load_settings
    if (phase stack post-config); then
        fail "LAOS_DRIVER=docker was accepted"
    fi
    grep -q '^die \[LAOS_DRIVER must be ironfunctions or local' "$CALL_LOG" || fail "no die"
}


# stack extra
# -----------

function _stack_to_post_config {
    load_settings
    phase stack install
    phase stack post-config
}

function _stack_to_extra {
    _stack_to_post_config
    clear_log
    phase stack extra
}

# _extra_dies PATTERN WHY: the extra phase must fail, with a die whose message matches PATTERN
# (a grep regex); WHY says what should have stopped it.
function _extra_dies {
    if (phase stack extra); then
        fail "extra succeeded although $2"
    fi
    grep -q "^die \[$1" "$CALL_LOG" || fail "no die matching '$1'"
}

function test_extra_migrates_and_starts_the_api {
    setup
    _stack_to_extra
    local java=$LAOS_JVM_DIR/java-17-openjdk-amd64/bin/java
    log_order "recreate_database [laos]" \
        "java [-jar] [$LAOS_JAR] [db] [migrate] [$LAOS_CONF]" \
        "run_process [laos-api] [$(api_start) $java -jar $LAOS_JAR server $LAOS_CONF] [] []\
 [$(env_file_vars)]" \
        "wait_for_service [60] [$(url)/]"
    # db migrate ran with the environment file's values.
    file_has_line "$SANDBOX/java.env" "LAOS_DB_URL=jdbc:mariadb://127.0.0.1:3306/laos"
    file_has_line "$SANDBOX/java.env" "LAOS_DB_PASSWORD=$DATABASE_PASSWORD"
    file_has_line "$SANDBOX/java.env" "LAOS_SERVICE_PASSWORD=$SERVICE_PASSWORD"
    log_lacks laos-ironfunctions
    assert_secrets_kept
}

function test_extra_never_drops_a_database_it_was_given {
    setup
    LAOS_DB_URL=jdbc:postgresql://db.example.org:5432/functions
    _stack_to_extra
    log_lacks recreate_database
    log_has "java [-jar] [$LAOS_JAR] [db] [migrate] [$LAOS_CONF]"
}

function test_extra_command_is_what_systemd_accepts {
    setup
    LAOS_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC"
    _stack_to_extra
    local cmd
    cmd=$(cat "$SANDBOX/run_process.laos-api.cmd")
    [[ "$cmd" == /* ]] || fail "command does not start with /: $cmd"
    [[ "$cmd" != *sudo* ]] || fail "command uses sudo: $cmd"
    [[ "$cmd" != *[\;\&\|\<\>\$\`\'\"\(\)\\]* ]] || fail "shell metacharacters in: $cmd"
    assert_eq "$cmd" \
        "$(api_start) $LAOS_JAVA -Xmx256m -XX:+UseSerialGC -jar $LAOS_JAR server $LAOS_CONF" \
        "command"
    assert_eq "$(cat "$SANDBOX/run_process.laos-api.env")" "$(env_file_vars)" ENV_VARS
    # Each ENV_VARS word is one KEY=value of the env file.
    local word words=()
    read -r -a words < "$SANDBOX/run_process.laos-api.env" || true  # no newline at the end
    (( ${#words[@]} > 10 )) || fail "only ${#words[@]} ENV_VARS"
    for word in "${words[@]}"; do
        file_has_line "$LAOS_ENV_FILE" "$word"
    done
    log_has "java [-Xmx256m] [-XX:+UseSerialGC] [-jar] [$LAOS_JAR] [db] [migrate] [$LAOS_CONF]"
}

function test_extra_stops_when_migration_fails {
    setup
    _stack_to_post_config
    clear_log
    export FAKE_JAVA_EXIT=1
    _extra_dies 'db migrate failed' "db migrate failed"
    log_lacks run_process
}

function test_extra_fails_when_the_api_does_not_answer {
    setup
    _stack_to_post_config
    # shellcheck disable=SC2317  # called by the plugin
    function wait_for_service { _record wait_for_service "$@"; return 1; }
    _extra_dies 'LaOS did not start' "LaOS never answered"
}


# The API's class-data archive (devstack/laos-api-start, tools/class-data-option)
# -----------------------------------------------------------------------------

function test_extra_class_data_off_starts_plain_java {
    setup
    LAOS_CLASS_DATA=off
    _stack_to_extra
    assert_eq "$(cat "$SANDBOX/run_process.laos-api.cmd")" \
        "$LAOS_JAVA -jar $LAOS_JAR server $LAOS_CONF" command
    log_lacks laos-api-start
}

function test_extra_class_data_unknown_value_fails {
    setup
    LAOS_CLASS_DATA=yes
    _stack_to_post_config
    _extra_dies 'LAOS_CLASS_DATA must be on or off' "LAOS_CLASS_DATA=yes is no setting"
    log_lacks run_process
}

function test_extra_class_data_needs_the_start_script {
    setup
    _stack_to_post_config
    rm -f "$LAOS_DIR/devstack/laos-api-start"
    _extra_dies '.*/devstack/laos-api-start is missing' "devstack/laos-api-start is missing"
    log_lacks run_process
}

# The unit's command, run as systemd runs it, start after start: the first start after a build
# writes the archive when it stops, the next ones use it, a rebuilt jar makes a new one.
function test_api_start_writes_then_uses_the_archive {
    setup
    _stack_to_extra
    local archive=$LAOS_DATA_DIR/laos-api.jsa
    local built
    built=$(stat -c %Y "$LAOS_JAR")
    local java_line="-jar] [$LAOS_JAR] [server] [$LAOS_CONF]"

    clear_log
    run_unit_command
    log_has "java [-XX:ArchiveClassesAtExit=$archive] [$java_line"
    [[ ! -e "$archive" ]] || fail "an archive before the JVM wrote one"

    # The JVM writes the archive when it exits (systemctl stop), after the jar was built.
    : > "$archive"
    set_mtime "$archive" $((built + 60))
    clear_log
    run_unit_command
    log_has "java [-XX:SharedArchiveFile=$archive] [$java_line"
    [[ -f "$archive" ]] || fail "the archive was removed"

    # stack.sh builds the jar again: the archive no longer matches it.
    set_mtime "$LAOS_JAR" $((built + 120))
    clear_log
    run_unit_command
    log_has "java [-XX:ArchiveClassesAtExit=$archive] [$java_line"
    [[ ! -e "$archive" ]] || fail "the stale archive is still there"
}

function test_api_start_keeps_the_java_options {
    setup
    LAOS_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC"
    _stack_to_extra
    clear_log
    run_unit_command
    log_has "java [-XX:ArchiveClassesAtExit=$LAOS_DATA_DIR/laos-api.jsa] [-Xmx256m]\
 [-XX:+UseSerialGC] [-jar] [$LAOS_JAR] [server] [$LAOS_CONF]"
}

# systemd's main process must be the JVM (it gets the SIGTERM that writes the archive).
function test_api_start_becomes_the_jvm {
    setup
    # shellcheck disable=SC2016  # runs in the fake
    _fake_command "$SANDBOX/pid-java/java" 'echo "$$" > "$SANDBOX/java.pid"'
    LAOS_JAVA=$SANDBOX/pid-java/java
    _stack_to_extra
    local pid words=()
    read -r -a words < "$SANDBOX/run_process.laos-api.cmd" || true
    "${words[@]}" &
    pid=$!
    wait "$pid"
    assert_eq "$(cat "$SANDBOX/java.pid")" "$pid" "the JVM's pid"
}

# Without an archive LaOS only starts slower: a broken archive path does not stop the start.
function test_api_start_starts_without_archive_when_it_cannot_have_one {
    setup
    _stack_to_extra
    mkdir -p "$LAOS_DATA_DIR/laos-api.jsa"  # a directory: it can be neither used nor replaced
    clear_log
    run_unit_command 2> "$SANDBOX/start.err"
    log_has "java [-jar] [$LAOS_JAR] [server] [$LAOS_CONF]"
    grep -q '^laos-api-start: no class-data archive this time' "$SANDBOX/start.err" \
        || fail "no message"
}

function test_api_start_refuses_a_command_without_jar {
    setup
    load_settings
    local status=0
    "$REPO_DIR/devstack/laos-api-start" "$SANDBOX/a.jsa" "$SANDBOX/bin/java" -version \
        server conf 2> "$SANDBOX/start.err" || status=$?
    assert_eq "$status" 2 "exit status"
    log_lacks java
    grep -q 'no -jar JAR' "$SANDBOX/start.err" || fail "no message"
}


# stack test-config, unstack, clean
# ---------------------------------

function test_test_config_with_tempest {
    setup
    ENABLED_SERVICES+=,tempest
    load_settings
    clear_log
    phase stack test-config
    log_has "iniset [$TEMPEST_CONFIG] [service_available] [laos] [True]"
}

function test_test_config_without_tempest {
    setup
    load_settings
    clear_log
    phase stack test-config
    log_is_empty
}

function test_unstack_stops_the_api {
    setup
    load_settings
    clear_log
    phase unstack
    log_has "stop_process [laos-api]"
    log_lacks laos-ironfunctions
}

function test_clean_removes_config_and_data {
    setup
    load_settings
    phase stack post-config
    [[ -d "$LAOS_CONF_DIR" && -d "$LAOS_DATA_DIR" ]] || fail "nothing to clean"
    clear_log
    phase clean
    [[ ! -e "$LAOS_CONF_DIR" ]] || fail "$LAOS_CONF_DIR is still there"
    [[ ! -e "$LAOS_DATA_DIR" ]] || fail "$LAOS_DATA_DIR is still there"
    log_has "sudo [rm] [-rf] [$LAOS_CONF_DIR]"
}


# Not enabled
# -----------

function test_nothing_happens_when_laos_api_is_disabled {
    setup
    DISABLED_SERVICES=laos-api
    load_settings
    is_service_enabled laos-api && fail "laos-api enabled despite disable_service"
    clear_log
    local step
    for step in "stack pre-install" "stack install" "stack post-config" "stack extra" \
            "stack test-config" "unstack" "clean"; do
        # shellcheck disable=SC2086  # two words: mode and phase
        phase $step
    done
    log_is_empty
    [[ ! -e "$LAOS_CONF_DIR" ]] || fail "$LAOS_CONF_DIR was created"
}


# IronFunctions
# -------------

function test_ironfunctions_service_runs_in_docker {
    setup
    ENABLED_SERVICES+=,laos-ironfunctions
    load_settings
    clear_log
    phase stack install
    log_has "sudo [$SANDBOX/bin/docker] [pull] [iron/functions]"
    phase stack post-config
    clear_log
    phase stack extra
    local docker_cmd="$SANDBOX/bin/docker run --rm --name laos-ironfunctions"
    docker_cmd+=" -p 127.0.0.1:8080:8080 -v $LAOS_DATA_DIR/ironfunctions:/app/data"
    docker_cmd+=" -v /var/run/docker.sock:/var/run/docker.sock iron/functions"
    log_order "docker [rm] [-f] [laos-ironfunctions]" \
        "run_process [laos-ironfunctions] [$docker_cmd] [docker]" \
        "wait_for_service [60] [http://127.0.0.1:8080/]" \
        "run_process [laos-api] [$(api_start) $LAOS_JAVA -jar $LAOS_JAR server $LAOS_CONF] [] []\
 [$(env_file_vars)]"
    file_has_line "$LAOS_ENV_FILE" "LAOS_IRONFUNCTIONS_URL=http://127.0.0.1:8080"
    [[ -d "$LAOS_DATA_DIR/ironfunctions" ]] || fail "no data dir for IronFunctions"
    clear_log
    phase unstack
    log_has "stop_process [laos-api]"
    log_has "stop_process [laos-ironfunctions]"
    clear_log
    phase clean
    log_has "docker [rm] [-f] [laos-ironfunctions]"
}

function test_ironfunctions_without_docker_fails_with_a_hint {
    setup
    ENABLED_SERVICES+=,laos-ironfunctions
    # A PATH with the tools the plugin needs, but no docker.
    rm -f "$SANDBOX/bin/docker"
    local tool
    mkdir -p "$SANDBOX/sysbin"
    for tool in awk basename cat chmod cp cut date dirname env grep id install mkdir mktemp \
            mv readlink rm sed sort touch; do
        ln -s "$(command -v "$tool")" "$SANDBOX/sysbin/$tool"
    done
    PATH=$SANDBOX/bin:$SANDBOX/sysbin
    load_settings
    if (phase stack install); then
        fail "install succeeded without docker"
    fi
    grep -q '^die \[laos-ironfunctions runs IronFunctions in Docker' "$CALL_LOG" || fail "no die"
}


# A whole stack.sh / unstack.sh / clean.sh, in one shell, traced
# -----------------------------------------------------------------

function test_full_cycle_keeps_xtrace_and_secrets {
    setup
    ENABLED_SERVICES+=,tempest
    load_settings
    local step
    set -o xtrace
    {
        for step in "stack pre-install" "stack install" "stack post-config" "stack extra" \
                "stack test-config" "unstack" "clean"; do
            # shellcheck disable=SC2086  # two words: mode and phase
            phase $step
            [[ -o xtrace ]] || { echo "xtrace not restored after $step"; exit 1; }
        done
    } 2> "$SANDBOX/trace"
    set +o xtrace
    file_lacks "$SANDBOX/trace" "$SERVICE_PASSWORD"
    file_lacks "$SANDBOX/trace" "$DATABASE_PASSWORD"
    assert_secrets_kept
    log_order "install_package [openjdk-17-jdk-headless] [maven]" \
        "mvn [-B] [-q] [-DskipTests] [package]" \
        "create_service_user [laos]" \
        "recreate_database [laos]" \
        "wait_for_service [60] [$(url)/]" \
        "iniset [$TEMPEST_CONFIG] [service_available] [laos] [True]" \
        "stop_process [laos-api]" \
        "sudo [rm] [-rf] [$LAOS_CONF_DIR]"
}


# Runner
# ------

PASSED=0
FAILED=0
# Every test_* function, in file order, each in its own subshell.
mapfile -t TESTS < <(sed -n 's/^function \(test_[a-z0-9_]*\) {$/\1/p' "${BASH_SOURCE[0]}")
for name in "${TESTS[@]}"; do
    if [[ -n "${1:-}" && "$name" != *"$1"* ]]; then
        continue
    fi
    output=$( ("$name") 2>&1 )
    status=$?
    if [[ $status -eq 0 ]]; then
        PASSED=$((PASSED + 1))
        echo "ok    $name"
    else
        FAILED=$((FAILED + 1))
        echo "FAIL  $name"
        if [[ -n "$output" ]]; then
            echo "$output"
        fi
    fi
done
echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
