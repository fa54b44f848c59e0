#!/usr/bin/env bash
# Run a command with a private PostgreSQL server in RIGHTSRADAR_TEST_POSTGRES_URL.
#
# Uses an already-set RIGHTSRADAR_TEST_POSTGRES_URL as is. Otherwise installs PostgreSQL
# from Debian's packages when missing, starts a throw-away cluster on a free local port,
# runs the command, and tears the cluster down whatever the command's outcome.
# RIGHTSRADAR_SKIP_POSTGRES=1 runs the command without a server (the postgres-marked
# tests then fail loudly rather than being skipped silently: see tests/conftest.py).
set -euo pipefail

if [[ -n "${RIGHTSRADAR_TEST_POSTGRES_URL:-}" || "${RIGHTSRADAR_SKIP_POSTGRES:-}" == "1" ]]; then
  exec "$@"
fi

find_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 1
}

BINDIR=$(find_bindir || true)
if [[ -z "$BINDIR" ]]; then
  echo "with-postgres: installing PostgreSQL from Debian packages" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null 2>&1
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  }
  BINDIR=$(find_bindir)
fi

# PostgreSQL refuses to run as root: run the server as the 'postgres' system user.
RUNAS=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUNAS=(runuser -u postgres --)
fi

PGTMP=$(mktemp -d /tmp/rightsradar-pg.XXXXXX)
chmod 755 "$PGTMP"
[[ ${#RUNAS[@]} -gt 0 ]] && chown postgres "$PGTMP"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

cleanup() {
  "${RUNAS[@]}" "$BINDIR/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap cleanup EXIT

"${RUNAS[@]}" "$BINDIR/initdb" -D "$PGTMP/data" -U rightsradar --auth=trust -E UTF8 >/dev/null
"${RUNAS[@]}" "$BINDIR/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w \
  -o "-p $PORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"${RUNAS[@]}" "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U rightsradar rightsradar_test

export RIGHTSRADAR_TEST_POSTGRES_URL="postgresql+psycopg://rightsradar@127.0.0.1:$PORT/rightsradar_test"
echo "with-postgres: PostgreSQL on 127.0.0.1:$PORT" >&2
"$@"
