#!/usr/bin/env bash
# Installs the system packages the test suite drives for real: Debian's chromium (web UI
# tests), PostgreSQL 15 (the PostgreSQL store tests) and iproute2 (`ip`, to give the Ray
# cluster tests a loopback-only network namespace). Skips what is already there;
# without root or apt it says what is missing, and those tests skip.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]} (install them to run the browser/PostgreSQL tests)" >&2
  exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  || echo "system-deps: could not install ${need[*]}; those tests will skip" >&2
# Debian starts a cluster on install; the tests start their own server.
command -v service >/dev/null 2>&1 && service postgresql stop >/dev/null 2>&1 || true
exit 0
