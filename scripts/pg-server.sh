#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for isnad's tests: `scripts/pg-server.sh start|stop|restart|url`.
# The cluster lives in $ISNAD_PG_DIR (default /tmp/isnad-pg), listens on 127.0.0.1:$ISNAD_PG_PORT
# (default 54329) with trust auth for local connections only, and holds a database `isnad_test`.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail
DIR="${ISNAD_PG_DIR:-/tmp/isnad-pg}"
PORT="${ISNAD_PG_PORT:-54329}"
URL="postgres://postgres@127.0.0.1:${PORT}/isnad_test"
BIN="$(dirname "$(readlink -f "$(command -v pg_ctl || echo /usr/lib/postgresql/15/bin/pg_ctl)")")"
# Several test files may start the same server at once: one at a time does. flock -o holds the
# lock itself, so the server started here does not inherit it.
if [ -z "${ISNAD_PG_LOCKED:-}" ]; then
  mkdir -p "$(dirname "$DIR")"
  ISNAD_PG_LOCKED=1 exec flock -o "$DIR.lock" "$0" "$@"
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && { id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$DIR"; }
      as_owner "$BIN/initdb" -D "$DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
    fi
    "$BIN/psql" "postgres://postgres@127.0.0.1:${PORT}/postgres" -qtAc \
      "SELECT 1 FROM pg_database WHERE datname = 'isnad_test'" | grep -q 1 ||
      "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres isnad_test
    echo "$URL"
    ;;
  stop)
    as_owner "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  restart)
    as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -m fast -w restart >/dev/null
    ;;
  url)
    echo "$URL"
    ;;
  *)
    echo "usage: scripts/pg-server.sh start|stop|restart|url" >&2
    exit 2
    ;;
esac
