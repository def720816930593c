# shellcheck shell=bash
# Stand-ins for the DevStack helpers and commands that devstack/plugin.sh uses, so that the
# plugin can be sourced phase by phase without DevStack, root, a database or the network.
#
# Every stub appends one line to $CALL_LOG: its name, then each argument in brackets
# ("run_process [laos-api] [/usr/bin/java -jar ...] [] []"), so tests can match exact lines.
# Queries (is_service_enabled, is_ubuntu, ...) answer without logging.
#
# sandbox() builds a fresh temporary DevStack-like tree with fake java, mvn and docker
# commands, and sets DevStack's globals; nothing outside it is touched.

# _record NAME ARGS...: one line of the call log.
function _record {
    local line=$1 arg
    shift
    for arg in "$@"; do
        line+=" [$arg]"
    done
    echo "$line" >> "$CALL_LOG"
}

# Service enablement, as DevStack's functions-common does it (minus the catch-all names).
function is_service_enabled {
    local service
    for service in "$@"; do
        if [[ ",$ENABLED_SERVICES," == *",$service,"* ]]; then
            return 0
        fi
    done
    return 1
}

function enable_service {
    _record enable_service "$@"
    local service
    for service in "$@"; do
        if [[ ",$DISABLED_SERVICES," == *",$service,"* ]]; then
            continue
        fi
        if ! is_service_enabled "$service"; then
            ENABLED_SERVICES+=",$service"
        fi
    done
    ENABLED_SERVICES=${ENABLED_SERVICES#,}
}

function is_keystone_enabled {
    is_service_enabled key keystone
}

function is_ubuntu {
    [[ "$FAKE_OS_PACKAGE" == deb ]]
}

function is_fedora {
    [[ "$FAKE_OS_PACKAGE" == rpm ]]
}

# Helpers that only need recording.
function define_plugin { _record define_plugin "$@"; }
function install_package { _record install_package "$@"; }
function create_service_user { _record create_service_user "$@"; }
function get_or_add_user_project_role { _record get_or_add_user_project_role "$@"; }
function get_or_create_endpoint { _record get_or_create_endpoint "$@"; }
function recreate_database { _record recreate_database "$@"; }
function stop_process { _record stop_process "$@"; }
function wait_for_service { _record wait_for_service "$@"; }
function iniset { _record iniset "$@"; }
function git_clone { _record git_clone "$@"; }
function use_library_from_git { _record use_library_from_git "$@"; return 1; }

function echo_summary {
    _record echo_summary "$@"
    echo "$@"
}

# Prints the id of the (fake) catalog service, as DevStack's does.
function get_or_create_service {
    _record get_or_create_service "$@"
    echo "svc-0123abcd"
}

# Also keeps each argument in a file, for checks finer than a log line.
function run_process {
    _record run_process "$@"
    printf '%s' "$2" > "$SANDBOX/run_process.$1.cmd"
    printf '%s' "$3" > "$SANDBOX/run_process.$1.group"
    printf '%s' "$4" > "$SANDBOX/run_process.$1.user"
    printf '%s' "$5" > "$SANDBOX/run_process.$1.env"
}

function die {
    shift
    _record die "$*"
    echo "die: $*" >&2
    exit 1
}

function warn {
    shift
    _record warn "$*"
    echo "warn: $*" >&2
}

# sudo runs the command as the test's user, and only on the sandbox: a plugin bug that aimed at
# the real /etc or a real docker stops the test (even when the tests run as root).
function sudo {
    _record sudo "$@"
    local arg
    case "$1" in
        install|rm)
            for arg in "${@:2}"; do
                if [[ "$arg" == /* && "$arg" != "$SANDBOX"/* ]]; then
                    echo "fake sudo: refusing $1 outside the sandbox: $arg" >&2
                    exit 99
                fi
            done
            ;;
        "$SANDBOX"/*)
            ;;
        *)
            echo "fake sudo: refusing to run $1" >&2
            exit 99
            ;;
    esac
    "$@"
}

# _fake_command PATH [EXTRA]: a script that records its name and arguments in the call log,
# then runs EXTRA (shell code) and exits with FAKE_<NAME>_EXIT (default 0).
function _fake_command {
    local path=$1 extra=${2:-}
    local name
    name=$(basename "$path")
    mkdir -p "$(dirname "$path")"
    cat > "$path" <<EOF
#!/bin/bash
line=$name
for arg in "\$@"; do line+=" [\$arg]"; done
echo "\$line" >> "\$CALL_LOG"
$extra
exit "\${FAKE_${name^^}_EXIT:-0}"
EOF
    chmod 0755 "$path"
}

# sandbox: a fresh tree and DevStack's globals, as a stack.sh run would have them. The globals
# are read by the plugin this file's user sources, which ShellCheck cannot see, hence:
# shellcheck disable=SC2034
function sandbox {
    local var
    # Nothing from the caller's environment (CI may export LAOS_* for other tests).
    for var in $(compgen -v LAOS_); do
        unset "$var"
    done
    SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/laos-devstack-test.XXXXXX")
    CALL_LOG=$SANDBOX/calls.log
    OUT=$SANDBOX/plugin.out
    : > "$CALL_LOG"
    : > "$OUT"
    export SANDBOX CALL_LOG

    # DevStack's globals.
    DEST=$SANDBOX/opt/stack
    DATA_DIR=$DEST/data
    STACK_USER=$(id -un)
    SERVICE_HOST=192.0.2.10
    SERVICE_PROTOCOL=http
    SERVICE_LISTEN_ADDRESS=0.0.0.0
    SERVICE_TIMEOUT=60
    REGION_NAME=RegionOne
    KEYSTONE_SERVICE_URI=http://192.0.2.10/identity
    SERVICE_PROJECT_NAME=service
    SERVICE_DOMAIN_NAME=Default
    SERVICE_PASSWORD=Svc-Secret-4711
    DATABASE_TYPE=mysql
    DATABASE_HOST=127.0.0.1
    DATABASE_USER=root
    DATABASE_PASSWORD=Db-Secret-0815
    TEMPEST_CONFIG=$DEST/tempest/etc/tempest.conf
    ENABLED_SERVICES=key,mysql
    DISABLED_SERVICES=
    OFFLINE=False
    FAKE_OS_PACKAGE=deb

    # local.conf overrides that keep the plugin inside the sandbox.
    LAOS_CONF_DIR=$SANDBOX/etc/laos
    LAOS_JVM_DIR=$SANDBOX/usr/lib/jvm

    # The plugin's checkout: the repository's real sample configs, and the API's start script
    # (devstack/laos-api-start) with the tool it runs.
    mkdir -p "$DEST/laos/etc/laos" "$DEST/laos/devstack" "$DEST/laos/tools"
    cp "$REPO_DIR"/etc/laos/* "$DEST/laos/etc/laos/"
    cp "$REPO_DIR/devstack/laos-api-start" "$DEST/laos/devstack/"
    cp "$REPO_DIR/tools/class-data-option" "$DEST/laos/tools/"

    # A JDK where the distribution puts it, and the build and container tools. (The code given
    # to _fake_command runs in the fake, so it is quoted here.)
    # shellcheck disable=SC2016
    _fake_command "$LAOS_JVM_DIR/java-17-openjdk-amd64/bin/java" \
        '{ echo "--- $*"; env | grep "^LAOS_" | sort; } >> "$SANDBOX/java.env"'
    _fake_command "$SANDBOX/bin/java"
    # shellcheck disable=SC2016
    _fake_command "$SANDBOX/bin/mvn" '
echo "mvn-cwd $PWD" >> "$CALL_LOG"
echo "mvn-java-home $JAVA_HOME" >> "$CALL_LOG"
if [[ " $* " == *" package "* ]]; then
    mkdir -p laos-api/target && touch laos-api/target/laos-api.jar
fi'
    _fake_command "$SANDBOX/bin/docker"
    PATH=$SANDBOX/bin:$PATH
}
