#!/bin/bash
# Syntax check (bash -n) and lint (shellcheck) of every shell script in the repository:
#   devstack/   plugin.sh, settings, lib/*, *.sh, and files with a sh/bash shebang
#   tools/      *.sh, and files without an extension that have a sh/bash shebang
#   .ci/run
# Installs shellcheck with apt-get when it is missing. Exits non-zero on any finding.
#
#   tools/check-shell.sh

set -o errexit -o nounset -o pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_DIR"

function has_shell_shebang {
    head -n 1 "$1" | grep -qE '^#!(/usr)?/bin/(env +)?(ba)?sh([[:space:]]|$)'
}

function is_shell_script {
    local file=$1 base
    base=$(basename "$file")
    case "$file" in
        devstack/settings|devstack/override-defaults|devstack/lib/*|*.sh|.ci/run) return 0 ;;
    esac
    # Launchers and helpers without an extension.
    [[ "$base" != *.* ]] && has_shell_shebang "$file"
}

function shell_scripts {
    local file
    if [[ -f .ci/run ]]; then
        echo .ci/run
    fi
    find devstack tools -type f -not -path '*/target/*' 2>/dev/null | sort | while read -r file; do
        if is_shell_script "$file"; then
            echo "$file"
        fi
    done
}

function ensure_shellcheck {
    if command -v shellcheck >/dev/null; then
        return 0
    fi
    echo "shellcheck is missing: installing it with apt-get"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq shellcheck
}

mapfile -t scripts < <(shell_scripts)
if [[ ${#scripts[@]} -eq 0 ]]; then
    echo "no shell scripts found"
    exit 1
fi
ensure_shellcheck

failed=0
for script in "${scripts[@]}"; do
    if bash -n "$script" && shellcheck -x "$script"; then
        echo "ok    $script"
    else
        echo "FAIL  $script"
        failed=$((failed + 1))
    fi
done
echo "$((${#scripts[@]} - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
