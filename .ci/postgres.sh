# Sourced by .ci/test: a throw-away PostgreSQL for the store tests that run against PostgreSQL (they read
# SCALING_DASHBOARD_POSTGRES and are reported as skipped without it). Debian's package, installed when missing;
# a cluster made by initdb in a temporary folder, listening on a free port of 127.0.0.1 only, with a random password;
# stop_test_postgres stops it and removes the folder (call it from an EXIT trap so a failed run cleans up too).
# A SCALING_DASHBOARD_POSTGRES already set is used as it is and nothing is started.

test_postgres_dir=""
test_postgres_bin=""
test_postgres_as=()

start_test_postgres() {
  if [ -n "${SCALING_DASHBOARD_POSTGRES:-}" ]; then
    echo "PostgreSQL tests use SCALING_DASHBOARD_POSTGRES as set."
    return 0
  fi

  test_postgres_bin=$(find_postgres_bin)
  if [ -z "$test_postgres_bin" ]; then
    echo "Installing Debian's postgresql for the PostgreSQL store tests..."
    local sudo_cmd=""
    if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
    test_postgres_bin=$(find_postgres_bin)
  fi

  test_postgres_dir=$(mktemp -d -t scaling-dashboard-postgres.XXXXXX)
  # initdb refuses to run as root: then the cluster belongs to the package's unprivileged user "postgres".
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$test_postgres_dir"
    test_postgres_as=(runuser -u postgres --)
  fi

  local password
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$test_postgres_dir/password"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$test_postgres_dir/password"; fi
  "${test_postgres_as[@]}" "$test_postgres_bin/initdb" -D "$test_postgres_dir/data" -U postgres \
    --auth=scram-sha-256 --pwfile="$test_postgres_dir/password" -E UTF8 --locale=C.UTF-8 >"$test_postgres_dir/initdb.log" 2>&1 \
    || { cat "$test_postgres_dir/initdb.log" >&2; return 1; }

  # A port that nothing answers on now; if another process takes it first, pg_ctl fails and the next one is tried.
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    # fsync and synchronous commit off: the data are thrown away at the end, speed is what matters.
    if "${test_postgres_as[@]}" "$test_postgres_bin/pg_ctl" -D "$test_postgres_dir/data" -l "$test_postgres_dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $test_postgres_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    port=""
  done
  if [ -z "$port" ]; then
    echo "Could not start PostgreSQL; its log:" >&2
    cat "$test_postgres_dir/server.log" >&2 || true
    return 1
  fi

  PGPASSWORD="$password" "$test_postgres_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres scaling_dashboard_tests
  export SCALING_DASHBOARD_POSTGRES="Host=127.0.0.1;Port=$port;Database=scaling_dashboard_tests;Username=postgres;Password=$password"
  echo "PostgreSQL $("$test_postgres_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (data in $test_postgres_dir)."
}

stop_test_postgres() {
  if [ -n "$test_postgres_dir" ] && [ -d "$test_postgres_dir/data" ]; then
    "${test_postgres_as[@]}" "$test_postgres_bin/pg_ctl" -D "$test_postgres_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$test_postgres_dir" ]; then
    rm -rf "$test_postgres_dir"
    test_postgres_dir=""
  fi
}

# The newest installed major version's binaries (Debian keeps them out of PATH), or nothing.
find_postgres_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$initdb" ]; then dirname "$initdb"; fi
}
