# Sourced by build/test.sh. Starts a throwaway PostgreSQL cluster on loopback for the tests and exports
# AUTOTRACK_TEST_POSTGRES, unless that variable already names a server to use.
if [ -n "${AUTOTRACK_TEST_POSTGRES:-}" ]; then
  echo "test.sh: using PostgreSQL from AUTOTRACK_TEST_POSTGRES"
  return 0
fi

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing PostgreSQL (apt-get install -y postgresql)"
    apt-get update -qq >/dev/null && export AUTOTRACK_APT_UPDATED=1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  fi
  [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] \
    || fail "PostgreSQL server binaries are missing. Install them (Debian: sudo apt-get install -y postgresql) or set AUTOTRACK_TEST_POSTGRES to a connection string, then run again."
fi

pg_dir="$(mktemp -d /tmp/autotrack-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)"
pg_password="autotrack-test-$RANDOM$RANDOM"
printf '%s\n' "$pg_password" > "$pg_dir/pwfile"
mkdir -p "$pg_dir/data" "$pg_dir/socket"

if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown -R postgres "$pg_dir"
  pg_as() { runuser -u postgres -- "$@"; }
else
  pg_as() { "$@"; }
fi

pg_as "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --pwfile="$pg_dir/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || fail "initdb failed; see $pg_dir/initdb.log"
pg_as "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || fail "PostgreSQL did not start; see $pg_dir/data/server.log"

stop_postgres() { pg_as "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast >/dev/null 2>&1; rm -rf "$pg_dir"; }
cleanup_tasks+=(stop_postgres)
export AUTOTRACK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=postgres"
echo "test.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$pg_port"
