#!/usr/bin/env bash
# The playground page in a real browser: starts `dwos serve` in an empty folder (playground
# mode: nothing configured) and drives the page with headless Chromium through playwright-core.
# Installs Debian's chromium and the pinned npm package when missing. Screenshots of every
# step go to $1 (default target/playground/); `bash scripts/browser-test.sh docs/screenshots`
# regenerates the README's.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$(mkdir -p "${1:-target/playground}" && cd "${1:-target/playground}" && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -q chromium >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium >/dev/null; }
fi
(cd scripts/browser && npm ci --no-audit --no-fund --loglevel=error)
cargo build -p dwos --locked --quiet

work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && exec "$root/target/debug/dwos" serve --addr "127.0.0.1:$port") >"$work/serve.log" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/api/v1/health', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log"; echo "dwos serve died" >&2; exit 1; }
  sleep 0.2
done
node scripts/browser/playground.test.mjs "http://127.0.0.1:$port/" "$out" || { tail -40 "$work/serve.log"; exit 1; }
