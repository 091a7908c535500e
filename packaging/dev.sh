#!/usr/bin/env bash
# Sets up a checkout on Debian 12 / Ubuntu and runs the product or its tests.
#
#   bash packaging/dev.sh run     install what is missing, then run the main job
#   bash packaging/dev.sh test    install what is missing, then run lint, types and all tests
#   bash packaging/dev.sh store   install what is missing, then serve a store kept in .store/
#
# System packages come from packaging/debian-packages.txt; the project and its Python
# dependencies go into .venv inside the checkout.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# The security boundary, held to full branch coverage.
ENGINE=kiosk/core/urls.py,kiosk/core/patterns.py,kiosk/core/policy.py,kiosk/core/tomllines.py

say() { printf 'kiosk setup: %s\n' "$*" >&2; }

install_system_packages() {
    local wanted=() missing=() name
    while read -r name; do
        [[ -z "$name" || "$name" == \#* ]] && continue
        wanted+=("$name")
    done < packaging/debian-packages.txt
    for name in "${wanted[@]}"; do
        # Packages renamed by the 64-bit time transition (Debian 13, Ubuntu 24.04) end in t64.
        if ! dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'ok installed' &&
           ! dpkg-query -W -f='${Status}' "${name}t64" 2>/dev/null | grep -q 'ok installed'; then
            missing+=("$name")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ $(id -u) -ne 0 ]]; then
        say "these system packages are missing: ${missing[*]}"
        say "install them, then run this command again:"
        printf '  sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' \
            "${missing[*]}" >&2
        exit 1
    fi
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    local resolved=()
    for name in "${missing[@]}"; do
        if apt-cache show "$name" >/dev/null 2>&1; then
            resolved+=("$name")
        else
            resolved+=("${name}t64")
        fi
    done
    apt-get install -y -q --no-install-recommends "${resolved[@]}" >/dev/null
}

find_python() {
    local candidate
    for candidate in "${KIOSK_PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [[ -z "$candidate" ]] && continue
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
               2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    say "Python 3.11 or newer with the venv module is needed (apt-get install python3-venv)"
    exit 1
}

install_project() {
    local stamp=.venv/.kiosk-installed
    if [[ ! -x .venv/bin/python ]] || ! .venv/bin/python -c 'import sys' 2>/dev/null; then
        rm -rf .venv
        say "creating .venv"
        "$(find_python)" -m venv .venv
    fi
    if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
        say "installing the project and its dependencies into .venv"
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e '.[test]'
        touch "$stamp"
    fi
}

run_main_job() {
    # The demo: a store, an enrolled station and the guest shell. Without a display, it
    # drives a whole session by itself and keeps pictures of it.
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        exec .venv/bin/kiosk demo "$@"
    fi
    say "no display: the demo runs offscreen and saves its pictures in demo-screenshots/"
    .venv/bin/kiosk demo --offscreen --screenshot "$here/demo-screenshots" "$@"
}

# A PostgreSQL for the store's tests: the one named by KIOSK_TEST_DATABASE_URL, or a role and
# database "kiosk_test" in the local cluster from Debian's packages, started if it is stopped.
prepare_postgresql() {
    [[ -n "${KIOSK_TEST_DATABASE_URL:-}" ]] && return 0
    if [[ $(id -u) -ne 0 ]]; then
        say "not root: store tests run on SQLite only (set KIOSK_TEST_DATABASE_URL for PostgreSQL)"
        return 0
    fi
    local version port
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$version" ]]; then
        version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
        pg_createcluster "$version" main >/dev/null
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
    port=$(pg_conftool -s "$version" main show port 2>/dev/null || echo 5432)
    local tries=0
    until pg_isready -q -h 127.0.0.1 -p "$port"; do
        tries=$((tries + 1))
        if [[ $tries -gt 30 ]]; then
            say "PostgreSQL $version did not start; store tests run on SQLite only"
            return 0
        fi
        sleep 1
    done
    local psql=(runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1)
    local role database
    role=$("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'kiosk_test'" 2>/dev/null) ||
        { say "cannot reach PostgreSQL as its administrator; store tests run on SQLite only"
          return 0; }
    if [[ $role != 1 ]]; then
        "${psql[@]}" -c "CREATE ROLE kiosk_test LOGIN PASSWORD 'kiosk_test'"
    fi
    database=$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = 'kiosk_test'")
    if [[ $database != 1 ]]; then
        "${psql[@]}" -c "CREATE DATABASE kiosk_test OWNER kiosk_test"
    fi
    export KIOSK_TEST_DATABASE_URL="postgresql+psycopg://kiosk_test:kiosk_test@127.0.0.1:$port/kiosk_test"
    say "store tests also run on PostgreSQL $version (port $port)"
}

# A store for trying things out: configuration, secret and SQLite database in .store/ of the
# checkout, a demonstration site and an administrator made on the first run.
run_store() {
    export KIOSK_CONFIG="$here/.store/store.toml"
    if [[ ! -f "$KIOSK_CONFIG" ]]; then
        .venv/bin/kiosk store init --database "sqlite:///$here/.store/store.sqlite3" \
            --site demo --site-name "Centre social de démonstration"
    fi
    .venv/bin/kiosk store migrate >/dev/null
    exec .venv/bin/kiosk store serve "$@"
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    prepare_postgresql
    say "ruff"
    .venv/bin/ruff check kiosk tests
    say "mypy"
    .venv/bin/mypy
    say "pytest"
    local status=0
    .venv/bin/python -m pytest --cov --cov-report=term-missing:skip-covered "$@" || status=$?
    if [[ $status -eq 5 ]]; then
        say "pytest collected no tests: that is a failure, not a pass"
        exit 1
    fi
    [[ $status -eq 0 ]] || exit "$status"
    if [[ $# -eq 0 ]]; then
        say "branch coverage of the whitelist engine must stay at 100%"
        .venv/bin/coverage report --fail-under=100 --include="$ENGINE" >/dev/null ||
            { .venv/bin/coverage report --include="$ENGINE"; exit 1; }
    fi
}

main() {
    local action=${1:-}
    shift || true
    case "$action" in
        run) install_system_packages; install_project; run_main_job "$@" ;;
        test) install_system_packages; install_project; run_tests "$@" ;;
        store) install_system_packages; install_project; run_store "$@" ;;
        *) say "usage: bash packaging/dev.sh run|test|store [arguments]"; exit 2 ;;
    esac
}

main "$@"
