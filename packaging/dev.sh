#!/usr/bin/env bash
# The developer's entry point (README, Quick start):
#   packaging/dev.sh run [ARGS...]    build, create the demo database if needed, start the desktop app
#   packaging/dev.sh test [ARGS...]   build, run every test suite; ARGS go to ctest
# Both install missing Debian packages first and only configure when build/ is not configured yet,
# so a second run is quick.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$repo/build
cd "$repo"

usage() {
    sed -n '2,4s/^# \{0,1\}//p' "$repo/packaging/dev.sh"
}

ensure_built() {
    "$repo/packaging/install-deps.sh"
    if [[ ! -f $build/CMakeCache.txt || ! -f $build/build.ninja ]]; then
        cmake --preset ci
    fi
    cmake --build "$build" -j"${FIELDBOOK_JOBS:-$(nproc)}"
}

has_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]
}

demo_database_path() {
    echo "${FIELDBOOK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/fieldbook/demo.sqlite}"
}

create_demo_database() {
    local db=$1 cli=$build/app/fieldbook-cli
    [[ -f $db ]] && return 0
    echo "dev.sh: creating the demo database $db" >&2
    mkdir -p "$(dirname "$db")"
    if ! "$cli" --db "$db" init ||
        ! "$cli" --db "$db" generate --accounts 2000 --contacts 10000 --activities 30000 --opportunities 3000 --quotes 400 --leads 500 --events 1500 --tasks 300 --seed 42 --call-lists; then
        # A half-made file would be taken for a finished one next time.
        rm -f "$db" "$db-wal" "$db-shm"
        return 1
    fi
}

cmd_run() {
    ensure_built
    if ! has_display; then
        cat >&2 <<'EOF'
dev.sh: the build is ready, but there is no display to show the window on
(neither DISPLAY nor WAYLAND_DISPLAY is set). On a headless machine run it inside a virtual X server:
  xvfb-run -a -s "-screen 0 1600x1000x24" packaging/dev.sh run
EOF
        exit 2
    fi
    local db
    db=$(demo_database_path)
    create_demo_database "$db"
    exec "$build/app/fieldbook" --db "$db" "$@"
}

# Everything the suites expect around them. Services they need (the throwaway PostgreSQL cluster
# for the server tests) are started here and stopped by an EXIT trap set here, which is why
# cmd_test runs ctest as a child instead of exec'ing it; the script exits with ctest's status.
prepare_test_environment() {
    export QT_QPA_PLATFORM=offscreen
    start_test_postgres
}

# A PostgreSQL cluster of its own for the server tests: in a temporary folder, on loopback, with
# trust authentication for the user "fieldbook", removed again when the script exits. PostgreSQL
# refuses to run as root, so as root it runs as the "postgres" user.
pg_dir=
stop_test_postgres() {
    [[ -n $pg_dir && -d $pg_dir ]] || return 0
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}

as_postgres() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_test_postgres() {
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z $pg_bin || ! -x $pg_bin/initdb ]]; then
        echo "dev.sh: PostgreSQL is not installed; the server tests fail without it" >&2
        return 1
    fi
    pg_dir=$(mktemp -d /tmp/fieldbook-pg.XXXXXX)
    trap stop_test_postgres EXIT
    ((EUID == 0)) && chown postgres: "$pg_dir"
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U fieldbook -A trust -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1 ||
        { cat "$pg_dir/initdb.log" >&2; return 1; }
    local port
    for port in $(seq 55432 55482); do
        if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            export FIELDBOOK_TEST_POSTGRES="postgresql://fieldbook@127.0.0.1:$port/postgres"
            echo "dev.sh: test PostgreSQL on 127.0.0.1:$port" >&2
            return 0
        fi
    done
    cat "$pg_dir/server.log" >&2
    return 1
}

cmd_test() {
    ensure_built
    prepare_test_environment
    ctest --test-dir "$build" --output-on-failure --no-tests=error -j2 "$@"
}

command=${1:-}
(($# > 0)) && shift
case $command in
run) cmd_run "$@" ;;
test) cmd_test "$@" ;;
-h | --help | help) usage ;;
*)
    usage >&2
    exit 64
    ;;
esac
