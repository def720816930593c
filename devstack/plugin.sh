# shellcheck shell=bash
# plugin.sh - DevStack plugin for LaOS (Lambdas-on-OpenStack)
#
# DevStack sources this file once per phase, as `plugin.sh <mode> [<phase>]`:
#   stack pre-install   install a JDK and Maven from the distribution's packages
#   stack install       build laos-api.jar with Maven (and pull IronFunctions' image)
#   stack post-config   Keystone service user, catalog service and endpoints;
#                       write $LAOS_CONF, the policy file and the environment file
#   stack extra         recreate the database, `db migrate`, start the API (and IronFunctions),
#                       by default through devstack/laos-api-start (a class-data archive)
#   stack test-config   tell Tempest that LaOS is available
#   unstack             stop the processes
#   clean               remove the config and data directories
#
# The LAOS_* settings come from devstack/settings and DevStack's globals (DEST, SERVICE_HOST,
# DATABASE_*, ...) from DevStack itself. ShellCheck takes upper-case names it never sees
# assigned for environment variables, except where one resembles a name assigned here
# (LAOS_JAR vs LAOS_JAVA): that "possible misspelling" is expected, hence:
# shellcheck disable=SC2153

# Save trace setting: the environment file holds passwords, which xtrace would log.
_XTRACE_LAOS=$(set +o | grep xtrace)
set +o xtrace

# Values in the environment file end up in systemd's Environment= (through run_process and
# DevStack's iniset) and are sourced by bash: only characters that survive all three.
_LAOS_SAFE_VALUE='^[][A-Za-z0-9_.,:/@+=!#?-]*$'


# Helpers
# -------

# _laos_check_value NAME VALUE: dies (naming NAME, never printing VALUE) on unsafe characters.
function _laos_check_value {
    local name=$1 value=$2
    if [[ ! "$value" =~ $_LAOS_SAFE_VALUE ]]; then
        die $LINENO "$name has a character LaOS's DevStack plugin cannot pass to systemd:" \
            "use only letters, digits and _.,:/@+=!#?[]-"
    fi
}

# _laos_check_path NAME VALUE: an absolute path of safe characters.
function _laos_check_path {
    local name=$1 value=$2
    if [[ "$value" != /* ]]; then
        die $LINENO "$name must be an absolute path, not '$value'"
    fi
    _laos_check_value "$name" "$value"
}

# Sets LAOS_JAVA, unless local.conf did: the JDK that pre-install installed, else java on PATH.
function _laos_find_java {
    if [[ -z "$LAOS_JAVA" ]]; then
        local candidate
        for candidate in "$LAOS_JVM_DIR"/java-"$LAOS_JAVA_VERSION"-openjdk*/bin/java \
                "$LAOS_JVM_DIR/jre-$LAOS_JAVA_VERSION/bin/java" "$(command -v java || true)"; do
            if [[ -n "$candidate" && -x "$candidate" ]]; then
                LAOS_JAVA=$candidate
                break
            fi
        done
    fi
    if [[ -z "$LAOS_JAVA" ]]; then
        die $LINENO "No java found: install JDK $LAOS_JAVA_VERSION or set LAOS_JAVA"
    fi
    _laos_check_path LAOS_JAVA "$LAOS_JAVA"
    if [[ ! -x "$LAOS_JAVA" ]]; then
        die $LINENO "LAOS_JAVA ($LAOS_JAVA) is not an executable"
    fi
}

# Sets LAOS_DOCKER (the laos-ironfunctions service needs Docker on the host).
function _laos_find_docker {
    if [[ -z "$LAOS_DOCKER" ]]; then
        LAOS_DOCKER=$(command -v docker || true)
    fi
    if [[ -z "$LAOS_DOCKER" ]]; then
        die $LINENO "laos-ironfunctions runs IronFunctions in Docker, but there is no docker" \
            "command: install Docker first (see devstack/README.md) or disable the service"
    fi
    _laos_check_path LAOS_DOCKER "$LAOS_DOCKER"
}

# The catalog URL: unversioned, so clients can read the version discovery document at it.
function _laos_endpoint_url {
    echo "$LAOS_SERVICE_PROTOCOL://$LAOS_SERVICE_HOST:$LAOS_API_PORT"
}

# The KEY=value lines of the environment file, as run_process's ENV_VARS ("A=1 B=2").
function _laos_env_vars {
    local line vars=()
    while IFS= read -r line; do
        if [[ "$line" =~ ^LAOS_[A-Z0-9_]*= ]]; then
            _laos_check_value "${line%%=*}" "${line#*=}"
            vars+=("$line")
        fi
    done < "$LAOS_ENV_FILE"
    echo "${vars[*]}"
}

# _laos_admin ARGS...: `java -jar laos-api.jar ARGS` with the service's environment.
function _laos_admin {
    local opts=()
    read -r -a opts <<< "$LAOS_JAVA_OPTS"
    (
        set -a
        # shellcheck source=/dev/null
        source "$LAOS_ENV_FILE"
        set +a
        "$LAOS_JAVA" "${opts[@]}" -jar "$LAOS_JAR" "$@"
    )
}


# Configuration
# -------------

# The driver section of etc/laos/laos-dev.yml, with relative command paths made absolute: the
# local engine resolves them against LaOS's working directory, which is / under systemd.
function _laos_local_driver_section {
    awk -v dir="$LAOS_DIR" '
        /^driver:/ { inside = 1; print; next }
        inside && /^[^[:space:]]/ { inside = 0 }
        inside && /^[[:space:]]*$/ { blank = blank "\n"; next }
        inside {
            if (match($0, /command: *\[ */)) {
                rest = substr($0, RSTART + RLENGTH)
                if (rest !~ /^\//) {
                    $0 = substr($0, 1, RSTART + RLENGTH - 1) dir "/" rest
                }
            }
            printf "%s%s\n", blank, $0
            blank = ""
        }' "$LAOS_DIR/etc/laos/laos-dev.yml"
}

# Writes $LAOS_CONF: etc/laos/laos.yml as it is (its ${LAOS_*} placeholders are filled from
# the environment file), or for LAOS_DRIVER=local with laos-dev.yml's driver section instead.
function _laos_write_config {
    local sample=$LAOS_DIR/etc/laos/laos.yml
    if [[ ! -f "$sample" ]]; then
        die $LINENO "$sample is missing: is LAOS_DIR ($LAOS_DIR) a LaOS checkout?"
    fi
    case "$LAOS_DRIVER" in
        ironfunctions)
            install -m 0644 "$sample" "$LAOS_CONF"
            ;;
        local)
            if is_service_enabled laos-ironfunctions; then
                warn $LINENO "LAOS_DRIVER=local: LaOS will not use the laos-ironfunctions engine"
            fi
            local section
            section=$(mktemp "$LAOS_CONF.driver.XXXXXX")
            _laos_local_driver_section > "$section"
            if [[ ! -s "$section" ]]; then
                rm -f "$section"
                die $LINENO "etc/laos/laos-dev.yml has no driver section for LAOS_DRIVER=local"
            fi
            local tmp
            tmp=$(mktemp "$LAOS_CONF.XXXXXX")
            {
                echo "# Written by LaOS's DevStack plugin: etc/laos/laos.yml with the driver"
                echo "# section of etc/laos/laos-dev.yml (LAOS_DRIVER=local)."
                awk -v section="$section" '
                    /^driver:/ {
                        skip = 1
                        while ((getline line < section) > 0) print line
                        next
                    }
                    skip && /^[^[:space:]]/ { skip = 0; print "" }
                    skip { next }
                    { print }' "$sample"
            } > "$tmp"
            rm -f "$section"
            chmod 0644 "$tmp"
            mv -f "$tmp" "$LAOS_CONF"
            ;;
        *)
            die $LINENO "LAOS_DRIVER must be ironfunctions or local, not '$LAOS_DRIVER'"
            ;;
    esac
}

# The policy file: the repository's etc/laos/policy.yaml if it has one; otherwise an empty
# one (the defaults in code apply) that operators can add overrides to.
function _laos_write_policy {
    local sample=$LAOS_DIR/etc/laos/policy.yaml
    if [[ -f "$sample" ]]; then
        install -m 0644 "$sample" "$LAOS_POLICY_FILE"
    elif [[ ! -f "$LAOS_POLICY_FILE" ]]; then
        cat > "$LAOS_POLICY_FILE" <<EOF
# oslo.policy-style overrides of LaOS's default rules; none yet, so the defaults apply.
# The effective rules: java -jar $LAOS_JAR policy check $LAOS_CONF
EOF
    fi
}

# The JDBC URL of LaOS's database on DevStack's database server.
function _laos_db_url {
    if [[ -n "$LAOS_DB_URL" ]]; then
        echo "$LAOS_DB_URL"
        return 0
    fi
    local host=${DATABASE_HOST:-127.0.0.1}
    if [[ "$host" == *:* && "$host" != \[* ]]; then
        host="[$host]"
    fi
    case "${DATABASE_TYPE:-}" in
        mysql) echo "jdbc:mariadb://$host:3306/$LAOS_DB_NAME" ;;
        postgresql) echo "jdbc:postgresql://$host:5432/$LAOS_DB_NAME" ;;
        *) return 1 ;;
    esac
}

# The JDBC driver class for a URL.
function _laos_db_driver {
    if [[ -n "$LAOS_DB_DRIVER" ]]; then
        echo "$LAOS_DB_DRIVER"
        return 0
    fi
    case "$1" in
        jdbc:mariadb:*) echo org.mariadb.jdbc.Driver ;;
        jdbc:postgresql:*) echo org.postgresql.Driver ;;
        jdbc:h2:*) echo org.h2.Driver ;;
        *) return 1 ;;
    esac
}

# Writes $LAOS_ENV_FILE (mode 0600, it holds the passwords): the values of etc/laos/laos.yml's
# ${LAOS_*} placeholders. An empty value is left out, so the config's default applies.
function _laos_write_env_file {
    local db_url db_driver
    if ! db_url=$(_laos_db_url); then
        die $LINENO "LaOS needs DevStack's mysql or postgresql (DATABASE_TYPE is" \
            "'${DATABASE_TYPE:-}'), or LAOS_DB_URL"
    fi
    if ! db_driver=$(_laos_db_driver "$db_url"); then
        die $LINENO "No JDBC driver known for LAOS_DB_URL: set LAOS_DB_DRIVER"
    fi
    local entries=(
        "LAOS_BIND_HOST=$LAOS_BIND_HOST"
        "LAOS_PORT=$LAOS_API_PORT"
        "LAOS_ADMIN_PORT=$LAOS_ADMIN_PORT"
        "LAOS_LOG_LEVEL=$LAOS_LOG_LEVEL"
        "LAOS_DB_DRIVER=$db_driver"
        "LAOS_DB_URL=$db_url"
        "LAOS_DB_USER=${DATABASE_USER:-}"
        "LAOS_DB_PASSWORD=${DATABASE_PASSWORD:-}"
        "LAOS_KEYSTONE_URL=$KEYSTONE_SERVICE_URI/v3"
        "LAOS_SERVICE_USER=$LAOS_SERVICE_USER"
        "LAOS_SERVICE_PASSWORD=${SERVICE_PASSWORD:-}"
        "LAOS_SERVICE_PROJECT=${SERVICE_PROJECT_NAME:-service}"
        "LAOS_SERVICE_USER_DOMAIN=${SERVICE_DOMAIN_NAME:-Default}"
        "LAOS_SERVICE_PROJECT_DOMAIN=${SERVICE_DOMAIN_NAME:-Default}"
        "LAOS_SERVICE_TYPE=$LAOS_SERVICE_TYPE"
        "LAOS_POLICY_FILE=$LAOS_POLICY_FILE"
    )
    if [[ "$LAOS_DRIVER" == ironfunctions ]]; then
        entries+=("LAOS_IRONFUNCTIONS_URL=$LAOS_IRONFUNCTIONS_URL")
    fi
    local entry lines=()
    for entry in "${entries[@]}"; do
        if [[ -n "${entry#*=}" ]]; then
            _laos_check_value "${entry%%=*}" "${entry#*=}"
            lines+=("$entry")
        fi
    done
    local tmp
    tmp=$(mktemp "$LAOS_ENV_FILE.XXXXXX")
    {
        echo "# LaOS's environment, written by its DevStack plugin: the values of the"
        echo "# \${LAOS_*} placeholders in $LAOS_CONF. It holds passwords: keep it 0600."
        printf '%s\n' "${lines[@]}"
    } > "$tmp"
    chmod 0600 "$tmp"
    mv -f "$tmp" "$LAOS_ENV_FILE"
}


# Phases
# ------

# install_laos_packages - a JDK and Maven from the distribution
function install_laos_packages {
    local jdk=$LAOS_JDK_PACKAGE
    if [[ -z "$jdk" ]]; then
        # Not default-jdk-headless: that is JDK 11 on Ubuntu 22.04, and LaOS needs 17.
        if is_ubuntu; then
            jdk=openjdk-$LAOS_JAVA_VERSION-jdk-headless
        elif is_fedora; then
            jdk=java-$LAOS_JAVA_VERSION-openjdk-devel
        else
            die $LINENO "No default JDK package for this distribution: set LAOS_JDK_PACKAGE"
        fi
    fi
    install_package "$jdk" "$LAOS_MAVEN_PACKAGE"
}

# install_laos - build laos-api.jar in $LAOS_DIR
function install_laos {
    _laos_find_java
    local java_home
    java_home=$(dirname "$(dirname "$(readlink -f "$LAOS_JAVA")")")
    local args=(-B -q -DskipTests)
    if [[ "${OFFLINE:-False}" == "True" ]]; then
        args+=(-o)
    fi
    echo "Building $LAOS_JAR with Maven and the JDK in $java_home"
    if ! (cd "$LAOS_DIR" && JAVA_HOME=$java_home mvn "${args[@]}" package); then
        die $LINENO "Maven could not build LaOS in $LAOS_DIR"
    fi
    if [[ ! -f "$LAOS_JAR" ]]; then
        die $LINENO "The build did not produce $LAOS_JAR (LAOS_JAR)"
    fi
    if is_service_enabled laos-ironfunctions; then
        install_laos_ironfunctions
    fi
}

# install_laos_ironfunctions - fetch IronFunctions' image now, so that its start is quick
function install_laos_ironfunctions {
    _laos_find_docker
    sudo "$LAOS_DOCKER" pull "$LAOS_IRONFUNCTIONS_IMAGE"
}

# create_laos_accounts - the service user and the catalog entry
function create_laos_accounts {
    if [[ "$LAOS_SERVICE_PROTOCOL" == https ]]; then
        warn $LINENO "LaOS serves plain HTTP on $LAOS_API_PORT: an https endpoint needs a TLS" \
            "proxy in front of it (DevStack's tls-proxy does not cover LaOS yet)"
    fi
    # DevStack gives every service user the `service` role, which is all LaOS needs to
    # validate tokens; no admin.
    create_service_user "$LAOS_SERVICE_USER"
    local service url
    service=$(get_or_create_service "$LAOS_SERVICE_NAME" "$LAOS_SERVICE_TYPE" \
        "Functions as a Service")
    url=$(_laos_endpoint_url)
    get_or_create_endpoint "$service" "$REGION_NAME" "$url" "$url" "$url"
}

# configure_laos - $LAOS_CONF, the policy file and the environment file
function configure_laos {
    _laos_check_path LAOS_DIR "$LAOS_DIR"
    _laos_check_path LAOS_DATA_DIR "$LAOS_DATA_DIR"
    _laos_check_path LAOS_CONF_DIR "$LAOS_CONF_DIR"
    _laos_check_path LAOS_CONF "$LAOS_CONF"
    _laos_check_path LAOS_POLICY_FILE "$LAOS_POLICY_FILE"
    sudo install -d -o "$STACK_USER" -m 0755 "$LAOS_CONF_DIR" "$LAOS_DATA_DIR"
    _laos_write_config
    _laos_write_policy
    _laos_write_env_file
}

# init_laos - an empty database with LaOS's schema. Only a database on DevStack's own server
# is dropped and created; one that LAOS_DB_URL names is migrated as it is.
function init_laos {
    _laos_find_java
    if [[ -z "$LAOS_DB_URL" ]]; then
        recreate_database "$LAOS_DB_NAME"
    fi
    if ! _laos_admin db migrate "$LAOS_CONF"; then
        die $LINENO "db migrate failed; try: java -jar $LAOS_JAR db status $LAOS_CONF" \
            "with the environment of $LAOS_ENV_FILE"
    fi
}

# start_laos_ironfunctions - IronFunctions in Docker, in the foreground so systemd tracks it
function start_laos_ironfunctions {
    _laos_find_docker
    # A container left by a crash would block the name.
    sudo "$LAOS_DOCKER" rm -f laos-ironfunctions >/dev/null 2>&1 || true
    sudo install -d -o "$STACK_USER" "$LAOS_DATA_DIR/ironfunctions"
    local cmd="$LAOS_DOCKER run --rm --name laos-ironfunctions"
    cmd+=" -p $LAOS_IRONFUNCTIONS_BIND:$LAOS_IRONFUNCTIONS_PORT:8080"
    cmd+=" -v $LAOS_DATA_DIR/ironfunctions:/app/data"
    cmd+=" -v /var/run/docker.sock:/var/run/docker.sock $LAOS_IRONFUNCTIONS_IMAGE"
    run_process laos-ironfunctions "$cmd" "$LAOS_DOCKER_GROUP"
    if ! wait_for_service "${SERVICE_TIMEOUT:-60}" \
            "http://$LAOS_IRONFUNCTIONS_BIND:$LAOS_IRONFUNCTIONS_PORT/"; then
        die $LINENO "IronFunctions did not start: journalctl -u devstack@laos-ironfunctions"
    fi
}

# start_laos - the API under systemd, with the environment file's values
function start_laos {
    if is_service_enabled laos-ironfunctions; then
        start_laos_ironfunctions
    fi
    _laos_find_java
    _laos_check_path LAOS_JAR "$LAOS_JAR"
    local opt opts=()
    read -r -a opts <<< "$LAOS_JAVA_OPTS"
    for opt in "${opts[@]}"; do
        _laos_check_value LAOS_JAVA_OPTS "$opt"
    done
    local env_vars
    if ! env_vars=$(_laos_env_vars); then
        die $LINENO "$LAOS_ENV_FILE has a value systemd cannot take"
    fi
    local cmd="$LAOS_JAVA ${opts[*]}${opts[*]:+ }-jar $LAOS_JAR server $LAOS_CONF"
    case "$LAOS_CLASS_DATA" in
        on)
            # The archive is chosen at every start of the unit, not once here: the first start
            # after a build writes it when it stops, later starts map their classes from it.
            local start=$LAOS_DIR/devstack/laos-api-start
            _laos_check_path LAOS_DIR "$LAOS_DIR"
            _laos_check_path LAOS_DATA_DIR "$LAOS_DATA_DIR"
            if [[ ! -x "$start" ]]; then
                die $LINENO "$start is missing: is LAOS_DIR ($LAOS_DIR) a LaOS checkout?"
            fi
            cmd="$start $LAOS_DATA_DIR/laos-api.jsa $cmd"
            ;;
        off)
            ;;
        *)
            die $LINENO "LAOS_CLASS_DATA must be on or off, not '$LAOS_CLASS_DATA'"
            ;;
    esac
    run_process laos-api "$cmd" "" "" "$env_vars"
    echo "Waiting for LaOS to answer at http://$LAOS_SERVICE_HOST:$LAOS_API_PORT/"
    if ! wait_for_service "${SERVICE_TIMEOUT:-60}" \
            "http://$LAOS_SERVICE_HOST:$LAOS_API_PORT/"; then
        die $LINENO "LaOS did not start: journalctl -u devstack@laos-api"
    fi
}

# stop_laos - stop the processes run_process started
function stop_laos {
    stop_process laos-api
    if is_service_enabled laos-ironfunctions; then
        stop_process laos-ironfunctions
    fi
}

# cleanup_laos - remove the config, the data and IronFunctions' container
function cleanup_laos {
    local docker=${LAOS_DOCKER:-$(command -v docker || true)}
    if is_service_enabled laos-ironfunctions && [[ -n "$docker" ]]; then
        sudo "$docker" rm -f laos-ironfunctions >/dev/null 2>&1 || true
    fi
    local dir
    for dir in "$LAOS_CONF_DIR" "$LAOS_DATA_DIR"; do
        if [[ "$dir" == /?* ]]; then
            sudo rm -rf "$dir"
        fi
    done
}


# Dispatcher
# ----------

if is_service_enabled laos-api; then
    if [[ "$1" == "stack" && "$2" == "pre-install" ]]; then
        echo_summary "Installing a JDK and Maven for LaOS"
        install_laos_packages
    elif [[ "$1" == "stack" && "$2" == "install" ]]; then
        echo_summary "Building LaOS"
        install_laos
    elif [[ "$1" == "stack" && "$2" == "post-config" ]]; then
        if is_keystone_enabled; then
            echo_summary "Creating LaOS's Keystone accounts"
            create_laos_accounts
        fi
        echo_summary "Configuring LaOS"
        configure_laos
    elif [[ "$1" == "stack" && "$2" == "extra" ]]; then
        echo_summary "Initializing and starting LaOS"
        init_laos
        start_laos
    elif [[ "$1" == "stack" && "$2" == "test-config" ]]; then
        if is_service_enabled tempest; then
            echo_summary "Configuring Tempest for LaOS"
            iniset "$TEMPEST_CONFIG" service_available laos True
        fi
    fi

    if [[ "$1" == "unstack" ]]; then
        echo_summary "Stopping LaOS"
        stop_laos
    fi

    if [[ "$1" == "clean" ]]; then
        echo_summary "Removing LaOS's configuration and data"
        cleanup_laos
    fi
fi

# Restore xtrace
$_XTRACE_LAOS
