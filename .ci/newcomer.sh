#!/usr/bin/env bash
# The newcomer path, checked for good: a clean clone of this commit, the README's first command line
# exactly as written, on a machine with nothing configured (no DATABASE_URL, no REDIS_URL). Passes
# when /api/health answers and the home page shows the demo marketplace; prints how long the first
# start took. Uses the default ports (3000, 54329, 6001), as a newcomer's laptop would.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
limit_seconds="${NEWCOMER_LIMIT_SECONDS:-1500}"
work="$(mktemp -d)"
log="$work/start.log"
pid=""

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

for port in 3000 54329 6001; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "newcomer check: port $port is already in use; stop whatever holds it" >&2
    exit 1
  fi
done

git clone --quiet "$source_dir" "$work/bazaar"
cd "$work/bazaar"
# The README's first line, verbatim.
first_line="$(grep -m1 -E '^npm install && npm start' "$source_dir/README.md" | sed 's/ *#.*$//')"
[ -n "$first_line" ] || { echo "newcomer check: README has no 'npm install && npm start' line" >&2; exit 1; }
echo "newcomer check: running \`$first_line\` in a clean clone (DATABASE_URL and REDIS_URL unset)"

started=$(date +%s)
setsid env -u DATABASE_URL -u REDIS_URL -u APP_URL -u PORT -u CI bash -c "$first_line" >"$log" 2>&1 &
pid=$!

until curl -fsS -o /dev/null http://localhost:3000/api/health 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "newcomer check: \`$first_line\` exited before Bazaar answered; its output:" >&2
    tail -n 60 "$log" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt "$limit_seconds" ]; then
    echo "newcomer check: no answer from /api/health within $limit_seconds s; the output so far:" >&2
    tail -n 60 "$log" >&2
    exit 1
  fi
  sleep 2
done
ready=$(( $(date +%s) - started ))

home="$(curl -fsS --max-time 120 http://localhost:3000/)"
home_seconds=$(( $(date +%s) - started - ready ))
for expected in "Bazaar" "/p/"; do
  if ! grep -q -- "$expected" <<<"$home"; then
    echo "newcomer check: the home page does not show '$expected' (no demo catalog?)" >&2
    exit 1
  fi
done
health="$(curl -fsS http://localhost:3000/api/health)"
echo "newcomer check: passed — \`$first_line\` answered in ${ready} s from a clean clone (npm install, embedded database, demo data, production build), home page ${home_seconds} s more; /api/health: $health"
